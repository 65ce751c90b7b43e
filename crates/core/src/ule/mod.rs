//! Calculator 1: ultra-low-emission (ULE, 超低排放) retrofits of steel, coking and cement.
//!
//! Pure functions of `(inputs, factor values) → results`: [`calculate`] reads every factor by id
//! through [`FactorValues`], so the same code gives the central result, the low and high ends
//! ([`calculate_ranged`], via [`crate::eval::at_three_points`]) and, later, Monte Carlo samples.
//! No global state, no panics; an unusable input is a typed [`CalcError`] naming the input's
//! stable key (see [`keys`]).
//!
//! # Sectors and their product
//!
//! | sector | per tonne of | capacity default (report, 2025) | utilisation default |
//! |---|---|---|---|
//! | steel | crude steel | 3亿 t (`ule.steel.capacity_2025`) | `ule.utilisation.ferrous.2025` 79.7 % |
//! | coking | coke | 2.7亿 t (`ule.coking.capacity_2025`) | the same ferrous figure, as a labelled **proxy** |
//! | cement | clinker | 4.7亿 t (`ule.cement.capacity_2025`) | `ule.utilisation.cement.2023` 72.2 % (weak) |
//!
//! Output (t/yr) = capacity (t/yr) × utilisation: capacity is not output. No coking utilisation
//! is sourced; about 87 % of coke is metallurgical and goes to blast furnaces, so the ferrous
//! smelting rate is used as a proxy the page labels as one and the user can replace.
//!
//! # Two methods ([`Method`]); every result names the one it used
//!
//! * **Concentration** ([`concentration`]): per emission point, avoided mass (t/yr) =
//!   (C_before − C_after) (mg/Nm³ at the reference O₂) × V (Nm³ per t of the point's own
//!   product) × the point's product (t/yr) × 10⁻⁹ (factors.md A3). Defaults: the replaced
//!   standard's limit → the ULE limit, an **upper bound** of the cut (plants ran below the old
//!   limits). A point's product is the sector's own for the cement kiln (clinker) and the coke
//!   oven (coke); for the steel points (sinter, pellet, hot metal, steel) no sourced ratio per
//!   t of crude steel exists, so the user gives it (see [`PointKind::fixed_ratio`]).
//! * **Intensity** ([`intensity`]): avoided (t/yr) = output × baseline intensity (kg/t) ×
//!   expected reduction share / 1000. Steel: the 2018 intensities (derived, library) × the
//!   expected cuts of full ULE (secondary). Cement and coking: intensities derived here from CEMS
//!   inventories ÷ output (formula shown; product and year mismatches labelled); coking's
//!   default cut is the expected effect of GB 16171-2024 (a labelled proxy); cement has no
//!   sourced cut, so the user enters it.
//!
//! Default method per sector (the report preset gives a result out of the box): steel →
//! intensity (the concentration route needs plant ratios nobody published); cement →
//! concentration (sourced volume, sourced limits); coking → concentration (sourced limits and one
//! unverified volume, shown as such) rather than intensity (a derived intensity with a year and
//! coverage mismatch × a cut that belongs to a different measure). See `docs/ule.md`.
//!
//! # Other outputs
//!
//! Intensity before and after (kg/t product); the share of the sector's national baseline
//! (steel 2018, cement 2018 CEMS, coking 2018 CEMS, labelled with year and grade); for steel the
//! investment, yearly operating cost and operating cost per tonne of pollutant avoided
//! ([`cost`]); and a compliance check of a measured concentration ([`compliance`]).

pub mod compliance;
pub mod concentration;
pub mod cost;
mod inputs;
pub mod intensity;
pub mod keys;
pub mod link;
mod points;
mod results;
#[cfg(test)]
mod tests;
mod used;

pub use inputs::{report_capacity, Annualise, PointInputs, SectorInputs, UleInputs};
pub use points::{LimitPoint, PointKind, Product};
pub use results::{
    calculate, calculate_ranged, calculate_sector, totals, PointResult, RangedSector, SectorResult,
    UleOutput, UleRanged,
};
pub use used::factors_used;

use crate::eval::{CalcError, FactorValues};
use crate::t;
use crate::text::Text;

/// The three sectors of the report's ULE figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sector {
    /// Iron and steel, per tonne of crude steel.
    Steel,
    /// Coking, per tonne of coke.
    Coking,
    /// Cement, per tonne of clinker.
    Cement,
}

impl Sector {
    /// Every sector, in page order.
    pub const ALL: [Sector; 3] = [Sector::Steel, Sector::Coking, Sector::Cement];

    /// Stable key (`steel`, `coking`, `cement`), used in input keys and links.
    pub fn key(self) -> &'static str {
        match self {
            Sector::Steel => "steel",
            Sector::Coking => "coking",
            Sector::Cement => "cement",
        }
    }

    /// Position in [`Sector::ALL`].
    pub fn index(self) -> usize {
        match self {
            Sector::Steel => 0,
            Sector::Coking => 1,
            Sector::Cement => 2,
        }
    }

    /// The sector's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Sector::Steel => t!("钢铁", "鋼鐵", "Steel"),
            Sector::Coking => t!("焦化", "焦化", "Coking"),
            Sector::Cement => t!("水泥", "水泥", "Cement"),
        }
    }

    /// The product capacity, output and intensities are counted in.
    pub fn product(self) -> Product {
        match self {
            Sector::Steel => Product::CrudeSteel,
            Sector::Coking => Product::Coke,
            Sector::Cement => Product::Clinker,
        }
    }

    /// The report figure the capacity default comes from.
    pub fn capacity_figure(self) -> &'static str {
        match self {
            Sector::Steel => "ule.steel.capacity_2025",
            Sector::Coking => "ule.coking.capacity_2025",
            Sector::Cement => "ule.cement.capacity_2025",
        }
    }

    /// The preset key (`crate::figures::preset`) that opens this sector.
    pub fn preset(self) -> &'static str {
        match self {
            Sector::Steel => crate::figures::preset::ULE_STEEL,
            Sector::Coking => crate::figures::preset::ULE_COKING,
            Sector::Cement => crate::figures::preset::ULE_CEMENT,
        }
    }

    /// The factor the utilisation default is read from. For coking this is a proxy (no coking
    /// utilisation is sourced): see the module documentation.
    pub fn utilisation_factor(self) -> &'static str {
        match self {
            Sector::Steel | Sector::Coking => "ule.utilisation.ferrous.2025",
            Sector::Cement => "ule.utilisation.cement.2023",
        }
    }

    /// True where the utilisation default is a proxy from another sector.
    pub fn utilisation_is_proxy(self) -> bool {
        matches!(self, Sector::Coking)
    }

    /// The method the report preset uses (see the module documentation for why).
    pub fn default_method(self) -> Method {
        match self {
            Sector::Steel => Method::Intensity,
            Sector::Coking | Sector::Cement => Method::Concentration,
        }
    }
}

/// The three pollutants of the ULE limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pollutant {
    /// Particulate matter (颗粒物).
    Pm,
    /// Sulphur dioxide.
    So2,
    /// Nitrogen oxides, as NO₂.
    Nox,
}

impl Pollutant {
    /// Every pollutant, in page order.
    pub const ALL: [Pollutant; 3] = [Pollutant::Pm, Pollutant::So2, Pollutant::Nox];

    /// Stable key (`pm`, `so2`, `nox`), as in the factor ids.
    pub fn key(self) -> &'static str {
        match self {
            Pollutant::Pm => "pm",
            Pollutant::So2 => "so2",
            Pollutant::Nox => "nox",
        }
    }

    /// The pollutant's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Pollutant::Pm => t!("颗粒物", "顆粒物", "PM"),
            Pollutant::So2 => t!("二氧化硫", "二氧化硫", "SO₂"),
            Pollutant::Nox => t!("氮氧化物", "氮氧化物", "NOx"),
        }
    }
}

/// One value per pollutant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct PerPollutant<T> {
    /// Particulate matter.
    pub pm: T,
    /// SO₂.
    pub so2: T,
    /// NOx (as NO₂).
    pub nox: T,
}

impl<T> PerPollutant<T> {
    /// The same value for every pollutant.
    pub fn splat(x: T) -> Self
    where
        T: Clone,
    {
        PerPollutant {
            pm: x.clone(),
            so2: x.clone(),
            nox: x,
        }
    }

    /// Builds the three values from a function of the pollutant.
    pub fn from_fn(mut f: impl FnMut(Pollutant) -> T) -> Self {
        PerPollutant {
            pm: f(Pollutant::Pm),
            so2: f(Pollutant::So2),
            nox: f(Pollutant::Nox),
        }
    }

    /// Like [`PerPollutant::from_fn`] for a fallible function (stops at the first error).
    pub fn try_from_fn<E>(mut f: impl FnMut(Pollutant) -> Result<T, E>) -> Result<Self, E> {
        Ok(PerPollutant {
            pm: f(Pollutant::Pm)?,
            so2: f(Pollutant::So2)?,
            nox: f(Pollutant::Nox)?,
        })
    }

    /// The value for `p`.
    pub fn get(&self, p: Pollutant) -> &T {
        match p {
            Pollutant::Pm => &self.pm,
            Pollutant::So2 => &self.so2,
            Pollutant::Nox => &self.nox,
        }
    }

    /// The value for `p`, mutably.
    pub fn get_mut(&mut self, p: Pollutant) -> &mut T {
        match p {
            Pollutant::Pm => &mut self.pm,
            Pollutant::So2 => &mut self.so2,
            Pollutant::Nox => &mut self.nox,
        }
    }

    /// Applies `f` to each value.
    pub fn map<U>(&self, mut f: impl FnMut(Pollutant, &T) -> U) -> PerPollutant<U> {
        PerPollutant::from_fn(|p| f(p, self.get(p)))
    }
}

impl PerPollutant<f64> {
    /// The sum of the three (t/yr of "pollutant" where the three are added: stated where used).
    pub fn sum(&self) -> f64 {
        self.pm + self.so2 + self.nox
    }
}

/// How a sector's avoided emissions are computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// Plant level: flue-gas volume × concentration change at each emission point.
    Concentration,
    /// National level: baseline emission intensity × expected reduction share.
    Intensity,
}

impl Method {
    /// Stable key (`conc`, `int`).
    pub fn key(self) -> &'static str {
        match self {
            Method::Concentration => "conc",
            Method::Intensity => "int",
        }
    }

    /// The method's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Method::Concentration => t!("浓度法", "濃度法", "concentration method"),
            Method::Intensity => t!("强度法", "強度法", "intensity method"),
        }
    }
}

/// Reads factor `id` through `values` (a short name used throughout the calculator).
fn factor(values: &dyn FactorValues, id: &'static str) -> Result<f64, CalcError> {
    values.get(id)
}
