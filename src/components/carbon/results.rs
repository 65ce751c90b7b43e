//! The results: totals with ranges, per functional unit and in yuan; the kind of electricity
//! factor used; by source, by line and by gas, as numbers and charts with a table equivalent.

use qingshan_core::carbon::{
    compute, Boundary, ByGas, CarbonError, CarbonInputs, CarbonResult, ElectricityKind, Gas, Line,
    Totals, TotalsResult, Variant, SCENARIO_ERROR,
};
use qingshan_core::eval::{CalcError, FactorValues, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::names::{self, mass, mass_range, text, yuan};
use crate::components::chart::{Bar, BarChart};
use crate::components::tornado::{mc_range, mc_span, mc_whiskers, tornado_of, Timed};
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
/// First output of the baseline's block of secondary results ([`block`] offsets).
pub const MC_BASE_BLOCK: usize = 3;
/// First output of the alternative's block (0 outside a comparison).
pub const MC_ALT_BLOCK: usize = MC_BASE_BLOCK + block::LEN;
/// The change on site (alternative − baseline), kg CO₂e.
pub const MC_CHANGE_ON_SITE: usize = MC_ALT_BLOCK + block::LEN;
/// The change valued at the carbon price, yuan.
pub const MC_CHANGE_COST: usize = MC_CHANGE_ON_SITE + 1;
/// Line i's kg CO₂e is output `MC_FIRST_LINE + i` (lines in input order).
pub const MC_FIRST_LINE: usize = MC_CHANGE_COST + 1;

/// Offsets in a variant's block of outputs (baseline at [`MC_BASE_BLOCK`], alternative at
/// [`MC_ALT_BLOCK`]).
pub mod block {
    /// kg CO₂e per functional unit.
    pub const PER_FU: usize = 0;
    /// The total valued at the carbon price, yuan.
    pub const COST: usize = 1;
    /// kg CO₂e on site.
    pub const ON_SITE: usize = 2;
    /// kg CO₂e from electricity.
    pub const ELECTRICITY: usize = 3;
    /// kg CO₂e entered directly.
    pub const ENTERED: usize = 4;
    /// kg CO₂e of gas g is at `BY_GAS + g.index()` (`ByGas::GASES`, five gases).
    pub const BY_GAS: usize = 5;
    /// Outputs per block.
    pub const LEN: usize = BY_GAS + 5;
}

/// Every result of the scenario at one point of the factors, for the Monte Carlo analysis
/// (issue 9): the headline ([`MC_BASELINE`], [`MC_ALTERNATIVE`], [`MC_CHANGE`], as
/// `carbon::headline`), then each variant's block ([`block`]), the change on site and in yuan,
/// and one output per line. Outside a comparison the alternative's outputs are 0. The length
/// depends on the number of lines only, so every sample has the central run's shape.
///
/// # Errors
/// As `carbon::headline`: the input's or factor's [`CalcError`], else
/// `CalcError::MissingFactor(SCENARIO_ERROR)`.
pub fn mc_outputs(inputs: &CarbonInputs, f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let o = compute(inputs, f).map_err(|e| match e {
        CarbonError::Input { error, .. } => error,
        _ => CalcError::MissingFactor(SCENARIO_ERROR),
    })?;
    let mut v = vec![0.0; MC_FIRST_LINE + o.lines.len()];
    let base = o.baseline.total();
    let put = |v: &mut Vec<f64>, at: usize, x: f64| {
        if let Some(slot) = v.get_mut(at) {
            *slot = x;
        }
    };
    let block = |v: &mut Vec<f64>, start: usize, t: &Totals| {
        let total = t.total();
        put(v, start + block::PER_FU, total / o.functional_units);
        put(v, start + block::COST, total / 1e3 * o.price_yuan_per_t);
        put(v, start + block::ON_SITE, t.on_site);
        put(v, start + block::ELECTRICITY, t.electricity);
        put(v, start + block::ENTERED, t.entered);
        for g in ByGas::GASES {
            put(v, start + block::BY_GAS + g.index(), t.by_gas.get(g));
        }
    };
    put(&mut v, MC_BASELINE, base);
    block(&mut v, MC_BASE_BLOCK, &o.baseline);
    if let Some(alt) = &o.alternative {
        put(&mut v, MC_ALTERNATIVE, alt.total());
        put(&mut v, MC_CHANGE, alt.total() - base);
        block(&mut v, MC_ALT_BLOCK, alt);
        put(&mut v, MC_CHANGE_ON_SITE, alt.on_site - o.baseline.on_site);
        put(
            &mut v,
            MC_CHANGE_COST,
            (alt.total() - base) / 1e3 * o.price_yuan_per_t,
        );
    }
    for (i, l) in o.lines.iter().enumerate() {
        put(&mut v, MC_FIRST_LINE + i, l.kg_co2e());
    }
    Ok(v)
}

/// A mass's Monte Carlo range as a second line ([`mc_span`]), each end written by [`mass`].
fn mc_mass_span(id: &str, mc: Option<&Analysis>, k: usize, lang: Lang) -> Html {
    mc_span(id, mc, k, &|x| mass(x, lang), "", lang)
}

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

/// A bar whose whiskers are output `k`'s Monte Carlo 90 % range (the all-ends bound without an
/// analysis).
fn scaled_bar(
    label: String,
    r: Ranged,
    scale: f64,
    class: &'static str,
    mc: Option<&Analysis>,
    k: usize,
) -> Bar {
    let (low, high) = mc_whiskers(mc, k, scale, (r.low / scale, r.high / scale));
    Bar {
        label,
        central: r.central / scale,
        low,
        high,
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
#[allow(clippy::too_many_arguments)]
fn total_block(
    id: &str,
    label: &str,
    t: &TotalsResult,
    r: &CarbonResult,
    mc: Html,
    analysis: Option<&Analysis>,
    start: usize,
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
                <dd id={format!("{id}-per-fu")}>{mass(t.per_functional_unit.central, lang)}
                    {mc_mass_span(&format!("{id}-per-fu-mc"), analysis, start + block::PER_FU, lang)}</dd>
                <dt>{c.cost}{names::paren(names::price(r.price, lang), lang)}</dt>
                <dd id={format!("{id}-cost")}>
                    {yuan(t.cost_yuan.central, lang)}
                    <span class="result-range">{names::paren(&format!("{} {} – {}", c.range, yuan(t.cost_yuan.low, lang), yuan(t.cost_yuan.high, lang)), lang)}</span>
                    {mc_span(&format!("{id}-cost-mc"), analysis, start + block::COST, &|x| yuan(x, lang), "", lang)}
                </dd>
            </dl>
        </div>
    }
}

fn by_source_table(r: &CarbonResult, mc: Option<&Analysis>, lang: Lang) -> Html {
    let t = text(lang);
    let variants: Vec<(&str, &TotalsResult, usize)> =
        std::iter::once((t.variant_a, &r.baseline, MC_BASE_BLOCK))
            .chain(
                r.alternative
                    .as_ref()
                    .map(|a| (t.variant_b, a, MC_ALT_BLOCK)),
            )
            .collect();
    let comparison = variants.len() > 1;
    // `k(start)`: the output of this row in a variant's block (the total: the headline's).
    let row = |label: &'static str, f: fn(&TotalsResult) -> Ranged, k: &dyn Fn(usize) -> usize| {
        html! {
            <tr>
                <th scope="row">{label}</th>
                { for variants.iter().map(|(_, v, start)| html! {
                    <td class="num">{mass(f(v).central, lang)}{mc_mass_span("", mc, k(*start), lang)}</td>
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="carbon-by-source-caption">
            <table class="carbon-by-source">
                <caption id="carbon-by-source-caption">{t.by_source}</caption>
                <thead><tr>
                    <th scope="col">{t.source_col}</th>
                    { for variants.iter().map(|(l, _, _)| html! {
                        <th scope="col" class="num">{ if comparison { *l } else { t.total } }</th>
                    }) }
                </tr></thead>
                <tbody>
                    { row(t.on_site, |v| v.on_site, &|s| s + block::ON_SITE) }
                    { row(t.electricity, |v| v.electricity, &|s| s + block::ELECTRICITY) }
                    { row(t.entered, |v| v.entered, &|s| s + block::ENTERED) }
                    { row(t.total, |v| v.kg_co2e, &|s| if s == MC_BASE_BLOCK { MC_BASELINE } else { MC_ALTERNATIVE }) }
                </tbody>
            </table>
        </div>
    }
}

fn by_line_table(
    r: &CarbonResult,
    lines: &[Line],
    gases: &[Gas],
    mc: Option<&Analysis>,
    lang: Lang,
) -> Html {
    let t = text(lang);
    let u = &crate::i18n::catalog(lang).uncertainty;
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="carbon-by-line-caption">
            <table class="carbon-by-line" id="carbon-by-line">
                <caption id="carbon-by-line-caption">{t.by_line_and_gas}</caption>
                <thead><tr>
                    <th scope="col">{t.line}</th>
                    { for gases.iter().map(|g| html! { <th scope="col" class="num">{names::gas(*g, lang)}</th> }) }
                    <th scope="col" class="num">{t.total}</th>
                    // The Monte Carlo range replaces the all-ends bound here (one column: the
                    // table must fit a phone's column); the bound stays on the totals.
                    if mc.is_some() {
                        <th scope="col" class="num">{u.col_mc}</th>
                    } else {
                        <th scope="col" class="num">{t.range}</th>
                    }
                </tr></thead>
                <tbody>
                    { for r.lines.iter().enumerate().map(|(i, l)| html! {
                        <tr>
                            <th scope="row">{line_label(lines, i, lang)}</th>
                            { for gases.iter().map(|g| html! {
                                <td class="num">{mass(l.by_gas[g.index()].central, lang)}</td>
                            }) }
                            <td class="num">{mass(l.kg_co2e.central, lang)}</td>
                            if mc.is_some() {
                                <td class="num carbon-line-mc">{mc_cell(format!("carbon-line-{i}-mc"), mc, MC_FIRST_LINE + i, lang)}</td>
                            } else {
                                <td class="num">{mass_range(l.kg_co2e, lang)}</td>
                            }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// A table cell's Monte Carlo range "a – b" (each end by [`mass`]), with the unscaled ends as
/// `data-p5` / `data-p95`.
fn mc_cell(id: String, mc: Option<&Analysis>, k: usize, lang: Lang) -> Html {
    match crate::components::tornado::mc_stats(mc, k) {
        Some(s) => html! {
            <span class="mc-ends" id={id} data-p5={s.p5.to_string()} data-p95={s.p95.to_string()}
                data-central={s.central.to_string()}>
                {mass(s.p5, lang)}{" – "}{mass(s.p95, lang)}
            </span>
        },
        None => html! { {"—"} },
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
    let mc = props.mc.analysis.as_ref();
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
                mc,
                MC_FIRST_LINE + i,
            )
        })
        .collect();
    let variants: Vec<(Option<&str>, &TotalsResult, usize)> = match &r.alternative {
        Some(a) => vec![
            (Some(t.variant_a_short), &r.baseline, MC_BASE_BLOCK),
            (Some(t.variant_b_short), a, MC_ALT_BLOCK),
        ],
        None => vec![(None, &r.baseline, MC_BASE_BLOCK)],
    };
    let max_gas = variants
        .iter()
        .flat_map(|(_, v, _)| gases.iter().map(|g| v.by_gas[g.index()].high))
        .fold(0.0, f64::max);
    let (gas_scale, gas_unit) = names::chart_unit(max_gas, lang);
    let gas_bars: Vec<Bar> = variants
        .iter()
        .flat_map(|(label, v, start)| {
            gases.iter().map(move |g| {
                let name = match label {
                    Some(l) => format!("{l}: {}", names::gas(*g, lang)),
                    None => names::gas(*g, lang).to_string(),
                };
                scaled_bar(
                    name,
                    v.by_gas[g.index()],
                    gas_scale,
                    gas_class(*g),
                    mc,
                    start + block::BY_GAS + g.index(),
                )
            })
        })
        .collect();
    // The tornado of the headline: the change in a comparison, else the total.
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
                            mc_mass("carbon-mc", mc, MC_BASELINE, lang), mc, MC_BASE_BLOCK, lang) }
                        { total_block("carbon-total-b", t.variant_b, alt, r,
                            mc_mass("carbon-mc-b", mc, MC_ALTERNATIVE, lang), mc, MC_ALT_BLOCK, lang) }
                    </div>
                    <dl class="carbon-change">
                        <dt>{t.change_on_site}</dt>
                        <dd id="carbon-change-on-site">{mass(change.on_site.central, lang)}
                            {mc_mass_span("carbon-change-on-site-mc", mc, MC_CHANGE_ON_SITE, lang)}
                            <span class="result-range">{names::paren(&format!("{} {}", t.range, mass_range(change.on_site, lang)), lang)}</span></dd>
                        <dt>{t.change_net}</dt>
                        <dd id="carbon-change">{mass(change.kg_co2e.central, lang)}
                            {mc_mass("carbon-mc-change", mc, MC_CHANGE, lang)}
                            <span class="result-range">{names::paren(&format!("{} {}", t.range, mass_range(change.kg_co2e, lang)), lang)}</span></dd>
                        <dt>{t.change_cost}</dt>
                        <dd id="carbon-change-cost">{yuan(change.cost_yuan.central, lang)}
                            {mc_span("carbon-change-cost-mc", mc, MC_CHANGE_COST, &|x| yuan(x, lang), "", lang)}</dd>
                    </dl>
                    <p class="method-note">{t.change_note}</p>
                } else {
                    { total_block("carbon-total", t.total, &r.baseline, r,
                        mc_mass("carbon-mc", mc, MC_BASELINE, lang), mc, MC_BASE_BLOCK, lang) }
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
            { by_source_table(r, mc, lang) }
            if !r.lines.is_empty() {
                <BarChart id="carbon-chart-lines" title={t.by_line_chart} unit={line_unit}
                    bars={line_bars} lang={lang} />
                <BarChart id="carbon-chart-gases" title={t.by_gas_chart} unit={gas_unit}
                    bars={gas_bars} lang={lang} />
                if mc.is_some() {
                    <p class="method-note" id="carbon-whiskers-note">{crate::i18n::catalog(lang).uncertainty.whiskers_note}</p>
                }
                { by_line_table(r, &props.lines, &gases, mc, lang) }
            }
            { tornado }
        </section>
    }
}
