//! The trucks part of the scenario link: keys under `t.` (docs/links.md, "Heavy trucks").
//!
//! ```text
//! t.preset=trucks.shuttle&t.n=5000&t.base=china5&t.grid=cf&t.cf.year=2023&t.cf.source=wind
//! ```
//!
//! | key | value | state field |
//! |---|---|---|
//! | `t.preset` | `ule.trucks` or `trucks.shuttle` | [`TrucksState::preset`] |
//! | `t.n` | number of trucks, ≥ 0 | `trucks` |
//! | `t.base` | `china6`, `china5` | `baseline` |
//! | `t.duty` | `longhaul`, `shuttle` | `duty` |
//! | `t.diesel` | `litre`, `kg` | `diesel` |
//! | `t.density` | kg/L, > 0 | `diesel_density` |
//! | `t.grid` | `ef` (CO₂ emission factor), `cf` (carbon footprint) | `grid_kind` |
//! | `t.ef.year` | 2021–2023 | `emission_year` |
//! | `t.ef.scope` | `national`, `national_ex_market`, `fossil`, `region.<grid>`, `province.<province>` | `emission_scope` |
//! | `t.cf.year` | 2023–2024 | `footprint_year` |
//! | `t.cf.source` | `national`, `coal`, `gas`, `hydro`, `nuclear`, `wind`, `photovoltaic`, `solar_thermal`, `biomass` | `footprint_source` |
//!
//! Every word is the stable `key()` of the core's own type, so the link and the element ids
//! spell a choice the same way.
//!
//! **Relative to the preset.** `t.preset` is written only when it is not the report's
//! (`ule.trucks`); every other key is written only when it differs from *that preset's* value
//! ([`TrucksState::preset_inputs`], the same values the panel marks "changed by you" against),
//! and reading starts from that preset. So the report's preset writes nothing, the shuttle
//! preset writes `t.preset=trucks.shuttle` alone, and `decode(encode(s)) == s`.
//!
//! **Both kinds of electricity factor.** The state keeps each kind's own year and scope (so
//! switching kind and back loses nothing); the link carries both, whichever kind is on screen.
//!
//! **Validation.** Numbers pass the calculation's own checks (`eval::non_negative` for the
//! count, `eval::positive` for the density, both capped at `eval::MAX_INPUT`); years must be
//! ones the library has for that kind; the footprint source must be one the panel offers
//! ([`FOOTPRINT_SOURCES`]: not the transmission rows). Anything else leaves the preset's value
//! and becomes a notice. The writer writes only values the reader accepts: a count the page
//! refuses (e.g. `-5`, shown as the field's error) is not put in the link, which then opens
//! at the preset's count.
//!
//! **Not here.** The mileage, consumptions and every other factor are factors, not inputs of
//! the panel: a changed one travels as `f.<factor id>` (e.g. `f.truck.mileage.longhaul=100000`),
//! shared with every calculator. The panel has no lists and no UI-only state.

use qingshan_core::codec::{fields_number, LinkFields, NoticeKind, Reader, Writer};
use qingshan_core::eval::{non_negative, positive};
use qingshan_core::factors::electricity::{EmissionScope, GenerationType};
use qingshan_core::trucks::{field, Baseline, DieselBasis, Duty, GridKind, FOOTPRINT_SOURCES};

use super::trucks::TrucksState;

/// The keys of the trucks part, all under `t.` (never rename one: links decode forever).
pub mod key {
    /// The preset the inputs started from.
    pub const PRESET: &str = "t.preset";
    /// The number of trucks.
    pub const TRUCKS: &str = "t.n";
    /// The diesel truck replaced.
    pub const BASELINE: &str = "t.base";
    /// The duty.
    pub const DUTY: &str = "t.duty";
    /// The diesel CO₂ factor.
    pub const DIESEL: &str = "t.diesel";
    /// The diesel's density, kg/L.
    pub const DENSITY: &str = "t.density";
    /// The kind of electricity factor.
    pub const GRID: &str = "t.grid";
    /// The year of the CO₂ emission factor.
    pub const EMISSION_YEAR: &str = "t.ef.year";
    /// The scope of the CO₂ emission factor.
    pub const EMISSION_SCOPE: &str = "t.ef.scope";
    /// The year of the carbon-footprint factor.
    pub const FOOTPRINT_YEAR: &str = "t.cf.year";
    /// The generation type of the carbon-footprint factor.
    pub const FOOTPRINT_SOURCE: &str = "t.cf.source";
}

/// The count as the calculation accepts it.
fn valid_trucks(x: f64) -> Option<f64> {
    non_negative(field::TRUCKS, x).ok()
}

/// The density as the calculation accepts it.
fn valid_density(x: f64) -> Option<f64> {
    positive(field::DIESEL_DENSITY, x).ok()
}

/// The footprint source if the panel offers it.
fn offered_source(key: &str) -> Option<GenerationType> {
    GenerationType::from_key(key).filter(|g| FOOTPRINT_SOURCES.contains(g))
}

/// A year at `key` that must be one of `years`: not a whole number → `BadValue`, a year the
/// library has no factor of this kind for → `OutOfRange`.
fn read_year(r: &mut Reader, key: &str, years: &[u16]) -> Option<u16> {
    let raw = r.take(key)?;
    let Ok(year) = raw.trim().parse::<u16>() else {
        r.notice(key, &raw, NoticeKind::BadValue);
        return None;
    };
    if years.contains(&year) {
        Some(year)
    } else {
        r.notice(key, &raw, NoticeKind::OutOfRange);
        None
    }
}

impl LinkFields for TrucksState {
    fn write(&self, w: &mut Writer) {
        let preset = if TrucksState::for_preset(self.preset).is_some() {
            self.preset
        } else {
            TrucksState::default().preset
        };
        w.word(key::PRESET, preset, TrucksState::default().preset);
        let p = TrucksState::for_preset(preset).unwrap_or_default();
        if valid_trucks(self.trucks).is_some() {
            w.num(key::TRUCKS, self.trucks, p.trucks);
        }
        w.word(key::BASELINE, self.baseline.key(), p.baseline.key());
        w.word(key::DUTY, self.duty.key(), p.duty.key());
        w.word(key::DIESEL, self.diesel.key(), p.diesel.key());
        if let Some(d) = self.diesel_density.and_then(valid_density) {
            if p.diesel_density.map(f64::to_bits) != Some(d.to_bits()) {
                w.text(key::DENSITY, fields_number(d));
            }
        }
        w.word(key::GRID, self.grid_kind.key(), p.grid_kind.key());
        w.word(
            key::EMISSION_YEAR,
            &self.emission_year.to_string(),
            &p.emission_year.to_string(),
        );
        w.word(
            key::EMISSION_SCOPE,
            &self.emission_scope.key(),
            &p.emission_scope.key(),
        );
        w.word(
            key::FOOTPRINT_YEAR,
            &self.footprint_year.to_string(),
            &p.footprint_year.to_string(),
        );
        w.word(
            key::FOOTPRINT_SOURCE,
            self.footprint_source.key(),
            p.footprint_source.key(),
        );
    }

    fn read(r: &mut Reader) -> Self {
        let mut s = r
            .word(key::PRESET, TrucksState::for_preset)
            .unwrap_or_default();
        if let Some(n) = r.num(key::TRUCKS, |x| non_negative(field::TRUCKS, x)) {
            s.trucks = n;
        }
        if let Some(b) = r.word(key::BASELINE, Baseline::from_key) {
            s.baseline = b;
        }
        if let Some(d) = r.word(key::DUTY, Duty::from_key) {
            s.duty = d;
        }
        if let Some(d) = r.word(key::DIESEL, DieselBasis::from_key) {
            s.diesel = d;
        }
        if let Some(d) = r.num(key::DENSITY, |x| positive(field::DIESEL_DENSITY, x)) {
            s.diesel_density = Some(d);
        }
        if let Some(k) = r.word(key::GRID, GridKind::from_key) {
            s.grid_kind = k;
        }
        if let Some(y) = read_year(r, key::EMISSION_YEAR, GridKind::Emission.years()) {
            s.emission_year = y;
        }
        if let Some(scope) = r.word(key::EMISSION_SCOPE, EmissionScope::from_key) {
            s.emission_scope = scope;
        }
        if let Some(y) = read_year(r, key::FOOTPRINT_YEAR, GridKind::Footprint.years()) {
            s.footprint_year = y;
        }
        if let Some(g) = r.word(key::FOOTPRINT_SOURCE, offered_source) {
            s.footprint_source = g;
        }
        s
    }
}
