//! The heavy-trucks part of the scenario link (`t.` keys, docs/links.md "Heavy trucks"): the
//! presets write nothing or only their name, every state comes back from its link, every key
//! refuses hostile values with a notice and leaves a valid state, and the fixture of released
//! links (tests/fixtures/links/trucks-v1.txt) decodes as recorded forever. Expected links are
//! written by hand.

mod common;

use proptest::prelude::*;
use qingshan::link::{link_of, state_from_link};
use qingshan::state::trucks::{TrucksState, PRESETS, PRESET_SHUTTLE};
use qingshan::state::{AppState, View};
use qingshan_core::codec::{Notice, NoticeKind};
use qingshan_core::factors::electricity::{
    EmissionScope, GenerationType, EMISSION_YEARS, FOOTPRINT_YEARS,
};
use qingshan_core::factors::Library;
use qingshan_core::figures::preset;
use qingshan_core::text::Lang;
use qingshan_core::trucks::{Baseline, DieselBasis, Duty, GridKind, FOOTPRINT_SOURCES};

/// The `t.` pairs of the link of a page whose trucks panel is `trucks`.
fn t_pairs(trucks: &TrucksState) -> Vec<String> {
    let s = AppState {
        trucks: trucks.clone(),
        ..AppState::default()
    };
    link_of(&s)
        .split('&')
        .filter(|p| p.starts_with("t."))
        .map(str::to_owned)
        .collect()
}

/// Opens a fragment (the reader's language: English) and returns the trucks state and notices.
fn open(fragment: &str) -> (TrucksState, Vec<Notice>) {
    let (s, notices) = state_from_link(fragment, Lang::En);
    (s.trucks, notices)
}

/// A state the panel can be in and compute from: every field within what its control offers.
fn assert_valid(s: &TrucksState) {
    assert!(
        s.trucks.is_finite() && (0.0..=1e15).contains(&s.trucks),
        "count {}",
        s.trucks
    );
    if let Some(d) = s.diesel_density {
        assert!(d.is_finite() && d > 0.0 && d <= 1e15, "density {d}");
    }
    assert!(PRESETS.contains(&s.preset));
    assert!(EMISSION_YEARS.contains(&s.emission_year));
    assert!(FOOTPRINT_YEARS.contains(&s.footprint_year));
    assert!(FOOTPRINT_SOURCES.contains(&s.footprint_source));
    assert!(
        s.inputs(Library::standard()).is_some(),
        "the electricity choice resolves"
    );
}

#[test]
fn the_report_preset_writes_nothing_and_the_shuttle_preset_only_its_name() {
    assert!(t_pairs(&TrucksState::default()).is_empty());
    let shuttle = TrucksState::for_preset(PRESET_SHUTTLE).unwrap_or_default();
    assert_eq!(t_pairs(&shuttle), ["t.preset=trucks.shuttle"]);
    let (back, notices) = open("#t.preset=trucks.shuttle");
    assert_eq!(back, shuttle);
    assert_eq!(back.duty, Duty::Shuttle);
    assert!(notices.is_empty());
    // Naming the default preset is allowed (and not written back).
    let (back, notices) = open("#t.preset=ule.trucks");
    assert_eq!(back, TrucksState::default());
    assert!(notices.is_empty());
}

#[test]
fn every_changed_input_has_its_own_readable_key() {
    let s = TrucksState {
        trucks: 5000.0,
        baseline: Baseline::ChinaV,
        duty: Duty::Shuttle,
        diesel: DieselBasis::PerKg,
        diesel_density: Some(0.84),
        grid_kind: GridKind::Footprint,
        emission_year: 2021,
        emission_scope: EmissionScope::from_key("province.sichuan").unwrap(),
        footprint_year: 2023,
        footprint_source: GenerationType::Wind,
        ..TrucksState::default()
    };
    assert_eq!(
        t_pairs(&s),
        [
            "t.n=5000",
            "t.base=china5",
            "t.duty=shuttle",
            "t.diesel=kg",
            "t.density=0.84",
            "t.grid=cf",
            "t.ef.year=2021",
            "t.ef.scope=province.sichuan",
            "t.cf.year=2023",
            "t.cf.source=wind",
        ]
    );
    let (back, notices) = open(&link_of(&AppState {
        trucks: s.clone(),
        ..AppState::default()
    }));
    assert_eq!(back, s);
    assert!(notices.is_empty(), "{notices:?}");
}

#[test]
fn keys_under_the_shuttle_preset_are_relative_to_it() {
    let mut s = TrucksState::for_preset(PRESET_SHUTTLE).unwrap_or_default();
    s.duty = Duty::LongHaul;
    s.trucks = 10.0;
    assert_eq!(
        t_pairs(&s),
        ["t.preset=trucks.shuttle", "t.n=10", "t.duty=longhaul"]
    );
    let (back, _) = open(&format!("#{}", t_pairs(&s).join("&")));
    assert_eq!(back, s);
    assert_eq!(back.preset, PRESET_SHUTTLE);
}

#[test]
fn a_number_travels_bit_for_bit() {
    let s = TrucksState {
        trucks: 197_000.000_000_1,
        diesel_density: Some(0.835_123_456_789_012_3),
        ..TrucksState::default()
    };
    let pairs = t_pairs(&s);
    assert_eq!(
        pairs,
        ["t.n=197000.0000001", "t.density=0.8351234567890123"]
    );
    let (back, _) = open(&format!("#{}", pairs.join("&")));
    assert_eq!(back.trucks.to_bits(), s.trucks.to_bits());
    assert_eq!(
        back.diesel_density.map(f64::to_bits),
        s.diesel_density.map(f64::to_bits)
    );
}

#[test]
fn values_the_page_refuses_are_not_written() {
    for bad in [-5.0, f64::NAN, f64::INFINITY, 2e15] {
        let s = TrucksState {
            trucks: bad,
            diesel_density: Some(bad),
            ..TrucksState::default()
        };
        assert!(t_pairs(&s).is_empty(), "{bad}");
    }
    let zero_density = TrucksState {
        diesel_density: Some(0.0),
        ..TrucksState::default()
    };
    assert!(t_pairs(&zero_density).is_empty(), "a density must be > 0");
    let zero_trucks = TrucksState {
        trucks: 0.0,
        ..TrucksState::default()
    };
    assert_eq!(
        t_pairs(&zero_trucks),
        ["t.n=0"],
        "no trucks is a valid count"
    );
}

/// Opens `key=value` alone and checks: one notice, of `kind`, naming the pair; the state is
/// the preset (nothing else changed) and valid.
fn refused(key: &str, value: &str, kind: &NoticeKind) {
    let (s, notices) = open(&format!("#v=1&{key}={value}"));
    assert_eq!(s, TrucksState::default(), "{key}={value}");
    assert_valid(&s);
    assert_eq!(notices.len(), 1, "{key}={value}: {notices:?}");
    assert_eq!(notices[0].key, key);
    assert_eq!(&notices[0].kind, kind, "{key}={value}");
}

#[test]
fn hostile_values_for_every_key_give_a_notice_and_the_preset_value() {
    use NoticeKind::{BadValue, OutOfRange};
    for key in ["t.n", "t.density"] {
        for v in [
            "NaN", "nan", "inf", "-inf", "1e999", "abc", "", "1%2C000", "0x10", "1e3e3",
        ] {
            refused(key, v, &BadValue);
        }
        for v in ["-1", "-1e-300", "1e16", "1.7976931348623157e308"] {
            refused(key, v, &OutOfRange);
        }
    }
    refused("t.density", "0", &OutOfRange);
    refused("t.density", "-0", &OutOfRange);
    for key in [
        "t.preset",
        "t.base",
        "t.duty",
        "t.diesel",
        "t.grid",
        "t.ef.scope",
        "t.cf.source",
    ] {
        for v in ["", "abc", "%3Cscript%3E", "CHINA6", "1", "national%00"] {
            refused(key, v, &BadValue);
        }
    }
    refused("t.preset", "ule.steel", &BadValue);
    refused("t.ef.scope", "province.tibet", &BadValue);
    refused("t.ef.scope", "region.", &BadValue);
    refused("t.cf.source", "td", &BadValue);
    refused("t.cf.source", "td_with_losses", &BadValue);
    for key in ["t.ef.year", "t.cf.year"] {
        for v in ["abc", "", "2023.5", "-2023", "99999", "NaN"] {
            refused(key, v, &BadValue);
        }
        for v in ["0", "2020", "2025", "65535"] {
            refused(key, v, &OutOfRange);
        }
    }
    refused("t.ef.year", "2024", &OutOfRange);
    refused("t.cf.year", "2021", &OutOfRange);
}

#[test]
fn one_bad_value_leaves_the_rest_of_the_link_working() {
    let (s, notices) = open("#v=1&lang=en&t.n=abc&t.base=china5&t.grid=cf&t.cf.source=td");
    assert_eq!(s.trucks.to_bits(), TrucksState::default().trucks.to_bits());
    assert_eq!(s.baseline, Baseline::ChinaV);
    assert_eq!(s.grid_kind, GridKind::Footprint);
    assert_eq!(s.footprint_source, GenerationType::National);
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["t.n", "t.cf.source"]);
}

#[test]
fn unknown_sub_keys_are_listed_as_unknown() {
    let (s, notices) = open("#v=1&t.foo=1&t.ef.month=3&t.n.0=5&t.=1&t.N=5&t.duty=shuttle");
    assert_eq!(s.duty, Duty::Shuttle, "the known key is read");
    assert_valid(&s);
    let unknown: Vec<&str> = notices
        .iter()
        .filter(|n| n.kind == NoticeKind::UnknownKey)
        .map(|n| n.key.as_str())
        .collect();
    // `t.N` is not a valid key at all (keys are lower case): refused by the parser, also as
    // unknown.
    assert_eq!(unknown.len(), 5, "{notices:?}");
    for k in ["t.foo", "t.ef.month", "t.n.0", "t.", "t.N"] {
        assert!(unknown.contains(&k), "{k}");
    }
}

#[test]
fn ten_thousand_pairs_are_cut_with_a_notice_and_the_state_stays_valid() {
    let many = (0..10_000)
        .map(|i| format!("&t.x.{i}=1"))
        .collect::<Vec<_>>()
        .concat();
    let (s, notices) = open(&format!("#v=1&t.n=12{many}"));
    assert!((s.trucks - 12.0).abs() < 1e-9, "what came first is read");
    assert_valid(&s);
    assert!(notices.iter().any(|n| n.kind == NoticeKind::TooLong));
    assert!(notices.len() < 2_100, "bounded: {}", notices.len());

    let dupes = (0..10_000)
        .map(|i| format!("&t.n={i}"))
        .collect::<Vec<_>>()
        .concat();
    let (s, notices) = open(&format!("#v=1{dupes}"));
    assert!(s.trucks.abs() < 1e-9, "the first of duplicates is used");
    assert!(notices.iter().any(|n| n.kind == NoticeKind::Duplicate));
}

#[test]
fn every_electricity_choice_a_link_can_name_has_a_factor() {
    let lib = Library::standard();
    for year in EMISSION_YEARS {
        for scope in EmissionScope::all() {
            let (s, notices) = open(&format!("#t.ef.year={year}&t.ef.scope={}", scope.key()));
            assert!(notices.is_empty(), "{year} {}", scope.key());
            assert!(s.inputs(lib).is_some(), "{year} {}", scope.key());
        }
    }
    for year in FOOTPRINT_YEARS {
        for src in FOOTPRINT_SOURCES {
            let (s, notices) = open(&format!(
                "#t.grid=cf&t.cf.year={year}&t.cf.source={}",
                src.key()
            ));
            assert!(notices.is_empty());
            assert!(s.inputs(lib).is_some(), "{year} {}", src.key());
        }
    }
}

#[test]
fn the_whole_page_round_trips_with_a_changed_mileage_factor() {
    let mut s = AppState {
        lang: Lang::ZhHant,
        view: View::Ule,
        ..AppState::default()
    };
    s.trucks.trucks = 1.0;
    s.overrides.set("truck.mileage.longhaul", 100_000.0);
    let link = link_of(&s);
    assert!(link.contains("f.truck.mileage.longhaul=100000"), "{link}");
    assert!(link.ends_with("&t.n=1"), "{link}");
    let (back, notices) = state_from_link(&link, Lang::En);
    assert_eq!(back, s);
    assert!(notices.is_empty());
}

/// The compatibility promise: every line of the trucks fixture decodes as recorded, forever.
/// Lines are only ever added.
#[test]
fn every_released_trucks_link_still_decodes_as_recorded() {
    let cases = common::cases("trucks-v1.txt");
    for c in &cases {
        let (state, notices) = state_from_link(&c.link, Lang::En);
        let link = link_of(&state);
        let again = common::comparable(&link, &state)
            .split('&')
            .filter(|p| !(p.starts_with("v=") || p.starts_with("lang=")))
            .collect::<Vec<_>>()
            .join("&");
        let want = if c.canonical == "-" { "" } else { &c.canonical };
        assert_eq!(again, want, "re-encoding of {}", c.link);
        assert_valid(&state.trucks);
        let got = common::sorted(&notices, |n| format!("{}:{}", n.kind.key(), n.key));
        assert_eq!(got, c.notices, "notices of {}", c.link);
    }
    assert!(cases.len() >= 20, "{} fixture lines", cases.len());
}

/// Any state the panel can be in (any preset, any choice, any valid number, bit patterns
/// included).
fn any_state() -> impl Strategy<Value = TrucksState> {
    let count = prop_oneof![
        Just(0.0),
        (0u32..1_000_000).prop_map(f64::from),
        (0.0..=1e15f64),
        (1e-300..1.0f64),
    ];
    let density = proptest::option::of(prop_oneof![
        (1e-300..1.0f64),
        (0.5..1.0f64),
        (1.0..=1e15f64),
    ]);
    let scopes = EmissionScope::all();
    (
        (
            prop::sample::select(PRESETS.to_vec()),
            count,
            prop::sample::select(Baseline::ALL.to_vec()),
            prop::sample::select(Duty::ALL.to_vec()),
            prop::sample::select(DieselBasis::ALL.to_vec()),
            density,
        ),
        (
            prop::sample::select(GridKind::ALL.to_vec()),
            prop::sample::select(EMISSION_YEARS.to_vec()),
            prop::sample::select(scopes),
            prop::sample::select(FOOTPRINT_YEARS.to_vec()),
            prop::sample::select(FOOTPRINT_SOURCES.to_vec()),
        ),
    )
        .prop_map(
            |((p, trucks, baseline, duty, diesel, diesel_density), (kind, ey, es, fy, fs))| {
                TrucksState {
                    trucks,
                    baseline,
                    duty,
                    diesel,
                    diesel_density,
                    grid_kind: kind,
                    emission_year: ey,
                    emission_scope: es,
                    footprint_year: fy,
                    footprint_source: fs,
                    ..TrucksState::for_preset(p).unwrap_or_default()
                }
            },
        )
}

/// Any value a hostile link could hold.
fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>().prop_map(|x| x.to_string()),
        any::<i64>().prop_map(|x| x.to_string()),
        "[a-z0-9._%-]{0,20}",
        any::<String>(),
        prop::sample::select(vec![
            "china6",
            "china5",
            "longhaul",
            "shuttle",
            "litre",
            "kg",
            "ef",
            "cf",
            "2023",
            "2024",
            "national",
            "coal",
            "td",
            "province.sichuan",
            "trucks.shuttle",
        ])
        .prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decode_of_encode_is_the_same_state(s in any_state()) {
        let page = AppState { trucks: s.clone(), ..AppState::default() };
        let (back, notices) = state_from_link(&link_of(&page), Lang::En);
        prop_assert_eq!(&back.trucks, &s);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        // Bit for bit, not only ==.
        prop_assert_eq!(back.trucks.trucks.to_bits(), s.trucks.to_bits());
    }

    #[test]
    fn a_state_with_any_numbers_encodes_to_a_link_that_opens_without_notices(
        s in any_state(), trucks in any::<f64>(), density in proptest::option::of(any::<f64>()),
    ) {
        let s = TrucksState { trucks, diesel_density: density, ..s };
        let page = AppState { trucks: s.clone(), ..AppState::default() };
        let (back, notices) = state_from_link(&link_of(&page), Lang::En);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        assert_valid(&back.trucks);
    }

    #[test]
    fn any_values_at_the_trucks_keys_never_panic_and_give_a_valid_state(
        values in prop::collection::vec(any_value(), 11),
    ) {
        let keys = [
            "t.preset", "t.n", "t.base", "t.duty", "t.diesel", "t.density", "t.grid",
            "t.ef.year", "t.ef.scope", "t.cf.year", "t.cf.source",
        ];
        let fragment = keys
            .iter()
            .zip(&values)
            .map(|(k, v)| format!("&{k}={}", qingshan_core::codec::percent_encode(v)))
            .collect::<Vec<_>>()
            .concat();
        let (s, notices) = open(&format!("#v=1{fragment}"));
        assert_valid(&s);
        prop_assert!(notices.len() <= keys.len());
        // What it opened encodes to a link that opens to the same state, without notices.
        let page = AppState { trucks: s.clone(), ..AppState::default() };
        let (again, notices) = state_from_link(&link_of(&page), Lang::En);
        prop_assert_eq!(again.trucks, s);
        prop_assert!(notices.is_empty());
    }
}

#[test]
fn the_preset_key_names_the_reports_preset() {
    assert_eq!(TrucksState::default().preset, preset::ULE_TRUCKS);
}
