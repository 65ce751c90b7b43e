//! The intensity method (national level, factors.md A4) and the national baselines.
//!
//! Avoided (t/yr) = output (t/yr) × baseline intensity (kg/t) × reduction share / 1000.
//! Intensity after = intensity before × (1 − reduction share).
//!
//! Defaults by sector:
//!
//! | sector | baseline intensity | reduction share |
//! |---|---|---|
//! | steel | `ule.intensity.steel.2018.<pol>` (library; derived: 2018 emissions ÷ 928 Mt) | `ule.reduction.steel.<pol>` (expected effect of full ULE; secondary) |
//! | coking | **derived here**: 2018 CEMS inventory of independent coking ÷ 2023 coke output; PM from PM10 (no total PM inventory) | `ule.revision.gb16171_2024.<pol>` (expected effect of the 2024 standard, a proxy) |
//! | cement | **derived here**: 2018 CEMS inventory ÷ 2018 cement output (per t of cement, not clinker) | none: the user enters it |
//!
//! The coking and cement intensities carry product, coverage and year mismatches the page
//! states: the cement figure is per tonne of cement (clinker is a share of cement, so per tonne
//! of clinker it would be higher); the coking inventory covers independent coking plants in 2018
//! while the output is all coke in 2023 (so the intensity is too low), and PM10 is only part of
//! total PM.

use super::{factor, PerPollutant, Pollutant, Sector};
use crate::eval::{CalcError, FactorValues};
use crate::text::Text;

/// kg per t.
const KG_PER_T: f64 = 1000.0;

/// Where a sector's default baseline intensity comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntensityDefault {
    /// A library factor in kg/t.
    Factor(&'static str),
    /// Derived here: `inventory` (t/yr) ÷ `output` (t/yr) × 1000, in kg/t (grade: derived).
    Derived {
        /// The emission inventory factor, t/yr.
        inventory: &'static str,
        /// The output factor, t/yr.
        output: &'static str,
    },
}

impl IntensityDefault {
    /// Evaluates the default, in kg/t.
    pub fn value(self, values: &dyn FactorValues) -> Result<f64, CalcError> {
        match self {
            IntensityDefault::Factor(id) => factor(values, id),
            IntensityDefault::Derived { inventory, output } => {
                let e = factor(values, inventory)?;
                let q = factor(values, output)?;
                if q > 0.0 {
                    Ok(e / q * KG_PER_T)
                } else {
                    Err(CalcError::Input {
                        field: output,
                        problem: crate::eval::Problem::NotPositive,
                    })
                }
            }
        }
    }

    /// The factors it reads.
    pub fn inputs(self) -> Vec<&'static str> {
        match self {
            IntensityDefault::Factor(id) => vec![id],
            IntensityDefault::Derived { inventory, output } => vec![inventory, output],
        }
    }
}

/// The formula of a derived intensity, as the page prints it.
pub const DERIVED_FORMULA: Text = crate::t!(
    "排放强度（千克/吨）= 排放清单（吨/年）÷ 产量（吨/年）× 1000",
    "排放強度（公斤/噸）= 排放清單（噸/年）÷ 產量（噸/年）× 1000",
    "intensity (kg/t) = inventory (t/yr) ÷ output (t/yr) × 1000"
);

/// The default baseline intensity of `sector` for `pol`.
pub fn default_intensity(sector: Sector, pol: Pollutant) -> IntensityDefault {
    use Pollutant::{Nox, Pm, So2};
    match sector {
        Sector::Steel => IntensityDefault::Factor(match pol {
            Pm => "ule.intensity.steel.2018.pm",
            So2 => "ule.intensity.steel.2018.so2",
            Nox => "ule.intensity.steel.2018.nox",
        }),
        Sector::Coking => IntensityDefault::Derived {
            inventory: match pol {
                Pm => "ule.inventory.coking.2018.pm10",
                So2 => "ule.inventory.coking.2018.so2",
                Nox => "ule.inventory.coking.2018.nox",
            },
            output: "ule.output.coke.2023",
        },
        Sector::Cement => IntensityDefault::Derived {
            inventory: match pol {
                Pm => "ule.inventory.cement.2018.pm",
                So2 => "ule.inventory.cement.2018.so2",
                Nox => "ule.inventory.cement.2018.nox",
            },
            output: "ule.output.cement.2018",
        },
    }
}

/// The default expected reduction share of `sector` for `pol`, a library factor; `None` for
/// cement, where factors.md has none (the user enters it).
pub fn default_reduction(sector: Sector, pol: Pollutant) -> Option<&'static str> {
    use Pollutant::{Nox, Pm, So2};
    match (sector, pol) {
        (Sector::Steel, Pm) => Some("ule.reduction.steel.pm"),
        (Sector::Steel, So2) => Some("ule.reduction.steel.so2"),
        (Sector::Steel, Nox) => Some("ule.reduction.steel.nox"),
        (Sector::Coking, Pm) => Some("ule.revision.gb16171_2024.pm"),
        (Sector::Coking, So2) => Some("ule.revision.gb16171_2024.so2"),
        (Sector::Coking, Nox) => Some("ule.revision.gb16171_2024.nox"),
        (Sector::Cement, _) => None,
    }
}

/// The sector's national baseline emissions (t/yr) for `pol`, used for the share of the
/// baseline an avoided amount represents: steel 2018 (MEE briefing), cement 2018 (CEMS),
/// independent coking 2018 (CEMS). `None` for coking PM: that inventory has PM10 and PM2.5
/// only, and a total-PM result must not be compared with PM10.
pub fn national_baseline(sector: Sector, pol: Pollutant) -> Option<&'static str> {
    use Pollutant::{Nox, Pm, So2};
    Some(match (sector, pol) {
        (Sector::Steel, Pm) => "ule.baseline.steel.2018.pm",
        (Sector::Steel, So2) => "ule.baseline.steel.2018.so2",
        (Sector::Steel, Nox) => "ule.baseline.steel.2018.nox",
        (Sector::Cement, Pm) => "ule.inventory.cement.2018.pm",
        (Sector::Cement, So2) => "ule.inventory.cement.2018.so2",
        (Sector::Cement, Nox) => "ule.inventory.cement.2018.nox",
        (Sector::Coking, So2) => "ule.inventory.coking.2018.so2",
        (Sector::Coking, Nox) => "ule.inventory.coking.2018.nox",
        (Sector::Coking, Pm) => return None,
    })
}

/// Baseline intensity and reduction share in use for one pollutant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IntensityPair {
    /// Baseline intensity, kg/t.
    pub intensity: f64,
    /// Expected reduction share, 0–1.
    pub reduction: f64,
}

/// The intensities and reductions of a sector's intensity method: the user's values where
/// given, else the defaults. Errors name the sector's input keys; a missing reduction (cement)
/// is [`crate::eval::Problem::NotFinite`] on its key.
pub fn pairs(
    sector: Sector,
    intensity: &PerPollutant<Option<f64>>,
    reduction: &PerPollutant<Option<f64>>,
    values: &dyn FactorValues,
) -> Result<PerPollutant<IntensityPair>, CalcError> {
    use crate::eval::{non_negative, share, Problem};
    let k = super::keys::sector(sector);
    PerPollutant::try_from_fn(|p| {
        let i = match intensity.get(p) {
            Some(x) => *x,
            None => default_intensity(sector, p).value(values)?,
        };
        let intensity = non_negative(k.intensity.get(p), i)?;
        let r = match (reduction.get(p), default_reduction(sector, p)) {
            (Some(x), _) => *x,
            (None, Some(id)) => factor(values, id)?,
            (None, None) => {
                return Err(CalcError::Input {
                    field: k.reduction.get(p),
                    problem: Problem::NotFinite,
                })
            }
        };
        let reduction = share(k.reduction.get(p), r)?;
        Ok(IntensityPair {
            intensity,
            reduction,
        })
    })
}
