//! Tests of the engine against closed forms.
//!
//! Tolerances: the sample p-quantile of n draws has standard error √(p(1 − p)/n) / f(x_p), where
//! f is the density at the exact quantile x_p (the asymptotic normality of sample quantiles). Each
//! statistical check allows 4 standard errors, worked out in the test from the closed-form
//! density; a correct engine fails one such check with probability ≈ 6 × 10⁻⁵, and since the
//! seed is fixed, a test that passes once passes always.

// Short names as in the formulas (a, b, c for factors; o, r for overrides and ranges).
#![allow(clippy::many_single_char_names)]

use proptest::prelude::*;

use super::*;
use crate::eval::{LibraryValues, Point};
use crate::factors::{FactorDef, Grade, Source, Theme};
use crate::text::Text;
use crate::units::Unit;

const NAME: Text = crate::t!("测试", "測試", "test");
const SOURCE: Source = Source {
    title: "test",
    publisher: NAME,
    locator: None,
    year: None,
    url: None,
};

/// A library of given factors `(id, low, central, high)` (leaked: the library wants `'static`).
fn library(factors: &[(&'static str, f64, f64, f64)]) -> Library {
    let defs: Vec<FactorDef> = factors
        .iter()
        .map(|&(id, low, central, high)| {
            FactorDef::given(
                id,
                Theme::Ule,
                NAME,
                central,
                Unit::Fraction,
                Grade::Secondary,
                &SOURCE,
            )
            .range(low, high)
        })
        .collect();
    Library::build(Box::leak(defs.into_boxed_slice())).expect("test library")
}

fn none() -> (Overrides, InputRanges) {
    (Overrides::new(), InputRanges::new())
}

fn sim<F, O>(lib: &Library, settings: &Settings, calc: F) -> Simulation
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    let (o, r) = none();
    simulate(lib, &o, &r, settings, calc).expect("central run")
}

#[track_caller]
fn near(got: f64, want: f64, tol: f64, what: &str) {
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got}, want {want} ± {tol}"
    );
}

/// Four standard errors of the sample p-quantile with density `f` there, n samples.
fn four_se(p: f64, f: f64, n: f64) -> f64 {
    4.0 * (p * (1.0 - p) / n).sqrt() / f
}

#[test]
fn one_triangular_factor_has_the_closed_form_percentiles() {
    // Tri(a = 2, m = 3, b = 6). F(m) = (m − a)/(b − a) = 0.25.
    // p < 0.25: x = a + √(p (b − a)(m − a)), density 2 (x − a)/((b − a)(m − a));
    // p ≥ 0.25: x = b − √((1 − p)(b − a)(b − m)), density 2 (b − x)/((b − a)(b − m)).
    let lib = library(&[("x", 2.0, 3.0, 6.0)]);
    let s = sim(&lib, &Settings::default(), |f| Ok([f.get("x")?]));
    let n = 10_000.0;
    let p5 = 2.0 + (0.05_f64 * 4.0 * 1.0).sqrt(); // 2.447 214
    let p50 = 6.0 - (0.5_f64 * 4.0 * 3.0).sqrt(); // 3.550 510
    let p95 = 6.0 - (0.05_f64 * 4.0 * 3.0).sqrt(); // 5.225 403
    let o = s.outputs[0];
    assert_eq!(s.samples, 10_000);
    near(o.central, 3.0, 1e-12, "central is the mode");
    near(o.p5, p5, four_se(0.05, 2.0 * (p5 - 2.0) / 4.0, n), "p5");
    near(o.p50, p50, four_se(0.5, 2.0 * (6.0 - p50) / 12.0, n), "p50");
    near(
        o.p95,
        p95,
        four_se(0.95, 2.0 * (6.0 - p95) / 12.0, n),
        "p95",
    );
    // Mean (a + m + b)/3 = 11/3; standard deviation √((a² + m² + b² − am − ab − mb)/18) = √(13/18).
    near(
        o.mean,
        11.0 / 3.0,
        4.0 * (13.0_f64 / 18.0).sqrt() / n.sqrt(),
        "mean",
    );
    assert!(o.min >= 2.0 && o.max <= 6.0);
    assert!(s.complete() && s.first_failure.is_none());
}

/// Irwin–Hall distribution of the sum of 4 independent U(0, 1): CDF and density on [0, 2]
/// (the lower half; it is symmetric about 2).
fn irwin_hall4(x: f64) -> (f64, f64) {
    if x <= 1.0 {
        (x.powi(4) / 24.0, x.powi(3) / 6.0)
    } else {
        (
            (x.powi(4) - 4.0 * (x - 1.0).powi(4)) / 24.0,
            (x.powi(3) - 4.0 * (x - 1.0).powi(3)) / 6.0,
        )
    }
}

/// The p-quantile (p ≤ 0.5) of Irwin–Hall(4) by bisection of its CDF.
fn irwin_hall4_quantile(p: f64) -> f64 {
    let (mut lo, mut hi) = (0.0, 2.0);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if irwin_hall4(mid).0 < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[test]
fn independent_factors_add_like_the_irwin_hall_sum_and_a_common_one_adds_fully() {
    // Tri(0, ½, 1) is the sum of two independent U(0, ½). So x + y for independent x, y of that
    // law is ½ × (sum of four U(0, 1)) = ½ × Irwin–Hall(4), median 1, symmetric.
    let lib = library(&[("x", 0.0, 0.5, 1.0), ("y", 0.0, 0.5, 1.0)]);
    let s = sim(&lib, &Settings::default(), |f| {
        let (x, y) = (f.get("x")?, f.get("y")?);
        // Lines: x alone, x + y (independent), x + x (one factor read by two lines).
        Ok([x, x + y, x + f.get("x")?])
    });
    let n = 10_000.0;
    let q5 = 0.5 * irwin_hall4_quantile(0.05);
    // Density of ½ × IH(4) at s is 2 × density of IH(4) at 2s.
    let f5 = 2.0 * irwin_hall4(2.0 * q5).1;
    let tol = four_se(0.05, f5, n);
    let sum = s.outputs[1];
    near(sum.p5, q5, tol, "p5 of x + y");
    near(sum.p95, 2.0 - q5, tol, "p95 of x + y");
    near(
        sum.p50,
        1.0,
        four_se(0.5, 2.0 * irwin_hall4(2.0).1, n),
        "median",
    );
    // One line: p5 = √(0.05 × 1 × ½) = 0.158 114, p95 = 1 − that.
    let one = s.outputs[0];
    let line_spread = one.p95 - one.p5;
    near(
        line_spread,
        1.0 - 2.0 * 0.025_f64.sqrt(),
        0.02,
        "one line's 5–95 spread",
    );
    // A common factor: the two lines move together, the sum's spread is exactly twice one line's
    // (each sample of x + x is twice the sample of x), not the ≈ 1.4 × of independent lines.
    let twice = s.outputs[2];
    near(
        twice.p95 - twice.p5,
        2.0 * line_spread,
        1e-12,
        "common factor",
    );
    let independent = (sum.p95 - sum.p5) / line_spread;
    // Closed form: (1 − 2 q5)/(1 − 2 √0.025) = 1.401.
    let want = (2.0 - 2.0 * q5) / (1.0 - 2.0 * 0.025_f64.sqrt());
    near(independent, want, 0.03, "independent lines' spread ratio");
    assert!(independent < 1.5);
}

#[test]
fn a_fixed_factor_scales_every_percentile_exactly() {
    // k is exact (low = high): a constant. Output k·x has the percentiles of x times k, exactly,
    // because x draws the same values in both runs (same seed, same id).
    let lib = library(&[("x", 1.0, 2.0, 5.0), ("k", 7.5, 7.5, 7.5)]);
    let plain = sim(&lib, &Settings::default(), |f| Ok([f.get("x")?]));
    let scaled = sim(&lib, &Settings::default(), |f| {
        Ok([f.get("k")? * f.get("x")?])
    });
    let (a, b) = (plain.outputs[0], scaled.outputs[0]);
    for (x, kx, what) in [
        (a.central, b.central, "central"),
        (a.p5, b.p5, "p5"),
        (a.p50, b.p50, "p50"),
        (a.p95, b.p95, "p95"),
        (a.mean, b.mean, "mean"),
    ] {
        near(kx, 7.5 * x, 1e-12 * kx.abs(), what);
    }
    // k has no range, so it is no driver.
    let (o, r) = none();
    let sens = sensitivity(&lib, &o, &r, |f| Ok([f.get("k")? * f.get("x")?])).unwrap();
    assert_eq!(sens.swings.len(), 1);
    assert_eq!(sens.swings[0].id, "x");
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_close_ones() {
    let lib = library(&[
        ("a", 1.0, 2.0, 4.0),
        ("b", 0.5, 0.6, 0.9),
        ("c", 10.0, 12.0, 13.0),
    ]);
    let calc = |f: &dyn FactorValues| Ok(vec![f.get("a")? * f.get("b")? + f.get("c")?]);
    let s1 = sim(&lib, &Settings::default(), calc);
    let s2 = sim(&lib, &Settings::default(), calc);
    assert_eq!(s1, s2);
    assert_eq!(s1.outputs[0].p5.to_bits(), s2.outputs[0].p5.to_bits());
    // The order in which a calculation reads its factors does not matter.
    let reordered = sim(&lib, &Settings::default(), |f| {
        let c = f.get("c")?;
        let b = f.get("b")?;
        Ok(vec![f.get("a")? * b + c])
    });
    assert_eq!(
        s1.outputs[0].p95.to_bits(),
        reordered.outputs[0].p95.to_bits()
    );
    let other = sim(
        &lib,
        &Settings {
            seed: 12_345,
            ..Settings::default()
        },
        calc,
    );
    assert_ne!(s1.outputs[0].p5.to_bits(), other.outputs[0].p5.to_bits());
    // Two estimates of the same percentile differ by at most ≈ √2 × 4 standard errors. The
    // output's range is about 10.5–16.6 and its density near p5 is above 0.2 per unit, so
    // 4 √2 × √(0.05 × 0.95 / 10⁴)/0.2 = 0.062 bounds it.
    near(
        other.outputs[0].p5,
        s1.outputs[0].p5,
        0.062,
        "p5, another seed",
    );
    near(
        other.outputs[0].p50,
        s1.outputs[0].p50,
        0.062,
        "p50, another seed",
    );
}

#[test]
fn sensitivity_ranks_a_dominant_factor_first() {
    // y = a + b − c: a moves it by 100, b by 2, c by 0.2 (and downwards).
    let lib = library(&[
        ("a", 0.0, 50.0, 100.0),
        ("b", 9.0, 10.0, 11.0),
        ("c", 0.9, 1.0, 1.1),
    ]);
    let (o, r) = none();
    let s = sensitivity(&lib, &o, &r, |f| {
        Ok([f.get("b")? + f.get("a")? - f.get("c")?, f.get("c")? * 3.0])
    })
    .unwrap();
    near(s.central[0], 59.0, 1e-12, "central");
    let ranked: Vec<&str> = s.ranked(0).iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ranked, ["a", "b", "c"]);
    let top = s.top_drivers(0, 1);
    assert_eq!(top[0].id, "a");
    near(top[0].swing(0).unwrap(), 100.0, 1e-9, "a's swing");
    let c = s.swings.iter().find(|w| w.id == "c").unwrap();
    near(c.swing(0).unwrap(), -0.2, 1e-9, "c lowers the output");
    let (lo, hi) = c.ends(0).unwrap();
    near(lo, 59.1, 1e-9, "c low");
    near(hi, 58.9, 1e-9, "c high");
    near(
        s.share(0, top[0]).unwrap(),
        100.0 / 102.2,
        1e-12,
        "a's share",
    );
    // Only c moves the second output.
    assert_eq!(s.top_drivers(1, 5).len(), 1);
    assert_eq!(s.top_drivers(1, 5)[0].id, "c");
    // The monte carlo agrees that a dominates: the spread is about a's.
    let m = sim(&lib, &Settings::default(), |f| {
        Ok([f.get("b")? + f.get("a")? - f.get("c")?])
    });
    let spread = m.outputs[0].p95 - m.outputs[0].p5;
    // a alone: Tri(0, 50, 100) has p5 = √(0.05 × 100 × 50) = 15.81, p95 = 84.19.
    near(spread, 100.0 - 2.0 * 250.0_f64.sqrt(), 2.0, "spread");
}

#[test]
fn failing_samples_are_counted_and_never_become_nan() {
    // The calculation refuses x > 0.9. For Tri(0, ½, 1), P(x > 0.9) = (1 − 0.9)²/(1 × ½) = 0.02:
    // 200 of 10,000 samples expected, standard deviation √(10⁴ × 0.02 × 0.98) = 14.
    let lib = library(&[("x", 0.0, 0.5, 1.0)]);
    let refuse = |f: &dyn FactorValues| {
        let x = f.get("x")?;
        if x > 0.9 {
            return Err(CalcError::Input {
                field: "x",
                problem: Problem::AboveOne,
            });
        }
        Ok([x, 1.0 / (x - 0.1)])
    };
    let s = sim(&lib, &Settings::default(), refuse);
    assert!(s.failed.abs_diff(200) <= 4 * 14, "failed {}", s.failed);
    assert!(!s.complete());
    assert_eq!(
        s.first_failure,
        Some(Failure::Calc(CalcError::Input {
            field: "x",
            problem: Problem::AboveOne
        }))
    );
    for o in &s.outputs {
        for v in [o.central, o.p5, o.p50, o.p95, o.mean, o.min, o.max] {
            assert!(v.is_finite());
        }
    }
    assert!(s.outputs[0].max <= 0.9);
    // A non-finite output is a failure too, named by its index.
    let nan = sim(&lib, &Settings::default(), |f| {
        let x = f.get("x")?;
        Ok([x, if x < 0.05 { f64::NAN } else { x }])
    });
    assert!(nan.failed > 0);
    assert_eq!(nan.first_failure, Some(Failure::NotFinite { output: 1 }));
    assert!(nan.outputs[1].p5.is_finite() && nan.outputs[1].min >= 0.05);
    // A different number of outputs than the central run's is a failure.
    let shape = sim(&lib, &Settings::default(), |f| {
        let x = f.get("x")?;
        Ok(if x < 0.5 { vec![x] } else { vec![x, x] })
    });
    assert!(matches!(shape.first_failure, Some(Failure::Shape { .. })));
    // When every sample fails, each statistic is the central value.
    let all = sim(&lib, &Settings::default(), |f| {
        let x = f.get("x")?;
        if (x - 0.5).abs() > 1e-12 {
            return Err(CalcError::MissingFactor("z"));
        }
        Ok([x])
    });
    assert_eq!(all.failed, all.samples);
    assert_eq!(all.outputs[0], OutputStats::degenerate(0.5));
    // The sweep reports a failed end instead of a number, and ranks it last.
    let (o, r) = none();
    let sens = sensitivity(&lib, &o, &r, refuse).unwrap();
    assert!(matches!(sens.swings[0].at_high, Err(Failure::Calc(_))));
    assert!(sens.swings[0].failure().is_some() && sens.top_drivers(0, 3).is_empty());
    // A failing central run is the calculation's own error.
    let (o, r) = none();
    let err = simulate(&lib, &o, &r, &Settings::default(), |f| {
        f.get("nope")?;
        Ok([0.0])
    });
    assert_eq!(err, Err(CalcError::MissingFactor("nope")));
    let err = simulate(&lib, &o, &r, &Settings::default(), |_| Ok([f64::INFINITY]));
    assert_eq!(
        err,
        Err(CalcError::Input {
            field: CENTRAL_NOT_FINITE,
            problem: Problem::NotFinite
        })
    );
}

#[test]
fn overrides_are_constant_unless_the_user_gives_them_a_range() {
    let lib = library(&[("x", 1.0, 2.0, 3.0), ("y", 10.0, 10.0, 10.0)]);
    let calc = |f: &dyn FactorValues| Ok([f.get("x")? * f.get("y")?]);
    let mut o = Overrides::new();
    o.set("x", 2.5);
    let r = InputRanges::new();
    let s = simulate(&lib, &o, &r, &Settings::default(), calc).unwrap();
    let x = s.outputs[0];
    for v in [x.central, x.p5, x.p95, x.min, x.max] {
        near(v, 25.0, 1e-12, "overridden x is fixed");
    }
    assert!(sensitivity(&lib, &o, &r, calc).unwrap().swings.is_empty());
    // The user's range on their own value: Tri(2, 2.5, 4) × 10. Median: F(2.5) = 0.25, so
    // x₅₀ = 4 − √(0.5 × 2 × 1.5) = 2.775 255; density there 2 (4 − x)/(2 × 1.5) = 0.816 5.
    let mut r = InputRanges::new();
    assert!(r.set("x", 4.0, 2.0)); // either order
    assert!(!r.set("y", f64::NAN, 1.0));
    let s = simulate(&lib, &o, &r, &Settings::default(), calc).unwrap();
    let p50 = 4.0 - 1.5_f64.sqrt();
    near(
        s.outputs[0].central,
        25.0,
        1e-12,
        "central stays the user's",
    );
    near(
        s.outputs[0].p50,
        10.0 * p50,
        10.0 * four_se(0.5, 2.0 * (4.0 - p50) / 3.0, 1e4),
        "p50 with the user's range",
    );
    assert!(s.outputs[0].min >= 20.0 && s.outputs[0].max <= 40.0);
    // A range that leaves out the central value is widened to include it: 2.5 in 3–4 → 2.5–4.
    let mut r = InputRanges::new();
    r.set("x", 3.0, 4.0);
    let sens = sensitivity(&lib, &o, &r, calc).unwrap();
    near(sens.swings[0].low, 2.5, 1e-12, "widened low");
    near(sens.swings[0].ends(0).unwrap().0, 25.0, 1e-12, "low end");
    near(sens.swings[0].ends(0).unwrap().1, 40.0, 1e-12, "high end");
}

#[test]
fn user_inputs_with_a_range_are_sampled_and_others_are_not() {
    let lib = library(&[("f", 0.9, 1.0, 1.1)]);
    let capacity = 100.0;
    let calc = move |f: &dyn FactorValues| Ok([f.input("cap", capacity) * f.get("f")?]);
    // Outside the engine the input is its own value.
    let central = LibraryValues {
        library: &lib,
        overrides: &Overrides::new(),
        point: Point::High,
    };
    near(calc(&central).unwrap()[0], 110.0, 1e-9, "library values");
    let (o, r) = none();
    let without = sensitivity(&lib, &o, &r, calc).unwrap();
    assert_eq!(without.swings.len(), 1);
    let mut r = InputRanges::new();
    r.set("cap", 50.0, 150.0);
    let with = analyse(&lib, &o, &r, &Settings::default(), calc).unwrap();
    let ranked = with.sensitivity.ranked(0);
    assert_eq!(ranked[0].id, "cap");
    assert_eq!(ranked[0].kind, VarKind::Input);
    assert!(ranked[0].name(&lib).is_none());
    near(ranked[0].swing(0).unwrap(), 100.0, 1e-9, "cap swing");
    near(ranked[1].swing(0).unwrap(), 20.0, 1e-9, "f swing");
    assert_eq!(ranked[1].name(&lib).map(|t| t.en()), Some("test"));
    let s = with.simulation.outputs[0];
    near(s.central, 100.0, 1e-12, "central");
    assert!(s.p5 < 70.0 && s.p95 > 130.0, "{s:?}");
}

#[test]
fn derived_factors_move_with_the_inputs_they_share() {
    // The library's 2018 steel intensities are derived: emissions ÷ output × 1,000, and all three
    // share the output. Sampled from their inputs, intensity × output ÷ 1,000 is the emission
    // itself in every sample, and the SO₂ and NOx intensities move together.
    let lib = Library::standard();
    let (o, r) = none();
    let a = analyse(lib, &o, &r, &Settings::default(), |f| {
        let so2 = f.get("ule.intensity.steel.2018.so2")?;
        let nox = f.get("ule.intensity.steel.2018.nox")?;
        let output = f.get("ule.output.steel.2018")?;
        let emission = f.get("ule.baseline.steel.2018.so2")?;
        Ok([so2 * output / 1000.0 / emission, so2 + nox])
    })
    .unwrap();
    let ratio = a.simulation.outputs[0];
    near(ratio.min, 1.0, 1e-12, "min");
    near(ratio.max, 1.0, 1e-12, "max");
    // The drivers are the inputs, not the derived factors.
    let ids: Vec<&str> = a.sensitivity.swings.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ule.baseline.steel.2018.nox",
            "ule.baseline.steel.2018.so2",
            "ule.output.steel.2018"
        ]
    );
    // A higher output lowers every intensity: by 928 Mt ± 10 % (secondary grade), the sum of the
    // intensities at the output's high end is the central sum × 1/1.1.
    let out = a
        .sensitivity
        .swings
        .iter()
        .find(|s| s.id == "ule.output.steel.2018")
        .unwrap();
    let (lo, hi) = out.ends(1).unwrap();
    let c = a.sensitivity.central[1];
    near(hi, c / 1.1, 1e-9 * c, "output high");
    near(lo, c / 0.9, 1e-9 * c, "output low");
    // The central value is the library's, as the page shows it.
    let lv = LibraryValues {
        library: lib,
        overrides: &o,
        point: Point::Central,
    };
    let want = lv.get("ule.intensity.steel.2018.so2").unwrap()
        + lv.get("ule.intensity.steel.2018.nox").unwrap();
    near(c, want, 1e-12 * want, "central");
    near(
        a.simulation.outputs[1].central,
        want,
        1e-12 * want,
        "simulation central",
    );
    // Once the user changes the output, the intensities are sampled on their own ranges, as the
    // rest of the page reads them (the library does not recompute a derived factor from an
    // overridden input).
    let mut o = Overrides::new();
    o.set("ule.output.steel.2018", 1.0e9);
    let s = sensitivity(lib, &o, &r, |f| {
        Ok([f.get("ule.intensity.steel.2018.so2")?])
    })
    .unwrap();
    assert_eq!(s.swings.len(), 1);
    assert_eq!(s.swings[0].id, "ule.intensity.steel.2018.so2");
}

#[test]
fn a_factor_read_only_off_the_central_branch_stays_central() {
    let lib = library(&[("x", 0.0, 0.5, 1.0), ("y", 1.0, 2.0, 3.0)]);
    // y is read only when x > 0.6, never on the central run: samples read its central value.
    let s = sim(&lib, &Settings::default(), |f| {
        let x = f.get("x")?;
        Ok([if x > 0.6 { f.get("y")? } else { 2.0 }])
    });
    near(s.outputs[0].min, 2.0, 1e-12, "min");
    near(s.outputs[0].max, 2.0, 1e-12, "max");
}

#[test]
fn the_sample_count_is_a_setting() {
    let lib = library(&[("x", 0.0, 0.5, 1.0)]);
    for (asked, got) in [(1, 1), (0, 1), (500, 500)] {
        let s = sim(
            &lib,
            &Settings {
                samples: asked,
                ..Settings::default()
            },
            |f| Ok([f.get("x")?]),
        );
        assert_eq!(s.samples, got);
    }
    assert_eq!(Settings::default().samples, 10_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// For a calculation that rises with every factor, every sample lies between the result at
    /// all lows and at all highs, and so do the central value and the percentiles, in order.
    #[test]
    fn percentiles_are_ordered_and_bounded_by_the_ends(
        ends in proptest::collection::vec((0.0..10.0_f64, 0.0..1.0_f64, 0.0..10.0_f64), 3),
        seed in any::<u64>(),
    ) {
        let f: Vec<(&'static str, f64, f64, f64)> = ["a", "b", "c"]
            .iter()
            .zip(&ends)
            .map(|(id, &(low, t, width))| (*id, low, low + t * width, low + width))
            .collect();
        let lib = library(&f);
        let calc = |v: &dyn FactorValues| {
            let (a, b, c) = (v.get("a")?, v.get("b")?, v.get("c")?);
            Ok([a * b + c, (a + 1.0) * (c + 1.0)])
        };
        let settings = Settings { samples: 400, seed };
        let s = sim(&lib, &settings, calc);
        let at = |point| calc(&LibraryValues { library: &lib, overrides: &Overrides::new(), point });
        let (lo, hi) = (at(Point::Low).unwrap(), at(Point::High).unwrap());
        for (k, o) in s.outputs.iter().enumerate() {
            let eps = 1e-9 * (1.0 + hi[k].abs());
            prop_assert!(lo[k] - eps <= o.min && o.min <= o.p5 && o.p5 <= o.p50);
            prop_assert!(o.p50 <= o.p95 && o.p95 <= o.max && o.max <= hi[k] + eps);
            prop_assert!(lo[k] - eps <= o.central && o.central <= hi[k] + eps);
            prop_assert!(o.min <= o.mean && o.mean <= o.max);
        }
        prop_assert_eq!(s.failed, 0);
    }
}

#[test]
fn reads_off_the_expected_sequence_still_get_their_own_values() {
    let lib = library(&[
        ("a", 0.0, 0.5, 1.0),
        ("b", 1.0, 2.0, 3.0),
        ("c", 10.0, 20.0, 30.0),
        ("d", 100.0, 200.0, 300.0),
    ]);
    let s = sim(&lib, &Settings::default(), |f| {
        let a = f.get("a")?;
        // A read that only some samples make (b is skipped on the central run, a = 0.5).
        let b = if a > 0.5 { f.get("b")? } else { 0.0 };
        // Ids built at run time: each String is freed before the next is made, so two reads can
        // come from the same address with different text.
        let mut by_text = 0.0;
        for id in ["c", "d"] {
            let owned: String = id.chars().collect();
            by_text += f.value(&owned).unwrap_or(f64::NAN);
        }
        let c = f.get("c")?;
        let d = f.get("d")?;
        Ok([by_text - (c + d), b, c])
    });
    // The same factor read through `value` and `get` in one sample is the same draw.
    let same = s.outputs[0];
    near(same.min, 0.0, 1e-12, "min");
    near(same.max, 0.0, 1e-12, "max");
    // b is central whenever it is read (it was not read on the central run).
    near(s.outputs[1].max, 2.0, 1e-12, "b");
    // c is still sampled after the branch.
    assert!(s.outputs[2].p95 - s.outputs[2].p5 > 10.0);
    assert!(s.complete());
}

#[test]
fn a_simulation_in_steps_gives_the_same_numbers_as_one_run() {
    let lib = library(&[("a", 1.0, 2.0, 4.0), ("b", 0.5, 0.6, 0.9)]);
    let calc = |f: &dyn FactorValues| Ok(vec![f.get("a")? * f.get("b")?, f.get("b")?]);
    let once = sim(&lib, &Settings::default(), calc);
    let (o, r) = none();
    let mut stepped = Simulator::new(&lib, &o, &r, &Settings::default(), calc).unwrap();
    near(
        stepped.central()[0],
        1.2,
        1e-12,
        "central known before any sample",
    );
    assert_eq!(stepped.progress(), (0, 10_000));
    let mut steps = 0;
    while !stepped.step(3_000) {
        steps += 1;
    }
    assert_eq!(steps, 3);
    assert_eq!(stepped.progress(), (10_000, 10_000));
    let sens = stepped.sensitivity();
    assert_eq!(stepped.finish(), once);
    assert_eq!(sens, sensitivity(&lib, &o, &r, calc).unwrap());
}

// ---- Many outputs per run (issue 9: every result of a calculator from one simulation)

#[test]
fn a_secondary_share_has_the_closed_form_of_its_monotone_map() {
    // Output 0: the total a + b; output 1: the share a/(a + b), with b exact (= 2, a constant)
    // and a ~ Tri(1, 2, 3). The share g(a) = a/(a + 2) rises with a, so its p-quantile is
    // g(a's p-quantile): a p5 = 1 + √(0.05 × 2 × 1) = 1.316 228, share p5 = 1.316 228 /
    // 3.316 228 = 0.396 905; a p95 = 3 − √0.1 = 2.683 772, share p95 = 2.683 772 / 4.683 772
    // = 0.572 994. Tolerance: 4 SE of a's quantile (density at p5: 2 (x − 1)/2 = 0.316 228),
    // times g′(a) = 2/(a + 2)².
    let lib = library(&[("a", 1.0, 2.0, 3.0), ("b", 2.0, 2.0, 2.0)]);
    let s = sim(&lib, &Settings::default(), |f| {
        let (a, b) = (f.get("a")?, f.get("b")?);
        Ok(vec![a + b, a / (a + b)])
    });
    assert_eq!(s.outputs.len(), 2);
    let n = 10_000.0;
    let (a5, a95) = (1.0 + 0.1_f64.sqrt(), 3.0 - 0.1_f64.sqrt());
    let g = |a: f64| a / (a + 2.0);
    let dg = |a: f64| 2.0 / ((a + 2.0) * (a + 2.0));
    let share = s.outputs[1];
    near(share.central, 0.5, 1e-12, "central share 2/4");
    near(g(a5), 0.396_905, 1e-6, "g(a5)");
    near(g(a95), 0.572_994, 1e-6, "g(a95)");
    let density = a5 - 1.0; // 2 (a5 − 1)/((3 − 1)(2 − 1))
    near(share.p5, g(a5), dg(a5) * four_se(0.05, density, n), "p5");
    near(
        share.p95,
        g(a95),
        dg(a95) * four_se(0.95, 3.0 - a95, n),
        "p95",
    );
    // The same samples feed both outputs: the total's p5 is a's p5 + 2, and g of it matches.
    let total = s.outputs[0];
    near(
        g(total.p5 - 2.0),
        share.p5,
        1e-9,
        "one draw feeds both outputs",
    );
    assert!(share.p5 < share.central && share.central < share.p95);
}

#[test]
fn many_outputs_of_variable_length_each_get_their_own_percentiles() {
    // Output k = (k + 1) × x for k < 60 (a calculator with 60 lines): each output's
    // percentiles are (k + 1) × x's, to rounding (scaling by a positive constant keeps the
    // order of the samples and the interpolation is linear).
    let lib = library(&[("x", 1.0, 2.0, 5.0)]);
    let one = sim(&lib, &Settings::default(), |f| Ok([f.get("x")?])).outputs[0];
    let lines = 60;
    let s = sim(&lib, &Settings::default(), |f| {
        let x = f.get("x")?;
        Ok((0..lines)
            .map(|k| f64::from(k + 1) * x)
            .collect::<Vec<f64>>())
    });
    assert_eq!(s.outputs.len(), 60);
    for (k, o) in s.outputs.iter().enumerate() {
        let m = f64::from(u32::try_from(k).unwrap_or(0) + 1);
        near(o.p5, m * one.p5, 1e-12 * m * one.p5, "p5");
        near(o.p50, m * one.p50, 1e-12 * m * one.p50, "p50");
        near(o.p95, m * one.p95, 1e-12 * m * one.p95, "p95");
    }
    // A run whose length differs from the central run's fails the sample, never misaligns.
    let (o, r) = none();
    let bad = simulate(&lib, &o, &r, &Settings::default(), |f| {
        let x = f.get("x")?;
        Ok(if x > 4.0 { vec![x] } else { vec![x, x] })
    })
    .unwrap();
    assert!(bad.failed > 0 && bad.failed < bad.samples);
    assert!(matches!(
        bad.first_failure,
        Some(Failure::Shape {
            expected: 2,
            got: 1
        })
    ));
}
