//! The carbon results as export rows. Not yet written: exports list no carbon rows.

use crate::export::Row;
use crate::state::AppState;

/// The carbon rows for `state` (in its language) and the ids of the factors they read.
pub fn rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let _ = state;
    (Vec::new(), Vec::new())
}
