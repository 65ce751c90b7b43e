//! The language packs (`assets/i18n/<tag>.txt`) the browser build fetches: they must say exactly
//! what the compiled-in catalogs say, and a pack that does not fit the build must be refused.
//!
//! When a catalog changes, rewrite the packs with
//! `UPDATE_PACKS=1 cargo test --test i18n_packs` and commit them.

use qingshan::i18n::pack::{self, PackError};
use qingshan::i18n::{catalog, Catalog, Lang};
use qingshan_core::{figures, text};
use std::path::PathBuf;

fn pack_path(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(format!("{}.txt", lang.tag()))
}

fn leak(s: String) -> &'static str {
    s.leak()
}

#[test]
fn the_packs_match_the_catalogs() {
    let update = std::env::var_os("UPDATE_PACKS").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let written = pack::write(catalog(lang), lang);
        let path = pack_path(lang);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &written).unwrap();
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != written {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these packs differ from the catalogs: {stale:?}; run \
         `UPDATE_PACKS=1 cargo test --test i18n_packs` and commit assets/i18n/"
    );
}

#[test]
fn a_pack_reads_back_as_its_catalog() {
    for lang in Lang::ALL {
        let text = leak(std::fs::read_to_string(pack_path(lang)).unwrap());
        let read = pack::parse(text, lang).unwrap();
        assert!(
            &read.catalog == catalog(lang),
            "{lang:?}: the pack reads back differently"
        );
    }
}

#[test]
fn one_line_per_string_and_the_header_says_how_many() {
    for lang in Lang::ALL {
        let text = std::fs::read_to_string(pack_path(lang)).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        // Header, the UI strings, the core texts, and the empty piece after the last line end.
        assert_eq!(lines.last(), Some(&""));
        let header: Vec<&str> = lines[0].split('\t').collect();
        assert_eq!(header[..3], ["qingshan-i18n", "2", lang.tag()]);
        assert_eq!(header[3], Catalog::LEN.to_string(), "{lang:?}: UI count");
        assert_eq!(
            header[5],
            text::NUMBERED.to_string(),
            "{lang:?}: core count"
        );
        assert_eq!(header[4].len(), 16);
        assert_eq!(header[6], format!("{:016x}", text::NUMBERED_HASH));
        assert_eq!(header.len(), 7);
        assert_eq!(lines.len(), 2 + Catalog::LEN + text::NUMBERED, "{lang:?}");
        // No string may hold a line break: each string is one line.
        assert!(!text.contains('\r'));
        // A few strings at known places, from the catalog sources: the first field of the
        // first part (Common::app_name) and the last field of the last part.
        assert_eq!(lines[1], catalog(lang).common.app_name);
        assert!(!lines[Catalog::LEN].is_empty());
        // The core section: each figure's sentence at its number, in the pack's language.
        for f in figures::all() {
            let n = f
                .sentence
                .number()
                .expect("every report sentence is numbered");
            assert_eq!(
                lines[1 + Catalog::LEN + n],
                f.sentence.get(lang),
                "{}",
                f.id
            );
        }
    }
    assert_eq!(pack_line(Lang::En, 1), "Qingshan");
    assert_eq!(pack_line(Lang::ZhHans, 1), "青山");
}

fn read_pack(lang: Lang) -> String {
    std::fs::read_to_string(pack_path(lang)).unwrap_or_default()
}

fn pack_line(lang: Lang, n: usize) -> String {
    read_pack(lang)
        .split('\n')
        .nth(n)
        .unwrap_or_default()
        .to_string()
}

fn en_pack() -> String {
    read_pack(Lang::En)
}

#[test]
fn a_pack_for_another_language_is_refused() {
    let text = leak(en_pack());
    assert_eq!(pack::parse(text, Lang::ZhHans), Err(PackError::Lang));
}

#[test]
fn a_pack_for_other_keys_is_refused() {
    let text = en_pack();
    let header_end = text.find('\n').unwrap();
    let (header, body) = text.split_at(header_end);
    let mut fields: Vec<String> = header.split('\t').map(str::to_string).collect();
    // Another hash (one hex digit changed), same count.
    let digit = if fields[4].starts_with('0') { "1" } else { "0" };
    fields[4].replace_range(0..1, digit);
    assert_eq!(
        pack::parse(leak(format!("{}{body}", fields.join("\t"))), Lang::En),
        Err(PackError::Keys)
    );
    // Another count.
    let mut fields: Vec<String> = header.split('\t').map(str::to_string).collect();
    fields[3] = (Catalog::LEN + 1).to_string();
    assert_eq!(
        pack::parse(leak(format!("{}{body}", fields.join("\t"))), Lang::En),
        Err(PackError::Keys)
    );
    // Other core texts: another count, another hash.
    for (field, value) in [
        (5, (text::NUMBERED + 1).to_string()),
        (6, format!("{:016x}", text::NUMBERED_HASH ^ 1)),
    ] {
        let mut fields: Vec<String> = header.split('\t').map(str::to_string).collect();
        fields[field] = value;
        assert_eq!(
            pack::parse(leak(format!("{}{body}", fields.join("\t"))), Lang::En),
            Err(PackError::Keys)
        );
    }
}

/// The browser's path: the page installs a pack's core texts, and `Text::get` reads them (a
/// native build has them compiled in, so a changed line proves the installed one is read).
#[test]
fn installed_core_texts_are_the_ones_read() {
    let sentence = figures::all()[0].sentence;
    let n = sentence.number().unwrap();
    let mut texts = text::pack_lines(Lang::ZhHant);
    texts[n] = "installed";
    let before = text::generation();
    assert!(text::install(Lang::ZhHant, &texts));
    assert_eq!(sentence.get(Lang::ZhHant), "installed");
    assert_ne!(text::generation(), before);
    // The rest of the table stays what it was; another language is untouched.
    let other = figures::all()
        .iter()
        .map(|f| f.sentence)
        .find(|s| s.number() != Some(n))
        .unwrap();
    assert_eq!(
        other.get(Lang::ZhHant),
        text::pack_lines(Lang::ZhHant)[other.number().unwrap()]
    );
    assert!(!other.get(Lang::ZhHant).is_empty());
    assert_ne!(sentence.get(Lang::En), "installed");
    // A table of the wrong length is refused whole.
    assert!(!text::install(Lang::En, &["x"]));
}

#[test]
fn a_pack_with_a_line_missing_or_added_is_refused() {
    let text = en_pack();
    let mut lines: Vec<&str> = text.lines().collect();
    let removed = lines.remove(5);
    let short = lines.join("\n") + "\n";
    assert_eq!(pack::parse(leak(short), Lang::En), Err(PackError::Length));
    lines.insert(5, removed);
    lines.insert(5, "one string too many");
    let long = lines.join("\n") + "\n";
    assert_eq!(pack::parse(leak(long), Lang::En), Err(PackError::Length));
    // The same in the core section, and a line after the last core text.
    let mut lines: Vec<&str> = text.lines().collect();
    let removed = lines.remove(1 + Catalog::LEN + 3);
    let short = lines.join("\n") + "\n";
    assert_eq!(pack::parse(leak(short), Lang::En), Err(PackError::Length));
    lines.insert(1 + Catalog::LEN + 3, removed);
    lines.push("one text too many");
    let long = lines.join("\n") + "\n";
    assert_eq!(pack::parse(leak(long), Lang::En), Err(PackError::Length));
}

#[test]
fn what_is_not_a_pack_is_refused() {
    for text in [
        "",
        "hello",
        "<!DOCTYPE html>\n<html>\n",
        // Format 1 (before the core texts), and format 2 with a field missing, malformed or
        // one too many.
        "qingshan-i18n\t1\ten\t1\t0000000000000000\nx\n",
        "qingshan-i18n\t2\ten\t1\t0000000000000000\nx\n",
        "qingshan-i18n\t2\ten\t1\t0000000000000000\t1\nx\n",
        "qingshan-i18n\t2\ten\tmany\t0000000000000000\t1\t0000000000000000\nx\n",
        "qingshan-i18n\t2\ten\t1\tnot-hex\t1\t0000000000000000\nx\n",
        "qingshan-i18n\t2\ten\t1\t0000000000000000\t1\tnot-hex\nx\n",
        "qingshan-i18n\t2\ten\t1\t0000000000000000\t1\t0000000000000000\textra\nx\n",
    ] {
        assert_eq!(
            pack::parse(text, Lang::En),
            Err(PackError::Header),
            "{text:?}"
        );
    }
}

/// FNV-1a, 64-bit, written here from its definition (offset basis 14695981039346656037,
/// prime 1099511628211), to check the keys hash independently.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 14_695_981_039_346_656_037;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(1_099_511_628_211);
    }
    h
}

#[test]
fn the_keys_hash_is_fnv1a_of_the_names() {
    // Published test vector of FNV-1a 64: "a" → 0xaf63dc4c8601ec8c.
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(pack::keys_hash(&["update_ready", "dismiss"]), {
        fnv1a(b"update_ready\0dismiss\0")
    });
    // Order matters, and so does a rename.
    assert_ne!(pack::keys_hash(&["a", "b"]), pack::keys_hash(&["b", "a"]));
    assert_ne!(pack::keys_hash(&["ab"]), pack::keys_hash(&["a", "b"]));
    let mut bytes = Vec::new();
    for h in [1u64, 2] {
        bytes.extend_from_slice(&h.to_le_bytes());
    }
    assert_eq!(pack::combine(&[1, 2]), fnv1a(&bytes));
}

#[test]
fn a_byte_order_mark_or_crlf_line_ends_do_not_matter() {
    let text = en_pack();
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let read = pack::parse(leak(crlf), Lang::En).unwrap();
    assert!(&read.catalog == catalog(Lang::En));
    assert_eq!(read.core, text::pack_lines(Lang::En));
}
