//! The ULE link codec: the preset writes nothing, every state the page can hold comes back
//! exactly, every key is read, and hostile values give notices and a valid state.

use super::*;
use crate::codec::{format_pairs, Notice, MAX_PAIRS};
use crate::eval::MAX_INPUT;
use crate::scenario::{encode, open, Shell};
use proptest::prelude::*;

/// The `u.` pairs `inputs` writes.
fn pairs_of(inputs: &UleInputs) -> Vec<(String, String)> {
    let mut w = Writer::new();
    inputs.write(&mut w);
    w.into_pairs()
}

/// The whole path a link takes: the fragment, then the page-level part, then this part.
fn decode(fragment: &str) -> (UleInputs, Vec<Notice>) {
    let mut r = open(fragment);
    let _ = Shell::read(&mut r);
    let inputs = UleInputs::read(&mut r);
    (inputs, r.finish())
}

fn link_of(inputs: &UleInputs) -> String {
    encode(&Shell::default(), &[&|w: &mut Writer| inputs.write(w)])
}

/// Every value is one the calculation accepts on its own, and the structure is the preset's.
fn valid(i: &UleInputs) -> Result<(), String> {
    let nn = |x: f64| x.is_finite() && (0.0..=MAX_INPUT).contains(&x);
    let sh = |x: f64| nn(x) && x <= 1.0;
    let opt = |x: Option<f64>, ok: &dyn Fn(f64) -> bool| x.is_none_or(ok);
    for (s, sector) in i.sectors.iter().zip(Sector::ALL) {
        let p = SectorInputs::preset(sector);
        let kinds = |x: &SectorInputs| x.points.iter().map(|p| p.kind).collect::<Vec<_>>();
        if s.sector != sector || kinds(s) != kinds(&p) {
            return Err(format!("structure of {sector:?}"));
        }
        if !nn(s.capacity) || !opt(s.utilisation, &sh) {
            return Err(format!("{sector:?} capacity/utilisation {s:?}"));
        }
        for pol in Pollutant::ALL {
            if !opt(*s.intensity.get(pol), &nn) || !opt(*s.reduction.get(pol), &sh) {
                return Err(format!("{sector:?} intensity/reduction {pol:?}"));
            }
        }
        for pt in &s.points {
            if !opt(pt.ratio, &nn) {
                return Err(format!("{:?} ratio", pt.kind));
            }
            for pol in Pollutant::ALL {
                let (b, a) = (*pt.before.get(pol), *pt.after.get(pol));
                if !pt.kind.counts(pol) && (b.is_some() || a.is_some()) {
                    return Err(format!("{:?} {pol:?} not counted but set", pt.kind));
                }
                if !opt(b, &nn) || !opt(a, &nn) {
                    return Err(format!("{:?} {pol:?} concentrations", pt.kind));
                }
            }
        }
    }
    if let Some(a) = i.annualise {
        if !opt(a.rate, &sh) || !opt(a.years, &|x| x.is_finite() && x > 0.0) {
            return Err("annualise".into());
        }
    }
    let c = i.check;
    if c.point.limit(c.pollutant).is_none()
        || !opt(c.measured, &nn)
        || !opt(c.o2_measured, &|x| nn(x) && x < 21.0)
    {
        return Err(format!("check {c:?}"));
    }
    Ok(())
}

#[test]
fn the_preset_writes_nothing() {
    assert!(pairs_of(&UleInputs::default()).is_empty());
    let (back, notices) = decode(&link_of(&UleInputs::default()));
    assert_eq!(back, UleInputs::default());
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn link_keys_are_the_input_keys_under_u() {
    assert_eq!(
        link_key(keys::point(PointKind::Kiln).before.nox),
        "u.cement.kiln.before.nox"
    );
    assert_eq!(
        link_key(keys::sector(Sector::Steel).capacity),
        "u.steel.capacity"
    );
    assert_eq!(link_key(keys::CHECK_O2), "u.check.o2");
    assert_eq!(method_key(Sector::Coking), "u.coking.method");
    assert_eq!(
        point_on_key(PointKind::SinterTail),
        "u.steel.sinter_tail.on"
    );
}

/// Every input key the calculation reads is read from the link (a value of 0.5 suits every
/// rule); the before/after keys of a pollutant a point does not count are not.
#[test]
fn every_input_key_is_read() {
    let mut read = 0;
    for k in keys::all() {
        let uncounted = PointKind::ALL.into_iter().any(|kind| {
            let pk = keys::point(kind);
            Pollutant::ALL.into_iter().any(|pol| {
                !kind.counts(pol) && (*pk.before.get(pol) == k || *pk.after.get(pol) == k)
            })
        });
        let (inputs, notices) = decode(&format!("{}=0.5", link_key(k)));
        if uncounted {
            assert_eq!(inputs, UleInputs::default(), "{k}");
            assert_eq!(notices.len(), 1, "{k}");
            assert_eq!(notices[0].kind, NoticeKind::UnknownKey, "{k}");
        } else {
            assert!(notices.is_empty(), "{k}: {notices:?}");
            assert_ne!(inputs, UleInputs::default(), "{k} changed nothing");
            read += 1;
        }
    }
    // 3 sectors × 8 own inputs + 7 points (1 ratio + 2 × counted pollutants: 4 × 3, 3 × 1)
    // + 4 others = 24 + 7 + 30 + 4.
    assert_eq!(read, 65);
}

#[test]
fn a_hand_written_link_reads_as_written() {
    let (i, notices) = decode(
        "v=1&u.steel.capacity=600000000&u.steel.method=conc&u.steel.sinter.ratio=1.2\
         &u.steel.pellet.on=0&u.cement.kiln.before.nox=300&u.cement.reduction.so2=0.3\
         &u.annualise.rate=0.08&u.check.point=coking.other&u.check.measured=12&u.check.o2=8",
    );
    assert!(notices.is_empty(), "{notices:?}");
    let steel = i.sector(Sector::Steel);
    assert!((steel.capacity - 6e8).abs() < 1e-6);
    assert_eq!(steel.method, Method::Concentration);
    let sinter = steel.point(PointKind::SinterHead).map(|p| p.ratio);
    assert_eq!(sinter, Some(Some(1.2)));
    assert_eq!(
        steel.point(PointKind::Pellet).map(|p| p.enabled),
        Some(false)
    );
    let kiln = i.sector(Sector::Cement).point(PointKind::Kiln);
    assert_eq!(kiln.map(|p| p.before.nox), Some(Some(300.0)));
    assert_eq!(i.sector(Sector::Cement).reduction.so2, Some(0.3));
    // A rate alone turns annualisation on.
    assert_eq!(
        i.annualise,
        Some(Annualise {
            rate: Some(0.08),
            years: None
        })
    );
    // Other coking stacks have a PM limit only: the check takes PM.
    assert_eq!(i.check.point, LimitPoint::CokingOther);
    assert_eq!(i.check.pollutant, Pollutant::Pm);
    assert_eq!(i.check.measured, Some(12.0));
    assert_eq!(i.check.o2_measured, Some(8.0));
    // The canonical form, written by hand.
    let pairs = pairs_of(&i);
    assert_eq!(
        format_pairs(&pairs),
        "u.steel.capacity=600000000&u.steel.method=conc&u.steel.sinter.ratio=1.2\
         &u.steel.pellet.on=0&u.cement.kiln.before.nox=300&u.cement.reduction.so2=0.3\
         &u.annualise=1&u.annualise.rate=0.08&u.check.point=coking.other\
         &u.check.pollutant=pm&u.check.measured=12&u.check.o2=8"
    );
}

#[test]
fn numbers_travel_bit_for_bit() {
    let mut i = UleInputs::default();
    i.sector_mut(Sector::Cement).utilisation = Some(0.1 + 0.2);
    i.sector_mut(Sector::Coking).capacity = 123_456_789.123_456_78;
    let link = link_of(&i);
    assert!(
        link.contains("u.cement.utilisation=0.30000000000000004"),
        "{link}"
    );
    assert_eq!(decode(&link).0, i);
}

/// Every key the codec reads, with a value suited to its kind.
fn known_keys() -> Vec<String> {
    let mut out: Vec<String> = keys::all().map(link_key).collect();
    out.extend(Sector::ALL.map(method_key));
    out.extend(PointKind::ALL.map(point_on_key));
    out.extend([ANNUALISE, CHECK_POINT, CHECK_POLLUTANT].map(String::from));
    out
}

#[test]
fn hostile_values_give_a_notice_and_keep_the_preset() {
    for key in known_keys() {
        for bad in [
            "NaN", "-1", "1e999", "1e16", "-inf", "abc", "", "%FF", "0x10", "1,5",
        ] {
            let (i, notices) = decode(&format!("{key}={bad}"));
            assert_eq!(i, UleInputs::default(), "{key}={bad}");
            assert_eq!(notices.len(), 1, "{key}={bad}: {notices:?}");
            let n = &notices[0];
            assert!(
                matches!(
                    n.kind,
                    NoticeKind::BadValue | NoticeKind::OutOfRange | NoticeKind::UnknownKey
                ),
                "{key}={bad}: {n:?}"
            );
            // Only the uncounted pollutants' keys are unknown; the others name the value.
            if n.kind != NoticeKind::UnknownKey {
                assert_eq!(n.key, key);
            }
        }
    }
    // Out of each rule's range.
    for (key, bad) in [
        ("u.steel.utilisation", "1.01"),
        ("u.cement.reduction.nox", "2"),
        ("u.annualise.rate", "1.5"),
        ("u.annualise.years", "0"),
        ("u.check.o2", "21"),
        ("u.check.pollutant", "so2"), // at the other coking stacks (PM only): below
        ("u.steel.method", "INT"),
        ("u.steel.sinter.on", "yes"),
        ("u.check.point", "steel.kiln"),
    ] {
        let link = if key == "u.check.pollutant" {
            format!("u.check.point=coking.other&{key}={bad}")
        } else {
            format!("{key}={bad}")
        };
        let (i, notices) = decode(&link);
        assert_eq!(notices.len(), 1, "{link}: {notices:?}");
        assert_eq!(notices[0].key, key);
        assert!(valid(&i).is_ok(), "{link}");
    }
}

#[test]
fn unknown_sub_keys_and_huge_lists_are_reported_and_ignored() {
    for key in [
        "u.steel.converter.before.so2", // the converter counts PM only
        "u.steel.kiln.ratio",           // the kiln is cement's
        "u.iron.capacity",
        "u.steel.capacity.x",
        "u.steel.sinter.before",
        "u.steel.points.0.ratio",
        "u.",
    ] {
        let (i, notices) = decode(&format!("{key}=1"));
        assert_eq!(i, UleInputs::default(), "{key}");
        assert_eq!(notices.len(), 1, "{key}");
        assert_eq!(notices[0].kind, NoticeKind::UnknownKey, "{key}");
    }
    // 10,000 list-like items: cut at the page's limit, each read one reported, state intact.
    let many: String = (0..10_000)
        .map(|n| format!("u.steel.p.{n}.ratio=1"))
        .collect::<Vec<_>>()
        .join("&");
    let (i, notices) = decode(&format!("u.cement.capacity=5&{many}"));
    assert!((i.sector(Sector::Cement).capacity - 5.0).abs() < 1e-12);
    assert!(valid(&i).is_ok());
    assert!(notices.iter().any(|n| n.kind == NoticeKind::TooLong));
    let unknown = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnknownKey)
        .count();
    assert!(unknown > 100 && unknown < MAX_PAIRS, "{unknown}");
    // The same key 10,000 times: the first counts.
    let repeated = (0..10_000)
        .map(|n| format!("u.steel.capacity={n}"))
        .collect::<Vec<_>>()
        .join("&");
    let (i, notices) = decode(&repeated);
    assert!(i.sector(Sector::Steel).capacity.abs() < 1e-12);
    assert!(notices
        .iter()
        .all(|n| matches!(n.kind, NoticeKind::Duplicate | NoticeKind::TooLong)));
}

#[test]
fn a_check_pollutant_without_a_limit_at_its_point_is_refused() {
    let (i, notices) = decode("u.check.point=coking.other&u.check.pollutant=nox");
    assert_eq!(i.check.pollutant, Pollutant::Pm);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::OutOfRange);
    assert_eq!(
        format_pairs(&pairs_of(&i)),
        "u.check.point=coking.other&u.check.pollutant=pm"
    );
}

// ---- property tests

fn non_negative_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(1e-300),
        Just(MAX_INPUT),
        0.0..1e12_f64,
        // Any magnitude the calculation accepts, with every mantissa.
        (1.0..10.0_f64, -300..=14_i32).prop_map(|(m, e)| m * 10_f64.powi(e)),
    ]
}

fn share_number() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0_f64]
}

fn opt(s: impl Strategy<Value = f64>) -> impl Strategy<Value = Option<f64>> {
    proptest::option::of(s)
}

fn per_pollutant<S: Strategy<Value = Option<f64>>>(
    s: impl Fn() -> S,
) -> impl Strategy<Value = PerPollutant<Option<f64>>> {
    (s(), s(), s()).prop_map(|(pm, so2, nox)| PerPollutant { pm, so2, nox })
}

/// One point's edits: on/off, ratio, before and after for the pollutants it counts.
type PointEdit = (
    bool,
    Option<f64>,
    PerPollutant<Option<f64>>,
    PerPollutant<Option<f64>>,
);

fn point_edit() -> impl Strategy<Value = PointEdit> {
    (
        any::<bool>(),
        opt(non_negative_number()),
        per_pollutant(|| opt(non_negative_number())),
        per_pollutant(|| opt(non_negative_number())),
    )
}

fn sector_inputs(sector: Sector) -> impl Strategy<Value = SectorInputs> {
    (
        prop_oneof![Just(report_capacity(sector)), non_negative_number()],
        opt(share_number()),
        prop_oneof![Just(Method::Concentration), Just(Method::Intensity)],
        proptest::collection::vec(point_edit(), 5),
        per_pollutant(|| opt(non_negative_number())),
        per_pollutant(|| opt(share_number())),
    )
        .prop_map(
            move |(capacity, utilisation, method, edits, intensity, reduction)| {
                let mut s = SectorInputs::preset(sector);
                s.capacity = capacity;
                s.utilisation = utilisation;
                s.method = method;
                s.intensity = intensity;
                s.reduction = reduction;
                for (p, (on, ratio, before, after)) in s.points.iter_mut().zip(edits) {
                    let counted = |x: PerPollutant<Option<f64>>| {
                        PerPollutant::from_fn(|pol| x.get(pol).filter(|_| p.kind.counts(pol)))
                    };
                    p.enabled = on;
                    p.ratio = ratio;
                    p.before = counted(before);
                    p.after = counted(after);
                }
                s
            },
        )
}

fn check_inputs() -> impl Strategy<Value = ComplianceInputs> {
    (
        proptest::sample::select(LimitPoint::ALL.to_vec()),
        proptest::sample::select(Pollutant::ALL.to_vec()),
        opt(non_negative_number()),
        opt(prop_oneof![Just(0.0), 0.0..21.0_f64]),
    )
        .prop_map(|(point, pol, measured, o2_measured)| {
            let pollutant = if point.limit(pol).is_some() {
                pol
            } else {
                point.pollutants().next().unwrap_or(Pollutant::Pm)
            };
            ComplianceInputs {
                point,
                pollutant,
                measured,
                o2_measured,
            }
        })
}

/// Any state the page can hold with values the calculation accepts one by one.
fn any_inputs() -> impl Strategy<Value = UleInputs> {
    (
        sector_inputs(Sector::Steel),
        sector_inputs(Sector::Coking),
        sector_inputs(Sector::Cement),
        proptest::option::of(
            (
                opt(share_number()),
                opt(prop_oneof![Just(1.0), 1e-3..200.0_f64]),
            )
                .prop_map(|(rate, years)| Annualise { rate, years }),
        ),
        check_inputs(),
    )
        .prop_map(|(steel, coking, cement, annualise, check)| UleInputs {
            sectors: [steel, coking, cement],
            annualise,
            check,
        })
}

/// A value that may be anything at all.
fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NaN".to_string()),
        Just("-1".to_string()),
        Just("1e999".to_string()),
        Just("0".to_string()),
        Just("1".to_string()),
        Just("conc".to_string()),
        Just("coking.other".to_string()),
        Just("so2".to_string()),
        any::<f64>().prop_map(|x| x.to_string()),
        "[ -~]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_state_round_trips_through_its_link(i in any_inputs()) {
        prop_assert!(valid(&i).is_ok(), "{:?}", valid(&i));
        let pairs = pairs_of(&i);
        prop_assert!(pairs.iter().all(|(k, _)| k.starts_with(PREFIX)));
        let (back, notices) = decode(&link_of(&i));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, i);
    }

    #[test]
    fn any_link_opens_a_valid_state(
        picks in proptest::collection::vec((0..1000_usize, any_value()), 0..40),
    ) {
        let keys = known_keys();
        let pairs: Vec<(String, String)> = picks
            .into_iter()
            .map(|(n, v)| (keys[n % keys.len()].clone(), v))
            .collect();
        let (i, _) = decode(&format_pairs(&pairs));
        prop_assert!(valid(&i).is_ok(), "{:?}", valid(&i));
        // What opened re-encodes and opens again to the same state, without notices.
        let (again, notices) = decode(&link_of(&i));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(again, i);
    }
}
