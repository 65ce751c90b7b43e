//! The body of each view: heading, introduction and the view's own component.

use std::rc::Rc;

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::carbon::CarbonView;
use crate::components::library::figures::FiguresView;
use crate::components::library::sources::SourcesView;
use crate::components::tp::TpView;
use crate::components::ule::UleView;
use crate::i18n::catalog;
use crate::state::{Action, AppState, View};

/// Props of [`ViewBody`].
#[derive(Properties, PartialEq)]
pub struct ViewBodyProps {
    /// The page state.
    pub state: Rc<AppState>,
    /// Sends an action to the page's reducer.
    pub on_action: Callback<Action>,
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
    let s = &props.state;
    let lang = s.lang;
    let (title, intro) = heading(lang, s.view);
    let on_action = props.on_action.clone();
    let overrides = s.overrides.clone();
    let body = match s.view {
        View::Ule => html! {
            <UleView lang={lang} inputs={s.ule.clone()} trucks={s.trucks.clone()} overrides={overrides} on_action={on_action} />
        },
        View::Tp => html! {
            <TpView lang={lang} inputs={s.tp.clone()} overrides={overrides} on_action={on_action} />
        },
        View::Carbon => html! {
            <CarbonView lang={lang} inputs={s.carbon.clone()} overrides={overrides} on_action={on_action} />
        },
        View::Figures => html! { <FiguresView lang={lang} on_action={on_action} /> },
        View::Sources => html! { <SourcesView lang={lang} on_action={on_action} /> },
    };
    html! {
        <section class={classes!("view", format!("view-{}", s.view.key()))}
            aria-labelledby="view-title">
            <h1 id="view-title" tabindex="-1">{title}</h1>
            <p class="intro">{intro}</p>
            {body}
        </section>
    }
}
