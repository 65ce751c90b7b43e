//! The root component: owns the reducer, turns actions into callbacks, lays out the page.

use std::rc::Rc;

use qingshan_core::text::Lang;
use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::components::compare::ComparePanel;
use crate::components::export::ExportPanel;
use crate::components::header::Header;
use crate::components::nav::MainNav;
use crate::components::notices::{LinkNotices, OlderSetNotice};
use crate::components::share::SharePanel;
use crate::components::update::update_banner;
use crate::components::views::ViewBody;
use crate::i18n::{self, catalog};
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

/// The boot in stages (docs/performance.md, "Boot in stages").
///
/// In the browser the first render shows only what is on the first screen of a phone (header,
/// navigation, the view's heading, introduction and quoted sentence, the ULE view's sector
/// buttons); every later part of the page appears one stage later, one stage per frame, top to
/// bottom: each stage's render is one small task (`requestAnimationFrame`, then `setTimeout 0`:
/// [`next_frame`]) and its style and layout land in the frame after it, instead of one long
/// render and one long layout. A stage only ever appends below what is already rendered, so
/// nothing on screen moves (tests/e2e/boot.test.mjs measures the layout shift). The footer is
/// the last stage: tests/e2e/harness.mjs `waitForApp` waits for it.
///
/// The stage is a context ([`use_stage`]) the staged components read; it advances once, at the
/// boot: after the last stage every render (typing, switching views, opening a link) shows
/// everything at once. A link's state is all in the reducer, so every panel appears with it.
/// Native renders (tests, tests/boot_html.rs, server rendering) start at [`Stage::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stage(pub u8);

impl Stage {
    /// The first render: the first screen of a phone.
    pub const FIRST: Stage = Stage(0);
    /// ULE: the sector's inputs (capacity, utilisation, method).
    pub const ULE_INPUTS: Stage = Stage(1);
    /// ULE: the method's inputs (emission points or intensities).
    pub const ULE_POINTS: Stage = Stage(2);
    /// ULE: the results' headline (totals and their ranges, notes).
    pub const ULE_RESULTS: Stage = Stage(3);
    /// ULE: the results' chart and table.
    pub const ULE_TABLE: Stage = Stage(4);
    /// ULE: the tornado and the steel costs.
    pub const ULE_TORNADO: Stage = Stage(5);
    /// ULE: the compliance check.
    pub const ULE_COMPLIANCE: Stage = Stage(6);
    /// ULE: "how this is computed", its formulas.
    pub const ULE_EXPLAIN: Stage = Stage(7);
    /// ULE: "how this is computed", each sector's inputs and factors: three stages from
    /// this one, one per sector in `Sector::ALL` order (the method note with the last).
    pub const ULE_EXPLAIN_SECTORS: Stage = Stage(8);
    /// Heavy trucks: heading, quote, presets and inputs.
    pub const TRUCKS: Stage = Stage(11);
    /// Heavy trucks: results.
    pub const TRUCKS_RESULTS: Stage = Stage(12);
    /// Heavy trucks: method.
    pub const TRUCKS_METHOD: Stage = Stage(13);
    /// The comparison panel.
    pub const COMPARE: Stage = Stage(14);
    /// The share panel (with its QR code).
    pub const SHARE: Stage = Stage(15);
    /// The export panel.
    pub const EXPORT: Stage = Stage(16);
    /// The footer: the last stage.
    pub const FOOTER: Stage = Stage(17);
    /// Everything rendered.
    pub const ALL: Stage = Stage::FOOTER;
}

/// True where the boot is staged (the browser); see [`Stage`].
const STAGED: bool = cfg!(target_arch = "wasm32");

/// The boot stage the page has reached ([`Stage`]); [`Stage::ALL`] outside the app (a
/// component rendered alone in a test).
#[hook]
pub fn use_stage() -> Stage {
    use_context::<Stage>().unwrap_or(Stage::ALL)
}

/// Holds the boot's [`Stage`] and hands it to its children as a context; advances it one step
/// per frame ([`next_frame`]) until [`Stage::ALL`]. Only the context's readers re-render when it
/// advances (the [`Staged`] wrappers), not the page around them.
#[component]
pub fn StageProvider(props: &ChildrenProps) -> Html {
    let stage = use_state_eq(|| if STAGED { Stage::FIRST } else { Stage::ALL });
    {
        let handle = stage.clone();
        use_effect_with(*stage, move |s| {
            if *s < Stage::ALL {
                let next = Stage(s.0 + 1);
                next_frame(move || handle.set(next));
            }
        });
    }
    html! {
        <ContextProvider<Stage> context={*stage}>{props.children.clone()}</ContextProvider<Stage>>
    }
}

/// Props of [`Staged`].
#[derive(Properties, PartialEq)]
pub struct StagedProps {
    /// The stage from which the children are shown.
    pub at: Stage,
    /// What to show.
    #[prop_or_default]
    pub children: Html,
}

/// Its children once the boot has reached stage `at` ([`Stage`]), nothing before; no element
/// of its own. When the stage advances only this wrapper re-renders: its children are the
/// same as the parent last rendered, so they render once, when they appear.
#[component]
pub fn Staged(props: &StagedProps) -> Html {
    if use_stage() >= props.at {
        props.children.clone()
    } else {
        Html::default()
    }
}

/// Its children once the release build's split-out wasm is installed, its `fallback` before (by
/// default nothing); no element of its own. What sits below the first screen of the first view
/// waits for it: ULE's steel costs (src/components/ule/results.rs), compliance check, "how this
/// is computed" and the heavy-trucks panel (src/components/ule/mod.rs), and the comparison,
/// share and export panels. Their code (the QR encoder among it) is then left out of the wasm
/// the first view needs (docs/size.md, "What waits for the split module"; the Monte Carlo
/// analyses wait through [`use_split_ready`] too). Without a link the page fetches that part
/// when it is idle after the start, so they appear a moment after the footer; a page opened by
/// a link or served by the offline worker has it before the app starts, so they are there at
/// once, as in a build without the split (debug, native tests). The build's profile of the boot runs with the split-out part pending
/// (scripts/split.mjs), so it does not count them as part of the boot.
#[component]
pub fn AfterSplit(props: &AfterSplitProps) -> Html {
    if use_split_ready() {
        props.children.clone()
    } else {
        props.fallback.clone()
    }
}

/// Props of [`AfterSplit`].
#[derive(Properties, PartialEq)]
pub struct AfterSplitProps {
    /// What waits for the split-out wasm.
    pub children: Html,
    /// Shown until it is in (nothing by default). When it cannot be loaded the loader marks the
    /// root element (`data-split-failed`), and the stylesheet hides the fallback: no render of
    /// the app is needed, whose code could itself be in the split module.
    #[prop_or_default]
    pub fallback: Html,
}

/// True once the release build's split-out wasm is installed (at once when nothing is pending:
/// a debug build, a native render, a page opened by a link); the component re-renders when it
/// arrives. [`AfterSplit`] and the Monte Carlo analyses (`components::tornado`) wait for it.
#[hook]
pub fn use_split_ready() -> bool {
    let ready = use_state_eq(|| !platform::split_pending());
    {
        let ready = ready.clone();
        use_effect_with((), move |()| {
            let guard = if *ready {
                None
            } else {
                platform::when_split_ready(Callback::from(move |()| ready.set(true)))
            };
            move || drop(guard)
        });
    }
    *ready
}

/// Asks for the language packs `langs` that are not loaded yet (src/i18n; from the offline cache
/// after the first visit) and re-renders the component as each arrives (or fails): for a view
/// that shows text in a language other than the page's (the sources view searches names in all
/// three, the figures view in English quotes the Simplified sentences). The caller reads what
/// is loaded at render ([`i18n::is_loaded`], `qingshan_core::text::generation`).
#[hook]
pub fn use_packs(langs: Vec<Lang>) {
    let rerender = use_force_update();
    use_effect_with(langs, move |langs| {
        for lang in langs.iter().copied().filter(|l| !i18n::is_loaded(*l)) {
            let rerender = rerender.clone();
            platform::load_lang(lang, move |_| rerender.force_update());
        }
    });
}

/// `on`, except that in the browser a change from false to true reaches the page one frame
/// later ([`next_frame`]): for a part that appears when data arrives (a view's tornado when its
/// Monte Carlo analysis lands), so that its render is a task apart from the render of the rest
/// of the data. True at once if `on` is true at the first render.
#[hook]
pub fn use_next_frame(on: bool) -> bool {
    let shown = use_state_eq(|| on);
    {
        let shown = shown.clone();
        use_effect_with(on, move |on| {
            if *on {
                next_frame(move || shown.set(true));
            } else {
                shown.set(false);
            }
        });
    }
    on && *shown
}

/// How many of `total` items to render: in the browser `step` at the first render, then `step`
/// more each frame ([`next_frame`]) until all, so that a long list's first render is several
/// short tasks (docs/performance.md, "Boot in stages"); all at once natively. For a list that
/// grows at its end inside its own scrolling region (nothing below it moves).
#[hook]
pub fn use_count_in_steps(total: usize, step: usize) -> usize {
    let count = use_state_eq(|| if STAGED { step.min(total) } else { total });
    {
        let handle = count.clone();
        use_effect_with((*count, total), move |&(n, total)| {
            if n < total {
                next_frame(move || handle.set(n.saturating_add(step).min(total)));
            }
        });
    }
    (*count).min(total)
}

/// Runs `f` at the next animation frame (`requestAnimationFrame`), or now where there is no
/// window. Browsers do not run animation frames in a hidden tab: there `f` waits until the tab
/// is shown.
fn at_next_frame(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let cb = wasm_bindgen::closure::Closure::once_into_js(f);
            let _ = w.request_animation_frame(cb.unchecked_ref());
            return;
        }
    }
    f();
}

/// Runs `f` in a task after the next frame (`requestAnimationFrame`, then `setTimeout(f, 0)`),
/// or now where there is no window: the frame in between lays out and paints what the task
/// before rendered. As [`after_paint`], it waits while the tab is hidden.
pub fn next_frame(f: impl FnOnce() + 'static) {
    at_next_frame(move || in_next_task(f));
}

/// Runs `f` in a task after the next two frames have been painted (two `requestAnimationFrame`s,
/// then `setTimeout(f, 0)`), or now where there is no window. Browsers do not run animation
/// frames in a hidden tab: there `f` waits until the tab is shown.
pub fn after_paint(f: impl FnOnce() + 'static) {
    at_next_frame(move || next_frame(f));
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

    // The language the page is shown in: the one asked for (`state.lang`: the switcher, a link)
    // once its strings are loaded (src/i18n: the browser fetches one language at a time), until
    // then the one shown before. Everything below renders in `lang`; the switcher shows the
    // language asked for.
    let wanted = state.lang;
    let shown = use_mut_ref(|| i18n::loaded_or_any(wanted));
    if i18n::is_usable(wanted) {
        *shown.borrow_mut() = wanted;
    }
    let lang = *shown.borrow();
    let lang_failed = use_state_eq(|| None::<Lang>);
    {
        let rerender = use_force_update();
        let state = state.clone();
        let lang_failed = lang_failed.clone();
        use_effect_with(wanted, move |&wanted| {
            if wanted != lang {
                platform::load_lang(wanted, move |loaded| {
                    if loaded {
                        lang_failed.set(None);
                        rerender.force_update();
                    } else {
                        // Offline before this language was ever saved, or a server error: stay
                        // in the language shown, and say so.
                        lang_failed.set(Some(wanted));
                        state.dispatch(Action::SetLang(lang));
                    }
                });
            }
        });
    }
    {
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

    let shared = Rc::new(AppState {
        lang,
        ..(*state).clone()
    });
    let c = &catalog(lang).common;
    let lang_notice = lang_failed.map(|l| {
        let text = c.lang_unavailable.replace("{lang}", i18n::endonym(l));
        let lang_failed = lang_failed.clone();
        let on_close = Callback::from(move |_: MouseEvent| lang_failed.set(None));
        html! {
            <div class="notice" id="lang-unavailable" role="alert">
                <p>{text}</p>
                <button type="button" onclick={on_close}>{catalog(lang).pwa.dismiss}</button>
            </div>
        }
    });
    // While the language picked is loading (its pack is fetched the first time; from the
    // offline cache after the first visit), one line says so. The stylesheet shows it only after
    // a moment, so a switch served from the cache does not flash it.
    let lang_loading = (wanted != lang && lang_failed.is_none()).then(|| {
        html! {
            <p class="lang-loading" role="status">
                {c.lang_loading.replace("{lang}", i18n::endonym(wanted))}
            </p>
        }
    });
    html! {
        <StageProvider>
        <div class="app" lang={lang.tag()} onfocusin={on_focusin}>
            <a class="skip-link" href="#main" onclick={on_skip}>{c.skip_to_content}</a>
            <Header {lang} chosen={state.lang} on_lang={on_lang} />
            <MainNav {lang} current={state.view} on_show={on_show} />
            <main id="main" tabindex="-1">
                {update_banner(lang, *pwa_status, &on_update, &on_dismiss)}
                {lang_loading}
                {lang_notice}
                <LinkNotices notices={state.link_notices.clone()} {lang}
                    on_dismiss={on_action.reform(|()| Action::DismissNotices)} />
                <OlderSetNotice older={state.older_set.clone()} {lang}
                    can_compare={state.compare.len() < qingshan_core::scenario::MAX_VARIANTS}
                    on_action={on_action.clone()} />
                <ViewBody state={shared.clone()} on_action={on_action.clone()} />
                // Until the split-out wasm is in, one line says more is coming: a reader who
                // scrolls down early would otherwise meet the footer under the first results.
                // In its stage, below everything above it, so that no stage pushes it down
                // (tests/e2e/boot.test.mjs: no layout shift).
                <AfterSplit fallback={html! {
                    <Staged at={Stage::COMPARE}>
                        <p class="after-split" role="status">{c.loading_more}</p>
                    </Staged>
                }}>
                    <Staged at={Stage::COMPARE}>
                        <ComparePanel state={shared.clone()} on_action={on_action.clone()} />
                    </Staged>
                    <Staged at={Stage::SHARE}>
                        <SharePanel fragment={fragment.clone()} {lang} />
                    </Staged>
                    <Staged at={Stage::EXPORT}>
                        <ExportPanel state={shared} fragment={fragment}
                            on_import={on_action.reform(Action::OpenLink)} />
                    </Staged>
                </AfterSplit>
            </main>
            <Staged at={Stage::FOOTER}>
                <footer class="site-footer">
                    <p>{c.privacy}</p>
                    <p>{c.data_origin}</p>
                </footer>
            </Staged>
        </div>
        </StageProvider>
    }
}
