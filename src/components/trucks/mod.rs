//! The heavy-trucks panel of calculator 1.

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::state::{self, Action};

/// Props of [`TrucksPanel`].
#[derive(Properties, PartialEq)]
pub struct TrucksPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The panel's inputs.
    pub inputs: state::trucks::TrucksState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The heavy-trucks panel.
#[component]
pub fn TrucksPanel(props: &TrucksPanelProps) -> Html {
    let _ = props;
    html! {}
}
