//! The carbon part of the scenario link: keys under `c.` (docs/links.md, "Carbon footprint").
//!
//! The codec lives in the core ([`qingshan_core::carbon::link`]) on the core's
//! [`qingshan_core::carbon::CarbonInputs`]; this entry point adds the preset the page remembers
//! (`c.preset`), which decides what the scenario is compared with and which report sentences
//! the page quotes. A link without carbon keys opens the default (household) preset.

use qingshan_core::carbon::link;
use qingshan_core::codec::{LinkFields, Reader, Writer};

use super::carbon::CarbonState;

impl LinkFields for CarbonState {
    fn write(&self, w: &mut Writer) {
        link::write(&self.inputs, self.preset, w);
    }

    fn read(r: &mut Reader) -> Self {
        let (inputs, preset) = link::read(r);
        CarbonState { inputs, preset }
    }
}
