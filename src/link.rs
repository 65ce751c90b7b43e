//! The page state ↔ the URL fragment (design.md, "Scenario links"; the format is in
//! `qingshan_core::codec`). Pure functions; `platform` does the reading and writing of
//! `location.hash`.

use qingshan_core::codec::{LinkFields, Notice, Writer};
use qingshan_core::scenario::{self, Shell};
use qingshan_core::text::Lang;

use crate::state::AppState;

/// The state a link opens, and the notices for what it ignored. `fallback_lang` is the
/// reader's own language, used when the link names none.
pub fn state_from_link(fragment: &str, fallback_lang: Lang) -> (AppState, Vec<Notice>) {
    let mut r = scenario::open(fragment);
    let shell = Shell::read(&mut r);
    let state = AppState {
        lang: shell.lang.unwrap_or(fallback_lang),
        view: shell.view,
        overrides: shell.overrides,
        ..AppState::default()
    };
    (state, r.finish())
}

/// The link fragment (without `#`) of a state.
pub fn link_of(state: &AppState) -> String {
    let shell = Shell {
        lang: Some(state.lang),
        view: state.view,
        overrides: state.overrides.clone(),
    };
    let parts: [&dyn Fn(&mut Writer); 0] = [];
    scenario::encode(&shell, &parts)
}
