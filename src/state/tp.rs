//! The inputs and edits of calculator 2 (total phosphorus).
//!
//! The inputs are a [`Scenario`] of the core (the link codec serialises it); this module only
//! edits it. It starts from the report preset ([`Scenario::report_preset`]: the report's 2025
//! total as one directly entered measure; see `docs/tp.md` for why).

use qingshan_core::figures::preset;
use qingshan_core::phosphorus::{
    Baseline, LoadId, Measure, MeasureId, MeasureKind, MeasureType, Scenario, SharedLoad,
    WaterBody, WaterClass,
};

/// The inputs of calculator 2 (total phosphorus), as the user left them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TpState {
    /// The measures, shared loads and settings.
    pub scenario: Scenario,
}

/// An edit of calculator 2 (total phosphorus).
#[derive(Clone, Debug, PartialEq)]
pub enum TpAction {
    /// Appends a new measure of this kind (with [`MeasureType::template`]'s inputs). A new
    /// efficiency measure acts on the last shared load, which is created if there is none.
    Add(MeasureType),
    /// Appends a new efficiency measure on this shared load.
    AddOn(LoadId),
    /// Removes a measure.
    Remove(MeasureId),
    /// Moves a measure one place up the list.
    MoveUp(MeasureId),
    /// Moves a measure one place down the list.
    MoveDown(MeasureId),
    /// Replaces a measure's inputs.
    Edit(MeasureId, MeasureKind),
    /// Renames a measure (empty: named by its kind).
    Rename(MeasureId, String),
    /// Appends a shared load (its baseline to be entered).
    AddLoad,
    /// Removes a shared load and the measures acting on it.
    RemoveLoad(LoadId),
    /// Replaces a shared load's baseline.
    EditLoad(LoadId, Baseline),
    /// Renames a shared load.
    RenameLoad(LoadId, String),
    /// Operating days per year.
    SetDays(f64),
    /// The dilution equivalence's water body.
    SetWater(WaterBody),
    /// The dilution equivalence's GB 3838 class.
    SetClass(WaterClass),
}

impl TpState {
    /// Applies one edit. An edit naming a measure or load that does not exist changes nothing.
    pub fn apply(&mut self, action: TpAction) {
        let s = &mut self.scenario;
        match action {
            TpAction::Add(t) => {
                let load = if t == MeasureType::Efficiency {
                    match s.shared_loads.last() {
                        Some(l) => l.id,
                        None => add_load(s),
                    }
                } else {
                    LoadId(0)
                };
                push(s, t.template(load));
            }
            TpAction::AddOn(load) => {
                if s.shared_load(load).is_some() {
                    push(s, MeasureType::Efficiency.template(load));
                }
            }
            TpAction::Remove(id) => s.measures.retain(|m| m.id != id),
            TpAction::MoveUp(id) => {
                if let Some(i) = position(s, id).filter(|&i| i > 0) {
                    s.measures.swap(i - 1, i);
                }
            }
            TpAction::MoveDown(id) => {
                if let Some(i) = position(s, id).filter(|&i| i + 1 < s.measures.len()) {
                    s.measures.swap(i, i + 1);
                }
            }
            TpAction::Edit(id, kind) => {
                if let Some(m) = s.measures.iter_mut().find(|m| m.id == id) {
                    m.kind = kind;
                }
            }
            TpAction::Rename(id, label) => {
                if let Some(m) = s.measures.iter_mut().find(|m| m.id == id) {
                    m.label = label;
                }
            }
            TpAction::AddLoad => {
                add_load(s);
            }
            TpAction::RemoveLoad(id) => {
                s.shared_loads.retain(|l| l.id != id);
                s.measures
                    .retain(|m| !matches!(&m.kind, MeasureKind::Efficiency(e) if e.load == id));
            }
            TpAction::EditLoad(id, baseline) => {
                if let Some(l) = s.shared_loads.iter_mut().find(|l| l.id == id) {
                    l.baseline = baseline;
                }
            }
            TpAction::RenameLoad(id, label) => {
                if let Some(l) = s.shared_loads.iter_mut().find(|l| l.id == id) {
                    l.label = label;
                }
            }
            TpAction::SetDays(d) => s.days = d,
            TpAction::SetWater(w) => s.water = w,
            TpAction::SetClass(c) => s.class = c,
        }
    }

    /// Applies the preset `key` (see `qingshan_core::figures::preset`); false if it is not one
    /// of this calculator's. [`preset::TP_REPORT`] restores the report preset.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        if key == preset::TP_REPORT {
            self.scenario = Scenario::report_preset();
            true
        } else {
            false
        }
    }
}

fn position(s: &Scenario, id: MeasureId) -> Option<usize> {
    s.measures.iter().position(|m| m.id == id)
}

fn push(s: &mut Scenario, kind: MeasureKind) {
    let id = s.next_measure_id();
    s.measures.push(Measure {
        id,
        label: String::new(),
        kind,
    });
}

fn add_load(s: &mut Scenario) -> LoadId {
    let id = s.next_load_id();
    s.shared_loads.push(SharedLoad {
        id,
        label: String::new(),
        baseline: Baseline::Entered(None),
    });
    id
}
