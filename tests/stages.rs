//! The boot in stages (`qingshan::app::Stage`, docs/performance.md "Boot in stages") is for the
//! browser only: a native render (tests, tests/boot_html.rs, server rendering) has every part of
//! the first view and every panel at once, in page order, and the Sources view has every row.

use qingshan::app::{App, AppProps, Stage};
use qingshan::i18n::Lang;

async fn render(fragment: &str) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang: Lang::En,
        fragment: fragment.into(),
    })
    .render()
    .await
}

/// Where `needle` first occurs in `html`; fails the test if it does not.
fn at(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("no {needle} in the native render"))
}

#[tokio::test]
async fn a_native_render_has_every_stage_in_page_order() {
    let html = render("").await;
    // One marker per stage, in the order the browser adds them (each stage appends below).
    let order = [
        "class=\"ule-sectors\"",          // FIRST
        "id=\"ule-inputs-title\"",        // ULE_INPUTS
        "class=\"link-button\"",          // ULE_POINTS (the sector's reset, after the points)
        "id=\"ule-results-title\"",       // ULE_RESULTS
        "id=\"ule-chart-",                // ULE_TABLE
        "id=\"ule-tornado-",              // ULE_TORNADO (the analysis runs natively at once)
        "class=\"panel ule-compliance\"", // ULE_COMPLIANCE
        "id=\"ule-explain-title\"",       // ULE_EXPLAIN
        "class=\"ule-explain-sector\"",   // ULE_EXPLAIN_SECTORS
        "class=\"mc-method\"",            // the method note, with the last sector
        "id=\"trucks-title\"",            // TRUCKS
        "class=\"panel trucks-method\"",  // TRUCKS_METHOD
        "class=\"compare panel\"",        // COMPARE
        "class=\"share panel\"",          // SHARE
        "class=\"export panel\"",         // EXPORT
        "class=\"site-footer\"",          // FOOTER
    ];
    let positions: Vec<usize> = order.iter().map(|n| at(&html, n)).collect();
    for (w, pair) in positions.windows(2).enumerate() {
        assert!(
            pair[0] < pair[1],
            "{} comes after {} in the native render",
            order[w],
            order[w + 1]
        );
    }
    assert_eq!(
        html.matches("class=\"ule-explain-sector\"").count(),
        3,
        "every sector's explanation"
    );
    assert!(Stage::FIRST < Stage::ULE_INPUTS && Stage::EXPORT < Stage::FOOTER);
    assert_eq!(Stage::ALL, Stage::FOOTER, "the footer is the last stage");
}

#[tokio::test]
async fn a_native_render_of_the_sources_view_has_every_row() {
    let html = render("v=1&view=sources").await;
    let rows = html.matches("class=\"factor-row ").count();
    assert_eq!(
        rows,
        qingshan_core::factors::Library::standard().len(),
        "every factor's row"
    );
}
