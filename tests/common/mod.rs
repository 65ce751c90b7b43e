//! Shared by the per-calculator link tests: the released fixture files of
//! `tests/fixtures/links/<calculator>-v<N>.txt`, one case per line.
//!
//! A line has three tab-separated columns: the link as users have it, the canonical form it must
//! re-encode to (each test says which part of the link it writes there; `-` for nothing), and the
//! notices it must raise (comma-separated; `-` for none). Lines starting with `# ` are comments.

// Helpers may panic: a malformed fixture is a failed test.
#![allow(clippy::expect_used, dead_code)]

use qingshan::state::AppState;

/// One line of a fixture file.
pub struct Case {
    /// The link as users have it.
    pub link: String,
    /// The canonical form, as written (`-` included).
    pub canonical: String,
    /// The expected notices, sorted (empty for `-`).
    pub notices: Vec<String>,
}

/// Every case of `tests/fixtures/links/<file>`; fails on a line without three columns.
pub fn cases(file: &str) -> Vec<Case> {
    let path = format!("{}/tests/fixtures/links/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture file");
    text.lines()
        .filter(|l| !l.starts_with("# ") && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{file}: bad fixture line {line:?}");
            let mut notices: Vec<String> = if cols[2] == "-" {
                Vec::new()
            } else {
                cols[2].split(',').map(str::to_owned).collect()
            };
            notices.sort_unstable();
            Case {
                link: cols[0].to_owned(),
                canonical: cols[1].to_owned(),
                notices,
            }
        })
        .collect()
}

/// A whole re-encoded link as a fixture can state it forever: without `fs` (links always write
/// the current factor set, which changes with every release of the set) and without the `f.`
/// pairs an older factor set pinned (their values come from the set's history, not the link).
pub fn comparable(fragment: &str, state: &AppState) -> String {
    let pinned: Vec<String> = state
        .older_set
        .iter()
        .flat_map(|o| o.changes.iter().map(|c| format!("f.{}", c.id)))
        .collect();
    fragment
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            key != "fs" && !pinned.iter().any(|p| p == key)
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Sorted `f(notice)` of each notice, to compare with [`Case::notices`].
pub fn sorted<T>(items: &[T], f: impl Fn(&T) -> String) -> Vec<String> {
    let mut v: Vec<String> = items.iter().map(f).collect();
    v.sort_unstable();
    v
}
