//! The page state ↔ the URL fragment (design.md, "Scenario links"; the format is in
//! `qingshan_core::codec`). Pure functions; `platform` does the reading and writing of
//! `location.hash`.

use qingshan_core::codec::{LinkFields, Notice, Writer};
use qingshan_core::factors::history::{PastSet, PAST_SETS};
use qingshan_core::scenario::{self, Shell};
use qingshan_core::text::Lang;

use crate::state::carbon::CarbonState;
use crate::state::tp::TpState;
use crate::state::trucks::TrucksState;
use crate::state::ule::UleState;
use crate::state::AppState;

/// The state a link opens, and the notices for what it ignored. `fallback_lang` is the
/// reader's own language, used when the link names none.
///
/// A short preset link, `#preset=ule.steel` (any key of `qingshan_core::figures::preset` or a
/// calculator's own), opens that preset and its calculator. The preset replaces whatever that
/// calculator's own keys in the same link say; the language, a `view` and changed factors still
/// apply. The page then rewrites the address as a full link.
pub fn state_from_link(fragment: &str, fallback_lang: Lang) -> (AppState, Vec<Notice>) {
    state_from_link_with_history(fragment, fallback_lang, PAST_SETS)
}

/// [`state_from_link`] with the given history of older factor sets (newest first); a link made
/// with one of them opens with its values and [`AppState::older_set`] set. Tests use made-up
/// histories; the page uses `factors::history::PAST_SETS`.
pub fn state_from_link_with_history(
    fragment: &str,
    fallback_lang: Lang,
    past: &[PastSet],
) -> (AppState, Vec<Notice>) {
    let mut r = scenario::open_with_history(fragment, past);
    let preset = r.take("preset");
    let shell = Shell::read(&mut r);
    let state = AppState {
        lang: shell.lang.unwrap_or(fallback_lang),
        view: shell.view,
        overrides: shell.overrides,
        ule: UleState::read(&mut r),
        trucks: TrucksState::read(&mut r),
        tp: TpState::read(&mut r),
        carbon: CarbonState::read(&mut r),
        link_notices: Vec::new(),
        compare: shell.compare,
        older_set: shell.older_set,
    };
    let mut state = state;
    if let Some(key) = preset {
        let view_given = fragment.contains("view=");
        let view = state.view;
        if state.apply_preset(&key) {
            if view_given {
                state.view = view;
            }
        } else {
            r.notice("preset", &key, qingshan_core::codec::NoticeKind::BadValue);
        }
    }
    (state, r.finish())
}

/// The link fragment (without `#`) of a state, with its variants.
pub fn link_of(state: &AppState) -> String {
    encode_state(state, state.compare.clone())
}

/// The link fragment of a state's own scenario, without its variants (what a variant holds).
pub fn single_link_of(state: &AppState) -> String {
    encode_state(state, Vec::new())
}

fn encode_state(state: &AppState, compare: Vec<String>) -> String {
    let shell = Shell {
        lang: Some(state.lang),
        view: state.view,
        overrides: state.overrides.clone(),
        compare,
        older_set: None,
    };
    scenario::encode(
        &shell,
        &[
            &|w: &mut Writer| state.ule.write(w),
            &|w: &mut Writer| state.trucks.write(w),
            &|w: &mut Writer| state.tp.write(w),
            &|w: &mut Writer| state.carbon.write(w),
        ],
    )
}
