//! The results: the total with its Monte Carlo range and its bound, what it equals, a chart by
//! measure with its table, and a tornado chart of what drives the total's range.
//!
//! The Monte Carlo analysis (issue 9; `docs/uncertainty.md`, "On the page") runs here, in a
//! `use_memo` keyed on (scenario, overrides): 10,000 samples of `phosphorus::compute` with the
//! default seed, output = the total only, plus the one-at-a-time sweep for the tornado. The
//! time it took is put on the section as `data-mc-ms` (the browser test prints it).

use qingshan_core::eval::{CalcError, FactorValues, Overrides, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{compute, Measure, Results, Scenario};
use qingshan_core::text::Lang;
use qingshan_core::uncertainty::Analysis;
use qingshan_core::units::Unit;
use std::rc::Rc;

use yew::prelude::*;

use super::common::{colon, error_text, measure_name, pc, q, text};
use crate::components::chart::{Bar, BarChart};
use crate::components::factor::GradeBadge;
use crate::components::tornado::{
    analyse_timed, drivers_sentence, mc_pending, mc_stats, mc_whiskers, tornado_bars, McRange,
    MethodNote, Timed, Tornado,
};
use crate::i18n::catalog;

/// Props of [`ResultsPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The scenario (names of the measures, water body and class).
    pub scenario: Scenario,
    /// Its results, or why there are none.
    pub results: Result<Results, CalcError>,
    /// The Monte Carlo run of the scenario ([`analyse_total`], made by the view for this panel
    /// and the measure cards).
    pub mc: Rc<Timed>,
}

/// The layout of the analysis' outputs (issue 9: every result has a Monte Carlo range).
///
/// | index | output | unit |
/// | --- | --- | --- |
/// | [`TOTAL`] | avoided total (the headline; the tornado ranks its swings) | t TP/yr |
/// | [`SHARE_REPORT`] | share of the report's figure | fraction |
/// | [`SHARE_NATIONAL`] | share of the national discharge | fraction |
/// | [`PROJECTS`] | projects equivalent | projects |
/// | [`ALGAE_DRY`], [`ALGAE_WET`] | algae not grown (ceiling) | t/yr |
/// | [`DILUTION`] | water diluted to the limit | m³/yr |
/// | [`FIRST_MEASURE`] + i | avoided by the i-th measure of `Results::measures` (0 where that measure gives no result in a sample) | t TP/yr |
pub mod out {
    /// The avoided total.
    pub const TOTAL: usize = 0;
    /// Share of the report's figure.
    pub const SHARE_REPORT: usize = 1;
    /// Share of the national discharge.
    pub const SHARE_NATIONAL: usize = 2;
    /// Projects equivalent.
    pub const PROJECTS: usize = 3;
    /// Algae not grown, dry.
    pub const ALGAE_DRY: usize = 4;
    /// Algae not grown, wet.
    pub const ALGAE_WET: usize = 5;
    /// Dilution volume.
    pub const DILUTION: usize = 6;
    /// The first measure's avoided load; measure i is at `FIRST_MEASURE + i`.
    pub const FIRST_MEASURE: usize = 7;
}
use out::TOTAL;

/// Every output of one evaluation, in the [`out`] layout.
pub fn outputs(r: &Results<f64>) -> Vec<f64> {
    let mut v = Vec::with_capacity(out::FIRST_MEASURE + r.measures.len());
    v.extend_from_slice(&[
        r.total,
        r.report.share,
        r.national.share,
        r.report.projects_equivalent,
        r.algae.dry,
        r.algae.wet,
        r.dilution.volume,
    ]);
    v.extend(
        r.measures
            .iter()
            .map(|m| m.result.as_ref().map_or(0.0, |x| x.avoided)),
    );
    v
}

/// 10,000 samples (default seed) of every result of the scenario ([`out`]), and the
/// one-at-a-time sweep.
///
/// Through the calculators' shared [`Calc`](crate::components::tornado::Calc) type, so the
/// Monte Carlo engine's generic code is compiled once for every calculator (docs/size.md).
pub fn analyse_total(scenario: &Scenario, overrides: &Overrides) -> Timed {
    analyse_timed(overrides, &|f: &dyn FactorValues| {
        compute(scenario, f).map(|r| outputs(&r))
    })
}

/// One row of the equivalences table: central value, its Monte Carlo 90 % range (output `k`)
/// and its all-ends bound.
fn row(
    id: &str,
    label: Html,
    value: &Ranged,
    mc: Option<&Analysis>,
    k: usize,
    unit: &str,
    fmt: &dyn Fn(f64) -> String,
) -> Html {
    // No range where low and high print the same (a ratio of two values that move together).
    let (low, high) = (fmt(value.low), fmt(value.high));
    let range = if low == high {
        "—".to_string()
    } else {
        format!("{low} – {high}")
    };
    let mc_cell = mc_stats(mc, k).map_or_else(
        || "—".to_string(),
        |s| {
            let (a, b) = (fmt(s.p5), fmt(s.p95));
            if a == b {
                a
            } else {
                format!("{a} – {b}")
            }
        },
    );
    html! {
        <tr id={id.to_string()}>
            <th scope="row">{label}</th>
            <td class="num tp-central">{fmt(value.central)}</td>
            <td class="num tp-mc" id={format!("{id}-mc")} data-p5={mc_stats(mc, k).map(|s| s.p5.to_string())}
                data-p95={mc_stats(mc, k).map(|s| s.p95.to_string())}>{mc_cell}</td>
            <td class="num">{range}</td>
            <td>{unit.to_string()}</td>
        </tr>
    }
}

/// The total, the equivalences and the chart.
#[component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let mc = &props.mc;
    let body = match &props.results {
        Err(e) => html! {
            <p class="notice" role="alert">{x.cannot_compute}{" "}{error_text(e, lang)}</p>
        },
        Ok(r) => results(r, mc.analysis.as_ref(), &props.scenario, lang),
    };
    let ms = mc.ms.map(|m| qingshan_core::decimal::fixed(m, 1));
    html! {
        <section class="panel tp-results" aria-labelledby="tp-results-title" data-mc-ms={ms}>
            <h2 id="tp-results-title">{x.results_title}</h2>
            {body}
        </section>
    }
}

/// One bar per complete measure, in list order.
fn bars(results: &Results, mc: Option<&Analysis>, scenario: &Scenario, lang: Lang) -> Vec<Bar> {
    scenario
        .measures
        .iter()
        .enumerate()
        .filter_map(|(i, m): (usize, &Measure)| {
            let at = results.measures.iter().position(|o| o.id == m.id)?;
            let avoided = &results.measures.get(at)?.result.as_ref().ok()?.avoided;
            // Whiskers: the Monte Carlo 90 % range (the all-ends bound without an analysis).
            let (low, high) = mc_whiskers(
                mc,
                out::FIRST_MEASURE + at,
                1.0,
                (avoided.low, avoided.high),
            );
            Some(Bar {
                label: measure_name(m, i, lang),
                central: avoided.central,
                low,
                high,
                class: "s-tp",
            })
        })
        .collect()
}

/// The total's Monte Carlo range, the tornado of its drivers and the method note.
fn uncertainty(a: &Analysis, lang: Lang) -> (Html, Html) {
    let x = text(lang);
    let lib = Library::standard();
    let unit = x.unit_t_tp_per_yr;
    // TP reads no ranged user inputs (InputRanges is empty): name one by its key if it ever does.
    let input_name = |key: &str| key.to_string();
    let range = html! {
        <McRange id="tp-mc" simulation={a.simulation.clone()} output={TOTAL} unit={unit} lang={lang} />
    };
    let central = a.sensitivity.central.get(TOTAL).copied().unwrap_or(0.0);
    let tornado = html! {
        <>
            <Tornado id="tp-tornado" central={central}
                bars={tornado_bars(&a.sensitivity, TOTAL, lib, lang, &input_name)}
                sentence={drivers_sentence(&a.sensitivity, TOTAL, lib, lang, &input_name)}
                unit={unit} lang={lang} />
            <MethodNote samples={a.simulation.samples} lang={lang} />
        </>
    };
    (range, tornado)
}

fn results(r: &Results, mc: Option<&Analysis>, s: &Scenario, lang: Lang) -> Html {
    let x = text(lang);
    let u = &catalog(lang).uncertainty;
    let (mc_range, tornado) = mc.map_or_else(
        || (mc_pending(lang), Html::default()),
        |a| uncertainty(a, lang),
    );
    let t_yr = x.unit_t_per_yr;
    let lib = Library::standard();
    let national = lib.get("tp.census2017.total");
    let national_year = national
        .and_then(|f| f.def.year)
        .map_or_else(String::new, |y| y.to_string());
    let limit_name = lib
        .get(r.dilution.factor)
        .map_or("", |f| f.def.name.get(lang));
    let percent = |v: f64| pc(v);
    let amount = |v: f64| q(v, lang);
    let bars = bars(r, mc, s, lang);
    html! {
        <>
            <p class="result-big" aria-live="polite">
                <span id="tp-result-total">{q(r.total.central, lang)}</span>{" "}{x.unit_t_tp_per_yr}
            </p>
            {mc_range}
            if q(r.total.low, lang) != q(r.total.high, lang) {
                <p class="result-range" id="tp-bounds">
                    {format!("{}{}{} – {} {}", u.bounds, colon(lang), q(r.total.low, lang), q(r.total.high, lang), x.unit_t_tp_per_yr)}
                </p>
            }
            <p class="method-note">{x.range_note}</p>
            if r.incomplete > 0 {
                <p class="notice" id="tp-incomplete">{x.incomplete.replace("{n}", &r.incomplete.to_string())}</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="tp-equivalences-caption">
                <table class="tp-equivalences">
                    <caption id="tp-equivalences-caption">{x.equivalences_caption}</caption>
                    <thead><tr>
                        <th scope="col">{x.col_what}</th>
                        <th scope="col" class="num">{x.col_central}</th>
                        <th scope="col" class="num">{u.col_mc}</th>
                        <th scope="col" class="num">{u.bounds}</th>
                        <th scope="col">{x.col_unit}</th>
                    </tr></thead>
                    <tbody>
                        {row("tp-share-report", html! {
                            <>
                                {x.share_report}
                                <span class="tp-row-note">{x.share_report_note}</span>
                            </>
                        }, &r.report.share, mc, out::SHARE_REPORT, "%", &percent)}
                        {row("tp-share-national", html! {
                            <>
                                {x.share_national.replace("{year}", &national_year)
                                    .replace("{t}", &q(r.national.discharge.central, lang))}
                                {" "}
                                if let Some(f) = national {
                                    <GradeBadge grade={f.grade()} lang={lang} />
                                }
                                <span class="tp-row-note">{x.share_national_note}</span>
                            </>
                        }, &r.national.share, mc, out::SHARE_NATIONAL, "%", &percent)}
                        {row("tp-projects", html! {
                            <>
                                {x.projects_equivalent.replace("{t}", &q(r.report.per_project.central, lang))}
                            </>
                        }, &r.report.projects_equivalent, mc, out::PROJECTS, x.unit_projects, &amount)}
                        {row("tp-algae-dry", html! {
                            <>
                                {x.algae_dry}
                                <span class="tp-row-note tp-ceiling">{x.algae_ceiling}</span>
                            </>
                        }, &r.algae.dry, mc, out::ALGAE_DRY, t_yr, &amount)}
                        {row("tp-algae-wet", html! {
                            <>
                                {x.algae_wet}
                                <span class="tp-row-note tp-ceiling">{x.algae_ceiling}</span>
                            </>
                        }, &r.algae.wet, mc, out::ALGAE_WET, t_yr, &amount)}
                        {row("tp-dilution", html! {
                            <>
                                {x.dilution.replace("{limit}", limit_name)
                                    .replace("{c}", &format!("{} {}", q(r.dilution.limit, lang), Unit::MgPerLitre.symbol(lang)))}
                                <span class="tp-row-note">{x.dilution_note}</span>
                            </>
                        }, &r.dilution.volume, mc, out::DILUTION, x.unit_m3_per_yr, &amount)}
                    </tbody>
                </table>
            </div>
            if !bars.is_empty() {
                <BarChart id="tp-chart" title={x.chart_title} unit={x.unit_t_tp_per_yr} bars={bars} lang={lang} />
                if mc.is_some() {
                    <p class="method-note" id="tp-whiskers-note">{u.whiskers_note}</p>
                }
            }
            {tornado}
        </>
    }
}
