//! The results: totals with ranges, per functional unit and in yuan; the kind of electricity
//! factor used; by source, by line and by gas, as numbers and charts with a table equivalent.

use qingshan_core::carbon::{
    Boundary, ByGas, CarbonError, CarbonResult, ElectricityKind, Gas, Line, TotalsResult, Variant,
};
use qingshan_core::eval::Ranged;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::names::{self, mass, mass_range, text, yuan};
use crate::components::chart::{Bar, BarChart};
use crate::components::tornado::{mc_range, tornado_of, Timed};
use crate::format::quantity;
use qingshan_core::uncertainty::Analysis;
use std::rc::Rc;

/// Props of [`ResultsPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The result, or why there is none.
    pub result: Result<CarbonResult, CarbonError>,
    /// The lines (for their names).
    pub lines: Vec<Line>,
    /// The Monte Carlo analysis of the headline ([`MC_BASELINE`], [`MC_ALTERNATIVE`],
    /// [`MC_CHANGE`]; the last two in a comparison only).
    pub mc: Rc<Timed>,
}

/// Output index of the baseline's (or the only) total in the Monte Carlo analysis.
pub const MC_BASELINE: usize = 0;
/// Output index of the alternative's total (comparison only).
pub const MC_ALTERNATIVE: usize = 1;
/// Output index of the change, alternative − baseline (comparison only).
pub const MC_CHANGE: usize = 2;

/// The Monte Carlo range of output `k`, in t when its central value is 1,000 kg or more (as
/// [`mass`] writes it).
fn mc_mass(id: &'static str, mc: Option<&Analysis>, k: usize, lang: Lang) -> Html {
    let central = mc
        .and_then(|a| a.simulation.outputs.get(k))
        .map_or(0.0, |s| s.central);
    let (scale, unit) = names::chart_unit(central.abs(), lang);
    mc_range(id, mc, k, unit, scale, lang)
}

/// A line's name in charts and tables: "Line 2 · Fuel: Diesel (B)".
pub fn line_label(lines: &[Line], index: usize, lang: Lang) -> String {
    let t = text(lang);
    let Some(line) = lines.get(index) else {
        return String::new();
    };
    let detail = match line.activity {
        qingshan_core::carbon::Activity::Fuel { fuel, .. } => {
            format!(": {}", fuel.name().get(lang))
        }
        qingshan_core::carbon::Activity::Process { process, .. } => {
            format!(": {}", names::process(process, lang))
        }
        qingshan_core::carbon::Activity::Vehicle { vehicle, .. } => {
            format!(": {}", names::vehicle(vehicle, lang))
        }
        _ => String::new(),
    };
    let variant = match line.variant {
        Variant::Alternative => names::paren(t.variant_b_short, lang),
        Variant::Baseline => String::new(),
    };
    format!(
        "{} {} · {}{detail}{variant}",
        t.line,
        index + 1,
        names::activity_kind(line.activity.kind(), lang)
    )
}

fn scaled_bar(label: String, r: Ranged, scale: f64, class: &'static str) -> Bar {
    Bar {
        label,
        central: r.central / scale,
        low: r.low / scale,
        high: r.high / scale,
        class,
    }
}

fn gas_class(g: Gas) -> &'static str {
    match g {
        Gas::Co2 => "s-co2",
        Gas::Ch4 => "s-ch4",
        Gas::N2o => "s-n2o",
        Gas::Pfc => "s-pfc",
        Gas::Unsplit => "s-co2e",
    }
}

/// A line's short name for the chart (the table under it gives the full name).
fn chart_label(lines: &[Line], index: usize, lang: Lang) -> String {
    let t = text(lang);
    let variant = match lines.get(index).map(|l| l.variant) {
        Some(Variant::Alternative) => names::paren(t.variant_b_short, lang),
        _ => String::new(),
    };
    format!("{} {}{variant}", t.line, index + 1)
}

/// One variant's total block.
fn total_block(
    id: &str,
    label: &str,
    t: &TotalsResult,
    r: &CarbonResult,
    mc: Html,
    lang: Lang,
) -> Html {
    let c = text(lang);
    let u = &crate::i18n::catalog(lang).uncertainty;
    let fu = r.functional_unit;
    let per = format!(
        "{} {} {}",
        c.per,
        quantity(fu.amount, names::SIG, lang),
        names::functional_unit(fu.kind, lang)
    );
    html! {
        <div class="carbon-total">
            <p class="carbon-total-label">{label}</p>
            <p class="result-big" id={id.to_string()}>{mass(t.kg_co2e.central, lang)}</p>
            {mc}
            <p class="result-range">{u.bounds}{crate::components::tornado::colon(lang)}{mass_range(t.kg_co2e, lang)}</p>
            <dl class="carbon-facts">
                <dt>{per}</dt>
                <dd id={format!("{id}-per-fu")}>{mass(t.per_functional_unit.central, lang)}</dd>
                <dt>{c.cost}{names::paren(names::price(r.price, lang), lang)}</dt>
                <dd id={format!("{id}-cost")}>
                    {yuan(t.cost_yuan.central, lang)}
                    <span class="result-range">{names::paren(&format!("{} {} – {}", c.range, yuan(t.cost_yuan.low, lang), yuan(t.cost_yuan.high, lang)), lang)}</span>
                </dd>
            </dl>
        </div>
    }
}

fn by_source_table(r: &CarbonResult, lang: Lang) -> Html {
    let t = text(lang);
    let variants: Vec<(&str, &TotalsResult)> = std::iter::once((t.variant_a, &r.baseline))
        .chain(r.alternative.as_ref().map(|a| (t.variant_b, a)))
        .collect();
    let comparison = variants.len() > 1;
    let row = |label: &'static str, f: fn(&TotalsResult) -> Ranged| {
        html! {
            <tr>
                <th scope="row">{label}</th>
                { for variants.iter().map(|(_, v)| html! { <td class="num">{mass(f(v).central, lang)}</td> }) }
            </tr>
        }
    };
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={t.by_source}>
            <table class="carbon-by-source">
                <caption>{t.by_source}</caption>
                <thead><tr>
                    <th scope="col">{t.source_col}</th>
                    { for variants.iter().map(|(l, _)| html! {
                        <th scope="col" class="num">{ if comparison { *l } else { t.total } }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { row(t.on_site, |v| v.on_site) }
                    { row(t.electricity, |v| v.electricity) }
                    { row(t.entered, |v| v.entered) }
                    { row(t.total, |v| v.kg_co2e) }
                </tbody>
            </table>
        </div>
    }
}

fn by_line_table(r: &CarbonResult, lines: &[Line], gases: &[Gas], lang: Lang) -> Html {
    let t = text(lang);
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={t.by_line_and_gas}>
            <table class="carbon-by-line" id="carbon-by-line">
                <caption>{t.by_line_and_gas}</caption>
                <thead><tr>
                    <th scope="col">{t.line}</th>
                    { for gases.iter().map(|g| html! { <th scope="col" class="num">{names::gas(*g, lang)}</th> }) }
                    <th scope="col" class="num">{t.total}</th>
                    <th scope="col" class="num">{t.range}</th>
                </tr></thead>
                <tbody>
                    { for r.lines.iter().enumerate().map(|(i, l)| html! {
                        <tr>
                            <th scope="row">{line_label(lines, i, lang)}</th>
                            { for gases.iter().map(|g| html! {
                                <td class="num">{mass(l.by_gas[g.index()].central, lang)}</td>
                            }) }
                            <td class="num">{mass(l.kg_co2e.central, lang)}</td>
                            <td class="num">{mass_range(l.kg_co2e, lang)}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The results panel.
#[component]
#[allow(clippy::too_many_lines)]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let r = match &props.result {
        Ok(r) => r,
        Err(e) => {
            return html! {
                <section class="panel carbon-results" aria-labelledby="carbon-results-h">
                    <h2 id="carbon-results-h">{t.results_heading}</h2>
                    <p class="notice" id="carbon-no-result" role="status">
                        {t.fix_inputs}{" "}{names::error(e, lang)}
                    </p>
                </section>
            };
        }
    };
    let lib = Library::standard();
    let factor_names = |ids: Vec<&'static str>| {
        ids.iter()
            .filter_map(|id| lib.get(id).map(|f| f.def.name.get(lang)))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let unverified = r.unverified(lib);
    let derived = r.derived(lib);
    let basis_line = match r.electricity_used {
        Some(_) => names::basis(r.electricity, lang),
        None => t.no_electricity.to_string(),
    };
    let warn_emission_for_product = r.electricity_used == Some(ElectricityKind::Emission)
        && matches!(r.boundary, Boundary::CradleToGate | Boundary::CradleToGrave);
    let gases: Vec<Gas> = ByGas::GASES
        .into_iter()
        .filter(|g| {
            std::iter::once(&r.baseline)
                .chain(r.alternative.as_ref())
                .any(|v| v.by_gas[g.index()].high > 0.0)
        })
        .collect();
    let max_line = r.lines.iter().map(|l| l.kg_co2e.high).fold(0.0, f64::max);
    let (line_scale, line_unit) = names::chart_unit(max_line, lang);
    let line_bars: Vec<Bar> = r
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let class = if l.central.variant == Variant::Alternative {
                "s-b"
            } else {
                "s-a"
            };
            scaled_bar(
                chart_label(&props.lines, i, lang),
                l.kg_co2e,
                line_scale,
                class,
            )
        })
        .collect();
    let variants: Vec<(Option<&str>, &TotalsResult)> = match &r.alternative {
        Some(a) => vec![
            (Some(t.variant_a_short), &r.baseline),
            (Some(t.variant_b_short), a),
        ],
        None => vec![(None, &r.baseline)],
    };
    let max_gas = variants
        .iter()
        .flat_map(|(_, v)| gases.iter().map(|g| v.by_gas[g.index()].high))
        .fold(0.0, f64::max);
    let (gas_scale, gas_unit) = names::chart_unit(max_gas, lang);
    let gas_bars: Vec<Bar> = variants
        .iter()
        .flat_map(|(label, v)| {
            gases.iter().map(move |g| {
                let name = match label {
                    Some(l) => format!("{l}: {}", names::gas(*g, lang)),
                    None => names::gas(*g, lang).to_string(),
                };
                scaled_bar(name, v.by_gas[g.index()], gas_scale, gas_class(*g))
            })
        })
        .collect();
    // The tornado of the headline: the change in a comparison, else the total.
    let mc = props.mc.analysis.as_ref();
    let (k, subject) = if r.change.is_some() {
        (MC_CHANGE, t.change_net)
    } else {
        (MC_BASELINE, t.total)
    };
    let central = mc
        .and_then(|a| a.simulation.outputs.get(k))
        .map_or(0.0, |s| s.central);
    let (scale, unit) = names::chart_unit(central.abs(), lang);
    let tornado = tornado_of("carbon-tornado", mc, k, subject, unit, scale, lang);
    html! {
        <section class="panel carbon-results" aria-labelledby="carbon-results-h" data-mc-ms={props.mc.ms_attr()}>
            <h2 id="carbon-results-h">{t.results_heading}</h2>
            <div class="carbon-summary" aria-live="polite">
                if let (Some(alt), Some(change)) = (&r.alternative, &r.change) {
                    <div class="carbon-totals">
                        { total_block("carbon-total", t.variant_a, &r.baseline, r,
                            mc_mass("carbon-mc", mc, MC_BASELINE, lang), lang) }
                        { total_block("carbon-total-b", t.variant_b, alt, r,
                            mc_mass("carbon-mc-b", mc, MC_ALTERNATIVE, lang), lang) }
                    </div>
                    <dl class="carbon-change">
                        <dt>{t.change_on_site}</dt>
                        <dd id="carbon-change-on-site">{mass(change.on_site.central, lang)}
                            <span class="result-range">{names::paren(&format!("{} {}", t.range, mass_range(change.on_site, lang)), lang)}</span></dd>
                        <dt>{t.change_net}</dt>
                        <dd id="carbon-change">{mass(change.kg_co2e.central, lang)}
                            {mc_mass("carbon-mc-change", mc, MC_CHANGE, lang)}
                            <span class="result-range">{names::paren(&format!("{} {}", t.range, mass_range(change.kg_co2e, lang)), lang)}</span></dd>
                        <dt>{t.change_cost}</dt>
                        <dd>{yuan(change.cost_yuan.central, lang)}</dd>
                    </dl>
                    <p class="method-note">{t.change_note}</p>
                } else {
                    { total_block("carbon-total", t.total, &r.baseline, r,
                        mc_mass("carbon-mc", mc, MC_BASELINE, lang), lang) }
                }
            </div>
            <dl class="carbon-basis-used">
                <dt>{t.basis_used}</dt>
                <dd id="carbon-basis-used" data-kind={r.electricity_used.map(ElectricityKind::key)}>{basis_line}</dd>
                <dt>{t.boundary_label}</dt>
                <dd>{names::boundary(r.boundary, lang)}</dd>
                <dt>{t.gwp_label}</dt>
                <dd>{ if r.uses_gwp { names::gwp(r.gwp, lang) } else { t.gwp_unused } }</dd>
            </dl>
            if warn_emission_for_product {
                <p class="notice">{t.emission_product_warning}</p>
            }
            if !unverified.is_empty() {
                <p class="notice notice-unverified" id="carbon-unverified">
                    {t.unverified_notice}{factor_names(unverified)}
                </p>
            }
            if !derived.is_empty() {
                <p class="method-note">{t.derived_notice}{factor_names(derived)}</p>
            }
            { by_source_table(r, lang) }
            if !r.lines.is_empty() {
                <BarChart id="carbon-chart-lines" title={t.by_line_chart} unit={line_unit}
                    bars={line_bars} lang={lang} />
                <BarChart id="carbon-chart-gases" title={t.by_gas_chart} unit={gas_unit}
                    bars={gas_bars} lang={lang} />
                { by_line_table(r, &props.lines, &gases, lang) }
            }
            { tornado }
        </section>
    }
}
