//! The few places the app talks to the browser. Everything else is plain Rust and testable
//! natively; on non-wasm targets (native tests) these functions do nothing and return defaults.

use qingshan_core::text::Lang;

/// The `localStorage` key of the language the user chose. The language is the only thing the
/// page stores besides scenarios the user saves (README, "Privacy").
pub const LANG_KEY: &str = "qingshan.lang";

/// The language to start in: the one the user chose before, else the browser's preference,
/// else Simplified Chinese.
pub fn initial_lang() -> Lang {
    stored_lang().unwrap_or_else(|| Lang::negotiate(browser_languages().iter().map(String::as_str)))
}

/// `localStorage`, where the browser allows it (it may be disabled or full: the page works
/// without it). Plain `web_sys::Storage`, not gloo's JSON storage, which would ship serde_json.
#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

#[cfg(target_arch = "wasm32")]
fn stored_lang() -> Option<Lang> {
    let raw = local_storage()?.get_item(LANG_KEY).ok().flatten()?;
    // Versions before 2026-11 stored the tag as JSON (`"en"`); read both.
    Lang::from_tag(raw.trim_matches('"'))
}

#[cfg(not(target_arch = "wasm32"))]
fn stored_lang() -> Option<Lang> {
    None
}

#[cfg(target_arch = "wasm32")]
fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        if let Some(l) = nav.language() {
            out.push(l);
        }
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn browser_languages() -> Vec<String> {
    Vec::new()
}

/// Remembers the user's language and sets `<html lang>` so screen readers and fonts follow it.
pub fn apply_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        // Storage can be full or disabled (private mode): the page works without it.
        if let Some(s) = local_storage() {
            let _ = s.set_item(LANG_KEY, lang.tag());
        }
        if let Some(el) = gloo::utils::document().document_element() {
            let _ = el.set_attribute("lang", lang.tag());
        }
        let title = crate::i18n::catalog(lang).common.app_name;
        gloo::utils::document().set_title(&format!(
            "{title} · {}",
            crate::i18n::catalog(lang).common.tagline
        ));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// The `<meta name>`s by which index.html names each language's two files (one per language
/// each, `data-lang` = the tag, `content` = the URL; written by scripts/packs.mjs): the first
/// view's (`src/i18n/pack.rs`) and the rest.
pub const PACK_META: [&str; 2] = ["qingshan-pack", "qingshan-pack-more"];

/// The start script's fetches of the two files, by the same index as [`PACK_META`]
/// (`self.qingshanPack`, `self.qingshanPackMore`: `{ lang, text }`).
#[cfg(target_arch = "wasm32")]
const PREFETCHED: [&str; 2] = ["qingshanPack", "qingshanPackMore"];

/// Loads all of `lang`'s strings (src/i18n, "One language at a time in the browser": both files
/// of its pack) and then calls `done` with whether they are loaded. Uses the fetches
/// index.html's start script began for the language it guessed (release builds) when they are
/// for this language, else fetches the URLs index.html names. Native builds have every catalog
/// compiled in: `done(true)` at once.
pub fn load_lang(lang: Lang, done: impl FnOnce(bool) + 'static) {
    load_parts(lang, false, Box::new(done));
}

/// Loads the first view's strings of `lang` (the first file of its pack, [`load_lang`]), or all
/// of them when the rest of the page is not going to wait (no split-out wasm pending: a page
/// opened by a link or from the offline cache, a debug build). The rest then comes with
/// [`load_rest_later`].
pub fn load_first_view(lang: Lang, done: impl FnOnce(bool) + 'static) {
    load_parts(lang, split_module_pending(), Box::new(done));
}

/// The body of [`load_lang`] and [`load_first_view`], once (not one copy per caller's closure).
fn load_parts(lang: Lang, first_only: bool, done: Box<dyn FnOnce(bool)>) {
    if crate::i18n::is_loaded(lang) || (first_only && crate::i18n::is_usable(lang)) {
        done(true);
        return;
    }
    // Native builds have every language loaded: never reached there.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = first_only;
        done(false);
    }
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        // Both files at once; installed in order. A file refused (another build's, a broken
        // copy), or one the start script's fetch did not bring, is fetched once more here; a
        // fetch of our own that failed is not repeated at once.
        let settle = |part: usize, (text, own): (Option<String>, bool)| async move {
            let came = text.is_some();
            if text.is_some_and(|t| crate::i18n::install(lang, t).is_ok()) {
                return true;
            }
            (came || !own)
                && fetch_pack(lang, part)
                    .await
                    .is_some_and(|t| crate::i18n::install(lang, t).is_ok())
        };
        let first = (!crate::i18n::is_usable(lang)).then(|| pack_text(lang, 0));
        let rest = (!first_only).then(|| pack_text(lang, 1));
        let mut loaded = true;
        if let Some(first) = first {
            loaded = settle(0, first.await).await;
        }
        if let Some(rest) = rest {
            let text = rest.await;
            loaded = loaded && settle(1, text).await;
        }
        if loaded && crate::i18n::is_loaded(lang) {
            rest_arrived();
        }
        done(loaded);
    });
}

/// The text of `lang`'s file `part` (0: the first view's, 1: the rest), and whether this
/// module fetched it (else the start script did): the start script's fetch if it made one for
/// `lang`, else a fetch started now (so that both files download at once); the future is the
/// wait.
#[cfg(target_arch = "wasm32")]
fn pack_text(lang: Lang, part: usize) -> impl std::future::Future<Output = (Option<String>, bool)> {
    let prefetched = prefetched_pack(lang, part);
    let started = if prefetched.is_none() {
        start_fetch(lang, part)
    } else {
        None
    };
    async move {
        match prefetched {
            Some(text) => (
                wasm_bindgen_futures::JsFuture::from(text)
                    .await
                    .ok()
                    .and_then(|v| v.as_string()),
                false,
            ),
            None => (response_text(started).await, true),
        }
    }
}

/// Loads the rest of the boot language's strings (the second file of its pack) when the page is
/// idle, as the loader fetches the split-out wasm (`requestIdleCallback`, at most a second
/// later): what waits for the split-out wasm waits for these too ([`split_pending`]). A failed
/// fetch is tried again twice, 2 and 6 seconds later; then the page says so, as for the
/// split-out wasm, and the line that says the rest is coming goes. (Opening another view asks
/// again: `components::views`.)
pub fn load_rest_later(lang: Lang) {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
    #[cfg(target_arch = "wasm32")]
    if !crate::i18n::is_loaded(lang) {
        use wasm_bindgen::JsCast;
        let Some(w) = web_sys::window() else { return };
        let load = wasm_bindgen::closure::Closure::once_into_js(move || load_rest(lang, 0));
        let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        match idle {
            Some(idle) => {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"timeout".into(), &1000.into());
                let _ = idle.call2(&w, &load, &options);
            }
            None => {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    load.unchecked_ref(),
                    200,
                );
            }
        }
    }
}

/// Attempt `tries` (from 0) of [`load_rest_later`].
#[cfg(target_arch = "wasm32")]
fn load_rest(lang: Lang, tries: u32) {
    use wasm_bindgen::JsCast;
    load_lang(lang, move |loaded| {
        if loaded || crate::i18n::is_loaded(lang) {
            return;
        }
        if tries >= 2 {
            // In the language the page shows now (the reader may have switched meanwhile).
            let shown = gloo::utils::document()
                .document_element()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|t| Lang::from_tag(&t))
                .unwrap_or(lang);
            show_alert(crate::i18n::catalog(shown).common.rest_unavailable);
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("data-split-failed", "");
            }
            return;
        }
        let again =
            wasm_bindgen::closure::Closure::once_into_js(move || load_rest(lang, tries + 1));
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                again.unchecked_ref(),
                if tries == 0 { 2000 } else { 4000 },
            );
        }
    });
}

/// The start script's fetch of `lang`'s file `part`, taken (once) if it is for `lang`.
#[cfg(target_arch = "wasm32")]
fn prefetched_pack(lang: Lang, part: usize) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let w = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str(PREFETCHED[part]);
    let pack = js_sys::Reflect::get(&w, &key).ok()?;
    let tag = js_sys::Reflect::get(&pack, &"lang".into())
        .ok()?
        .as_string()?;
    if tag != lang.tag() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&w, &key);
    js_sys::Reflect::get(&pack, &"text".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Fetches `lang`'s file `part` from the URL index.html names for it.
#[cfg(target_arch = "wasm32")]
async fn fetch_pack(lang: Lang, part: usize) -> Option<String> {
    response_text(start_fetch(lang, part)).await
}

/// Starts fetching `lang`'s file `part` from the URL index.html names for it: the fetch's
/// promise of a response.
#[cfg(target_arch = "wasm32")]
fn start_fetch(lang: Lang, part: usize) -> Option<js_sys::Promise> {
    let selector = format!(
        "meta[name=\"{}\"][data-lang=\"{}\"]",
        PACK_META[part],
        lang.tag()
    );
    let url = gloo::utils::document()
        .query_selector(&selector)
        .ok()??
        .get_attribute("content")?;
    Some(web_sys::window()?.fetch_with_str(&url))
}

/// The text of a started fetch's response, if it came and is a success.
#[cfg(target_arch = "wasm32")]
async fn response_text(fetch: Option<js_sys::Promise>) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(fetch?)
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Shown when no language's strings could be loaded at start (the page cannot speak any
/// language then, so this one message is compiled in, in all three).
pub const NO_STRINGS: &str = "青山未能载入界面文字，请检查网络连接后重新加载。 \
    青山未能載入介面文字，請檢查網路連線後重新載入。 \
    Qingshan could not load its text: check the connection and reload the page.";

/// Replaces a dead page with a readable message in the page's language when the app panics.
pub fn install_panic_hook() {
    // Through Yew: its renderer installs its own hook (console only) unless one is set this way.
    #[cfg(target_arch = "wasm32")]
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("qingshan: {info}"));
        let lang = gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|t| Lang::from_tag(&t))
            .unwrap_or_default();
        let crashed = crate::i18n::catalog(lang).common.crashed;
        show_alert(if crashed.is_empty() {
            NO_STRINGS
        } else {
            crashed
        });
    }));
}

/// Shows `text` in the page's alert element (`#crash`, `role="alert"`) at the top of the body.
pub fn show_alert(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let doc = gloo::utils::document();
        // Yew's mount replaces the body's children, so index.html's #crash element is gone by
        // the time anything can panic: write a fresh one at the top of the body.
        let el = doc.get_element_by_id("crash").or_else(|| {
            let el = doc.create_element("div").ok()?;
            el.set_id("crash");
            let _ = el.set_attribute("class", "crash");
            let _ = el.set_attribute("role", "alert");
            let body = doc.body()?;
            let _ = body.insert_before(&el, body.first_child().as_ref());
            Some(el)
        });
        if let Some(el) = el {
            el.set_text_content(Some(text));
            let _ = el.remove_attribute("hidden");
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// The URL fragment without `#` (empty when there is none).
pub fn current_fragment() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| h.trim_start_matches('#').to_string())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Writes the scenario into the URL fragment without adding a history entry (typing must not
/// flood the back button) and without reloading.
pub fn replace_fragment(fragment: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(w) = web_sys::window() else { return };
        if current_fragment() == fragment {
            return;
        }
        let url = format!("#{fragment}");
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = fragment;
}

/// Calls `on_change` with the new fragment whenever the user changes the URL's fragment
/// (pastes a link, edits the address bar, goes back). Dropping the returned guard stops it.
pub fn watch_fragment(on_change: yew::Callback<String>) -> Option<gloo::events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let w = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &w,
            "hashchange",
            move |_| {
                on_change.emit(current_fragment());
            },
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_change;
        None
    }
}

/// True while the release build's split-out wasm is not installed yet (scripts/split.mjs: the
/// loader sets `qingshanSplitPending` when the glue loads and clears it when it installs the
/// split module), or while a language the page has started in has only its first view's
/// strings (src/i18n/pack.rs: what waits for the one waits for the other). False in a build
/// without the split (debug, native tests) and once both are in.
pub fn split_pending() -> bool {
    split_module_pending()
        || Lang::ALL
            .into_iter()
            .any(|l| crate::i18n::is_usable(l) && !crate::i18n::is_loaded(l))
}

/// The split-out wasm alone: see [`split_pending`]. Native tests can set it
/// ([`testing::set_split_module_pending`]).
fn split_module_pending() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Reflect::get(&js_sys::global(), &"qingshanSplitPending".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    testing::SPLIT_MODULE_PENDING.with(std::cell::Cell::get)
}

/// Native builds: a page whose split-out wasm has not arrived, for `tests/first_view_pack.rs`.
#[cfg(not(target_arch = "wasm32"))]
pub mod testing {
    thread_local! {
        pub(super) static SPLIT_MODULE_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// On this thread, from now on: whether the split-out wasm counts as pending.
    pub fn set_split_module_pending(on: bool) {
        SPLIT_MODULE_PENDING.with(|p| p.set(on));
    }
}

/// The event on the window that says the split-out wasm is installed (the loader's), and that
/// the rest of a language's strings are (this module's), whichever comes last.
#[cfg(target_arch = "wasm32")]
const READY_EVENT: &str = "qingshan-split";

/// Says on the window that the rest of a language's strings have arrived ([`READY_EVENT`]).
#[cfg(target_arch = "wasm32")]
fn rest_arrived() {
    // A failure said before (`load_rest`) is over, unless the split-out wasm's own is on.
    let doc = gloo::utils::document();
    let split_failed = js_sys::Reflect::get(&js_sys::global(), &"qingshanSplitFailed".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if let (false, Some(root)) = (split_failed, doc.document_element()) {
        if root.has_attribute("data-split-failed") {
            let _ = root.remove_attribute("data-split-failed");
            if let Some(el) = doc.get_element_by_id("crash") {
                let _ = el.set_attribute("hidden", "");
            }
        }
    }
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(READY_EVENT)) {
        let _ = w.dispatch_event(&e);
    }
}

/// Calls `on_ready` once nothing is pending any more ([`split_pending`]: the split-out wasm,
/// the rest of the strings), or at once if nothing is. Dropping the returned guard stops it.
pub fn when_split_ready(on_ready: yew::Callback<()>) -> Option<gloo::events::EventListener> {
    if !split_pending() {
        on_ready.emit(());
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let w = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &w,
            READY_EVENT,
            move |_| {
                if !split_pending() {
                    on_ready.emit(());
                }
            },
        ))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The page's address with `fragment` as its `#` part (the link to share).
pub fn page_url(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        format!("{base}#{fragment}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    format!("#{fragment}")
}

/// True when the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().is_some_and(|w| {
            js_sys::Reflect::has(&w.navigator(), &wasm_bindgen::JsValue::from_str("share"))
                .unwrap_or(false)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Copies `text` to the clipboard; calls `done` with whether it worked.
pub fn copy_text(text: String, done: yew::Callback<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(w) = web_sys::window() else {
            done.emit(false);
            return;
        };
        let promise = w.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done.emit(false);
    }
}

/// Opens the system share sheet with `title` and `url` (ignored where there is none).
pub fn share(title: &str, url: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(w) = web_sys::window() else { return };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        let promise = w.navigator().share_with_data(&data);
        // The user may cancel the sheet: that rejection is not an error.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (title, url);
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let doc = gloo::utils::document();
        if let Some(a) = doc
            .create_element("a")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, mime, text);
}

/// Why an imported file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file could not be read.
    Unreadable,
    /// The file is not JSON.
    NotJson,
    /// The JSON is not a Qingshan export (no `format: "qingshan-export"` or no scenario).
    NotAnExport,
}

/// Reads the scenario fragment out of an exported JSON text (the browser's `JSON.parse`).
pub fn scenario_of_export(text: &str) -> Result<String, ImportError> {
    #[cfg(target_arch = "wasm32")]
    {
        let value = js_sys::JSON::parse(text).map_err(|_| ImportError::NotJson)?;
        let get = |k: &str| js_sys::Reflect::get(&value, &wasm_bindgen::JsValue::from_str(k)).ok();
        let format = get("format").and_then(|v| v.as_string());
        if format.as_deref() != Some(crate::export::FORMAT) {
            return Err(ImportError::NotAnExport);
        }
        get("scenario")
            .and_then(|v| v.as_string())
            .ok_or(ImportError::NotAnExport)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        Err(ImportError::NotJson)
    }
}

/// Reads the first file chosen in a file input, then calls `done` with its text.
pub fn read_chosen_file(input: &web_sys::HtmlInputElement, done: yew::Callback<Option<String>>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Exports are a few kB; refuse anything absurd before reading it.
        if file.size() > 5_000_000.0 {
            done.emit(None);
            return;
        }
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            done.emit(text);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (input, done);
}

/// Marks the disclosures this module opened for printing, so it closes only those afterwards.
#[cfg(target_arch = "wasm32")]
const PRINT_OPENED: &str = "data-print-opened";

/// Opens every closed `<details>` before the page is printed and closes them again afterwards,
/// so sources, formulas and chart tables are on paper. CSS cannot do this: browsers hide a closed
/// disclosure's content whatever the print stylesheet says. Installed once, at start.
pub fn open_details_when_printing() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let toggle = |opening: bool| {
            move |_: &web_sys::Event| {
                let Some(doc) = gloo::utils::window().document() else {
                    return;
                };
                let selector = if opening {
                    "details:not([open])".to_string()
                } else {
                    format!("details[{PRINT_OPENED}]")
                };
                let Ok(list) = doc.query_selector_all(&selector) else {
                    return;
                };
                for i in 0..list.length() {
                    let Some(el) = list
                        .item(i)
                        .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                    else {
                        continue;
                    };
                    if opening {
                        let _ = el.set_attribute("open", "");
                        let _ = el.set_attribute(PRINT_OPENED, "");
                    } else {
                        let _ = el.remove_attribute("open");
                        let _ = el.remove_attribute(PRINT_OPENED);
                    }
                }
            }
        };
        gloo::events::EventListener::new(&w, "beforeprint", toggle(true)).forget();
        gloo::events::EventListener::new(&w, "afterprint", toggle(false)).forget();
    }
}

/// Opens the browser's print dialog (the print stylesheet makes a clean report).
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Moves focus to a sensible place if the last render lost it (focus on `<body>` or nowhere, or on a
/// control inside a `hidden` element): the view's heading (`#view-title`, scrolled into view) when the
/// view changed, else `<main>` without scrolling, so the next Tab continues inside the content.
pub fn rescue_focus(view_changed: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| {
                // On <body>, or still on a control inside content just hidden (a view's
                // content while the next view's is on its way, src/components/views.rs).
                d.active_element().is_none_or(|a| {
                    a.tag_name().eq_ignore_ascii_case("body")
                        || a.closest("[hidden]").ok().flatten().is_some()
                })
            });
        if lost {
            if view_changed {
                focus_id("view-title", false);
            } else {
                focus_id("main", true);
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = view_changed;
}

/// Focuses the element with `id` (`prevent_scroll`: without scrolling it into view).
pub fn focus_id(id: &str, prevent_scroll: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        else {
            return;
        };
        // `el.focus({ preventScroll })`, through Reflect (no extra web-sys feature).
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str("preventScroll"),
            &JsValue::from_bool(prevent_scroll),
        );
        let focus = js_sys::Reflect::get(&el, &JsValue::from_str("focus"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(f) = focus {
            let _ = f.call1(&el, &options);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, prevent_scroll);
}
