//! The view of calculator 2 (total phosphorus).
//!
//! The container evaluates the core once per change of inputs or factors (`use_memo`) and
//! hands the results to its parts, which only show them and emit edits:
//! [`report`] (the report's sentence and what it implies per project), [`measures`] (the list),
//! [`loads`] (shared loads and the combination rule), [`settings`], [`results`] (numbers,
//! table, chart), [`how`] (formulas, each measure's arithmetic, factors).

mod common;
pub mod how;
pub mod loads;
pub mod measures;
pub mod report;
pub mod results;
pub mod settings;

use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::figures::preset;
use qingshan_core::phosphorus::evaluate;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::tornado::use_analysis;
use crate::state::{self, Action};

use how::HowPanel;
use loads::SharedLoads;
use measures::MeasureList;
use report::ReportPanel;
use results::ResultsPanel;
use settings::Settings;

/// Props of [`TpView`].
#[derive(Properties, PartialEq)]
pub struct TpViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The calculator's inputs.
    pub inputs: state::tp::TpState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The view of calculator 2 (total phosphorus).
#[component]
pub fn TpView(props: &TpViewProps) -> Html {
    let lang = props.lang;
    let s = &props.inputs.scenario;
    let results = use_memo((s.clone(), props.overrides.clone()), |(s, o)| {
        evaluate(s, Library::standard(), o)
    });
    let ok = results.as_ref().as_ref().ok();
    // One Monte Carlo run serves the results panel and each measure's card (issue 9: every
    // result has its 90 % range); off the input path in the browser (`use_analysis`).
    let mc = use_analysis((s.clone(), props.overrides.clone()), |(s, o)| {
        results::analyse_total(s, o)
    });
    let on_tp = props.on_action.reform(Action::Tp);
    let on_preset = props
        .on_action
        .reform(|()| Action::Preset(preset::TP_REPORT));
    html! {
        <div class="tp">
            <ReportPanel lang={lang} report={ok.map(|r| r.report.clone())} days={s.days}
                on_preset={on_preset} />
            <MeasureList lang={lang} measures={s.measures.clone()}
                outcomes={ok.map(|r| r.measures.clone()).unwrap_or_default()}
                total={ok.map(|r| r.total)} loads={s.shared_loads.clone()}
                mc={mc.clone()} overrides={props.overrides.clone()} on_tp={on_tp.clone()} />
            <SharedLoads lang={lang} loads={s.shared_loads.clone()}
                outcomes={ok.map(|r| r.shared_loads.clone()).unwrap_or_default()}
                measures={s.measures.clone()} overrides={props.overrides.clone()}
                on_tp={on_tp.clone()} />
            <Settings lang={lang} days={s.days} water={s.water} class={s.class}
                error={results.as_ref().as_ref().err().copied()}
                overrides={props.overrides.clone()} on_tp={on_tp} />
            <ResultsPanel lang={lang} scenario={s.clone()} results={(*results).clone()} mc={mc} />
            <HowPanel lang={lang} scenario={s.clone()} results={ok.cloned()}
                overrides={props.overrides.clone()} on_action={props.on_action.clone()} />
        </div>
    }
}
