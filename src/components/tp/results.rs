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
use yew::prelude::*;

use super::common::{colon, error_text, measure_name, pc, q, text};
use crate::components::chart::{Bar, BarChart};
use crate::components::factor::GradeBadge;
use crate::components::tornado::{
    analyse_timed, drivers_sentence, tornado_bars, McRange, MethodNote, Timed, Tornado,
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
    /// The factors the user changed (constants in the Monte Carlo run).
    pub overrides: Overrides,
}

/// Index of the total in the analysis' outputs.
const TOTAL: usize = 0;

/// 10,000 samples (default seed) of the scenario's total, and the one-at-a-time sweep.
///
/// Through the calculators' shared [`Calc`] type (three outputs; TP uses the first, the other two
/// are 0), so the Monte Carlo engine's generic code is compiled once for every calculator
/// (docs/size.md).
pub fn analyse_total(scenario: &Scenario, overrides: &Overrides) -> Timed {
    analyse_timed(overrides, &|f: &dyn FactorValues| {
        compute(scenario, f).map(|r| [r.total, 0.0, 0.0])
    })
}

/// One row of the equivalences table.
fn row(id: &str, label: Html, value: &Ranged, unit: &str, fmt: &dyn Fn(f64) -> String) -> Html {
    // No range where low and high print the same (a ratio of two values that move together).
    let (low, high) = (fmt(value.low), fmt(value.high));
    let range = if low == high {
        "—".to_string()
    } else {
        format!("{low} – {high}")
    };
    html! {
        <tr id={id.to_string()}>
            <th scope="row">{label}</th>
            <td class="num tp-central">{fmt(value.central)}</td>
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
    let mc = use_memo(
        (props.scenario.clone(), props.overrides.clone()),
        |(s, o)| analyse_total(s, o),
    );
    let body = match &props.results {
        Err(e) => html! {
            <p class="notice" role="alert">{x.cannot_compute}{" "}{error_text(e, lang)}</p>
        },
        Ok(r) => results(r, mc.analysis.as_ref(), &props.scenario, lang),
    };
    let ms = mc.ms.map(|m| format!("{m:.1}"));
    html! {
        <section class="panel tp-results" aria-labelledby="tp-results-title" data-mc-ms={ms}>
            <h2 id="tp-results-title">{x.results_title}</h2>
            {body}
        </section>
    }
}

/// One bar per complete measure, in list order.
fn bars(results: &Results, scenario: &Scenario, lang: Lang) -> Vec<Bar> {
    scenario
        .measures
        .iter()
        .enumerate()
        .filter_map(|(i, m): (usize, &Measure)| {
            let outcome = results.measures.iter().find(|o| o.id == m.id)?;
            let avoided = &outcome.result.as_ref().ok()?.avoided;
            Some(Bar {
                label: measure_name(m, i, lang),
                central: avoided.central,
                low: avoided.low,
                high: avoided.high,
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
    let (mc_range, tornado) = mc.map(|a| uncertainty(a, lang)).unwrap_or_default();
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
    let bars = bars(r, s, lang);
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
            <div class="table-scroll" role="region" tabindex="0" aria-label={x.equivalences_caption}>
                <table class="tp-equivalences">
                    <caption>{x.equivalences_caption}</caption>
                    <thead><tr>
                        <th scope="col">{x.col_what}</th>
                        <th scope="col" class="num">{x.col_central}</th>
                        <th scope="col" class="num">{x.col_range}</th>
                        <th scope="col">{x.col_unit}</th>
                    </tr></thead>
                    <tbody>
                        {row("tp-share-report", html! {
                            <>
                                {x.share_report}
                                <span class="tp-row-note">{x.share_report_note}</span>
                            </>
                        }, &r.report.share, "%", &percent)}
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
                        }, &r.national.share, "%", &percent)}
                        {row("tp-projects", html! {
                            <>
                                {x.projects_equivalent.replace("{t}", &q(r.report.per_project.central, lang))}
                            </>
                        }, &r.report.projects_equivalent, x.unit_projects, &amount)}
                        {row("tp-algae-dry", html! {
                            <>
                                {x.algae_dry}
                                <span class="tp-row-note tp-ceiling">{x.algae_ceiling}</span>
                            </>
                        }, &r.algae.dry, t_yr, &amount)}
                        {row("tp-algae-wet", html! {
                            <>
                                {x.algae_wet}
                                <span class="tp-row-note tp-ceiling">{x.algae_ceiling}</span>
                            </>
                        }, &r.algae.wet, t_yr, &amount)}
                        {row("tp-dilution", html! {
                            <>
                                {x.dilution.replace("{limit}", limit_name)
                                    .replace("{c}", &format!("{} {}", q(r.dilution.limit, lang), Unit::MgPerLitre.symbol(lang)))}
                                <span class="tp-row-note">{x.dilution_note}</span>
                            </>
                        }, &r.dilution.volume, x.unit_m3_per_yr, &amount)}
                    </tbody>
                </table>
            </div>
            if !bars.is_empty() {
                <BarChart id="tp-chart" title={x.chart_title} unit={x.unit_t_tp_per_yr} bars={bars} lang={lang} />
            }
            {tornado}
        </>
    }
}
