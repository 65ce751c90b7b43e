//! The inputs and edits of calculator 3 (carbon footprint).
//!
//! The scenario itself is the core's [`CarbonInputs`] (the link codec serialises it); this
//! module adds the preset the user started from (its figures are quoted on the page) and the
//! edits. Every edit leaves a valid choice behind: the electricity basis is normalised to a
//! published factor and a fuel line keeps a unit that measures its fuel.
//!
//! The default scenario is the household preset: a household's yearly electricity (≈ 2,960 kWh,
//! derived from NEA and NBS figures) at the report's 2024 national-average electricity
//! carbon-footprint factor: the calculator opens on the report's own figure with a number
//! everyone can picture.

use qingshan_core::carbon::{
    presets, Activity, ActivityKind, Boundary, CarbonInputs, ElectricityBasis, FunctionalUnit,
    GwpSet, Line, LineId, PriceChoice, Variant,
};

/// The inputs of calculator 3 (carbon footprint), as the user left them.
#[derive(Clone, Debug, PartialEq)]
pub struct CarbonState {
    /// The scenario.
    pub inputs: CarbonInputs,
    /// The preset the scenario started from (a key of `qingshan_core::carbon::presets`), if any.
    pub preset: Option<&'static str>,
}

impl Default for CarbonState {
    fn default() -> Self {
        CarbonState {
            inputs: presets::household(),
            preset: Some(presets::HOUSEHOLD),
        }
    }
}

/// An edit of calculator 3 (carbon footprint).
#[derive(Clone, Debug, PartialEq)]
pub enum CarbonAction {
    /// Adds a line of this kind at the end (baseline, round default quantity).
    AddLine(ActivityKind),
    /// Removes a line.
    RemoveLine(LineId),
    /// Replaces a line's activity.
    SetActivity(LineId, Activity),
    /// Moves a line to the baseline or the alternative.
    SetVariant(LineId, Variant),
    /// Sets the scenario's electricity basis.
    SetBasis(ElectricityBasis),
    /// Sets the GWP set.
    SetGwp(GwpSet),
    /// Sets the functional unit.
    SetFunctionalUnit(FunctionalUnit),
    /// Sets the declared boundary.
    SetBoundary(Boundary),
    /// Sets the carbon price.
    SetPrice(PriceChoice),
}

impl CarbonState {
    /// Applies one edit.
    pub fn apply(&mut self, action: CarbonAction) {
        let inputs = &mut self.inputs;
        match action {
            CarbonAction::AddLine(kind) => {
                let id = inputs.next_line_id();
                inputs.lines.push(Line {
                    id,
                    variant: Variant::Baseline,
                    activity: kind.new_activity(),
                });
            }
            CarbonAction::RemoveLine(id) => inputs.lines.retain(|l| l.id != id),
            CarbonAction::SetActivity(id, activity) => {
                if let Some(l) = inputs.lines.iter_mut().find(|l| l.id == id) {
                    l.activity = activity.normalised();
                }
            }
            CarbonAction::SetVariant(id, variant) => {
                if let Some(l) = inputs.lines.iter_mut().find(|l| l.id == id) {
                    l.variant = variant;
                }
            }
            CarbonAction::SetBasis(basis) => inputs.electricity = basis.normalised(),
            CarbonAction::SetGwp(gwp) => inputs.gwp = gwp,
            CarbonAction::SetFunctionalUnit(fu) => inputs.functional_unit = fu,
            CarbonAction::SetBoundary(b) => inputs.boundary = b,
            CarbonAction::SetPrice(p) => inputs.price = p,
        }
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset` and
    /// `qingshan_core::carbon::presets`); false if it is not one of this calculator's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        match presets::get(key) {
            Some(p) => {
                self.inputs = (p.build)();
                self.preset = Some(p.key);
                true
            }
            None => false,
        }
    }
}
