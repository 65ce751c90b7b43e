//! Reading and writing one part of the scenario (a calculator's inputs) as link pairs.

use super::{Notice, NoticeKind};
use crate::factors::history::OlderSet;

/// A part of the scenario that travels in the link under its own key prefix.
pub trait LinkFields: Sized {
    /// Writes the values that differ from `Self::default()` (the preset).
    fn write(&self, w: &mut Writer);
    /// Reads what the link holds, starting from the preset; unreadable values leave the preset
    /// value and add a notice.
    fn read(r: &mut Reader) -> Self;
}

/// Collects pairs for a link.
#[derive(Debug, Default)]
pub struct Writer {
    pairs: Vec<(String, String)>,
}

/// The shortest decimal text that reads back as exactly `x` (Rust's `Display` for `f64`).
pub fn fields_number(x: f64) -> String {
    format!("{x}")
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// Writes `key=text` unconditionally.
    pub fn text(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.pairs.push((key.into(), value.into()));
    }

    /// Writes a number if it differs from `default` (bit for bit: a link reproduces the exact
    /// number the user typed).
    pub fn num(&mut self, key: impl Into<String>, value: f64, default: f64) {
        if value.to_bits() != default.to_bits() && value.is_finite() {
            self.pairs.push((key.into(), fields_number(value)));
        }
    }

    /// Writes a word if it differs from `default`.
    pub fn word(&mut self, key: impl Into<String>, value: &str, default: &str) {
        if value != default {
            self.pairs.push((key.into(), value.to_string()));
        }
    }

    /// Writes a flag if it differs from `default` (`1` / `0`).
    pub fn flag(&mut self, key: impl Into<String>, value: bool, default: bool) {
        if value != default {
            self.pairs
                .push((key.into(), if value { "1" } else { "0" }.to_string()));
        }
    }

    /// The pairs written so far.
    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.pairs
    }
}

/// Hands out the link's pairs to the parts that read them and remembers which were used, so
/// that everything left over can be reported as unknown.
#[derive(Debug)]
pub struct Reader {
    pairs: Vec<(String, String, bool)>,
    notices: Vec<Notice>,
    older_set: Option<OlderSet>,
}

impl Reader {
    /// A reader over decoded pairs.
    pub fn new(pairs: Vec<(String, String)>) -> Reader {
        Reader {
            pairs: pairs.into_iter().map(|(k, v)| (k, v, false)).collect(),
            notices: Vec::new(),
            older_set: None,
        }
    }

    /// Records that the link was made with an older, known factor set (set by
    /// `scenario::open`).
    pub fn set_older_set(&mut self, older: OlderSet) {
        self.older_set = Some(older);
    }

    /// The older factor set the link was made with, if any (taken once, by `Shell::read`).
    pub fn take_older_set(&mut self) -> Option<OlderSet> {
        self.older_set.take()
    }

    /// The raw value of `key`, marking it used.
    pub fn take(&mut self, key: &str) -> Option<String> {
        let p = self.pairs.iter_mut().find(|(k, _, _)| k == key)?;
        p.2 = true;
        Some(p.1.clone())
    }

    /// Every key that starts with `prefix` and has not been used, in link order.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _, used)| !used && k.starts_with(prefix))
            .map(|(k, _, _)| k.clone())
            .collect()
    }

    /// Records a notice.
    pub fn notice(&mut self, key: &str, value: &str, kind: NoticeKind) {
        self.notices.push(Notice::new(key, value, kind));
    }

    /// A number at `key`, checked by `valid` (e.g. `eval::non_negative`); `None` if absent.
    /// A value that is not a number, or that `valid` refuses, is reported and gives `None`.
    ///
    /// A thin generic shim over [`Reader::num_checked`]: the decoders call this a few dozen
    /// times with distinct closures, and a generic body would be copied into each of them.
    pub fn num<E>(&mut self, key: &str, valid: impl Fn(f64) -> Result<f64, E>) -> Option<f64> {
        self.num_checked(key, &|x| valid(x).is_ok())
    }

    /// [`Reader::num`] with the rule as a predicate (one copy of the reading in the wasm).
    #[inline(never)]
    pub fn num_checked(&mut self, key: &str, valid: &dyn Fn(f64) -> bool) -> Option<f64> {
        let raw = self.take(key)?;
        let Some(x) = crate::decimal::parse_f64(raw.trim()) else {
            self.notice(key, &raw, NoticeKind::BadValue);
            return None;
        };
        if !x.is_finite() {
            self.notice(key, &raw, NoticeKind::BadValue);
            return None;
        }
        // `-0` reads as 0: adding +0 turns IEEE −0 into +0 and changes nothing else, so a
        // rewritten link never carries `=-0`.
        let x = x + 0.0;
        if valid(x) {
            Some(x)
        } else {
            self.notice(key, &raw, NoticeKind::OutOfRange);
            None
        }
    }

    /// A word at `key` read by `parse`; `None` if absent, reported if `parse` refuses it.
    ///
    /// A thin generic shim over [`Reader::word_with`], for the same reason as [`Reader::num`].
    pub fn word<T>(&mut self, key: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        let mut out = None;
        self.word_with(key, &mut |s| {
            out = parse(s);
            out.is_some()
        });
        out
    }

    /// [`Reader::word`] with the parser storing its result itself and returning whether it
    /// accepted the word; `false` if absent.
    #[inline(never)]
    pub fn word_with(&mut self, key: &str, parse: &mut dyn FnMut(&str) -> bool) -> bool {
        let Some(raw) = self.take(key) else {
            return false;
        };
        let ok = parse(&raw);
        if !ok {
            self.notice(key, &raw, NoticeKind::BadValue);
        }
        ok
    }

    /// A flag (`1`/`0`, `true`/`false`) at `key`.
    pub fn flag(&mut self, key: &str) -> Option<bool> {
        self.word(key, |s| match s {
            "1" | "true" => Some(true),
            "0" | "false" => Some(false),
            _ => None,
        })
    }

    /// Reports every pair nobody read as unknown and returns all notices.
    pub fn finish(mut self) -> Vec<Notice> {
        let unused: Vec<(String, String)> = self
            .pairs
            .iter()
            .filter(|(_, _, used)| !used)
            .map(|(k, v, _)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in unused {
            self.notices
                .push(Notice::new(&k, &v, NoticeKind::UnknownKey));
        }
        self.notices
    }
}
