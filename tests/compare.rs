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

#[test]
fn chart_labels_are_shortened_to_their_column_by_width() {
    use qingshan::components::chart::fit_label;
    // 28 half-ems: a short label stays whole.
    assert_eq!(fit_label("A · Total avoided", 28), "A · Total avoided");
    // 62 Latin characters → 27 of them and "…" (27 + 1 = 28 half-ems).
    let long = "Total phosphorus reduction in the Yangtze basin, 2025 (report)";
    let short = fit_label(long, 28);
    assert_eq!(short, "Total phosphorus reduction …");
    assert_eq!(short.chars().count(), 28);
    // A CJK character counts two: 21 of them (42) → 13 (26) and "…".
    let cjk = "长江流域总磷削减量二零二五年报告数据汇总表";
    assert_eq!(cjk.chars().count(), 21);
    assert_eq!(fit_label(cjk, 28), "长江流域总磷削减量二零二五…");
}
