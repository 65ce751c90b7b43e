//! The scenarios calculator 3 opens on, each built on the report's figures and the library.
//!
//! A preset is a [`CarbonInputs`] plus the report figures it quotes (ids of
//! [`crate::figures`]). Quantities that come from the library (13,599 kWh per t of aluminium,
//! ≈ 2,960 kWh per household, 32.5 L/100 km …) are read through it, not copied, so they keep their
//! grade and range; whether a preset rests on an unverified value is therefore read from the
//! result ([`super::CarbonResult::unverified`]), never written by hand.
//!
//! Choices, with their reasons:
//! * household, aluminium, steel, clinker: the 2024 life-cycle carbon-footprint factor, the
//!   report's own figure and the factor for product footprints;
//! * the carbon-market preset ([`ETS`]) and the truck: the 2023 CO₂ emission factor, because
//!   they compare direct (Scope 1) emissions with the electricity's (Scope 2), and the diesel
//!   factor is a combustion factor with no upstream part;
//! * the truck drives 100,000 km, the low end of the unverified long-haul range
//!   (100,000–150,000 km/yr, `truck.mileage.longhaul`): a round, conservative year the user edits.

use crate::figures;

use super::inputs::{
    Activity, Boundary, CarbonInputs, ElectricityBasis, ElectricityUse, FunctionalUnit,
    FunctionalUnitKind, GwpSet, Line, LineId, PriceChoice, Process, Variant, Vehicle,
};

/// A household's yearly electricity (the default scenario).
pub const HOUSEHOLD: &str = "carbon.household";
/// 1 t of primary aluminium, product footprint (smelter electricity, anode, PFC).
pub const ALUMINIUM: &str = "carbon.aluminium";
/// 1 t of crude steel at the national-average intensity.
pub const STEEL: &str = "carbon.steel";
/// 1 t of clinker at the gate-to-gate intensity.
pub const CLINKER: &str = "carbon.clinker";
/// A heavy truck's year: diesel (baseline) vs battery-electric (alternative).
pub const TRUCK: &str = "carbon.truck";
/// The report's electricity carbon-footprint factor (2024 data): the household preset.
pub const ELECTRICITY_2024: &str = figures::preset::CARBON_ELECTRICITY_2024;
/// The report's carbon-market expansion: 1 t of aluminium as the market counts it (CO₂ emission
/// factor, allowance price).
pub const ETS: &str = figures::preset::CARBON_ETS;

/// A preset of calculator 3.
#[derive(Clone, Copy, Debug)]
pub struct Preset {
    /// Its key (for `Action::Preset`, links and the figures view).
    pub key: &'static str,
    /// The report figures it quotes (ids of [`crate::figures::get`]).
    pub figures: &'static [&'static str],
    /// Builds its inputs.
    pub build: fn() -> CarbonInputs,
}

/// Every preset, in the order the page lists them. The default scenario is the first.
pub const ALL: [Preset; 7] = [
    Preset {
        key: HOUSEHOLD,
        figures: &["carbon.electricity_cf_factors"],
        build: household,
    },
    Preset {
        key: ALUMINIUM,
        figures: &["carbon.ets_expansion", "carbon.electricity_cf_factors"],
        build: aluminium,
    },
    Preset {
        key: STEEL,
        figures: &["carbon.ets_expansion"],
        build: steel,
    },
    Preset {
        key: CLINKER,
        figures: &["carbon.ets_expansion"],
        build: clinker,
    },
    Preset {
        key: TRUCK,
        figures: &["transport.nev_heavy_trucks_2025"],
        build: truck,
    },
    Preset {
        key: ELECTRICITY_2024,
        figures: &["carbon.electricity_cf_factors"],
        build: household,
    },
    Preset {
        key: ETS,
        figures: &["carbon.ets_expansion"],
        build: aluminium_ets,
    },
];

/// The preset with this key.
pub fn get(key: &str) -> Option<&'static Preset> {
    ALL.iter().find(|p| p.key == key)
}

/// The inputs of the preset with this key.
pub fn inputs(key: &str) -> Option<CarbonInputs> {
    get(key).map(|p| (p.build)())
}

fn lines(activities: &[(Variant, Activity)]) -> Vec<Line> {
    activities
        .iter()
        .zip(0_u32..)
        .map(|(&(variant, activity), id)| Line {
            id: LineId(id),
            variant,
            activity,
        })
        .collect()
}

fn baseline(activities: &[Activity]) -> Vec<Line> {
    lines(
        &activities
            .iter()
            .map(|a| (Variant::Baseline, *a))
            .collect::<Vec<_>>(),
    )
}

fn scenario(
    lines: Vec<Line>,
    electricity: ElectricityBasis,
    unit: FunctionalUnitKind,
    boundary: Boundary,
) -> CarbonInputs {
    CarbonInputs {
        lines,
        electricity,
        gwp: GwpSet::Ar5,
        functional_unit: FunctionalUnit {
            amount: 1.0,
            kind: unit,
        },
        boundary,
        price: PriceChoice::Cea2025,
    }
}

/// A household's year: ≈ 2,960 kWh (derived: 2025 residential use ÷ population × 2.62 persons)
/// × the 2024 national-average footprint factor. Boundary: the use stage.
pub fn household() -> CarbonInputs {
    scenario(
        baseline(&[Activity::ElectricityUse {
            benchmark: ElectricityUse::Household,
            count: 1.0,
        }]),
        ElectricityBasis::FOOTPRINT_2024,
        FunctionalUnitKind::HouseholdYear,
        Boundary::UseStage,
    )
}

fn aluminium_lines() -> Vec<Line> {
    baseline(&[
        Activity::ElectricityUse {
            benchmark: ElectricityUse::AluminiumAc2016,
            count: 1.0,
        },
        Activity::Process {
            process: Process::AluminiumAnode,
            tonnes: 1.0,
        },
        Activity::Process {
            process: Process::AluminiumPfc,
            tonnes: 1.0,
        },
    ])
}

/// 1 t of primary aluminium: 13,599 kWh AC power (2016) × the 2024 footprint factor, anode
/// 1.424 t and PFC 0.1454 t CO₂e. Gate to gate: the smelter only (no alumina, no anode making),
/// so it is not the cradle-to-gate footprint GB/T 44905 declares.
pub fn aluminium() -> CarbonInputs {
    scenario(
        aluminium_lines(),
        ElectricityBasis::FOOTPRINT_2024,
        FunctionalUnitKind::TonneProduct,
        Boundary::GateToGate,
    )
}

/// 1 t of aluminium as organisational accounting counts it: the same lines with the 2023
/// national CO₂ emission factor, valued at the 2025 allowance price.
pub fn aluminium_ets() -> CarbonInputs {
    scenario(
        aluminium_lines(),
        ElectricityBasis::EMISSION_2023,
        FunctionalUnitKind::TonneProduct,
        Boundary::GateToGate,
    )
}

/// 1 t of crude steel at the national average ≈ 1.8 t CO₂/t (secondary). The source does not
/// state the boundary; BF-BOF (≈ 1.9) and scrap-EAF (≈ 0.5) are offered on the same line, both
/// unverified.
pub fn steel() -> CarbonInputs {
    scenario(
        baseline(&[Activity::Process {
            process: Process::SteelNational,
            tonnes: 1.0,
        }]),
        ElectricityBasis::FOOTPRINT_2024,
        FunctionalUnitKind::TonneProduct,
        Boundary::NotStated,
    )
}

/// 1 t of clinker at 535 kg CO₂e/t, gate to gate (mostly calcination). No electricity line is
/// added: how much of the 535 kg is fuel or power is not given, and adding the kiln's
/// electricity could count it twice.
pub fn clinker() -> CarbonInputs {
    scenario(
        baseline(&[Activity::Process {
            process: Process::Clinker,
            tonnes: 1.0,
        }]),
        ElectricityBasis::FOOTPRINT_2024,
        FunctionalUnitKind::TonneProduct,
        Boundary::GateToGate,
    )
}

/// A heavy truck's year, 100,000 km: diesel (32.5 L/100 km × 2.66 kg CO₂e/L, tailpipe) as the
/// baseline, battery-electric (1.65 kWh/km × the 2023 national CO₂ emission factor) as the
/// alternative. Both consumptions are unverified.
pub fn truck() -> CarbonInputs {
    scenario(
        lines(&[
            (
                Variant::Baseline,
                Activity::Vehicle {
                    vehicle: Vehicle::DieselTruck,
                    km: 100_000.0,
                },
            ),
            (
                Variant::Alternative,
                Activity::Vehicle {
                    vehicle: Vehicle::ElectricTruck,
                    km: 100_000.0,
                },
            ),
        ]),
        ElectricityBasis::EMISSION_2023,
        FunctionalUnitKind::VehicleYear,
        Boundary::UseStage,
    )
}
