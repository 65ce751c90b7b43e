//! The page state and its reducer (the pattern of Yew's `function_todomvc` example).
//!
//! One [`AppState`] holds everything the page shows; each calculator's inputs and actions live in
//! its own module (`ule.rs`, `tp.rs`, `carbon.rs`), and the factors the user changed are shared by
//! all three ([`Overrides`]: a factor such as the grid's emission factor can serve several).

pub mod carbon;
mod carbon_link;
pub mod tp;
mod tp_link;
pub mod trucks;
mod trucks_link;
pub mod ule;
mod ule_link;

use std::rc::Rc;

use qingshan_core::codec::Notice;
use qingshan_core::eval::Overrides;
use qingshan_core::factors::history::OlderSet;
use qingshan_core::text::Lang;
use yew::Reducible;

pub use qingshan_core::scenario::View;

/// Everything the page shows is a function of this.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The user's language.
    pub lang: Lang,
    /// The view on screen.
    pub view: View,
    /// The factors the user changed, by id (shared by every calculator).
    pub overrides: Overrides,
    /// Calculator 1's inputs.
    pub ule: ule::UleState,
    /// Calculator 1's heavy-trucks panel.
    pub trucks: trucks::TrucksState,
    /// Calculator 2's inputs.
    pub tp: tp::TpState,
    /// Calculator 3's inputs.
    pub carbon: carbon::CarbonState,
    /// What the last opened link held that could not be used (shown until dismissed).
    pub link_notices: Vec<Notice>,
    /// Variants kept for comparison, each a whole link fragment (at most two).
    pub compare: Vec<String>,
    /// The older factor set the opened link was made with: its values are in `overrides` until
    /// the user takes the current ones (shown until then, or until dismissed).
    pub older_set: Option<OlderSet>,
}

/// What the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the language.
    SetLang(Lang),
    /// Show another view.
    Show(View),
    /// Open a link fragment (pasted or edited in the address bar): its scenario replaces the
    /// page's, and what it could not read is listed.
    OpenLink(String),
    /// Hide the notice about the last link.
    DismissNotices,
    /// Keep the current scenario as a variant to compare with (at most two are kept).
    KeepVariant,
    /// Replace the older factor set's values (see [`AppState::older_set`]) by the current set's;
    /// a factor the user has changed since keeps the user's value.
    UseCurrentFactors,
    /// Keep the scenario on the older set's values as a variant, then use the current factors:
    /// the comparison shows what the new set changes in the results.
    CompareFactorSets,
    /// Keep the older set's values and hide the notice about them.
    KeepOlderFactors,
    /// Forget variant `i`.
    RemoveVariant(usize),
    /// Make variant `i` the current scenario; the current one takes its place among the variants.
    SwapVariant(usize),
    /// Change a factor of the library to the user's value.
    SetFactor(&'static str, f64),
    /// Go back to the library's value of a factor.
    ResetFactor(&'static str),
    /// Open a preset (a key of `qingshan_core::figures::preset`, or a calculator's own): the
    /// calculator it belongs to applies it and comes on screen.
    Preset(&'static str),
    /// An edit in calculator 1.
    Ule(ule::UleAction),
    /// An edit in the heavy-trucks panel.
    Trucks(trucks::TrucksAction),
    /// An edit in calculator 2.
    Tp(tp::TpAction),
    /// An edit in calculator 3.
    Carbon(carbon::CarbonAction),
}

impl AppState {
    /// Takes the current factor set's values where the older set's are still in place.
    pub fn use_current_factors(&mut self) {
        if let Some(older) = self.older_set.take() {
            for c in &older.changes {
                if self
                    .overrides
                    .get(c.id)
                    .is_some_and(|v| v.to_bits() == c.then.to_bits())
                {
                    self.overrides.reset(c.id);
                }
            }
        }
    }

    /// Applies preset `key` (a key of `qingshan_core::figures::preset` or a calculator's own) to
    /// the calculator it belongs to and shows that calculator; false if no calculator knows it.
    pub fn apply_preset(&mut self, key: &str) -> bool {
        let view = if self.ule.apply_preset(key) || self.trucks.apply_preset(key) {
            View::Ule
        } else if self.tp.apply_preset(key) {
            View::Tp
        } else if self.carbon.apply_preset(key) {
            View::Carbon
        } else {
            return false;
        };
        self.view = view;
        true
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Show(view) => next.view = view,
            Action::OpenLink(fragment) => {
                let (state, notices) = crate::link::state_from_link(&fragment, self.lang);
                next = AppState {
                    link_notices: notices,
                    ..state
                };
            }
            Action::DismissNotices => next.link_notices.clear(),
            Action::KeepVariant => {
                if next.compare.len() < qingshan_core::scenario::MAX_VARIANTS {
                    next.compare.push(crate::link::single_link_of(&next));
                }
            }
            Action::UseCurrentFactors => next.use_current_factors(),
            Action::CompareFactorSets => {
                if next.older_set.is_some()
                    && next.compare.len() < qingshan_core::scenario::MAX_VARIANTS
                {
                    next.compare.push(crate::link::single_link_of(&next));
                }
                next.use_current_factors();
            }
            Action::KeepOlderFactors => next.older_set = None,
            Action::RemoveVariant(i) => {
                if i < next.compare.len() {
                    next.compare.remove(i);
                }
            }
            Action::SwapVariant(i) => {
                if let Some(target) = next.compare.get(i).cloned() {
                    let current = crate::link::single_link_of(&next);
                    let (mut state, notices) = crate::link::state_from_link(&target, self.lang);
                    state.compare.clone_from(&next.compare);
                    state.compare[i] = current;
                    state.link_notices = notices;
                    next = state;
                }
            }
            Action::SetFactor(id, value) => {
                // A non-finite value is refused by `Overrides::set`; the field shows the error.
                next.overrides.set(id, value);
            }
            Action::ResetFactor(id) => next.overrides.reset(id),
            Action::Preset(key) => {
                next.apply_preset(key);
            }
            Action::Ule(a) => next.ule.apply(a),
            Action::Trucks(a) => next.trucks.apply(a),
            Action::Tp(a) => next.tp.apply(a),
            Action::Carbon(a) => next.carbon.apply(a),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
