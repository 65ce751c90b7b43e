//! The UI catalog: every user-visible string of the app, in three languages.
//!
//! One struct type ([`Catalog`], its parts in `keys/`) and one folder per language
//! (`zh_hans/`, `zh_hant/`, `en/`, one file per area of the page). Every field is required in a
//! struct literal, so a string missing from any language fails to compile; `tests/i18n.rs` also rejects blank strings and untranslated copies.
//! Names of factors and figures live with their data in `qingshan-core`, not here.

mod en;
mod zh_hans;
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

/// The catalog of one language.
#[derive(Debug, PartialEq)]
pub struct Catalog {
    /// Strings shared across the page.
    pub common: Common,
    /// The main navigation.
    pub nav: Nav,
    /// Headings and introductions of the five views.
    pub views: Views,
    /// Calculator 1: ultra-low-emission retrofits.
    pub ule: UleText,
    /// Calculator 1's heavy-trucks panel.
    pub trucks: TrucksText,
    /// Calculator 2: total phosphorus.
    pub tp: TpText,
    /// Calculator 3: carbon footprint.
    pub carbon: CarbonText,
    /// The report-figures and sources views.
    pub library: LibraryText,
    /// The shared widgets (fields, factor citations, charts, input problems).
    pub widgets: WidgetText,
    /// The offline and update notices.
    pub pwa: PwaText,
    /// The link notices and sharing.
    pub link: LinkText,
    /// The export, import and print panel.
    pub export: ExportText,
    /// The comparison panel.
    pub compare: CompareText,
    /// Ranges and sensitivity (Monte Carlo range, tornado chart), shared by the calculators.
    pub uncertainty: UncertaintyText,
}

/// The catalog for `lang`.
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::ZhHans => &zh_hans::CATALOG,
        Lang::ZhHant => &zh_hant::CATALOG,
        Lang::En => &en::CATALOG,
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
