//! "How this is computed": the formulas, each measure's arithmetic with its own numbers, and
//! every factor used with its grade and source (editable).

use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{BaselineDetail, Detail, Results, Scenario};
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{
    colon, factor_value, load_name, load_name_by_id, measure_name, pc, q, qi, text,
};
use crate::components::factor::{FactorCite, FactorInput};
use crate::state::Action;

/// Props of [`HowPanel`].
#[derive(Properties, PartialEq)]
pub struct HowPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The scenario.
    pub scenario: Scenario,
    /// Its results (absent when the scenario cannot be computed).
    pub results: Option<Results>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an action (factor changes).
    pub on_action: Callback<Action>,
}

/// A measure's arithmetic with its numbers, ending in its result.
fn formula(detail: &Detail, avoided: f64, scenario: &Scenario, lang: Lang) -> String {
    let x = text(lang);
    let t = x.unit_t_tp_per_yr;
    let m3d = Unit::CubicMetresPerDay.symbol(lang);
    let mgl = Unit::MgPerLitre.symbol(lang);
    let r = q(avoided, lang);
    match detail {
        Detail::Concentration {
            flow,
            before,
            after,
            days,
        } => format!(
            "{} {m3d} × ({} − {}) {mgl} × {} {} × 10⁻⁶ = {r} {t}",
            qi(*flow, lang),
            qi(*before, lang),
            qi(*after, lang),
            qi(*days, lang),
            x.unit_days
        ),
        Detail::Farmland {
            area,
            coefficient,
            removal,
            ..
        } => format!(
            "{} {} × {} {} × 10⁻³ × {} = {r} {t}",
            qi(*area, lang),
            x.unit_ha,
            qi(*coefficient, lang),
            Unit::KgPPerHectareYear.symbol(lang),
            pc(*removal)
        ),
        Detail::Livestock {
            heads,
            manure_per_head,
            manure_p,
            removal,
            ..
        } => format!(
            "{} {} × {} {} × {} {} × 10⁻³ × {} = {r} {t}",
            qi(*heads, lang),
            x.unit_heads,
            qi(*manure_per_head, lang),
            x.unit_t_per_head_yr,
            qi(*manure_p, lang),
            Unit::KgPPerTonneManure.symbol(lang),
            pc(*removal)
        ),
        Detail::Direct { load } => format!("{} {t} ({})", qi(*load, lang), x.entered),
        Detail::Efficiency {
            load,
            baseline,
            efficiency,
            remaining,
        } => format!(
            "{}{} {} {t} × {} {} × {} = {r} {t}",
            load_name_by_id(*load, &scenario.shared_loads, lang),
            colon(lang),
            q(*baseline, lang),
            pc(*remaining),
            x.left_by_earlier,
            pc(*efficiency)
        ),
    }
}

fn baseline_formula(d: &BaselineDetail, baseline: f64, lang: Lang) -> String {
    let x = text(lang);
    let t = x.unit_t_tp_per_yr;
    let r = q(baseline, lang);
    match d {
        BaselineDetail::Entered { .. } => format!("{r} {t} ({})", x.entered),
        BaselineDetail::Flow {
            flow,
            concentration,
            days,
        } => format!(
            "{} {} × {} {} × {} {} × 10⁻⁶ = {r} {t}",
            qi(*flow, lang),
            Unit::CubicMetresPerDay.symbol(lang),
            qi(*concentration, lang),
            Unit::MgPerLitre.symbol(lang),
            qi(*days, lang),
            x.unit_days
        ),
        BaselineDetail::Farmland { area, coefficient } => format!(
            "{} {} × {} {} × 10⁻³ = {r} {t}",
            qi(*area, lang),
            x.unit_ha,
            qi(*coefficient, lang),
            Unit::KgPPerHectareYear.symbol(lang)
        ),
    }
}

/// The method, each measure's arithmetic, and the factors used.
#[component]
pub fn HowPanel(props: &HowPanelProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let s = &props.scenario;
    let on_set = props
        .on_action
        .reform(|(id, v): (&'static str, f64)| Action::SetFactor(id, v));
    let on_reset = props.on_action.reform(Action::ResetFactor);

    // Every library factor the results read, each once, in first-use order. A few dozen ids:
    // a linear check, rather than a set type that only this panel would instantiate.
    let mut used: Vec<&'static str> = Vec::new();
    if let Some(r) = &props.results {
        let from_measures = r
            .measures
            .iter()
            .filter_map(|m| m.result.as_ref().ok())
            .flat_map(|m| m.factors.iter().copied());
        let from_loads = r
            .shared_loads
            .iter()
            .filter_map(|l| l.result.as_ref().ok())
            .flat_map(|l| l.factors.iter().copied());
        for id in from_measures
            .chain(from_loads)
            .chain(r.factors.iter().copied())
        {
            if !used.contains(&id) {
                used.push(id);
            }
        }
    }

    let measures = props.results.as_ref().map(|r| {
        html! {
            <ul class="tp-how-list">
                { for s.measures.iter().enumerate().map(|(i, m)| {
                    let line = r.measures.iter().find(|o| o.id == m.id).and_then(|o| o.result.as_ref().ok())
                        .map_or_else(|| x.not_counted_short.to_string(),
                            |res| formula(&res.detail, res.avoided.central, s, lang));
                    html! {
                        <li key={m.id.0}>
                            <span class="tp-how-name">{measure_name(m, i, lang)}{colon(lang)}</span>
                            <span class="formula">{line}</span>
                        </li>
                    }
                }) }
                { for s.shared_loads.iter().map(|l| {
                    let line = r.shared_loads.iter().find(|o| o.id == l.id).and_then(|o| o.result.as_ref().ok())
                        .map_or_else(|| x.not_counted_short.to_string(), |res| format!(
                            "{}; {} × (1 − Π(1 − ηᵢ)) = {} × {} = {} {}",
                            baseline_formula(&res.detail, res.baseline.central, lang), x.baseline,
                            q(res.baseline.central, lang), pc(res.combined), q(res.avoided.central, lang),
                            x.unit_t_tp_per_yr));
                    html! {
                        <li key={format!("load-{}", l.id.0)} class="tp-how-load">
                            <span class="tp-how-name">{load_name(l, &s.shared_loads, lang)}{colon(lang)}</span>
                            <span class="formula">{line}</span>
                        </li>
                    }
                }) }
            </ul>
        }
    });

    // One row per method, rendered from a table (one `html!` expansion instead of seven).
    let method = [
        (x.how_concentration, x.formula_concentration),
        (x.how_farmland, x.formula_farmland),
        (x.how_livestock, x.formula_livestock),
        (x.how_combination, x.formula_combination),
        (x.how_report, x.formula_report),
        (x.how_algae, x.formula_algae),
        (x.how_dilution, x.formula_dilution),
    ];
    let national_name = Library::standard()
        .get("tp.census2017.total")
        .map_or("", |f| f.def.name.get(lang));
    html! {
        <section class="panel tp-how" aria-labelledby="tp-how-title">
            <h2 id="tp-how-title">{x.how_title}</h2>
            <h3>{x.how_method}</h3>
            <ul class="tp-method">
                { for method.iter().map(|&(how, formula)| html! {
                    <li>{how}<br /><span class="formula">{formula}</span></li>
                }) }
                <li>{x.how_ranges}</li>
            </ul>
            <h3>{x.how_measures}</h3>
            {measures.unwrap_or_default()}
            <h3>{x.how_factors}</h3>
            <p class="method-note">{x.how_factors_note}</p>
            <div class="tp-factors">
                { for used.iter().map(|&id| {
                    let value = factor_value(id, &props.overrides).unwrap_or(f64::NAN);
                    html! {
                        <div class="tp-factor" key={id}>
                            <FactorInput id={id} value={value} overridden={props.overrides.is_overridden(id)}
                                on_set={on_set.clone()} on_reset={on_reset.clone()} lang={lang} />
                        </div>
                    }
                }) }
                <div class="tp-factor">
                    <h4>{national_name}</h4>
                    <FactorCite id="tp.census2017.total" lang={lang} />
                </div>
            </div>
        </section>
    }
}
