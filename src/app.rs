//! The root component: owns the reducer, turns actions into callbacks, lays out the page.

use std::rc::Rc;

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::compare::ComparePanel;
use crate::components::export::ExportPanel;
use crate::components::header::Header;
use crate::components::nav::MainNav;
use crate::components::notices::{LinkNotices, OlderSetNotice};
use crate::components::share::SharePanel;
use crate::components::update::update_banner;
use crate::components::views::ViewBody;
use crate::i18n::catalog;
use crate::link;
use crate::platform;
use crate::pwa;
use crate::state::{Action, AppState, View};

/// Props of [`App`]: the state to start from (the browser entry point reads it from the page).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The reader's language (saved choice or browser preference); a link may name another.
    #[prop_or_default]
    pub lang: Lang,
    /// The URL fragment the page was opened with (the scenario link), without `#`.
    #[prop_or_default]
    pub fragment: AttrValue,
}

/// In the browser, the panels below the view (comparison, share with its QR code, export) and
/// the footer are rendered one task after the first render, so the first paint of the view is
/// not held up by them and the work is not one long task (docs/performance.md, "Less
/// blocking"). Native renders (tests, tests/boot_html.rs) render everything at once.
const DEFER_PANELS: bool = cfg!(target_arch = "wasm32");

/// Runs `f` in a task after the next two frames have been painted (two `requestAnimationFrame`s,
/// then `setTimeout(f, 0)`), or now where there is no window. Browsers do not run animation
/// frames in a hidden tab: there `f` waits until the tab is shown.
pub fn after_paint(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let second = wasm_bindgen::closure::Closure::once_into_js(move || {
                if let Some(w) = web_sys::window() {
                    let third =
                        wasm_bindgen::closure::Closure::once_into_js(move || in_next_task(f));
                    let _ = w.request_animation_frame(third.unchecked_ref());
                }
            });
            let _ = w.request_animation_frame(second.unchecked_ref());
            return;
        }
    }
    f();
}

/// Runs `f` in a later task (`setTimeout(f, 0)`), or now where there is no window.
pub fn in_next_task(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let cb = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
            return;
        }
    }
    f();
}

/// The whole page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.lang;
    let fragment = props.fragment.clone();
    let state = use_reducer_eq(move || {
        if fragment.is_empty() {
            AppState {
                lang,
                ..AppState::default()
            }
        } else {
            let (state, notices) = link::state_from_link(&fragment, lang);
            AppState {
                link_notices: notices,
                ..state
            }
        }
    });

    // The panels below the view wait for the second render (see [`DEFER_PANELS`]).
    // Their state lives in the reducer, so a link's variants and scenario are all there when
    // they appear.
    let panels = use_state_eq(|| !DEFER_PANELS);
    {
        let panels = panels.clone();
        use_effect_with((), move |()| {
            if !*panels {
                in_next_task(move || panels.set(true));
            }
        });
    }

    let fragment = link::link_of(&state);
    {
        // Every change is written back to the link (history.replaceState: no history flood).
        use_effect_with(fragment.clone(), |f| platform::replace_fragment(f));
    }
    {
        // A link pasted into the address bar of an open page replaces the scenario.
        let state = state.clone();
        use_effect_with((), move |()| {
            let guard = platform::watch_fragment(Callback::from(move |f: String| {
                state.dispatch(Action::OpenLink(f));
            }));
            move || drop(guard)
        });
    }

    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| platform::apply_lang(*lang));
    }

    // Offline use and updates (src/pwa.rs): registered once, after the first render.
    let pwa_status = use_state_eq(pwa::Status::default);
    {
        let pwa_status = pwa_status.clone();
        use_effect_with((), move |()| {
            pwa::register(Callback::from(move |s| pwa_status.set(s)));
        });
    }
    let on_update = Callback::from(|()| pwa::apply_update());
    let on_dismiss = {
        let pwa_status = pwa_status.clone();
        Callback::from(move |()| pwa_status.set(pwa::Status::Idle))
    };

    let on_lang = {
        let state = state.clone();
        Callback::from(move |l: Lang| state.dispatch(Action::SetLang(l)))
    };
    let on_show = {
        let state = state.clone();
        Callback::from(move |v: View| state.dispatch(Action::Show(v)))
    };
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };

    // Focus is never lost (issue 10): after a render that removed or disabled the focused
    // control (a preset that switches view, a removed variant, a dismissed notice), focus moves to
    // the new view's heading, or else to <main>. Only once the reader has been in the page, so a
    // fresh load still starts at the top (skip link first).
    let had_focus = use_mut_ref(|| false);
    {
        let had_focus = had_focus.clone();
        let view = state.view;
        let last_view = use_mut_ref(|| view);
        use_effect(move || {
            let view_changed = std::mem::replace(&mut *last_view.borrow_mut(), view) != view;
            if *had_focus.borrow() {
                platform::rescue_focus(view_changed);
            }
        });
    }
    let on_focusin = Callback::from(move |_: FocusEvent| *had_focus.borrow_mut() = true);

    // The skip link moves focus to <main> itself: following `#main` would replace the URL
    // fragment, which holds the scenario (a `hashchange` would open "main" as a link).
    let on_skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        platform::focus_id("main", false);
    });

    let shared = Rc::new((*state).clone());
    let c = &catalog(state.lang).common;
    html! {
        <div class="app" lang={state.lang.tag()} onfocusin={on_focusin}>
            <a class="skip-link" href="#main" onclick={on_skip}>{c.skip_to_content}</a>
            <Header lang={state.lang} on_lang={on_lang} />
            <MainNav lang={state.lang} current={state.view} on_show={on_show} />
            <main id="main" tabindex="-1">
                {update_banner(state.lang, *pwa_status, &on_update, &on_dismiss)}
                <LinkNotices notices={state.link_notices.clone()} lang={state.lang}
                    on_dismiss={on_action.reform(|()| Action::DismissNotices)} />
                <OlderSetNotice older={state.older_set.clone()} lang={state.lang}
                    can_compare={state.compare.len() < qingshan_core::scenario::MAX_VARIANTS}
                    on_action={on_action.clone()} />
                <ViewBody state={shared.clone()} on_action={on_action.clone()} />
                if *panels {
                    <ComparePanel state={shared.clone()} on_action={on_action.clone()} />
                    <SharePanel fragment={fragment.clone()} lang={state.lang} />
                    <ExportPanel state={shared} fragment={fragment}
                        on_import={on_action.reform(Action::OpenLink)} />
                }
            </main>
            if *panels {
                <footer class="site-footer">
                    <p>{c.privacy}</p>
                    <p>{c.data_origin}</p>
                </footer>
            }
        </div>
    }
}
