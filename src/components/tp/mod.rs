//! The view of calculator 2 (total phosphorus).

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::{self, Action};

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
    let v = &catalog(props.lang).views;
    html! { <p class="notice">{v.in_preparation}</p> }
}
