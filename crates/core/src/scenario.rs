//! The scenario: everything a link restores (design.md, "Scenario links").
//!
//! The page-level part lives here (language, view, the factors the user changed); each
//! calculator adds its inputs through [`crate::codec::LinkFields`] under its own key prefix.

use crate::codec::{
    self, format_pairs, parse_pairs, LinkFields, Notice, NoticeKind, Reader, Writer,
};
use crate::eval::{self, Overrides};
use crate::factors::history::{self, OlderSet, PastSet};
use crate::factors::{Library, FACTOR_SET_VERSION};
use crate::text::Lang;

/// The five views of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Calculator 1: ultra-low-emission retrofits.
    #[default]
    Ule,
    /// Calculator 2: total phosphorus.
    Tp,
    /// Calculator 3: carbon footprint.
    Carbon,
    /// The report's figures.
    Figures,
    /// The factor library.
    Sources,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 5] = [
        View::Ule,
        View::Tp,
        View::Carbon,
        View::Figures,
        View::Sources,
    ];

    /// Stable key (element ids, links).
    pub fn key(self) -> &'static str {
        match self {
            View::Ule => "ule",
            View::Tp => "tp",
            View::Carbon => "carbon",
            View::Figures => "figures",
            View::Sources => "sources",
        }
    }

    /// Reads a key written by [`View::key`].
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// The page-level part of a scenario.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shell {
    /// The language the link was made in (`None`: the reader's own).
    pub lang: Option<Lang>,
    /// The view on screen.
    pub view: View,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Other variants to compare with, each a whole link fragment (at most [`MAX_VARIANTS`]).
    pub compare: Vec<String>,
    /// Set when the link was made with an older, known factor set: the factors whose values
    /// differ from the current set and that the link did not change itself. Their old values
    /// are in `overrides` (so the link opens with the numbers it was made with); never written
    /// to a link (the overrides are, with the current `fs`, which reproduces the same numbers).
    pub older_set: Option<OlderSet>,
}

/// How many variants a link can carry besides the current scenario (three side by side).
pub const MAX_VARIANTS: usize = 2;

/// The key of the n-th variant (1-based): `cmp.1`, `cmp.2`.
fn variant_key(n: usize) -> String {
    format!("cmp.{n}")
}

/// The key prefix of a changed factor: `f.<factor id>=<value>`.
pub const FACTOR_PREFIX: &str = "f.";

impl LinkFields for Shell {
    fn write(&self, w: &mut Writer) {
        if let Some(lang) = self.lang {
            w.text("lang", lang.tag());
        }
        w.word("view", self.view.key(), View::default().key());
        for (id, value) in self.overrides.iter() {
            w.text(format!("{FACTOR_PREFIX}{id}"), codec::fields_number(value));
        }
        for (i, v) in self.compare.iter().take(MAX_VARIANTS).enumerate() {
            w.text(variant_key(i + 1), v.clone());
        }
    }

    fn read(r: &mut Reader) -> Self {
        let older = r.take_older_set();
        let lang = r.word("lang", Lang::from_tag);
        let view = r.word("view", View::from_key).unwrap_or_default();
        let mut overrides = Overrides::new();
        let lib = Library::standard();
        for key in r.keys_with_prefix(FACTOR_PREFIX) {
            let id = &key[FACTOR_PREFIX.len()..];
            if lib.get(id).is_none() {
                continue; // left unread: reported as an unknown key
            }
            if let Some(x) = r.num(&key, |x| eval::non_negative("factor", x)) {
                overrides.set(id, x);
            }
        }
        // The link's own changed factors win over its set's values.
        let older_set = older.map(|mut o| {
            o.changes.retain(|c| !overrides.is_overridden(c.id));
            for c in &o.changes {
                overrides.set(c.id, c.then);
            }
            o
        });
        let mut compare = Vec::new();
        for n in 1..=MAX_VARIANTS {
            let key = variant_key(n);
            if let Some(v) = r.take(&key) {
                // A variant is a link of its own, without variants of its own.
                if v.contains("cmp.") || v.len() > codec::MAX_FRAGMENT_LEN / 4 {
                    r.notice(&key, &v, NoticeKind::BadValue);
                } else {
                    compare.push(v);
                }
            }
        }
        Shell {
            lang,
            view,
            overrides,
            compare,
            older_set,
        }
    }
}

/// Writes the link fragment (without `#`) for the page-level part and the calculators' parts.
pub fn encode(shell: &Shell, parts: &[&dyn Fn(&mut Writer)]) -> String {
    let mut w = Writer::new();
    w.text("v", codec::SCHEMA_VERSION.to_string());
    w.text("fs", FACTOR_SET_VERSION);
    shell.write(&mut w);
    for part in parts {
        part(&mut w);
    }
    format_pairs(&w.into_pairs())
}

/// Opens a link fragment: the pairs, migrated to the current schema, in a [`Reader`] that has
/// already read the version and factor-set keys. Read the parts with [`LinkFields::read`], then
/// call [`Reader::finish`] for the notices (unknown keys included).
///
/// A link made with an older set of [`history::PAST_SETS`] opens with that set's values
/// ([`Shell::older_set`]); a link naming a set this build does not know (a newer one, or none at
/// all) opens on the current factors with a [`NoticeKind::OtherFactorSet`] notice.
pub fn open(fragment: &str) -> Reader {
    open_with_history(fragment, history::PAST_SETS)
}

/// [`open`] with the given history of older sets (newest first); tests use made-up histories.
pub fn open_with_history(fragment: &str, past: &[PastSet]) -> Reader {
    let mut notices: Vec<Notice> = Vec::new();
    let pairs = parse_pairs(fragment, &mut notices);
    let version = codec::read_version(&pairs, &mut notices);
    let pairs = codec::migrate(version, pairs, &mut notices);
    let mut r = Reader::new(pairs);
    let _ = r.take("v");
    if let Some(fs) = r.take("fs") {
        if fs != FACTOR_SET_VERSION {
            match history::older_set(&fs, past, Library::standard()) {
                Some(older) => r.set_older_set(older),
                None => r.notice("fs", &fs, NoticeKind::OtherFactorSet(fs.clone())),
            }
        }
    }
    for n in notices {
        r.notice(&n.key, &n.value, n.kind);
    }
    r
}
