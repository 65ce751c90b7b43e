//! The view of the factor library.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::Action;

/// Props of [`SourcesView`].
#[derive(Properties, PartialEq)]
pub struct SourcesViewProps {
    /// The page's language.
    pub lang: Lang,
    /// Sends an action to the page's reducer (e.g. open a calculator preset).
    pub on_action: Callback<Action>,
}

/// The view of the factor library.
#[component]
pub fn SourcesView(props: &SourcesViewProps) -> Html {
    let v = &catalog(props.lang).views;
    html! { <p class="notice">{v.in_preparation}</p> }
}
