//! Calculator 2's state: the measure list edits (add, remove, reorder, edit), shared loads and
//! the report preset, directly and through the page's reducer.

use std::rc::Rc;

use qingshan::state::tp::{TpAction, TpState};
use qingshan::state::{Action, AppState, View};
use qingshan_core::figures::preset;
use qingshan_core::phosphorus::{
    Baseline, DirectLoad, Efficiency, LoadId, MeasureId, MeasureKind, MeasureType, Scenario,
    WaterBody, WaterClass,
};
use yew::Reducible;

fn ids(s: &TpState) -> Vec<u32> {
    s.scenario.measures.iter().map(|m| m.id.0).collect()
}

#[test]
fn starts_from_the_report_preset() {
    let s = TpState::default();
    assert_eq!(s.scenario, Scenario::report_preset());
    assert!(matches!(
        s.scenario.measures[0].kind,
        MeasureKind::Direct(DirectLoad::ReportTotal)
    ));
}

#[test]
fn add_remove_and_reorder_keep_stable_ids() {
    let mut s = TpState::default();
    s.apply(TpAction::Add(MeasureType::Plant));
    s.apply(TpAction::Add(MeasureType::Farmland));
    assert_eq!(ids(&s), [1, 2, 3]);
    assert_eq!(
        s.scenario.measures[1].kind,
        MeasureType::Plant.template(LoadId(0))
    );

    s.apply(TpAction::MoveUp(MeasureId(3)));
    assert_eq!(ids(&s), [1, 3, 2]);
    s.apply(TpAction::MoveDown(MeasureId(1)));
    assert_eq!(ids(&s), [3, 1, 2]);
    // At the ends, nothing moves.
    s.apply(TpAction::MoveUp(MeasureId(3)));
    s.apply(TpAction::MoveDown(MeasureId(2)));
    assert_eq!(ids(&s), [3, 1, 2]);

    s.apply(TpAction::Remove(MeasureId(1)));
    assert_eq!(ids(&s), [3, 2]);
    // A new measure never reuses a live id.
    s.apply(TpAction::Add(MeasureType::Direct));
    assert_eq!(ids(&s), [3, 2, 4]);
    // Unknown ids change nothing.
    let before = s.clone();
    s.apply(TpAction::Remove(MeasureId(99)));
    s.apply(TpAction::MoveUp(MeasureId(99)));
    s.apply(TpAction::Rename(MeasureId(99), "x".into()));
    assert_eq!(s, before);
}

#[test]
fn edits_replace_a_measures_inputs_and_name() {
    let mut s = TpState::default();
    let kind = MeasureKind::Direct(DirectLoad::Entered(Some(12.5)));
    s.apply(TpAction::Edit(MeasureId(1), kind.clone()));
    s.apply(TpAction::Rename(MeasureId(1), "My plant".into()));
    assert_eq!(s.scenario.measures[0].kind, kind);
    assert_eq!(s.scenario.measures[0].label, "My plant");
}

#[test]
fn an_efficiency_measure_gets_a_shared_load() {
    let mut s = TpState::default();
    s.apply(TpAction::Add(MeasureType::Efficiency));
    assert_eq!(s.scenario.shared_loads.len(), 1);
    let load = s.scenario.shared_loads[0].id;
    assert_eq!(s.scenario.shared_loads[0].baseline, Baseline::Entered(None));
    s.apply(TpAction::AddOn(load));
    s.apply(TpAction::Add(MeasureType::Efficiency));
    assert_eq!(s.scenario.shared_loads.len(), 1, "reuses the last load");
    assert_eq!(s.scenario.measures_on(load).count(), 3);
    // A second load; new efficiencies go to the last one.
    s.apply(TpAction::AddLoad);
    let second = s.scenario.shared_loads[1].id;
    s.apply(TpAction::Add(MeasureType::Efficiency));
    assert_eq!(s.scenario.measures_on(second).count(), 1);
    // Unknown load: nothing added.
    let n = s.scenario.measures.len();
    s.apply(TpAction::AddOn(LoadId(99)));
    assert_eq!(s.scenario.measures.len(), n);
    // Editing and renaming a load.
    s.apply(TpAction::EditLoad(load, Baseline::Entered(Some(100.0))));
    s.apply(TpAction::RenameLoad(load, "Lake inflow".into()));
    assert_eq!(
        s.scenario
            .shared_load(load)
            .map(|l| (l.baseline, l.label.as_str())),
        Some((Baseline::Entered(Some(100.0)), "Lake inflow"))
    );
    // Removing a load removes its measures, and only those.
    s.apply(TpAction::RemoveLoad(load));
    assert!(s.scenario.shared_load(load).is_none());
    assert_eq!(s.scenario.measures_on(load).count(), 0);
    assert_eq!(s.scenario.measures_on(second).count(), 1);
    assert!(s
        .scenario
        .measures
        .iter()
        .any(|m| matches!(m.kind, MeasureKind::Direct(_))));
    assert!(s.scenario.measures.iter().all(|m| match m.kind {
        MeasureKind::Efficiency(Efficiency { load, .. }) => load == second,
        _ => true,
    }));
}

#[test]
fn settings_and_preset() {
    let mut s = TpState::default();
    s.apply(TpAction::SetDays(330.0));
    s.apply(TpAction::SetWater(WaterBody::Lake));
    s.apply(TpAction::SetClass(WaterClass::II));
    s.apply(TpAction::Add(MeasureType::Plant));
    assert_eq!(
        (s.scenario.days, s.scenario.water, s.scenario.class),
        (330.0, WaterBody::Lake, WaterClass::II)
    );
    assert!(!s.apply_preset(preset::ULE_STEEL));
    assert_ne!(s, TpState::default());
    assert!(s.apply_preset(preset::TP_REPORT));
    assert_eq!(s, TpState::default());
}

#[test]
fn the_reducer_routes_edits_and_the_preset() {
    let state = Rc::new(AppState::default());
    let state = state.reduce(Action::Tp(TpAction::Add(MeasureType::Plant)));
    assert_eq!(state.tp.scenario.measures.len(), 2);
    assert_eq!(state.view, View::Ule);
    let state = state.reduce(Action::Preset(preset::TP_REPORT));
    assert_eq!(state.view, View::Tp);
    assert_eq!(state.tp, TpState::default());
}
