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

#[test]
fn variants_are_kept_swapped_and_removed_through_the_link() {
    use qingshan::state::Action;
    use std::rc::Rc;
    use yew::Reducible;
    let a = Rc::new(AppState {
        lang: Lang::En,
        view: View::Tp,
        ..AppState::default()
    });
    let kept = a.reduce(Action::KeepVariant);
    assert_eq!(kept.compare.len(), 1);
    assert!(
        !kept.compare[0].contains("cmp."),
        "a variant holds no variants"
    );
    let mut b = (*kept).clone();
    b.overrides.set("carbon.price.cea.2025", 90.0);
    let b = Rc::new(b);
    // The link carries the variant; reading it back gives the same state.
    let (back, notices) = state_from_link(&link_of(&b), Lang::ZhHans);
    assert_eq!(back, *b);
    assert!(notices.is_empty());
    // Swapping makes the variant current and keeps the former current as the variant.
    let swapped = b.clone().reduce(Action::SwapVariant(0));
    assert!(swapped.overrides.is_empty());
    assert!(swapped.compare[0].contains("f.carbon.price.cea.2025=90"));
    let removed = swapped.reduce(Action::RemoveVariant(0));
    assert!(removed.compare.is_empty());
    // At most two variants.
    let full = Rc::new(AppState::default())
        .reduce(Action::KeepVariant)
        .reduce(Action::KeepVariant)
        .reduce(Action::KeepVariant);
    assert_eq!(full.compare.len(), 2);
}

#[test]
fn short_preset_links_open_their_calculator() {
    for (link, view) in [
        ("#preset=tp.report", View::Tp),
        ("#preset=carbon.electricity_2024&lang=en", View::Carbon),
        ("#preset=ule.trucks", View::Ule),
        ("#preset=ule.cement&view=sources", View::Sources),
    ] {
        let (s, notices) = state_from_link(link, Lang::ZhHans);
        assert_eq!(s.view, view, "{link}");
        assert!(notices.is_empty(), "{link}: {notices:?}");
    }
    let (s, notices) = state_from_link("#preset=no.such.preset", Lang::En);
    assert_eq!(
        s,
        AppState {
            lang: Lang::En,
            ..AppState::default()
        }
    );
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::BadValue);
}
