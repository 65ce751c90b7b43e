//! The body of each view: heading, introduction and the view's own component.

use std::rc::Rc;

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::app::next_frame;
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
///
/// After a switch to another view, the content comes one frame after the heading
/// ([`crate::app::next_frame`]): the frame of the click paints the new heading at once, and the
/// content's render (tens of milliseconds, several times that on a phone) is a task of its own
/// instead of delaying that paint (interaction to next paint; docs/performance.md, "View
/// switches"). The first render, and native renders, have the content at once.
///
/// Until then the previous view's content stays in the page, hidden: removing it (the sources'
/// 466 rows, say) is part of the content's task too, not of the click's.
#[component]
pub fn ViewBody(props: &ViewBodyProps) -> Html {
    let s = &props.state;
    let lang = s.lang;
    let (title, intro) = heading(lang, s.view);
    let content_of = use_state_eq(|| s.view);
    {
        let content_of = content_of.clone();
        // Keyed on both: a switch back before the frame (A → B → A) lets the late `set(B)`
        // land, and this then catches up to A.
        use_effect_with((s.view, *content_of), move |&(view, shown)| {
            if shown != view {
                next_frame(move || content_of.set(view));
            }
        });
    }
    // A view other than the first needs the rest of the language's strings (src/i18n/pack.rs):
    // a page opened without a link fetches them when it is idle, with the split-out wasm. A
    // switch before they are in shows one line until they come (and asks for them again if
    // that fetch failed).
    let waits = *content_of != View::Ule && !crate::i18n::is_loaded(lang);
    crate::app::use_packs(if waits { vec![lang] } else { Vec::new() });
    let on_action = props.on_action.clone();
    let overrides = s.overrides.clone();
    let body = match *content_of {
        _ if waits => html! {
            <p class="after-split" role="status">{catalog(lang).common.loading_more}</p>
        },
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
            <div class="view-content" hidden={*content_of != s.view}>{body}</div>
        </section>
    }
}
