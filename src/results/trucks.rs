//! The trucks results as export rows. Not yet written: exports list no trucks rows.

use crate::export::Row;
use crate::state::AppState;

/// The trucks rows for `state` (in its language) and the ids of the factors they read.
pub fn rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let _ = state;
    (Vec::new(), Vec::new())
}
