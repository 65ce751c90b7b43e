//! Calculator 2 (total phosphorus): reference cases worked by hand.
//!
//! Every expected value is computed in the test from literal numbers of
//! `shared/reference/factors.md` (section B) and `report-figures.md`, never by calling the code
//! under test. Tolerances are stated per case.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use qingshan_core::eval::{CalcError, Overrides, Problem};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{
    compute, evaluate, field, Baseline, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland,
    Industrial, Livestock, LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId,
    MeasureKind, MeasureType, PlantUpgrade, Results, Scenario, SharedLoad, WaterBody, WaterClass,
};

fn close(actual: f64, expected: f64, rel: f64) -> bool {
    (actual - expected).abs() <= rel * expected.abs().max(1e-300)
}

#[track_caller]
fn assert_close(actual: f64, expected: f64, rel: f64) {
    assert!(
        close(actual, expected, rel),
        "expected {expected} (±{} %), got {actual}",
        rel * 100.0
    );
}

fn scenario(measures: Vec<MeasureKind>) -> Scenario {
    Scenario {
        measures: measures
            .into_iter()
            .zip(1..)
            .map(|(kind, i)| Measure {
                id: MeasureId(i),
                label: String::new(),
                kind,
            })
            .collect(),
        shared_loads: Vec::new(),
        days: 365.0,
        water: WaterBody::River,
        class: WaterClass::III,
    }
}

fn run(s: &Scenario) -> Results {
    evaluate(s, Library::standard(), &Overrides::new()).expect("scenario computes")
}

fn avoided(r: &Results, i: usize) -> f64 {
    r.measures[i]
        .result
        .as_ref()
        .expect("measure complete")
        .avoided
        .central
}

fn plant(flow: f64, before: Effluent, after: Effluent) -> MeasureKind {
    MeasureKind::Plant(PlantUpgrade {
        flow: Some(flow),
        before,
        after,
    })
}

#[test]
fn a_26700_m3_per_day_plant_from_1_to_0_5_mg_per_litre_avoids_4_87_t_a_year() {
    // factors.md B2: TP (t/yr) = Q × ΔC × days × 10⁻⁶ = 26,700 × (1.0 − 0.5) × 365 × 10⁻⁶.
    let expected: f64 = 26_700.0 * (1.0 - 0.5) * 365.0 * 1e-6; // 4.87275
    assert!((expected - 4.87).abs() < 0.01);
    for (before, after) in [
        (
            Effluent::Class(EffluentClass::New1B),
            Effluent::Class(EffluentClass::New1A),
        ),
        (Effluent::Entered(Some(1.0)), Effluent::Entered(Some(0.5))),
    ] {
        let r = run(&scenario(vec![plant(26_700.0, before, after)]));
        assert_close(avoided(&r, 0), expected, 1e-12);
        assert_close(r.total.central, expected, 1e-12);
        // Limits are exact: no range.
        assert_close(r.total.low, expected, 1e-12);
        assert_close(r.total.high, expected, 1e-12);
    }
}

#[test]
fn every_effluent_class_reads_its_gb18918_limit() {
    // factors.md B1: new 0.5 / 1 / 3 / 5, old 1 / 1.5 / 3 / 5, quasi-IV 0.3 mg/L.
    // A 1,000,000 m³/d plant from the class to zero over 365 d avoids limit × 365 t/yr.
    let cases = [
        (EffluentClass::New1A, 0.5),
        (EffluentClass::New1B, 1.0),
        (EffluentClass::New2, 3.0),
        (EffluentClass::New3, 5.0),
        (EffluentClass::Old1A, 1.0),
        (EffluentClass::Old1B, 1.5),
        (EffluentClass::Old2, 3.0),
        (EffluentClass::Old3, 5.0),
        (EffluentClass::QuasiIv, 0.3),
    ];
    for (class, limit) in cases {
        let r = run(&scenario(vec![plant(
            1e6,
            Effluent::Class(class),
            Effluent::Entered(Some(0.0)),
        )]));
        assert_close(avoided(&r, 0), limit * 365.0, 1e-12);
    }
}

#[test]
fn industrial_wastewater_uses_the_days_of_the_scenario() {
    // 5,000 m³/d from 8 to 0.5 mg/L over 330 d: 5,000 × 7.5 × 330 × 10⁻⁶ = 12.375 t/yr.
    let mut s = scenario(vec![MeasureKind::Industrial(Industrial {
        flow: Some(5_000.0),
        before: Some(8.0),
        after: Some(0.5),
    })]);
    s.days = 330.0;
    assert_close(avoided(&run(&s), 0), 12.375, 1e-12);
}

#[test]
fn farmland_is_area_times_loss_coefficient_times_removal_share() {
    // 1,000 ha × 0.61 kg P/(ha·yr) (Sun C. et al. 2017) × 50 % = 305 kg = 0.305 t/yr.
    let r = run(&scenario(vec![MeasureKind::Farmland(Farmland {
        area: Some(1_000.0),
        coefficient: LossCoefficient::YangtzeMidLower,
        removal: Some(0.5),
    })]));
    let m = r.measures[0].result.as_ref().expect("complete");
    assert_close(m.avoided.central, 0.305, 1e-12);
    // Official grade, no published range: ±5 % assumed (docs/factor-ranges.md).
    assert_close(m.avoided.low, 0.305 * 0.95, 1e-9);
    assert_close(m.avoided.high, 0.305 * 1.05, 1e-9);
    assert_eq!(m.factors, ["tp.farmland.runoff.yangtze_mid_lower"]);
}

#[test]
fn livestock_is_heads_times_manure_times_manure_p_times_removal_share() {
    // 10,000 pigs × 0.8 t faeces/head/yr (the user's value) × 3.41 kg TP/t × 60 %
    // = 27,280 kg × 0.6 = 16.368 t/yr. The 3.41 is unverified: ±30 % assumed.
    let r = run(&scenario(vec![MeasureKind::Livestock(Livestock {
        heads: Some(10_000.0),
        manure_per_head: Some(0.8),
        manure_p: ManureP::Library(Manure::PigFaeces),
        removal: Some(0.6),
    })]));
    let m = r.measures[0].result.as_ref().expect("complete");
    assert_close(m.avoided.central, 16.368, 1e-12);
    assert_close(m.avoided.low, 16.368 * 0.7, 1e-9);
    assert_close(m.avoided.high, 16.368 * 1.3, 1e-9);
    // Poultry: 5.37 kg/t.
    let r = run(&scenario(vec![MeasureKind::Livestock(Livestock {
        heads: Some(1_000.0),
        manure_per_head: Some(0.05),
        manure_p: ManureP::Library(Manure::Poultry),
        removal: Some(1.0),
    })]));
    assert_close(avoided(&r, 0), 1_000.0 * 0.05 * 5.37 / 1_000.0, 1e-12);
}

fn two_on_one_load(first: f64, second: f64) -> Scenario {
    let mut s = scenario(vec![
        MeasureKind::Efficiency(Efficiency {
            load: LoadId(7),
            efficiency: Some(first),
        }),
        MeasureKind::Efficiency(Efficiency {
            load: LoadId(7),
            efficiency: Some(second),
        }),
    ]);
    s.shared_loads.push(SharedLoad {
        id: LoadId(7),
        label: "catchment".into(),
        baseline: Baseline::Entered(Some(100.0)),
    });
    s
}

#[test]
fn two_measures_of_50_and_40_percent_on_one_load_remove_70_percent_not_90() {
    // factors.md B2: combined removal = 1 − Π(1 − ηᵢ) = 1 − 0.5 × 0.6 = 0.70.
    let r = run(&two_on_one_load(0.5, 0.4));
    assert_close(r.total.central, 70.0, 1e-12);
    let load = r.shared_loads[0].result.as_ref().expect("complete");
    assert_close(load.combined, 0.70, 1e-12);
    assert_close(load.avoided.central, 70.0, 1e-12);
    assert_eq!(load.counted, 2);
    // Credit in list order: the first takes 50 % of 100, the second 40 % of the 50 left.
    assert_close(avoided(&r, 0), 50.0, 1e-12);
    assert_close(avoided(&r, 1), 20.0, 1e-12);
    // Reordered: 40 % of 100, then 50 % of 60. Same total.
    let r = run(&two_on_one_load(0.4, 0.5));
    assert_close(avoided(&r, 0), 40.0, 1e-12);
    assert_close(avoided(&r, 1), 30.0, 1e-12);
    assert_close(r.total.central, 70.0, 1e-12);
}

#[test]
fn measures_on_different_loads_add() {
    // An independent 4.87275 t/yr plant plus 70 t/yr on a shared load.
    let mut s = two_on_one_load(0.5, 0.4);
    s.measures.push(Measure {
        id: MeasureId(3),
        label: String::new(),
        kind: plant(
            26_700.0,
            Effluent::Class(EffluentClass::New1B),
            Effluent::Class(EffluentClass::New1A),
        ),
    });
    assert_close(run(&s).total.central, 70.0 + 4.872_75, 1e-12);
}

#[test]
fn shared_baselines_from_a_flow_or_from_farmland() {
    // Flow: 10,000 m³/d at 4 mg/L over 365 d = 14.6 t/yr; one 25 % measure = 3.65 t/yr.
    let mut s = two_on_one_load(0.25, 0.0);
    s.shared_loads[0].baseline = Baseline::Flow {
        flow: Some(10_000.0),
        concentration: Some(4.0),
    };
    let r = run(&s);
    assert_close(r.total.central, 3.65, 1e-12);
    // Farmland: 20,000 ha × 0.61 kg/(ha·yr) = 12.2 t/yr; 25 % = 3.05 t/yr.
    s.shared_loads[0].baseline = Baseline::Farmland {
        area: Some(20_000.0),
        coefficient: LossCoefficient::YangtzeMidLower,
    };
    assert_close(run(&s).total.central, 3.05, 1e-12);
}

#[test]
fn the_report_preset_and_what_it_implies() {
    let s = Scenario::report_preset();
    assert_eq!(s.measures.len(), 1);
    assert!(matches!(
        s.measures[0].kind,
        MeasureKind::Direct(DirectLoad::ReportTotal)
    ));
    let r = run(&s);
    // The report: 1.17万 t (used as t/yr), 2400余 projects.
    assert_close(r.total.central, 11_700.0, 1e-12);
    assert_close(r.report.share.central, 1.0, 1e-12);
    // 11,700 ÷ 2,400 = 4.875 t/yr per project (≈ 4.9).
    assert_close(r.report.per_project.central, 4.875, 1e-12);
    // 4.875 ÷ ((1 − 0.5) mg/L × 365 d) × 10⁶ = 26,712.3 m³/d (≈ 26,700).
    assert_close(
        r.report.equivalent_flow.central,
        4.875 / (0.5 * 365.0) * 1e6,
        1e-12,
    );
    assert_close(r.report.equivalent_flow.central, 26_700.0, 0.001);
    assert_close(r.report.projects_equivalent.central, 2_400.0, 1e-12);
    // National discharge 2017: 21.20万 t ÷ 67.2 % = 315,476 t ≈ 31.5万 t.
    let national = 212_000.0 / 0.672;
    assert_close(r.national.discharge.central, national, 1e-12);
    assert_close(r.national.discharge.central, 315_000.0, 0.002);
    assert_close(r.national.share.central, 11_700.0 / national, 1e-12);
    // Redfield: (106 × 30.026 + 16 × 17.031 + 97.994) g/mol ÷ 30.974 g/mol P
    // = 3,553.246 ÷ 30.974 = 114.717 kg dry algae per kg P (factors.md: ≈ 114.5);
    // wet: ÷ (1 − 0.70) = 382.4 (≈ 380).
    let dry_per_p = (106.0 * 30.026 + 16.0 * 17.031 + 97.994) / 30.974;
    assert_close(dry_per_p, 114.5, 0.005);
    assert_close(r.algae.dry.central, 11_700.0 * dry_per_p, 1e-9);
    assert_close(r.algae.wet.central, 11_700.0 * dry_per_p / 0.3, 1e-9);
    assert_close(r.algae.wet.central / 11_700.0, 380.0, 0.01);
    // Class III river, 0.2 mg/L = 0.2 g/m³: 11,700 × 10⁶ g ÷ 0.2 = 5.85 × 10¹⁰ m³/yr.
    assert_eq!(r.dilution.factor, "tp.gb3838.river.iii");
    assert_close(r.dilution.volume.central, 5.85e10, 1e-12);
    // The report's total is official with no published range: ±5 % assumed.
    assert_close(r.total.low, 11_700.0 * 0.95, 1e-9);
    assert_close(r.total.high, 11_700.0 * 1.05, 1e-9);
}

#[test]
fn one_tonne_needs_five_million_cubic_metres_of_class_iii_river_water() {
    // factors.md B3: volume = load ÷ limit; 1 t at 0.2 mg/L → 5 × 10⁶ m³.
    let mut s = scenario(vec![MeasureKind::Direct(DirectLoad::Entered(Some(1.0)))]);
    assert_close(run(&s).dilution.volume.central, 5e6, 1e-12);
    // Lakes and reservoirs, Class I: 0.01 mg/L → 10⁸ m³.
    s.water = WaterBody::Lake;
    s.class = WaterClass::I;
    let r = run(&s);
    assert_eq!(r.dilution.factor, "tp.gb3838.lake.i");
    assert_close(r.dilution.volume.central, 1e8, 1e-12);
    // Every class of factors.md B1.
    let limits = [
        (WaterBody::River, [0.02, 0.1, 0.2, 0.3, 0.4]),
        (WaterBody::Lake, [0.01, 0.025, 0.05, 0.1, 0.2]),
    ];
    for (water, row) in limits {
        for (class, limit) in WaterClass::ALL.into_iter().zip(row) {
            s.water = water;
            s.class = class;
            assert_close(run(&s).dilution.volume.central, 1e6 / limit, 1e-12);
        }
    }
}

#[test]
fn a_changed_factor_is_used_at_every_point() {
    // The user sets Class 1A to 0.3 mg/L: 26,700 × 0.7 × 365 × 10⁻⁶ = 6.82185 t/yr.
    let mut o = Overrides::new();
    assert!(o.set("tp.gb18918.new.1a", 0.3));
    let s = scenario(vec![plant(
        26_700.0,
        Effluent::Class(EffluentClass::New1B),
        Effluent::Class(EffluentClass::New1A),
    )]);
    let r = evaluate(&s, Library::standard(), &o).expect("computes");
    assert_close(r.total.central, 6.821_85, 1e-12);
    // The average-project plant also follows: 4.875 ÷ (0.7 × 365) × 10⁶.
    assert_close(
        r.report.equivalent_flow.central,
        4.875 / (0.7 * 365.0) * 1e6,
        1e-12,
    );
}

#[test]
fn a_missing_input_names_its_field_and_leaves_the_measure_out() {
    let s = scenario(vec![
        MeasureType::Livestock.template(LoadId(1)),
        MeasureKind::Direct(DirectLoad::Entered(Some(2.0))),
        MeasureType::Industrial.template(LoadId(1)),
    ]);
    let r = run(&s);
    assert_eq!(
        r.measures[0].result,
        Err(CalcError::Input {
            field: field::HEADS,
            problem: Problem::NotFinite
        })
    );
    assert_eq!(
        r.measures[2].result,
        Err(CalcError::Input {
            field: field::FLOW,
            problem: Problem::NotFinite
        })
    );
    assert_eq!(r.incomplete, 2);
    assert_close(r.total.central, 2.0, 1e-12);
}

#[test]
fn wrong_inputs_are_typed_errors() {
    let f = |kind: MeasureKind| run(&scenario(vec![kind])).measures[0].result.clone();
    assert_eq!(
        f(plant(
            1_000.0,
            Effluent::Class(EffluentClass::New1A),
            Effluent::Class(EffluentClass::New1B)
        )),
        Err(CalcError::Input {
            field: field::AFTER,
            problem: Problem::AfterAboveBefore
        })
    );
    assert_eq!(
        f(MeasureKind::Farmland(Farmland {
            area: Some(10.0),
            coefficient: LossCoefficient::Entered(Some(-1.0)),
            removal: Some(0.5),
        })),
        Err(CalcError::Input {
            field: field::COEFFICIENT,
            problem: Problem::Negative
        })
    );
    assert_eq!(
        f(MeasureKind::Farmland(Farmland {
            area: Some(10.0),
            coefficient: LossCoefficient::YangtzeMidLower,
            removal: Some(1.5),
        })),
        Err(CalcError::Input {
            field: field::REMOVAL,
            problem: Problem::AboveOne
        })
    );
    assert_eq!(
        f(MeasureKind::Direct(DirectLoad::Entered(Some(f64::NAN)))),
        Err(CalcError::Input {
            field: field::LOAD,
            problem: Problem::NotFinite
        })
    );
    // An efficiency measure on a load that does not exist.
    assert_eq!(
        f(MeasureKind::Efficiency(Efficiency {
            load: LoadId(99),
            efficiency: Some(0.5),
        })),
        Err(CalcError::Input {
            field: field::SHARED_LOAD,
            problem: Problem::NotFinite
        })
    );
    // Days: above zero and at most 366.
    let mut s = Scenario::report_preset();
    for (days, problem) in [
        (0.0, Problem::NotPositive),
        (367.0, Problem::TooLarge),
        (f64::NAN, Problem::NotFinite),
    ] {
        s.days = days;
        assert_eq!(
            evaluate(&s, Library::standard(), &Overrides::new()).err(),
            Some(CalcError::Input {
                field: field::DAYS,
                problem
            })
        );
    }
}

#[test]
fn a_shared_load_without_a_baseline_holds_back_its_measures() {
    let mut s = two_on_one_load(0.5, 0.4);
    s.shared_loads[0].baseline = Baseline::Entered(None);
    let r = run(&s);
    let missing = Err(CalcError::Input {
        field: field::BASELINE,
        problem: Problem::NotFinite,
    });
    assert_eq!(r.shared_loads[0].result.clone().map(|_| ()), missing);
    assert_eq!(r.measures[0].result.clone().map(|_| ()), missing);
    assert_eq!(r.incomplete, 2);
    assert!(r.total.central.abs() < 1e-12);
}

#[test]
fn a_factor_changed_to_nonsense_is_an_error_not_a_nan() {
    let mut o = Overrides::new();
    assert!(o.set("tp.gb3838.river.iii", 0.0));
    let s = Scenario::report_preset();
    assert_eq!(
        evaluate(&s, Library::standard(), &o).err(),
        Some(CalcError::Input {
            field: "tp.gb3838.river.iii",
            problem: Problem::NotPositive
        })
    );
    let mut o = Overrides::new();
    assert!(o.set("tp.gb3838.river.iii", 1e-300));
    assert_eq!(
        evaluate(&s, Library::standard(), &o).err(),
        Some(CalcError::Input {
            field: "tp.gb3838.river.iii",
            problem: Problem::TooLarge
        })
    );
}

#[test]
fn compute_at_one_point_reads_only_the_values_it_is_given() {
    // A plain table of factor values (as a Monte Carlo sample would be).
    let mut t = std::collections::BTreeMap::new();
    for (id, v) in [
        ("tp.report.reduction_2025", 11_700.0),
        ("tp.report.projects_2025", 2_400.0),
        ("tp.gb18918.new.1a", 0.5),
        ("tp.gb18918.new.1b", 1.0),
        ("tp.census2017.agri", 212_000.0),
        ("tp.census2017.agri_share", 0.672),
        ("tp.algae.dry_per_kg_p", 114.5),
        ("tp.algae.wet_per_kg_p", 380.0),
        ("tp.gb3838.river.iii", 0.2),
    ] {
        t.insert(id, v);
    }
    let r = compute(&Scenario::report_preset(), &t).expect("computes");
    assert_close(r.algae.dry, 11_700.0 * 114.5, 1e-12);
    t.remove("tp.census2017.agri");
    assert_eq!(
        compute(&Scenario::report_preset(), &t).err(),
        Some(CalcError::MissingFactor("tp.census2017.agri"))
    );
}
