//! The inputs and edits of the heavy-trucks panel (part of calculator 1).
//!
//! The state keeps the user's choices, not the calculation's inputs: both kinds of electricity
//! factor keep their own year and scope, so switching kinds and back loses nothing, while only
//! the kind on screen is ever used ([`TrucksState::grid_choice`]). The calculation itself is
//! `qingshan_core::trucks`.

use qingshan_core::factors::electricity::{EmissionScope, GenerationType};
use qingshan_core::factors::Library;
use qingshan_core::figures::preset;
use qingshan_core::trucks::{
    report_truck_count, Baseline, DieselBasis, Duty, GridChoice, GridKind, TruckInputs,
    FOOTPRINT_SOURCES,
};

/// The panel's own preset: the report's trucks, all in short-distance shuttle duty.
pub const PRESET_SHUTTLE: &str = "trucks.shuttle";

/// Every preset of the panel, the report's first.
pub const PRESETS: [&str; 2] = [preset::ULE_TRUCKS, PRESET_SHUTTLE];

/// The latest year of each kind of electricity factor (the defaults).
const EMISSION_YEAR: u16 = 2023;
const FOOTPRINT_YEAR: u16 = 2024;

/// The inputs of the heavy-trucks panel, as the user left them.
#[derive(Clone, Debug, PartialEq)]
pub struct TrucksState {
    /// The preset the inputs started from (a key of [`PRESETS`]).
    pub preset: &'static str,
    /// Number of electric heavy trucks.
    pub trucks: f64,
    /// The diesel truck each replaces.
    pub baseline: Baseline,
    /// How they are used (sets the mileage factor).
    pub duty: Duty,
    /// Which diesel CO₂ factor.
    pub diesel: DieselBasis,
    /// The diesel's density, kg/L, once the user gave one (no default: the library has none).
    pub diesel_density: Option<f64>,
    /// Which kind of electricity factor is used.
    pub grid_kind: GridKind,
    /// Year of the CO₂ emission factor.
    pub emission_year: u16,
    /// Scope of the CO₂ emission factor.
    pub emission_scope: EmissionScope,
    /// Year of the carbon-footprint factor.
    pub footprint_year: u16,
    /// Generation type of the carbon-footprint factor.
    pub footprint_source: GenerationType,
}

impl Default for TrucksState {
    /// The report's preset.
    fn default() -> Self {
        TrucksState {
            preset: preset::ULE_TRUCKS,
            trucks: report_truck_count(),
            baseline: Baseline::ChinaVI,
            duty: Duty::LongHaul,
            diesel: DieselBasis::PerLitre,
            diesel_density: None,
            grid_kind: GridKind::Emission,
            emission_year: EMISSION_YEAR,
            emission_scope: EmissionScope::National,
            footprint_year: FOOTPRINT_YEAR,
            footprint_source: GenerationType::National,
        }
    }
}

/// An edit of the heavy-trucks panel.
#[derive(Clone, Debug, PartialEq)]
pub enum TrucksAction {
    /// The number of trucks (any number; the calculation rejects a negative one).
    SetTrucks(f64),
    /// The diesel truck replaced.
    SetBaseline(Baseline),
    /// The duty.
    SetDuty(Duty),
    /// The diesel CO₂ factor.
    SetDiesel(DieselBasis),
    /// The diesel's density, kg/L.
    SetDensity(f64),
    /// The kind of electricity factor.
    SetGridKind(GridKind),
    /// The year of the electricity factor of the kind in use (ignored if that kind has no
    /// factor for the year).
    SetGridYear(u16),
    /// The scope of the CO₂ emission factor.
    SetEmissionScope(EmissionScope),
    /// The generation type of the carbon-footprint factor (ignored for the transmission rows).
    SetFootprintSource(GenerationType),
}

impl TrucksState {
    /// The inputs of a preset, `None` if `key` is not one of [`PRESETS`].
    pub fn for_preset(key: &str) -> Option<TrucksState> {
        let report = TrucksState::default();
        if key == preset::ULE_TRUCKS {
            Some(report)
        } else if key == PRESET_SHUTTLE {
            Some(TrucksState {
                preset: PRESET_SHUTTLE,
                duty: Duty::Shuttle,
                ..report
            })
        } else {
            None
        }
    }

    /// The preset's inputs, to mark what the user changed.
    #[must_use]
    pub fn preset_inputs(&self) -> TrucksState {
        TrucksState::for_preset(self.preset).unwrap_or_default()
    }

    /// Applies one edit.
    pub fn apply(&mut self, action: TrucksAction) {
        match action {
            TrucksAction::SetTrucks(n) => self.trucks = n,
            TrucksAction::SetBaseline(b) => self.baseline = b,
            TrucksAction::SetDuty(d) => self.duty = d,
            TrucksAction::SetDiesel(d) => self.diesel = d,
            TrucksAction::SetDensity(x) => self.diesel_density = Some(x),
            TrucksAction::SetGridKind(k) => self.grid_kind = k,
            TrucksAction::SetGridYear(y) => {
                if self.grid_kind.years().contains(&y) {
                    match self.grid_kind {
                        GridKind::Emission => self.emission_year = y,
                        GridKind::Footprint => self.footprint_year = y,
                    }
                }
            }
            TrucksAction::SetEmissionScope(s) => self.emission_scope = s,
            TrucksAction::SetFootprintSource(s) => {
                if FOOTPRINT_SOURCES.contains(&s) {
                    self.footprint_source = s;
                }
            }
        }
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset` and [`PRESETS`]); false
    /// if it is not one of this panel's.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        match TrucksState::for_preset(key) {
            Some(s) => {
                *self = s;
                true
            }
            None => false,
        }
    }

    /// The electricity factor in use: the kind on screen, with that kind's year and scope.
    pub fn grid_choice(&self) -> GridChoice {
        match self.grid_kind {
            GridKind::Emission => GridChoice::Emission {
                year: self.emission_year,
                scope: self.emission_scope,
            },
            GridKind::Footprint => GridChoice::Footprint {
                year: self.footprint_year,
                source: self.footprint_source,
            },
        }
    }

    /// The calculation's inputs; `None` only if the library has no factor for the electricity
    /// choice (the actions never make such a choice).
    pub fn inputs(&self, lib: &Library) -> Option<TruckInputs> {
        Some(TruckInputs {
            trucks: self.trucks,
            baseline: self.baseline,
            duty: self.duty,
            diesel: self.diesel,
            diesel_density: self.diesel_density,
            grid: self.grid_choice().resolve(lib)?,
        })
    }
}
