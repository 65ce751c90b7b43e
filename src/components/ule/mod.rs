//! The view of calculator 1 (ultra-low-emission retrofits).

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::trucks::TrucksPanel;
use crate::i18n::catalog;
use crate::state::{self, Action};

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
    let v = &catalog(props.lang).views;
    html! {
        <>
            <p class="notice">{v.in_preparation}</p>
            // The heavy-trucks panel (its own module; keep this line).
            <TrucksPanel lang={props.lang} inputs={props.trucks.clone()}
                overrides={props.overrides.clone()} on_action={props.on_action.clone()} />
        </>
    }
}
