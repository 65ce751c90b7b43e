//! The view of calculator 1 (ultra-low-emission retrofits).

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::{self, Action};

/// Props of [`UleView`].
#[derive(Properties, PartialEq)]
pub struct UleViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The calculator's inputs.
    pub inputs: state::ule::UleState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The view of calculator 1 (ultra-low-emission retrofits).
#[component]
pub fn UleView(props: &UleViewProps) -> Html {
    let v = &catalog(props.lang).views;
    html! { <p class="notice">{v.in_preparation}</p> }
}
