//! Property tests: monotone in capacity, zero when before = after, never negative, never NaN,
//! never a panic.

use super::*;
use proptest::prelude::*;

fn sector() -> impl Strategy<Value = Sector> {
    prop_oneof![
        Just(Sector::Steel),
        Just(Sector::Coking),
        Just(Sector::Cement)
    ]
}

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![Just(Method::Concentration), Just(Method::Intensity)]
}

/// A valid sector input: every required value given, after ≤ before.
fn valid() -> impl Strategy<Value = SectorInputs> {
    (
        sector(),
        method(),
        0.0..1e9_f64,
        0.0..=1.0_f64,
        0.0..3.0_f64,
        0.0..=1.0_f64,
        0.0..500.0_f64,
        0.0..=1.0_f64,
    )
        .prop_map(|(s, m, cap, util, ratio, red, before, frac)| {
            let mut i = SectorInputs::preset(s);
            i.capacity = cap;
            i.utilisation = Some(util);
            i.method = m;
            i.reduction = PerPollutant::splat(Some(red));
            for p in &mut i.points {
                p.enabled = true;
                p.ratio = Some(ratio);
                p.before = PerPollutant::splat(Some(before));
                p.after = PerPollutant::splat(Some(before * frac));
            }
            i
        })
}

/// Any number at all, including the invalid ones.
fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-1.0),
        Just(0.0),
        Just(1e300),
        -10.0..1e10_f64,
    ]
}

fn check_sane(r: &SectorResult) -> Result<(), TestCaseError> {
    for p in Pollutant::ALL {
        for x in [r.avoided.get(p), r.before.get(p), r.after.get(p)] {
            prop_assert!(x.is_finite() && *x >= 0.0, "{p:?}: {x}");
        }
        prop_assert!(r.after.get(p) <= r.before.get(p));
    }
    if let Some(c) = r.cost {
        prop_assert!(c.investment >= 0.0 && c.operating >= 0.0);
        prop_assert!(c.per_tonne.is_none_or(|x| x.is_finite() && x >= 0.0));
    }
    Ok(())
}

proptest! {
    #[test]
    fn never_negative_never_nan(s in valid()) {
        let r = calculate_sector(&s, None, &central());
        prop_assert!(r.is_ok(), "{r:?}");
        if let Ok(r) = r {
            check_sane(&r)?;
        }
    }

    #[test]
    fn monotone_in_capacity(s in valid(), extra in 0.0..1e9_f64) {
        let mut bigger = s.clone();
        bigger.capacity += extra;
        let (Ok(a), Ok(b)) = (
            calculate_sector(&s, None, &central()),
            calculate_sector(&bigger, None, &central()),
        ) else {
            return Err(TestCaseError::fail("valid inputs failed"));
        };
        for p in Pollutant::ALL {
            prop_assert!(a.avoided.get(p) <= b.avoided.get(p), "{p:?}");
        }
    }

    #[test]
    fn zero_when_before_equals_after(mut s in valid()) {
        s.reduction = PerPollutant::splat(Some(0.0));
        for p in &mut s.points {
            p.after = p.before;
        }
        let r = calculate_sector(&s, None, &central());
        prop_assert!(r.is_ok());
        if let Ok(r) = r {
            for p in Pollutant::ALL {
                prop_assert!(r.avoided.get(p).abs() < 1e-12, "{p:?}");
            }
        }
    }

    #[test]
    fn arbitrary_numbers_give_a_result_or_a_typed_error(
        s in sector(), m in method(),
        cap in any_number(), util in any_number(), ratio in any_number(),
        before in any_number(), after in any_number(), red in any_number(),
    ) {
        let mut i = SectorInputs::preset(s);
        i.method = m;
        i.capacity = cap;
        i.utilisation = Some(util);
        i.reduction = PerPollutant::splat(Some(red));
        i.intensity.pm = Some(before);
        for p in &mut i.points {
            p.ratio = Some(ratio);
            p.before.nox = Some(before);
            p.after.nox = Some(after);
        }
        let mut all = UleInputs::default();
        *all.sector_mut(s) = i;
        let out = calculate(&all, &central());
        for r in out.sectors.iter().flatten() {
            check_sane(r)?;
        }
        for p in Pollutant::ALL {
            prop_assert!(out.total.get(p).is_finite());
        }
        let ranged = calculate_ranged(&all, Library::standard(), &Overrides::new());
        for p in Pollutant::ALL {
            let t = ranged.total.get(p);
            prop_assert!(t.low <= t.central && t.central <= t.high);
        }
    }
}
