//! The intensity method's inputs: baseline intensity and expected reduction per pollutant.
//!
//! A default that is a library factor is shown as a `FactorInput` (changed as a factor); the
//! cement and coking intensities are derived here from inventories ÷ output (formula and inputs
//! shown, graded "derived", with their mismatches stated); cement has no sourced reduction, so
//! its field starts empty and the page asks for it.

use qingshan_core::eval::{LibraryValues, Point};
use qingshan_core::factors::{Grade, Library};
use qingshan_core::text::Lang;
use qingshan_core::ule::intensity::{
    default_intensity, default_reduction, IntensityDefault, DERIVED_FORMULA,
};
use qingshan_core::ule::{keys, Pollutant, Sector};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{error_at, factor_value, field_id, SectorProps};
use super::field::OptField;
use crate::components::factor::{FactorCite, FactorInput, GradeBadge};
use crate::format::plain;
use crate::i18n::catalog;
use crate::state::ule::UleAction;

/// The intensity method's inputs of one sector.
#[component]
pub fn IntensityInputs(props: &SectorProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let s = &props.inputs;
    let sector = s.sector;
    let k = keys::sector(sector);
    let err = props.error.as_ref();
    let f = &props.factors;
    let values = LibraryValues {
        library: Library::standard(),
        overrides: &f.overrides,
        point: Point::Central,
    };
    let kg_t = format!(
        "{} {}",
        Unit::KgPerTonne.symbol(lang),
        sector.product().name().get(lang)
    );
    let row = |pol: Pollutant| {
        let name = pol.name().get(lang);
        let intensity = match default_intensity(sector, pol) {
            IntensityDefault::Factor(id) if s.intensity.get(pol).is_none() => html! {
                <FactorInput id={id} value={factor_value(id, &f.overrides)}
                    overridden={f.overrides.is_overridden(id)} on_set={f.on_set.clone()}
                    on_reset={f.on_reset.clone()} label={AttrValue::from(format!("{name} {}", c.baseline_intensity))}
                    lang={lang} />
            },
            d => {
                let default = d.value(&values).ok();
                let on = props
                    .on_ule
                    .reform(move |x| UleAction::SetIntensity(sector, pol, x));
                html! {
                    <>
                        <OptField id={field_id(k.intensity.get(pol))}
                            label={format!("{name} {}", c.baseline_intensity)} unit={kg_t.clone()}
                            value={*s.intensity.get(pol)} default={default} on_change={on}
                            hint={AttrValue::from(format!("{}{}", c.default_is, c.derived_default))}
                            error={error_at(err, k.intensity.get(pol), false, lang)} lang={lang} />
                        if matches!(d, IntensityDefault::Derived { .. }) {
                            <DerivedCite default={d} lang={lang} />
                        }
                    </>
                }
            }
        };
        let reduction = match default_reduction(sector, pol) {
            Some(id) if s.reduction.get(pol).is_none() => html! {
                <FactorInput id={id} value={factor_value(id, &f.overrides)}
                    overridden={f.overrides.is_overridden(id)} on_set={f.on_set.clone()}
                    on_reset={f.on_reset.clone()} label={AttrValue::from(format!("{name} {}", c.reduction))}
                    lang={lang} />
            },
            id => {
                let on = props
                    .on_ule
                    .reform(move |x| UleAction::SetReduction(sector, pol, x));
                let default = id.map(|id| factor_value(id, &f.overrides));
                let hint = if id.is_some() {
                    c.reduction_yours
                } else {
                    c.reduction_required
                };
                html! {
                    <OptField id={field_id(k.reduction.get(pol))}
                        label={format!("{name} {}", c.reduction)} unit="%" scale={100.0}
                        value={*s.reduction.get(pol)} default={default} on_change={on}
                        hint={AttrValue::from(hint)}
                        error={error_at(err, k.reduction.get(pol), id.is_none(), lang)} lang={lang} />
                }
            }
        };
        html! { <div class="ule-pollutant">{intensity}{reduction}</div> }
    };
    html! {
        <div class="ule-intensity">
            <p class="method-note">{c.intensity_intro}</p>
            { for Pollutant::ALL.into_iter().map(row) }
            <p class="method-note">{caveat(sector, lang)}</p>
        </div>
    }
}

fn caveat(sector: Sector, lang: Lang) -> &'static str {
    let c = &catalog(lang).ule;
    match sector {
        Sector::Steel => c.intensity_caveat_steel,
        Sector::Coking => c.intensity_caveat_coking,
        Sector::Cement => c.intensity_caveat_cement,
    }
}

/// Props of [`DerivedCite`].
#[derive(Properties, PartialEq)]
struct DerivedCiteProps {
    default: IntensityDefault,
    lang: Lang,
}

/// The formula and inputs of a derived intensity.
#[component]
fn DerivedCite(props: &DerivedCiteProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let lib = Library::standard();
    html! {
        <details class="factor-details">
            <summary>{c.how_derived}{" "}<GradeBadge grade={Grade::Derived} lang={lang} /></summary>
            <p class="formula">{DERIVED_FORMULA.get(lang)}</p>
            { for props.default.inputs().into_iter().map(|id| {
                let f = lib.get(id);
                html! {
                    <div class="ule-cite">
                        <p>
                            {f.map_or(id, |f| f.def.name.get(lang))}{": "}
                            {f.map_or_else(String::new, |f| format!("{} {}", plain(f.value, 6, true), f.unit().symbol(lang)))}
                        </p>
                        <FactorCite id={id} lang={lang} />
                    </div>
                }
            }) }
        </details>
    }
}
