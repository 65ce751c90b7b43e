//! Stable keys of every input of the calculator.
//!
//! A [`crate::eval::CalcError::Input`] names its input by one of these keys, so the page can
//! put the message next to the right field; the scenario codec will use them too. Never rename
//! one once released.

use super::{PerPollutant, PointKind, Pollutant, Sector};

/// The keys of one sector's own inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectorKeys {
    /// Retrofitted capacity, t/yr.
    pub capacity: &'static str,
    /// Utilisation rate, 0–1.
    pub utilisation: &'static str,
    /// Baseline intensity, kg/t (intensity method).
    pub intensity: PerPollutant<&'static str>,
    /// Expected reduction share, 0–1 (intensity method).
    pub reduction: PerPollutant<&'static str>,
}

/// The keys of one emission point's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointKeys {
    /// Tonnes of the point's product per tonne of the sector's product.
    pub ratio: &'static str,
    /// Concentration before, mg/Nm³.
    pub before: PerPollutant<&'static str>,
    /// Concentration after, mg/Nm³.
    pub after: PerPollutant<&'static str>,
}

macro_rules! per_pollutant {
    ($prefix:expr) => {
        PerPollutant {
            pm: concat!($prefix, ".pm"),
            so2: concat!($prefix, ".so2"),
            nox: concat!($prefix, ".nox"),
        }
    };
}

macro_rules! sector_keys {
    ($s:literal) => {
        SectorKeys {
            capacity: concat!("ule.", $s, ".capacity"),
            utilisation: concat!("ule.", $s, ".utilisation"),
            intensity: per_pollutant!(concat!("ule.", $s, ".intensity")),
            reduction: per_pollutant!(concat!("ule.", $s, ".reduction")),
        }
    };
}

macro_rules! point_keys {
    ($s:literal, $p:literal) => {
        PointKeys {
            ratio: concat!("ule.", $s, ".", $p, ".ratio"),
            before: per_pollutant!(concat!("ule.", $s, ".", $p, ".before")),
            after: per_pollutant!(concat!("ule.", $s, ".", $p, ".after")),
        }
    };
}

const STEEL: SectorKeys = sector_keys!("steel");
const COKING: SectorKeys = sector_keys!("coking");
const CEMENT: SectorKeys = sector_keys!("cement");

/// The keys of `sector`'s inputs (`ule.<sector>.capacity`, `….utilisation`,
/// `….intensity.<pol>`, `….reduction.<pol>`).
pub fn sector(sector: Sector) -> &'static SectorKeys {
    match sector {
        Sector::Steel => &STEEL,
        Sector::Coking => &COKING,
        Sector::Cement => &CEMENT,
    }
}

const SINTER: PointKeys = point_keys!("steel", "sinter");
const PELLET: PointKeys = point_keys!("steel", "pellet");
const SINTER_TAIL: PointKeys = point_keys!("steel", "sinter_tail");
const BLAST_FURNACE: PointKeys = point_keys!("steel", "blast_furnace");
const CONVERTER: PointKeys = point_keys!("steel", "converter");
const KILN: PointKeys = point_keys!("cement", "kiln");
const COKE_OVEN: PointKeys = point_keys!("coking", "cokeoven");

/// The keys of an emission point's inputs (`ule.<sector>.<point>.ratio`,
/// `….before.<pol>`, `….after.<pol>`).
pub fn point(kind: PointKind) -> &'static PointKeys {
    match kind {
        PointKind::SinterHead => &SINTER,
        PointKind::Pellet => &PELLET,
        PointKind::SinterTail => &SINTER_TAIL,
        PointKind::BlastFurnace => &BLAST_FURNACE,
        PointKind::Converter => &CONVERTER,
        PointKind::Kiln => &KILN,
        PointKind::CokeOven => &COKE_OVEN,
    }
}

/// Annualisation of the steel investment: the user's discount rate, 0–1.
pub const ANNUALISE_RATE: &str = "ule.annualise.rate";
/// Annualisation of the steel investment: the user's economic life, years.
pub const ANNUALISE_YEARS: &str = "ule.annualise.years";
/// Compliance check: the measured concentration, mg/Nm³.
pub const CHECK_MEASURED: &str = "ule.check.measured";
/// Compliance check: the measured O₂ content, %.
pub const CHECK_O2: &str = "ule.check.o2";

/// Every key of a sector input or a point input, for tests and the codec.
pub fn all() -> impl Iterator<Item = &'static str> {
    let sectors = Sector::ALL.into_iter().flat_map(|s| {
        let k = sector(s);
        [k.capacity, k.utilisation]
            .into_iter()
            .chain(Pollutant::ALL.map(|p| *k.intensity.get(p)))
            .chain(Pollutant::ALL.map(|p| *k.reduction.get(p)))
    });
    let points = PointKind::ALL.into_iter().flat_map(|kind| {
        let k = point(kind);
        std::iter::once(k.ratio)
            .chain(Pollutant::ALL.map(|p| *k.before.get(p)))
            .chain(Pollutant::ALL.map(|p| *k.after.get(p)))
    });
    sectors
        .chain(points)
        .chain([ANNUALISE_RATE, ANNUALISE_YEARS, CHECK_MEASURED, CHECK_O2])
}
