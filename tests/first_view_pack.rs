//! The first of a language's two files (src/i18n/pack.rs) holds every string the first view
//! shows before the rest arrives: the page rendered natively, with the split-out wasm pending
//! and only the first file's strings (the rest reads `NOT_LOADED`), never shows the rest.
//!
//! The states rendered are the first view's: each sector and each method. (A page opened by a
//! link loads both files before it renders; these links only set the state, so they must be
//! valid: an invalid one shows the link's notices, which are not the first view's.) The
//! messages under a field the reader can type into are the ULE view's and the widgets' strings,
//! which the first file holds whole (`pack::FIRST_VIEW_PARTS`).

use qingshan::app::{App, AppProps};
use qingshan::i18n::testing::{first_view_only, NOT_LOADED};
use qingshan::i18n::{catalog, Lang};
use qingshan::platform::testing::set_split_module_pending;

async fn render(lang: Lang, fragment: &str) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang,
        fragment: fragment.to_string().into(),
    })
    .hydratable(false)
    .render()
    .await
}

/// Up to 300 bytes of `html` before `i`, and a few after, cut at character boundaries.
fn around(html: &str, i: usize) -> &str {
    let boundary = |k: usize| {
        (0..=k.min(html.len()))
            .rev()
            .find(|k| html.is_char_boundary(*k))
    };
    let start = boundary(i.saturating_sub(300)).unwrap_or(0);
    let end = boundary(i + 40).unwrap_or(i);
    &html[start..end]
}

const STATES: [&str; 6] = [
    "",
    "v=1&u.sector=coking",
    "v=1&u.sector=cement",
    "v=1&u.steel.method=int",
    "v=1&u.sector=coking&u.coking.method=conc",
    "v=1&u.sector=cement&u.cement.method=int",
];

#[tokio::test]
async fn the_first_view_needs_only_the_first_file() {
    set_split_module_pending(true);
    first_view_only(true);
    for lang in Lang::ALL {
        for state in STATES {
            let html = render(lang, state).await;
            assert!(
                html.contains(catalog(lang).views.ule_title),
                "{lang:?} {state}: not the first view"
            );
            let at = html.find(NOT_LOADED);
            assert!(
                at.is_none(),
                "{lang:?} {state:?}: the first view shows a string of the second file: …{}…",
                at.map(|i| around(&html, i)).unwrap_or_default()
            );
        }
    }
}

/// The check can fail: another view, rendered the same way, would show the rest's strings, so
/// it waits for them (src/components/views.rs) and shows the loading line instead.
#[tokio::test]
async fn another_view_waits_for_the_rest() {
    set_split_module_pending(true);
    first_view_only(true);
    for view in ["tp", "carbon", "figures", "sources"] {
        let html = render(Lang::En, &format!("v=1&view={view}")).await;
        assert!(!html.contains(NOT_LOADED), "{view}");
        assert!(
            html.contains(catalog(Lang::En).common.loading_more),
            "{view}"
        );
    }
    // With everything loaded, the same view shows its own strings.
    first_view_only(false);
    set_split_module_pending(false);
    let html = render(Lang::En, "v=1&view=carbon").await;
    assert!(!html.contains(catalog(Lang::En).common.loading_more));
    assert!(html.contains(catalog(Lang::En).carbon.presets_heading));
}
