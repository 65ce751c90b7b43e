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
        ids.extend(i);
    }
    ids.sort();
    ids.dedup();
    (rows, ids)
}
