//! Keys of calculator 2, total phosphorus.

/// Strings of calculator 2, total phosphorus.
#[derive(Debug, PartialEq)]
pub struct TpText {
    /// The section's accessible name (placeholder until the view is built).
    pub section_label: &'static str,
}
