//! Every calculator's results as rows, for export and comparison. Each calculator contributes
//! its rows (in the user's language) and the ids of the factors it read.
//!
//! Two entry points: [`all_rows`] (central and all-ends bound only: the comparison panel calls
//! it on every render, so it must stay cheap) and [`all_rows_with_ranges`] (the export, on
//! click), which also runs each calculator's Monte Carlo analysis exactly as its view does (the
//! view's own output layout, `tornado::analyse_timed`: 10,000 samples, the default seed, no
//! user ranges) and puts each row's 5th and 95th percentiles in [`Row::mc`]. Each row takes its
//! output index from the view's layout constants where the row is built, so the mapping sits
//! next to the number it ranges; rows with no counterpart output are listed in each module.

mod carbon;
mod tp;
mod trucks;
mod ule;

use qingshan_core::uncertainty::Analysis;

use crate::components::tornado::mc_stats;
use crate::export::Row;
use crate::state::AppState;

/// Whether rows carry the Monte Carlo range ([`Row::mc`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ranges {
    /// Central and all-ends bound only (cheap: the comparison).
    Without,
    /// Also run each calculator's Monte Carlo analysis (the export).
    With,
}

/// The rows of every calculator for `state`, and the sorted ids of the factors they read,
/// without Monte Carlo ranges (`Row::mc` is `None`): no simulation runs, so the comparison
/// panel can call this on every render.
pub fn all_rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    rows_of(state, Ranges::Without)
}

/// [`all_rows`] with each row's Monte Carlo 90 % range ([`Row::mc`]) from the same analysis
/// the calculator's view runs: one 10,000-sample analysis per calculator (tens of ms in the
/// browser for the four report presets; docs/uncertainty.md, "Exports"). For the export only.
pub fn all_rows_with_ranges(state: &AppState) -> (Vec<Row>, Vec<String>) {
    rows_of(state, Ranges::With)
}

fn rows_of(state: &AppState, ranges: Ranges) -> (Vec<Row>, Vec<String>) {
    let mut rows: Vec<Row> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for part in [ule::rows, trucks::rows, tp::rows, carbon::rows] {
        let (r, i) = part(state, ranges);
        rows.extend(r);
        add_ids(&mut ids, i);
    }
    (rows, ids)
}

/// The Monte Carlo range `(p5, p95)` of output `output` of `analysis`, times `scale` (100 for a
/// row in percent of an output that is a fraction; else 1, so the numbers are the page's
/// `data-p5`/`data-p95` exactly). `None` without an analysis, when every sample failed, when
/// an end is not finite, or when there is no spread (p95 − p5 within 1e-12 of the larger end:
/// an output no sampled factor moves, such as a value that is 0 in every sample).
pub(crate) fn mc(analysis: Option<&Analysis>, output: usize, scale: f64) -> Option<(f64, f64)> {
    let s = mc_stats(analysis, output)?;
    let (p5, p95) = (s.p5 * scale, s.p95 * scale);
    let spread = p95 - p5 > 1e-12 * p5.abs().max(p95.abs());
    (p5.is_finite() && p95.is_finite() && spread).then_some((p5, p95))
}

/// Adds `new` to the sorted, duplicate-free `ids`, keeping it so.
///
/// A binary-search insert rather than `sort` + `dedup`: a few dozen ids, and it keeps the
/// standard library's stable sort for `String` (about 3 KB of wasm, used nowhere else) out of
/// the binary (docs/size.md).
fn add_ids(ids: &mut Vec<String>, new: impl IntoIterator<Item = String>) {
    for id in new {
        if let Err(at) = ids.binary_search(&id) {
            ids.insert(at, id);
        }
    }
}
