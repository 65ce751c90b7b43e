//! The view of calculator 3 (carbon footprint).

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::{self, Action};

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
    let v = &catalog(props.lang).views;
    html! { <p class="notice">{v.in_preparation}</p> }
}
