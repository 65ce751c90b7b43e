//! The comparison panel, rendered natively: by default it lists only the results that differ,
//! and its chart overlays one unit at a time.

use std::rc::Rc;

use qingshan::components::compare::{ComparePanel, ComparePanelProps};
use qingshan::i18n::catalog;
use qingshan::link::single_link_of;
use qingshan::state::{AppState, View};
use qingshan_core::text::Lang;
use yew::Callback;

async fn render(state: AppState) -> String {
    yew::LocalServerRenderer::<ComparePanel>::with_props(ComparePanelProps {
        state: Rc::new(state),
        on_action: Callback::noop(),
    })
    .render()
    .await
}

fn base() -> AppState {
    AppState {
        lang: Lang::En,
        view: View::Tp,
        ..AppState::default()
    }
}

fn body_rows(html: &str) -> usize {
    html.split("<tbody>").nth(1).map_or(0, |b| {
        b.split("</tbody>")
            .next()
            .unwrap_or("")
            .matches("<tr")
            .count()
    })
}

#[tokio::test]
async fn an_identical_variant_shows_that_nothing_differs() {
    let mut s = base();
    s.compare.push(single_link_of(&s));
    let html = render(s).await;
    let t = &catalog(Lang::En).compare;
    assert!(html.contains(t.none_differ), "{html}");
    assert!(!html.contains("compare-table"), "no table of equal rows");
}

#[tokio::test]
async fn a_changed_factor_lists_only_the_results_it_moves() {
    let mut s = base();
    s.compare.push(single_link_of(&s));
    // The report's 11,700 t of phosphorus (factors.md) moves only the phosphorus shares.
    s.overrides.set("tp.report.reduction_2025", 10_000.0);
    let html = render(s.clone()).await;
    let shown = body_rows(&html);
    assert!(shown >= 1, "{html}");
    // Every result of every calculator, for the comparison with "show all".
    let (all, _) = qingshan::results::all_rows(&s);
    assert!(
        shown < all.len(),
        "{shown} of {} rows: only the ones that differ",
        all.len()
    );
    // The chart's unit list names each unit with its count of results.
    assert!(html.contains("id=\"compare-unit\""), "{html}");
}
