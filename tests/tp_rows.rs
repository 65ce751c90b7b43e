//! Calculator 2's export rows: the preset's numbers worked by hand from factors.md (B1–B3) and
//! report-figures.md, every row finite and ordered, labels in the page's language, factor ids
//! from the library, and no row for what cannot be computed.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use qingshan::export::Row;
use qingshan::results::all_rows;
use qingshan::state::tp::TpAction;
use qingshan::state::AppState;
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{Baseline, LoadId, MeasureKind, MeasureType};
use qingshan_core::text::Lang;

fn tp_rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let (rows, ids) = all_rows(state);
    (
        rows.into_iter().filter(|r| r.section == "tp").collect(),
        ids,
    )
}

#[track_caller]
fn get<'a>(rows: &'a [Row], key: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row {key} in {:?}", keys(rows)))
}

fn keys(rows: &[Row]) -> Vec<&str> {
    rows.iter().map(|r| r.key.as_str()).collect()
}

#[track_caller]
fn close(actual: f64, expected: f64, rel: f64) {
    assert!(
        (actual - expected).abs() <= rel * expected.abs(),
        "expected {expected} (±{rel}), got {actual}"
    );
}

#[track_caller]
fn all_sound(rows: &[Row]) {
    for r in rows {
        assert!(
            r.central.is_finite() && r.low.is_finite() && r.high.is_finite(),
            "{r:?}"
        );
        assert!(r.low <= r.central && r.central <= r.high, "{r:?}");
        assert!(
            !r.label.trim().is_empty() && !r.unit.is_empty() && !r.method.is_empty(),
            "{r:?}"
        );
        assert!(r.key.starts_with("tp."), "{r:?}");
    }
    let mut k = keys(rows);
    let n = k.len();
    k.sort_unstable();
    k.dedup();
    assert_eq!(k.len(), n, "keys are unique");
}

#[test]
fn the_preset_rows_hold_the_report_numbers() {
    let state = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let (rows, ids) = tp_rows(&state);
    all_sound(&rows);

    // The report: 1.17万 t = 11,700 t (used as t/yr), official with an assumed ±5 % range.
    let total = get(&rows, "tp.total");
    close(total.central, 11_700.0, 1e-12);
    close(total.low, 11_700.0 * 0.95, 1e-9);
    close(total.high, 11_700.0 * 1.05, 1e-9);
    assert_eq!(total.unit, "t TP/yr");
    assert_eq!(total.label, "Total avoided");
    // The one measure (id 1) is that total.
    let m = get(&rows, "tp.measure.1");
    close(m.central, 11_700.0, 1e-12);
    assert_eq!(m.label, "1 · Load entered directly");

    // 11,700 ÷ 2,400 = 4.875 t/yr per project; ÷ ((1 − 0.5) mg/L × 365 d) × 10⁶ m³/d.
    close(get(&rows, "tp.report.per_project").central, 4.875, 1e-12);
    let flow = get(&rows, "tp.report.equivalent_flow");
    close(flow.central, 4.875 / (0.5 * 365.0) * 1e6, 1e-12);
    assert_eq!(flow.unit, "m³/d");
    close(get(&rows, "tp.projects_equivalent").central, 2_400.0, 1e-12);
    // Shares in percent: 100 % of the report; 11,700 ÷ (212,000 ÷ 0.672) = 3.709 %.
    let share = get(&rows, "tp.share.report");
    close(share.central, 100.0, 1e-12);
    assert_eq!(share.unit, "%");
    let national = get(&rows, "tp.share.national");
    close(
        national.central,
        100.0 * 11_700.0 / (212_000.0 / 0.672),
        1e-12,
    );
    assert!(national.label.contains("2017"), "{}", national.label);
    // Redfield ceiling: 11,700 × 114.717 t dry (factors.md ≈ 114.5 kg per kg P), ÷ 0.3 wet.
    let dry_per_p = (106.0 * 30.026 + 16.0 * 17.031 + 97.994) / 30.974;
    close(
        get(&rows, "tp.algae.dry").central,
        11_700.0 * dry_per_p,
        1e-9,
    );
    close(
        get(&rows, "tp.algae.wet").central,
        11_700.0 * dry_per_p / 0.3,
        1e-9,
    );
    assert!(get(&rows, "tp.algae.dry")
        .method
        .contains("not an observed bloom reduction"));
    // Class III river, 0.2 mg/L: 11,700 × 10⁶ g ÷ 0.2 g/m³ = 5.85 × 10¹⁰ m³/yr.
    let dilution = get(&rows, "tp.dilution");
    close(dilution.central, 5.85e10, 1e-12);
    assert_eq!(dilution.unit, "m³/yr");
    assert!(dilution.label.contains("0.2 mg/L"), "{}", dilution.label);

    // The factors read, each in the library.
    assert!(!ids.is_empty());
    for id in &ids {
        assert!(Library::standard().get(id).is_some(), "{id}");
    }
    for id in [
        "tp.report.reduction_2025",
        "tp.report.projects_2025",
        "tp.gb18918.new.1a",
        "tp.gb18918.new.1b",
        "tp.census2017.agri",
        "tp.census2017.agri_share",
        "tp.algae.dry_per_kg_p",
        "tp.algae.wet_per_kg_p",
        "tp.gb3838.river.iii",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
}

#[test]
fn measures_and_shared_loads_each_have_rows_in_the_users_language() {
    let mut state = AppState {
        lang: Lang::ZhHans,
        ..AppState::default()
    };
    // The page's worked example: 100 t/yr, 50 % then 40 % → 50 + 20 = 70 t/yr (70 %).
    state.tp.apply(TpAction::Add(MeasureType::Efficiency)); // load 1, measure 2
    state.tp.apply(TpAction::AddOn(LoadId(1))); // measure 3
    state.tp.apply(TpAction::EditLoad(
        LoadId(1),
        Baseline::Entered(Some(100.0)),
    ));
    for (id, eta) in [(2, 0.5), (3, 0.4)] {
        let kind = MeasureKind::Efficiency(qingshan_core::phosphorus::Efficiency {
            load: LoadId(1),
            efficiency: Some(eta),
        });
        state.tp.apply(TpAction::Edit(
            qingshan_core::phosphorus::MeasureId(id),
            kind,
        ));
    }
    // A livestock measure with nothing entered: no row.
    state.tp.apply(TpAction::Add(MeasureType::Livestock)); // measure 4
    state.tp.apply(TpAction::Rename(
        qingshan_core::phosphorus::MeasureId(2),
        "缓冲带".into(),
    ));
    let (rows, ids) = tp_rows(&state);
    all_sound(&rows);
    close(get(&rows, "tp.measure.2").central, 50.0, 1e-12);
    close(get(&rows, "tp.measure.3").central, 20.0, 1e-12);
    assert!(
        rows.iter().all(|r| r.key != "tp.measure.4"),
        "no row for an incomplete measure"
    );
    close(get(&rows, "tp.load.1.baseline").central, 100.0, 1e-12);
    close(get(&rows, "tp.load.1.combined").central, 70.0, 1e-12);
    close(get(&rows, "tp.load.1.avoided").central, 70.0, 1e-12);
    close(get(&rows, "tp.total").central, 11_700.0 + 70.0, 1e-12);
    // Labels and units in Chinese.
    assert_eq!(get(&rows, "tp.measure.2").label, "2 · 缓冲带");
    assert_eq!(get(&rows, "tp.total").unit, "吨总磷/年");
    assert_eq!(get(&rows, "tp.total").label, "合计减排");
    assert!(get(&rows, "tp.load.1.avoided")
        .label
        .starts_with("共享负荷 A："));
    for id in &ids {
        assert!(Library::standard().get(id).is_some(), "{id}");
    }
}

#[test]
fn a_scenario_that_cannot_be_computed_has_no_rows() {
    let mut state = AppState::default();
    state.tp.apply(TpAction::SetDays(400.0));
    let (rows, _) = tp_rows(&state);
    assert!(rows.is_empty(), "{rows:?}");
}

#[test]
fn a_changed_factor_moves_the_rows_and_an_overflow_gives_none() {
    // The user's 10,000 t for the report's total: the measure and the total follow, the share
    // of the report stays 100 %, the average project is 10,000 ÷ 2,400 t/yr.
    let mut state = AppState::default();
    state.overrides.set("tp.report.reduction_2025", 10_000.0);
    let (rows, _) = tp_rows(&state);
    all_sound(&rows);
    close(get(&rows, "tp.total").central, 10_000.0, 1e-12);
    close(get(&rows, "tp.measure.1").central, 10_000.0, 1e-12);
    close(get(&rows, "tp.share.report").central, 100.0, 1e-12);
    close(
        get(&rows, "tp.report.per_project").central,
        10_000.0 / 2_400.0,
        1e-12,
    );
    // A class limit so small that the volume overflows: refused, never ∞ in a row.
    let mut state = AppState::default();
    state.overrides.set("tp.gb3838.river.iii", 1e-320);
    let (rows, _) = tp_rows(&state);
    assert!(rows.is_empty(), "{rows:?}");
}
