//! CSV and JSON export: encodings a spreadsheet and a JSON reader accept, written by hand.

use qingshan::export::{csv, json, json_string, Row};
use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;

fn row(label: &str, central: f64) -> Row {
    Row {
        section: "tp",
        key: "tp.total".into(),
        label: label.into(),
        central,
        low: central * 0.9,
        high: f64::NAN,
        unit: "吨/年".into(),
        method: "1 − Π(1 − η)".into(),
    }
}

#[test]
fn csv_has_bom_crlf_quotes_and_no_formula_injection() {
    let text = csv(
        &[row("总磷, \"合计\"", 4.875), row("=HYPERLINK(\"x\")", -1.5)],
        ["a", "b", "c", "d", "e", "f", "g", "h"],
    );
    assert!(
        text.starts_with('\u{feff}'),
        "UTF-8 BOM so spreadsheets read Chinese"
    );
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "a,b,c,d,e,f,g,h");
    assert_eq!(
        lines[1],
        "tp,tp.total,\"总磷, \"\"合计\"\"\",4.875,4.3875,,吨/年,1 − Π(1 − η)"
    );
    assert!(lines[2].starts_with("tp,tp.total,\"'=HYPERLINK(\"\"x\"\")\",-1.5,"));
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
        &[row("Total", 4.875)],
        &[
            "carbon.price.cea.2025".to_string(),
            "not.a.factor".to_string(),
        ],
        &o,
    );
    assert!(text.contains("\"format\": \"qingshan-export\""));
    assert!(text.contains("\"scenario\": \"v=1&lang=en\""));
    assert!(text.contains("\"factor_set\": \"2026.1\""));
    assert!(text.contains("\"id\": \"carbon.price.cea.2025\""));
    assert!(text.contains("\"value\": 80, \"library_value\": 62.36, \"changed\": true"));
    assert!(!text.contains("not.a.factor"), "unknown ids are left out");
    assert!(text.contains("\"central\": 4.875") && text.contains("\"high\": null"));
    // Balanced braces and brackets (a cheap structural check; the browser test parses it).
    assert_eq!(text.matches('{').count(), text.matches('}').count());
    assert_eq!(text.matches('[').count(), text.matches(']').count());
}
