//! A link made with an older factor set opens with the values it was made with, shows what
//! differs from the current set, and offers the current factors (issue 7). The history here is
//! made up over real factor ids; the real one (`factors::history::PAST_SETS`) is empty while
//! 2026.1 is the only released set. Current values are factors.md's.

use std::rc::Rc;

use qingshan::components::notices::{OlderSetNotice, OlderSetNoticeProps};
use qingshan::i18n::catalog;
use qingshan::link::{link_of, state_from_link, state_from_link_with_history};
use qingshan::state::{Action, AppState};
use qingshan_core::factors::history::PastSet;
use qingshan_core::text::Lang;
use yew::{Callback, Reducible};

const CF: &str = "carbon.elec.cf.2024.national"; // factors.md: 0.5777 kg CO₂e/kWh
const KILN: &str = "ule.fluegas.cement.kiln"; // factors.md: 2,300 Nm³/t clinker

const HISTORY: &[PastSet] = &[PastSet {
    version: "2025.1",
    values: &[(CF, 0.65), (KILN, 2_000.0)],
}];

fn opened(fragment: &str) -> AppState {
    let (s, notices) = state_from_link_with_history(fragment, Lang::En, HISTORY);
    assert!(notices.is_empty(), "{notices:?}");
    s
}

#[test]
fn the_link_opens_with_the_older_sets_values_and_lists_them() {
    let s = opened("#v=1&fs=2025.1&view=carbon");
    assert_eq!(s.overrides.get(CF), Some(0.65));
    assert_eq!(s.overrides.get(KILN), Some(2_000.0));
    let older = s.older_set.as_ref().expect("older set");
    assert_eq!(older.version, "2025.1");
    assert_eq!(older.changes.len(), 2);
    let cf = older.changes.iter().find(|c| c.id == CF).expect("cf");
    assert!((cf.now - 0.5777).abs() < 1e-12);
}

#[test]
fn using_the_current_factors_drops_the_old_values_but_keeps_the_users_later_edits() {
    let s = Rc::new(opened("#v=1&fs=2025.1&view=carbon"));
    // The user edits one of the old set's factors before choosing.
    let s = s.reduce(Action::SetFactor(KILN, 2_150.0));
    let s = s.reduce(Action::UseCurrentFactors);
    assert_eq!(s.overrides.get(CF), None, "back to the current set's value");
    assert_eq!(
        s.overrides.get(KILN),
        Some(2_150.0),
        "the user's own value stays"
    );
    assert!(s.older_set.is_none());
}

#[test]
fn comparing_keeps_the_old_values_as_a_variant() {
    let s = Rc::new(opened("#v=1&fs=2025.1&view=carbon"));
    let s = s.reduce(Action::CompareFactorSets);
    assert!(s.older_set.is_none() && s.overrides.is_empty());
    assert_eq!(s.compare.len(), 1);
    // The variant is a current-set link holding the old values as changed factors.
    let (variant, notices) = state_from_link(&s.compare[0], Lang::En);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(variant.overrides.get(CF), Some(0.65));
    assert_eq!(variant.overrides.get(KILN), Some(2_000.0));
}

#[test]
fn keeping_the_old_values_hides_the_notice_and_the_link_reproduces_them() {
    let s = Rc::new(opened("#v=1&fs=2025.1&view=carbon"));
    let s = s.reduce(Action::KeepOlderFactors);
    assert!(s.older_set.is_none());
    assert_eq!(s.overrides.get(CF), Some(0.65));
    let link = link_of(&s);
    assert!(
        link.contains("f.carbon.elec.cf.2024.national=0.65"),
        "{link}"
    );
    let (back, _) = state_from_link(&link, Lang::En);
    assert_eq!(back.overrides, s.overrides);
}

#[tokio::test]
async fn the_notice_shows_both_values_and_the_three_choices_in_every_language() {
    let s = opened("#v=1&fs=2025.1&view=carbon");
    for lang in Lang::ALL {
        let html = yew::LocalServerRenderer::<OlderSetNotice>::with_props(OlderSetNoticeProps {
            older: s.older_set.clone(),
            can_compare: true,
            on_action: Callback::noop(),
            lang,
        })
        .render()
        .await;
        let t = &catalog(lang).link;
        for text in [
            t.older_title,
            t.use_current,
            t.compare_sets,
            t.keep_older,
            "2025.1",
        ] {
            assert!(html.contains(text), "{lang:?}: no {text:?} in {html}");
        }
        assert!(html.contains(CF) && html.contains(KILN));
        // The kiln row: +15 % (hand: 300 / 2,000); the grid factor: (0.5777 − 0.65) / 0.65
        // = −11.1 %.
        assert!(html.contains("+15%"), "{html}");
        assert!(html.contains("-11.1%") || html.contains("−11.1%"), "{html}");
        // The table scrolls inside a focusable region named by the notice's heading.
        let region = html
            .find("role=\"region\"")
            .and_then(|at| html[..at].rfind('<').map(|open| &html[open..]))
            .and_then(|tag| tag.find('>').map(|end| &tag[..end]))
            .unwrap_or_default();
        assert!(
            region.contains("tabindex=\"0\"")
                && region.contains("aria-labelledby=\"older-set-title\""),
            "{lang:?}: {region}"
        );
        assert!(html.find("role=\"region\"") < html.find("<table"), "{html}");
    }
    // No room for another variant: no compare button.
    let html = yew::LocalServerRenderer::<OlderSetNotice>::with_props(OlderSetNoticeProps {
        older: s.older_set.clone(),
        can_compare: false,
        on_action: Callback::noop(),
        lang: Lang::En,
    })
    .render()
    .await;
    assert!(!html.contains(catalog(Lang::En).link.compare_sets));
}
