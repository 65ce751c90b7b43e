//! CSV and JSON export: encodings a spreadsheet and a JSON reader accept, written by hand; each
//! row's Monte Carlo 90 % range equal to the one its view renders (server rendering, as
//! tests/uncertainty.rs reads the page), inside a closed form where there is one, and absent
//! from the comparison's rows; an export of format version 1 still decodes.

// Test helpers may panic: a failed expectation is a failed test.
#![allow(clippy::expect_used)]

use qingshan::components::carbon::{CarbonView, CarbonViewProps};
use qingshan::components::tp::{TpView, TpViewProps};
use qingshan::components::trucks::{TrucksPanel, TrucksPanelProps};
use qingshan::components::ule::{UleView, UleViewProps};
use qingshan::export::{csv, json, json_string, Row, FORMAT, FORMAT_VERSION};
use qingshan::link::state_from_link;
use qingshan::results::{all_rows, all_rows_with_ranges};
use qingshan::state::AppState;
use qingshan_core::carbon::presets;
use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use qingshan_core::ule::Sector;
use yew::Callback;

fn row(label: &str, central: f64) -> Row {
    Row {
        section: "tp",
        key: "tp.total".into(),
        label: label.into(),
        central,
        low: central * 0.9,
        high: f64::NAN,
        mc: None,
        unit: "吨/年".into(),
        method: "1 − Π(1 − η)".into(),
    }
}

const HEADERS: [&str; 10] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

#[test]
fn csv_has_bom_crlf_quotes_and_no_formula_injection() {
    let text = csv(
        &[
            row("总磷, \"合计\"", 4.875),
            row("=HYPERLINK(\"x\")", -1.5).with_mc(Some((-2.25, -0.5))),
        ],
        HEADERS,
    );
    assert!(
        text.starts_with('\u{feff}'),
        "UTF-8 BOM so spreadsheets read Chinese"
    );
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "a,b,c,d,e,f,g,h,i,j");
    // No Monte Carlo range: the two last fields are empty (never NaN, never a made-up number).
    assert_eq!(
        lines[1],
        "tp,tp.total,\"总磷, \"\"合计\"\"\",4.875,4.3875,,吨/年,1 − Π(1 − η),,"
    );
    assert!(lines[2].starts_with("tp,tp.total,\"'=HYPERLINK(\"\"x\"\")\",-1.5,"));
    // A negative number is a number, not a formula: not guarded.
    assert!(
        lines[2].ends_with(",1 − Π(1 − η),-2.25,-0.5"),
        "{}",
        lines[2]
    );
    assert_eq!(lines.len(), 4, "header, two rows, and the final CRLF");
}

#[test]
fn json_strings_are_escaped() {
    assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    assert_eq!(json_string("钢铁</script>"), "\"钢铁</script>\"");
}

#[test]
fn json_export_names_versions_scenario_factors_and_results() {
    let mut o = Overrides::new();
    o.set("carbon.price.cea.2025", 80.0);
    let text = json(
        "v=1&lang=en",
        Lang::En,
        &[
            row("Total", 4.875),
            row("Ranged", 2.0).with_mc(Some((1.5, 2.5))),
        ],
        &[
            "carbon.price.cea.2025".to_string(),
            "not.a.factor".to_string(),
        ],
        &o,
    );
    assert!(text.contains("\"format\": \"qingshan-export\""));
    assert_eq!(FORMAT_VERSION, 2);
    assert!(text.contains("\"format_version\": 2,"));
    assert!(text.contains("\"scenario\": \"v=1&lang=en\""));
    assert!(text.contains("\"factor_set\": \"2026.1\""));
    assert!(text.contains("\"id\": \"carbon.price.cea.2025\""));
    assert!(text.contains("\"value\": 80, \"library_value\": 62.36, \"changed\": true"));
    assert!(!text.contains("not.a.factor"), "unknown ids are left out");
    assert!(text.contains("\"central\": 4.875") && text.contains("\"high\": null"));
    // Both ranges, named, and said what they are, with the analysis' settings.
    assert!(text.contains("\"mc_p5\": null, \"mc_p95\": null"));
    assert!(text
        .contains("\"central\": 2, \"low\": 1.8, \"high\": null, \"mc_p5\": 1.5, \"mc_p95\": 2.5"));
    assert!(text.contains("\"uncertainty\": {\"low_high\": \"all-ends bound"));
    assert!(text.contains("\"mc_samples\": 10000"));
    // Balanced braces and brackets (a cheap structural check; the browser test parses it).
    assert_eq!(text.matches('{').count(), text.matches('}').count());
    assert_eq!(text.matches('[').count(), text.matches(']').count());
}

// ---- The Monte Carlo range in the export is the page's

/// The value of attribute `name` on the element with id `id` (as tests/uncertainty.rs).
fn attr(html: &str, id: &str, name: &str) -> Option<f64> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let pat = format!("{name}=\"");
    let v = &tag[tag.find(&pat)? + pat.len()..];
    v[..v.find('"')?].parse().ok()
}

/// The four views of `state`, rendered on the server (the analysis runs at once there).
async fn render_all(state: &AppState) -> String {
    let ule = yew::LocalServerRenderer::<UleView>::with_props(UleViewProps {
        lang: state.lang,
        inputs: state.ule.clone(),
        trucks: state.trucks.clone(),
        overrides: state.overrides.clone(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    let trucks = yew::LocalServerRenderer::<TrucksPanel>::with_props(TrucksPanelProps {
        lang: state.lang,
        inputs: state.trucks.clone(),
        overrides: state.overrides.clone(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    let tp = yew::LocalServerRenderer::<TpView>::with_props(TpViewProps {
        lang: state.lang,
        inputs: state.tp.clone(),
        overrides: state.overrides.clone(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    let carbon = yew::LocalServerRenderer::<CarbonView>::with_props(CarbonViewProps {
        lang: state.lang,
        inputs: state.carbon.clone(),
        overrides: state.overrides.clone(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    [ule, trucks, tp, carbon].concat()
}

/// Export row key → the element of the page that carries its range, and the factor from the
/// page's `data-*` (the output's unit) to the row's (100 for a fraction shown in percent).
/// Written out here from the views' element ids, independently of `src/results`.
fn page_ids(state: &AppState) -> Vec<(String, String, f64)> {
    let mut v: Vec<(String, String, f64)> = Vec::new();
    let mut add = |key: String, id: String, scale: f64| v.push((key, id, scale));
    for p in ["pm", "so2", "nox"] {
        add(format!("ule.total.{p}"), format!("ule-mc-{p}"), 1.0);
        for s in Sector::ALL {
            let s = s.key();
            add(format!("ule.{s}.{p}"), format!("ule-mc-{s}-{p}"), 1.0);
            add(
                format!("ule.{s}.{p}.before"),
                format!("ule-mc-before-{s}-{p}"),
                1.0,
            );
            add(
                format!("ule.{s}.{p}.after"),
                format!("ule-mc-after-{s}-{p}"),
                1.0,
            );
            add(
                format!("ule.{s}.{p}.share"),
                format!("ule-mc-share-{s}-{p}"),
                100.0,
            );
        }
    }
    for (k, id) in [
        ("investment", "investment"),
        ("operating", "operating"),
        ("per_tonne", "per-tonne"),
    ] {
        add(
            format!("ule.steel.cost.{k}"),
            format!("ule-cost-{id}-mc"),
            1.0,
        );
    }
    for (k, id) in [
        ("nox", "nox"),
        ("co2.tailpipe", "tailpipe"),
        ("electricity", "electricity"),
        ("co2.grid", "grid"),
        ("co2.net", "net"),
    ] {
        add(format!("trucks.{k}"), format!("trucks-mc-{id}"), 1.0);
    }
    add("tp.total".into(), "tp-mc".into(), 1.0);
    for (k, id, scale) in [
        ("share.report", "share-report", 100.0),
        ("share.national", "share-national", 100.0),
        ("projects_equivalent", "projects", 1.0),
        ("algae.dry", "algae-dry", 1.0),
        ("algae.wet", "algae-wet", 1.0),
        ("dilution", "dilution", 1.0),
    ] {
        add(format!("tp.{k}"), format!("tp-{id}-mc"), scale);
    }
    for m in &state.tp.scenario.measures {
        add(
            format!("tp.measure.{}", m.id.0),
            format!("tp-m{}-mc", m.id.0),
            1.0,
        );
    }
    let compared = state.carbon.inputs.is_comparison();
    add("carbon.total".into(), "carbon-mc".into(), 1.0);
    add("carbon.per_fu".into(), "carbon-total-per-fu-mc".into(), 1.0);
    add("carbon.cost".into(), "carbon-total-cost-mc".into(), 1.0);
    if compared {
        add("carbon.b.total".into(), "carbon-mc-b".into(), 1.0);
        add(
            "carbon.b.per_fu".into(),
            "carbon-total-b-per-fu-mc".into(),
            1.0,
        );
        add("carbon.b.cost".into(), "carbon-total-b-cost-mc".into(), 1.0);
        add("carbon.change".into(), "carbon-mc-change".into(), 1.0);
        add(
            "carbon.change.on_site".into(),
            "carbon-change-on-site-mc".into(),
            1.0,
        );
        add(
            "carbon.change.cost".into(),
            "carbon-change-cost-mc".into(),
            1.0,
        );
    }
    for (i, l) in state.carbon.inputs.lines.iter().enumerate() {
        add(
            format!("carbon.line.{}", l.id.0),
            format!("carbon-line-{i}-mc"),
            1.0,
        );
    }
    v
}

/// Every exported range equals the page's `data-p5`/`data-p95` (times 100 for a percent row:
/// relative 1e-12, the rounding of that product; 1.0 rows compare equal to the last bit as
/// written, `{}` of the same f64 on both sides); a row the page shows with no spread exports
/// none. Returns how many rows were compared.
async fn check_against_page(state: &AppState) -> usize {
    let (rows, _) = all_rows_with_ranges(state);
    let html = render_all(state).await;
    assert!(!html.contains("NaN"));
    let mut compared = 0;
    for (key, id, scale) in page_ids(state) {
        let Some(r) = rows.iter().find(|r| r.key == key) else {
            continue; // e.g. a share with no national baseline: no row, no element
        };
        let (Some(p5), Some(p95)) = (attr(&html, &id, "data-p5"), attr(&html, &id, "data-p95"))
        else {
            panic!("{key}: the page has no range at #{id}");
        };
        match r.mc {
            Some((e5, e95)) => {
                let tol = |x: f64| 1e-12 * x.abs().max(1e-300);
                assert!(
                    (e5 - p5 * scale).abs() <= tol(e5),
                    "{key}: p5 {e5} vs page {p5}"
                );
                assert!(
                    (e95 - p95 * scale).abs() <= tol(e95),
                    "{key}: p95 {e95} vs page {p95}"
                );
                if (scale - 1.0).abs() < f64::EPSILON {
                    assert_eq!(format!("{e5} {e95}"), format!("{p5} {p95}"), "{key}");
                }
                compared += 1;
            }
            None => assert!(
                (p95 - p5).abs() <= 1e-12 * p5.abs().max(p95.abs()),
                "{key}: no range exported, the page has {p5} – {p95}"
            ),
        }
    }
    compared
}

/// Every ranged row: finite, p5 < p95, and p5 ≤ central ≤ p95. Returns how many rows had one.
fn check_order(rows: &[Row]) -> usize {
    let mut n = 0;
    for r in rows {
        if let Some((p5, p95)) = r.mc {
            assert!(p5.is_finite() && p95.is_finite(), "{}", r.key);
            assert!(p5 < p95, "{}: {p5} < {p95}", r.key);
            assert!(
                p5 <= r.central && r.central <= p95,
                "{}: {p5} ≤ {} ≤ {p95}",
                r.key,
                r.central
            );
            n += 1;
        }
    }
    n
}

#[tokio::test]
async fn exported_ranges_are_the_pages_for_the_report_presets() {
    for lang in [Lang::En, Lang::ZhHant] {
        let state = AppState {
            lang,
            ..AppState::default()
        };
        let compared = check_against_page(&state).await;
        // ULE: 3 totals + 3 sectors × 3 pollutants × (avoided, before, after) + shares + 3 costs;
        // trucks 5; tp 1 + 6 + its measure; carbon 3 + its lines: well over 40 in all.
        assert!(compared >= 40, "{lang:?}: only {compared} rows compared");
        let (rows, _) = all_rows_with_ranges(&state);
        let ranged = check_order(&rows);
        assert!(ranged >= compared, "{ranged} ranged rows");
    }
}

#[tokio::test]
async fn exported_ranges_are_the_pages_for_a_carbon_comparison() {
    // The truck preset compares two variants: the alternative, the change and its parts.
    let mut state = AppState::default();
    state.carbon.inputs = presets::truck();
    let compared = check_against_page(&state).await;
    assert!(compared >= 45, "only {compared} rows compared");
    let (rows, _) = all_rows_with_ranges(&state);
    check_order(&rows);
    let get = |k: &str| rows.iter().find(|r| r.key == k).expect(k);
    assert!(get("carbon.change").mc.is_some());
    // No output in the view's layout for these: no range, never a made-up one.
    assert!(get("carbon.change.electricity").mc.is_none());
    assert!(rows
        .iter()
        .filter(|r| r.key.starts_with("carbon.line.") && r.key.matches('.').count() == 3)
        .all(|r| r.mc.is_none()));
}

/// Inverse CDF of the triangular law (a, mode c, b).
fn tri_quantile(p: f64, a: f64, c: f64, b: f64) -> f64 {
    if p < (c - a) / (b - a) {
        a + (p * (b - a) * (c - a)).sqrt()
    } else {
        b - ((1.0 - p) * (b - a) * (b - c)).sqrt()
    }
}

#[test]
fn the_tp_preset_total_exports_the_triangular_law_percentiles() {
    // The preset is one measure whose load is factor tp.report.reduction_2025: 11,700 t
    // (factors.md B2, the report's "1.17万吨"), grade Official, range ±5 %: Tri(11,115, 11,700,
    // 12,285). p5 = 11,115 + √(0.05 × 1,170 × 585) = 11,115 + 185.0 = 11,300.0; p95 = 12,100.0.
    let (a, c, b) = (11_115.0, 11_700.0, 12_285.0);
    let (p5, p95) = (tri_quantile(0.05, a, c, b), tri_quantile(0.95, a, c, b));
    assert!((p5 - 11_300.0).abs() < 0.1 && (p95 - 12_100.0).abs() < 0.1);
    // Standard error of a sample 5 % quantile, 10,000 samples: √(0.05 × 0.95 / 10⁴) ÷ f(p5),
    // f(p5) = 2(p5 − a)/((b − a)(c − a)) = 2 × 185 / (1,170 × 585) = 5.406e-4 per t: 4.03 t.
    let density = 2.0 * (p5 - a) / ((b - a) * (c - a));
    let se = (0.05_f64 * 0.95 / 10_000.0).sqrt() / density;
    assert!((se - 4.03).abs() < 0.01, "se {se}");
    for lang in [Lang::En, Lang::ZhHans] {
        let state = AppState {
            lang,
            ..AppState::default()
        };
        let (rows, _) = all_rows_with_ranges(&state);
        for key in ["tp.total", "tp.measure.1"] {
            let r = rows.iter().find(|r| r.key == key).expect(key);
            let (e5, e95) = r.mc.expect("a range");
            assert!((e5 - p5).abs() < 4.0 * se, "{key}: p5 {e5} vs {p5}");
            assert!((e95 - p95).abs() < 4.0 * se, "{key}: p95 {e95} vs {p95}");
            // The all-ends bound stays as it was, next to it.
            assert!((r.low - a).abs() < 1e-6 && (r.high - b).abs() < 1e-6);
        }
        // The share of the report's figure is the total ÷ that same factor: 100 % in every
        // sample, no spread, so no range (empty, never a made-up one).
        let share = rows
            .iter()
            .find(|r| r.key == "tp.share.report")
            .expect("share");
        assert!((share.central - 100.0).abs() < 1e-9 && share.mc.is_none());
        // The report's average project is not an output of the view's analysis: no range.
        let per = rows.iter().find(|r| r.key == "tp.report.per_project");
        assert!(per.expect("per project").mc.is_none());
    }
}

#[test]
fn the_comparison_rows_carry_no_range_and_run_no_simulation() {
    // `all_rows` is what the comparison panel calls on every render: same rows, no ranges.
    let state = AppState::default();
    let (plain, plain_ids) = all_rows(&state);
    let (ranged, ranged_ids) = all_rows_with_ranges(&state);
    assert!(plain.iter().all(|r| r.mc.is_none()));
    assert_eq!(plain_ids, ranged_ids);
    assert_eq!(plain.len(), ranged.len());
    for (a, b) in plain.iter().zip(&ranged) {
        assert_eq!(a, &b.clone().with_mc(None));
    }
    // It stays cheap: no Monte Carlo behind it. 100 calls well under the time of one analysis
    // of the four calculators would be impossible with one (about 35 ms natively in release,
    // far more in this debug build); a generous bound for a busy machine.
    let start = std::time::Instant::now();
    let (_ranged, _) = all_rows_with_ranges(&state);
    let with = start.elapsed();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        std::hint::black_box(all_rows(&state));
    }
    let without = start.elapsed() / 10;
    assert!(
        without * 5 < with,
        "all_rows {without:?} vs with ranges {with:?}"
    );
}

#[test]
fn a_format_version_1_export_still_decodes() {
    // tests/fixtures/export-v1.json was written by the version-1 writer (src/export.rs before
    // the Monte Carlo columns): no format_version, no mc_p5/mc_p95. The import reads `format`
    // and `scenario` only (platform::scenario_of_export, in the browser: export.test.mjs imports
    // this file); here: both are where it looks, and the scenario decodes with no notice.
    let text = include_str!("fixtures/export-v1.json");
    assert!(!text.contains("format_version") && !text.contains("mc_p5"));
    assert!(text.contains(&format!("\"format\": {},", json_string(FORMAT))));
    let scenario = text
        .split("\"scenario\": \"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a scenario");
    let (state, notices) = state_from_link(scenario, Lang::ZhHans);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.lang, Lang::En);
    assert_eq!(state.overrides.get("carbon.price.cea.2025"), Some(80.0));
}
