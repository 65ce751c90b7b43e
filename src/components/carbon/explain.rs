//! "How this is computed": the method, each line's arithmetic with the numbers actually used,
//! and every factor's pedigree. The numbers are the core's (quantities, kWh, TJ, litres and the
//! factor values of the central point); this module only writes them out.

use qingshan_core::carbon::{Activity, CarbonResult, DirectGas, Gas, Line, LineResult, NonCo2};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::uncertainty::DEFAULT_SAMPLES;
use yew::prelude::*;

use super::names::{self, mass, text};
use super::results::line_label;
use crate::components::factor::{value_with_unit, FactorCite};
use crate::components::tornado::MethodNote;
use crate::format::quantity;

/// Digits of the quantities written in the arithmetic.
const DIGITS: u32 = 6;

fn term(l: &LineResult, i: usize, lang: Lang) -> String {
    let Some(t) = l.central.terms.get(i) else {
        return String::new();
    };
    match Library::standard().get(t.id) {
        Some(f) => value_with_unit(f, t.value, lang),
        None => quantity(t.value, DIGITS, lang),
    }
}

fn q(x: f64, lang: Lang) -> String {
    quantity(x, DIGITS, lang)
}

/// The electricity factor of a line, from term `i` on: "0.5777 kg CO₂e/kWh" or, with T&D,
/// "(0.5777 … + 0.0327 …)".
fn electricity_terms(l: &LineResult, i: usize, lang: Lang) -> String {
    if l.central.terms.len() > i + 1 {
        format!("({} + {})", term(l, i, lang), term(l, i + 1, lang))
    } else {
        term(l, i, lang)
    }
}

/// The arithmetic of one line, with its numbers.
#[allow(clippy::too_many_lines)]
fn arithmetic(line: &Line, l: &LineResult, lang: Lang) -> (&'static str, Vec<String>) {
    let t = text(lang);
    let c = &l.central;
    let kwh = c.kwh.unwrap_or_default();
    let total = mass(l.kg_co2e.central, lang);
    let gas = |g: Gas| mass(l.by_gas[g.index()].central, lang);
    match line.activity {
        Activity::Electricity { .. } => (
            t.f_electricity,
            vec![format!(
                "{} {} × {} = {total}",
                q(kwh, lang),
                t.unit_kwh,
                electricity_terms(l, 0, lang)
            )],
        ),
        Activity::ElectricityUse { benchmark, .. } => (
            t.f_electricity_use,
            vec![
                format!(
                    "{} {} × {} = {} {}",
                    q(c.quantity, lang),
                    names::count_unit(benchmark.per(), lang),
                    term(l, 0, lang),
                    q(kwh, lang),
                    t.unit_kwh
                ),
                format!(
                    "{} {} × {} = {total}",
                    q(kwh, lang),
                    t.unit_kwh,
                    electricity_terms(l, 1, lang)
                ),
            ],
        ),
        Activity::Fuel { fuel, non_co2, .. } => {
            let tj = c.energy_tj.unwrap_or_default();
            let natural = if fuel.is_gaseous() {
                t.unit_wan_nm3
            } else {
                t.unit_t
            };
            let mut steps = vec![
                format!(
                    "{} {natural} × {} × 10⁻³ = {} TJ",
                    q(c.quantity, lang),
                    term(l, 0, lang),
                    q(tj, lang)
                ),
                format!(
                    "{} TJ × {} × {} × 44/12 = {}",
                    q(tj, lang),
                    term(l, 1, lang),
                    term(l, 2, lang),
                    gas(Gas::Co2)
                ),
            ];
            let (ch4, n2o, gwp_at) = match non_co2 {
                NonCo2::Omit => return (t.f_fuel, steps),
                NonCo2::IpccLiquidStationary => (term(l, 3, lang), term(l, 4, lang), 5),
                NonCo2::Entered {
                    ch4_kg_per_tj,
                    n2o_kg_per_tj,
                } => (
                    format!("{} {}", q(ch4_kg_per_tj, lang), t.unit_kg_per_tj),
                    format!("{} {}", q(n2o_kg_per_tj, lang), t.unit_kg_per_tj),
                    3,
                ),
            };
            steps.push(format!(
                "{}: {} TJ × {ch4} × {} = {}",
                t.gas_ch4,
                q(tj, lang),
                term(l, gwp_at, lang),
                gas(Gas::Ch4)
            ));
            steps.push(format!(
                "{}: {} TJ × {n2o} × {} = {}",
                t.gas_n2o,
                q(tj, lang),
                term(l, gwp_at + 1, lang),
                gas(Gas::N2o)
            ));
            (t.f_fuel, steps)
        }
        Activity::Vehicle { .. } => {
            if let Some(litres) = c.litres {
                (
                    t.f_diesel_truck,
                    vec![
                        format!(
                            "{} {} × {} ÷ 100 = {} {}",
                            q(c.quantity, lang),
                            t.unit_km,
                            term(l, 0, lang),
                            q(litres, lang),
                            t.unit_litre
                        ),
                        format!(
                            "{} {} × {} = {total}",
                            q(litres, lang),
                            t.unit_litre,
                            term(l, 1, lang)
                        ),
                    ],
                )
            } else {
                (
                    t.f_electric_truck,
                    vec![
                        format!(
                            "{} {} × {} = {} {}",
                            q(c.quantity, lang),
                            t.unit_km,
                            term(l, 0, lang),
                            q(kwh, lang),
                            t.unit_kwh
                        ),
                        format!(
                            "{} {} × {} = {total}",
                            q(kwh, lang),
                            t.unit_kwh,
                            electricity_terms(l, 1, lang)
                        ),
                    ],
                )
            }
        }
        Activity::Process { process, .. } => (
            t.f_process,
            vec![format!(
                "{} {} × {} = {total}",
                q(c.quantity, lang),
                names::material(process.material(), lang),
                term(l, 0, lang)
            )],
        ),
        Activity::Direct { gas: g, .. } => {
            let weighed = matches!(g, DirectGas::Ch4 | DirectGas::N2o);
            let step = if weighed {
                format!(
                    "{} {} {} × {} = {total}",
                    q(c.quantity, lang),
                    t.unit_kg,
                    names::direct_gas(g, lang),
                    term(l, 0, lang)
                )
            } else {
                format!(
                    "{} {} {} = {total}",
                    q(c.quantity, lang),
                    t.unit_kg,
                    names::direct_gas(g, lang)
                )
            };
            (t.f_direct, vec![step])
        }
    }
}

/// Props of [`HowPanel`].
#[derive(Properties, PartialEq)]
pub struct HowPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The result (nothing is shown without one).
    pub result: Option<CarbonResult>,
    /// The lines.
    pub lines: Vec<Line>,
}

/// The "how this is computed" panel.
#[component]
pub fn HowPanel(props: &HowPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let Some(r) = &props.result else {
        return html! {};
    };
    html! {
        <section class="panel carbon-how" aria-labelledby="carbon-how-h">
            <h2 id="carbon-how-h">{t.how_heading}</h2>
            <details id="carbon-how">
                <summary>{t.how_summary}</summary>
                <p>{t.how_intro}</p>
                <ol class="carbon-how-lines">
                    { for r.lines.iter().enumerate().filter_map(|(i, l)| {
                        let line = props.lines.iter().find(|x| x.id == l.central.id)?;
                        let (formula, steps) = arithmetic(line, l, lang);
                        Some(html! {
                            <li>
                                <p class="carbon-how-label">{line_label(&props.lines, i, lang)}</p>
                                <p class="formula">{formula}</p>
                                <ul>{ for steps.into_iter().map(|s| html! { <li class="formula">{s}</li> }) }</ul>
                            </li>
                        })
                    }) }
                </ol>
                <p>{t.how_totals}</p>
                <p>{t.how_range}</p>
                <MethodNote samples={DEFAULT_SAMPLES} lang={lang} />
                <p>{t.how_kinds}</p>
                <h3>{t.factors_cited}</h3>
                <ul class="carbon-cites">
                    { for r.factors_used.iter().filter_map(|id| {
                        let f = Library::standard().get(id)?;
                        Some(html! {
                            <li>
                                <p class="carbon-cite-name">{f.def.name.get(lang)}{" · "}<code>{*id}</code></p>
                                <FactorCite id={*id} lang={lang} />
                            </li>
                        })
                    }) }
                </ul>
            </details>
        </section>
    }
}
