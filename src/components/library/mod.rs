//! The report-figures and sources views.

pub mod figures;
pub mod sources;
