//! Calculator 2 (total phosphorus) through the page's own link functions: the state the user
//! builds comes back the same, the preset writes nothing, a bad value opens the rest with a
//! notice, and every line of tests/fixtures/links/tp-v1.txt decodes as recorded, forever.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use qingshan::link::{link_of, state_from_link};
use qingshan::state::tp::{TpAction, TpState};
use qingshan::state::{AppState, View};
use qingshan_core::codec::{format_pairs, LinkFields, NoticeKind, Writer};
use qingshan_core::phosphorus::{
    Baseline, Effluent, EffluentClass, LoadId, MeasureId, MeasureKind, MeasureType, PlantUpgrade,
    Scenario,
};
use qingshan_core::text::Lang;

/// The canonical `p.` pairs of a state ("-" for none).
fn tp_pairs(tp: &TpState) -> String {
    let mut w = Writer::new();
    tp.write(&mut w);
    let s = format_pairs(&w.into_pairs());
    if s.is_empty() {
        "-".to_string()
    } else {
        s
    }
}

/// Measure and load ids are unique (the view keys its lists by them).
fn ids_unique(s: &Scenario) -> bool {
    let m: BTreeSet<u32> = s.measures.iter().map(|m| m.id.0).collect();
    let l: BTreeSet<u32> = s.shared_loads.iter().map(|l| l.id.0).collect();
    m.len() == s.measures.len() && l.len() == s.shared_loads.len()
}

#[test]
fn every_released_tp_link_still_decodes_as_recorded() {
    let cases = common::cases("tp-v1.txt");
    for c in &cases {
        let (state, notices) = state_from_link(&c.link, Lang::En);
        assert_eq!(
            tp_pairs(&state.tp),
            c.canonical,
            "re-encoding of {}",
            c.link
        );
        assert!(ids_unique(&state.tp.scenario), "{}", c.link);
        let got = common::sorted(&notices, |n| n.kind.key().to_string());
        assert_eq!(got, c.notices, "notices of {}: {notices:?}", c.link);
        // The canonical form is itself a fixed point.
        if c.canonical != "-" {
            let (again, n) = state_from_link(&c.canonical, Lang::En);
            assert_eq!(again.tp, state.tp, "{}", c.canonical);
            assert!(n.is_empty(), "{}: {n:?}", c.canonical);
        }
    }
    assert!(cases.len() >= 25, "{} cases", cases.len());
}

#[test]
fn the_preset_writes_no_tp_key() {
    let link = link_of(&AppState::default());
    assert!(link.split('&').all(|p| !p.starts_with("p.")), "{link}");
    // Back to the report after edits: nothing again.
    let mut s = AppState::default();
    s.tp.apply(TpAction::Add(MeasureType::Plant));
    assert!(link_of(&s).contains("p.m.1.kind=plant"));
    s.tp.apply_preset(qingshan_core::figures::preset::TP_REPORT);
    assert!(!link_of(&s).contains("p."));
}

/// A scenario built with the page's own edits, as a user would.
fn edited() -> AppState {
    let mut s = AppState {
        lang: Lang::ZhHant,
        view: View::Tp,
        ..AppState::default()
    };
    let tp = &mut s.tp;
    tp.apply(TpAction::Add(MeasureType::Plant)); // measure 2
    tp.apply(TpAction::Edit(
        MeasureId(2),
        MeasureKind::Plant(PlantUpgrade {
            flow: Some(100_000.0),
            before: Effluent::Class(EffluentClass::New1B),
            after: Effluent::Class(EffluentClass::QuasiIv),
        }),
    ));
    tp.apply(TpAction::Add(MeasureType::Efficiency)); // load 1, measure 3
    tp.apply(TpAction::AddLoad); // load 2
    tp.apply(TpAction::AddOn(LoadId(1))); // measure 4 on load 1
    tp.apply(TpAction::AddOn(LoadId(2))); // measure 5 on load 2
    tp.apply(TpAction::EditLoad(
        LoadId(1),
        Baseline::Entered(Some(100.0)),
    ));
    tp.apply(TpAction::EditLoad(
        LoadId(2),
        Baseline::Flow {
            flow: Some(20_000.0),
            concentration: Some(3.5),
        },
    ));
    tp.apply(TpAction::RenameLoad(LoadId(2), "進水 & 回流".into()));
    tp.apply(TpAction::Rename(MeasureId(3), "緩衝帶 50%".into()));
    tp.apply(TpAction::Remove(MeasureId(1))); // the report's total
    tp.apply(TpAction::MoveUp(MeasureId(4)));
    tp.apply(TpAction::SetDays(330.0));
    tp.apply(TpAction::SetWater(
        qingshan_core::phosphorus::WaterBody::Lake,
    ));
    s.overrides.set("tp.gb18918.new.1b", 0.9);
    s
}

#[test]
fn an_edited_scenario_comes_back_the_same() {
    let s = edited();
    let link = link_of(&s);
    for key in [
        "p.days=330",
        "p.water=lake",
        "p.l.1.label=%E9%80%B2%E6%B0%B4%20%26%20%E5%9B%9E%E6%B5%81",
        "p.m.0.kind=plant&p.m.0.id=2&p.m.0.q=100000&p.m.0.after=quasi-iv",
        "p.m.1.kind=efficiency&p.m.1.id=4&p.m.1.load=1",
        "f.tp.gb18918.new.1b=0.9",
    ] {
        assert!(link.contains(key), "{key} not in {link}");
    }
    let (back, notices) = state_from_link(&link, Lang::En);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s);
    // The reference survives: adding on load 2 after the round trip works as before.
    let mut again = back.clone();
    again.tp.apply(TpAction::AddOn(LoadId(2)));
    let last = again.tp.scenario.measures.last().expect("added");
    assert_eq!(last.id, MeasureId(6));
    assert!(matches!(
        &last.kind,
        MeasureKind::Efficiency(e) if e.load == LoadId(2)
    ));
}

#[test]
fn one_bad_value_is_listed_and_the_rest_opens() {
    let s = edited();
    let link = link_of(&s).replace("p.m.0.q=100000", "p.m.0.q=-100000");
    let (back, notices) = state_from_link(&link, Lang::En);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, "p.m.0.q");
    assert_eq!(notices[0].value, "-100000");
    assert_eq!(notices[0].kind, NoticeKind::OutOfRange);
    // Everything else is as it was; the refused flow is the new plant's example flow.
    assert_eq!(back.lang, Lang::ZhHant);
    assert_eq!(back.overrides, s.overrides);
    assert_eq!(back.tp.scenario.shared_loads, s.tp.scenario.shared_loads);
    assert_eq!(back.tp.scenario.measures[1..], s.tp.scenario.measures[1..]);
    assert!(matches!(
        &back.tp.scenario.measures[0].kind,
        MeasureKind::Plant(p) if p.flow == Some(qingshan_core::phosphorus::EXAMPLE_PLANT_FLOW)
    ));
}

#[test]
fn hostile_tp_links_open_a_valid_page() {
    let many: String = (0..3_000)
        .map(|i| format!("&p.m.{i}.kind=direct&p.m.{i}.id=5"))
        .collect::<Vec<_>>()
        .concat();
    for link in [
        "#v=1&lang=en&p.m.0.kind=%3Cscript%3E&p.m.0.label=%3Cimg%20src%3Dx%3E",
        "#v=1&p.days=NaN&p.days=1e999&p.m=-1&p.l.0.by=flow&p.l.0.q=1e999",
        "#v=1&p.m.0.kind=efficiency&p.m.0.load=4294967296&p.m.0.eta=-0.5",
        "#v=1&p.m.0.kind=direct&p.m.0.id=5&p.m.1.kind=direct&p.m.1.id=5&p.m.2.kind=direct",
        many.as_str(),
    ] {
        let (state, notices) = state_from_link(link, Lang::En);
        assert!(!notices.is_empty(), "{link}");
        let s = &state.tp.scenario;
        assert!(ids_unique(s), "{link}: {s:?}");
        assert!(s.days > 0.0 && s.days <= 366.0);
        // It computes, and the page's next "add" gets a fresh id.
        assert!(qingshan_core::phosphorus::evaluate(
            s,
            qingshan_core::factors::Library::standard(),
            &state.overrides
        )
        .is_ok());
        let mut t = state.tp.clone();
        t.apply(TpAction::Add(MeasureType::Direct));
        assert!(ids_unique(&t.scenario));
    }
}
