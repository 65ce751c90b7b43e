//! The trucks part of the scenario link: keys under `t.` (docs/links.md).
//!
//! Not yet written: the link carries the page-level fields only, and this part opens at its
//! preset.

use qingshan_core::codec::{LinkFields, Reader, Writer};

use super::trucks::TrucksState;

impl LinkFields for TrucksState {
    fn write(&self, w: &mut Writer) {
        let _ = w;
    }

    fn read(r: &mut Reader) -> Self {
        let _ = r;
        TrucksState::default()
    }
}
