//! The two kinds of electricity factor, as types that cannot be confused.
//!
//! * [`FootprintFactor`]: the **electricity carbon-footprint factor** (电力碳足迹因子), life cycle,
//!   kg CO₂e/kWh, for product carbon footprints. Published by generation type for 2023 and 2024;
//!   no regional or provincial values exist. Looked up with [`footprint`].
//! * [`EmissionFactor`]: the **electricity CO₂ emission factor** (电力二氧化碳排放因子), CO₂ only,
//!   kg CO₂/kWh, for organisational (Scope 2) accounting. Published for 2021–2023, national,
//!   excluding market-traded non-fossil power, fossil-only, by regional grid and by province.
//!   Looked up with [`emission`].
//!
//! Each lookup returns the typed value with its range and the library [`Factor`] it came from (for
//! the source, grade and notes), and reads the factor through [`Factor::value_in`], so a factor of
//! the other kind can never come back under the wrong type.

use super::{Factor, Library};
use crate::t;
use crate::text::Text;
use crate::units::Unit;

pub use super::data::carbon::Province;

/// An electricity carbon-footprint factor: life cycle, kg CO₂e per kWh.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct FootprintFactor(f64);

impl FootprintFactor {
    /// The unit of every footprint factor in the library.
    pub const UNIT: Unit = Unit::KgCo2eLifeCyclePerKwh;

    /// A footprint factor in kg CO₂e/kWh (e.g. a value the user entered).
    pub fn new(kg_co2e_per_kwh: f64) -> Self {
        FootprintFactor(kg_co2e_per_kwh)
    }

    /// The value in kg CO₂e/kWh.
    pub fn kg_co2e_per_kwh(self) -> f64 {
        self.0
    }

    /// Life-cycle emissions of `kwh` of electricity, kg CO₂e.
    pub fn kg_co2e(self, kwh: f64) -> f64 {
        self.0 * kwh
    }
}

/// An electricity CO₂ emission factor: CO₂ only, kg CO₂ per kWh.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct EmissionFactor(f64);

impl EmissionFactor {
    /// The unit of every emission factor in the library.
    pub const UNIT: Unit = Unit::KgCo2PerKwh;

    /// An emission factor in kg CO₂/kWh (e.g. a value the user entered).
    pub fn new(kg_co2_per_kwh: f64) -> Self {
        EmissionFactor(kg_co2_per_kwh)
    }

    /// The value in kg CO₂/kWh.
    pub fn kg_co2_per_kwh(self) -> f64 {
        self.0
    }

    /// CO₂ emissions of `kwh` of electricity, kg CO₂.
    pub fn kg_co2(self, kwh: f64) -> f64 {
        self.0 * kwh
    }
}

/// A typed factor value with its range and the library entry it was read from.
#[derive(Clone, Copy, Debug)]
pub struct Sourced<'a, T> {
    /// Central value.
    pub central: T,
    /// Low end of the range.
    pub low: T,
    /// High end of the range.
    pub high: T,
    /// The library factor (id, source, grade, notes, range basis).
    pub factor: &'a Factor,
}

/// Years with published carbon-footprint factors.
pub const FOOTPRINT_YEARS: [u16; 2] = [2023, 2024];

/// Years with published CO₂ emission factors.
pub const EMISSION_YEARS: [u16; 3] = [2021, 2022, 2023];

/// The generation type (or the grid segment) a carbon-footprint factor is published for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GenerationType {
    /// National average of the grid mix.
    National,
    /// Coal power.
    Coal,
    /// Gas power.
    Gas,
    /// Hydropower.
    Hydro,
    /// Nuclear power.
    Nuclear,
    /// Wind power.
    Wind,
    /// Photovoltaic power.
    Photovoltaic,
    /// Solar-thermal power.
    SolarThermal,
    /// Biomass power.
    Biomass,
    /// Transmission and distribution, excluding losses.
    TransmissionDistribution,
    /// Transmission and distribution, including losses (published for 2024 only).
    TransmissionDistributionWithLosses,
}

impl GenerationType {
    /// Every type, in the order of the published table.
    pub const ALL: [GenerationType; 11] = [
        GenerationType::National,
        GenerationType::Coal,
        GenerationType::Gas,
        GenerationType::Hydro,
        GenerationType::Nuclear,
        GenerationType::Wind,
        GenerationType::Photovoltaic,
        GenerationType::SolarThermal,
        GenerationType::Biomass,
        GenerationType::TransmissionDistribution,
        GenerationType::TransmissionDistributionWithLosses,
    ];

    /// Stable key used in factor ids and links.
    pub fn key(self) -> &'static str {
        match self {
            GenerationType::National => "national",
            GenerationType::Coal => "coal",
            GenerationType::Gas => "gas",
            GenerationType::Hydro => "hydro",
            GenerationType::Nuclear => "nuclear",
            GenerationType::Wind => "wind",
            GenerationType::Photovoltaic => "photovoltaic",
            GenerationType::SolarThermal => "solar_thermal",
            GenerationType::Biomass => "biomass",
            GenerationType::TransmissionDistribution => "td",
            GenerationType::TransmissionDistributionWithLosses => "td_with_losses",
        }
    }

    /// Reads a key written by [`GenerationType::key`].
    pub fn from_key(key: &str) -> Option<GenerationType> {
        GenerationType::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The years this type has a published factor for.
    pub fn years(self) -> &'static [u16] {
        match self {
            GenerationType::TransmissionDistributionWithLosses => &[2024],
            _ => &FOOTPRINT_YEARS,
        }
    }

    /// The type's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            GenerationType::National => t!("全国平均", "全國平均", "national average"),
            GenerationType::Coal => t!("煤电", "煤電", "coal power"),
            GenerationType::Gas => t!("气电", "氣電", "gas power"),
            GenerationType::Hydro => t!("水电", "水電", "hydropower"),
            GenerationType::Nuclear => t!("核电", "核電", "nuclear power"),
            GenerationType::Wind => t!("风电", "風電", "wind power"),
            GenerationType::Photovoltaic => t!("光伏发电", "光伏發電", "photovoltaic"),
            GenerationType::SolarThermal => t!("光热发电", "光熱發電", "solar thermal"),
            GenerationType::Biomass => t!("生物质发电", "生物質發電", "biomass"),
            GenerationType::TransmissionDistribution => t!(
                "输配电（不含损耗）",
                "輸配電（不含損耗）",
                "transmission and distribution, excluding losses",
            ),
            GenerationType::TransmissionDistributionWithLosses => t!(
                "输配电（含损耗）",
                "輸配電（含損耗）",
                "transmission and distribution, including losses",
            ),
        }
    }
}

/// A regional grid with published CO₂ emission factors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grid {
    /// North China (华北).
    North,
    /// Northeast China (东北).
    Northeast,
    /// East China (华东).
    East,
    /// Central China (华中).
    Central,
    /// Northwest China (西北).
    Northwest,
    /// South China (南方).
    South,
    /// Southwest China (西南).
    Southwest,
}

impl Grid {
    /// Every grid, in the order of the published table.
    pub const ALL: [Grid; 7] = [
        Grid::North,
        Grid::Northeast,
        Grid::East,
        Grid::Central,
        Grid::Northwest,
        Grid::South,
        Grid::Southwest,
    ];

    /// Stable key used in factor ids and links.
    pub fn key(self) -> &'static str {
        match self {
            Grid::North => "north",
            Grid::Northeast => "northeast",
            Grid::East => "east",
            Grid::Central => "central",
            Grid::Northwest => "northwest",
            Grid::South => "south",
            Grid::Southwest => "southwest",
        }
    }

    /// Reads a key written by [`Grid::key`].
    pub fn from_key(key: &str) -> Option<Grid> {
        Grid::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The grid's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Grid::North => t!("华北区域电网", "華北區域電網", "North China grid"),
            Grid::Northeast => t!("东北区域电网", "東北區域電網", "Northeast China grid"),
            Grid::East => t!("华东区域电网", "華東區域電網", "East China grid"),
            Grid::Central => t!("华中区域电网", "華中區域電網", "Central China grid"),
            Grid::Northwest => t!("西北区域电网", "西北區域電網", "Northwest China grid"),
            Grid::South => t!("南方区域电网", "南方區域電網", "South China grid"),
            Grid::Southwest => t!("西南区域电网", "西南區域電網", "Southwest China grid"),
        }
    }
}

/// The scope a CO₂ emission factor is published for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmissionScope {
    /// National average.
    National,
    /// National, excluding market-traded non-fossil power.
    NationalExMarketNonFossil,
    /// National fossil-fuel power only.
    Fossil,
    /// A regional grid.
    Region(Grid),
    /// A province (provincial average).
    Province(Province),
}

impl EmissionScope {
    /// Every scope: the three national ones, the seven grids, the 30 provinces.
    pub fn all() -> Vec<EmissionScope> {
        let mut v = vec![
            EmissionScope::National,
            EmissionScope::NationalExMarketNonFossil,
            EmissionScope::Fossil,
        ];
        v.extend(Grid::ALL.into_iter().map(EmissionScope::Region));
        v.extend(Province::ALL.iter().copied().map(EmissionScope::Province));
        v
    }

    /// Stable key used in factor ids and links: `national`, `national_ex_market`, `fossil`,
    /// `region.<grid>`, `province.<province>`.
    pub fn key(self) -> String {
        match self {
            EmissionScope::National => "national".to_owned(),
            EmissionScope::NationalExMarketNonFossil => "national_ex_market".to_owned(),
            EmissionScope::Fossil => "fossil".to_owned(),
            EmissionScope::Region(g) => format!("region.{}", g.key()),
            EmissionScope::Province(p) => format!("province.{}", p.key()),
        }
    }

    /// Reads a key written by [`EmissionScope::key`].
    pub fn from_key(key: &str) -> Option<EmissionScope> {
        match key {
            "national" => Some(EmissionScope::National),
            "national_ex_market" => Some(EmissionScope::NationalExMarketNonFossil),
            "fossil" => Some(EmissionScope::Fossil),
            _ => {
                if let Some(g) = key.strip_prefix("region.") {
                    Grid::from_key(g).map(EmissionScope::Region)
                } else {
                    let p = key.strip_prefix("province.")?;
                    Province::from_key(p).map(EmissionScope::Province)
                }
            }
        }
    }

    /// The scope's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            EmissionScope::National => t!("全国平均", "全國平均", "national average"),
            EmissionScope::NationalExMarketNonFossil => t!(
                "全国（不含市场化交易的非化石能源电量）",
                "全國（不含市場化交易的非化石能源電量）",
                "national, excluding market-traded non-fossil power"
            ),
            EmissionScope::Fossil => t!(
                "全国化石能源电力",
                "全國化石能源電力",
                "national fossil-fuel power"
            ),
            EmissionScope::Region(g) => g.name(),
            EmissionScope::Province(p) => p.name(),
        }
    }
}

/// The id of the carbon-footprint factor for `year` and `gen` (whether or not it exists).
pub fn footprint_id(year: u16, gen: GenerationType) -> String {
    format!("carbon.elec.cf.{year}.{}", gen.key())
}

/// The id of the CO₂ emission factor for `year` and `scope` (whether or not it exists).
pub fn emission_id(year: u16, scope: EmissionScope) -> String {
    format!("carbon.elec.ef.{year}.{}", scope.key())
}

/// The life-cycle carbon-footprint factor for `year` and `gen`, if one was published
/// ([`FOOTPRINT_YEARS`]; transmission and distribution including losses: 2024 only).
pub fn footprint(
    lib: &Library,
    year: u16,
    gen: GenerationType,
) -> Option<Sourced<'_, FootprintFactor>> {
    let factor = lib.get(&footprint_id(year, gen))?;
    let central = factor.value_in(FootprintFactor::UNIT)?;
    Some(Sourced {
        central: FootprintFactor(central),
        low: FootprintFactor(factor.low),
        high: FootprintFactor(factor.high),
        factor,
    })
}

/// The CO₂-only emission factor for `year` and `scope`, if one was published
/// ([`EMISSION_YEARS`]).
pub fn emission(
    lib: &Library,
    year: u16,
    scope: EmissionScope,
) -> Option<Sourced<'_, EmissionFactor>> {
    let factor = lib.get(&emission_id(year, scope))?;
    let central = factor.value_in(EmissionFactor::UNIT)?;
    Some(Sourced {
        central: EmissionFactor(central),
        low: EmissionFactor(factor.low),
        high: EmissionFactor(factor.high),
        factor,
    })
}
