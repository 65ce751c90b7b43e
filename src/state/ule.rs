//! The inputs and edits of calculator 1 (ultra-low-emission retrofits).
//!
//! The inputs themselves are the core's [`UleInputs`] (the link codec serialises them); this
//! module adds which sector the page is editing and the edits. `Default` is the report preset.

use qingshan_core::figures::preset;
use qingshan_core::ule::{Annualise, LimitPoint, Method, PointKind, Pollutant, Sector, UleInputs};

/// The inputs of calculator 1 (ultra-low-emission retrofits), as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UleState {
    /// Everything the calculation reads.
    pub inputs: UleInputs,
    /// The sector whose inputs are on screen.
    pub focus: FocusSector,
}

/// The sector on screen (steel unless a preset or the user picked another).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FocusSector(pub Sector);

impl Default for FocusSector {
    fn default() -> Self {
        FocusSector(Sector::Steel)
    }
}

/// An edit of calculator 1 (ultra-low-emission retrofits). `None` puts an input back to its
/// default (or, where there is none, leaves it to be filled in).
#[derive(Clone, Debug, PartialEq)]
pub enum UleAction {
    /// Show another sector's inputs.
    Focus(Sector),
    /// Retrofitted capacity, t/yr.
    SetCapacity(Sector, f64),
    /// Utilisation, 0–1.
    SetUtilisation(Sector, Option<f64>),
    /// The method.
    SetMethod(Sector, Method),
    /// Count an emission point or not.
    SetPointEnabled(PointKind, bool),
    /// t of the point's product per t of the sector's product.
    SetRatio(PointKind, Option<f64>),
    /// Concentration before, mg/Nm³.
    SetBefore(PointKind, Pollutant, Option<f64>),
    /// Concentration after, mg/Nm³.
    SetAfter(PointKind, Pollutant, Option<f64>),
    /// Baseline intensity, kg/t.
    SetIntensity(Sector, Pollutant, Option<f64>),
    /// Expected reduction share, 0–1.
    SetReduction(Sector, Pollutant, Option<f64>),
    /// Annualise the steel investment with the user's rate and life, or not.
    SetAnnualise(Option<Annualise>),
    /// Compliance check: the emission point.
    SetCheckPoint(LimitPoint),
    /// Compliance check: the pollutant.
    SetCheckPollutant(Pollutant),
    /// Compliance check: measured concentration, mg/Nm³.
    SetCheckMeasured(Option<f64>),
    /// Compliance check: measured O₂, %.
    SetCheckO2(Option<f64>),
    /// Put one sector back to the report preset.
    ResetSector(Sector),
}

impl UleState {
    /// Applies one edit.
    pub fn apply(&mut self, action: UleAction) {
        let inputs = &mut self.inputs;
        match action {
            UleAction::Focus(s) => self.focus = FocusSector(s),
            UleAction::SetCapacity(s, x) => inputs.sector_mut(s).capacity = x,
            UleAction::SetUtilisation(s, x) => inputs.sector_mut(s).utilisation = x,
            UleAction::SetMethod(s, m) => inputs.sector_mut(s).method = m,
            UleAction::SetPointEnabled(k, on) => {
                if let Some(p) = inputs.sector_mut(k.sector()).point_mut(k) {
                    p.enabled = on;
                }
            }
            UleAction::SetRatio(k, x) => {
                if let Some(p) = inputs.sector_mut(k.sector()).point_mut(k) {
                    p.ratio = x;
                }
            }
            UleAction::SetBefore(k, pol, x) => {
                if let Some(p) = inputs.sector_mut(k.sector()).point_mut(k) {
                    *p.before.get_mut(pol) = x;
                }
            }
            UleAction::SetAfter(k, pol, x) => {
                if let Some(p) = inputs.sector_mut(k.sector()).point_mut(k) {
                    *p.after.get_mut(pol) = x;
                }
            }
            UleAction::SetIntensity(s, pol, x) => *inputs.sector_mut(s).intensity.get_mut(pol) = x,
            UleAction::SetReduction(s, pol, x) => *inputs.sector_mut(s).reduction.get_mut(pol) = x,
            UleAction::SetAnnualise(a) => inputs.annualise = a,
            UleAction::SetCheckPoint(point) => {
                let check = &mut inputs.check;
                check.point = point;
                // Keep the pollutant if the new point has a limit for it, else take its first.
                if point.limit(check.pollutant).is_none() {
                    check.pollutant = point.pollutants().next().unwrap_or(Pollutant::Pm);
                }
            }
            UleAction::SetCheckPollutant(pol) => inputs.check.pollutant = pol,
            UleAction::SetCheckMeasured(x) => inputs.check.measured = x,
            UleAction::SetCheckO2(x) => inputs.check.o2_measured = x,
            UleAction::ResetSector(s) => inputs.reset_sector(s),
        }
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`): puts that sector back
    /// to the report's figures and shows it. False if the key is not one of this calculator's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let sector = match key {
            preset::ULE_STEEL => Sector::Steel,
            preset::ULE_COKING => Sector::Coking,
            preset::ULE_CEMENT => Sector::Cement,
            _ => return false,
        };
        self.inputs.reset_sector(sector);
        self.focus = FocusSector(sector);
        true
    }
}
