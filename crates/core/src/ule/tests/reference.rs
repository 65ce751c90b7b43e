//! Reference cases worked by hand from factors.md.

use super::*;
use crate::ule::compliance::{check, ComplianceInputs, ComplianceOutcome};
use crate::ule::concentration::o2_correct;
use crate::ule::cost::capital_recovery_factor;

const TOL: f64 = 1e-9;

#[test]
fn cement_line_of_1_mt_clinker_from_400_to_50_nox_avoids_805_t() {
    // factors.md A3: 2,300 Nm³/t clinker; A2: GB 4915-2013 NOx 400, PM 30, SO₂ 200;
    // A1: cement ULE NOx 50, PM 10, SO₂ 35 mg/Nm³.
    // NOx: 1e6 t × 2,300 Nm³/t × (400 − 50) mg/Nm³ × 1e-9 = 805 t/yr.
    // PM:  1e6 × 2,300 × (30 − 10) × 1e-9 = 46 t/yr; SO₂: 1e6 × 2,300 × 165 × 1e-9 = 379.5 t/yr.
    let r = ok(calculate_sector(
        &full(Sector::Cement, 1e6, Method::Concentration),
        None,
        &central(),
    ));
    assert_eq!(r.method, Method::Concentration);
    assert_close("NOx", r.avoided.nox, 805.0, TOL);
    assert_close("PM", r.avoided.pm, 46.0, TOL);
    assert_close("SO2", r.avoided.so2, 379.5, TOL);
    // Intensities per t clinker: 400 × 2,300 × 1e-6 = 0.92 kg/t before, 50 × 2,300e-6 = 0.115 after.
    assert_close("NOx before", r.before.nox, 0.92, TOL);
    assert_close("NOx after", r.after.nox, 0.115, TOL);
    assert!(r.upper_bound, "old limit → ULE limit is an upper bound");
    assert!(r.cost.is_none(), "no sourced cement cost");
    // Share of the 2018 cement NOx (CEMS) 878,394 t.
    assert_close(
        "share",
        r.share_of_baseline.nox.unwrap_or(f64::NAN),
        805.0 / 878_394.0,
        TOL,
    );
}

#[test]
fn steel_300_mt_at_2018_intensity_and_expected_cuts() {
    // factors.md A4: 2018 emissions SO₂ 1.06, NOx 1.72, PM 2.81 Mt over 928 Mt crude steel;
    // expected cuts SO₂ 61 %, NOx 59 %, PM 81 %. Before utilisation:
    // SO₂ = 300e6 × 1.06e6/928e6 × 0.61 = 209,030 t ≈ 0.21 Mt
    // NOx = 300e6 × 1.72e6/928e6 × 0.59 = 328,060 t ≈ 0.33 Mt
    // PM  = 300e6 × 2.81e6/928e6 × 0.81 = 735,808 t ≈ 0.74 Mt
    let r = ok(calculate_sector(
        &full(Sector::Steel, 300e6, Method::Intensity),
        None,
        &central(),
    ));
    assert_eq!(r.method, Method::Intensity);
    let so2 = 300e6 * 1.06e6 / 928e6 * 0.61;
    let nox = 300e6 * 1.72e6 / 928e6 * 0.59;
    let pm = 300e6 * 2.81e6 / 928e6 * 0.81;
    assert_close("SO2", r.avoided.so2, so2, TOL);
    assert_close("NOx", r.avoided.nox, nox, TOL);
    assert_close("PM", r.avoided.pm, pm, TOL);
    // The worked check's rounded figures.
    assert!((r.avoided.so2 / 1e6 - 0.21).abs() < 0.005);
    assert!((r.avoided.nox / 1e6 - 0.33).abs() < 0.005);
    assert!((r.avoided.pm / 1e6 - 0.74).abs() < 0.005);
    // Intensity before 1.06e6/928e6 × 1000 = 1.1422 kg/t; after × (1 − 0.61).
    assert_close("SO2 before", r.before.so2, 1.06e6 / 928e6 * 1000.0, TOL);
    assert_close(
        "SO2 after",
        r.after.so2,
        1.06e6 / 928e6 * 1000.0 * 0.39,
        TOL,
    );
    // Share of the 2018 baseline = 0.61 × 300/928.
    assert_close(
        "share",
        r.share_of_baseline.so2.unwrap_or(f64::NAN),
        0.61 * 300.0 / 928.0,
        TOL,
    );
}

#[test]
fn report_preset_uses_the_report_capacities_and_utilisations() {
    let inputs = UleInputs::default();
    let cap = |s| inputs.sector(s).capacity;
    assert_close("steel", cap(Sector::Steel), 3e8, TOL);
    assert_close("coking", cap(Sector::Coking), 2.7e8, TOL);
    assert_close("cement", cap(Sector::Cement), 4.7e8, TOL);
    let out = calculate(&inputs, &central());
    assert!(out.complete, "{:?}", out.sectors);
    let [Ok(steel), Ok(coking), Ok(cement)] = &out.sectors else {
        panic!("{:?}", out.sectors);
    };
    // Steel: 3e8 × 79.7 % (NBS 2025) × 2018 intensity × cut.
    assert_eq!(steel.method, Method::Intensity);
    assert_close("steel util", steel.utilisation, 0.797, TOL);
    assert_close(
        "steel NOx",
        steel.avoided.nox,
        3e8 * 0.797 * 1.72e6 / 928e6 * 0.59,
        TOL,
    );
    // Coking: concentration, 2.7e8 × 0.797 (ferrous proxy) × 1,000 Nm³/t (unverified) ×
    // (GB 16171-2012 → ULE): PM 30→10, SO₂ 50→30, NOx 500→150 mg/Nm³.
    assert_eq!(coking.method, Method::Concentration);
    let coke = 2.7e8 * 0.797 * 1_000.0 * 1e-9;
    assert_close("coking PM", coking.avoided.pm, coke * 20.0, TOL);
    assert_close("coking SO2", coking.avoided.so2, coke * 20.0, TOL);
    assert_close("coking NOx", coking.avoided.nox, coke * 350.0, TOL);
    assert!(
        coking.share_of_baseline.pm.is_none(),
        "no total-PM baseline"
    );
    assert_close(
        "coking NOx share",
        coking.share_of_baseline.nox.unwrap_or(f64::NAN),
        coke * 350.0 / 117_710.0,
        TOL,
    );
    // Cement: 4.7e8 × 72.2 % × 2,300 × (400 − 50) × 1e-9 = 273,171 t NOx.
    assert_close(
        "cement NOx",
        cement.avoided.nox,
        4.7e8 * 0.722 * 2_300.0 * 350.0 * 1e-9,
        TOL,
    );
    assert_close(
        "total NOx",
        out.total.nox,
        steel.avoided.nox + coking.avoided.nox + cement.avoided.nox,
        TOL,
    );
}

#[test]
fn steel_costs_and_cost_per_tonne() {
    // CISA: 450 yuan/t capacity investment, 200 yuan/t steel operating.
    let r = ok(calculate_sector(
        &full(Sector::Steel, 300e6, Method::Intensity),
        None,
        &central(),
    ));
    let Some(c) = r.cost else {
        panic!("steel has costs")
    };
    assert_close("investment", c.investment, 300e6 * 450.0, TOL);
    assert_close("operating", c.operating, 300e6 * 200.0, TOL);
    let avoided = 300e6 / 928e6 * (1.06e6 * 0.61 + 1.72e6 * 0.59 + 2.81e6 * 0.81);
    // ≈ 47,100 yuan per t of PM + SO₂ + NOx.
    let per = 300e6 * 200.0 / avoided;
    assert_close("per tonne", c.per_tonne.unwrap_or(f64::NAN), per, TOL);
    assert!((per - 47_137.0).abs() < 5.0, "{per}");
    assert!(c.annualised_investment.is_none());
    // With a user rate of 8 % over 10 years: CRF = 0.08 / (1 − 1.08⁻¹⁰) = 0.149029.
    let a = Annualise {
        rate: Some(0.08),
        years: Some(10.0),
    };
    let crf = capital_recovery_factor(a).unwrap_or(f64::NAN);
    assert!((crf - 0.149_029).abs() < 1e-6, "{crf}");
    assert_close(
        "crf 0",
        capital_recovery_factor(Annualise {
            rate: Some(0.0),
            years: Some(20.0),
        })
        .unwrap_or(f64::NAN),
        0.05,
        TOL,
    );
    let r = ok(calculate_sector(
        &full(Sector::Steel, 300e6, Method::Intensity),
        Some(a),
        &central(),
    ));
    let Some(c) = r.cost else {
        panic!("steel has costs")
    };
    let ai = 300e6 * 450.0 * 0.149_029;
    assert_close(
        "annualised",
        c.annualised_investment
            .and_then(Result::ok)
            .unwrap_or(f64::NAN),
        ai,
        1e-5,
    );
    assert_close(
        "with investment",
        c.per_tonne_with_investment.unwrap_or(f64::NAN),
        (ai + 300e6 * 200.0) / avoided,
        1e-5,
    );
}

#[test]
fn steel_sinter_point_with_the_users_ratio() {
    // 1 Mt crude steel, 1.2 t sinter per t steel (the user's), 2,830 Nm³/t sinter (HJ 846),
    // GB 28662 300 → ULE 50 mg/Nm³ NOx: 1e6 × 1.2 × 2,830 × 250 × 1e-9 = 849 t.
    let mut s = full(Sector::Steel, 1e6, Method::Concentration);
    for p in &mut s.points {
        p.enabled = p.kind == PointKind::SinterHead;
    }
    if let Some(p) = s.point_mut(PointKind::SinterHead) {
        p.ratio = Some(1.2);
    }
    let r = ok(calculate_sector(&s, None, &central()));
    assert_close("NOx", r.avoided.nox, 849.0, TOL);
    // SO₂ 200 → 35: 1e6 × 1.2 × 2,830 × 165e-9 = 560.34 t.
    assert_close("SO2", r.avoided.so2, 560.34, TOL);
    assert_eq!(r.points.len(), 1);
    assert_close("point NOx", r.points[0].avoided.nox, 849.0, TOL);
}

#[test]
fn measured_values_replace_the_limits() {
    // A kiln measured at 250 mg/Nm³ NOx before and 80 after: 1e6 × 2,300 × 170e-9 = 391 t.
    let mut s = full(Sector::Cement, 1e6, Method::Concentration);
    if let Some(p) = s.point_mut(PointKind::Kiln) {
        p.before.nox = Some(250.0);
        p.after.nox = Some(80.0);
    }
    let r = ok(calculate_sector(&s, None, &central()));
    assert_close("NOx", r.avoided.nox, 391.0, TOL);
}

#[test]
fn cement_intensity_is_derived_per_t_cement_and_needs_the_users_cut() {
    // 878,394 t NOx (CEMS 2018) ÷ 2.177e9 t cement (2018) × 1000 = 0.40349 kg/t cement.
    let mut s = full(Sector::Cement, 1e6, Method::Intensity);
    s.reduction = PerPollutant::splat(Some(0.5));
    let r = ok(calculate_sector(&s, None, &central()));
    assert_close(
        "NOx intensity",
        r.before.nox,
        878_394.0 / 2.177e9 * 1000.0,
        TOL,
    );
    assert_close(
        "NOx avoided",
        r.avoided.nox,
        878_394.0 / 2.177e9 * 1e6 * 0.5,
        TOL,
    );
}

#[test]
fn coking_intensity_default_uses_the_2024_standards_expected_cuts() {
    // 117,710 t NOx (independent coking, 2018 CEMS) ÷ 490 Mt coke (2023) × 1000 = 0.24022 kg/t;
    // expected cut of GB 16171-2024: NOx −70 %.
    let r = ok(calculate_sector(
        &full(Sector::Coking, 1e8, Method::Intensity),
        None,
        &central(),
    ));
    let i = 117_710.0 / 490e6 * 1000.0;
    assert_close("NOx intensity", r.before.nox, i, TOL);
    assert_close("NOx avoided", r.avoided.nox, 1e8 * i * 0.7 / 1000.0, TOL);
    // PM from PM10: 45,200 t ÷ 490 Mt, cut 50 %.
    assert_close("PM", r.avoided.pm, 1e8 * 45_200.0 / 490e6 * 0.5, TOL);
}

#[test]
fn o2_correction_and_compliance() {
    // C_ref = C_meas × (21 − O₂_ref)/(21 − O₂_meas): 40 mg at 12 % → 10 % ref: 40 × 11/9.
    let c = o2_correct(40.0, 12.0, 10.0, "c", "o").unwrap_or(f64::NAN);
    assert_close("corrected", c, 40.0 * 11.0 / 9.0, TOL);
    let at = |measured, o2| ComplianceInputs {
        point: LimitPoint::CementKiln,
        pollutant: Pollutant::Nox,
        measured: Some(measured),
        o2_measured: o2,
    };
    let Ok(ComplianceOutcome::Checked(r)) = check(&at(40.0, Some(12.0)), &central()) else {
        panic!("checked")
    };
    assert!(r.compliant && r.corrected);
    assert_close("limit", r.limit, 50.0, TOL);
    assert_close("margin", r.margin(), 50.0 - 440.0 / 9.0, TOL);
    // 45 mg at 13 % O₂: 45 × 11/8 = 61.875 > 50: not compliant.
    let Ok(ComplianceOutcome::Checked(r)) = check(&at(45.0, Some(13.0)), &central()) else {
        panic!("checked")
    };
    assert!(!r.compliant);
    assert_close("at ref", r.at_ref, 61.875, TOL);
    // Exactly at the limit complies.
    let Ok(ComplianceOutcome::Checked(r)) = check(&at(50.0, None), &central()) else {
        panic!("checked")
    };
    assert!(r.compliant && !r.corrected);
    // Other coking stacks: PM limit only; other steel stacks: no reference O₂.
    let mut i = at(5.0, Some(12.0));
    i.point = LimitPoint::CokingOther;
    assert_eq!(check(&i, &central()), Ok(ComplianceOutcome::NoLimit));
    i.pollutant = Pollutant::Pm;
    let Ok(ComplianceOutcome::Checked(r)) = check(&i, &central()) else {
        panic!("checked")
    };
    assert!(r.o2_ignored && !r.corrected && r.compliant);
    i.measured = None;
    assert_eq!(check(&i, &central()), Ok(ComplianceOutcome::NoMeasurement));
}

#[test]
fn ranges_follow_the_factor_ranges() {
    // Cement kiln flue gas 2,300 (published range 1,500–2,500): NOx 1e6 × V × 350e-9 →
    // 525 – 875 t around 805 t at full utilisation (the user's, so no utilisation range).
    let mut inputs = UleInputs::default();
    *inputs.sector_mut(Sector::Cement) = full(Sector::Cement, 1e6, Method::Concentration);
    let r = calculate_ranged(&inputs, Library::standard(), &Overrides::new());
    let Ok(cement) = r.sector(Sector::Cement) else {
        panic!("cement")
    };
    let nox = cement.ranged(|s| s.avoided.nox);
    assert_close("central", nox.central, 805.0, TOL);
    assert_close("low", nox.low, 525.0, TOL);
    assert_close("high", nox.high, 875.0, TOL);
    // A factor the user changed has no range of its own.
    let mut o = Overrides::new();
    o.set("ule.fluegas.cement.kiln", 2_000.0);
    let r = calculate_ranged(&inputs, Library::standard(), &o);
    let Ok(cement) = r.sector(Sector::Cement) else {
        panic!("cement")
    };
    let nox = cement.ranged(|s| s.avoided.nox);
    assert_close("overridden", nox.central, 700.0, TOL);
    assert_close("overridden low", nox.low, 700.0, TOL);
    assert!(r.total.nox.low <= r.total.nox.central && r.total.nox.central <= r.total.nox.high);
}
