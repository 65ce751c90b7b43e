//! The report's new-energy heavy trucks (part of calculator 1): NOx and CO₂ avoided when a
//! battery-electric heavy truck does the work of a diesel one.
//!
//! The report gives one number, `transport.nev_heavy_trucks_2025` (19.7万 new-energy heavy
//! trucks sold in 2025, +172 %), and nothing about what they replaced or how far they drive. This
//! module turns a truck count into three results, kept apart on purpose (`factors.md` A6):
//!
//! * **NOx avoided at the tailpipe**, t/yr: `N × L × EF_NOx`, with the real-world NOx of a
//!   China-VI diesel truck (`truck.nox.china6`, 1.420 g/km, 53 vehicles measured, Wang et al.
//!   2022) or, if the user says the trucks replaced older ones, China-V (`truck.nox.china5`,
//!   3.894 g/km). NOx from the power stations that make the electricity is not counted: the
//!   library has no per-kWh NOx factor.
//! * **Tailpipe CO₂ avoided**, t/yr: `N × L × C_diesel / 100 × EF_diesel`, with diesel either
//!   per litre (`truck.diesel.co2e_per_litre`, 2.66 kg CO₂e/L, UK DESNZ: combustion CO₂ with
//!   its small CH₄ and N₂O share) or per kilogram (`truck.diesel.co2_per_kg`, 3.186 kg CO₂/kg,
//!   IPCC 2006, CO₂ only) times a diesel density the user gives (the library has none).
//! * **Net CO₂**, t/yr: the tailpipe CO₂ avoided minus the CO₂ of the electricity the electric
//!   trucks use, `N × L × C_elec × EF_grid`. The grid factor is one of the library's two kinds,
//!   never both ([`GridChoice`]): the CO₂ emission factor (CO₂ only, 2021–2023, national,
//!   regional or provincial), the consistent default against tailpipe CO₂, or the life-cycle
//!   carbon-footprint factor (CO₂e, 2023–2024, by generation type), which also counts the fuel
//!   chain of the power and so weighs against the electric truck, since the diesel side counts
//!   the tailpipe only. On China's grid the two terms are close (≈ 0.86 against ≈ 0.88 kg/km at
//!   the defaults), so the net can be negative: the electric trucks then emit *more* CO₂ than
//!   the diesel trucks they replace, and [`TruckResult::net_outcome`] says so.
//!
//! `N` is the truck count (an input), `L` the yearly mileage per truck (`truck.mileage.longhaul`
//! or `truck.mileage.shuttle`), `C` the consumptions (`truck.diesel.consumption`,
//! `truck.electric.consumption`). Consumptions and mileages are **unverified** defaults
//! (midpoints of the ranges in `factors.md`, source not seen); the page labels them so and lets
//! the user change them. Each truck is assumed to replace one diesel truck doing the same work;
//! the report says nothing about that, nor about which of its statistical bases (sales,
//! registrations, insurance) the 19.7万 uses (the figure's note, shown with the result).
//!
//! [`calculate`] is the pure calculation at one set of factor values; [`evaluate`] runs it at
//! the central, low and high points of the library ([`at_three_points`]). Every result is a
//! sum of per-truck terms, so it is exactly linear in the truck count (a property test checks
//! it). The net's range is bounded properly rather than read off the three points, because the
//! net falls as the grid factor rises: see [`evaluate`].

use crate::eval::{
    at_three_points, non_negative, positive, CalcError, FactorValues, Overrides, Ranged,
};
use crate::factors::electricity::{
    emission, footprint, EmissionScope, GenerationType, EMISSION_YEARS, FOOTPRINT_YEARS,
};
use crate::factors::Library;
use crate::figures;
use crate::text::Text;
use crate::units::Unit;

/// The report's figure the preset starts from: new-energy heavy trucks sold in 2025.
pub const FIGURE: &str = "transport.nev_heavy_trucks_2025";

/// The report's growth figure for the same sentence (+172 %), shown with the consistency note.
pub const FIGURE_GROWTH: &str = "transport.nev_heavy_trucks_growth_2025";

/// Stable keys of this calculator's own inputs (the `field` of a [`CalcError::Input`]; factor
/// problems name the factor's id instead).
pub mod field {
    /// The number of trucks.
    pub const TRUCKS: &str = "trucks.count";
    /// The diesel's density, kg/L (needed only with the per-kilogram diesel factor).
    pub const DIESEL_DENSITY: &str = "trucks.diesel_density";
}

/// The unit every truck count is in.
pub const TRUCKS_UNIT: Unit = Unit::Count;
/// The unit of the NOx and CO₂ results: tonnes per year (of NOx, or of the gas named by
/// [`DieselBasis::gas`] and [`GridKind::gas`]).
pub const MASS_UNIT: Unit = Unit::TonnesPerYear;
/// The unit of the electricity used.
pub const ELECTRICITY_UNIT: Unit = Unit::KwhPerYear;

/// The report's truck count (197,000), read from the figure; 0 if the figure were missing
/// (a test rules that out).
pub fn report_truck_count() -> f64 {
    figures::get(FIGURE).map_or(0.0, |f| f.value)
}

/// The diesel truck an electric truck is assumed to replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Baseline {
    /// A China-VI (国六) diesel heavy truck: today's new diesel truck, the report's comparison.
    #[default]
    ChinaVI,
    /// A China-V (国五) diesel heavy truck: an older truck taken off the road.
    ChinaV,
}

impl Baseline {
    /// Both baselines, China-VI first.
    pub const ALL: [Baseline; 2] = [Baseline::ChinaVI, Baseline::ChinaV];

    /// Stable key (links, element ids).
    pub fn key(self) -> &'static str {
        match self {
            Baseline::ChinaVI => "china6",
            Baseline::ChinaV => "china5",
        }
    }

    /// Reads a key written by [`Baseline::key`].
    pub fn from_key(key: &str) -> Option<Baseline> {
        Baseline::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The library factor of the baseline's real-world NOx, g/km.
    pub fn nox_factor(self) -> &'static str {
        match self {
            Baseline::ChinaVI => "truck.nox.china6",
            Baseline::ChinaV => "truck.nox.china5",
        }
    }
}

/// How the trucks are used: it sets the default yearly mileage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Duty {
    /// Long-haul (干线) trucking: 100,000–150,000 km/yr (unverified).
    #[default]
    LongHaul,
    /// Short-distance shuttle (短倒) transport, e.g. in and around plants and mines:
    /// 50,000–80,000 km/yr (unverified).
    Shuttle,
}

impl Duty {
    /// Both duties, long-haul first.
    pub const ALL: [Duty; 2] = [Duty::LongHaul, Duty::Shuttle];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Duty::LongHaul => "longhaul",
            Duty::Shuttle => "shuttle",
        }
    }

    /// Reads a key written by [`Duty::key`].
    pub fn from_key(key: &str) -> Option<Duty> {
        Duty::ALL.into_iter().find(|d| d.key() == key)
    }

    /// The library factor of the duty's yearly mileage per truck, km/yr.
    pub fn mileage_factor(self) -> &'static str {
        match self {
            Duty::LongHaul => "truck.mileage.longhaul",
            Duty::Shuttle => "truck.mileage.shuttle",
        }
    }
}

/// What a CO₂ figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gas {
    /// Carbon dioxide only.
    Co2,
    /// CO₂ equivalent of combustion (CO₂ plus CH₄ and N₂O from burning the fuel).
    Co2e,
    /// Life-cycle CO₂ equivalent (fuel chain, plant construction and operation included).
    Co2eLifeCycle,
}

impl Gas {
    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Gas::Co2 => "co2",
            Gas::Co2e => "co2e",
            Gas::Co2eLifeCycle => "co2e_lc",
        }
    }

    /// The gas as the page prints it next to a unit.
    pub fn symbol(self) -> Text {
        match self {
            Gas::Co2 => crate::t!("CO₂", "CO₂", "CO₂"),
            Gas::Co2e => crate::t!("CO₂e", "CO₂e", "CO₂e"),
            Gas::Co2eLifeCycle => crate::t!("全生命周期CO₂e", "全生命週期CO₂e", "life-cycle CO₂e"),
        }
    }
}

/// Which diesel CO₂ factor turns litres into tailpipe CO₂.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DieselBasis {
    /// `truck.diesel.co2e_per_litre`: 2.66 kg CO₂e/L (UK DESNZ conversion factor, secondary).
    #[default]
    PerLitre,
    /// `truck.diesel.co2_per_kg`: 3.186 kg CO₂/kg (IPCC 2006: 74,100 kg CO₂/TJ × 43.0 TJ/Gg),
    /// times the diesel's density, which the user enters (the library has no density).
    PerKg,
}

impl DieselBasis {
    /// Both bases, per litre first.
    pub const ALL: [DieselBasis; 2] = [DieselBasis::PerLitre, DieselBasis::PerKg];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            DieselBasis::PerLitre => "litre",
            DieselBasis::PerKg => "kg",
        }
    }

    /// Reads a key written by [`DieselBasis::key`].
    pub fn from_key(key: &str) -> Option<DieselBasis> {
        DieselBasis::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The library factor used.
    pub fn factor(self) -> &'static str {
        match self {
            DieselBasis::PerLitre => "truck.diesel.co2e_per_litre",
            DieselBasis::PerKg => "truck.diesel.co2_per_kg",
        }
    }

    /// What the tailpipe figure counts with this factor.
    pub fn gas(self) -> Gas {
        match self {
            DieselBasis::PerLitre => Gas::Co2e,
            DieselBasis::PerKg => Gas::Co2,
        }
    }
}

/// The kind of electricity factor (the library has two, which must never be mixed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GridKind {
    /// Electricity CO₂ emission factor (电力二氧化碳排放因子): CO₂ only, 2021–2023. The default:
    /// it counts the same gas as the tailpipe.
    #[default]
    Emission,
    /// Electricity carbon-footprint factor (电力碳足迹因子): life-cycle CO₂e, 2023–2024.
    Footprint,
}

impl GridKind {
    /// Both kinds, the emission factor first.
    pub const ALL: [GridKind; 2] = [GridKind::Emission, GridKind::Footprint];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            GridKind::Emission => "ef",
            GridKind::Footprint => "cf",
        }
    }

    /// Reads a key written by [`GridKind::key`].
    pub fn from_key(key: &str) -> Option<GridKind> {
        GridKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// What the electricity figure counts with this kind of factor.
    pub fn gas(self) -> Gas {
        match self {
            GridKind::Emission => Gas::Co2,
            GridKind::Footprint => Gas::Co2eLifeCycle,
        }
    }

    /// The years the library has factors of this kind for.
    pub fn years(self) -> &'static [u16] {
        match self {
            GridKind::Emission => &EMISSION_YEARS,
            GridKind::Footprint => &FOOTPRINT_YEARS,
        }
    }
}

/// The generation types a truck fleet can sensibly be charged from (the footprint table's
/// transmission-and-distribution rows are a grid segment, not a source of power).
pub const FOOTPRINT_SOURCES: [GenerationType; 9] = [
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

/// One electricity factor of the library, as the user picks it: a kind, a year and a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GridChoice {
    /// A CO₂ emission factor (CO₂ only).
    Emission {
        /// Data year (2021–2023).
        year: u16,
        /// National, regional grid or province.
        scope: EmissionScope,
    },
    /// A carbon-footprint factor (life-cycle CO₂e).
    Footprint {
        /// Data year (2023–2024).
        year: u16,
        /// National average or a generation type.
        source: GenerationType,
    },
}

impl Default for GridChoice {
    /// The 2023 national CO₂ emission factor (0.5306 kg CO₂/kWh), the latest published.
    fn default() -> Self {
        GridChoice::Emission {
            year: 2023,
            scope: EmissionScope::National,
        }
    }
}

impl GridChoice {
    /// The kind of factor.
    pub fn kind(self) -> GridKind {
        match self {
            GridChoice::Emission { .. } => GridKind::Emission,
            GridChoice::Footprint { .. } => GridKind::Footprint,
        }
    }

    /// The data year.
    pub fn year(self) -> u16 {
        match self {
            GridChoice::Emission { year, .. } | GridChoice::Footprint { year, .. } => year,
        }
    }

    /// The library factor, read through the typed lookups of
    /// [`crate::factors::electricity`] (so its unit is checked against the kind). `None` if
    /// no such factor was published.
    pub fn resolve(self, lib: &Library) -> Option<GridFactor> {
        let id = match self {
            GridChoice::Emission { year, scope } => emission(lib, year, scope)?.factor.def.id,
            GridChoice::Footprint { year, source } => footprint(lib, year, source)?.factor.def.id,
        };
        Some(GridFactor { choice: self, id })
    }
}

/// A [`GridChoice`] the library has a factor for. Only [`GridChoice::resolve`] makes one, so a
/// calculation never reads an electricity factor that does not exist or is of the other kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GridFactor {
    choice: GridChoice,
    id: &'static str,
}

impl GridFactor {
    /// The choice it was made from.
    pub fn choice(self) -> GridChoice {
        self.choice
    }

    /// The kind of factor.
    pub fn kind(self) -> GridKind {
        self.choice.kind()
    }

    /// The library id of the factor.
    pub fn id(self) -> &'static str {
        self.id
    }
}

/// The inputs of the heavy-trucks calculation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TruckInputs {
    /// Number of electric heavy trucks (any number ≥ 0; the report's is 197,000).
    pub trucks: f64,
    /// The diesel truck each one replaces (its NOx).
    pub baseline: Baseline,
    /// How they are used (their yearly mileage).
    pub duty: Duty,
    /// Which diesel CO₂ factor.
    pub diesel: DieselBasis,
    /// The diesel's density, kg/L: read only with [`DieselBasis::PerKg`], where it is required.
    pub diesel_density: Option<f64>,
    /// The electricity factor.
    pub grid: GridFactor,
}

impl TruckInputs {
    /// Every library factor the calculation reads with these inputs, in the order the
    /// explanation lists them.
    pub fn factor_ids(&self) -> [&'static str; 6] {
        [
            self.duty.mileage_factor(),
            self.baseline.nox_factor(),
            DIESEL_CONSUMPTION,
            self.diesel.factor(),
            ELECTRIC_CONSUMPTION,
            self.grid.id(),
        ]
    }
}

/// The library factor of diesel consumption, L/100 km.
pub const DIESEL_CONSUMPTION: &str = "truck.diesel.consumption";
/// The library factor of the electric truck's consumption, kWh/km.
pub const ELECTRIC_CONSUMPTION: &str = "truck.electric.consumption";

/// The results at one set of factor values (one point of the ranges).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TruckPoint {
    /// Yearly mileage per truck, km/yr.
    pub mileage_km: f64,
    /// Distance the fleet drives in a year, km/yr.
    pub fleet_km: f64,
    /// NOx avoided at the tailpipe, t/yr.
    pub nox_t: f64,
    /// Diesel the replaced trucks would burn, L/yr.
    pub diesel_litres: f64,
    /// Tailpipe CO₂ (or CO₂e, see [`DieselBasis::gas`]) avoided, t/yr.
    pub tailpipe_t: f64,
    /// Electricity the electric trucks use, kWh/yr.
    pub electricity_kwh: f64,
    /// CO₂ (or life-cycle CO₂e, see [`GridKind::gas`]) of that electricity, t/yr.
    pub grid_t: f64,
    /// Net CO₂ avoided, t/yr: `tailpipe_t − grid_t` (negative: the electric trucks emit more).
    pub net_t: f64,
    /// Diesel truck's tailpipe CO₂ per km, kg/km.
    pub tailpipe_kg_per_km: f64,
    /// Electric truck's electricity CO₂ per km, kg/km.
    pub grid_kg_per_km: f64,
}

/// Reads a factor that must be a finite number ≥ 0 (a user's override could be anything).
fn factor(values: &dyn FactorValues, id: &'static str) -> Result<f64, CalcError> {
    non_negative(id, values.get(id)?)
}

/// The calculation at one set of factor values.
///
/// ```text
/// fleet km     = N × L                                  (km/yr)
/// NOx          = fleet km × EF_NOx / 10⁶                (g → t)
/// diesel       = fleet km × C_diesel / 100              (L/yr)
/// tailpipe     = diesel × EF_diesel / 1000              (per litre; kg → t)
///              = diesel × ρ × EF_diesel / 1000          (per kg, ρ in kg/L)
/// electricity  = fleet km × C_elec                      (kWh/yr)
/// grid         = electricity × EF_grid / 1000           (kg → t)
/// net          = tailpipe − grid
/// ```
pub fn calculate(inputs: &TruckInputs, values: &dyn FactorValues) -> Result<TruckPoint, CalcError> {
    let n = non_negative(field::TRUCKS, inputs.trucks)?;
    let mileage_km = factor(values, inputs.duty.mileage_factor())?;
    let nox_g_per_km = factor(values, inputs.baseline.nox_factor())?;
    let diesel_l_per_100km = factor(values, DIESEL_CONSUMPTION)?;
    let diesel_factor = factor(values, inputs.diesel.factor())?;
    // kg CO₂ per litre of diesel, whichever factor the user picked.
    let kg_per_litre = match inputs.diesel {
        DieselBasis::PerLitre => diesel_factor,
        DieselBasis::PerKg => {
            let density = inputs.diesel_density.unwrap_or(f64::NAN);
            positive(field::DIESEL_DENSITY, density)? * diesel_factor
        }
    };
    let kwh_per_km = factor(values, ELECTRIC_CONSUMPTION)?;
    let grid_kg_per_kwh = factor(values, inputs.grid.id())?;

    let fleet_km = n * mileage_km;
    let diesel_litres = fleet_km * diesel_l_per_100km / 100.0;
    let tailpipe_t = diesel_litres * kg_per_litre / 1000.0;
    let electricity_kwh = fleet_km * kwh_per_km;
    let grid_t = electricity_kwh * grid_kg_per_kwh / 1000.0;
    Ok(TruckPoint {
        mileage_km,
        fleet_km,
        nox_t: fleet_km * nox_g_per_km / 1e6,
        diesel_litres,
        tailpipe_t,
        electricity_kwh,
        grid_t,
        net_t: tailpipe_t - grid_t,
        tailpipe_kg_per_km: diesel_l_per_100km / 100.0 * kg_per_litre,
        grid_kg_per_km: kwh_per_km * grid_kg_per_kwh,
    })
}

/// Whether the electric trucks emit less or more CO₂ than the diesel trucks, net of their
/// electricity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NetOutcome {
    /// Less CO₂ over the whole range.
    Avoided,
    /// Less CO₂ at the central value, but the range reaches "more".
    AvoidedUncertain,
    /// More CO₂ at the central value, but the range reaches "less".
    MoreUncertain,
    /// More CO₂ over the whole range.
    More,
    /// No difference at all (e.g. no trucks).
    Zero,
}

/// The results with their ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TruckResult {
    /// The inputs the results were computed from.
    pub inputs: TruckInputs,
    /// Yearly mileage per truck, km/yr.
    pub mileage_km: Ranged,
    /// Distance the fleet drives in a year, km/yr.
    pub fleet_km: Ranged,
    /// NOx avoided at the tailpipe, t/yr.
    pub nox_t: Ranged,
    /// Diesel no longer burnt, L/yr.
    pub diesel_litres: Ranged,
    /// Tailpipe CO₂ avoided, t/yr, in [`TruckResult::tailpipe_gas`].
    pub tailpipe_t: Ranged,
    /// Electricity used, kWh/yr.
    pub electricity_kwh: Ranged,
    /// CO₂ of that electricity, t/yr, in [`TruckResult::grid_gas`].
    pub grid_t: Ranged,
    /// Net CO₂ avoided, t/yr (negative: more CO₂ than the diesel trucks).
    pub net_t: Ranged,
    /// Diesel tailpipe CO₂ per km, kg/km.
    pub tailpipe_kg_per_km: Ranged,
    /// Electricity CO₂ per km, kg/km.
    pub grid_kg_per_km: Ranged,
}

impl TruckResult {
    /// What the tailpipe figure counts.
    pub fn tailpipe_gas(&self) -> Gas {
        self.inputs.diesel.gas()
    }

    /// What the electricity figure counts.
    pub fn grid_gas(&self) -> Gas {
        self.inputs.grid.kind().gas()
    }

    /// True when the two sides of the net count different things (e.g. tailpipe CO₂e against
    /// the grid's CO₂ only): the page must say so next to the net.
    pub fn gases_differ(&self) -> bool {
        self.tailpipe_gas() != self.grid_gas()
    }

    /// Whether the net is a saving or an increase, and whether its range agrees.
    pub fn net_outcome(&self) -> NetOutcome {
        let r = self.net_t;
        if r.central > 0.0 {
            if r.low >= 0.0 {
                NetOutcome::Avoided
            } else {
                NetOutcome::AvoidedUncertain
            }
        } else if r.central < 0.0 {
            if r.high <= 0.0 {
                NetOutcome::More
            } else {
                NetOutcome::MoreUncertain
            }
        } else {
            NetOutcome::Zero
        }
    }
}

/// The calculation with ranges: [`calculate`] at the central, low and high points of the
/// library (with the user's overrides, which have no range).
///
/// Every result but the net rises with every factor, so its range is read off the three
/// points. The net `N × L × (t − g)` (t, g the tailpipe and electricity CO₂ per km) falls as
/// the electricity terms rise, so the all-low and all-high points do not bound it; its range is
/// `N × min over L ∈ {L_low, L_high} of L × (t_low − g_high)` to
/// `N × max over L of L × (t_high − g_low)`: the per-km terms at their least and most
/// favourable ends, with the mileage (common to both sides, so not double-counted) at whichever
/// end widens the range.
pub fn evaluate(
    inputs: &TruckInputs,
    library: &Library,
    overrides: &Overrides,
) -> Result<TruckResult, CalcError> {
    let [c, lo, hi] = at_three_points(library, overrides, |values| calculate(inputs, values))?;
    let r = |f: fn(&TruckPoint) -> f64| Ranged::from_points(f(&c), f(&lo), f(&hi));
    let mileage_km = r(|p| p.mileage_km);
    let tailpipe_kg_per_km = r(|p| p.tailpipe_kg_per_km);
    let grid_kg_per_km = r(|p| p.grid_kg_per_km);
    let n = inputs.trucks;
    let per_km_low = (tailpipe_kg_per_km.low - grid_kg_per_km.high) / 1000.0;
    let per_km_high = (tailpipe_kg_per_km.high - grid_kg_per_km.low) / 1000.0;
    let net_low = n * (mileage_km.low * per_km_low).min(mileage_km.high * per_km_low);
    let net_high = n * (mileage_km.low * per_km_high).max(mileage_km.high * per_km_high);
    let net_t = Ranged {
        central: c.net_t,
        low: net_low.min(c.net_t),
        high: net_high.max(c.net_t),
    };
    Ok(TruckResult {
        inputs: *inputs,
        mileage_km,
        fleet_km: r(|p| p.fleet_km),
        nox_t: r(|p| p.nox_t),
        diesel_litres: r(|p| p.diesel_litres),
        tailpipe_t: r(|p| p.tailpipe_t),
        electricity_kwh: r(|p| p.electricity_kwh),
        grid_t: r(|p| p.grid_t),
        net_t,
        tailpipe_kg_per_km,
        grid_kg_per_km,
    })
}

#[cfg(test)]
mod tests;
