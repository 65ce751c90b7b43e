//! Calculator 3: carbon footprint (碳足迹) on China's official factors.
//!
//! A scenario ([`CarbonInputs`]) is a list of activity lines and a few choices; [`evaluate`]
//! turns it into kg CO₂e by line, by gas and in total, each with a low–high range, per
//! functional unit and in yuan at a carbon price. Every function is pure: inputs and factor
//! values in, a result or a typed [`CarbonError`] out, no panic. The method and the design
//! decisions are in `docs/carbon.md`; in short:
//!
//! * **One electricity basis per scenario.** The life-cycle carbon-footprint factor
//!   (kg CO₂e/kWh) and the CO₂-only emission factor (kg CO₂/kWh) are two variants of
//!   [`ElectricityBasis`], read through the typed lookups of
//!   [`crate::factors::electricity`]; a scenario has exactly one, so its total never mixes them,
//!   and the result names the kind ([`CarbonResult::electricity`]). Life-cycle electricity
//!   counts as CO₂e not split by gas ([`Gas::Unsplit`]); CO₂-only electricity as CO₂.
//! * **Fuels from the Chinese default table**, recomputed from NCV × carbon content ×
//!   oxidation × 44/12 (so a changed NCV counts); CH₄ and N₂O only where a default exists (IPCC
//!   liquid fuels, stationary combustion) or the user enters them, weighed by the chosen GWP set
//!   (AR5 by default).
//! * **Comparisons**: lines can belong to a baseline or an alternative ([`Variant`]); the result
//!   then gives both totals and the change, split into on-site ("tailpipe") and electricity
//!   ("net" = both).

mod calc;
mod inputs;
pub mod link;
pub mod presets;
#[cfg(test)]
mod tests;

pub use calc::{
    compute, evaluate, headline, validate, ByGas, CarbonError, CarbonResult, Change,
    ElectricityFactorIds, LineOutcome, LineResult, Outcome, Stream, Term, Totals, TotalsResult,
    DIESEL_PER_LITRE, FIELD_CH4, FIELD_FUNCTIONAL_UNIT, FIELD_N2O, FIELD_QUANTITY, IPCC_LIQUID_CH4,
    IPCC_LIQUID_N2O, SCENARIO_ERROR,
};
pub use inputs::{
    Activity, ActivityKind, Boundary, CarbonInputs, CountUnit, DirectGas, ElectricityBasis,
    ElectricityKind, ElectricityUse, EnergyUnit, Fuel, FuelUnit, FunctionalUnit,
    FunctionalUnitKind, Gas, GwpSet, Line, LineId, MassUnit, Material, NonCo2, PriceChoice,
    Process, TdKind, Variant, Vehicle,
};

use crate::factors::{Grade, Library};

impl CarbonResult {
    /// The factors of the result graded unverified in `library` (consumption of trucks, BF-BOF
    /// and scrap-EAF intensities …): the page says that the result rests on them.
    pub fn unverified(&self, library: &Library) -> Vec<&'static str> {
        self.factors_used
            .iter()
            .copied()
            .filter(|id| {
                library
                    .get(id)
                    .is_some_and(|f| f.grade() == Grade::Unverified)
            })
            .collect()
    }

    /// The factors of the result that are derived (computed by this project from other
    /// figures, never published as such).
    pub fn derived(&self, library: &Library) -> Vec<&'static str> {
        self.factors_used
            .iter()
            .copied()
            .filter(|id| library.get(id).is_some_and(|f| f.grade() == Grade::Derived))
            .collect()
    }
}
