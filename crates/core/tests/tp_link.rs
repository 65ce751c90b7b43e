//! Calculator 2 (total phosphorus) in the scenario link: every scenario travels and comes back
//! the same; the preset writes nothing; hostile values become notices and a valid scenario.
//! Expected scenarios and fragments are written by hand.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use proptest::prelude::*;
use qingshan_core::codec::{format_pairs, LinkFields, Notice, NoticeKind, Reader, Writer};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::link::{MAX_ID, MAX_LOADS, MAX_MEASURES};
use qingshan_core::phosphorus::{
    evaluate, Baseline, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland, Industrial,
    Livestock, LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId, MeasureKind,
    MeasureType, PlantUpgrade, Scenario, SharedLoad, WaterBody, WaterClass,
};
use qingshan_core::scenario::open;

/// The `p.` pairs of a scenario, as a fragment.
fn encode(s: &Scenario) -> String {
    let mut w = Writer::new();
    s.write(&mut w);
    format_pairs(&w.into_pairs())
}

/// A fragment read as the page reads it (parsing, limits, version), with every notice.
fn decode(fragment: &str) -> (Scenario, Vec<Notice>) {
    let mut r = open(fragment);
    let s = Scenario::read(&mut r);
    (s, r.finish())
}

fn kinds(notices: &[Notice]) -> Vec<NoticeKind> {
    notices.iter().map(|n| n.kind.clone()).collect()
}

fn measure(id: u32, label: &str, kind: MeasureKind) -> Measure {
    Measure {
        id: MeasureId(id),
        label: label.to_string(),
        kind,
    }
}

fn empty() -> Scenario {
    Scenario {
        measures: Vec::new(),
        ..Scenario::report_preset()
    }
}

/// Every number of the scenario passes the calculator's own rules (what "valid" means for a
/// decoded link): amounts finite and ≥ 0 (≤ 10¹⁵), shares 0–1, days 0 < d ≤ 366, ids unique
/// and 1–MAX_ID.
fn valid(s: &Scenario) -> bool {
    let amount = |x: Option<f64>| x.is_none_or(|x| x.is_finite() && (0.0..=1e15).contains(&x));
    let part = |x: Option<f64>| x.is_none_or(|x| (0.0..=1.0).contains(&x));
    let effluent = |e: Effluent| match e {
        Effluent::Class(_) => true,
        Effluent::Entered(x) => amount(x),
    };
    let coef = |c: LossCoefficient| match c {
        LossCoefficient::YangtzeMidLower => true,
        LossCoefficient::Entered(x) => amount(x),
    };
    let measures_ok = s.measures.iter().all(|m| match &m.kind {
        MeasureKind::Plant(p) => amount(p.flow) && effluent(p.before) && effluent(p.after),
        MeasureKind::Industrial(i) => amount(i.flow) && amount(i.before) && amount(i.after),
        MeasureKind::Farmland(f) => amount(f.area) && coef(f.coefficient) && part(f.removal),
        MeasureKind::Livestock(l) => {
            amount(l.heads)
                && amount(l.manure_per_head)
                && part(l.removal)
                && match l.manure_p {
                    ManureP::Library(_) => true,
                    ManureP::Entered(x) => amount(x),
                }
        }
        MeasureKind::Direct(DirectLoad::ReportTotal) => true,
        MeasureKind::Direct(DirectLoad::Entered(x)) => amount(*x),
        MeasureKind::Efficiency(e) => {
            part(e.efficiency)
                && (e.load == LoadId(0) || s.shared_loads.iter().any(|l| l.id == e.load))
        }
    });
    let loads_ok = s.shared_loads.iter().all(|l| match l.baseline {
        Baseline::Entered(x) => amount(x),
        Baseline::Flow {
            flow,
            concentration,
        } => amount(flow) && amount(concentration),
        Baseline::Farmland { area, coefficient } => amount(area) && coef(coefficient),
    });
    let mut mids: Vec<u32> = s.measures.iter().map(|m| m.id.0).collect();
    let mut lids: Vec<u32> = s.shared_loads.iter().map(|l| l.id.0).collect();
    let n = (mids.len(), lids.len());
    mids.sort_unstable();
    mids.dedup();
    lids.sort_unstable();
    lids.dedup();
    measures_ok
        && loads_ok
        && (mids.len(), lids.len()) == n
        && s.days > 0.0
        && s.days <= 366.0
        && s.measures.len() <= MAX_MEASURES
        && s.shared_loads.len() <= MAX_LOADS
}

#[test]
fn the_preset_writes_nothing_and_an_empty_link_opens_the_preset() {
    assert_eq!(encode(&Scenario::report_preset()), "");
    let (s, notices) = decode("");
    assert_eq!(s, Scenario::report_preset());
    assert!(notices.is_empty());
}

#[test]
fn settings_and_an_empty_list_are_written() {
    let s = Scenario {
        days: 330.0,
        water: WaterBody::Lake,
        class: WaterClass::IV,
        ..empty()
    };
    assert_eq!(encode(&s), "p.days=330&p.water=lake&p.class=iv&p.m=none");
    let (back, notices) = decode("p.days=330&p.water=lake&p.class=IV&p.m=none");
    assert_eq!(back, s);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn a_hand_written_link_opens_the_scenario_it_describes() {
    // The page's 50 % + 40 % example on a 100 t/yr load, a plant upgraded to quasi-Class IV,
    // and a labelled farmland measure, written as a person would.
    let link = "#v=1&p.l.0.label=%E6%B9%BF%E5%9C%B0&p.l.0.base=100\
        &p.m.0.kind=plant&p.m.0.q=100000&p.m.0.after=quasi-iv\
        &p.m.1.kind=efficiency&p.m.1.eta=0.5\
        &p.m.2.kind=efficiency&p.m.2.eta=0.4&p.m.2.load=1\
        &p.m.3.kind=farmland&p.m.3.area=2000&p.m.3.removal=0.3&p.m.3.label=Buffer+strips";
    let (s, notices) = decode(link);
    assert!(notices.is_empty(), "{notices:?}");
    let expected = Scenario {
        measures: vec![
            measure(
                1,
                "",
                MeasureKind::Plant(PlantUpgrade {
                    flow: Some(100_000.0),
                    before: Effluent::Class(EffluentClass::New1B),
                    after: Effluent::Class(EffluentClass::QuasiIv),
                }),
            ),
            measure(
                2,
                "",
                MeasureKind::Efficiency(Efficiency {
                    load: LoadId(1),
                    efficiency: Some(0.5),
                }),
            ),
            measure(
                3,
                "",
                MeasureKind::Efficiency(Efficiency {
                    load: LoadId(1),
                    efficiency: Some(0.4),
                }),
            ),
            measure(
                4,
                "Buffer strips",
                MeasureKind::Farmland(Farmland {
                    area: Some(2000.0),
                    coefficient: LossCoefficient::YangtzeMidLower,
                    removal: Some(0.3),
                }),
            ),
        ],
        shared_loads: vec![SharedLoad {
            id: LoadId(1),
            label: "湿地".to_string(),
            baseline: Baseline::Entered(Some(100.0)),
        }],
        ..Scenario::report_preset()
    };
    assert_eq!(s, expected);
    // Canonical form: the reference to the last (only) load is implied; "+" became a space,
    // written back as %20.
    assert_eq!(
        encode(&s),
        "p.l.0.label=%E6%B9%BF%E5%9C%B0&p.l.0.base=100\
         &p.m.0.kind=plant&p.m.0.q=100000&p.m.0.after=quasi-iv\
         &p.m.1.kind=efficiency&p.m.1.eta=0.5\
         &p.m.2.kind=efficiency&p.m.2.eta=0.4\
         &p.m.3.kind=farmland&p.m.3.label=Buffer%20strips&p.m.3.area=2000&p.m.3.removal=0.3"
    );
}

#[test]
fn ids_and_references_survive_reordering_and_removal() {
    // As the page leaves it after adding three loads, removing the first, adding measures and
    // moving one up: ids no longer follow positions.
    let s = Scenario {
        measures: vec![
            measure(
                5,
                "",
                MeasureKind::Efficiency(Efficiency {
                    load: LoadId(2),
                    efficiency: Some(0.25),
                }),
            ),
            measure(2, "", MeasureKind::Direct(DirectLoad::ReportTotal)),
            measure(
                4,
                "",
                MeasureKind::Efficiency(Efficiency {
                    load: LoadId(3),
                    efficiency: None,
                }),
            ),
        ],
        shared_loads: vec![
            SharedLoad {
                id: LoadId(2),
                label: String::new(),
                baseline: Baseline::Flow {
                    flow: Some(20_000.0),
                    concentration: Some(3.0),
                },
            },
            SharedLoad {
                id: LoadId(3),
                label: String::new(),
                baseline: Baseline::Farmland {
                    area: None,
                    coefficient: LossCoefficient::Entered(Some(0.8)),
                },
            },
        ],
        ..Scenario::report_preset()
    };
    let link = encode(&s);
    assert_eq!(
        link,
        "p.l.0.id=2&p.l.0.by=flow&p.l.0.q=20000&p.l.0.c=3\
         &p.l.1.id=3&p.l.1.by=farmland&p.l.1.coef=0.8\
         &p.m.0.kind=efficiency&p.m.0.id=5&p.m.0.load=2&p.m.0.eta=0.25\
         &p.m.1.kind=direct&p.m.1.t=report\
         &p.m.2.kind=efficiency&p.m.2.id=4"
    );
    let (back, notices) = decode(&link);
    assert_eq!(back, s);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn values_not_entered_travel_as_empty() {
    let s = Scenario {
        measures: vec![
            measure(
                1,
                "",
                MeasureKind::Plant(PlantUpgrade {
                    flow: None,
                    before: Effluent::Entered(None),
                    after: Effluent::Entered(Some(0.35)),
                }),
            ),
            measure(
                2,
                "",
                MeasureKind::Livestock(Livestock {
                    heads: Some(5000.0),
                    manure_per_head: None,
                    manure_p: ManureP::Entered(None),
                    removal: None,
                }),
            ),
        ],
        ..Scenario::report_preset()
    };
    let link = encode(&s);
    assert_eq!(
        link,
        "p.m.0.kind=plant&p.m.0.q=&p.m.0.before=&p.m.0.after=0.35\
         &p.m.1.kind=livestock&p.m.1.heads=5000&p.m.1.manure_p="
    );
    assert_eq!(decode(&link).0, s);
}

/// Decodes `link` and checks the scenario is valid and `key` was noticed as `kind`.
#[track_caller]
fn refused(link: &str, key: &str, kind: &NoticeKind) -> Scenario {
    let (s, notices) = decode(link);
    assert!(valid(&s), "{link}: invalid scenario {s:?}");
    assert!(
        notices.iter().any(|n| n.key == key && n.kind == *kind),
        "{link}: expected {kind:?} on {key}, got {notices:?}"
    );
    evaluate(&s, Library::standard(), &Overrides::new()).expect("a decoded scenario computes");
    s
}

#[test]
fn hostile_values_of_every_key_become_notices_and_a_valid_scenario() {
    // (item, key, the kind of measure or load it belongs to)
    let numeric: &[(&str, &str)] = &[
        ("p.m.0.kind=plant", "p.m.0.q"),
        ("p.m.0.kind=plant", "p.m.0.before"),
        ("p.m.0.kind=plant", "p.m.0.after"),
        ("p.m.0.kind=industrial", "p.m.0.q"),
        ("p.m.0.kind=industrial", "p.m.0.before"),
        ("p.m.0.kind=industrial", "p.m.0.after"),
        ("p.m.0.kind=farmland", "p.m.0.area"),
        ("p.m.0.kind=farmland", "p.m.0.coef"),
        ("p.m.0.kind=farmland", "p.m.0.removal"),
        ("p.m.0.kind=livestock", "p.m.0.heads"),
        ("p.m.0.kind=livestock", "p.m.0.manure"),
        ("p.m.0.kind=livestock", "p.m.0.manure_p"),
        ("p.m.0.kind=livestock", "p.m.0.removal"),
        ("p.m.0.kind=direct", "p.m.0.t"),
        ("p.l.0.base=1&p.m.0.kind=efficiency", "p.m.0.eta"),
        ("p.l.0.base=1&p.m.0.kind=efficiency", "p.m.0.load"),
        ("p.l.0.by=entered", "p.l.0.base"),
        ("p.l.0.by=flow", "p.l.0.q"),
        ("p.l.0.by=flow", "p.l.0.c"),
        ("p.l.0.by=farmland", "p.l.0.area"),
        ("p.l.0.by=farmland", "p.l.0.coef"),
        ("p.m.0.kind=direct", "p.m.0.id"),
        ("p.l.0.by=entered", "p.l.0.id"),
        ("", "p.days"),
    ];
    for (item, key) in numeric {
        for (value, kind) in [
            ("NaN", NoticeKind::BadValue),
            ("-1", NoticeKind::OutOfRange),
            ("1e999", NoticeKind::BadValue),
            ("abc", NoticeKind::BadValue),
            ("inf", NoticeKind::BadValue),
            ("1%2C000", NoticeKind::BadValue),
        ] {
            // Ids and load references are whole numbers: "-1" cannot be read as one.
            let whole = key
                .rsplit('.')
                .next()
                .is_some_and(|f| f == "id" || f == "load");
            let kind = if whole && value == "-1" {
                NoticeKind::BadValue
            } else {
                kind
            };
            let link = format!("{item}&{key}={value}");
            refused(&link, key, &kind);
        }
    }
    // Shares above 1, days above a year, ids above the bound, a load that is not there.
    for (link, key) in [
        ("p.m.0.kind=farmland&p.m.0.removal=1.5", "p.m.0.removal"),
        ("p.m.0.kind=livestock&p.m.0.removal=2", "p.m.0.removal"),
        (
            "p.l.0.base=1&p.m.0.kind=efficiency&p.m.0.eta=1.01",
            "p.m.0.eta",
        ),
        ("p.days=400", "p.days"),
        ("p.days=0", "p.days"),
        ("p.m.0.kind=plant&p.m.0.q=1e16", "p.m.0.q"),
        ("p.m.0.kind=direct&p.m.0.id=0", "p.m.0.id"),
        ("p.m.0.kind=direct&p.m.0.id=1000000", "p.m.0.id"),
        (
            "p.m.0.kind=direct&p.m.0.id=99999999999999999999999",
            "p.m.0.id",
        ),
        (
            "p.l.0.base=1&p.m.0.kind=efficiency&p.m.0.load=7",
            "p.m.0.load",
        ),
    ] {
        refused(link, key, &NoticeKind::OutOfRange);
    }
    // Words that are not one of the allowed ones.
    for (link, key) in [
        ("p.water=sea", "p.water"),
        ("p.class=vi", "p.class"),
        ("p.m=all", "p.m"),
        ("p.m.0.kind=reactor", "p.m.0.kind"),
        ("p.l.0.by=magic", "p.l.0.by"),
        ("p.m.0.kind=plant&p.m.0.before=new-9z", "p.m.0.before"),
        ("p.m.0.kind=farmland&p.m.0.coef=yangtse", "p.m.0.coef"),
        (
            "p.m.0.kind=livestock&p.m.0.manure_p=horse",
            "p.m.0.manure_p",
        ),
        ("p.m.0.kind=direct&p.m.0.t=reports", "p.m.0.t"),
        ("p.m.0.kind=direct&p.m.0.id=1.5", "p.m.0.id"),
    ] {
        refused(link, key, &NoticeKind::BadValue);
    }
}

#[test]
fn a_refused_value_leaves_what_a_new_measure_has() {
    // A plant's flow that cannot be read stays the page's example flow; a bad class stays 1B.
    let s = refused(
        "p.m.0.kind=plant&p.m.0.q=-5&p.m.0.before=new-9z",
        "p.m.0.q",
        &NoticeKind::OutOfRange,
    );
    assert_eq!(
        s.measures,
        vec![measure(1, "", MeasureType::Plant.template(LoadId(0)))]
    );
    // Bad settings keep the preset's.
    let s = refused(
        "p.days=-1&p.water=sea&p.class=0",
        "p.days",
        &NoticeKind::OutOfRange,
    );
    assert_eq!(s, Scenario::report_preset());
}

#[test]
fn unknown_sub_keys_and_malformed_indices_are_reported_as_unknown() {
    for (link, key) in [
        ("p.m.0.kind=plant&p.m.0.area=5", "p.m.0.area"), // not a key of a plant
        ("p.m.0.kind=direct&p.m.0.colour=red", "p.m.0.colour"),
        ("p.l.0.by=flow&p.l.0.base=5", "p.l.0.base"), // not a key of a flow baseline
        ("p.m.0.q=5", "p.m.0.q"),                     // an item without a kind
        ("p.m.00.kind=direct", "p.m.00.kind"),        // leading zero
        ("p.m.x.kind=direct", "p.m.x.kind"),
        ("p.m.0=direct", "p.m.0"),
        ("p.m.0.kind.x=direct&p.m.1.kind=direct", "p.m.0.kind.x"),
        ("p.zz=1", "p.zz"),
        ("p.l.0.q.z=1", "p.l.0.q.z"),
    ] {
        refused(link, key, &NoticeKind::UnknownKey);
    }
    // The unknown key does not stop the rest: the plant is read.
    let (s, _) = decode("p.m.0.kind=plant&p.m.0.area=5&p.m.0.q=10");
    assert!(matches!(
        &s.measures[0].kind,
        MeasureKind::Plant(p) if p.flow == Some(10.0)
    ));
}

#[test]
fn repeated_ids_are_made_unique_with_a_notice() {
    let (s, notices) = decode(
        "p.m.0.kind=direct&p.m.0.id=3&p.m.1.kind=direct&p.m.1.id=3\
         &p.m.2.kind=direct&p.m.3.kind=direct&p.m.3.id=3\
         &p.l.0.base=1&p.l.1.base=2&p.l.1.id=1",
    );
    assert!(valid(&s), "{s:?}");
    let ids: Vec<u32> = s.measures.iter().map(|m| m.id.0).collect();
    // 3, then 3 again → fresh 4; position 2 → 3 is taken → 5; 3 again → 6.
    assert_eq!(ids, vec![3, 4, 5, 6]);
    let loads: Vec<u32> = s.shared_loads.iter().map(|l| l.id.0).collect();
    assert_eq!(loads, vec![1, 2]);
    let dup: Vec<&str> = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Duplicate)
        .map(|n| n.key.as_str())
        .collect();
    assert_eq!(dup, vec!["p.l.1.id", "p.m.1.id", "p.m.3.id"]);
    // A new measure gets an id no other has.
    assert_eq!(s.next_measure_id(), MeasureId(7));
}

#[test]
fn ten_thousand_items_are_refused_beyond_the_limit() {
    // Straight into the reader (past the fragment's own 2,000-pair cap): one pair per item.
    let pairs: Vec<(String, String)> = (0..10_000)
        .map(|i| (format!("p.m.{i}.kind"), "direct".to_string()))
        .chain((0..10_000).map(|i| (format!("p.l.{i}.base"), "1".to_string())))
        .collect();
    let mut r = Reader::new(pairs);
    let s = Scenario::read(&mut r);
    let notices = r.finish();
    assert_eq!(s.measures.len(), MAX_MEASURES);
    assert_eq!(s.shared_loads.len(), MAX_LOADS);
    assert!(valid(&s));
    let out_of_range = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::OutOfRange)
        .count();
    assert_eq!(out_of_range, 20_000 - MAX_MEASURES - MAX_LOADS);
    assert_eq!(out_of_range, notices.len(), "nothing else is reported");
    assert!(notices.iter().any(|n| n.key == "p.m.200"));
    assert!(notices.iter().any(|n| n.key == "p.l.9999"));

    // Through the page's own path: the fragment is cut at its limit, the rest read.
    let link = (0..10_000)
        .map(|i| format!("p.m.{i}.kind=plant&p.m.{i}.q={i}"))
        .collect::<Vec<_>>()
        .join("&");
    let (s, notices) = decode(&link);
    assert_eq!(s.measures.len(), MAX_MEASURES);
    assert!(valid(&s));
    assert!(kinds(&notices).contains(&NoticeKind::TooLong));
    assert!(kinds(&notices).contains(&NoticeKind::OutOfRange));
}

#[test]
fn the_largest_id_leaves_room_for_new_items() {
    let link = format!("p.m.0.kind=direct&p.m.0.id={MAX_ID}");
    let (s, notices) = decode(&link);
    assert!(notices.is_empty());
    assert_eq!(s.measures[0].id, MeasureId(MAX_ID));
    assert_eq!(s.next_measure_id(), MeasureId(MAX_ID + 1));
}

#[test]
fn markup_and_separators_in_labels_travel_as_text() {
    let label = "<img src=x onerror=alert(1)> & p.m.1.kind=plant #=%";
    let s = Scenario {
        measures: vec![measure(
            1,
            label,
            MeasureKind::Direct(DirectLoad::ReportTotal),
        )],
        ..Scenario::report_preset()
    };
    let link = encode(&s);
    assert!(!link.contains('<') && !link.contains(' ') && !link.contains('#'));
    let (back, notices) = decode(&link);
    assert_eq!(back, s);
    assert!(notices.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Any scenario the page can hold travels exactly.

fn amount() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        3 => (0.0..1e9_f64).prop_map(Some),
        2 => (0u32..1_000_000).prop_map(|n| Some(f64::from(n) / 100.0)),
        1 => Just(Some(0.0)),
        1 => Just(Some(-0.0)),
        1 => Just(Some(1e15)),
        1 => Just(Some(5e-324)),
        2 => Just(None),
    ]
}

fn part() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        3 => (0.0..=1.0_f64).prop_map(Some),
        1 => (0u32..=100).prop_map(|n| Some(f64::from(n) / 100.0)),
        1 => Just(None),
    ]
}

fn effluent() -> impl Strategy<Value = Effluent> {
    prop_oneof![
        prop::sample::select(EffluentClass::ALL.to_vec()).prop_map(Effluent::Class),
        amount().prop_map(Effluent::Entered),
    ]
}

fn coefficient() -> impl Strategy<Value = LossCoefficient> {
    prop_oneof![
        Just(LossCoefficient::YangtzeMidLower),
        amount().prop_map(LossCoefficient::Entered),
    ]
}

/// A kind of measure; an efficiency acts on one of `loads` (only offered when there is one).
fn kind(loads: Vec<LoadId>) -> BoxedStrategy<MeasureKind> {
    let independent = prop_oneof![
        (amount(), effluent(), effluent()).prop_map(|(flow, before, after)| {
            MeasureKind::Plant(PlantUpgrade {
                flow,
                before,
                after,
            })
        }),
        (amount(), amount(), amount()).prop_map(|(flow, before, after)| {
            MeasureKind::Industrial(Industrial {
                flow,
                before,
                after,
            })
        }),
        (amount(), coefficient(), part()).prop_map(|(area, coefficient, removal)| {
            MeasureKind::Farmland(Farmland {
                area,
                coefficient,
                removal,
            })
        }),
        (
            amount(),
            amount(),
            prop_oneof![
                prop::sample::select(Manure::ALL.to_vec()).prop_map(ManureP::Library),
                amount().prop_map(ManureP::Entered),
            ],
            part()
        )
            .prop_map(|(heads, manure_per_head, manure_p, removal)| {
                MeasureKind::Livestock(Livestock {
                    heads,
                    manure_per_head,
                    manure_p,
                    removal,
                })
            }),
        prop_oneof![
            Just(DirectLoad::ReportTotal),
            amount().prop_map(DirectLoad::Entered)
        ]
        .prop_map(MeasureKind::Direct),
    ];
    if loads.is_empty() {
        independent.boxed()
    } else {
        prop_oneof![
            2 => independent,
            1 => (prop::sample::select(loads), part()).prop_map(|(load, efficiency)| {
                MeasureKind::Efficiency(Efficiency { load, efficiency })
            }),
        ]
        .boxed()
    }
}

fn baseline() -> impl Strategy<Value = Baseline> {
    prop_oneof![
        amount().prop_map(Baseline::Entered),
        (amount(), amount()).prop_map(|(flow, concentration)| Baseline::Flow {
            flow,
            concentration
        }),
        (amount(), coefficient())
            .prop_map(|(area, coefficient)| Baseline::Farmland { area, coefficient }),
    ]
}

fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        1 => "[a-z 总磷湿地&=%+#?/.]{1,12}",
        1 => "(?s).{1,16}",
    ]
}

/// Distinct ids: mostly the page's own (positions + 1), sometimes anything in 1–MAX_ID.
fn ids(n: usize) -> BoxedStrategy<Vec<u32>> {
    let sequential: Vec<u32> = (1..).take(n).collect();
    prop_oneof![
        Just(sequential),
        prop::collection::btree_set(1..=MAX_ID, n)
            .prop_map(|s| s.into_iter().collect::<Vec<_>>())
            .prop_shuffle(),
    ]
    .boxed()
}

fn scenarios() -> impl Strategy<Value = Scenario> {
    (0..4_usize)
        .prop_flat_map(|n| {
            (
                ids(n),
                prop::collection::vec((label(), baseline()), n),
                0..8_usize,
            )
        })
        .prop_flat_map(|(load_ids, loads, n)| {
            let shared_loads: Vec<SharedLoad> = load_ids
                .into_iter()
                .zip(loads)
                .map(|(id, (label, baseline))| SharedLoad {
                    id: LoadId(id),
                    label,
                    baseline,
                })
                .collect();
            let targets: Vec<LoadId> = shared_loads.iter().map(|l| l.id).collect();
            (
                Just(shared_loads),
                ids(n),
                prop::collection::vec((label(), kind(targets)), n),
                prop_oneof![
                    Just(365.0),
                    1.0..=366.0_f64,
                    (1u32..=366).prop_map(f64::from)
                ],
                prop::sample::select(WaterBody::ALL.to_vec()),
                prop::sample::select(WaterClass::ALL.to_vec()),
            )
        })
        .prop_map(
            |(shared_loads, ids, measures, days, water, class)| Scenario {
                measures: ids
                    .into_iter()
                    .zip(measures)
                    .map(|(id, (label, kind))| measure(id, &label, kind))
                    .collect(),
                shared_loads,
                days,
                water,
                class,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// decode(encode(s)) == s, with no notice, for every scenario the page can hold.
    #[test]
    fn decode_of_encode_is_identity(s in scenarios()) {
        let link = encode(&s);
        prop_assert!(link.split('&').all(|p| p.is_empty() || p.starts_with("p.")), "{}", link);
        let (back, notices) = decode(&link);
        prop_assert!(notices.is_empty(), "{} → {:?}", link, notices);
        prop_assert_eq!(&back, &s, "{}", link);
        // And the canonical form is stable.
        prop_assert_eq!(encode(&back), link);
    }

    /// Any pairs under `p.` decode without panic to a valid scenario that computes.
    #[test]
    fn any_pairs_decode_to_a_valid_scenario(
        pairs in prop::collection::vec((
            prop_oneof![
                Just("p.days".to_string()), Just("p.water".to_string()),
                Just("p.class".to_string()), Just("p.m".to_string()),
                "p\\.m\\.[0-9]{1,3}\\.(kind|id|label|q|before|after|area|coef|removal|heads|manure|manure_p|t|load|eta|zz)",
                "p\\.l\\.[0-9]{1,2}\\.(id|label|by|base|q|c|area|coef|zz)",
            ],
            prop_oneof![
                "(plant|industrial|farmland|livestock|direct|efficiency|entered|flow|farmland|report|yangtze|none|new-1a|quasi-iv|poultry)",
                "-?[0-9]{0,7}(\\.[0-9]{0,3})?(e[0-9]{1,3})?",
                "(NaN|inf|-inf|abc|)",
                "(?s).{0,8}",
            ],
        ), 0..60)
    ) {
        let mut r = Reader::new(pairs);
        let s = Scenario::read(&mut r);
        let _ = r.finish();
        prop_assert!(valid(&s), "{:?}", s);
        prop_assert!(evaluate(&s, Library::standard(), &Overrides::new()).is_ok());
    }
}
