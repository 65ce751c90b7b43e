//! The carbon export rows: the preset's totals worked by hand from the literal figures of
//! factors.md, every row finite and ordered, every factor id in the library, keys stable.

use qingshan::results::all_rows;
use qingshan::state::AppState;
use qingshan_core::carbon::{presets, Activity, LineId, Vehicle};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;

fn carbon_rows(s: &AppState) -> (Vec<qingshan::export::Row>, Vec<String>) {
    let (rows, ids) = all_rows(s);
    (
        rows.into_iter().filter(|r| r.section == "carbon").collect(),
        ids,
    )
}

fn value(rows: &[qingshan::export::Row], key: &str) -> f64 {
    rows.iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row {key}"))
        .central
}

fn check_rows(s: &AppState) {
    let (rows, ids) = carbon_rows(s);
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(
            r.central.is_finite() && r.low.is_finite() && r.high.is_finite(),
            "{r:?}"
        );
        assert!(r.low <= r.central && r.central <= r.high, "{r:?}");
        assert!(!r.label.is_empty() && !r.unit.is_empty() && !r.method.is_empty());
        assert!(r.key.starts_with("carbon."));
    }
    let mut keys: Vec<_> = rows.iter().map(|r| r.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), rows.len(), "keys are unique");
    assert!(!ids.is_empty());
    for id in &ids {
        assert!(Library::standard().get(id).is_some(), "{id}");
    }
}

#[test]
fn the_household_preset_rows_hold_the_hand_worked_total() {
    let s = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    check_rows(&s);
    let (rows, ids) = carbon_rows(&s);
    // 15,880亿 kWh ÷ 140,489万 people = 1,130.34 kWh per person × 2.62 = 2,961.5 kWh per
    // household × 0.5777 kg CO₂e/kWh = 1,710.9 kg CO₂e.
    let kwh: f64 = 15_880e8 / 140_489e4 * 2.62;
    let kg = kwh * 0.5777;
    assert!((kg - 1_710.9).abs() < 0.1);
    assert!((value(&rows, "carbon.total") - kg).abs() < 1e-6 * kg);
    assert!((value(&rows, "carbon.electricity") - kg).abs() < 1e-6 * kg);
    assert!(value(&rows, "carbon.on_site").abs() < 1e-9);
    // One household-year: the same per functional unit.
    assert!((value(&rows, "carbon.per_fu") - kg).abs() < 1e-6 * kg);
    // At 62.36 yuan/t: 1.7109 t × 62.36 = 106.7 yuan.
    assert!((value(&rows, "carbon.cost") - kg / 1e3 * 62.36).abs() < 0.01);
    assert!((value(&rows, "carbon.line.0") - kg).abs() < 1e-6 * kg);
    let total = rows
        .iter()
        .find(|r| r.key == "carbon.total")
        .expect("total");
    assert_eq!(total.label, "Total");
    assert_eq!(total.unit, "kg CO₂e");
    assert!(total.method.contains("2024"), "{}", total.method);
    for id in [
        "carbon.household.kwh_per_household",
        "carbon.elec.cf.2024.national",
        "carbon.price.cea.2025",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
}

#[test]
fn the_truck_comparison_gives_both_totals_and_the_change() {
    let mut s = AppState::default();
    assert!(s.carbon.apply_preset(presets::TRUCK));
    check_rows(&s);
    let (rows, ids) = carbon_rows(&s);
    // Diesel: 100,000 km × 32.5 L/100 km × 2.66 kg CO₂e/L = 86,450 kg.
    let a: f64 = 100_000.0 * 32.5 / 100.0 * 2.66;
    // Electric: 100,000 km × 1.65 kWh/km × 0.5306 kg CO₂/kWh (2023 national) = 87,549 kg.
    let b: f64 = 100_000.0 * 1.65 * 0.5306;
    assert!((value(&rows, "carbon.total") - a).abs() < 0.01);
    assert!((value(&rows, "carbon.b.total") - b).abs() < 0.01);
    assert!((value(&rows, "carbon.change") - (b - a)).abs() < 0.01);
    assert!((value(&rows, "carbon.change.on_site") + a).abs() < 0.01);
    assert!((value(&rows, "carbon.line.1") - b).abs() < 0.01);
    assert!(ids.iter().any(|i| i == "truck.diesel.consumption"));
    assert!(
        ids.iter().any(|i| i == "carbon.elec.ef.2023.national"),
        "{ids:?}"
    );
}

#[test]
fn every_preset_in_every_language_gives_valid_rows() {
    for p in presets::ALL {
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
            let mut s = AppState {
                lang,
                ..AppState::default()
            };
            assert!(s.carbon.apply_preset(p.key));
            check_rows(&s);
        }
    }
}

#[test]
fn an_input_error_gives_no_carbon_row() {
    let mut s = AppState::default();
    assert!(s.carbon.apply_preset(presets::TRUCK));
    s.carbon.inputs.lines[0].activity = Activity::Vehicle {
        vehicle: Vehicle::DieselTruck,
        km: f64::NAN,
    };
    assert_eq!(s.carbon.inputs.lines[0].id, LineId(0));
    let (rows, _) = carbon_rows(&s);
    assert!(rows.is_empty());
}
