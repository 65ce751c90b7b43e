//! Emission points: what each one emits per tonne of its own product, and which limits apply.
//!
//! Flue-gas volumes (factors.md A3) are per tonne of the point's **own** product: sinter, pellet,
//! hot metal, converter steel, clinker, coke. Only the cement kiln (clinker) and the coke oven
//! (coke) make the sector's own product; for the steel points the user gives the tonnes of that
//! product per tonne of crude steel, because factors.md has no sourced ratio.

use super::{PerPollutant, Pollutant, Sector};
use crate::t;
use crate::text::Text;

/// What a tonne is a tonne of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Product {
    /// Crude steel (the steel sector's product).
    CrudeSteel,
    /// Coke (the coking sector's product).
    Coke,
    /// Cement clinker (the cement sector's product).
    Clinker,
    /// Sinter.
    Sinter,
    /// Iron-ore pellets.
    Pellet,
    /// Blast-furnace hot metal.
    HotMetal,
    /// Converter (BOF) steel.
    ConverterSteel,
}

impl Product {
    /// The product's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Product::CrudeSteel => t!("粗钢", "粗鋼", "crude steel"),
            Product::Coke => t!("焦炭", "焦炭", "coke"),
            Product::Clinker => t!("熟料", "熟料", "clinker"),
            Product::Sinter => t!("烧结矿", "燒結礦", "sinter"),
            Product::Pellet => t!("球团矿", "球團礦", "pellet"),
            Product::HotMetal => t!("铁水", "鐵水", "hot metal"),
            Product::ConverterSteel => t!("转炉钢", "轉爐鋼", "converter steel"),
        }
    }
}

/// An emission point the concentration method can count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PointKind {
    /// Steel: sinter machine head.
    SinterHead,
    /// Steel: pellet induration.
    Pellet,
    /// Steel: sinter machine tail (dedusting; PM only).
    SinterTail,
    /// Steel: blast-furnace stock house and cast house (dedusting; PM only).
    BlastFurnace,
    /// Steel: converter secondary dedusting (PM only).
    Converter,
    /// Cement: kiln and kiln-tail waste-heat system.
    Kiln,
    /// Coking: coke-oven stack.
    CokeOven,
}

const ALL_THREE: &[Pollutant] = &Pollutant::ALL;
const PM_ONLY: &[Pollutant] = &[Pollutant::Pm];

impl PointKind {
    /// Every point, grouped by sector in page order.
    pub const ALL: [PointKind; 7] = [
        PointKind::SinterHead,
        PointKind::Pellet,
        PointKind::SinterTail,
        PointKind::BlastFurnace,
        PointKind::Converter,
        PointKind::CokeOven,
        PointKind::Kiln,
    ];

    /// The points of `sector`, in page order.
    pub fn of(sector: Sector) -> impl Iterator<Item = PointKind> {
        PointKind::ALL
            .into_iter()
            .filter(move |p| p.sector() == sector)
    }

    /// Stable key, unique within the sector.
    pub fn key(self) -> &'static str {
        match self {
            PointKind::SinterHead => "sinter",
            PointKind::Pellet => "pellet",
            PointKind::SinterTail => "sinter_tail",
            PointKind::BlastFurnace => "blast_furnace",
            PointKind::Converter => "converter",
            PointKind::Kiln => "kiln",
            PointKind::CokeOven => "cokeoven",
        }
    }

    /// The sector the point belongs to.
    pub fn sector(self) -> Sector {
        match self {
            PointKind::SinterHead
            | PointKind::Pellet
            | PointKind::SinterTail
            | PointKind::BlastFurnace
            | PointKind::Converter => Sector::Steel,
            PointKind::Kiln => Sector::Cement,
            PointKind::CokeOven => Sector::Coking,
        }
    }

    /// The point's name in the three languages.
    pub fn name(self) -> Text {
        self.limits().name()
    }

    /// The product its flue-gas volume is counted per.
    pub fn product(self) -> Product {
        match self {
            PointKind::SinterHead | PointKind::SinterTail => Product::Sinter,
            PointKind::Pellet => Product::Pellet,
            PointKind::BlastFurnace => Product::HotMetal,
            PointKind::Converter => Product::ConverterSteel,
            PointKind::Kiln => Product::Clinker,
            PointKind::CokeOven => Product::Coke,
        }
    }

    /// Tonnes of the point's product per tonne of the sector's product, where it is 1 by
    /// definition (the point makes the sector's product). `None`: the user must give it.
    pub fn fixed_ratio(self) -> Option<f64> {
        (self.product() == self.sector().product()).then_some(1.0)
    }

    /// The specific flue-gas volume (Nm³ per t of [`PointKind::product`]).
    pub fn fluegas_factor(self) -> &'static str {
        match self {
            PointKind::SinterHead => "ule.fluegas.steel.sinter",
            PointKind::Pellet => "ule.fluegas.steel.pellet",
            PointKind::SinterTail => "ule.fluegas.steel.sinter_tail",
            PointKind::BlastFurnace => "ule.fluegas.steel.blast_furnace",
            PointKind::Converter => "ule.fluegas.steel.converter_secondary",
            PointKind::Kiln => "ule.fluegas.cement.kiln",
            PointKind::CokeOven => "ule.fluegas.coking.cokeoven",
        }
    }

    /// The pollutants counted at this point (dedusting points emit PM only).
    pub fn pollutants(self) -> &'static [Pollutant] {
        match self {
            PointKind::SinterTail | PointKind::BlastFurnace | PointKind::Converter => PM_ONLY,
            _ => ALL_THREE,
        }
    }

    /// True when the point counts pollutant `p`.
    pub fn counts(self, p: Pollutant) -> bool {
        self.pollutants().contains(&p)
    }

    /// The ULE limits that apply (the "after" default).
    pub fn limits(self) -> LimitPoint {
        match self {
            PointKind::SinterHead => LimitPoint::SteelSinter,
            PointKind::Pellet => LimitPoint::SteelPellet,
            PointKind::SinterTail | PointKind::BlastFurnace | PointKind::Converter => {
                LimitPoint::SteelOther
            }
            PointKind::Kiln => LimitPoint::CementKiln,
            PointKind::CokeOven => LimitPoint::CokingCokeOven,
        }
    }

    /// The replaced standard's limits (the "before" default), where factors.md has them. The
    /// dedusting points' standards (GB 28663, GB 28664) are not in factors.md: the user enters
    /// the concentration before.
    pub fn old_limits(self) -> Option<PerPollutant<&'static str>> {
        let p = |pm, so2, nox| Some(PerPollutant { pm, so2, nox });
        match self {
            PointKind::SinterHead => p(
                "ule.oldlimit.gb28662.sinter.pm",
                "ule.oldlimit.gb28662.sinter.so2",
                "ule.oldlimit.gb28662.sinter.nox",
            ),
            PointKind::Pellet => p(
                "ule.oldlimit.gb28662.pellet.pm",
                "ule.oldlimit.gb28662.pellet.so2",
                "ule.oldlimit.gb28662.pellet.nox",
            ),
            PointKind::Kiln => p(
                "ule.oldlimit.gb4915.kiln.pm",
                "ule.oldlimit.gb4915.kiln.so2",
                "ule.oldlimit.gb4915.kiln.nox",
            ),
            PointKind::CokeOven => p(
                "ule.oldlimit.gb16171.cokeoven.pm",
                "ule.oldlimit.gb16171.cokeoven.so2",
                "ule.oldlimit.gb16171.cokeoven.nox",
            ),
            PointKind::SinterTail | PointKind::BlastFurnace | PointKind::Converter => None,
        }
    }

    /// The factor id of the "before" default for pollutant `p`, if any.
    pub fn old_limit(self, p: Pollutant) -> Option<&'static str> {
        self.old_limits().map(|l| *l.get(p))
    }

    /// True when the point counts by default (the main stacks with a full set of sourced
    /// defaults; the dedusting points need a measured "before" and start switched off).
    pub fn enabled_by_default(self) -> bool {
        self.old_limits().is_some()
    }
}

/// A set of ULE limits: one per emission-point type of the three ULE opinions (factors.md A1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LimitPoint {
    /// Steel: sinter machine head (16 % O₂).
    SteelSinter,
    /// Steel: pellet induration (18 % O₂).
    SteelPellet,
    /// Steel: other main stacks, "in principle" (no reference O₂ given).
    SteelOther,
    /// Steel annex: coke-oven stack (8 % O₂; unverified).
    SteelCokeOven,
    /// Coking: coke-oven stack (8 % O₂).
    CokingCokeOven,
    /// Coking: all other stacks (PM only; no reference O₂ given).
    CokingOther,
    /// Cement: kiln and kiln-tail waste-heat system (10 % O₂).
    CementKiln,
}

impl LimitPoint {
    /// Every limit set, grouped by sector in page order.
    pub const ALL: [LimitPoint; 7] = [
        LimitPoint::SteelSinter,
        LimitPoint::SteelPellet,
        LimitPoint::SteelOther,
        LimitPoint::SteelCokeOven,
        LimitPoint::CokingCokeOven,
        LimitPoint::CokingOther,
        LimitPoint::CementKiln,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            LimitPoint::SteelSinter => "steel.sinter",
            LimitPoint::SteelPellet => "steel.pellet",
            LimitPoint::SteelOther => "steel.other",
            LimitPoint::SteelCokeOven => "steel.cokeoven",
            LimitPoint::CokingCokeOven => "coking.cokeoven",
            LimitPoint::CokingOther => "coking.other",
            LimitPoint::CementKiln => "cement.kiln",
        }
    }

    /// Reads a key written by [`LimitPoint::key`].
    pub fn from_key(key: &str) -> Option<LimitPoint> {
        LimitPoint::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The name in the three languages.
    pub fn name(self) -> Text {
        match self {
            LimitPoint::SteelSinter => t!("烧结机头", "燒結機頭", "Sinter machine head"),
            LimitPoint::SteelPellet => t!("球团焙烧", "球團焙燒", "Pellet induration"),
            LimitPoint::SteelOther => t!(
                "其他主要排放口（烧结机尾、高炉矿槽及出铁场、转炉二次除尘等）",
                "其他主要排放口（燒結機尾、高爐礦槽及出鐵場、轉爐二次除塵等）",
                "Other main stacks (sinter tail, blast-furnace stock and cast house, converter secondary dedusting …)",
            ),
            LimitPoint::SteelCokeOven => t!(
                "钢铁企业焦炉烟囱",
                "鋼鐵企業焦爐煙囪",
                "Coke-oven stack of a steel plant",
            ),
            LimitPoint::CokingCokeOven => t!("焦炉烟囱", "焦爐煙囪", "Coke-oven stack"),
            LimitPoint::CokingOther => t!(
                "焦化其他排放口",
                "焦化其他排放口",
                "Other coking stacks",
            ),
            LimitPoint::CementKiln => t!(
                "水泥窑及窑尾余热利用系统",
                "水泥窯及窯尾餘熱利用系統",
                "Cement kiln and kiln-tail waste-heat system",
            ),
        }
    }

    /// The sector the limits belong to.
    pub fn sector(self) -> Sector {
        match self {
            LimitPoint::SteelSinter
            | LimitPoint::SteelPellet
            | LimitPoint::SteelOther
            | LimitPoint::SteelCokeOven => Sector::Steel,
            LimitPoint::CokingCokeOven | LimitPoint::CokingOther => Sector::Coking,
            LimitPoint::CementKiln => Sector::Cement,
        }
    }

    /// The ULE limit's factor id for pollutant `p` (mg/Nm³), or `None` where the opinion sets
    /// none (other coking stacks: PM only).
    pub fn limit(self, p: Pollutant) -> Option<&'static str> {
        use Pollutant::{Nox, Pm, So2};
        Some(match (self, p) {
            (LimitPoint::SteelSinter, Pm) => "ule.limit.steel.sinter.pm",
            (LimitPoint::SteelSinter, So2) => "ule.limit.steel.sinter.so2",
            (LimitPoint::SteelSinter, Nox) => "ule.limit.steel.sinter.nox",
            (LimitPoint::SteelPellet, Pm) => "ule.limit.steel.pellet.pm",
            (LimitPoint::SteelPellet, So2) => "ule.limit.steel.pellet.so2",
            (LimitPoint::SteelPellet, Nox) => "ule.limit.steel.pellet.nox",
            (LimitPoint::SteelOther, Pm) => "ule.limit.steel.other.pm",
            (LimitPoint::SteelOther, So2) => "ule.limit.steel.other.so2",
            (LimitPoint::SteelOther, Nox) => "ule.limit.steel.other.nox",
            (LimitPoint::SteelCokeOven, Pm) => "ule.limit.steel.cokeoven.pm",
            (LimitPoint::SteelCokeOven, So2) => "ule.limit.steel.cokeoven.so2",
            (LimitPoint::SteelCokeOven, Nox) => "ule.limit.steel.cokeoven.nox",
            (LimitPoint::CokingCokeOven, Pm) => "ule.limit.coking.cokeoven.pm",
            (LimitPoint::CokingCokeOven, So2) => "ule.limit.coking.cokeoven.so2",
            (LimitPoint::CokingCokeOven, Nox) => "ule.limit.coking.cokeoven.nox",
            (LimitPoint::CokingOther, Pm) => "ule.limit.coking.other.pm",
            (LimitPoint::CokingOther, _) => return None,
            (LimitPoint::CementKiln, Pm) => "ule.limit.cement.kiln.pm",
            (LimitPoint::CementKiln, So2) => "ule.limit.cement.kiln.so2",
            (LimitPoint::CementKiln, Nox) => "ule.limit.cement.kiln.nox",
        })
    }

    /// The pollutants this set has a limit for.
    pub fn pollutants(self) -> impl Iterator<Item = Pollutant> {
        Pollutant::ALL
            .into_iter()
            .filter(move |&p| self.limit(p).is_some())
    }

    /// The reference O₂ factor (% O₂) the limits are stated at; `None` where factors.md gives
    /// none (other main stacks: no O₂ correction applies).
    pub fn ref_o2(self) -> Option<&'static str> {
        match self {
            LimitPoint::SteelSinter => Some("ule.refo2.steel.sinter"),
            LimitPoint::SteelPellet => Some("ule.refo2.steel.pellet"),
            LimitPoint::SteelCokeOven => Some("ule.refo2.steel.cokeoven"),
            LimitPoint::CokingCokeOven => Some("ule.refo2.coking.cokeoven"),
            LimitPoint::CementKiln => Some("ule.refo2.cement.kiln"),
            LimitPoint::SteelOther | LimitPoint::CokingOther => None,
        }
    }
}
