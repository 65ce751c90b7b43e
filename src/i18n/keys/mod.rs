//! The catalog's key types: one struct per area of the page, each field one string.
//! A language folder (`zh_hans/`, `zh_hant/`, `en/`) gives a value for every field.
//!
//! Each struct is declared through `text_struct!` (below), which also gives it what a language pack
//! needs (`super::pack`): its fields read and written in declaration order, their count, a hash
//! of their names, and an all-empty value.

/// Declares one part of the catalog: a struct whose fields are all `&'static str`, plus
///
/// * `LEN`: the number of fields;
/// * `KEYS_HASH`: FNV-1a of the field names in order (computed at compile time; the names
///   themselves are not in the binary), so a pack written for other keys is refused;
/// * `EMPTY`: every field `""`;
/// * `fill`: the fields set from a pack's strings, in declaration order;
/// * `write`: the fields appended to a list, in declaration order.
macro_rules! text_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: &'static str, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, PartialEq)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: &'static str, )*
        }

        impl $name {
            /// The number of strings.
            pub const LEN: usize = [$(stringify!($field)),*].len();
            /// FNV-1a of the field names, in order.
            pub const KEYS_HASH: u64 =
                $crate::i18n::pack::keys_hash(&[$(stringify!($field)),*]);
            /// Every string empty.
            pub const EMPTY: Self = Self { $($field: "",)* };

            /// Sets the fields from a pack's strings, in declaration order. In place and out of
            /// line, so each field is one load and one store (a constructor or an index
            /// function cost 15–40 bytes of wasm per string).
            #[inline(never)]
            pub fn fill(&mut self, strings: &[&'static str; Self::LEN]) {
                let mut i = 0;
                $(
                    self.$field = strings[i];
                    i += 1;
                )*
                let _ = i;
            }

            /// Appends the strings, in declaration order.
            pub fn write(&self, out: &mut Vec<&'static str>) {
                $(out.push(self.$field);)*
            }
        }
    };
}

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
