//! Calculator 1's export rows: the report preset's results worked by hand from the literal
//! numbers of factors.md (A1–A5) and report-figures.md, every row finite and ordered, every
//! factor id in the library.

use qingshan::export::Row;
use qingshan::results::all_rows;
use qingshan::state::ule::UleAction;
use qingshan::state::AppState;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::ule::{Annualise, LimitPoint, Method, Pollutant, Sector};

fn ule_rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let (rows, ids) = all_rows(state);
    (
        rows.into_iter().filter(|r| r.section == "ule").collect(),
        ids,
    )
}

fn row<'a>(rows: &'a [Row], key: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

#[track_caller]
fn assert_close(what: &str, got: f64, want: f64) {
    assert!(
        (got - want).abs() <= 1e-9 * want.abs(),
        "{what}: got {got}, want {want}"
    );
}

fn state(lang: Lang) -> AppState {
    AppState {
        lang,
        ..AppState::default()
    }
}

/// Steel, intensity method: 3亿 t (report) × 79.7 % (NBS 2025) × 2018 intensity (2018 emissions
/// ÷ 928 Mt crude steel) × the expected cut of full ULE (SO₂ 61 %, NOx 59 %, PM 81 %).
fn steel(emissions_2018: f64, cut: f64) -> f64 {
    3e8 * 0.797 * emissions_2018 / 928e6 * cut
}

/// Coking, concentration method: 2.7亿 t × 79.7 % (ferrous proxy) × 1,000 Nm³/t coke ×
/// (GB 16171-2012 → ULE) mg/Nm³ × 10⁻⁹.
fn coking(delta: f64) -> f64 {
    2.7e8 * 0.797 * 1_000.0 * delta * 1e-9
}

/// Cement, concentration method: 4.7亿 t × 72.2 % × 2,300 Nm³/t clinker × (GB 4915-2013 → ULE)
/// mg/Nm³ × 10⁻⁹.
fn cement(delta: f64) -> f64 {
    4.7e8 * 0.722 * 2_300.0 * delta * 1e-9
}

#[test]
fn the_preset_rows_hold_the_totals_worked_by_hand() {
    let (rows, _) = ule_rows(&state(Lang::En));
    // NOx: steel 1.72 Mt × 59 %; coking 500 → 150; cement 400 → 50.
    let steel_nox = steel(1.72e6, 0.59);
    assert!((steel_nox - 261_464.09).abs() < 0.01, "{steel_nox}");
    assert_close("steel NOx", row(&rows, "ule.steel.nox").central, steel_nox);
    assert_close(
        "cement NOx",
        row(&rows, "ule.cement.nox").central,
        cement(350.0),
    );
    assert_close(
        "coking NOx",
        row(&rows, "ule.coking.nox").central,
        coking(350.0),
    );
    let total = row(&rows, "ule.total.nox");
    assert_close(
        "total NOx",
        total.central,
        steel_nox + coking(350.0) + cement(350.0),
    );
    assert_eq!(total.unit, "t/yr");
    assert!(total.label.contains("NOx"), "{}", total.label);
    assert!(total
        .method
        .contains("Steel — method used: intensity method"));
    assert!(total
        .method
        .contains("Cement — method used: concentration method"));
    // SO₂: steel 1.06 Mt × 61 %; coking 50 → 30; cement 200 → 35.
    assert_close(
        "total SO2",
        row(&rows, "ule.total.so2").central,
        steel(1.06e6, 0.61) + coking(20.0) + cement(165.0),
    );
    // PM: steel 2.81 Mt × 81 %; coking 30 → 10; cement 30 → 10.
    assert_close(
        "total PM",
        row(&rows, "ule.total.pm").central,
        steel(2.81e6, 0.81) + coking(20.0) + cement(20.0),
    );
    // Intensities: steel SO₂ 1.06e6 / 928e6 × 1000 kg/t before, × (1 − 0.61) after; cement NOx
    // 400 × 2,300 × 1e-6 = 0.92 kg/t clinker before, 50 × 2,300e-6 = 0.115 after.
    let so2_before = 1.06e6 / 928e6 * 1000.0;
    assert_close(
        "steel SO2 before",
        row(&rows, "ule.steel.so2.before").central,
        so2_before,
    );
    assert_close(
        "steel SO2 after",
        row(&rows, "ule.steel.so2.after").central,
        so2_before * 0.39,
    );
    assert_close(
        "cement NOx before",
        row(&rows, "ule.cement.nox.before").central,
        0.92,
    );
    assert_close(
        "cement NOx after",
        row(&rows, "ule.cement.nox.after").central,
        0.115,
    );
    assert_eq!(row(&rows, "ule.cement.nox.before").unit, "kg/t");
    // Shares, in %: cement NOx of the 2018 CEMS 878,394 t; coking NOx of 117,710 t; no coking
    // PM share (no total-PM baseline).
    let share = row(&rows, "ule.cement.nox.share");
    assert_close(
        "cement NOx share",
        share.central,
        cement(350.0) / 878_394.0 * 100.0,
    );
    assert_eq!(share.unit, "%");
    assert_close(
        "coking NOx share",
        row(&rows, "ule.coking.nox.share").central,
        coking(350.0) / 117_710.0 * 100.0,
    );
    assert!(rows.iter().all(|r| r.key != "ule.coking.pm.share"));
    // Steel costs (CISA): 450 yuan/t of capacity, 200 yuan/t of steel.
    assert_close(
        "investment",
        row(&rows, "ule.steel.cost.investment").central,
        3e8 * 450.0,
    );
    assert_close(
        "operating",
        row(&rows, "ule.steel.cost.operating").central,
        3e8 * 0.797 * 200.0,
    );
    let steel_all = steel(1.06e6, 0.61) + steel_nox + steel(2.81e6, 0.81);
    assert_close(
        "per tonne",
        row(&rows, "ule.steel.cost.per_tonne").central,
        3e8 * 0.797 * 200.0 / steel_all,
    );
    assert_eq!(row(&rows, "ule.steel.cost.operating").unit, "yuan/yr");
    // Not annualised, nothing measured: no such rows.
    for absent in [
        "ule.steel.cost.annualised",
        "ule.check.value",
        "ule.cement.cost.investment",
    ] {
        assert!(rows.iter().all(|r| r.key != absent), "{absent}");
    }
    // The preset's count: 3 totals; per sector 3 pollutants × (avoided, before, after, share)
    // less coking PM's share; 3 steel costs.
    assert_eq!(rows.len(), 3 + 3 * 12 - 1 + 3);
}

#[test]
fn every_row_is_finite_ordered_unique_and_every_id_is_in_the_library() {
    let lib = Library::standard();
    for lang in Lang::ALL {
        let (rows, ids) = ule_rows(&state(lang));
        assert!(!rows.is_empty());
        let mut keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), rows.len(), "keys are unique");
        for r in &rows {
            assert!(r.key.starts_with("ule."), "{}", r.key);
            assert!(
                r.central.is_finite() && r.low.is_finite() && r.high.is_finite(),
                "{r:?}"
            );
            assert!(r.low <= r.central && r.central <= r.high, "{r:?}");
            assert!(
                !r.label.is_empty() && !r.unit.is_empty() && !r.method.is_empty(),
                "{r:?}"
            );
        }
        assert!(!ids.is_empty());
        for id in &ids {
            assert!(lib.get(id).is_some(), "{id} is not in the library");
        }
        for id in [
            "ule.utilisation.ferrous.2025",
            "ule.utilisation.cement.2023",
            "ule.fluegas.cement.kiln",
            "ule.oldlimit.gb4915.kiln.nox",
            "ule.limit.cement.kiln.nox",
            "ule.reduction.steel.nox",
            "ule.cost.steel.invest",
            "ule.cost.steel.operating",
        ] {
            assert!(ids.iter().any(|i| i == id), "{id} not listed");
        }
    }
    // Ranges: the cement kiln volume has a range (1,500–2,500 Nm³/t), so cement NOx has one.
    let (rows, _) = ule_rows(&state(Lang::En));
    let c = row(&rows, "ule.cement.nox");
    assert!(c.low < c.central && c.central < c.high, "{c:?}");
}

#[test]
fn rows_follow_the_language() {
    let (rows, _) = ule_rows(&state(Lang::ZhHans));
    let r = row(&rows, "ule.steel.nox");
    assert_eq!(r.label, "钢铁 · 氮氧化物 · 减排量");
    assert_eq!(r.unit, "吨/年");
    assert!(r.method.contains("强度法"));
    let (rows, _) = ule_rows(&state(Lang::ZhHant));
    let r = row(&rows, "ule.steel.cost.investment");
    assert!(
        r.label.contains("鋼鐵") && r.label.contains("投資"),
        "{}",
        r.label
    );
    let (rows, _) = ule_rows(&state(Lang::En));
    assert_eq!(row(&rows, "ule.steel.nox").label, "Steel · NOx · Avoided");
}

#[test]
fn a_sector_that_cannot_be_computed_gives_no_rows_and_the_totals_say_so() {
    let mut s = state(Lang::En);
    // Cement by intensity needs a reduction share nobody sourced: left empty.
    s.ule
        .apply(UleAction::SetMethod(Sector::Cement, Method::Intensity));
    let (rows, ids) = ule_rows(&s);
    assert!(rows.iter().all(|r| !r.key.starts_with("ule.cement.")));
    let total = row(&rows, "ule.total.nox");
    assert_close(
        "total NOx without cement",
        total.central,
        steel(1.72e6, 0.59) + coking(350.0),
    );
    assert!(
        total.method.contains("the totals cover the others only"),
        "{}",
        total.method
    );
    assert!(total.method.ends_with("Cement"), "{}", total.method);
    assert!(
        !ids.iter().any(|i| i.starts_with("ule.fluegas.cement")),
        "a sector without a result lists no factor"
    );
    // A negative capacity (typed) spoils steel only; no row is NaN.
    s.ule.apply(UleAction::SetCapacity(Sector::Steel, -1.0));
    let (rows, _) = ule_rows(&s);
    assert!(rows.iter().all(|r| !r.key.starts_with("ule.steel.")));
    assert!(rows.iter().all(|r| r.central.is_finite()));
    assert_close(
        "coking only",
        row(&rows, "ule.total.nox").central,
        coking(350.0),
    );
}

#[test]
fn the_compliance_check_and_the_annualised_cost_have_rows_once_given() {
    let mut s = state(Lang::En);
    s.ule
        .apply(UleAction::SetCheckPoint(LimitPoint::CementKiln));
    s.ule.apply(UleAction::SetCheckPollutant(Pollutant::Nox));
    s.ule.apply(UleAction::SetCheckMeasured(Some(45.0)));
    s.ule.apply(UleAction::SetCheckO2(Some(13.0)));
    s.ule.apply(UleAction::SetAnnualise(Some(Annualise {
        rate: Some(0.08),
        years: Some(10.0),
    })));
    let (rows, ids) = ule_rows(&s);
    // 45 × (21 − 10) / (21 − 13) = 61.875 mg/Nm³ against the cement kiln NOx limit of 50.
    let v = row(&rows, "ule.check.value");
    assert_close("at ref O2", v.central, 61.875);
    assert_eq!(v.unit, "mg/Nm³");
    assert!(
        v.method.starts_with("Exceeds the ULE limit"),
        "{}",
        v.method
    );
    assert!(
        v.label.contains("Compliance check") && v.label.contains("NOx"),
        "{}",
        v.label
    );
    assert_close("limit", row(&rows, "ule.check.limit").central, 50.0);
    assert_close(
        "margin",
        row(&rows, "ule.check.margin").central,
        50.0 - 61.875,
    );
    for id in ["ule.limit.cement.kiln.nox", "ule.refo2.cement.kiln"] {
        assert!(ids.iter().any(|i| i == id), "{id}");
    }
    // CRF at 8 % over 10 years = 0.08 / (1 − 1.08⁻¹⁰) = 0.149029; × 450 yuan/t × 3亿 t.
    let a = row(&rows, "ule.steel.cost.annualised");
    assert!(
        (a.central / (3e8 * 450.0) - 0.149_029).abs() < 1e-6,
        "{a:?}"
    );
    let with = row(&rows, "ule.steel.cost.per_tonne_with_investment");
    let steel_all = steel(1.06e6, 0.61) + steel(1.72e6, 0.59) + steel(2.81e6, 0.81);
    let want = (a.central + 3e8 * 0.797 * 200.0) / steel_all;
    assert_close("with investment", with.central, want);
}
