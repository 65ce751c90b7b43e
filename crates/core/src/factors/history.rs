//! Older factor sets: what a link made with an earlier [`FACTOR_SET_VERSION`] was computed with.
//!
//! Issue 7: "a link made with an older factor set opens with the factors it was made with and
//! offers the current ones, showing the difference". The binary cannot hold every old library,
//! so each released set that is no longer current is kept as a [`PastSet`]: the central values in
//! that set that differ from the set released after it (a reverse delta). Walking the chain from
//! the current library back to the link's set gives every value the link was computed with;
//! [`older_set`] returns the ones that differ from today's as [`FactorChange`]s, which the
//! scenario applies as changed factors until the user takes the current ones.
//!
//! Every released set also has a release file, `crates/core/tests/fixtures/factor-sets/<v>.tsv`
//! (every factor id and its central value, written by
//! `cargo run -p qingshan-core --example factor_set`). The tests check that the current library
//! still equals its release file (so no value changes without a version bump) and that the chain
//! rebuilds every older release file exactly.
//!
//! **To release a new set**: copy the values that change from the current release file into a
//! new [`PastSet`] at the head of [`PAST_SETS`] (version = the outgoing one), change the data,
//! bump [`FACTOR_SET_VERSION`], write the new release file with the example, and add the entry to
//! `CHANGELOG-factors.md`.
//!
//! Only central values travel back: an old set's ranges, sources and notes are not kept (the
//! page lists the values, and a changed factor has no range in the Monte Carlo). A factor the
//! old set did not have is read at today's value (the old calculations did not read it); a
//! factor removed since is skipped (no calculation reads it any more).
//!
//! [`FACTOR_SET_VERSION`]: super::FACTOR_SET_VERSION

use super::{Library, FACTOR_SET_VERSION};
use std::collections::BTreeMap;

/// A released factor set that is no longer current: its central values that differ from the
/// set released after it.
#[derive(Clone, Copy, Debug)]
pub struct PastSet {
    /// The set's version (`FACTOR_SET_VERSION` when it was current).
    pub version: &'static str,
    /// `(factor id, central value in this set)` for every factor whose value the next set
    /// changed, in the factor's unit as the next set has it.
    pub values: &'static [(&'static str, f64)],
}

/// The released sets older than the current one, newest first. Empty while 2026.1, the first
/// set, is the only one released.
pub const PAST_SETS: &[PastSet] = &[];

/// One factor whose value differs between an older set and the current one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FactorChange {
    /// The factor's id (as the current library has it).
    pub id: &'static str,
    /// Its central value in the older set.
    pub then: f64,
    /// Its central value in the current set.
    pub now: f64,
}

/// A link's older factor set and the factors whose values differ from the current set.
#[derive(Clone, Debug, PartialEq)]
pub struct OlderSet {
    /// The older set's version.
    pub version: String,
    /// The factors that differ, in library order.
    pub changes: Vec<FactorChange>,
}

/// The central value of every factor of `lib` that differs in set `version`, or `None` if
/// `version` is neither the current set nor one of `history` (newest first).
pub fn values_in(
    version: &str,
    history: &[PastSet],
    lib: &Library,
) -> Option<BTreeMap<&'static str, f64>> {
    if version == FACTOR_SET_VERSION {
        return Some(BTreeMap::new());
    }
    let depth = history.iter().position(|s| s.version == version)?;
    let mut values = BTreeMap::new();
    // Newest first, so an older set's value overwrites a newer one's.
    for set in &history[..=depth] {
        for &(id, value) in set.values {
            if let Some(f) = lib.get(id) {
                values.insert(f.id(), value);
            }
        }
    }
    Some(values)
}

/// The factors whose central value in set `version` differs from `lib`'s, or `None` if the set
/// is unknown (a newer set, or no set at all) or is the current one.
pub fn older_set(version: &str, history: &[PastSet], lib: &Library) -> Option<OlderSet> {
    if version == FACTOR_SET_VERSION {
        return None;
    }
    let values = values_in(version, history, lib)?;
    let changes = lib
        .iter()
        .filter_map(|f| {
            let then = *values.get(f.id())?;
            (then.to_bits() != f.value.to_bits() && then.is_finite()).then_some(FactorChange {
                id: f.id(),
                then,
                now: f.value,
            })
        })
        .collect();
    Some(OlderSet {
        version: version.to_string(),
        changes,
    })
}
