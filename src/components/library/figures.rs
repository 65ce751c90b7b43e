//! The view of the report figures.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::Action;

/// Props of [`FiguresView`].
#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    /// The page's language.
    pub lang: Lang,
    /// Sends an action to the page's reducer (e.g. open a calculator preset).
    pub on_action: Callback<Action>,
}

/// The view of the report figures.
#[component]
pub fn FiguresView(props: &FiguresViewProps) -> Html {
    let v = &catalog(props.lang).views;
    html! { <p class="notice">{v.in_preparation}</p> }
}
