//! Keys of calculator 1, ultra-low-emission retrofits.

/// Strings of calculator 1, ultra-low-emission retrofits.
#[derive(Debug, PartialEq)]
pub struct UleText {
    /// The section's accessible name (placeholder until the view is built).
    pub section_label: &'static str,
}
