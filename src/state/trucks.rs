//! The inputs and edits of the heavy-trucks panel (part of calculator 1).

/// The inputs of the heavy-trucks panel, as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TrucksState {}

/// An edit of the heavy-trucks panel.
#[derive(Clone, Debug, PartialEq)]
pub enum TrucksAction {}

impl TrucksState {
    /// Applies one edit.
    pub fn apply(&mut self, action: TrucksAction) {
        match action {}
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`); false if it is not one
    /// of this panel's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let _ = key;
        false
    }
}
