//! Numbers the core's three-language texts, so the browser build can leave them out of the wasm
//! and read each reader's language from its language pack instead (`src/text.rs`, "Texts by
//! number"; docs/size.md, "Core texts in the packs").
//!
//! It reads every `t!("…", "…", "…")` in `src/` whose three arguments are plain string literals,
//! and the texts macros assemble from their own arguments, which no scan can see, from
//! `texts-built-by-macros.tsv` (written and kept exact by a test that walks them). It writes
//! `$OUT_DIR/texts.rs`: the FNV-1a hash of each packed text (`"zh-Hans␟zh-Hant␟en"`), ascending,
//! and (for native builds) the texts in the same order. `t!` looks its literal up by hash at
//! compile time; a text missing from both simply stays in the wasm, so a scan that misses or
//! misreads a literal, or a stale list, can only cost bytes, never a wrong text: the hash is of
//! the compiler's own string.
//!
//! No dependencies: the scan is a small reader of Rust string literals.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const SEP: char = '\u{1f}';

/// The list of texts that macros assemble (next to `src/`).
const EXTRA_FILE: &str = "texts-built-by-macros.tsv";

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("src");
    let extra_file = root.with_file_name(EXTRA_FILE);
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed={EXTRA_FILE}");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    // Each text with whether it comes only from the list of macro-built texts.
    let mut texts: BTreeMap<u64, (String, bool)> = BTreeMap::new();
    let mut add = |text: String, extra: bool| {
        let h = fnv(&text);
        if let Some((other, was_extra)) = texts.get(&h) {
            assert!(
                *other == text,
                "two texts with one hash: {other:?} and {text:?}"
            );
            texts.insert(h, (text, extra && *was_extra));
        } else {
            texts.insert(h, (text, extra));
        }
    };
    for file in &files {
        let Ok(source) = std::fs::read_to_string(file) else {
            continue;
        };
        for text in scan(&source) {
            add(text, false);
        }
    }
    // The texts macros assemble, which no scan of the sources can see: listed by a test that
    // walks them (`text::tests::macro_built_texts_are_listed`), one per line, the three
    // languages tab-separated.
    for line in std::fs::read_to_string(&extra_file)
        .unwrap_or_default()
        .lines()
    {
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() == 3 && !line.contains(SEP) {
            add(parts.join(&SEP.to_string()), true);
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// FNV-1a (64-bit) of each packed text `t!` can number, ascending.\n\
         pub(crate) const HASHES: [u64; {n}] = [",
        n = texts.len()
    );
    for h in texts.keys() {
        let _ = writeln!(out, "    {h:#018x},");
    }
    out.push_str("];\n\n/// The packed texts, in the order of [`HASHES`] (native builds).\n");
    out.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
    let _ = writeln!(out, "pub(crate) static TEXTS: [&str; {}] = [", texts.len());
    for (t, _) in texts.values() {
        let _ = writeln!(out, "    {t:?},");
    }
    out.push_str("];\n\n/// Whether each text is numbered only because the list of macro-built texts has it.\n");
    out.push_str("#[cfg(test)]\n");
    let _ = writeln!(out, "pub(crate) static EXTRA: [bool; {}] = [", texts.len());
    for (_, extra) in texts.values() {
        let _ = writeln!(out, "    {extra},");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("texts.rs");
    if std::fs::read_to_string(&dest).ok().as_deref() != Some(out.as_str()) {
        std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    }
}

/// The `.rs` files under `dir`, but not the tests' own files (their texts are never shown).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "tests" {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests.rs" {
            out.push(path);
        }
    }
}

/// FNV-1a (64-bit), as `Text::lookup` computes it at compile time.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Every `t!(a, b, c)` with three plain literals, packed; texts with a line break or a tab stay
/// out (a pack holds one text per line, tab-separated where it numbers them).
fn scan(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(at) = source[from..].find("t!(") {
        let start = from + at;
        from = start + 3;
        let prev = start.checked_sub(1).map(|i| bytes[i]);
        if prev.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        let mut r = Reader {
            s: source,
            at: from,
        };
        let Some(text) = r.three_literals() else {
            continue;
        };
        if text.matches(SEP).count() == 2 && !text.contains(['\n', '\r', '\t']) {
            found.push(text);
        }
    }
    found
}

struct Reader<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.at..]
    }

    fn skip_ws(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.rest().starts_with(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn three_literals(&mut self) -> Option<String> {
        let a = self.literal()?;
        if !self.eat(',') {
            return None;
        }
        let b = self.literal()?;
        if !self.eat(',') {
            return None;
        }
        let c = self.literal()?;
        self.eat(',');
        if !self.eat(')') {
            return None;
        }
        Some(format!("{a}{SEP}{b}{SEP}{c}"))
    }

    /// A `"…"` or `r"…"` / `r#"…"#` literal, its escapes resolved as rustc does.
    fn literal(&mut self) -> Option<String> {
        self.skip_ws();
        let rest = self.rest();
        if let Some(raw) = rest.strip_prefix('r') {
            let hashes = raw.len() - raw.trim_start_matches('#').len();
            let body = raw[hashes..].strip_prefix('"')?;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = body.find(&close)?;
            self.at += 1 + hashes + 1 + end + close.len();
            return Some(body[..end].to_string());
        }
        let body = rest.strip_prefix('"')?;
        let mut out = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += 1 + i + 1;
                    return Some(out);
                }
                '\\' => {
                    let (_, e) = chars.next()?;
                    match e {
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        '0' => out.push('\0'),
                        '\\' | '"' | '\'' => out.push(e),
                        'x' => {
                            let hi = chars.next()?.1.to_digit(16)?;
                            let lo = chars.next()?.1.to_digit(16)?;
                            out.push(char::from_u32(hi * 16 + lo)?);
                        }
                        'u' => {
                            if chars.next()?.1 != '{' {
                                return None;
                            }
                            let mut v = 0u32;
                            loop {
                                let (_, d) = chars.next()?;
                                if d == '}' {
                                    break;
                                }
                                if d != '_' {
                                    v = v.checked_mul(16)? + d.to_digit(16)?;
                                }
                            }
                            out.push(char::from_u32(v)?);
                        }
                        '\n' => {
                            // A line continuation: the line break and the next line's leading
                            // white space are not part of the string.
                            let tail = &body[i + 2..];
                            let kept = tail.trim_start_matches([' ', '\t', '\n', '\r']);
                            let skip = tail.len() - kept.len();
                            for _ in tail[..skip].chars() {
                                chars.next();
                            }
                        }
                        _ => return None,
                    }
                }
                '\r' => {}
                c => out.push(c),
            }
        }
        None
    }
}
