//! Offline use and updates: registers the service worker and runs the update flow
//! (docs/pwa.md has the whole design; the worker itself is `assets/sw-template.js`, filled in
//! at build time by `scripts/sw.mjs`).
//!
//! * Release builds register `./sw.js` (relative, so the site works under any sub-path). The
//!   worker pre-caches the whole build; from the second visit on the page loads from that cache.
//! * Debug builds (`trunk serve`) register nothing and unregister a worker left on the origin
//!   by a release build, so development never serves stale code (the debug `sw.js` also removes
//!   itself and its caches).
//! * Updates wait for the user: when a new version has been installed while an older one
//!   controls the page, [`register`]'s callback receives [`Status::UpdateReady`] and the page
//!   says so. [`apply_update`] (the user's click) asks the waiting worker to take over and
//!   reloads when it has; `location.reload()` keeps the URL fragment, so the scenario in the
//!   link survives the update.
//!
//! The listeners live as long as the page, so their closures are leaked with
//! `Closure::forget` (one each for `controllerchange` and `updatefound`, one `statechange` per
//! new version found: a few hundred bytes in a page's lifetime). On non-wasm targets (native
//! tests) every function here does nothing.

use yew::Callback;

/// What the page tells the user about offline use and updates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Status {
    /// Nothing to say.
    #[default]
    Idle,
    /// The first install finished: the page now works offline.
    OfflineReady,
    /// A new version is installed and waits for the user's word.
    UpdateReady,
}

/// The worker's URL, relative to the page (and so to any sub-path the site is served under).
pub const WORKER_URL: &str = "./sw.js";

/// The message that asks a waiting worker to activate (`assets/sw-template.js` listens for it).
pub const SKIP_WAITING: &str = "skip-waiting";

/// Registers the service worker (release builds) and reports status changes to `on_status`;
/// in debug builds, unregisters any worker instead. Call once, after the app has mounted.
pub fn register(on_status: Callback<Status>) {
    #[cfg(target_arch = "wasm32")]
    {
        if cfg!(debug_assertions) {
            web::unregister();
        } else {
            web::register(on_status);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on_status;
}

/// The user's word: activates the waiting version and reloads into it (the fragment, and so the
/// scenario, is kept). Reloads at once if no version is waiting (e.g. another tab took it).
pub fn apply_update() {
    #[cfg(target_arch = "wasm32")]
    web::apply_update();
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::{Cell, RefCell};

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{
        ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
    };
    use yew::Callback;

    use super::{Status, SKIP_WAITING, WORKER_URL};

    thread_local! {
        /// Set when the user asked for the update: the next `controllerchange` reloads.
        static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
        /// The registration, once `register` has resolved.
        static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    }

    /// `navigator.serviceWorker`, if the browser has it (it is absent on plain-http origins
    /// other than localhost, and in some private modes).
    fn container() -> Option<ServiceWorkerContainer> {
        let nav = web_sys::window()?.navigator();
        let sw = js_sys::Reflect::get(&nav, &JsValue::from_str("serviceWorker")).ok()?;
        if sw.is_undefined() || sw.is_null() {
            return None;
        }
        sw.dyn_into().ok()
    }

    fn reload() {
        if let Some(w) = web_sys::window() {
            // Keeps the whole URL, fragment included.
            let _ = w.location().reload();
        }
    }

    /// Calls `f` with the value of `promise`; a rejection is logged as a warning (offline use is
    /// a bonus, never a reason to break the page).
    fn then(promise: &js_sys::Promise, f: impl FnOnce(JsValue) + 'static) {
        let ok = Closure::once(f);
        let err = Closure::once(|e: JsValue| gloo::console::warn!("qingshan: service worker:", e));
        let _ = promise.then2(&ok, &err);
        ok.forget();
        err.forget();
    }

    /// Reports `UpdateReady` once `worker` is installed while a worker controls the page (on the
    /// very first install nothing controls the page yet: that is not an update).
    fn watch(worker: &ServiceWorker, sw: &ServiceWorkerContainer, on_status: &Callback<Status>) {
        let (w, sw, on_status) = (worker.clone(), sw.clone(), on_status.clone());
        let cb = Closure::<dyn FnMut()>::new(move || {
            if w.state() == ServiceWorkerState::Installed && sw.controller().is_some() {
                on_status.emit(Status::UpdateReady);
            }
        });
        worker.set_onstatechange(Some(cb.as_ref().unchecked_ref()));
        cb.forget();
    }

    pub(super) fn register(on_status: Callback<Status>) {
        let Some(sw) = container() else { return };
        {
            // The page's first controller means "ready offline"; a later one means another tab
            // activated a new version (this page still runs the old code), unless the user asked
            // for it here, in which case we reload into it.
            let mut controlled = sw.controller().is_some();
            let on_status = on_status.clone();
            let cb = Closure::<dyn FnMut()>::new(move || {
                if RELOAD_ON_CHANGE.with(|r| r.replace(false)) {
                    reload();
                } else if controlled {
                    on_status.emit(Status::UpdateReady);
                } else {
                    controlled = true;
                    on_status.emit(Status::OfflineReady);
                }
            });
            sw.set_oncontrollerchange(Some(cb.as_ref().unchecked_ref()));
            cb.forget();
        }
        let promise = sw.register(WORKER_URL);
        then(&promise, move |reg| {
            // Not a registration where a browser (or an automation's "block service workers")
            // resolves `register` without one: then there is nothing to watch.
            let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            // A version found on an earlier visit may already be waiting, or still installing.
            if reg.waiting().is_some() && sw.controller().is_some() {
                on_status.emit(Status::UpdateReady);
            }
            if let Some(w) = reg.installing() {
                watch(&w, &sw, &on_status);
            }
            let found = reg.clone();
            let cb = Closure::<dyn FnMut()>::new(move || {
                if let Some(w) = found.installing() {
                    watch(&w, &sw, &on_status);
                }
            });
            reg.set_onupdatefound(Some(cb.as_ref().unchecked_ref()));
            cb.forget();
            REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
        });
    }

    pub(super) fn apply_update() {
        let waiting = REGISTRATION.with(|r| {
            r.borrow()
                .as_ref()
                .and_then(ServiceWorkerRegistration::waiting)
        });
        if let Some(w) = waiting {
            RELOAD_ON_CHANGE.with(|r| r.set(true));
            if w.post_message(&JsValue::from_str(SKIP_WAITING)).is_ok() {
                return;
            }
            RELOAD_ON_CHANGE.with(|r| r.set(false));
        }
        reload();
    }

    pub(super) fn unregister() {
        let Some(sw) = container() else { return };
        then(&sw.get_registration(), |reg| {
            if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(p) = reg.unregister() {
                    then(&p, |_| ());
                }
            }
        });
    }
}
