//! The inputs of calculator 3: a scenario's activity lines and its choices.
//!
//! Every choice is an enum with a stable [`key`](Fuel::key) (and `from_key`), so the link codec
//! can write it and read it back; every quantity is an `f64` in the unit its enum names
//! ([`EnergyUnit`], [`FuelUnit`], [`MassUnit`]), converted to the factor's natural unit by
//! [`EnergyUnit::to_kwh`], [`FuelUnit::to_natural`] and [`MassUnit::to_kg`].

use crate::factors::electricity::{EmissionScope, GenerationType};
use crate::t;
use crate::text::Text;

/// Writes `key()`, `from_key()` and `ALL` for a field-less enum.
macro_rules! keyed {
    ($ty:ident { $($variant:ident => $key:literal),* $(,)? }) => {
        impl $ty {
            /// Every value, in the order the page lists them.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// Stable key (links, element ids). Never renamed once released.
            pub fn key(self) -> &'static str {
                match self { $($ty::$variant => $key),* }
            }

            /// Reads a key written by `key()`.
            pub fn from_key(key: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

// ---- Electricity

/// Which of the two published kinds of electricity factor a scenario uses. They are never mixed:
/// a scenario has exactly one [`ElectricityBasis`], and every result names its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElectricityKind {
    /// The life-cycle electricity carbon-footprint factor (电力碳足迹因子), kg CO₂e/kWh, for
    /// product carbon footprints.
    Footprint,
    /// The electricity CO₂ emission factor (电力二氧化碳排放因子), CO₂ only, kg CO₂/kWh, for
    /// organisational (Scope 2) accounting.
    Emission,
}

keyed!(ElectricityKind { Footprint => "cf", Emission => "ef" });

/// The transmission-and-distribution factor added to a footprint factor, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TdKind {
    /// Transmission and distribution, excluding losses (2023 and 2024).
    ExcludingLosses,
    /// Transmission and distribution, including losses (published for 2024 only).
    IncludingLosses,
}

keyed!(TdKind { ExcludingLosses => "td", IncludingLosses => "td_with_losses" });

impl TdKind {
    /// The published "generation type" that carries this factor.
    pub fn generation_type(self) -> GenerationType {
        match self {
            TdKind::ExcludingLosses => GenerationType::TransmissionDistribution,
            TdKind::IncludingLosses => GenerationType::TransmissionDistributionWithLosses,
        }
    }
}

/// The electricity factor of a whole scenario. The two kinds are distinct variants, so a line
/// can never carry a life-cycle CO₂e factor under a CO₂-only label or the reverse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElectricityBasis {
    /// Life-cycle carbon-footprint factor of `generation` in `year` (2023 or 2024), optionally
    /// plus a transmission-and-distribution factor.
    Footprint {
        /// Data year: 2023 or 2024.
        year: u16,
        /// National average or one generation type (never a T&D type: that is `td`).
        generation: GenerationType,
        /// The T&D factor added on top, if any.
        td: Option<TdKind>,
    },
    /// CO₂-only emission factor of `scope` in `year` (2021–2023).
    Emission {
        /// Data year: 2021, 2022 or 2023.
        year: u16,
        /// National, national excluding market-traded non-fossil, fossil-only, a regional grid
        /// or a province.
        scope: EmissionScope,
    },
}

impl Default for ElectricityBasis {
    /// The report's figure: the 2024 national-average carbon-footprint factor.
    fn default() -> Self {
        ElectricityBasis::FOOTPRINT_2024
    }
}

impl ElectricityBasis {
    /// 2024 national-average life-cycle carbon-footprint factor (0.5777 kg CO₂e/kWh).
    pub const FOOTPRINT_2024: ElectricityBasis = ElectricityBasis::Footprint {
        year: 2024,
        generation: GenerationType::National,
        td: None,
    };

    /// 2023 national-average CO₂ emission factor (0.5306 kg CO₂/kWh), the latest published.
    pub const EMISSION_2023: ElectricityBasis = ElectricityBasis::Emission {
        year: 2023,
        scope: EmissionScope::National,
    };

    /// The generation types a footprint basis can name (the T&D types are add-ons, see
    /// [`TdKind`]).
    pub const GENERATION_TYPES: [GenerationType; 9] = [
        GenerationType::National,
        GenerationType::Coal,
        GenerationType::Gas,
        GenerationType::Hydro,
        GenerationType::Nuclear,
        GenerationType::Wind,
        GenerationType::Photovoltaic,
        GenerationType::SolarThermal,
        GenerationType::Biomass,
    ];

    /// The kind of factor.
    pub fn kind(self) -> ElectricityKind {
        match self {
            ElectricityBasis::Footprint { .. } => ElectricityKind::Footprint,
            ElectricityBasis::Emission { .. } => ElectricityKind::Emission,
        }
    }

    /// The data year.
    pub fn year(self) -> u16 {
        match self {
            ElectricityBasis::Footprint { year, .. } | ElectricityBasis::Emission { year, .. } => {
                year
            }
        }
    }

    /// The nearest published basis: an unpublished year becomes the latest one of its kind,
    /// a T&D type named as the generation becomes the national average, and T&D including
    /// losses in 2023 becomes T&D excluding losses. The page applies this after every edit, so
    /// its selectors can never leave the scenario on a factor that does not exist.
    #[must_use]
    pub fn normalised(self) -> ElectricityBasis {
        match self {
            ElectricityBasis::Footprint {
                year,
                generation,
                td,
            } => {
                let year = if crate::factors::electricity::FOOTPRINT_YEARS.contains(&year) {
                    year
                } else {
                    2024
                };
                let generation = if Self::GENERATION_TYPES.contains(&generation) {
                    generation
                } else {
                    GenerationType::National
                };
                let td = match td {
                    Some(k) if !k.generation_type().years().contains(&year) => {
                        Some(TdKind::ExcludingLosses)
                    }
                    other => other,
                };
                ElectricityBasis::Footprint {
                    year,
                    generation,
                    td,
                }
            }
            ElectricityBasis::Emission { year, scope } => {
                let year = if crate::factors::electricity::EMISSION_YEARS.contains(&year) {
                    year
                } else {
                    2023
                };
                ElectricityBasis::Emission { year, scope }
            }
        }
    }

    /// The same choice under the other kind: the default of that kind (the latest national
    /// average). Switching back and forth never carries a value across kinds.
    #[must_use]
    pub fn switched(self, kind: ElectricityKind) -> ElectricityBasis {
        if self.kind() == kind {
            return self;
        }
        match kind {
            ElectricityKind::Footprint => ElectricityBasis::FOOTPRINT_2024,
            ElectricityKind::Emission => ElectricityBasis::EMISSION_2023,
        }
    }
}

/// A quantity of electricity: kWh, MWh or 万kWh (10⁴ kWh).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum EnergyUnit {
    /// kilowatt-hours.
    #[default]
    Kwh,
    /// megawatt-hours (10³ kWh).
    Mwh,
    /// 万千瓦时 (10⁴ kWh).
    WanKwh,
}

keyed!(EnergyUnit { Kwh => "kwh", Mwh => "mwh", WanKwh => "wan_kwh" });

impl EnergyUnit {
    /// kWh per one of this unit.
    pub fn to_kwh(self) -> f64 {
        match self {
            EnergyUnit::Kwh => 1.0,
            EnergyUnit::Mwh => 1e3,
            EnergyUnit::WanKwh => 1e4,
        }
    }
}

/// Electricity use read from the library per unit of activity (per tonne of aluminium, per
/// household-year …), so the quantity keeps its pedigree, range and grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElectricityUse {
    /// Aluminium ingot AC power use, 2016: 13,599 kWh/t (secondary). Count: t of aluminium.
    AluminiumAc2016,
    /// Aluminium ingot AC power use, 2012: 13,844 kWh/t (secondary). Count: t of aluminium.
    AluminiumAc2012,
    /// The limit for new replacement capacity: 13,000 kWh/t (2025–2027 plan). Count: t Al.
    AluminiumNewCapacity,
    /// Residential electricity per household, 2025: ≈ 2,960 kWh/yr (derived). Count:
    /// household-years.
    Household,
    /// Residential electricity per person, 2025: ≈ 1,130 kWh/yr (derived). Count: person-years.
    Person,
}

keyed!(ElectricityUse {
    AluminiumAc2016 => "al_ac_2016",
    AluminiumAc2012 => "al_ac_2012",
    AluminiumNewCapacity => "al_ac_new",
    Household => "household",
    Person => "person",
});

impl ElectricityUse {
    /// The library factor (kWh per unit of activity).
    pub fn factor_id(self) -> &'static str {
        match self {
            ElectricityUse::AluminiumAc2016 => "carbon.aluminium.ac_power.2016",
            ElectricityUse::AluminiumAc2012 => "carbon.aluminium.ac_power.2012",
            ElectricityUse::AluminiumNewCapacity => "carbon.aluminium.ac_power.new_cap",
            ElectricityUse::Household => "carbon.household.kwh_per_household",
            ElectricityUse::Person => "carbon.household.kwh_per_person",
        }
    }

    /// What the count counts.
    pub fn per(self) -> CountUnit {
        match self {
            ElectricityUse::AluminiumAc2016
            | ElectricityUse::AluminiumAc2012
            | ElectricityUse::AluminiumNewCapacity => CountUnit::TonneAluminium,
            ElectricityUse::Household => CountUnit::HouseholdYear,
            ElectricityUse::Person => CountUnit::PersonYear,
        }
    }
}

/// What the count of a per-unit line counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountUnit {
    /// tonnes of aluminium.
    TonneAluminium,
    /// household-years.
    HouseholdYear,
    /// person-years.
    PersonYear,
}

// ---- Fuels

/// How a fuel's quantity is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FuelUnit {
    /// tonnes (solid and liquid fuels; the table's natural unit).
    #[default]
    Tonne,
    /// kilograms (solid and liquid fuels).
    Kilogram,
    /// normal cubic metres (gaseous fuels).
    Nm3,
    /// 万Nm³ = 10⁴ Nm³ (gaseous fuels; the table's natural unit).
    WanNm3,
}

keyed!(FuelUnit { Tonne => "t", Kilogram => "kg", Nm3 => "nm3", WanNm3 => "wan_nm3" });

impl FuelUnit {
    /// True for the volume units (gaseous fuels).
    pub fn is_volume(self) -> bool {
        matches!(self, FuelUnit::Nm3 | FuelUnit::WanNm3)
    }

    /// One of this unit in the table's natural unit (t, or 10⁴ Nm³).
    pub fn to_natural(self) -> f64 {
        match self {
            FuelUnit::Tonne | FuelUnit::WanNm3 => 1.0,
            FuelUnit::Kilogram => 1e-3,
            FuelUnit::Nm3 => 1e-4,
        }
    }
}

/// Writes the fuel enum with its factor ids (`carbon.fuel.<key>.{ncv,cc,of}`) from one row each.
macro_rules! fuels {
    ($( $variant:ident = ($key:literal, $gas:literal, $liquid:literal, $zh:literal, $zht:literal, $en:literal) ),* $(,)?) => {
        /// A fuel of the Chinese default table (GB/T 32151.22-2024 Annex C, transcribing the MEE
        /// sector guidelines; factors.md C3).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Fuel { $( #[doc = $en] $variant, )* }

        keyed!(Fuel { $($variant => $key),* });

        impl Fuel {
            /// Net calorific value: GJ/t, or GJ/10⁴ Nm³ for a gaseous fuel.
            pub fn ncv_id(self) -> &'static str {
                match self { $( Fuel::$variant => concat!("carbon.fuel.", $key, ".ncv"), )* }
            }
            /// Carbon content per unit of energy, t C/TJ.
            pub fn cc_id(self) -> &'static str {
                match self { $( Fuel::$variant => concat!("carbon.fuel.", $key, ".cc"), )* }
            }
            /// Carbon oxidation rate, a share.
            pub fn of_id(self) -> &'static str {
                match self { $( Fuel::$variant => concat!("carbon.fuel.", $key, ".of"), )* }
            }
            /// The derived CO₂ per unit of fuel the library shows (t/t or kg/Nm³); the calculator
            /// recomputes it from the three inputs so that a changed NCV or carbon content counts.
            pub fn co2_id(self) -> &'static str {
                match self { $( Fuel::$variant => concat!("carbon.fuel.", $key, ".co2"), )* }
            }
            /// True for the gaseous fuels, measured by volume (natural unit 10⁴ Nm³).
            pub fn is_gaseous(self) -> bool {
                match self { $( Fuel::$variant => $gas, )* }
            }
            /// True where the IPCC 2006 default for liquid fuels in stationary combustion
            /// (CH₄ 3 kg/TJ, N₂O 0.6 kg/TJ; factors.md C3) applies: crude oil and the refined
            /// oils. Not LPG or LNG (IPCC tables give them other values, not in factors.md), and
            /// not solid or gaseous fuels: for those the user enters the factors.
            pub fn has_liquid_default(self) -> bool {
                match self { $( Fuel::$variant => $liquid, )* }
            }
            /// The fuel's name in the three languages.
            pub fn name(self) -> Text {
                match self { $( Fuel::$variant => t!($zh, $zht, $en), )* }
            }
        }
    };
}

fuels! {
    Anthracite = ("anthracite", false, false, "无烟煤", "無煙煤", "Anthracite"),
    Bituminous = ("bituminous", false, false, "烟煤", "煙煤", "Bituminous coal"),
    Lignite = ("lignite", false, false, "褐煤", "褐煤", "Lignite"),
    WashedCoal = ("washed_coal", false, false, "洗精煤", "洗精煤", "Washed coal"),
    Coke = ("coke", false, false, "焦炭", "焦炭", "Coke"),
    CrudeOil = ("crude_oil", false, true, "原油", "原油", "Crude oil"),
    FuelOil = ("fuel_oil", false, true, "燃料油", "燃料油", "Fuel oil"),
    Gasoline = ("gasoline", false, true, "汽油", "汽油", "Gasoline"),
    Diesel = ("diesel", false, true, "柴油", "柴油", "Diesel"),
    Kerosene = ("kerosene", false, true, "一般煤油", "一般煤油", "Kerosene"),
    Lpg = ("lpg", false, false, "液化石油气", "液化石油氣", "LPG"),
    Lng = ("lng", false, false, "液化天然气", "液化天然氣", "LNG"),
    NaturalGas = ("natural_gas", true, false, "天然气", "天然氣", "Natural gas"),
    CokeOvenGas = ("coke_oven_gas", true, false, "焦炉煤气", "焦爐煤氣", "Coke-oven gas"),
    BlastFurnaceGas = ("blast_furnace_gas", true, false, "高炉煤气", "高爐煤氣", "Blast-furnace gas"),
    ConverterGas = ("converter_gas", true, false, "转炉煤气", "轉爐煤氣", "Converter gas"),
}

impl Fuel {
    /// The unit a new line of this fuel starts with (the table's natural unit).
    pub fn natural_unit(self) -> FuelUnit {
        if self.is_gaseous() {
            FuelUnit::WanNm3
        } else {
            FuelUnit::Tonne
        }
    }

    /// True when `unit` measures this fuel (mass for solids and liquids, volume for gases).
    pub fn accepts(self, unit: FuelUnit) -> bool {
        unit.is_volume() == self.is_gaseous()
    }
}

/// CH₄ and N₂O from a fuel line.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum NonCo2 {
    /// CO₂ only (the Chinese default table covers CO₂ only).
    #[default]
    Omit,
    /// IPCC 2006 defaults for liquid fuels in stationary combustion (CH₄ 3, N₂O 0.6 kg/TJ);
    /// only for fuels where [`Fuel::has_liquid_default`].
    IpccLiquidStationary,
    /// The user's own factors, kg of gas per TJ of fuel energy.
    Entered {
        /// kg CH₄ per TJ.
        ch4_kg_per_tj: f64,
        /// kg N₂O per TJ.
        n2o_kg_per_tj: f64,
    },
}

impl NonCo2 {
    /// Stable key of the choice (the entered values travel separately).
    pub fn key(self) -> &'static str {
        match self {
            NonCo2::Omit => "none",
            NonCo2::IpccLiquidStationary => "ipcc",
            NonCo2::Entered { .. } => "entered",
        }
    }
}

/// The 100-year global-warming potentials that weigh CH₄ and N₂O.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GwpSet {
    /// IPCC AR5, without climate-carbon feedback (CH₄ 28, N₂O 265): the default for
    /// organisational accounting (factors.md C4).
    #[default]
    Ar5,
    /// IPCC AR5 with climate-carbon feedback (CH₄ 34, N₂O 298).
    Ar5Feedback,
    /// IPCC AR6 (CH₄ 27.9, N₂O 273).
    Ar6,
}

keyed!(GwpSet { Ar5 => "ar5", Ar5Feedback => "ar5_feedback", Ar6 => "ar6" });

impl GwpSet {
    /// GWP₁₀₀ of CH₄. For AR6 the general value 27.9 (`carbon.gwp.ar6.ch4`), not the fossil
    /// 29.8: the fossil value adds the CO₂ the methane turns into, and inventories already count
    /// that carbon as CO₂ (the oxidation rate of the fuel table), so 29.8 would count it twice.
    pub fn ch4_id(self) -> &'static str {
        match self {
            GwpSet::Ar5 => "carbon.gwp.ar5.ch4",
            GwpSet::Ar5Feedback => "carbon.gwp.ar5_feedback.ch4",
            GwpSet::Ar6 => "carbon.gwp.ar6.ch4",
        }
    }

    /// GWP₁₀₀ of N₂O.
    pub fn n2o_id(self) -> &'static str {
        match self {
            GwpSet::Ar5 => "carbon.gwp.ar5.n2o",
            GwpSet::Ar5Feedback => "carbon.gwp.ar5_feedback.n2o",
            GwpSet::Ar6 => "carbon.gwp.ar6.n2o",
        }
    }
}

// ---- Vehicles, processes, direct entries

/// A heavy truck driven for a distance: consumption (library, unverified) × distance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vehicle {
    /// Diesel heavy tractor: L/100 km (`truck.diesel.consumption`, unverified) × km ×
    /// 2.66 kg CO₂e/L (`truck.diesel.co2e_per_litre`, UK DESNZ, secondary): tailpipe only.
    DieselTruck,
    /// Battery-electric heavy tractor: kWh/km (`truck.electric.consumption`, unverified) × km ×
    /// the scenario's electricity factor. No tailpipe emissions.
    ElectricTruck,
}

keyed!(Vehicle { DieselTruck => "diesel_truck", ElectricTruck => "electric_truck" });

impl Vehicle {
    /// The consumption factor (L/100 km or kWh/km).
    pub fn consumption_id(self) -> &'static str {
        match self {
            Vehicle::DieselTruck => "truck.diesel.consumption",
            Vehicle::ElectricTruck => "truck.electric.consumption",
        }
    }
}

/// A process emission or a sector intensity, per tonne of the named material.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Process {
    /// Portland clinker, 535 kg CO₂e/t (gate to gate, mostly calcination; secondary).
    Clinker,
    /// Limestone calcination, 0.4397 t CO₂/t limestone (stoichiometric).
    Limestone,
    /// Dolomite calcination, 0.4773 t CO₂/t dolomite (stoichiometric).
    Dolomite,
    /// Aluminium anode consumption, 1.424 t per t Al (draft MEE guideline default; secondary).
    /// Counted as CO₂: burning anode carbon gives CO₂ only.
    AluminiumAnode,
    /// Aluminium anode-effect PFCs (CF₄, C₂F₆), 0.1454 t CO₂e per t Al (draft MEE guideline
    /// default; secondary). Given in CO₂e by the source, so the GWP choice does not change it.
    AluminiumPfc,
    /// Crude steel, national average ≈ 1.8 t CO₂/t (secondary): a benchmark, not a process
    /// balance.
    SteelNational,
    /// BF-BOF crude steel, 1.8–2.0 t CO₂/t (unverified; midpoint 1.9).
    SteelBfBof,
    /// Scrap-EAF crude steel, 0.4–0.6 t CO₂/t (unverified; midpoint 0.5).
    SteelScrapEaf,
}

keyed!(Process {
    Clinker => "clinker",
    Limestone => "limestone",
    Dolomite => "dolomite",
    AluminiumAnode => "al_anode",
    AluminiumPfc => "al_pfc",
    SteelNational => "steel",
    SteelBfBof => "steel_bf_bof",
    SteelScrapEaf => "steel_eaf",
});

impl Process {
    /// The library factor.
    pub fn factor_id(self) -> &'static str {
        match self {
            Process::Clinker => "carbon.intensity.clinker",
            Process::Limestone => "carbon.process.limestone",
            Process::Dolomite => "carbon.process.dolomite",
            Process::AluminiumAnode => "carbon.process.aluminium.anode",
            Process::AluminiumPfc => "carbon.process.aluminium.pfc",
            Process::SteelNational => "carbon.intensity.steel.national",
            Process::SteelBfBof => "carbon.intensity.steel.bf_bof",
            Process::SteelScrapEaf => "carbon.intensity.steel.scrap_eaf",
        }
    }

    /// kg per one unit of the factor: 1 for kg CO₂e/t (clinker), 1,000 for t CO₂(e)/t.
    pub fn kg_per_factor_unit(self) -> f64 {
        match self {
            Process::Clinker => 1.0,
            _ => 1e3,
        }
    }

    /// The gas the factor stands for.
    pub fn gas(self) -> Gas {
        match self {
            Process::Clinker => Gas::Unsplit,
            Process::AluminiumPfc => Gas::Pfc,
            _ => Gas::Co2,
        }
    }

    /// What the tonnes are tonnes of.
    pub fn material(self) -> Material {
        match self {
            Process::Clinker => Material::Clinker,
            Process::Limestone => Material::Limestone,
            Process::Dolomite => Material::Dolomite,
            Process::AluminiumAnode | Process::AluminiumPfc => Material::Aluminium,
            Process::SteelNational | Process::SteelBfBof | Process::SteelScrapEaf => {
                Material::CrudeSteel
            }
        }
    }
}

/// The material a process line's tonnes measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Material {
    /// t of clinker.
    Clinker,
    /// t of limestone calcined.
    Limestone,
    /// t of dolomite calcined.
    Dolomite,
    /// t of primary aluminium.
    Aluminium,
    /// t of crude steel.
    CrudeSteel,
}

/// A mass: kg or t.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MassUnit {
    /// kilograms.
    #[default]
    Kg,
    /// tonnes.
    Tonne,
}

keyed!(MassUnit { Kg => "kg", Tonne => "t" });

impl MassUnit {
    /// kg per one of this unit.
    pub fn to_kg(self) -> f64 {
        match self {
            MassUnit::Kg => 1.0,
            MassUnit::Tonne => 1e3,
        }
    }
}

/// What a direct entry is a mass of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DirectGas {
    /// Already CO₂-equivalent (e.g. a supplier's declared footprint); not split by gas.
    #[default]
    Co2e,
    /// CO₂.
    Co2,
    /// CH₄, weighed by the scenario's GWP₁₀₀.
    Ch4,
    /// N₂O, weighed by the scenario's GWP₁₀₀.
    N2o,
}

keyed!(DirectGas { Co2e => "co2e", Co2 => "co2", Ch4 => "ch4", N2o => "n2o" });

/// The gases a result is split into. CF₄ and C₂F₆ are given only as CO₂e (the aluminium PFC
/// default), so they form one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gas {
    /// Carbon dioxide.
    Co2,
    /// Methane, as CO₂e.
    Ch4,
    /// Nitrous oxide, as CO₂e.
    N2o,
    /// Perfluorocarbons (CF₄, C₂F₆), as CO₂e.
    Pfc,
    /// CO₂e from a factor that does not split it by gas: the life-cycle electricity factor,
    /// the clinker intensity, diesel per litre, entered CO₂e.
    Unsplit,
}

keyed!(Gas { Co2 => "co2", Ch4 => "ch4", N2o => "n2o", Pfc => "pfc", Unsplit => "co2e" });

impl Gas {
    /// Position in [`ByGas`].
    pub fn index(self) -> usize {
        match self {
            Gas::Co2 => 0,
            Gas::Ch4 => 1,
            Gas::N2o => 2,
            Gas::Pfc => 3,
            Gas::Unsplit => 4,
        }
    }
}

// ---- Lines and the scenario

/// What one activity line measures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activity {
    /// Electricity used, × the scenario's electricity factor.
    Electricity {
        /// The amount, in `unit`.
        amount: f64,
        /// kWh, MWh or 万kWh.
        unit: EnergyUnit,
    },
    /// Electricity from a library figure per unit of activity × a count.
    ElectricityUse {
        /// Which per-unit figure.
        benchmark: ElectricityUse,
        /// How many units (t of aluminium, household-years …).
        count: f64,
    },
    /// A fuel burnt: quantity × NCV × carbon content × oxidation × 44/12, plus CH₄ and N₂O.
    Fuel {
        /// Which fuel.
        fuel: Fuel,
        /// The quantity, in `unit`.
        amount: f64,
        /// t or kg for solids and liquids; Nm³ or 万Nm³ for gases.
        unit: FuelUnit,
        /// CH₄ and N₂O.
        non_co2: NonCo2,
    },
    /// A heavy truck driven `km`.
    Vehicle {
        /// Diesel or battery-electric.
        vehicle: Vehicle,
        /// Distance driven, km.
        km: f64,
    },
    /// A process emission or sector intensity × tonnes of material.
    Process {
        /// Which process.
        process: Process,
        /// Tonnes of the process's material.
        tonnes: f64,
    },
    /// A mass of gas entered directly.
    Direct {
        /// The mass, in `unit`.
        amount: f64,
        /// kg or t.
        unit: MassUnit,
        /// CO₂e, CO₂, CH₄ or N₂O.
        gas: DirectGas,
    },
}

/// The kinds of [`Activity`], for the "add a line" menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityKind {
    /// [`Activity::Electricity`].
    Electricity,
    /// [`Activity::ElectricityUse`].
    ElectricityUse,
    /// [`Activity::Fuel`].
    Fuel,
    /// [`Activity::Vehicle`].
    Vehicle,
    /// [`Activity::Process`].
    Process,
    /// [`Activity::Direct`].
    Direct,
}

keyed!(ActivityKind {
    Electricity => "electricity",
    ElectricityUse => "electricity_use",
    Fuel => "fuel",
    Vehicle => "vehicle",
    Process => "process",
    Direct => "direct",
});

impl ActivityKind {
    /// A new line of this kind, with a round quantity and no invented factor.
    pub fn new_activity(self) -> Activity {
        match self {
            ActivityKind::Electricity => Activity::Electricity {
                amount: 1_000.0,
                unit: EnergyUnit::Kwh,
            },
            ActivityKind::ElectricityUse => Activity::ElectricityUse {
                benchmark: ElectricityUse::Household,
                count: 1.0,
            },
            ActivityKind::Fuel => Activity::Fuel {
                fuel: Fuel::Diesel,
                amount: 1.0,
                unit: FuelUnit::Tonne,
                non_co2: NonCo2::Omit,
            },
            ActivityKind::Vehicle => Activity::Vehicle {
                vehicle: Vehicle::DieselTruck,
                km: 100_000.0,
            },
            ActivityKind::Process => Activity::Process {
                process: Process::Clinker,
                tonnes: 1.0,
            },
            ActivityKind::Direct => Activity::Direct {
                amount: 1_000.0,
                unit: MassUnit::Kg,
                gas: DirectGas::Co2e,
            },
        }
    }
}

impl Activity {
    /// The kind of activity.
    pub fn kind(&self) -> ActivityKind {
        match self {
            Activity::Electricity { .. } => ActivityKind::Electricity,
            Activity::ElectricityUse { .. } => ActivityKind::ElectricityUse,
            Activity::Fuel { .. } => ActivityKind::Fuel,
            Activity::Vehicle { .. } => ActivityKind::Vehicle,
            Activity::Process { .. } => ActivityKind::Process,
            Activity::Direct { .. } => ActivityKind::Direct,
        }
    }

    /// The nearest valid activity: a fuel keeps a unit that measures it (else its natural
    /// unit, the amount kept), and the IPCC liquid-fuel default for CH₄ and N₂O is dropped for a
    /// fuel it does not cover. The page applies this after every edit of a line.
    #[must_use]
    pub fn normalised(self) -> Activity {
        match self {
            Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2,
            } => Activity::Fuel {
                fuel,
                amount,
                unit: if fuel.accepts(unit) {
                    unit
                } else {
                    fuel.natural_unit()
                },
                non_co2: match non_co2 {
                    NonCo2::IpccLiquidStationary if !fuel.has_liquid_default() => NonCo2::Omit,
                    other => other,
                },
            },
            other => other,
        }
    }

    /// True when the line uses the scenario's electricity factor.
    pub fn uses_electricity(&self) -> bool {
        matches!(
            self,
            Activity::Electricity { .. }
                | Activity::ElectricityUse { .. }
                | Activity::Vehicle {
                    vehicle: Vehicle::ElectricTruck,
                    ..
                }
        )
    }
}

/// A line's stable id (kept across edits; Yew keys and links use it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineId(pub u32);

/// Which variant of the scenario a line belongs to. A scenario with any
/// [`Variant::Alternative`] line is a comparison: its result gives both totals and the change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Variant {
    /// The baseline (A).
    #[default]
    Baseline,
    /// The alternative (B), compared with the baseline.
    Alternative,
}

keyed!(Variant { Baseline => "a", Alternative => "b" });

/// One activity line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// Stable id.
    pub id: LineId,
    /// Baseline or alternative.
    pub variant: Variant,
    /// What it measures.
    pub activity: Activity,
}

/// What the functional unit counts (GB/T 24067 asks a product footprint to state it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FunctionalUnitKind {
    /// tonnes of product.
    #[default]
    TonneProduct,
    /// kilograms of product.
    KgProduct,
    /// pieces (items) of product.
    Piece,
    /// MWh of electricity delivered.
    Mwh,
    /// household-years.
    HouseholdYear,
    /// vehicle-years.
    VehicleYear,
}

keyed!(FunctionalUnitKind {
    TonneProduct => "t",
    KgProduct => "kg",
    Piece => "piece",
    Mwh => "mwh",
    HouseholdYear => "household_year",
    VehicleYear => "vehicle_year",
});

/// The functional (or declared) unit the total is divided by.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunctionalUnit {
    /// How many units the lines describe (> 0).
    pub amount: f64,
    /// What they are.
    pub kind: FunctionalUnitKind,
}

impl Default for FunctionalUnit {
    fn default() -> Self {
        FunctionalUnit {
            amount: 1.0,
            kind: FunctionalUnitKind::TonneProduct,
        }
    }
}

/// The declared system boundary (GB/T 24067-2024, aligned with ISO 14067), shown with the
/// result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Boundary {
    /// Cradle to gate (raw materials to the factory gate).
    #[default]
    CradleToGate,
    /// Cradle to grave (the whole life cycle).
    CradleToGrave,
    /// Gate to gate (one site or process only).
    GateToGate,
    /// The use stage only (a partial footprint).
    UseStage,
    /// The source of a benchmark figure does not state its boundary.
    NotStated,
}

keyed!(Boundary {
    CradleToGate => "cradle_to_gate",
    CradleToGrave => "cradle_to_grave",
    GateToGate => "gate_to_gate",
    UseStage => "use_stage",
    NotStated => "not_stated",
});

/// The carbon price the total is valued at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PriceChoice {
    /// The 2025 average national allowance (CEA) price, 62.36 yuan/t (range 50–105.66).
    #[default]
    Cea2025,
    /// The 2025 average CCER price, 70.76 yuan/t.
    Ccer2025,
}

keyed!(PriceChoice { Cea2025 => "cea", Ccer2025 => "ccer" });

impl PriceChoice {
    /// The library factor (yuan per t CO₂e; editable like any factor).
    pub fn factor_id(self) -> &'static str {
        match self {
            PriceChoice::Cea2025 => "carbon.price.cea.2025",
            PriceChoice::Ccer2025 => "carbon.price.ccer.2025",
        }
    }
}

/// A whole scenario of calculator 3.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CarbonInputs {
    /// The activity lines, in page order.
    pub lines: Vec<Line>,
    /// The one electricity factor every electricity line uses.
    pub electricity: ElectricityBasis,
    /// The GWP set for CH₄ and N₂O.
    pub gwp: GwpSet,
    /// The functional unit.
    pub functional_unit: FunctionalUnit,
    /// The declared boundary.
    pub boundary: Boundary,
    /// The carbon price.
    pub price: PriceChoice,
}

impl CarbonInputs {
    /// True when any line belongs to the alternative variant.
    pub fn is_comparison(&self) -> bool {
        self.lines.iter().any(|l| l.variant == Variant::Alternative)
    }

    /// An id no line uses yet.
    pub fn next_line_id(&self) -> LineId {
        LineId(
            self.lines
                .iter()
                .map(|l| l.id.0.saturating_add(1))
                .max()
                .unwrap_or(0),
        )
    }
}
