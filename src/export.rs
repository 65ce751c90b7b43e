//! Export: the results as CSV, and the whole scenario as JSON that imports back.
//!
//! The JSON holds the scenario as its link fragment (the same versioned codec as links, so an
//! export imports into every future version), the factor values the results used with their
//! citations, the results, and the app and factor-set versions.
//!
//! Every result carries two uncertainties (docs/uncertainty.md, "Exports"): `low`/`high`, the
//! all-ends bound (every factor at its low, then at its high end: the core's `Ranged`), and
//! `mc_p5`/`mc_p95`, the 5th and 95th percentiles of the Monte Carlo analysis the page shows
//! (10,000 samples, fixed seed: the page's `data-p5`/`data-p95`), empty (CSV) or `null` (JSON)
//! where the result has no Monte Carlo range. The JSON says so in its `uncertainty` object and
//! has a `format_version` ([`FORMAT_VERSION`]); the CSV, which has no version, keeps its first
//! eight columns where they were and appends the two percentiles after `method`, so a reader of
//! the old columns by position still reads them. It is written here by hand (a
//! fixed shape, escaped per RFC 8259) and read back with the browser's own `JSON.parse`, so the
//! page ships no JSON library. The CSV is UTF-8 with a byte-order mark and CRLF line ends, fields
//! quoted per RFC 4180, so spreadsheet software opens Chinese text correctly.

use std::fmt::Write;

use qingshan_core::eval::Overrides;
use qingshan_core::factors::{Library, FACTOR_SET_VERSION};
use qingshan_core::text::Lang;
use qingshan_core::uncertainty::Settings;

/// The app's version (Cargo.toml).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The `format` field of an export, checked on import.
pub const FORMAT: &str = "qingshan-export";

/// The `format_version` field of a JSON export. Version 1 (no `format_version` field) had
/// `low`/`high` only; version 2 adds `mc_p5`/`mc_p95` to each result and
/// the `uncertainty` object that says what both ranges are. The import reads only `format` and
/// `scenario`, which are unchanged, so a version-1 export still imports
/// (tests/fixtures/export-v1.json, tests/e2e/export.test.mjs).
pub const FORMAT_VERSION: u32 = 2;

/// What `low`/`high` are, in the JSON's `uncertainty` object (English: field docs, like the keys).
pub const LOW_HIGH: &str =
    "all-ends bound: every factor at its low end, then every factor at its high end";

/// What `mc_p5`/`mc_p95` are, in the JSON's `uncertainty` object.
pub const MC_P5_P95: &str = "90 % Monte Carlo range (5th and 95th percentiles) as the page shows it; null where the result has no range";

/// One result line.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The calculator (`ule`, `trucks`, `tp`, `carbon`).
    pub section: &'static str,
    /// A stable key of the result (e.g. `ule.steel.so2`).
    pub key: String,
    /// What it is, in the user's language.
    pub label: String,
    /// Central value.
    pub central: f64,
    /// Low end of the all-ends bound: every factor at its low end (the core's `Ranged`).
    pub low: f64,
    /// High end of the all-ends bound: every factor at its high end.
    pub high: f64,
    /// The Monte Carlo 90 % range `(p5, p95)` the page shows for this result, in the row's
    /// unit (a percent row's is the page's fraction × 100); `None` when not computed (the
    /// comparison's rows), when the result has no counterpart among the analysis' outputs (each
    /// calculator's module says which), when it has no spread, or when the analysis failed.
    pub mc: Option<(f64, f64)>,
    /// The unit, in the user's language.
    pub unit: String,
    /// How it was computed (method, basis), in the user's language.
    pub method: String,
}

impl Row {
    /// This row with the Monte Carlo range `mc` ([`Row::mc`]).
    #[must_use]
    pub fn with_mc(self, mc: Option<(f64, f64)>) -> Row {
        Row { mc, ..self }
    }
}

/// RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. A field that
/// starts with `=`, `+`, `-` or `@` (and is not a number) gets a leading `'`, so a spreadsheet
/// never runs it as a formula.
fn csv_field(s: &str) -> String {
    let guarded =
        if s.starts_with(['=', '+', '-', '@']) && qingshan_core::decimal::parse_f64(s).is_none() {
            format!("'{s}")
        } else {
            s.to_string()
        };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn num(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        String::new()
    }
}

/// The results as CSV with `headers` (section, key, item, central, low, high, unit, method,
/// p5, p95): the Monte Carlo percentiles last, so the first eight columns stay where they were
/// before they were added; empty where a row has no Monte Carlo range.
pub fn csv(rows: &[Row], headers: [&str; 10]) -> String {
    let mut out = String::from("\u{feff}");
    let line = |fields: Vec<String>| {
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
    };
    out.push_str(&line(headers.iter().map(|h| (*h).to_string()).collect()));
    out.push_str("\r\n");
    for r in rows {
        out.push_str(&line(vec![
            r.section.to_string(),
            r.key.clone(),
            r.label.clone(),
            num(r.central),
            num(r.low),
            num(r.high),
            r.unit.clone(),
            r.method.clone(),
            r.mc.map_or_else(String::new, |m| num(m.0)),
            r.mc.map_or_else(String::new, |m| num(m.1)),
        ]));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal (RFC 8259).
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_num(x: f64) -> String {
    if x.is_finite() {
        format!("{x}")
    } else {
        "null".to_string()
    }
}

/// The whole export as JSON.
pub fn json(
    fragment: &str,
    lang: Lang,
    rows: &[Row],
    factor_ids: &[String],
    overrides: &Overrides,
) -> String {
    let lib = Library::standard();
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"format\": {},", json_string(FORMAT));
    let _ = writeln!(out, "  \"format_version\": {FORMAT_VERSION},");
    let _ = writeln!(out, "  \"app_version\": {},", json_string(APP_VERSION));
    let _ = writeln!(
        out,
        "  \"factor_set\": {},",
        json_string(FACTOR_SET_VERSION)
    );
    let _ = writeln!(
        out,
        "  \"factor_set_hash\": {},",
        json_string(&lib.content_hash())
    );
    let _ = writeln!(out, "  \"language\": {},", json_string(lang.tag()));
    let _ = writeln!(out, "  \"scenario\": {},", json_string(fragment));
    let mc = Settings::default();
    let _ = writeln!(
        out,
        "  \"uncertainty\": {{\"low_high\": {}, \"mc_p5_p95\": {}, \"mc_samples\": {}, \"mc_seed\": {}}},",
        json_string(LOW_HIGH),
        json_string(MC_P5_P95),
        mc.samples,
        mc.seed,
    );
    out.push_str("  \"factors\": [");
    let mut first = true;
    for id in factor_ids {
        let Some(f) = lib.get(id) else { continue };
        let d = f.def;
        let used = overrides.get(id).unwrap_or(f.value);
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        let _ = write!(
            out,
            "    {{\"id\": {}, \"name\": {}, \"value\": {}, \"library_value\": {}, \"changed\": {}, \"low\": {}, \"high\": {}, \"unit\": {}, \"grade\": {}, \"source\": {}, \"publisher\": {}, \"locator\": {}, \"published\": {}, \"url\": {}}}",
            json_string(id),
            json_string(d.name.get(lang)),
            json_num(used),
            json_num(f.value),
            overrides.is_overridden(id),
            json_num(f.low),
            json_num(f.high),
            json_string(d.unit.symbol(lang)),
            json_string(d.grade.key()),
            json_string(d.source.title),
            json_string(d.source.publisher.get(lang)),
            d.source.locator.map_or_else(|| "null".to_string(), json_string),
            d.source.year.map_or_else(|| "null".to_string(), |y| y.to_string()),
            d.source.url.map_or_else(|| "null".to_string(), json_string),
        );
    }
    out.push_str(if first { "],\n" } else { "\n  ],\n" });
    out.push_str("  \"results\": [");
    for (i, r) in rows.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        let _ = write!(
            out,
            "    {{\"section\": {}, \"key\": {}, \"label\": {}, \"central\": {}, \"low\": {}, \"high\": {}, \"mc_p5\": {}, \"mc_p95\": {}, \"unit\": {}, \"method\": {}}}",
            json_string(r.section),
            json_string(&r.key),
            json_string(&r.label),
            json_num(r.central),
            json_num(r.low),
            json_num(r.high),
            r.mc.map_or_else(|| "null".to_string(), |m| json_num(m.0)),
            r.mc.map_or_else(|| "null".to_string(), |m| json_num(m.1)),
            json_string(&r.unit),
            json_string(&r.method),
        );
    }
    out.push_str(if rows.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}
