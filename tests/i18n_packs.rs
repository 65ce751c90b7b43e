//! The language packs (`assets/i18n/<tag>.txt`, the first view's file, and
//! `assets/i18n/<tag>.more.txt`, the rest) the browser build fetches: together they must say
//! exactly what the compiled-in catalogs say, and a file that does not fit the build must be
//! refused.
//!
//! When a catalog changes, rewrite the packs with
//! `UPDATE_PACKS=1 cargo test --test i18n_packs` and commit them.

use qingshan::i18n::pack::{self, PackError, Part};
use qingshan::i18n::{catalog, Catalog, Lang};
use qingshan_core::{figures, text};
use std::path::PathBuf;

/// The file of `lang`'s pack: 0 the first view's, 1 the rest.
fn pack_path(lang: Lang, part: usize) -> PathBuf {
    let name = if part == 0 {
        format!("{}.txt", lang.tag())
    } else {
        format!("{}.more.txt", lang.tag())
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/i18n")
        .join(name)
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
        for (part, written) in written.iter().enumerate() {
            let path = pack_path(lang, part);
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, written).unwrap();
                continue;
            }
            let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
            if &on_disk != written {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "these packs differ from the catalogs: {stale:?}; run \
         `UPDATE_PACKS=1 cargo test --test i18n_packs` and commit assets/i18n/"
    );
}

// A helper of the tests below: a file that does not read is a failed test.
#[allow(clippy::unwrap_used)]
fn read_part(lang: Lang, part: usize) -> Part {
    pack::parse(leak(read_file(lang, part)), lang).unwrap()
}

#[test]
fn the_two_files_read_back_as_the_catalog() {
    for lang in Lang::ALL {
        let (first, rest) = (read_part(lang, 0), read_part(lang, 1));
        assert_eq!((first.part, rest.part), (1, 2));
        let whole = first.complete(&rest).unwrap();
        assert!(
            &whole.catalog == catalog(lang),
            "{lang:?}: the pack reads back differently"
        );
        assert_eq!(whole.core, text::pack_lines(lang), "{lang:?}");
        // The first file alone: its strings, and nothing of the rest.
        let alone = first.pack();
        assert_eq!(alone.catalog.ule.capacity, catalog(lang).ule.capacity);
        assert_eq!(alone.catalog.common.app_name, catalog(lang).common.app_name);
        assert_eq!(alone.catalog.carbon.presets_heading, "");
        assert_eq!(alone.catalog.tp.report_title, "");
        // In the wrong order, twice the same, or with another language's: refused.
        assert_eq!(rest.complete(&first), Err(PackError::Parts));
        assert_eq!(first.complete(&first), Err(PackError::Parts));
        let other = read_part(Lang::ALL.into_iter().find(|l| *l != lang).unwrap(), 1);
        assert!(
            first.complete(&other).is_ok(),
            "the masks are the same in every language"
        );
    }
}

/// Which numbered core texts the first file holds, from the sources: a figure's sentence is in
/// it exactly when the figure is one of the ultra-low-emission retrofits' (or shares its text),
/// a factor's name exactly when it is one of the ultra-low-emission or heavy-truck factors' (or
/// shares its text), and a text no one lists (a unit) is in it.
#[test]
fn the_first_file_holds_the_first_views_core_texts() {
    let first = read_part(Lang::En, 0);
    let ule_figures: Vec<usize> = figures::all()
        .iter()
        .filter(|f| f.id.starts_with("ule."))
        .filter_map(|f| f.sentence.number())
        .collect();
    assert!(ule_figures.len() >= 3);
    for f in figures::all() {
        let n = f.sentence.number().unwrap();
        assert_eq!(
            first.core_mask[n],
            f.id.starts_with("ule.") || ule_figures.contains(&n),
            "{}",
            f.id
        );
    }
    let lib = qingshan_core::factors::Library::standard();
    let ule_names: Vec<usize> = lib
        .iter()
        .filter(|f| f.def.id.starts_with("ule.") || f.def.id.starts_with("truck."))
        .filter_map(|f| f.def.name.number())
        .collect();
    let mut in_first = [0usize; 2];
    for f in lib.iter() {
        let Some(n) = f.def.name.number() else {
            continue;
        };
        let ule = f.def.id.starts_with("ule.") || f.def.id.starts_with("truck.");
        if ule {
            assert!(first.core_mask[n], "{}", f.def.id);
        }
        if !ule && !ule_names.contains(&n) && !first.core_mask[n] {
            in_first[1] += 1;
        }
        if ule {
            in_first[0] += 1;
        }
    }
    // Most of the library is the other calculators': more than half of its names wait.
    assert!(in_first[1] > in_first[0], "{in_first:?}");
    let unit = qingshan_core::units::Unit::KgPerTonne.text();
    assert!(first.core_mask[unit.number().unwrap()]);
}

#[test]
fn one_line_per_string_and_the_header_says_how_many() {
    for lang in Lang::ALL {
        let mut held = [0usize; 2];
        for (part, held) in held.iter_mut().enumerate() {
            let text = read_file(lang, part);
            let lines: Vec<&str> = text.split('\n').collect();
            // Header, the strings, and the empty piece after the last line end.
            assert_eq!(lines.last(), Some(&""));
            let header: Vec<&str> = lines[0].split('\t').collect();
            assert_eq!(header[..3], ["qingshan-i18n", "3", lang.tag()]);
            assert_eq!(header[3], (part + 1).to_string());
            assert_eq!(header[4], Catalog::LEN.to_string(), "{lang:?}: UI count");
            assert_eq!(header[5].len(), 16);
            assert_eq!(
                header[6],
                text::NUMBERED.to_string(),
                "{lang:?}: core count"
            );
            assert_eq!(header[7], format!("{:016x}", text::NUMBERED_HASH));
            assert_eq!(header[8].len(), Catalog::LEN.div_ceil(8) * 2);
            assert_eq!(header[9].len(), text::NUMBERED.div_ceil(8) * 2);
            assert_eq!(header.len(), 10);
            // Bits set in the masks, counted here from the hex: one line each.
            let ones = |hex: &str| -> usize {
                hex.as_bytes()
                    .chunks(2)
                    .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
                    .map(|b| b.count_ones() as usize)
                    .sum()
            };
            *held = ones(header[8]) + ones(header[9]);
            assert_eq!(lines.len(), 2 + *held, "{lang:?} {part}");
            // No string may hold a line break: each string is one line.
            assert!(!text.contains('\r'));
        }
        assert_eq!(held[0] + held[1], Catalog::LEN + text::NUMBERED);
        // The first string of the first file is the first field of the first part.
        assert_eq!(
            read_file(lang, 0).split('\n').nth(1),
            Some(catalog(lang).common.app_name)
        );
    }
    assert_eq!(read_file(Lang::En, 0).split('\n').nth(1), Some("Qingshan"));
    assert_eq!(read_file(Lang::ZhHans, 0).split('\n').nth(1), Some("青山"));
}

fn read_file(lang: Lang, part: usize) -> String {
    std::fs::read_to_string(pack_path(lang, part)).unwrap_or_default()
}

fn en_pack() -> String {
    read_file(Lang::En, 0)
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
    let digit = if fields[5].starts_with('0') { "1" } else { "0" };
    fields[5].replace_range(0..1, digit);
    assert_eq!(
        pack::parse(leak(format!("{}{body}", fields.join("\t"))), Lang::En),
        Err(PackError::Keys)
    );
    // Another count.
    let mut fields: Vec<String> = header.split('\t').map(str::to_string).collect();
    fields[4] = (Catalog::LEN + 1).to_string();
    assert_eq!(
        pack::parse(leak(format!("{}{body}", fields.join("\t"))), Lang::En),
        Err(PackError::Keys)
    );
    // Other core texts: another count, another hash.
    for (field, value) in [
        (6, (text::NUMBERED + 1).to_string()),
        (7, format!("{:016x}", text::NUMBERED_HASH ^ 1)),
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
    for part in 0..2 {
        let text = read_file(Lang::En, part);
        let mut lines: Vec<&str> = text.lines().collect();
        let removed = lines.remove(5);
        let short = lines.join("\n") + "\n";
        assert_eq!(pack::parse(leak(short), Lang::En), Err(PackError::Length));
        lines.insert(5, removed);
        lines.push("one text too many");
        let long = lines.join("\n") + "\n";
        assert_eq!(pack::parse(leak(long), Lang::En), Err(PackError::Length));
    }
}

#[test]
fn what_is_not_a_pack_is_refused() {
    let h = format!("{:016x}", Catalog::KEYS_HASH);
    let masks = |ui: &str, core: &str| format!("{ui}\t{core}");
    let ui_ok = "00".repeat(Catalog::LEN.div_ceil(8));
    let core_ok = "00".repeat(text::NUMBERED.div_ceil(8));
    let good_counts = format!(
        "{}\t{h}\t{}\t{:016x}",
        Catalog::LEN,
        text::NUMBERED,
        text::NUMBERED_HASH
    );
    // An empty part with these masks reads (nothing held, no line): the baseline.
    let ok = leak(format!(
        "qingshan-i18n\t3\ten\t2\t{good_counts}\t{}\n",
        masks(&ui_ok, &core_ok)
    ));
    assert!(pack::parse(ok, Lang::En).is_ok());
    let mut bad = vec![
        String::new(),
        "hello".into(),
        "<!DOCTYPE html>\n<html>\n".into(),
        // Formats 1 and 2.
        "qingshan-i18n\t1\ten\t1\t0000000000000000\nx\n".into(),
        format!("qingshan-i18n\t2\ten\t{good_counts}\nx\n"),
        // Format 3 with a part other than 1 and 2, a field missing or one too many.
        format!(
            "qingshan-i18n\t3\ten\t3\t{good_counts}\t{}\n",
            masks(&ui_ok, &core_ok)
        ),
        format!("qingshan-i18n\t3\ten\t2\t{good_counts}\t{ui_ok}\n"),
        format!(
            "qingshan-i18n\t3\ten\t2\t{good_counts}\t{}\textra\n",
            masks(&ui_ok, &core_ok)
        ),
        // A mask one digit short, not hex, or with a bit set past the end.
        format!(
            "qingshan-i18n\t3\ten\t2\t{good_counts}\t{}\n",
            masks(&ui_ok[1..], &core_ok)
        ),
        format!(
            "qingshan-i18n\t3\ten\t2\t{good_counts}\t{}\n",
            masks(&ui_ok, &core_ok.replace("00", "zz"))
        ),
    ];
    if text::NUMBERED % 8 != 0 {
        let mut past = core_ok.clone();
        past.replace_range(past.len() - 2.., "80");
        bad.push(format!(
            "qingshan-i18n\t3\ten\t2\t{good_counts}\t{}\n",
            masks(&ui_ok, &past)
        ));
    }
    for text in bad {
        assert_eq!(
            pack::parse(leak(text.clone()), Lang::En),
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
    for part in 0..2 {
        let text = read_file(Lang::En, part);
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let read = pack::parse(leak(crlf), Lang::En).unwrap();
        assert_eq!(read, read_part(Lang::En, part));
    }
}
