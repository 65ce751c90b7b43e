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
//! not contain them: each language is a *pack*, a text file in `assets/i18n/` (one string per
//! line, in the structs' field order, under a header with the keys' hash; [`pack`]), fetched
//! before the first render and when the reader switches language, and precached by the service
//! worker for offline use. The Rust catalogs above stay the source: native builds (tests,
//! server-side rendering, `tests/boot_html.rs`) compile them in, and `tests/i18n_packs.rs` fails
//! when a pack differs from them (`UPDATE_PACKS=1 cargo test --test i18n_packs` rewrites the
//! packs). In the browser, [`catalog`] returns a loaded pack ([`install`], [`is_loaded`]); the
//! app renders in a language only once its pack is loaded (src/app.rs).

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

/// The catalog for `lang`, compiled in (native builds: tests, server-side rendering).
#[cfg(not(target_arch = "wasm32"))]
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::ZhHans => &zh_hans::CATALOG,
        Lang::ZhHant => &zh_hant::CATALOG,
        Lang::En => &en::CATALOG,
    }
}

/// Whether `lang`'s strings are at hand: always, in a native build.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_loaded(_lang: Lang) -> bool {
    true
}

#[cfg(target_arch = "wasm32")]
pub use loaded::{catalog, install, is_loaded};

/// `lang` if its strings are loaded, else the first language whose are (else `lang`).
pub fn loaded_or_any(lang: Lang) -> Lang {
    if is_loaded(lang) {
        return lang;
    }
    Lang::ALL
        .into_iter()
        .find(|l| is_loaded(*l))
        .unwrap_or(lang)
}

/// The packs loaded in this page (browser only).
#[cfg(target_arch = "wasm32")]
mod loaded {
    use super::{pack, Catalog, Lang};
    use std::sync::OnceLock;

    static PACKS: [OnceLock<Catalog>; 3] = [const { OnceLock::new() }; 3];
    static EMPTY: Catalog = Catalog::EMPTY;

    fn slot(lang: Lang) -> &'static OnceLock<Catalog> {
        match lang {
            Lang::ZhHans => &PACKS[0],
            Lang::ZhHant => &PACKS[1],
            Lang::En => &PACKS[2],
        }
    }

    /// The catalog for `lang` once its pack is loaded. Before that, another loaded language's
    /// (the app never renders in a language it has not loaded; this is for the panic hook), or
    /// all-empty strings if none is.
    pub fn catalog(lang: Lang) -> &'static Catalog {
        slot(lang)
            .get()
            .or_else(|| PACKS.iter().find_map(OnceLock::get))
            .unwrap_or(&EMPTY)
    }

    /// Whether `lang`'s pack is loaded.
    pub fn is_loaded(lang: Lang) -> bool {
        slot(lang).get().is_some()
    }

    /// Reads `text` as `lang`'s pack and keeps it for the page's lifetime (the catalog's
    /// strings and the core's texts borrow from it: one leaked string of ~70–90 KB per language
    /// the page loads). The core's numbered texts in `lang` are installed with it.
    ///
    /// # Errors
    /// The pack's own, when `text` is not a pack of this build for `lang` (see [`pack::parse`]).
    pub fn install(lang: Lang, text: String) -> Result<(), pack::PackError> {
        if is_loaded(lang) {
            return Ok(());
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        let pack = pack::parse(text, lang)?;
        // The length was checked against the build's by `parse`: this cannot fail.
        qingshan_core::text::install(lang, &pack.core);
        let _ = slot(lang).set(pack.catalog);
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
