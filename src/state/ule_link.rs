//! The ULE part of the scenario link: keys under `u.` (docs/links.md, "Calculator 1").
//!
//! The inputs are the core's [`UleInputs`], whose codec lives in the core
//! (`qingshan_core::ule::link`: the input keys with `ule.` → `u.`, each value checked with the
//! calculation's own rule). This adds the sector on screen, `u.sector=steel|coking|cement`, so a
//! link opens the sector it was made on (a preset link such as the cement one shows cement).

use qingshan_core::codec::{LinkFields, Reader, Writer};
use qingshan_core::ule::{Sector, UleInputs};

use super::ule::{FocusSector, UleState};

/// `u.sector`: the sector whose inputs are on screen.
pub const SECTOR_KEY: &str = "u.sector";

impl LinkFields for UleState {
    fn write(&self, w: &mut Writer) {
        w.word(
            SECTOR_KEY,
            self.focus.0.key(),
            FocusSector::default().0.key(),
        );
        self.inputs.write(w);
    }

    fn read(r: &mut Reader) -> Self {
        let focus = r
            .word(SECTOR_KEY, Sector::from_key)
            .map(FocusSector)
            .unwrap_or_default();
        UleState {
            inputs: UleInputs::read(r),
            focus,
        }
    }
}
