//! # qingshan (the web app)
//!
//! The Yew front end of Qingshan (青山). The numbers come from `qingshan-core`; this crate only
//! shows them and turns the user's edits into actions on one reducer ([`state`]).
//!
//! * [`app`]: the root component; owns the reducer and hands out callbacks.
//! * [`state`]: the page state and its one `impl Reducible`.
//! * [`i18n`]: the UI catalog, one file per language behind one struct, so a missing
//!   translation does not compile.
//! * [`format`]: numbers for the user's language (万 / 亿 in Chinese).
//! * [`components`]: leaf components; they take values and `Callback`s and never compute.
//! * [`platform`]: the few browser calls (language preferences, storage, `<html lang>`).
//! * [`pwa`]: the service worker (offline use) and the update flow.

pub mod app;
pub mod components;
pub mod export;
pub mod format;
pub mod i18n;
pub mod link;
pub mod platform;
pub mod pwa;
pub mod qr;
pub mod results;
pub mod state;

use yew::AttrValue;

/// Starts the app in the browser: installs the panic hook, reads the saved or preferred language,
/// loads its strings ([`i18n`]: the browser build fetches one language at a time) and mounts
/// [`app::App`] on `<body>`.
///
/// The mount waits two animation frames, then runs in a task of its own: the static copy of the
/// same first render in index.html is on screen (and reported as painted) before the long
/// first render starts, even when the wasm arrives before the first paint (a fast network, the
/// offline cache), and the wasm's instantiation and the first render are two main-thread tasks
/// instead of one (docs/performance.md, "Less blocking"). It costs at most two frames.
pub fn start() {
    platform::install_panic_hook();
    platform::open_details_when_printing();
    let own = platform::initial_lang();
    let fragment = platform::current_fragment();
    // The language the app will open in: a link may name one (the app decodes the link again;
    // it is a fraction of a millisecond), so the first render is already in it.
    let shown = if fragment.is_empty() {
        own
    } else {
        link::state_from_link(&fragment, own).0.lang
    };
    let mut order = vec![shown];
    order.extend(i18n::Lang::ALL.into_iter().filter(|l| *l != shown));
    mount_in_first_loaded(order, own, fragment.into());
}

/// Mounts the app once the first language of `order` whose strings load is loaded (the first
/// view's strings, when the rest of the page waits for the split-out wasm anyway:
/// `platform::load_first_view`): the reader's
/// own, else (a failed fetch) another, so the page still works. The app still asks for `lang`
/// and says so if it cannot be loaded. If no language loads, the static first paint stays and a
/// message in all three languages says why.
fn mount_in_first_loaded(mut order: Vec<i18n::Lang>, lang: i18n::Lang, fragment: AttrValue) {
    if order.is_empty() {
        platform::show_alert(platform::NO_STRINGS);
        return;
    }
    let first = order.remove(0);
    platform::load_first_view(first, move |loaded| {
        if loaded {
            app::after_paint(move || {
                yew::Renderer::<app::App>::with_props(app::AppProps { lang, fragment }).render();
                // The rest of its strings, when the page is idle (src/i18n/pack.rs).
                platform::load_rest_later(first);
            });
        } else {
            mount_in_first_loaded(order, lang, fragment);
        }
    });
}
