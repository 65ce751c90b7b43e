//! Keys of calculator 3, carbon footprint.

/// Strings of calculator 3, carbon footprint.
#[derive(Debug, PartialEq)]
pub struct CarbonText {
    /// The section's accessible name (placeholder until the view is built).
    pub section_label: &'static str,
}
