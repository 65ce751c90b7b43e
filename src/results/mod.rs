//! Every calculator's results as rows, for export and comparison. Each calculator contributes
//! its rows (in the user's language) and the ids of the factors it read.

mod carbon;
mod tp;
mod trucks;
mod ule;

use crate::export::Row;
use crate::state::AppState;

/// The rows of every calculator for `state`, and the sorted ids of the factors they read.
pub fn all_rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let mut rows: Vec<Row> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for part in [ule::rows, trucks::rows, tp::rows, carbon::rows] {
        let (r, i) = part(state);
        rows.extend(r);
        add_ids(&mut ids, i);
    }
    (rows, ids)
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
