//! The view of calculator 3 (carbon footprint).
//!
//! The container ([`CarbonView`]) evaluates the scenario with the core (`evaluate` and
//! `validate`, memoised on the inputs and the changed factors) and hands values and callbacks to
//! its panels: presets ([`presets`]), the electricity factor ([`basis`]), the lines ([`lines`]),
//! functional unit, boundary, GWP and price ([`settings`]), the line factors ([`factors`]), the
//! results ([`results`], with the Monte Carlo ranges and tornado of issue 9: the analysis of
//! `qingshan_core::carbon::headline` runs here) and "how this is computed" ([`explain`]). The
//! panels never compute.

pub mod basis;
pub mod choice;
pub mod explain;
pub mod factors;
pub mod lines;
pub mod names;
pub mod presets;
pub mod results;
pub mod settings;

use qingshan_core::carbon::{evaluate, validate, CarbonError};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::factor::FactorInput;
use crate::components::tornado::{analyse_timed, use_analysis};
use crate::state::{self, Action};

/// The callbacks a factor field needs.
#[derive(Clone, PartialEq)]
pub struct FactorCallbacks {
    /// Sets a factor to the user's value.
    pub on_set: Callback<(&'static str, f64)>,
    /// Goes back to the library's value.
    pub on_reset: Callback<&'static str>,
}

/// A factor as an editable field (the user's value if they changed it, else the library's).
pub fn factor_input(
    id: &'static str,
    lang: Lang,
    overrides: &Overrides,
    cb: &FactorCallbacks,
) -> Html {
    let value = overrides
        .get(id)
        .or_else(|| Library::standard().get(id).map(|f| f.value))
        .unwrap_or_default();
    html! {
        <FactorInput key={id} id={id} value={value} overridden={overrides.is_overridden(id)}
            on_set={cb.on_set.clone()} on_reset={cb.on_reset.clone()} lang={lang} />
    }
}

/// Props of [`CarbonView`].
#[derive(Properties, PartialEq)]
pub struct CarbonViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The calculator's inputs.
    pub inputs: state::carbon::CarbonState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The view of calculator 3 (carbon footprint).
#[component]
pub fn CarbonView(props: &CarbonViewProps) -> Html {
    let lang = props.lang;
    let inputs = &props.inputs.inputs;
    let result = use_memo(
        (inputs.clone(), props.overrides.clone()),
        |(inputs, overrides)| evaluate(inputs, Library::standard(), overrides),
    );
    // Monte Carlo (issue 9) of every result (`results::mc_outputs`: the headline first, then
    // per functional unit, cost, by source, by gas, by line).
    // Off the input path in the browser (`use_analysis`): the central values render first.
    let mc = use_analysis(
        (inputs.clone(), props.overrides.clone()),
        |(inputs, overrides)| analyse_timed(overrides, &|f| results::mc_outputs(inputs, f)),
    );
    let errors = use_memo((inputs.clone(), result.clone()), |(inputs, result)| {
        let mut errors = validate(inputs);
        if let Err(e) = result.as_ref() {
            if !errors.contains(e) {
                errors.push(*e);
            }
        }
        errors
    });
    let on_carbon = props.on_action.reform(Action::Carbon);
    let factors = FactorCallbacks {
        on_set: props.on_action.reform(|(id, x)| Action::SetFactor(id, x)),
        on_reset: props.on_action.reform(Action::ResetFactor),
    };
    let on_preset = props.on_action.reform(Action::Preset);
    let on_basis = on_carbon.reform(state::carbon::CarbonAction::SetBasis);
    let ok = result.as_ref().as_ref().ok();
    let outcomes: Vec<_> = ok
        .map(|r| r.lines.iter().map(|l| l.central.clone()).collect())
        .unwrap_or_default();
    let electricity_ids = inputs.electricity.factor_ids().ok();
    let line_factor_ids: Vec<&'static str> = ok
        .map(|r| {
            r.factors_used
                .iter()
                .copied()
                .filter(|id| {
                    *id != inputs.price.factor_id()
                        && electricity_ids.is_none_or(|e| *id != e.main && Some(*id) != e.td)
                })
                .collect()
        })
        .unwrap_or_default();
    let quoted = |figure: &str| {
        props
            .inputs
            .preset
            .and_then(qingshan_core::carbon::presets::get)
            .is_some_and(|p| p.figures.contains(&figure))
    };
    let scenario_errors: Vec<CarbonError> = errors
        .iter()
        .filter(|e| e.line().is_none())
        .copied()
        .collect();
    html! {
        <div class="carbon">
            <presets::PresetPanel lang={lang} current={props.inputs.preset} on_preset={on_preset} />
            <div class="carbon-layout">
                <div class="carbon-inputs">
                    <basis::BasisPanel lang={lang} basis={inputs.electricity}
                        overrides={props.overrides.clone()} on_basis={on_basis} factors={factors.clone()}
                        quoted={quoted("carbon.electricity_cf_factors")} />
                    <lines::LinesPanel lang={lang} lines={inputs.lines.clone()} errors={(*errors).clone()}
                        outcomes={outcomes} overrides={props.overrides.clone()} on_action={on_carbon.clone()} />
                    <settings::SettingsPanel lang={lang} functional_unit={inputs.functional_unit}
                        boundary={inputs.boundary} gwp={inputs.gwp} price={inputs.price}
                        errors={scenario_errors} overrides={props.overrides.clone()}
                        on_action={on_carbon} factors={factors.clone()}
                        quoted={quoted("carbon.ets_expansion")} />
                    <factors::FactorsPanel lang={lang} ids={line_factor_ids}
                        overrides={props.overrides.clone()} factors={factors} />
                </div>
                <div class="carbon-outputs">
                    <results::ResultsPanel lang={lang} result={(*result).clone()} lines={inputs.lines.clone()} mc={mc} />
                </div>
            </div>
            <explain::HowPanel lang={lang} result={ok.cloned()} lines={inputs.lines.clone()} />
        </div>
    }
}
