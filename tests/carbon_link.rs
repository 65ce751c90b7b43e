//! The carbon part of the link (keys `c.…`, docs/links.md) through the whole page state: the
//! default preset writes nothing, an edited scenario comes back the same, and every line of
//! tests/fixtures/links/carbon-v1.txt decodes as recorded, forever. The codec's own property
//! tests (round trip over arbitrary scenarios, hostile values) are in
//! `crates/core/src/carbon/link.rs`.

mod common;

use qingshan::link::{link_of, state_from_link};
use qingshan::state::carbon::{CarbonAction, CarbonState};
use qingshan::state::{Action, AppState, View};
use qingshan_core::carbon::{
    presets, Activity, ActivityKind, Boundary, DirectGas, ElectricityBasis, Fuel, FuelUnit, GwpSet,
    LineId, MassUnit, NonCo2, Variant,
};
use qingshan_core::factors::electricity::EmissionScope;
use qingshan_core::text::Lang;
use std::rc::Rc;
use yew::Reducible;

#[test]
fn the_default_scenario_writes_no_carbon_key() {
    let link = link_of(&AppState::default());
    assert!(!link.contains("c."), "{link}");
    let s = AppState {
        view: View::Carbon,
        ..AppState::default()
    };
    assert!(!link_of(&s).contains("&c."), "{}", link_of(&s));
}

#[test]
fn an_edited_scenario_round_trips_through_the_page_link() {
    let mut s = AppState {
        lang: Lang::ZhHant,
        view: View::Carbon,
        ..AppState::default()
    };
    s.carbon.apply_preset(presets::ALUMINIUM);
    let c = &mut s.carbon;
    c.apply(CarbonAction::RemoveLine(LineId(0)));
    c.apply(CarbonAction::AddLine(ActivityKind::Fuel));
    c.apply(CarbonAction::SetActivity(
        LineId(3),
        Activity::Fuel {
            fuel: Fuel::NaturalGas,
            amount: 12.5,
            unit: FuelUnit::Nm3,
            non_co2: NonCo2::Entered {
                ch4_kg_per_tj: 1.0,
                n2o_kg_per_tj: 0.1,
            },
        },
    ));
    c.apply(CarbonAction::AddLine(ActivityKind::Direct));
    c.apply(CarbonAction::SetActivity(
        LineId(4),
        Activity::Direct {
            amount: 0.1 + 0.2,
            unit: MassUnit::Tonne,
            gas: DirectGas::N2o,
        },
    ));
    c.apply(CarbonAction::SetVariant(LineId(4), Variant::Alternative));
    c.apply(CarbonAction::SetBasis(ElectricityBasis::Emission {
        year: 2022,
        scope: EmissionScope::from_key("province.sichuan").expect("a province"),
    }));
    c.apply(CarbonAction::SetGwp(GwpSet::Ar6));
    c.apply(CarbonAction::SetBoundary(Boundary::CradleToGrave));
    let link = link_of(&s);
    for key in [
        "c.preset=carbon.aluminium",
        "c.el=ef.2022.province.sichuan",
        "c.gwp=ar6",
        "c.b=cradle_to_grave",
        "c.n=4",
        "c.l.2.kind=fuel",
        "c.l.2.id=3",
        "c.l.3.q=0.30000000000000004",
        "c.l.3.v=b",
    ] {
        assert!(link.contains(key), "{key} not in {link}");
    }
    let (back, notices) = state_from_link(&link, Lang::En);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, s);
    // Ids stay stable: removing a line after the round trip removes the same one.
    let again = Rc::new(back.clone()).reduce(Action::Carbon(CarbonAction::RemoveLine(LineId(3))));
    assert_eq!(again.carbon.inputs.lines.len(), 3);
    assert!(again.carbon.inputs.lines.iter().all(|l| l.id != LineId(3)));
}

#[test]
fn a_bad_carbon_value_is_a_notice_and_the_rest_opens() {
    let (s, notices) = state_from_link(
        "#v=1&view=carbon&c.gwp=ar6&c.l.0.q=-4&c.fu=abc&c.l.0.bm=person",
        Lang::En,
    );
    let keys: Vec<_> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["c.fu", "c.l.0.q"]);
    assert_eq!(s.carbon.inputs.gwp, GwpSet::Ar6);
    let mut want = CarbonState::default();
    want.inputs.gwp = GwpSet::Ar6;
    want.inputs.lines[0].activity = Activity::ElectricityUse {
        benchmark: qingshan_core::carbon::ElectricityUse::Person,
        count: 1.0,
    };
    assert_eq!(s.carbon, want);
}

#[test]
fn every_recorded_carbon_link_still_decodes_as_recorded() {
    let cases = common::cases("carbon-v1.txt");
    for c in &cases {
        let (state, notices) = state_from_link(&c.link, Lang::En);
        assert_eq!(
            common::comparable(&link_of(&state), &state),
            common::comparable(&c.canonical, &state),
            "{}",
            c.link
        );
        let got = common::sorted(&notices, |n| n.kind.key().to_string());
        assert_eq!(got, c.notices, "notices of {}: {notices:?}", c.link);
    }
    assert!(cases.len() >= 15, "{} cases", cases.len());
}
