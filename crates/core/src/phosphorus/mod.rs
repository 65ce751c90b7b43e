//! Calculator 2: total phosphorus (TP, 总磷) kept out of rivers and lakes.
//!
//! # Method
//!
//! The user lists measures ([`Measure`]); each gives t TP/yr avoided (as P):
//!
//! | kind | t TP/yr avoided | source of defaults |
//! |---|---|---|
//! | municipal plant upgrade | Q (m³/d) × (C_before − C_after) (mg/L) × days × 10⁻⁶ | GB 18918-2002 classes, quasi-Class IV (factors.md B1) |
//! | industrial wastewater | Q × (C_before − C_after) × days × 10⁻⁶ | none: the user's values |
//! | farmland | area (ha) × loss coefficient (kg P/(ha·yr)) × 10⁻³ × removal share | 0.61 kg P/(ha·yr), middle-lower Yangtze (Sun C. et al. 2017); share: the user's |
//! | livestock | heads × manure (t/head/yr) × manure TP (kg/t) × 10⁻³ × removal share | manure TP: SEPA 2002 (unverified); manure mass and share: the user's |
//! | direct | t/yr | the report's total, or the user's value |
//! | efficiency on a shared load | see below | η: the user's |
//!
//! **Combination.** The first five kinds are independent: each acts on a load of its own, and
//! their reductions add. Several measures acting on *one* load do not add: each removes its
//! share of what the others left, so together they remove 1 − Π(1 − ηᵢ) of the load, never Σηᵢ
//! (US EPA PLET/STEPL appendix; factors.md B2). Two measures of 50 % and 40 % on a 100 t/yr
//! load remove 1 − 0.5 × 0.6 = 70 %, 70 t/yr, not 90 t/yr. The model makes this explicit: such
//! a load is a [`SharedLoad`] with its own baseline, and the measures on it are
//! [`MeasureKind::Efficiency`] entries naming it. Each is credited, in list order, with η of
//! what the earlier ones left (`baseline × Π_{j<i}(1 − ηⱼ) × ηᵢ`), so the credits sum exactly
//! to the combined reduction; reordering moves credit between them and never changes the total.
//!
//! **Outputs** ([`Results`]): t/yr per measure and in total; the total as a share of the
//! report's 11,700 t (2025, Yangtze basin; used as t/yr, which the report does not state) and of
//! the national discharge of the 2nd pollution-source census (2017, ≈ 31.5万 t, derived from
//! agriculture's 21.20万 t and 67.2 %); the report's average project (11,700 t ÷ 2,400 ≈ 4.9
//! t/yr, an upper bound since the report counts "more than 2,400") as the flow of a plant
//! upgraded from Class 1B to 1A; the algal biomass the phosphorus could at most have grown
//! (Redfield C:N:P = 106:16:1, ≈ 114.5 kg dry or ≈ 380 kg wet per kg P: a stoichiometric
//! ceiling, not an observed bloom reduction); and the volume of water the load would bring to a
//! GB 3838-2002 class limit (load ÷ limit, 1 mg/L = 1 g/m³).
//!
//! **Ranges.** [`evaluate`] runs [`compute`] with every factor at its central, low and high
//! value ([`crate::eval::at_three_points`]); the user's own inputs have no range.
//!
//! # Purity
//!
//! [`compute`] is a pure function of the scenario and the factor values: no global state, no
//! panic, no NaN or ∞ in its output (inputs are validated, every division is guarded). An input
//! the sources give no default for is `None` until the user enters it; the measure then reports
//! which field it needs ([`compute::field`]) and is left out of the total.

pub mod compute;
pub mod inputs;
pub mod link;
pub mod quantity;

pub use compute::{
    compute, field, Algae, BaselineDetail, Detail, Dilution, MeasureOutcome, MeasureResult,
    NationalComparison, ReportComparison, Results, SharedLoadOutcome, SharedLoadResult,
};
pub use inputs::{
    Baseline, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland, Industrial, Livestock,
    LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId, MeasureKind, MeasureType,
    PlantUpgrade, Scenario, SharedLoad, WaterBody, WaterClass, DEFAULT_DAYS, EXAMPLE_PLANT_FLOW,
};

use crate::eval::{at_three_points, CalcError, Overrides};
use crate::factors::Library;

/// The results with their ranges: [`compute`] at the central, low and high values of every
/// factor (with the user's overrides, which have no range).
pub fn evaluate(
    scenario: &Scenario,
    library: &Library,
    overrides: &Overrides,
) -> Result<Results, CalcError> {
    let [c, l, h] = at_three_points(library, overrides, |f| compute(scenario, f))?;
    Ok(Results::join(c, l, h))
}
