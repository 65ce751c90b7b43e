//! Derived factors recomputed independently from the literal numbers in factors.md.

use super::*;

#[test]
fn derived_fuel_factors_match_an_independent_computation() {
    let lib = lib();
    // Diesel: 42.652 GJ/t × 20.2 t C/TJ × 0.98 × 44/12 ÷ 1000 = 3.0959 t CO₂/t (factors.md: 3.10).
    let diesel = 42.652 * 20.2 * 0.98 * 44.0 / 12.0 / 1000.0;
    assert_close(
        value(&lib, "carbon.fuel.diesel.co2"),
        diesel,
        1e-9,
        "diesel",
    );
    assert_close(diesel, 3.0959, 1e-4, "diesel by hand");
    // Natural gas: 389.31 GJ/10⁴Nm³ × 15.3 × 0.99 × 44/12 → t CO₂ per 10⁴ Nm³ × 10⁻³ … = kg/Nm³.
    let gas_t_per_10k_nm3 = 389.31 / 1000.0 * 15.3 * 0.99 * 44.0 / 12.0;
    let gas_kg_per_nm3 = gas_t_per_10k_nm3 * 1000.0 / 10_000.0;
    assert_close(
        value(&lib, "carbon.fuel.natural_gas.co2"),
        gas_kg_per_nm3,
        1e-9,
        "gas",
    );
    assert_close(gas_kg_per_nm3, 2.162, 1e-3, "gas vs factors.md");
    assert_eq!(
        get(&lib, "carbon.fuel.natural_gas.co2").unit(),
        crate::units::Unit::KgCo2PerNm3
    );
    assert_eq!(
        get(&lib, "carbon.fuel.diesel.co2").unit(),
        crate::units::Unit::TCo2PerTonne
    );
}

#[test]
fn every_fuel_co2_is_within_one_percent_of_the_printed_table() {
    // factors.md, C3, column "CO₂ per unit (derived)".
    let printed = [
        ("anthracite", 2.52),
        ("bituminous", 1.74),
        ("lignite", 1.17),
        ("washed_coal", 2.21),
        ("coke", 2.86),
        ("crude_oil", 3.02),
        ("fuel_oil", 3.17),
        ("gasoline", 2.93),
        ("diesel", 3.10),
        ("kerosene", 3.03),
        ("lpg", 3.10),
        ("lng", 2.83),
        ("natural_gas", 2.162),
        ("coke_oven_gas", 0.886),
        ("blast_furnace_gas", 0.848),
        ("converter_gas", 1.512),
    ];
    let lib = lib();
    let fuels = lib
        .iter()
        .filter(|f| f.id().starts_with("carbon.fuel.") && f.id().rsplit('.').next() == Some("co2"))
        .count();
    assert_eq!(fuels, printed.len(), "a fuel was added or lost");
    for (fuel, expected) in printed {
        let id = format!("carbon.fuel.{fuel}.co2");
        assert_close(value(&lib, &id), expected, 0.01, &id);
    }
}

#[test]
fn steel_intensity_is_emissions_over_928_mt() {
    let lib = lib();
    for (pol, mt, printed) in [("so2", 1.06, 1.14), ("nox", 1.72, 1.85), ("pm", 2.81, 3.03)] {
        let id = format!("ule.intensity.steel.2018.{pol}");
        let by_hand = mt * 1e6 / 928e6 * 1000.0; // t ÷ t → kg/t
        assert_close(value(&lib, &id), by_hand, 1e-9, &id);
        assert_close(by_hand, printed, 0.005, "factors.md rounding");
    }
    assert_close(
        value(&lib, "ule.intensity.steel.2018.so2"),
        1.142,
        1e-3,
        "SO₂ 1.142 kg/t",
    );
}

#[test]
fn worked_check_300_mt_of_steel() {
    // factors.md A4: 300 Mt at the 2018 intensity and the expected cuts ≈ 0.21 / 0.33 / 0.74 Mt.
    let lib = lib();
    for (pol, expected_mt) in [("so2", 0.21), ("nox", 0.33), ("pm", 0.74)] {
        let kg_per_t = value(&lib, &format!("ule.intensity.steel.2018.{pol}"));
        let cut = value(&lib, &format!("ule.reduction.steel.{pol}"));
        let mt = 300e6 * kg_per_t / 1000.0 * cut / 1e6;
        assert_close(mt, expected_mt, 0.02, pol);
    }
}

#[test]
fn phosphorus_derivations() {
    let lib = lib();
    assert_close(
        value(&lib, "tp.report.avg_per_project"),
        11_700.0 / 2_400.0,
        1e-12,
        "avg",
    );
    assert_close(
        value(&lib, "tp.report.avg_per_project"),
        4.9,
        0.01,
        "≈ 4.9 t",
    );
    // 4.875 t/yr ÷ (0.5 mg/L × 365 d) × 10⁶ ≈ 26,700 m³/d.
    let flow = 4.875 / (0.5 * 365.0) * 1e6;
    assert_close(
        value(&lib, "tp.report.equivalent_plant_flow"),
        flow,
        1e-9,
        "flow",
    );
    assert_close(flow, 26_700.0, 0.001, "flow vs factors.md");
    // 21.20 万 t ÷ 67.2 % ≈ 31.5 万 t.
    assert_close(
        value(&lib, "tp.census2017.total"),
        315_000.0,
        0.002,
        "census total",
    );
    // Redfield: M ≈ 3,550 g/mol per P → ≈ 114.5 kg dry, ≈ 380 kg wet algae per kg P.
    let m = 106.0 * (12.011 + 2.0 * 1.008 + 15.999)
        + 16.0 * (14.007 + 3.0 * 1.008)
        + (3.0 * 1.008 + 30.974 + 4.0 * 15.999);
    assert_close(value(&lib, "tp.redfield.molar_mass"), m, 1e-6, "molar mass");
    assert_close(m, 3_550.0, 0.002, "M vs factors.md");
    assert_close(
        value(&lib, "tp.algae.dry_per_kg_p"),
        m / 30.974,
        1e-6,
        "dry",
    );
    assert_close(
        value(&lib, "tp.algae.dry_per_kg_p"),
        114.5,
        0.005,
        "dry vs factors.md",
    );
    assert_close(
        value(&lib, "tp.algae.wet_per_kg_p"),
        380.0,
        0.01,
        "wet vs factors.md",
    );
    let note = get(&lib, "tp.algae.dry_per_kg_p")
        .def
        .note
        .expect("ceiling note");
    assert!(note.en().contains("stoichiometric ceiling"));
}

#[test]
fn household_electricity_derivations() {
    let lib = lib();
    let per_person = 15_880e8 / 140_489e4;
    assert_close(
        value(&lib, "carbon.household.kwh_per_person"),
        per_person,
        1e-9,
        "person",
    );
    assert_close(per_person, 1_130.0, 0.001, "≈ 1,130 kWh");
    let per_household = per_person * 2.62;
    assert_close(
        value(&lib, "carbon.household.kwh_per_household"),
        per_household,
        1e-9,
        "hh",
    );
    assert_close(per_household, 2_960.0, 0.001, "≈ 2,960 kWh");
}

#[test]
fn derived_ranges_combine_one_at_a_time_deviations_in_quadrature() {
    let lib = lib();
    // SO₂ intensity = emissions ÷ output, both secondary (±10 %). Worked by hand:
    // v = 1.06e6 / 928e6 × 1000 kg/t; emissions alone move v by ∓0.1 v; output at its low end
    // raises v to v/0.9 (+0.1111 v), at its high end lowers it to v/1.1 (−0.0909 v).
    let v: f64 = 1.06e6 / 928e6 * 1000.0;
    let so2 = get(&lib, "ule.intensity.steel.2018.so2");
    assert_eq!(so2.range_basis, RangeBasis::Propagated);
    let down = ((0.1 * v).powi(2) + (v - v / 1.1).powi(2)).sqrt();
    let up = ((0.1 * v).powi(2) + (v / 0.9 - v).powi(2)).sqrt();
    assert_close(so2.low, v - down, 1e-9, "low");
    assert_close(so2.high, v + up, 1e-9, "high");
    // An oxidation rate's assumed range stops at 100 %.
    let of = get(&lib, "carbon.fuel.diesel.of");
    assert_close(of.high, 1.0, 1e-12, "oxidation high");
    assert_close(of.low, 0.98 * 0.9, 1e-12, "oxidation low");
    // Diesel: NCV and carbon content ±10 %, oxidation 98 % → 88.2–100 %.
    let d: f64 = 42.652 * 20.2 * 0.98 * 44.0 / 12.0 / 1000.0;
    let diesel = get(&lib, "carbon.fuel.diesel.co2");
    let up = d * (0.1_f64.powi(2) * 2.0 + (1.0_f64 / 0.98 - 1.0).powi(2)).sqrt();
    let down = d * (0.1_f64.powi(2) * 3.0).sqrt();
    assert_close(diesel.high, d + up, 1e-9, "high");
    assert_close(diesel.low, d - down, 1e-9, "low");
}
