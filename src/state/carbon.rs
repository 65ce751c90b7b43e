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
}
