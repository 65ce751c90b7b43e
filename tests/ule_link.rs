//! Calculator 1 (ULE) in the scenario link, through the page's own path (`link_of`,
//! `state_from_link`): the preset writes nothing, edits come back, hostile values become notices,
//! and every line of tests/fixtures/links/ule-v1.txt decodes as recorded, forever.
//! (Round trips over arbitrary states are property tests in `qingshan_core::ule::link`.)

mod common;

use qingshan::link::{link_of, state_from_link};
use qingshan::state::ule::{FocusSector, UleAction, UleState};
use qingshan::state::{AppState, View};
use qingshan_core::codec::{Notice, NoticeKind};
use qingshan_core::text::Lang;
use qingshan_core::ule::{Annualise, LimitPoint, Method, PointKind, Pollutant, Sector, UleInputs};

/// The `u.` pairs of a fragment, in order.
fn ule_part(fragment: &str) -> Vec<&str> {
    fragment
        .split('&')
        .filter(|p| p.starts_with("u."))
        .collect()
}

fn named(notices: &[Notice]) -> Vec<String> {
    let mut v: Vec<String> = notices
        .iter()
        .map(|n| format!("{}@{}", n.kind.key(), n.key))
        .collect();
    v.sort();
    v
}

#[test]
fn every_ule_link_of_version_1_still_decodes_as_recorded() {
    let cases = common::cases("ule-v1.txt");
    for c in &cases {
        let (state, notices) = state_from_link(&c.link, Lang::En);
        let again = link_of(&state);
        let want: Vec<&str> = if c.canonical == "-" {
            Vec::new()
        } else {
            c.canonical.split('&').collect()
        };
        assert_eq!(ule_part(&again), want, "re-encoding of {}", c.link);
        assert_eq!(named(&notices), c.notices, "notices of {}", c.link);
        // The canonical form opens to the same state, without notices.
        let (back, notices) = state_from_link(&again, Lang::En);
        assert_eq!(back.ule, state.ule, "{}", c.link);
        assert!(notices.is_empty(), "{}: {notices:?}", c.link);
    }
    assert!(cases.len() >= 20, "{} cases", cases.len());
}

#[test]
fn the_preset_writes_no_ule_key() {
    let link = link_of(&AppState::default());
    assert!(ule_part(&link).is_empty(), "{link}");
    // A preset re-applied after edits writes nothing again.
    let mut s = AppState::default();
    s.ule.apply(UleAction::SetCapacity(Sector::Cement, 1e6));
    assert!(!ule_part(&link_of(&s)).is_empty());
    s.ule.apply(UleAction::ResetSector(Sector::Cement));
    assert!(ule_part(&link_of(&s)).is_empty());
}

#[test]
fn the_users_edits_travel_and_come_back() {
    let mut s = AppState {
        lang: Lang::ZhHans,
        view: View::Ule,
        ..AppState::default()
    };
    let edits = [
        UleAction::Focus(Sector::Cement),
        UleAction::SetCapacity(Sector::Steel, 6e8),
        UleAction::SetUtilisation(Sector::Coking, Some(0.85)),
        UleAction::SetMethod(Sector::Steel, Method::Concentration),
        UleAction::SetRatio(PointKind::SinterHead, Some(1.2)),
        UleAction::SetPointEnabled(PointKind::Pellet, false),
        UleAction::SetPointEnabled(PointKind::Converter, true),
        UleAction::SetBefore(PointKind::Converter, Pollutant::Pm, Some(20.0)),
        UleAction::SetBefore(PointKind::Kiln, Pollutant::Nox, Some(300.0)),
        UleAction::SetAfter(PointKind::Kiln, Pollutant::Nox, Some(45.5)),
        UleAction::SetIntensity(Sector::Coking, Pollutant::So2, Some(0.2)),
        UleAction::SetReduction(Sector::Cement, Pollutant::Nox, Some(0.6)),
        UleAction::SetAnnualise(Some(Annualise {
            rate: Some(0.06),
            years: None,
        })),
        UleAction::SetCheckPoint(LimitPoint::SteelPellet),
        UleAction::SetCheckPollutant(Pollutant::So2),
        UleAction::SetCheckMeasured(Some(33.0)),
        UleAction::SetCheckO2(Some(17.5)),
    ];
    for e in edits {
        s.ule.apply(e);
    }
    let link = link_of(&s);
    assert_eq!(
        ule_part(&link),
        [
            "u.sector=cement",
            "u.steel.capacity=600000000",
            "u.steel.method=conc",
            "u.steel.sinter.ratio=1.2",
            "u.steel.pellet.on=0",
            "u.steel.converter.on=1",
            "u.steel.converter.before.pm=20",
            "u.coking.utilisation=0.85",
            "u.coking.intensity.so2=0.2",
            "u.cement.kiln.before.nox=300",
            "u.cement.kiln.after.nox=45.5",
            "u.cement.reduction.nox=0.6",
            "u.annualise=1",
            "u.annualise.rate=0.06",
            "u.check.point=steel.pellet",
            "u.check.pollutant=so2",
            "u.check.measured=33",
            "u.check.o2=17.5",
        ]
    );
    let (back, notices) = state_from_link(&link, Lang::En);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s);
}

#[test]
fn hostile_values_become_notices_and_the_rest_opens() {
    let (s, notices) = state_from_link(
        "#v=1&lang=en&u.sector=cement&u.cement.kiln.before.nox=300&u.steel.capacity=NaN\
         &u.steel.utilisation=-1&u.coking.capacity=1e999&u.cement.method=abc\
         &u.steel.sinter.on=2&u.check.o2=25&u.steel.p.0.ratio=1&u.cement.kiln.before.so2=%3Cb%3E",
        Lang::ZhHans,
    );
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.ule.focus, FocusSector(Sector::Cement));
    let kiln = s.ule.inputs.sector(Sector::Cement).point(PointKind::Kiln);
    assert_eq!(kiln.map(|p| p.before.nox), Some(Some(300.0)));
    // Everything else is the preset.
    let mut want = UleInputs::default();
    if let Some(p) = want.sector_mut(Sector::Cement).point_mut(PointKind::Kiln) {
        p.before.nox = Some(300.0);
    }
    assert_eq!(s.ule.inputs, want);
    assert_eq!(
        named(&notices),
        [
            "BadValue@u.cement.kiln.before.so2",
            "BadValue@u.cement.method",
            "BadValue@u.coking.capacity",
            "BadValue@u.steel.capacity",
            "BadValue@u.steel.sinter.on",
            "OutOfRange@u.check.o2",
            "OutOfRange@u.steel.utilisation",
            "UnknownKey@u.steel.p.0.ratio",
        ]
    );
    // Markup stays text in the notice (the value is kept as written).
    assert!(notices.iter().any(|n| n.value == "<b>"));
}

#[test]
fn ten_thousand_items_cannot_break_the_page() {
    let many = (0..10_000)
        .map(|n| format!("&u.steel.sinter.before.pm{n}=1"))
        .collect::<Vec<_>>()
        .concat();
    let (s, notices) = state_from_link(&format!("#v=1&u.sector=coking{many}"), Lang::En);
    assert_eq!(s.ule.focus, FocusSector(Sector::Coking));
    assert_eq!(s.ule.inputs, UleInputs::default());
    assert!(notices.iter().any(|n| n.kind == NoticeKind::TooLong));
    assert!(notices.len() <= 2_001, "{}", notices.len());
    // The page's own state was never invalid: it re-encodes to the sector only.
    assert_eq!(ule_part(&link_of(&s)), ["u.sector=coking"]);
}

#[test]
fn a_preset_opened_in_the_page_travels_as_its_sector() {
    let mut s = UleState::default();
    s.apply(UleAction::SetCapacity(Sector::Coking, 1e8));
    assert!(s.apply_preset(qingshan_core::figures::preset::ULE_COKING));
    let app = AppState {
        ule: s,
        ..AppState::default()
    };
    assert_eq!(ule_part(&link_of(&app)), ["u.sector=coking"]);
}
