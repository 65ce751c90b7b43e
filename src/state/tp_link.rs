//! The tp part of the scenario link: keys under `p.` (docs/links.md).
//!
//! Not yet written: the link carries the page-level fields only, and this part opens at its
//! preset.

use qingshan_core::codec::{LinkFields, Reader, Writer};

use super::tp::TpState;

impl LinkFields for TpState {
    fn write(&self, w: &mut Writer) {
        let _ = w;
    }

    fn read(r: &mut Reader) -> Self {
        let _ = r;
        TpState::default()
    }
}
