//! Reference cases worked by hand from `shared/reference/factors.md` (A6 and C2) and
//! `report-figures.md`, and property tests. Expected values are computed here from the literal
//! numbers of those documents, never by calling the code under test.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::eval::Problem;

/// Relative tolerance of the reference cases (the inputs are exact decimals).
const REL: f64 = 1e-9;

fn close(actual: f64, expected: f64, what: &str) {
    let tol = REL * expected.abs().max(1e-12);
    assert!(
        (actual - expected).abs() <= tol,
        "{what}: got {actual}, expected {expected}"
    );
}

fn lib() -> &'static Library {
    Library::standard()
}

fn grid(choice: GridChoice) -> GridFactor {
    let g = choice.resolve(lib());
    assert!(g.is_some(), "{choice:?} is not in the library");
    g.unwrap_or_else(|| unreachable!())
}

fn inputs(trucks: f64) -> TruckInputs {
    TruckInputs {
        trucks,
        baseline: Baseline::ChinaVI,
        duty: Duty::LongHaul,
        diesel: DieselBasis::PerLitre,
        diesel_density: None,
        grid: grid(GridChoice::default()),
    }
}

/// factors.md A6 and C2, central values, with the mileage of the brief's worked check.
fn table(mileage_km: f64) -> BTreeMap<&'static str, f64> {
    BTreeMap::from([
        ("truck.mileage.longhaul", mileage_km),
        ("truck.mileage.shuttle", 65_000.0),
        ("truck.nox.china6", 1.420),
        ("truck.nox.china5", 3.894),
        ("truck.diesel.consumption", 32.5),
        ("truck.diesel.co2e_per_litre", 2.66),
        ("truck.diesel.co2_per_kg", 3.186),
        ("truck.electric.consumption", 1.65),
        ("carbon.elec.ef.2023.national", 0.5306),
    ])
}

fn mileage_override(km: f64) -> Overrides {
    let mut o = Overrides::new();
    assert!(o.set("truck.mileage.longhaul", km));
    o
}

#[test]
fn worked_check_one_truck_100000_km() {
    // 1 truck × 100,000 km: 32.5 L/100 km × 2.66 kg/L → 32,500 L × 2.66 = 86,450 kg = 86.45 t;
    // NOx 1.420 g/km × 100,000 km = 142,000 g = 0.142 t;
    // 1.65 kWh/km × 100,000 km = 165,000 kWh × 0.5306 = 87,549 kg = 87.549 t;
    // net 86.45 − 87.549 = −1.099 t (slightly more CO₂).
    let p = calculate(&inputs(1.0), &table(100_000.0));
    assert!(p.is_ok(), "{p:?}");
    let p = p.unwrap_or_else(|_| unreachable!());
    close(p.fleet_km, 100_000.0, "fleet km");
    close(p.diesel_litres, 32_500.0, "diesel");
    close(p.tailpipe_t, 86.45, "tailpipe");
    close(p.nox_t, 0.142, "NOx");
    close(p.electricity_kwh, 165_000.0, "electricity");
    close(p.grid_t, 87.549, "grid");
    close(p.net_t, -1.099, "net");
    close(p.tailpipe_kg_per_km, 0.8645, "tailpipe per km");
    close(p.grid_kg_per_km, 0.875_49, "grid per km");
}

#[test]
fn the_library_gives_the_same_worked_check_and_says_more() {
    let r = evaluate(&inputs(1.0), lib(), &mileage_override(100_000.0));
    assert!(r.is_ok(), "{r:?}");
    let r = r.unwrap_or_else(|_| unreachable!());
    close(r.tailpipe_t.central, 86.45, "tailpipe");
    close(r.nox_t.central, 0.142, "NOx");
    close(r.grid_t.central, 87.549, "grid");
    close(r.net_t.central, -1.099, "net");
    assert_eq!(r.tailpipe_gas(), Gas::Co2e);
    assert_eq!(r.grid_gas(), Gas::Co2);
    assert!(
        r.gases_differ(),
        "DESNZ CO₂e against the CO₂-only grid factor must be flagged"
    );
    // The range reaches both signs (see the next test), so the page says "more, uncertain".
    assert_eq!(r.net_outcome(), NetOutcome::MoreUncertain);
}

#[test]
fn ranges_worked_by_hand() {
    // Mileage overridden (exact 100,000 km). Ranges: consumption 30–35 L/100 km and
    // 1.3–2.0 kWh/km (factors.md); DESNZ 2.66 secondary ±10 % → 2.394–2.926; NOx 1.420 and the
    // 2023 national grid factor 0.5306 official ±5 % (grade defaults, docs/factor-ranges.md).
    let r = evaluate(&inputs(1.0), lib(), &mileage_override(100_000.0));
    let r = r.unwrap_or_else(|e| panic!("{e:?}"));
    close(r.nox_t.low, 100_000.0 * 1.420 * 0.95 / 1e6, "NOx low");
    close(r.nox_t.high, 100_000.0 * 1.420 * 1.05 / 1e6, "NOx high");
    // tailpipe: 100,000 × 0.30 × 2.394 / 1000 = 71.82 t; 100,000 × 0.35 × 2.926 / 1000 = 102.41 t
    close(r.tailpipe_t.low, 71.82, "tailpipe low");
    close(r.tailpipe_t.high, 102.41, "tailpipe high");
    // grid: 100,000 × 1.3 × 0.50407 / 1000 = 65.5291 t; 100,000 × 2.0 × 0.55713 / 1000 = 111.426 t
    close(r.grid_t.low, 65.5291, "grid low");
    close(r.grid_t.high, 111.426, "grid high");
    // net: least favourable ends 71.82 − 111.426 = −39.606 t; most 102.41 − 65.5291 = 36.8809 t.
    close(r.net_t.low, -39.606, "net low");
    close(r.net_t.high, 36.8809, "net high");
}

#[test]
fn the_report_preset_central_values() {
    // 197,000 trucks × 125,000 km (midpoint of 100,000–150,000) = 24,625,000,000 km.
    // NOx: × 1.420 g/km = 34,967.5 t. Tailpipe: × 0.325 L/km × 2.66 = × 0.8645 kg/km
    // = 21,288,312.5 t. Electricity: × 1.65 = 40,631,250,000 kWh; × 0.5306 kg/kWh
    // = 21,558,941.25 t. Net −270,628.75 t.
    assert!((report_truck_count() - 197_000.0).abs() < 1e-9);
    let r = evaluate(&inputs(report_truck_count()), lib(), &Overrides::new());
    let r = r.unwrap_or_else(|e| panic!("{e:?}"));
    close(r.mileage_km.central, 125_000.0, "mileage");
    close(r.fleet_km.central, 24_625_000_000.0, "fleet km");
    close(r.nox_t.central, 34_967.5, "NOx");
    close(r.tailpipe_t.central, 21_288_312.5, "tailpipe");
    close(r.electricity_kwh.central, 40_631_250_000.0, "electricity");
    close(r.grid_t.central, 21_558_941.25, "grid");
    close(r.net_t.central, -270_628.75, "net");
    // NOx range: 197,000 × 100,000 × 1.349 g/km = 26,575.3 t; × 150,000 × 1.491 = 44,059.05 t.
    close(r.nox_t.low, 26_575.3, "NOx low");
    close(r.nox_t.high, 44_059.05, "NOx high");
    // Net range: mileage at the end that widens it. Per km: 0.7182 − 1.11426 = −0.39606 kg/km
    // at 150,000 km → −29,495.2 kg per truck; 1.0241 − 0.655291 = 0.368809 kg/km at 150,000 km
    // → 55,321.35 kg per truck. × 197,000 / 1000 t.
    close(
        r.net_t.low,
        -0.396_06 * 150_000.0 * 197_000.0 / 1000.0,
        "net low",
    );
    close(
        r.net_t.high,
        0.368_809 * 150_000.0 * 197_000.0 / 1000.0,
        "net high",
    );
}

#[test]
fn china_v_baseline_and_shuttle_duty() {
    let mut i = inputs(1.0);
    i.baseline = Baseline::ChinaV;
    i.duty = Duty::Shuttle;
    // 65,000 km × 3.894 g/km = 253,110 g = 0.25311 t; tailpipe 65,000 × 0.8645 = 56.1925 t.
    let p = calculate(&i, &table(100_000.0)).unwrap_or_else(|e| panic!("{e:?}"));
    close(p.nox_t, 0.253_11, "NOx");
    close(p.tailpipe_t, 56.1925, "tailpipe");
}

#[test]
fn ipcc_diesel_needs_a_density() {
    let mut i = inputs(1.0);
    i.diesel = DieselBasis::PerKg;
    let t = table(100_000.0);
    assert_eq!(
        calculate(&i, &t),
        Err(CalcError::Input {
            field: field::DIESEL_DENSITY,
            problem: Problem::NotFinite
        })
    );
    i.diesel_density = Some(0.0);
    assert_eq!(
        calculate(&i, &t),
        Err(CalcError::Input {
            field: field::DIESEL_DENSITY,
            problem: Problem::NotPositive
        })
    );
    // A density the user gives (0.84 kg/L, a test value): 32,500 L × 0.84 = 27,300 kg
    // × 3.186 kg CO₂/kg = 86,977.8 kg = 86.9778 t, CO₂ only.
    i.diesel_density = Some(0.84);
    let p = calculate(&i, &t).unwrap_or_else(|e| panic!("{e:?}"));
    close(p.tailpipe_t, 86.9778, "tailpipe");
    close(p.tailpipe_kg_per_km, 0.325 * 0.84 * 3.186, "per km");
    let r = evaluate(&i, lib(), &mileage_override(100_000.0)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(r.tailpipe_gas(), Gas::Co2);
    assert!(
        !r.gases_differ(),
        "IPCC CO₂ against the CO₂-only grid factor is consistent"
    );
}

#[test]
fn footprint_factor_is_life_cycle_and_labelled_so() {
    let mut i = inputs(1.0);
    i.grid = grid(GridChoice::Footprint {
        year: 2024,
        source: GenerationType::National,
    });
    assert_eq!(i.grid.id(), "carbon.elec.cf.2024.national");
    // 165,000 kWh × 0.5777 kg CO₂e/kWh = 95,320.5 kg; net 86.45 − 95.3205 = −8.8705 t.
    let r = evaluate(&i, lib(), &mileage_override(100_000.0)).unwrap_or_else(|e| panic!("{e:?}"));
    close(r.grid_t.central, 95.3205, "grid");
    close(r.net_t.central, -8.8705, "net");
    assert_eq!(r.grid_gas(), Gas::Co2eLifeCycle);
    assert!(r.gases_differ());
}

#[test]
fn a_low_carbon_province_gives_a_net_saving() {
    let mut i = inputs(1.0);
    i.grid = grid(GridChoice::Emission {
        year: 2023,
        scope: EmissionScope::Province(
            crate::factors::electricity::Province::from_key("sichuan")
                .unwrap_or_else(|| panic!("no Sichuan")),
        ),
    });
    assert_eq!(i.grid.id(), "carbon.elec.ef.2023.province.sichuan");
    // Sichuan 2023: 0.1564 kg CO₂/kWh. 165,000 kWh × 0.1564 = 25,806 kg; net 86.45 − 25.806
    // = 60.644 t. Range (provincial factors are secondary: ±10 %): per km
    // 0.7182 − 2.0 × 0.1564 × 1.10 = 0.37412 kg/km > 0, so a saving throughout.
    let r = evaluate(&i, lib(), &mileage_override(100_000.0)).unwrap_or_else(|e| panic!("{e:?}"));
    close(r.grid_t.central, 25.806, "grid");
    close(r.net_t.central, 60.644, "net");
    close(r.net_t.low, 37.412, "net low");
    assert_eq!(r.net_outcome(), NetOutcome::Avoided);
}

#[test]
fn no_trucks_no_difference() {
    let r = evaluate(&inputs(0.0), lib(), &Overrides::new()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(r.net_outcome(), NetOutcome::Zero);
    assert!(r.nox_t.high.abs() < 1e-12 && r.net_t.low.abs() < 1e-12);
}

#[test]
fn grid_choices_outside_the_library_do_not_resolve() {
    let l = lib();
    for c in [
        GridChoice::Emission {
            year: 2024,
            scope: EmissionScope::National,
        },
        GridChoice::Footprint {
            year: 2021,
            source: GenerationType::National,
        },
        GridChoice::Footprint {
            year: 2023,
            source: GenerationType::TransmissionDistributionWithLosses,
        },
    ] {
        assert_eq!(c.resolve(l), None, "{c:?}");
    }
    // Every choice the page offers resolves, to a factor of the right kind.
    for year in GridKind::Emission.years() {
        for scope in EmissionScope::all() {
            let g = GridChoice::Emission { year: *year, scope }.resolve(l);
            assert!(
                g.is_some_and(|g| g.id().starts_with("carbon.elec.ef.")),
                "{year} {scope:?}"
            );
        }
    }
    for year in GridKind::Footprint.years() {
        for source in FOOTPRINT_SOURCES {
            let g = GridChoice::Footprint {
                year: *year,
                source,
            }
            .resolve(l);
            assert!(
                g.is_some_and(|g| g.id().starts_with("carbon.elec.cf.")),
                "{year} {source:?}"
            );
        }
    }
}

#[test]
fn inputs_and_factors_are_validated() {
    let t = table(100_000.0);
    assert_eq!(
        calculate(&inputs(-1.0), &t),
        Err(CalcError::Input {
            field: field::TRUCKS,
            problem: Problem::Negative
        })
    );
    assert_eq!(
        calculate(&inputs(f64::NAN), &t),
        Err(CalcError::Input {
            field: field::TRUCKS,
            problem: Problem::NotFinite
        })
    );
    let mut bad = t.clone();
    bad.insert("truck.diesel.consumption", -5.0);
    assert_eq!(
        calculate(&inputs(1.0), &bad),
        Err(CalcError::Input {
            field: "truck.diesel.consumption",
            problem: Problem::Negative
        })
    );
    let mut missing = t;
    missing.remove("truck.electric.consumption");
    assert_eq!(
        calculate(&inputs(1.0), &missing),
        Err(CalcError::MissingFactor("truck.electric.consumption"))
    );
}

#[test]
fn the_figure_and_its_consistency_note_are_there() {
    let f = figures::get(FIGURE).unwrap_or_else(|| panic!("no figure {FIGURE}"));
    assert_eq!(f.preset, Some(figures::preset::ULE_TRUCKS));
    assert!(f.sentence.zh_hans().contains("19.7万辆"));
    let note = f.note.unwrap_or_else(|| panic!("no consistency note"));
    assert!(note.en().contains("82,000") && note.en().contains("72,000"));
    assert!(figures::get(FIGURE_GROWTH).is_some_and(|g| (g.value - 1.72).abs() < 1e-12));
}

#[test]
fn every_factor_the_calculation_reads_is_in_the_library() {
    let mut i = inputs(1.0);
    for baseline in Baseline::ALL {
        for duty in Duty::ALL {
            for diesel in DieselBasis::ALL {
                i.baseline = baseline;
                i.duty = duty;
                i.diesel = diesel;
                for id in i.factor_ids() {
                    assert!(lib().get(id).is_some(), "{id}");
                }
            }
        }
    }
}

#[test]
fn keys_round_trip() {
    for b in Baseline::ALL {
        assert_eq!(Baseline::from_key(b.key()), Some(b));
    }
    for d in Duty::ALL {
        assert_eq!(Duty::from_key(d.key()), Some(d));
    }
    for d in DieselBasis::ALL {
        assert_eq!(DieselBasis::from_key(d.key()), Some(d));
    }
    for k in GridKind::ALL {
        assert_eq!(GridKind::from_key(k.key()), Some(k));
    }
}

fn all_values(r: &TruckResult) -> Vec<f64> {
    [
        r.mileage_km,
        r.fleet_km,
        r.nox_t,
        r.diesel_litres,
        r.tailpipe_t,
        r.electricity_kwh,
        r.grid_t,
        r.net_t,
        r.tailpipe_kg_per_km,
        r.grid_kg_per_km,
    ]
    .iter()
    .flat_map(|x| [x.central, x.low, x.high])
    .collect()
}

fn any_grid() -> impl Strategy<Value = GridChoice> {
    prop_oneof![
        (0..3usize, 0..40usize).prop_map(|(y, s)| GridChoice::Emission {
            year: EMISSION_YEARS[y],
            scope: EmissionScope::all()[s],
        }),
        (0..2usize, 0..9usize).prop_map(|(y, s)| GridChoice::Footprint {
            year: FOOTPRINT_YEARS[y],
            source: FOOTPRINT_SOURCES[s],
        }),
    ]
}

fn any_inputs() -> impl Strategy<Value = TruckInputs> {
    (
        0.0..1e9_f64,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        0.5..1.2_f64,
        any_grid(),
    )
        .prop_map(|(trucks, b, d, kg, density, g)| TruckInputs {
            trucks,
            baseline: if b {
                Baseline::ChinaV
            } else {
                Baseline::ChinaVI
            },
            duty: if d { Duty::Shuttle } else { Duty::LongHaul },
            diesel: if kg {
                DieselBasis::PerKg
            } else {
                DieselBasis::PerLitre
            },
            diesel_density: Some(density),
            grid: grid(g),
        })
}

proptest! {
    #[test]
    fn linear_in_the_truck_count(i in any_inputs(), k in 0.0..1000.0_f64) {
        let o = Overrides::new();
        let a = evaluate(&i, lib(), &o);
        let mut scaled = i;
        scaled.trucks = i.trucks * k;
        let b = evaluate(&scaled, lib(), &o);
        prop_assert!(a.is_ok() && b.is_ok());
        let (a, b) = (a.unwrap_or_else(|_| unreachable!()), b.unwrap_or_else(|_| unreachable!()));
        // Per-truck values do not move; totals scale by k.
        // (The net is a difference: its rounding error scales with the two terms.)
        let scale = k * (a.tailpipe_t.high + a.grid_t.high + a.electricity_kwh.high);
        for (x, y) in all_values(&a).into_iter().zip(all_values(&b)).skip(3).take(24) {
            prop_assert!((y - k * x).abs() <= 1e-9 * ((k * x).abs() + scale) + 1e-12, "{y} vs {k} × {x}");
        }
        prop_assert!((b.mileage_km.central - a.mileage_km.central).abs() < 1e-9);
    }

    #[test]
    fn never_nan_and_ranges_hold_the_central_value(
        i in any_inputs(),
        consumption in 0.0..200.0_f64,
        kwh in 0.0..10.0_f64,
        km in 0.0..1e6_f64,
    ) {
        let mut o = Overrides::new();
        o.set("truck.diesel.consumption", consumption);
        o.set("truck.electric.consumption", kwh);
        o.set(i.duty.mileage_factor(), km);
        for overrides in [&o, &Overrides::new()] {
            let r = evaluate(&i, lib(), overrides);
            prop_assert!(r.is_ok(), "{:?}", r);
            let r = r.unwrap_or_else(|_| unreachable!());
            for v in all_values(&r) {
                prop_assert!(v.is_finite(), "{:?}", r);
            }
            for x in [r.nox_t, r.tailpipe_t, r.grid_t, r.net_t, r.electricity_kwh] {
                prop_assert!(x.low <= x.central && x.central <= x.high, "{:?}", x);
            }
            for x in [r.nox_t, r.tailpipe_t, r.grid_t, r.electricity_kwh] {
                prop_assert!(x.low >= 0.0);
            }
        }
    }

    #[test]
    fn any_number_gives_a_result_or_a_typed_error(trucks in any::<f64>(), density in any::<f64>()) {
        let mut i = inputs(trucks);
        i.diesel = DieselBasis::PerKg;
        i.diesel_density = Some(density);
        match evaluate(&i, lib(), &Overrides::new()) {
            Ok(r) => {
                for v in all_values(&r) {
                    prop_assert!(v.is_finite());
                }
            }
            Err(CalcError::Input { field, .. }) => {
                prop_assert!(field == field::TRUCKS || field == field::DIESEL_DENSITY);
            }
            Err(e) => prop_assert!(false, "unexpected {:?}", e),
        }
    }
}
