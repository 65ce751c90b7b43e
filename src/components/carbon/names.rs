//! The words and number formats of calculator 3: names of the core's choices in the user's
//! language, masses in kg or t CO₂e, and error messages. Formatting only; nothing is computed
//! here beyond choosing kg or t.

use qingshan_core::carbon::{
    ActivityKind, Boundary, CarbonError, CountUnit, DirectGas, ElectricityBasis, ElectricityKind,
    ElectricityUse, EnergyUnit, FuelUnit, FunctionalUnitKind, Gas, GwpSet, MassUnit, Material,
    PriceChoice, Process, TdKind, Variant, Vehicle, FIELD_CH4, FIELD_FUNCTIONAL_UNIT, FIELD_N2O,
    FIELD_QUANTITY,
};
use qingshan_core::eval::{CalcError, Problem, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;

use crate::format::quantity;
use crate::i18n::catalog;
use crate::i18n::keys::CarbonText;

/// The carbon catalog of `lang`.
pub fn text(lang: Lang) -> &'static CarbonText {
    &catalog(lang).carbon
}

/// Significant digits of the results.
pub const SIG: u32 = 4;

/// A mass of CO₂e: kg below 1,000 kg, t from there (4 significant digits, 万/亿 in Chinese).
pub fn mass(kg: f64, lang: Lang) -> String {
    let t = text(lang);
    if kg.abs() >= 1e3 {
        format!("{} {}", quantity(kg / 1e3, SIG, lang), t.unit_t_co2e)
    } else {
        format!("{} {}", quantity(kg, SIG, lang), t.unit_kg_co2e)
    }
}

/// A range "low – high", each end in [`mass`].
pub fn mass_range(r: Ranged, lang: Lang) -> String {
    format!("{} – {}", mass(r.low, lang), mass(r.high, lang))
}

/// The scale (kg per shown unit) and unit for a chart whose largest value is `max_kg`.
pub fn chart_unit(max_kg: f64, lang: Lang) -> (f64, &'static str) {
    let t = text(lang);
    if max_kg.abs() >= 1e3 {
        (1e3, t.unit_t_co2e)
    } else {
        (1.0, t.unit_kg_co2e)
    }
}

/// `s` in parentheses, full-width in Chinese: " (s)" / "（s）".
pub fn paren(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(" ({s})"),
        Lang::ZhHans | Lang::ZhHant => format!("（{s}）"),
    }
}

/// A sum of money in yuan.
pub fn yuan(x: f64, lang: Lang) -> String {
    format!("{} {}", quantity(x, SIG, lang), text(lang).unit_yuan)
}

/// The name of a kind of line.
pub fn activity_kind(k: ActivityKind, lang: Lang) -> &'static str {
    let t = text(lang);
    match k {
        ActivityKind::Electricity => t.kind_electricity,
        ActivityKind::ElectricityUse => t.kind_electricity_use,
        ActivityKind::Fuel => t.kind_fuel,
        ActivityKind::Vehicle => t.kind_vehicle,
        ActivityKind::Process => t.kind_process,
        ActivityKind::Direct => t.kind_direct,
    }
}

/// The name of a process.
pub fn process(p: Process, lang: Lang) -> &'static str {
    let t = text(lang);
    match p {
        Process::Clinker => t.process_clinker,
        Process::Limestone => t.process_limestone,
        Process::Dolomite => t.process_dolomite,
        Process::AluminiumAnode => t.process_al_anode,
        Process::AluminiumPfc => t.process_al_pfc,
        Process::SteelNational => t.process_steel,
        Process::SteelBfBof => t.process_steel_bf_bof,
        Process::SteelScrapEaf => t.process_steel_eaf,
    }
}

/// The unit of a process line's tonnes ("t clinker").
pub fn material(m: Material, lang: Lang) -> &'static str {
    let t = text(lang);
    match m {
        Material::Clinker => t.material_clinker,
        Material::Limestone => t.material_limestone,
        Material::Dolomite => t.material_dolomite,
        Material::Aluminium => t.material_aluminium,
        Material::CrudeSteel => t.material_steel,
    }
}

/// The name of a per-unit electricity figure: the library factor's own name.
pub fn electricity_use(u: ElectricityUse, lang: Lang) -> &'static str {
    Library::standard()
        .get(u.factor_id())
        .map_or(u.key(), |f| f.def.name.get(lang))
}

/// What a per-unit electricity line counts.
pub fn count_unit(c: CountUnit, lang: Lang) -> &'static str {
    let t = text(lang);
    match c {
        CountUnit::TonneAluminium => t.material_aluminium,
        CountUnit::HouseholdYear => t.count_household_year,
        CountUnit::PersonYear => t.count_person_year,
    }
}

/// The symbol of an energy unit.
pub fn energy_unit(u: EnergyUnit, lang: Lang) -> &'static str {
    let t = text(lang);
    match u {
        EnergyUnit::Kwh => t.unit_kwh,
        EnergyUnit::Mwh => t.unit_mwh,
        EnergyUnit::WanKwh => t.unit_wan_kwh,
    }
}

/// The symbol of a fuel unit.
pub fn fuel_unit(u: FuelUnit, lang: Lang) -> &'static str {
    let t = text(lang);
    match u {
        FuelUnit::Tonne => t.unit_t,
        FuelUnit::Kilogram => t.unit_kg,
        FuelUnit::Nm3 => t.unit_nm3,
        FuelUnit::WanNm3 => t.unit_wan_nm3,
    }
}

/// The symbol of a mass unit.
pub fn mass_unit(u: MassUnit, lang: Lang) -> &'static str {
    let t = text(lang);
    match u {
        MassUnit::Kg => t.unit_kg,
        MassUnit::Tonne => t.unit_t,
    }
}

/// What a direct entry is a mass of.
pub fn direct_gas(g: DirectGas, lang: Lang) -> &'static str {
    let t = text(lang);
    match g {
        DirectGas::Co2e => t.direct_co2e,
        DirectGas::Co2 => t.gas_co2,
        DirectGas::Ch4 => t.gas_ch4,
        DirectGas::N2o => t.gas_n2o,
    }
}

/// The name of a gas group in the results.
pub fn gas(g: Gas, lang: Lang) -> &'static str {
    let t = text(lang);
    match g {
        Gas::Co2 => t.gas_co2,
        Gas::Ch4 => t.gas_ch4,
        Gas::N2o => t.gas_n2o,
        Gas::Pfc => t.gas_pfc,
        Gas::Unsplit => t.gas_unsplit,
    }
}

/// The name of a vehicle.
pub fn vehicle(v: Vehicle, lang: Lang) -> &'static str {
    let t = text(lang);
    match v {
        Vehicle::DieselTruck => t.vehicle_diesel,
        Vehicle::ElectricTruck => t.vehicle_electric,
    }
}

/// The name of a variant.
pub fn variant(v: Variant, lang: Lang) -> &'static str {
    let t = text(lang);
    match v {
        Variant::Baseline => t.variant_a,
        Variant::Alternative => t.variant_b,
    }
}

/// The name of a boundary.
pub fn boundary(b: Boundary, lang: Lang) -> &'static str {
    let t = text(lang);
    match b {
        Boundary::CradleToGate => t.boundary_cradle_to_gate,
        Boundary::CradleToGrave => t.boundary_cradle_to_grave,
        Boundary::GateToGate => t.boundary_gate_to_gate,
        Boundary::UseStage => t.boundary_use_stage,
        Boundary::NotStated => t.boundary_not_stated,
    }
}

/// The name of a functional unit.
pub fn functional_unit(k: FunctionalUnitKind, lang: Lang) -> &'static str {
    let t = text(lang);
    match k {
        FunctionalUnitKind::TonneProduct => t.fu_t,
        FunctionalUnitKind::KgProduct => t.fu_kg,
        FunctionalUnitKind::Piece => t.fu_piece,
        FunctionalUnitKind::Mwh => t.fu_mwh,
        FunctionalUnitKind::HouseholdYear => t.fu_household_year,
        FunctionalUnitKind::VehicleYear => t.fu_vehicle_year,
    }
}

/// The name of a GWP set.
pub fn gwp(g: GwpSet, lang: Lang) -> &'static str {
    let t = text(lang);
    match g {
        GwpSet::Ar5 => t.gwp_ar5,
        GwpSet::Ar5Feedback => t.gwp_ar5_feedback,
        GwpSet::Ar6 => t.gwp_ar6,
    }
}

/// The name of a carbon price.
pub fn price(p: PriceChoice, lang: Lang) -> &'static str {
    let t = text(lang);
    match p {
        PriceChoice::Cea2025 => t.price_cea,
        PriceChoice::Ccer2025 => t.price_ccer,
    }
}

/// The name of a kind of electricity factor, short ("life-cycle kg CO₂e" / "CO₂ only").
pub fn kind_short(k: ElectricityKind, lang: Lang) -> &'static str {
    let t = text(lang);
    match k {
        ElectricityKind::Footprint => t.kind_footprint_short,
        ElectricityKind::Emission => t.kind_emission_short,
    }
}

/// The name of a T&D choice.
pub fn td(k: Option<TdKind>, lang: Lang) -> &'static str {
    let t = text(lang);
    match k {
        None => t.td_none,
        Some(TdKind::ExcludingLosses) => t.td_excl,
        Some(TdKind::IncludingLosses) => t.td_incl,
    }
}

/// The electricity basis in one line: kind, year, type or scope, T&D.
/// ("Electricity carbon-footprint factor · life-cycle kg CO₂e · 2024 · national average").
pub fn basis(b: ElectricityBasis, lang: Lang) -> String {
    let t = text(lang);
    match b {
        ElectricityBasis::Footprint {
            year,
            generation,
            td: k,
        } => {
            let mut s = format!(
                "{} · {} · {year} · {}",
                t.kind_footprint,
                t.kind_footprint_short,
                generation.name().get(lang)
            );
            if k.is_some() {
                s.push_str(" · ");
                s.push_str(td(k, lang));
            }
            s
        }
        ElectricityBasis::Emission { year, scope } => format!(
            "{} · {} · {year} · {}",
            t.kind_emission,
            t.kind_emission_short,
            scope.name().get(lang)
        ),
    }
}

/// An input problem in words.
pub fn problem(p: Problem, lang: Lang) -> &'static str {
    let w = &catalog(lang).widgets;
    match p {
        Problem::NotFinite => w.problem_not_finite,
        Problem::Negative => w.problem_negative,
        Problem::NotPositive => w.problem_not_positive,
        Problem::AboveOne => w.problem_above_one,
        Problem::AfterAboveBefore => w.problem_after_above_before,
        Problem::OxygenTooHigh => w.problem_oxygen_too_high,
        Problem::TooLarge => w.problem_too_large,
    }
}

/// True for the field keys of calculator 3's own inputs (not factor ids).
pub fn is_input_field(field: &str) -> bool {
    [FIELD_QUANTITY, FIELD_CH4, FIELD_N2O, FIELD_FUNCTIONAL_UNIT].contains(&field)
}

/// A calculation error in words. A factor's problem names the factor.
pub fn error(e: &CarbonError, lang: Lang) -> String {
    let t = text(lang);
    let w = &catalog(lang).widgets;
    match e {
        CarbonError::Input {
            error: CalcError::Input { field, problem: p },
            ..
        } => {
            if is_input_field(field) {
                problem(*p, lang).to_string()
            } else {
                let name = Library::standard()
                    .get(field)
                    .map_or(*field, |f| f.def.name.get(lang));
                format!("{}{name}: {}", t.err_factor, problem(*p, lang))
            }
        }
        CarbonError::Input {
            error: CalcError::MissingFactor(id),
            ..
        } => format!("{}{id}", w.missing_factor),
        CarbonError::UnpublishedElectricityFactor(_) => t.err_unpublished.to_string(),
        CarbonError::UnitMismatch { .. } => t.err_unit_mismatch.to_string(),
        CarbonError::NoNonCo2Default { .. } => t.err_no_default.to_string(),
    }
}
