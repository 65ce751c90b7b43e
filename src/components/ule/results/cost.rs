//! Steel costs: investment, yearly operating cost, operating cost per tonne of pollutant
//! avoided; optionally the investment annualised with the user's rate and life.

use qingshan_core::eval::CalcError;
use qingshan_core::text::Lang;
use qingshan_core::ule::cost::{INVEST, OPERATING};
use qingshan_core::ule::{keys, Annualise, RangedSector};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::super::common::{error_at, field_id};
use super::super::field::OptField;
use crate::components::factor::FactorCite;
use crate::format::quantity;
use crate::i18n::catalog;
use crate::state::ule::UleAction;

/// Props of [`SteelCost`].
#[derive(Properties, PartialEq)]
pub struct SteelCostProps {
    /// The page's language.
    pub lang: Lang,
    /// The steel result.
    pub steel: RangedSector,
    /// The user's annualisation inputs.
    pub annualise: Option<Annualise>,
    /// The Monte Carlo analysis (the steel block's cost outputs give the ranges).
    pub mc: std::rc::Rc<crate::components::tornado::Timed>,
    /// Sends an edit.
    pub on_ule: Callback<UleAction>,
}

/// The steel cost block.
#[component]
pub fn SteelCost(props: &SteelCostProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let s = &props.steel;
    let Some(cost) = s.central.cost else {
        return html! {};
    };
    let yuan = Unit::Yuan.symbol(lang);
    let yuan_yr = format!("{yuan}/{}", c.year_unit);
    let yuan_t = c.yuan_per_t_pollutant;
    let q = |x: f64| quantity(x, 3, lang);
    let u = &catalog(lang).uncertainty;
    let sep = crate::components::tornado::colon(lang);
    let range = |f: &dyn Fn(&qingshan_core::ule::SectorResult) -> Option<f64>| {
        s.ranged_opt(|r| f(r)).map_or_else(
            || c.nothing_avoided.to_string(),
            |x| {
                format!(
                    "{} ({}{sep}{}–{})",
                    q(x.central),
                    u.bounds,
                    q(x.low),
                    q(x.high)
                )
            },
        )
    };
    let investment = range(&|r| r.cost.map(|c| c.investment));
    let operating = range(&|r| r.cost.map(|c| c.operating));
    let per_tonne = range(&|r| r.cost.and_then(|c| c.per_tonne));
    let mc = props.mc.analysis.as_ref();
    let start = super::sector_block(qingshan_core::ule::Sector::Steel);
    let mc_of = |id: &str, k: usize, unit: &str| {
        crate::components::tornado::mc_span(id, mc, start + k, &q, unit, lang)
    };
    let toggle = {
        let on_ule = props.on_ule.clone();
        let next = match props.annualise {
            Some(_) => None,
            None => Some(Annualise {
                rate: None,
                years: None,
            }),
        };
        Callback::from(move |_| on_ule.emit(UleAction::SetAnnualise(next)))
    };
    let ann_err: Option<CalcError> = match cost.annualised_investment {
        Some(Err(e)) => Some(e),
        _ => None,
    };
    html! {
        <section class="ule-cost" aria-labelledby="ule-cost-title">
            <h3 id="ule-cost-title">{c.cost_title}</h3>
            <dl class="ule-cost-list">
                <dt>{c.investment}</dt>
                <dd id="ule-cost-investment">{investment}{" "}{yuan}
                    {mc_of("ule-cost-investment-mc", super::block::INVESTMENT, yuan)}</dd>
                <dt>{c.operating}</dt>
                <dd id="ule-cost-operating">{operating}{" "}{yuan_yr.clone()}
                    {mc_of("ule-cost-operating-mc", super::block::OPERATING, &yuan_yr)}</dd>
                <dt>{c.per_tonne}</dt>
                <dd id="ule-cost-per-tonne">{per_tonne}{" "}{yuan_t}
                    if cost.per_tonne.is_some() {
                        {mc_of("ule-cost-per-tonne-mc", super::block::PER_TONNE, yuan_t)}
                    }</dd>
            </dl>
            <p class="method-note">{c.per_tonne_definition}</p>
            <details class="factor-details">
                <summary>{c.cost_sources}</summary>
                <FactorCite id={INVEST} lang={lang} />
                <FactorCite id={OPERATING} lang={lang} />
            </details>
            <label class="ule-check" for="ule-annualise">
                <input type="checkbox" id="ule-annualise" checked={props.annualise.is_some()} onchange={toggle} />
                {c.annualise}
            </label>
            if let Some(a) = props.annualise {
                <p class="method-note">{c.annualise_note}</p>
                <OptField id={field_id(keys::ANNUALISE_RATE)} label={c.annualise_rate} unit="%"
                    scale={100.0} value={a.rate}
                    on_change={props.on_ule.reform(move |x| UleAction::SetAnnualise(Some(Annualise { rate: x, ..a })))}
                    error={error_at(ann_err.as_ref(), keys::ANNUALISE_RATE, true, lang)} lang={lang} />
                <OptField id={field_id(keys::ANNUALISE_YEARS)} label={c.annualise_years} unit={c.years_unit}
                    value={a.years}
                    on_change={props.on_ule.reform(move |x| UleAction::SetAnnualise(Some(Annualise { years: x, ..a })))}
                    error={error_at(ann_err.as_ref(), keys::ANNUALISE_YEARS, true, lang)} lang={lang} />
                if let Some(Ok(ai)) = cost.annualised_investment {
                    <dl class="ule-cost-list">
                        <dt>{c.annualised_investment}</dt>
                        <dd>{q(ai)}{" "}{yuan_yr}</dd>
                        <dt>{c.per_tonne_with_investment}</dt>
                        <dd>{cost.per_tonne_with_investment.map_or_else(|| c.nothing_avoided.to_string(), q)}{" "}{yuan_t}</dd>
                    </dl>
                }
            }
        </section>
    }
}
