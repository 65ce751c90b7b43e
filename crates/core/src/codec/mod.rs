//! The scenario link: the whole scenario in the URL fragment, as readable `key=value` pairs.
//!
//! ```text
//! #v=1&fs=2026.1&lang=en&view=tp&f.carbon.elec.cf.2024.national=0.55&p.0.kind=plant&…
//! ```
//!
//! * `v`: the link schema version ([`SCHEMA_VERSION`]). Older versions are migrated
//!   ([`migrate`]), so a link made today opens the same numbers in every future version; a newer
//!   version than this build knows is read as far as possible, with a notice.
//! * `fs`: the factor-set version the numbers were made with
//!   ([`crate::factors::FACTOR_SET_VERSION`]).
//! * `lang`, `view`: the page's language and view.
//! * `f.<factor id>`: a factor the user changed.
//! * each calculator's own keys under its prefix (`u.` ULE, `t.` trucks, `p.` phosphorus,
//!   `c.` carbon), written by its [`LinkFields`] implementation; only values that differ from the
//!   preset are written.
//!
//! Decoding never panics and never fails: it returns what it could read and a list of
//! [`Notice`]s naming what it ignored and why (unknown key, bad value, out of range, …), which
//! the page shows. Values are percent-encoded UTF-8 (RFC 3986 unreserved characters stay as
//! they are), so Chinese text survives any messenger that keeps URLs intact.

mod fields;
mod fragment;

pub use fields::{fields_number, LinkFields, Reader, Writer};
pub use fragment::{format_pairs, parse_pairs, percent_decode, percent_encode};

/// The link schema version this build writes. Bump it only with a migration in [`migrate`] and
/// a fixture for the old version in `crates/core/tests/fixtures/links/`.
pub const SCHEMA_VERSION: u32 = 1;

/// The longest fragment the page reads (characters after `#`). A longer one is refused with a
/// notice: no real scenario comes near it, and it bounds the work a hostile link can cause.
pub const MAX_FRAGMENT_LEN: usize = 32 * 1024;

/// The most pairs the page reads from one fragment.
pub const MAX_PAIRS: usize = 2_000;

/// Why part of a link was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// The key is not one this version knows.
    UnknownKey,
    /// The value cannot be read (not a number, not one of the allowed words).
    BadValue,
    /// The value is a number but outside what the input accepts (negative, over 100 %, …).
    OutOfRange,
    /// The same key appears twice; the first one was used.
    Duplicate,
    /// The link was made by a newer version of Qingshan (its `v` is higher than this build's).
    NewerVersion(u32),
    /// The link's `v` is not a version number.
    BadVersion,
    /// The fragment is longer than [`MAX_FRAGMENT_LEN`] or has more than [`MAX_PAIRS`] pairs;
    /// the rest was not read.
    TooLong,
    /// The link was made with another factor set; its numbers may differ (the value is the
    /// link's factor-set version).
    OtherFactorSet(String),
    /// A key was renamed or dropped by a migration from an older schema version.
    Migrated(u32),
}

impl NoticeKind {
    /// The kind's stable name, as fixture files and tests write it (`UnknownKey`, `BadValue`, …).
    pub fn key(&self) -> &'static str {
        match self {
            NoticeKind::UnknownKey => "UnknownKey",
            NoticeKind::BadValue => "BadValue",
            NoticeKind::OutOfRange => "OutOfRange",
            NoticeKind::Duplicate => "Duplicate",
            NoticeKind::NewerVersion(_) => "NewerVersion",
            NoticeKind::BadVersion => "BadVersion",
            NoticeKind::TooLong => "TooLong",
            NoticeKind::OtherFactorSet(_) => "OtherFactorSet",
            NoticeKind::Migrated(_) => "Migrated",
        }
    }
}

/// One thing the decoder ignored or changed, for the page's notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The key as it appeared in the link (may be empty for whole-link notices).
    pub key: String,
    /// The value as it appeared (truncated to 80 characters).
    pub value: String,
    /// Why.
    pub kind: NoticeKind,
}

impl Notice {
    /// A notice about `key=value`.
    pub fn new(key: &str, value: &str, kind: NoticeKind) -> Notice {
        Notice {
            key: truncate(key, 80),
            value: truncate(value, 80),
            kind,
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Brings the pairs of a link written with schema `version` up to [`SCHEMA_VERSION`].
///
/// The chain is empty while version 1 is the only one released. Each future step is one
/// function `vN_to_vN+1` that renames or converts keys and pushes a [`NoticeKind::Migrated`]
/// notice where a value changed meaning.
pub fn migrate(
    version: u32,
    pairs: Vec<(String, String)>,
    notices: &mut Vec<Notice>,
) -> Vec<(String, String)> {
    let _ = (version, notices);
    pairs
}

/// Reads the `v` pair: the link's schema version (1 when absent: the first links had it too,
/// but a hand-written link without it is read as the oldest version).
pub fn read_version(pairs: &[(String, String)], notices: &mut Vec<Notice>) -> u32 {
    match pairs.iter().find(|(k, _)| k == "v") {
        None => 1,
        Some((_, v)) => match v.parse::<u32>() {
            Ok(n) if n >= 1 => {
                if n > SCHEMA_VERSION {
                    notices.push(Notice::new("v", v, NoticeKind::NewerVersion(n)));
                }
                n
            }
            _ => {
                notices.push(Notice::new("v", v, NoticeKind::BadVersion));
                SCHEMA_VERSION
            }
        },
    }
}
