//! The page state travels through the link and comes back the same; a bad link opens with a
//! notice. Expected states are written by hand.

use qingshan::link::{link_of, state_from_link};
use qingshan::state::{AppState, View};
use qingshan_core::codec::NoticeKind;
use qingshan_core::text::Lang;

#[test]
fn a_state_round_trips_through_its_link() {
    let mut s = AppState {
        lang: Lang::ZhHant,
        view: View::Sources,
        ..AppState::default()
    };
    s.overrides.set("carbon.price.cea.2025", 80.0);
    let link = link_of(&s);
    assert!(link.starts_with("v=1&fs="), "{link}");
    assert!(link.contains("lang=zh-Hant") && link.contains("view=sources"));
    assert!(link.contains("f.carbon.price.cea.2025=80"));
    let (back, notices) = state_from_link(&link, Lang::En);
    assert_eq!(back, s);
    assert!(notices.is_empty());
}

#[test]
fn a_link_without_language_keeps_the_readers_and_bad_parts_become_notices() {
    let (s, notices) = state_from_link("#view=tp&oops=1&f.carbon.price.cea.2025=abc", Lang::En);
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.view, View::Tp);
    assert!(s.overrides.is_empty());
    let kinds: Vec<_> = notices.iter().map(|n| n.kind.clone()).collect();
    assert!(kinds.contains(&NoticeKind::UnknownKey));
    assert!(kinds.contains(&NoticeKind::BadValue));
}
