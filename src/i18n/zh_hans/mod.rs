//! 简体中文 (the default language).

mod carbon;
mod compare;
mod export;
mod library;
mod link;
mod pwa;
mod shell;
mod tp;
mod trucks;
mod ule;
mod uncertainty;
mod widgets;

use super::Catalog;

pub const CATALOG: Catalog = Catalog {
    common: shell::COMMON,
    nav: shell::NAV,
    views: shell::VIEWS,
    ule: ule::TEXT,
    trucks: trucks::TEXT,
    tp: tp::TEXT,
    carbon: carbon::TEXT,
    library: library::TEXT,
    widgets: widgets::TEXT,
    pwa: pwa::TEXT,
    link: link::TEXT,
    export: export::TEXT,
    compare: compare::TEXT,
    uncertainty: uncertainty::TEXT,
};
