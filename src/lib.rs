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

/// Starts the app in the browser: installs the panic hook, reads the saved or preferred language
/// and mounts [`app::App`] on `<body>`.
///
/// The mount waits two animation frames, then runs in a task of its own: the static copy of the
/// same first render in index.html is on screen (and reported as painted) before the long
/// first render starts, even when the wasm arrives before the first paint (a fast network, the
/// offline cache), and the wasm's instantiation and the first render are two main-thread tasks
/// instead of one (docs/performance.md, "Less blocking"). It costs at most two frames.
pub fn start() {
    platform::install_panic_hook();
    platform::open_details_when_printing();
    let lang = platform::initial_lang();
    let fragment = platform::current_fragment().into();
    app::after_paint(move || {
        yew::Renderer::<app::App>::with_props(app::AppProps { lang, fragment }).render();
    });
}
