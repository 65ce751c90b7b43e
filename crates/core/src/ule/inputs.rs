//! The calculator's inputs. `Default` is the report preset.
//!
//! An `Option` input is `None` while the user keeps the default; what the default is depends on
//! the input: a library factor (read through `FactorValues`, so it has a range and can be
//! changed as a factor), a value derived from factors (shown with its formula), or nothing at
//! all, where factors.md has no figure and the user must give one (the calculation then reports
//! the input as missing: [`crate::eval::Problem::NotFinite`] on its key).

use super::compliance::ComplianceInputs;
use super::{Method, PerPollutant, PointKind, Sector};
use crate::figures;

/// One emission point of the concentration method.
#[derive(Clone, Debug, PartialEq)]
pub struct PointInputs {
    /// Which point.
    pub kind: PointKind,
    /// Counted or not.
    pub enabled: bool,
    /// t of the point's product per t of the sector's product; `None` = the fixed ratio where
    /// the point makes the sector's product ([`PointKind::fixed_ratio`]), else required.
    pub ratio: Option<f64>,
    /// Concentration before, mg/Nm³ at the reference O₂; `None` = the replaced standard's limit
    /// (an upper bound), required where factors.md has none.
    pub before: PerPollutant<Option<f64>>,
    /// Concentration after, mg/Nm³ at the reference O₂; `None` = the ULE limit.
    pub after: PerPollutant<Option<f64>>,
}

impl PointInputs {
    /// The point with every default.
    pub fn preset(kind: PointKind) -> Self {
        PointInputs {
            kind,
            enabled: kind.enabled_by_default(),
            ratio: None,
            before: PerPollutant::default(),
            after: PerPollutant::default(),
        }
    }
}

/// One sector's inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct SectorInputs {
    /// Which sector.
    pub sector: Sector,
    /// Retrofitted capacity, t of the sector's product per year.
    pub capacity: f64,
    /// Utilisation rate, 0–1; `None` = the sector's default factor
    /// ([`Sector::utilisation_factor`]).
    pub utilisation: Option<f64>,
    /// The method used.
    pub method: Method,
    /// The emission points (concentration method), one per [`PointKind::of`] the sector.
    pub points: Vec<PointInputs>,
    /// Baseline intensity, kg per t of product (intensity method); `None` = the sector's
    /// default ([`super::intensity::default_intensity`]).
    pub intensity: PerPollutant<Option<f64>>,
    /// Expected reduction share, 0–1 (intensity method); `None` = the sector's default factor,
    /// required where there is none (cement).
    pub reduction: PerPollutant<Option<f64>>,
}

impl SectorInputs {
    /// The report preset of `sector`: the report's 2025 capacity, default utilisation, default
    /// method, every point at its defaults.
    pub fn preset(sector: Sector) -> Self {
        SectorInputs {
            sector,
            capacity: report_capacity(sector),
            utilisation: None,
            method: sector.default_method(),
            points: PointKind::of(sector).map(PointInputs::preset).collect(),
            intensity: PerPollutant::default(),
            reduction: PerPollutant::default(),
        }
    }

    /// The inputs of emission point `kind`, if it belongs to this sector.
    pub fn point(&self, kind: PointKind) -> Option<&PointInputs> {
        self.points.iter().find(|p| p.kind == kind)
    }

    /// The inputs of emission point `kind`, mutably.
    pub fn point_mut(&mut self, kind: PointKind) -> Option<&mut PointInputs> {
        self.points.iter_mut().find(|p| p.kind == kind)
    }
}

/// The report's 2025 retrofitted capacity of `sector` (t/yr), from the report figure
/// ([`Sector::capacity_figure`]); 0 if the figure were missing (the tests rule that out).
pub fn report_capacity(sector: Sector) -> f64 {
    figures::get(sector.capacity_figure()).map_or(0.0, |f| f.value)
}

/// A user-given rate and life to annualise the steel investment (no such rate is sourced; the
/// page labels the result as resting on the user's numbers).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Annualise {
    /// Discount rate, 0–1 per year; `None` until the user gives it.
    pub rate: Option<f64>,
    /// Economic life, years (> 0); `None` until the user gives it.
    pub years: Option<f64>,
}

/// Everything the user can set in calculator 1 (without the heavy trucks, which have their own
/// panel). `Default` is the report preset.
#[derive(Clone, Debug, PartialEq)]
pub struct UleInputs {
    /// One entry per sector, in [`Sector::ALL`] order.
    pub sectors: [SectorInputs; 3],
    /// Annualise the steel investment with the user's rate and life; `None` = don't.
    pub annualise: Option<Annualise>,
    /// The compliance check.
    pub check: ComplianceInputs,
}

impl Default for UleInputs {
    fn default() -> Self {
        UleInputs {
            sectors: Sector::ALL.map(SectorInputs::preset),
            annualise: None,
            check: ComplianceInputs::default(),
        }
    }
}

impl UleInputs {
    /// The inputs of `sector`.
    pub fn sector(&self, sector: Sector) -> &SectorInputs {
        &self.sectors[sector.index()]
    }

    /// The inputs of `sector`, mutably.
    pub fn sector_mut(&mut self, sector: Sector) -> &mut SectorInputs {
        &mut self.sectors[sector.index()]
    }

    /// Puts `sector` back to its report preset.
    pub fn reset_sector(&mut self, sector: Sector) {
        self.sectors[sector.index()] = SectorInputs::preset(sector);
    }
}
