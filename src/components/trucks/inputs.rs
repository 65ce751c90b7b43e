//! The panel's inputs: the truck count, the choices (baseline, duty, diesel factor, electricity
//! factor) and the editable factors they select, each with its grade and source.

use qingshan_core::eval::Overrides;
use qingshan_core::factors::electricity::{EmissionScope, GenerationType, Grid};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::trucks::{
    field, Baseline, DieselBasis, Duty, GridKind, TruckInputs, FOOTPRINT_SOURCES,
};
use yew::prelude::*;

use super::{differs, field_error, Outcome};
use crate::components::factor::FactorInput;
use crate::components::field::NumberField;
use crate::i18n::catalog;
use crate::state::trucks::{TrucksAction, TrucksState};
use crate::state::Action;

/// Props of [`TrucksInputs`].
#[derive(Properties, PartialEq)]
pub struct TrucksInputsProps {
    /// The page's language.
    pub lang: Lang,
    /// The panel's inputs.
    pub state: TrucksState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
    /// The calculation's outcome (for the fields' errors).
    pub outcome: Outcome,
}

/// One option of a radio group: key, label, whether it is the current one, the edit it sends.
///
/// The group is not generic over the option's type: one copy of its markup and one closure
/// type serve all four groups (each generic copy cost ~1 KB of wasm; docs/size.md).
type Choice = (&'static str, &'static str, bool, TrucksAction);

/// The option `value` (named `key`, shown as `label`) of a group whose value is `current`,
/// sending `f(value)` when picked.
fn choice<T: Copy + PartialEq>(
    value: T,
    key: &'static str,
    label: &'static str,
    current: T,
    f: fn(T) -> TrucksAction,
) -> Choice {
    (key, label, value == current, f(value))
}

/// A fieldset of radio buttons; picking one sends its edit.
fn radio_group(
    name: &'static str,
    legend: &'static str,
    choices: [Choice; 2],
    on_action: &Callback<Action>,
) -> Html {
    html! {
        <fieldset class="trucks-choice">
            <legend>{legend}</legend>
            { for choices.into_iter().map(|(key, label, checked, action)| {
                let id = format!("trucks-{name}-{key}");
                html! {
                    <div class="trucks-radio">
                        <input type="radio" id={id.clone()} name={format!("trucks-{name}")}
                            value={key} checked={checked}
                            onchange={on_action.reform(move |_: Event| Action::Trucks(action.clone()))} />
                        <label for={id}>{label}</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A callback that sends the panel's action `f(value)`.
fn act<T: 'static>(on_action: &Callback<Action>, f: fn(T) -> TrucksAction) -> Callback<T> {
    on_action.reform(move |x| Action::Trucks(f(x)))
}

/// The value of a `<select>` that fired a change event.
fn selected(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

/// The panel's inputs.
#[component]
pub fn TrucksInputs(props: &TrucksInputsProps) -> Html {
    let lang = props.lang;
    let t = &catalog(lang).trucks;
    let s = &props.state;
    let preset = s.preset_inputs();

    let on_set = props
        .on_action
        .reform(|(id, x): (&'static str, f64)| Action::SetFactor(id, x));
    let on_reset = props.on_action.reform(Action::ResetFactor);
    let lib = Library::standard();
    let factor_input = |id: &'static str| {
        let value = props
            .overrides
            .get(id)
            .or_else(|| lib.get(id).map(|f| f.value))
            .unwrap_or(f64::NAN);
        html! {
            <FactorInput id={id} value={value} overridden={props.overrides.is_overridden(id)}
                on_set={on_set.clone()} on_reset={on_reset.clone()} lang={lang} />
        }
    };

    let grid_scope = match s.grid_kind {
        GridKind::Emission => {
            let on_change = props.on_action.reform(|e: Event| {
                let scope = selected(&e).and_then(|k| EmissionScope::from_key(&k));
                Action::Trucks(TrucksAction::SetEmissionScope(
                    scope.unwrap_or(EmissionScope::National),
                ))
            });
            let option = |scope: EmissionScope| {
                html! {
                    <option value={scope.key()} selected={scope == s.emission_scope}>
                        {scope.name().get(lang)}
                    </option>
                }
            };
            html! {
                <div class="field">
                    <label for="trucks-grid-scope">{t.grid_scope}</label>
                    <select id="trucks-grid-scope" onchange={on_change}>
                        <optgroup label={t.grid_scope_national}>
                            { for [EmissionScope::National, EmissionScope::NationalExMarketNonFossil,
                                   EmissionScope::Fossil].into_iter().map(option) }
                        </optgroup>
                        <optgroup label={t.grid_scope_regions}>
                            { for Grid::ALL.into_iter().map(EmissionScope::Region).map(option) }
                        </optgroup>
                        <optgroup label={t.grid_scope_provinces}>
                            { for EmissionScope::all().into_iter()
                                .filter(|x| matches!(x, EmissionScope::Province(_))).map(option) }
                        </optgroup>
                    </select>
                </div>
            }
        }
        GridKind::Footprint => {
            let on_change = props.on_action.reform(|e: Event| {
                let gen = selected(&e).and_then(|k| GenerationType::from_key(&k));
                Action::Trucks(TrucksAction::SetFootprintSource(
                    gen.unwrap_or(GenerationType::National),
                ))
            });
            html! {
                <div class="field">
                    <label for="trucks-grid-source">{t.grid_source}</label>
                    <select id="trucks-grid-source" onchange={on_change}>
                        { for FOOTPRINT_SOURCES.into_iter().map(|g| html! {
                            <option value={g.key()} selected={g == s.footprint_source}>
                                {g.name().get(lang)}
                            </option>
                        }) }
                    </select>
                </div>
            }
        }
    };
    let year = match s.grid_kind {
        GridKind::Emission => s.emission_year,
        GridKind::Footprint => s.footprint_year,
    };
    let on_year = props.on_action.reform(move |e: Event| {
        let y = selected(&e).and_then(|v| v.parse().ok()).unwrap_or(year);
        Action::Trucks(TrucksAction::SetGridYear(y))
    });

    // The factors the current choices read, in the order of the calculation.
    let ids = s.inputs(lib).map(|i: TruckInputs| i.factor_ids());
    let density = s.diesel_density.unwrap_or(f64::NAN);

    html! {
        <div class="panel trucks-inputs">
            <h3>{t.inputs_heading}</h3>
            <NumberField id="trucks-count" label={t.trucks_label} unit={t.trucks_unit}
                value={s.trucks} on_change={act(&props.on_action, TrucksAction::SetTrucks)}
                error={field_error(lang, &props.outcome, field::TRUCKS)}
                hint={AttrValue::from(t.trucks_hint)}
                changed={differs(s.trucks, preset.trucks)} lang={lang} />
            { radio_group("baseline", t.baseline_legend, [
                choice(Baseline::ChinaVI, Baseline::ChinaVI.key(), t.baseline_china6, s.baseline, TrucksAction::SetBaseline),
                choice(Baseline::ChinaV, Baseline::ChinaV.key(), t.baseline_china5, s.baseline, TrucksAction::SetBaseline),
            ], &props.on_action) }
            { radio_group("duty", t.duty_legend, [
                choice(Duty::LongHaul, Duty::LongHaul.key(), t.duty_longhaul, s.duty, TrucksAction::SetDuty),
                choice(Duty::Shuttle, Duty::Shuttle.key(), t.duty_shuttle, s.duty, TrucksAction::SetDuty),
            ], &props.on_action) }
            { radio_group("diesel", t.diesel_legend, [
                choice(DieselBasis::PerLitre, DieselBasis::PerLitre.key(), t.diesel_per_litre, s.diesel, TrucksAction::SetDiesel),
                choice(DieselBasis::PerKg, DieselBasis::PerKg.key(), t.diesel_per_kg, s.diesel, TrucksAction::SetDiesel),
            ], &props.on_action) }
            if s.diesel == DieselBasis::PerKg {
                <NumberField id="trucks-density" label={t.density_label} unit={t.density_unit}
                    value={density} on_change={act(&props.on_action, TrucksAction::SetDensity)}
                    error={field_error(lang, &props.outcome, field::DIESEL_DENSITY)}
                    hint={AttrValue::from(t.density_hint)} lang={lang} />
            }
            { radio_group("grid", t.grid_legend, [
                choice(GridKind::Emission, GridKind::Emission.key(), t.grid_emission, s.grid_kind, TrucksAction::SetGridKind),
                choice(GridKind::Footprint, GridKind::Footprint.key(), t.grid_footprint, s.grid_kind, TrucksAction::SetGridKind),
            ], &props.on_action) }
            if s.grid_kind == GridKind::Footprint {
                <p class="method-note">{t.grid_footprint_note}</p>
            }
            <div class="trucks-grid-pick">
                <div class="field">
                    <label for="trucks-grid-year">{t.grid_year}</label>
                    <select id="trucks-grid-year" onchange={on_year}>
                        { for s.grid_kind.years().iter().map(|&y| html! {
                            <option value={y.to_string()} selected={y == year}>{y}</option>
                        }) }
                    </select>
                </div>
                {grid_scope}
            </div>

            <h4>{t.factors_heading}</h4>
            <p class="method-note">{t.unverified_note}</p>
            { for ids.into_iter().flatten().map(factor_input) }
            if ids.is_none() {
                <p class="field-error">{t.grid_missing}</p>
            }
        </div>
    }
}
