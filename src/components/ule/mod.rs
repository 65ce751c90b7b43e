//! The view of calculator 1 (ultra-low-emission retrofits).
//!
//! The container computes (use_memo on inputs + overrides: the core's `calculate_ranged`) and
//! hands plain values to its parts, which only show them and emit edits (the compliance panel
//! runs its own check: it waits for the split-out wasm, src/app.rs AfterSplit):
//! * [`inputs`]: the sector on screen: capacity, utilisation, method, and the method's inputs
//!   ([`points`] for the concentration method, [`intensity`] for the intensity method);
//! * [`results`]: avoided emissions by sector and pollutant (numbers, chart, table), intensities,
//!   shares of the national baseline, steel costs; the Monte Carlo 90 % range of each total and
//!   a tornado of one pollutant's total (issue 9; the analysis runs here, in a `use_memo` on
//!   inputs + overrides, over `qingshan_core::ule::totals`);
//! * [`compliance`]: a measured concentration against its ULE limit, with the O₂ correction;
//! * [`explain`]: "how this is computed": formulas, inputs, factors and sources.

mod common;
mod compliance;
mod explain;
mod field;
mod inputs;
mod intensity;
mod points;
mod results;

pub use results::{block, mc_outputs, sector_block};

use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::figures::{self, REPORT};
use qingshan_core::text::Lang;
use qingshan_core::ule::{calculate_ranged, PointKind, Sector};
use yew::prelude::*;

use crate::app::{AfterSplit, Stage, Staged};
use crate::components::tornado::use_analysis_in_steps;
use crate::components::trucks::TrucksPanel;
use crate::i18n::catalog;
use crate::state::ule::UleAction;
use crate::state::{self, Action};
use common::FactorCtx;

/// Props of [`UleView`].
#[derive(Properties, PartialEq)]
pub struct UleViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The calculator's inputs.
    pub inputs: state::ule::UleState,
    /// The heavy-trucks panel's inputs.
    pub trucks: state::trucks::TrucksState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The view of calculator 1 (ultra-low-emission retrofits).
#[component]
pub fn UleView(props: &UleViewProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let state = &props.inputs;
    let results = use_memo(
        (state.inputs.clone(), props.overrides.clone()),
        |(inputs, overrides)| calculate_ranged(inputs, Library::standard(), overrides),
    );
    // Monte Carlo (issue 9): every result of the sectors that compute centrally
    // (`results::mc_outputs`: the three avoided totals first, then each sector's block).
    let include = Sector::ALL.map(|s| results.sector(s).is_ok());
    // Keyed on the sectors' inputs only: the compliance check and the cost settings do not
    // enter the totals.
    // Off the input path in the browser (`use_analysis`): the central values render first.
    // In short steps (`use_analysis_in_steps`): with every result it is ~90 ms on a desktop.
    let mc = use_analysis_in_steps(
        props.overrides.clone(),
        (state.inputs.sectors.clone(), include),
        |(sectors, include), f| results::mc_outputs(sectors, f, *include),
    );
    let on_ule = props.on_action.reform(Action::Ule);
    let factors = FactorCtx {
        overrides: props.overrides.clone(),
        on_set: props.on_action.reform(|(id, x)| Action::SetFactor(id, x)),
        on_reset: props.on_action.reform(Action::ResetFactor),
    };
    let focus = state.focus.0;
    let sentence = figures::get(Sector::Steel.capacity_figure()).map(|f| f.sentence.get(lang));
    html! {
        <div class="ule">
            if let Some(s) = sentence {
                <blockquote class="quote">
                    <p>{s}</p>
                    <cite>{c.quote_from}{REPORT.citation(lang)}</cite>
                </blockquote>
            }
            <div class="ule-sectors" role="group" aria-label={c.sector_switch}>
                { for Sector::ALL.into_iter().map(|s| {
                    let on_ule = on_ule.clone();
                    let pressed = if s == focus { "true" } else { "false" };
                    html! {
                        <button type="button" id={format!("ule-sector-{}", s.key())}
                            aria-pressed={pressed}
                            onclick={Callback::from(move |_| on_ule.emit(UleAction::Focus(s)))}>
                            {s.name().get(lang)}
                        </button>
                    }
                }) }
            </div>
            // The boot in stages (`crate::app::Stage`): the parts below the first screen of a
            // phone appear one per frame, top to bottom.
            <Staged at={Stage::ULE_INPUTS}>
                <div class="grid-2">
                    <inputs::SectorPanel lang={lang} inputs={state.inputs.sector(focus).clone()}
                        error={results.sector(focus).as_ref().err().copied()}
                        factors={factors.clone()} on_ule={on_ule.clone()} />
                    <Staged at={Stage::ULE_RESULTS}>
                        <results::Results lang={lang} results={results.clone()} mc={mc.clone()} inputs={state.inputs.clone()}
                            coke_volume_changed={props.overrides.is_overridden(PointKind::CokeOven.fluegas_factor())}
                            on_ule={on_ule.clone()} />
                    </Staged>
                </div>
            </Staged>
            // Below the first screen: they wait for the split-out wasm (src/app.rs AfterSplit).
            <AfterSplit>
            <Staged at={Stage::ULE_COMPLIANCE}>
                <compliance::Compliance lang={lang} inputs={state.inputs.check} overrides={props.overrides.clone()}
                    on_ule={on_ule.clone()} />
            </Staged>
            <Staged at={Stage::ULE_EXPLAIN}>
                <explain::Explain lang={lang} inputs={state.inputs.clone()} overrides={props.overrides.clone()} />
            </Staged>
            // The heavy-trucks panel (its own module; keep this line).
            <Staged at={Stage::TRUCKS}>
                <TrucksPanel lang={props.lang} inputs={props.trucks.clone()}
                    overrides={props.overrides.clone()} on_action={props.on_action.clone()} />
            </Staged>
            </AfterSplit>
        </div>
    }
}
