//! The inputs and edits of calculator 1 (ultra-low-emission retrofits).

/// The inputs of calculator 1 (ultra-low-emission retrofits), as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UleState {}

/// An edit of calculator 1 (ultra-low-emission retrofits).
#[derive(Clone, Debug, PartialEq)]
pub enum UleAction {}

impl UleState {
    /// Applies one edit.
    pub fn apply(&mut self, action: UleAction) {
        match action {}
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`); false if it is not one
    /// of this calculator's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let _ = key;
        false
    }
}
