//! The UI catalog: every user-visible string of the app, in three languages.
//!
//! One struct type ([`Catalog`], its parts in `keys/`) and one folder per language
//! (`zh_hans/`, `zh_hant/`, `en/`, one file per area of the page). Every field is required in a
//! struct literal, so a string missing from any language fails to compile; `tests/i18n.rs` also rejects blank strings and untranslated copies.
//! Names of factors and figures live with their data in `qingshan-core`, not here; in the
//! browser their text travels in the same packs ([`pack`]; `qingshan_core::text`, "Texts by
//! number").
//!
//! # One language at a time in the browser (docs/size.md, "Language packs")
//!
//! The three catalogs are ~100 KB of text; a reader sees one language. So the wasm build does
//! not contain them: each language is a *pack*, two text files in `assets/i18n/` (one string
//! per line, in the structs' field order, under a header with the keys' hash; [`pack`]): the
//! first view's strings, fetched before the first render, and the rest, fetched when the page is
//! idle (both before anything is shown when a link opens the page or the reader switches
//! language), and precached by the service worker for offline use. The Rust catalogs above stay the source: native builds (tests,
//! server-side rendering, `tests/boot_html.rs`) compile them in, and `tests/i18n_packs.rs` fails
//! when a pack differs from them (`UPDATE_PACKS=1 cargo test --test i18n_packs` rewrites the
//! packs). In the browser, [`catalog`] returns a loaded pack ([`install`]; [`is_usable`] with
//! the first file, [`is_loaded`] with both); the app renders in a language only once its first
//! file is loaded (src/app.rs), and what the first view does not show waits for the second
//! (`platform::split_pending`, `components::views`).

#[cfg(not(target_arch = "wasm32"))]
mod en;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
mod zh_hans;
#[cfg(not(target_arch = "wasm32"))]
mod zh_hant;

pub use qingshan_core::text::Lang;

pub mod keys;

pub use keys::CompareText;
pub use keys::TrucksText;
pub use keys::UncertaintyText;
pub use keys::{
    CarbonText, Common, ExportText, LibraryText, LinkText, Nav, PwaText, TpText, UleText, Views,
    WidgetText,
};

/// Declares [`Catalog`] from its parts, with the same pack helpers as a part (`keys`'s
/// `text_struct!`): `LEN`, `KEYS_HASH`, `EMPTY`, `fill`, `write`.
macro_rules! catalog {
    ($( $(#[$meta:meta])* $part:ident: $ty:ident, )*) => {
        /// The catalog of one language.
        #[derive(Debug, PartialEq)]
        pub struct Catalog {
            $( $(#[$meta])* pub $part: $ty, )*
        }

        impl Catalog {
            /// The number of strings.
            pub const LEN: usize = 0 $(+ $ty::LEN)*;
            /// The parts' key hashes, combined in order.
            pub const KEYS_HASH: u64 = pack::combine(&[$($ty::KEYS_HASH),*]);
            /// Every string empty.
            pub const EMPTY: Self = Self { $($part: $ty::EMPTY,)* };
            /// Each part's name and number of strings, in order (the packs' two files are cut
            /// by part: [`pack::FIRST_VIEW_PARTS`]).
            pub const PARTS: &'static [(&'static str, usize)] = &[$((stringify!($part), $ty::LEN)),*];

            /// Sets every string from a pack's, in declaration order (all parts in a row);
            /// `false`, with the catalog partly set, unless there are exactly [`Catalog::LEN`].
            pub fn fill(&mut self, strings: &[&'static str]) -> bool {
                let mut rest = strings;
                $(
                    let Some((part, tail)) = rest.split_first_chunk::<{ $ty::LEN }>() else {
                        return false;
                    };
                    self.$part.fill(part);
                    rest = tail;
                )*
                rest.is_empty()
            }

            /// Appends the strings, in declaration order.
            pub fn write(&self, out: &mut Vec<&'static str>) {
                $(self.$part.write(out);)*
            }
        }
    };
}

catalog! {
    /// Strings shared across the page.
    common: Common,
    /// The main navigation.
    nav: Nav,
    /// Headings and introductions of the five views.
    views: Views,
    /// Calculator 1: ultra-low-emission retrofits.
    ule: UleText,
    /// Calculator 1's heavy-trucks panel.
    trucks: TrucksText,
    /// Calculator 2: total phosphorus.
    tp: TpText,
    /// Calculator 3: carbon footprint.
    carbon: CarbonText,
    /// The report-figures and sources views.
    library: LibraryText,
    /// The shared widgets (fields, factor citations, charts, input problems).
    widgets: WidgetText,
    /// The offline and update notices.
    pwa: PwaText,
    /// The link notices and sharing.
    link: LinkText,
    /// The export, import and print panel.
    export: ExportText,
    /// The comparison panel.
    compare: CompareText,
    /// Ranges and sensitivity (Monte Carlo range, tornado chart), shared by the calculators.
    uncertainty: UncertaintyText,
}

/// The catalog for `lang`, compiled in (native builds: tests, server-side rendering); with
/// [`testing::first_view_only`] on, the rest of the catalog reads [`testing::NOT_LOADED`].
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog(lang: Lang) -> &'static Catalog {
    let whole = match lang {
        Lang::ZhHans => &zh_hans::CATALOG,
        Lang::ZhHant => &zh_hant::CATALOG,
        Lang::En => &en::CATALOG,
    };
    testing::masked(lang, whole)
}

/// Whether all of `lang`'s strings are at hand: always, in a native build (unless a test has
/// [`testing::first_view_only`] on).
#[cfg(not(target_arch = "wasm32"))]
pub fn is_loaded(_lang: Lang) -> bool {
    !testing::FIRST_VIEW_ONLY.with(std::cell::Cell::get)
}

/// Whether `lang`'s first view's strings are at hand (the first of its pack's two files,
/// [`pack`]): always, in a native build.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_usable(_lang: Lang) -> bool {
    true
}

/// Native builds: the state of a page that has only the first view's strings (the first of the
/// two files of its language, [`pack`]), for `tests/first_view_pack.rs`.
#[cfg(not(target_arch = "wasm32"))]
pub mod testing {
    use super::{pack, Catalog, Lang};
    use std::cell::Cell;

    /// What a string or core text outside the first view's file reads while
    /// [`first_view_only`] is on.
    pub const NOT_LOADED: &str = "\u{27e6}not loaded\u{27e7}";

    thread_local! {
        pub(super) static FIRST_VIEW_ONLY: Cell<bool> = const { Cell::new(false) };
        /// Each language's masked catalog, built once per thread.
        static MASKED: Cell<[Option<&'static Catalog>; 3]> = const { Cell::new([None; 3]) };
    }

    /// On this thread, from now on: with `on`, the catalogs and the core's numbered texts
    /// outside the first view's file read [`NOT_LOADED`] and [`super::is_loaded`] is false, as
    /// in a page that has not yet fetched the rest; with `!on`, everything as compiled in.
    pub fn first_view_only(on: bool) {
        FIRST_VIEW_ONLY.with(|f| f.set(on));
        let rest = pack::rest_of_core();
        for lang in Lang::ALL {
            let mut texts = qingshan_core::text::pack_lines(lang);
            if on {
                for (t, rest) in texts.iter_mut().zip(&rest) {
                    if *rest {
                        *t = NOT_LOADED;
                    }
                }
            }
            qingshan_core::text::install(lang, &texts);
        }
    }

    pub(super) fn masked(lang: Lang, whole: &'static Catalog) -> &'static Catalog {
        if !FIRST_VIEW_ONLY.with(Cell::get) {
            return whole;
        }
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let mut built = MASKED.with(Cell::get);
        if let Some(c) = built[i] {
            return c;
        }
        let mut strings = Vec::with_capacity(Catalog::LEN);
        whole.write(&mut strings);
        for (s, first) in strings.iter_mut().zip(pack::first_view_ui()) {
            if !first {
                *s = NOT_LOADED;
            }
        }
        let mut c = Catalog::EMPTY;
        let _ = c.fill(&strings);
        let c: &'static Catalog = Box::leak(Box::new(c));
        built[i] = Some(c);
        MASKED.with(|m| m.set(built));
        c
    }
}

#[cfg(target_arch = "wasm32")]
pub use loaded::{catalog, install, is_loaded, is_usable};

/// `lang` if its strings are usable ([`is_usable`]), else the first language whose are (else
/// `lang`).
pub fn loaded_or_any(lang: Lang) -> Lang {
    if is_usable(lang) {
        return lang;
    }
    Lang::ALL
        .into_iter()
        .find(|l| is_usable(*l))
        .unwrap_or(lang)
}

/// The packs loaded in this page (browser only).
#[cfg(target_arch = "wasm32")]
mod loaded {
    use super::{pack, Catalog, Lang};
    use std::cell::RefCell;

    /// One language: the catalog as far as it is loaded (leaked: the page keeps it; at most two
    /// per language), and its first part while that is the only one in. Nothing loaded: no
    /// catalog; the first part: both; all of it: the catalog alone.
    #[derive(Default)]
    struct Slot {
        first: Option<pack::Part>,
        catalog: Option<&'static Catalog>,
    }

    thread_local! {
        static SLOTS: RefCell<[Slot; 3]> = RefCell::new(Default::default());
    }
    static EMPTY: Catalog = Catalog::EMPTY;

    fn index(lang: Lang) -> usize {
        match lang {
            Lang::ZhHans => 0,
            Lang::ZhHant => 1,
            Lang::En => 2,
        }
    }

    /// The catalog for `lang` as far as it is loaded. Before that, another loaded language's
    /// (the app never renders in a language it has not loaded; this is for the panic hook), or
    /// all-empty strings if none is.
    pub fn catalog(lang: Lang) -> &'static Catalog {
        SLOTS.with(|s| {
            let s = s.borrow();
            s[index(lang)]
                .catalog
                .or_else(|| s.iter().find_map(|slot| slot.catalog))
                .unwrap_or(&EMPTY)
        })
    }

    /// Whether all of `lang`'s strings are loaded (both files).
    pub fn is_loaded(lang: Lang) -> bool {
        SLOTS.with(|s| {
            let slot = &s.borrow()[index(lang)];
            slot.catalog.is_some() && slot.first.is_none()
        })
    }

    /// Whether at least the first view's strings of `lang` are loaded (the first file).
    pub fn is_usable(lang: Lang) -> bool {
        SLOTS.with(|s| s.borrow()[index(lang)].catalog.is_some())
    }

    /// Reads `text` as one of `lang`'s two files (the first, then the second) and keeps it for
    /// the page's lifetime (the catalog's strings and the core's texts borrow from it: leaked
    /// strings of ~25 and ~50 KB per language the page loads). The core's numbered texts in
    /// `lang` are installed with it, as far as they are loaded.
    ///
    /// # Errors
    /// The pack's own, when `text` is not a part of this build's pack for `lang`, or is the
    /// second before the first (see [`pack::parse`], [`pack::Part::complete`]).
    pub fn install(lang: Lang, text: String) -> Result<(), pack::PackError> {
        if is_loaded(lang) {
            return Ok(());
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        let part = pack::parse(text, lang)?;
        let loaded = SLOTS.with(|s| {
            let s = s.borrow();
            match (&s[index(lang)].first, part.part) {
                (None, 1) => Ok((part.pack(), Some(part))),
                (Some(first), 2) => first.complete(&part).map(|p| (p, None)),
                _ => Err(pack::PackError::Parts),
            }
        });
        let (pack, first) = loaded?;
        // The length was checked against the build's by `parse`: this cannot fail.
        qingshan_core::text::install(lang, &pack.core);
        let catalog: &'static Catalog = Box::leak(Box::new(pack.catalog));
        SLOTS.with(|s| {
            let slot = &mut s.borrow_mut()[index(lang)];
            slot.catalog = Some(catalog);
            slot.first = first;
        });
        Ok(())
    }
}

/// The language's own name, as the switcher lists it (always in that language).
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => "简体中文",
        Lang::ZhHant => "繁體中文",
        Lang::En => "English",
    }
}
