//! Keys of the report-figures and sources views.

/// Strings of the report-figures and sources views.
#[derive(Debug, PartialEq)]
pub struct LibraryText {
    /// The section's accessible name (placeholder until the view is built).
    pub section_label: &'static str,
}
