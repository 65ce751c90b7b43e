//! Calculator 2 (total phosphorus): properties that hold for every scenario.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use proptest::prelude::*;
use qingshan_core::eval::{Overrides, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{
    evaluate, Baseline, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland, Industrial,
    Livestock, LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId, MeasureKind,
    PlantUpgrade, Results, Scenario, SharedLoad, WaterBody, WaterClass,
};

/// Any number, including the ones a user should not type: negative, huge, NaN, ∞, missing.
fn any_input() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        4 => (0.0..1e6_f64).prop_map(Some),
        1 => (0.0..=1.0_f64).prop_map(Some),
        1 => Just(None),
        1 => prop_oneof![
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(-1.0),
            Just(1e300),
            Just(-0.0),
            Just(0.0),
        ]
        .prop_map(Some),
    ]
}

fn effluent() -> impl Strategy<Value = Effluent> {
    prop_oneof![
        (0..EffluentClass::ALL.len()).prop_map(|i| Effluent::Class(EffluentClass::ALL[i])),
        any_input().prop_map(Effluent::Entered),
    ]
}

fn coefficient() -> impl Strategy<Value = LossCoefficient> {
    prop_oneof![
        Just(LossCoefficient::YangtzeMidLower),
        any_input().prop_map(LossCoefficient::Entered),
    ]
}

fn kind(loads: u32) -> impl Strategy<Value = MeasureKind> {
    prop_oneof![
        (any_input(), effluent(), effluent()).prop_map(|(flow, before, after)| {
            MeasureKind::Plant(PlantUpgrade {
                flow,
                before,
                after,
            })
        }),
        (any_input(), any_input(), any_input()).prop_map(|(flow, before, after)| {
            MeasureKind::Industrial(Industrial {
                flow,
                before,
                after,
            })
        }),
        (any_input(), coefficient(), any_input()).prop_map(|(area, coefficient, removal)| {
            MeasureKind::Farmland(Farmland {
                area,
                coefficient,
                removal,
            })
        }),
        (any_input(), any_input(), 0..Manure::ALL.len(), any_input()).prop_map(
            |(heads, manure_per_head, m, removal)| {
                MeasureKind::Livestock(Livestock {
                    heads,
                    manure_per_head,
                    manure_p: ManureP::Library(Manure::ALL[m]),
                    removal,
                })
            }
        ),
        prop_oneof![
            Just(DirectLoad::ReportTotal),
            any_input().prop_map(DirectLoad::Entered)
        ]
        .prop_map(MeasureKind::Direct),
        (0..loads + 1, any_input()).prop_map(|(load, efficiency)| {
            MeasureKind::Efficiency(Efficiency {
                load: LoadId(load),
                efficiency,
            })
        }),
    ]
}

fn baseline() -> impl Strategy<Value = Baseline> {
    prop_oneof![
        any_input().prop_map(Baseline::Entered),
        (any_input(), any_input()).prop_map(|(flow, concentration)| Baseline::Flow {
            flow,
            concentration
        }),
        (any_input(), coefficient())
            .prop_map(|(area, coefficient)| Baseline::Farmland { area, coefficient }),
    ]
}

/// Any scenario: up to 8 measures, up to 3 shared loads (ids 0–2; an efficiency measure may
/// name id 3, which does not exist), any days, water body and class.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(kind(3), 0..8),
        prop::collection::vec(baseline(), 0..3),
        prop_oneof![Just(365.0), 1.0..366.0_f64, Just(0.0), Just(400.0)],
        any::<bool>(),
        0..5_usize,
    )
        .prop_map(|(kinds, baselines, days, lake, class)| Scenario {
            measures: kinds
                .into_iter()
                .zip(1..)
                .map(|(kind, i)| Measure {
                    id: MeasureId(i),
                    label: String::new(),
                    kind,
                })
                .collect(),
            shared_loads: baselines
                .into_iter()
                .zip(0..)
                .map(|(baseline, i)| SharedLoad {
                    id: LoadId(i),
                    label: String::new(),
                    baseline,
                })
                .collect(),
            days,
            water: if lake {
                WaterBody::Lake
            } else {
                WaterBody::River
            },
            class: WaterClass::ALL[class],
        })
}

fn run(s: &Scenario) -> Option<Results> {
    evaluate(s, Library::standard(), &Overrides::new()).ok()
}

fn ranged_ok(r: &Ranged) -> bool {
    [r.central, r.low, r.high]
        .iter()
        .all(|x| x.is_finite() && *x >= 0.0)
        && r.low <= r.central
        && r.central <= r.high
}

fn credits(r: &Results) -> f64 {
    r.measures
        .iter()
        .filter_map(|m| m.result.as_ref().ok())
        .map(|m| m.avoided.central)
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Never a panic; every number finite, non-negative, inside its range; the credits of the
    /// complete measures add up to the total.
    #[test]
    fn any_scenario_gives_finite_non_negative_results(s in scenario()) {
        let Some(r) = run(&s) else {
            // Only the days can fail the whole scenario.
            prop_assert!(!(s.days > 0.0 && s.days <= 366.0));
            return Ok(());
        };
        prop_assert_eq!(r.measures.len(), s.measures.len());
        prop_assert!(ranged_ok(&r.total));
        for m in r.measures.iter().filter_map(|m| m.result.as_ref().ok()) {
            prop_assert!(ranged_ok(&m.avoided));
        }
        for l in r.shared_loads.iter().filter_map(|l| l.result.as_ref().ok()) {
            prop_assert!(ranged_ok(&l.baseline) && ranged_ok(&l.avoided));
            prop_assert!((0.0..=1.0).contains(&l.combined));
        }
        for x in [&r.report.share, &r.report.projects_equivalent, &r.national.share,
                  &r.algae.dry, &r.algae.wet, &r.dilution.volume] {
            prop_assert!(ranged_ok(x));
        }
        let sum = credits(&r);
        prop_assert!((sum - r.total.central).abs() <= 1e-9 * r.total.central.max(1.0));
        prop_assert_eq!(
            r.incomplete,
            r.measures.iter().filter(|m| m.result.is_err()).count()
        );
    }

    /// Reordering the measures never changes the total (only how a shared load's reduction is
    /// credited among its measures).
    #[test]
    fn the_total_does_not_depend_on_the_order(s in scenario(), seed in any::<u64>()) {
        let Some(a) = run(&s) else { return Ok(()); };
        let mut t = s.clone();
        // A deterministic shuffle from the seed.
        let n = t.measures.len();
        let mut x = seed | 1;
        for i in (1..n).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            let j = usize::try_from(x % (i as u64 + 1)).unwrap_or(0);
            t.measures.swap(i, j);
        }
        let b = run(&t).expect("same days, same outcome");
        prop_assert!((a.total.central - b.total.central).abs() <= 1e-9 * a.total.central.max(1.0));
    }

    /// Several measures on one load: 1 − Π(1 − ηᵢ) lies between the largest ηᵢ and
    /// min(1, Σηᵢ), and equals the sum only when at most one η is non-zero.
    #[test]
    fn combined_removal_is_never_the_sum(etas in prop::collection::vec(0.0..=1.0_f64, 1..6),
                                         base in 0.001..1e6_f64) {
        let s = Scenario {
            measures: etas.iter().zip(1..).map(|(e, i)| Measure {
                id: MeasureId(i),
                label: String::new(),
                kind: MeasureKind::Efficiency(Efficiency { load: LoadId(1), efficiency: Some(*e) }),
            }).collect(),
            shared_loads: vec![SharedLoad {
                id: LoadId(1), label: String::new(), baseline: Baseline::Entered(Some(base)),
            }],
            ..Scenario::report_preset()
        };
        let r = run(&s).expect("computes");
        let l = r.shared_loads[0].result.as_ref().expect("complete");
        let max = etas.iter().copied().fold(0.0, f64::max);
        let sum: f64 = etas.iter().sum();
        prop_assert!(l.combined >= max - 1e-12);
        prop_assert!(l.combined <= sum.min(1.0) + 1e-12);
        let product: f64 = etas.iter().map(|e| 1.0 - e).product();
        prop_assert!((l.combined - (1.0 - product)).abs() < 1e-12);
        prop_assert!((r.total.central - base * (1.0 - product)).abs() <= 1e-9 * base);
    }

    /// A plant's avoided load is proportional to its flow, to ΔC and to the days.
    #[test]
    fn plant_load_is_proportional(flow in 0.0..1e7_f64, after in 0.0..5.0_f64,
                                  delta in 0.0..5.0_f64, days in 1.0..=366.0_f64, k in 0.5..4.0_f64,
                                  kd in 1.0..4.0_f64) {
        let one = |flow: f64, after: f64, delta: f64, days: f64| {
            let s = Scenario {
                measures: vec![Measure {
                    id: MeasureId(1),
                    label: String::new(),
                    kind: MeasureKind::Plant(PlantUpgrade {
                        flow: Some(flow),
                        before: Effluent::Entered(Some(after + delta)),
                        after: Effluent::Entered(Some(after)),
                    }),
                }],
                days,
                ..Scenario::report_preset()
            };
            run(&s).map(|r| r.total.central)
        };
        let base = one(flow, after, delta, days).expect("computes");
        let tol = |x: f64| 1e-9 * x.max(1e-9);
        let doubled_flow = one(flow * k, after, delta, days).expect("computes");
        prop_assert!((doubled_flow - k * base).abs() <= tol(k * base));
        let fewer_days = one(flow, after, delta, days / kd).expect("computes");
        prop_assert!((fewer_days - base / kd).abs() <= tol(base));
        // The load depends on the difference only, not on where it sits.
        let shifted = one(flow, after + 1.0, delta, days).expect("computes");
        prop_assert!((shifted - base).abs() <= 1e-6 * base.max(1e-9));
    }

    /// Adding a complete independent measure raises the total by exactly its own load.
    #[test]
    fn independent_measures_add(s in scenario(), extra in 0.0..1e5_f64) {
        let Some(a) = run(&s) else { return Ok(()); };
        let mut t = s.clone();
        t.measures.push(Measure {
            id: t.next_measure_id(),
            label: String::new(),
            kind: MeasureKind::Direct(DirectLoad::Entered(Some(extra))),
        });
        let b = run(&t).expect("computes");
        prop_assert!((b.total.central - a.total.central - extra).abs()
            <= 1e-9 * b.total.central.max(1.0));
        // Every equivalence grows with the total.
        prop_assert!(b.algae.dry.central >= a.algae.dry.central);
        prop_assert!(b.dilution.volume.central >= a.dilution.volume.central);
        prop_assert!(b.report.share.central >= a.report.share.central);
    }
}

#[test]
fn ids_handed_out_are_new() {
    let mut s = Scenario::report_preset();
    assert_eq!(s.next_measure_id(), MeasureId(2));
    s.measures.clear();
    assert_eq!(s.next_measure_id(), MeasureId(1));
    assert_eq!(s.next_load_id(), LoadId(1));
}
