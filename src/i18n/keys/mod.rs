//! The catalog's key types: one struct per area of the page, each field one string.
//! A language folder (`zh_hans/`, `zh_hant/`, `en/`) gives a value for every field.

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

pub use carbon::CarbonText;
pub use compare::CompareText;
pub use export::ExportText;
pub use library::LibraryText;
pub use link::LinkText;
pub use pwa::PwaText;
pub use shell::{Common, Nav, Views};
pub use tp::TpText;
pub use trucks::TrucksText;
pub use ule::UleText;
pub use uncertainty::UncertaintyText;
pub use widgets::WidgetText;
