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
}
