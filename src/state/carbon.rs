//! The inputs and edits of calculator 3 (carbon footprint).

/// The inputs of calculator 3 (carbon footprint), as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CarbonState {}

/// An edit of calculator 3 (carbon footprint).
#[derive(Clone, Debug, PartialEq)]
pub enum CarbonAction {}

impl CarbonState {
    /// Applies one edit.
    pub fn apply(&mut self, action: CarbonAction) {
        match action {}
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`); false if it is not one
    /// of this calculator's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let _ = key;
        false
    }
}
