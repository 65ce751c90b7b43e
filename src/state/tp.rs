//! The inputs and edits of calculator 2 (total phosphorus).

/// The inputs of calculator 2 (total phosphorus), as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TpState {}

/// An edit of calculator 2 (total phosphorus).
#[derive(Clone, Debug, PartialEq)]
pub enum TpAction {}

impl TpState {
    /// Applies one edit.
    pub fn apply(&mut self, action: TpAction) {
        match action {}
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`); false if it is not one
    /// of this calculator's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let _ = key;
        false
    }
}
