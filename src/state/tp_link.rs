//! The total-phosphorus part of the scenario link: keys under `p.` (docs/links.md, "Total
//! phosphorus").
//!
//! The state is the core's [`Scenario`](qingshan_core::phosphorus::Scenario) and nothing else
//! (the view keeps no state of its own worth sharing), so the codec lives in the core
//! (`qingshan_core::phosphorus::link`) and this entry point only delegates to it.

use qingshan_core::codec::{LinkFields, Reader, Writer};
use qingshan_core::phosphorus::Scenario;

use super::tp::TpState;

impl LinkFields for TpState {
    fn write(&self, w: &mut Writer) {
        self.scenario.write(w);
    }

    fn read(r: &mut Reader) -> Self {
        TpState {
            scenario: Scenario::read(r),
        }
    }
}
