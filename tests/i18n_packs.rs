//! The language packs (`assets/i18n/<tag>.txt`) the browser build fetches: they must say exactly
//! what the compiled-in catalogs say, and a pack that does not fit the build must be refused.
//!
//! When a catalog changes, rewrite the packs with
//! `UPDATE_PACKS=1 cargo test --test i18n_packs` and commit them.

use qingshan::i18n::pack::{self, PackError};
use qingshan::i18n::{catalog, Catalog, Lang};
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
            &read == catalog(lang),
            "{lang:?}: the pack reads back differently"
        );
    }
}

#[test]
fn one_line_per_string_and_the_header_says_how_many() {
    for lang in Lang::ALL {
        let text = std::fs::read_to_string(pack_path(lang)).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        // Header, the strings, and the empty piece after the last line end.
        assert_eq!(lines.last(), Some(&""));
        let strings = lines.len() - 2;
        let header: Vec<&str> = lines[0].split('\t').collect();
        assert_eq!(header[..3], ["qingshan-i18n", "1", lang.tag()]);
        assert_eq!(
            header[3],
            strings.to_string(),
            "{lang:?}: count in the header"
        );
        assert_eq!(strings, Catalog::LEN);
        assert_eq!(header[4].len(), 16);
        // No string may hold a line break: each string is one line.
        assert!(!text.contains('\r'));
        // A few strings at known places, from the catalog sources: the first field of the
        // first part (Common::app_name) and the last field of the last part.
        assert_eq!(lines[1], catalog(lang).common.app_name);
        assert!(!lines[strings].is_empty());
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
}

#[test]
fn what_is_not_a_pack_is_refused() {
    for text in [
        "",
        "hello",
        "<!DOCTYPE html>\n<html>\n",
        "qingshan-i18n\t2\ten\t1\t0000000000000000\nx\n",
        "qingshan-i18n\t1\ten\tmany\t0000000000000000\nx\n",
        "qingshan-i18n\t1\ten\t1\tnot-hex\nx\n",
        "qingshan-i18n\t1\ten\t1\t0000000000000000\textra\nx\n",
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
    assert!(&read == catalog(Lang::En));
}
