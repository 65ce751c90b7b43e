//! The body of each view.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::View;

/// Props of [`ViewBody`].
#[derive(Properties, PartialEq)]
pub struct ViewBodyProps {
    /// The current language.
    pub lang: Lang,
    /// The view to show.
    pub view: View,
}

/// Heading and introduction of `view` in `lang`.
pub fn heading(lang: Lang, view: View) -> (&'static str, &'static str) {
    let v = &catalog(lang).views;
    match view {
        View::Ule => (v.ule_title, v.ule_intro),
        View::Tp => (v.tp_title, v.tp_intro),
        View::Carbon => (v.carbon_title, v.carbon_intro),
        View::Figures => (v.figures_title, v.figures_intro),
        View::Sources => (v.sources_title, v.sources_intro),
    }
}

/// One view: its heading, introduction and content.
#[component]
pub fn ViewBody(props: &ViewBodyProps) -> Html {
    let (title, intro) = heading(props.lang, props.view);
    let v = &catalog(props.lang).views;
    html! {
        <section class={classes!("view", format!("view-{}", props.view.key()))}
            aria-labelledby="view-title">
            <h1 id="view-title">{title}</h1>
            <p class="intro">{intro}</p>
            <p class="notice">{v.in_preparation}</p>
        </section>
    }
}
