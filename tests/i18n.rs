//! The UI catalog is complete and really translated in all three languages.
//!
//! The compiler already rejects a missing field; these tests reject blank strings, English left
//! in a Chinese catalog, Chinese in the English one, and Simplified characters left in the
//! Traditional catalog. They read the catalogs through `Debug`, so a new field is covered
//! without touching this file.

use qingshan::i18n::{catalog, Lang};

/// (path, value) of every string field, read from the pretty `Debug` output.
fn strings(lang: Lang) -> Vec<(String, String)> {
    let dump = format!("{:#?}", catalog(lang));
    let mut out = Vec::new();
    let mut path: Vec<String> = Vec::new();
    for line in dump.lines() {
        let t = line.trim();
        if let Some(name) = t.strip_suffix(" {") {
            path.push(name.trim_end_matches(':').to_string());
        } else if t == "}," || t == "}" {
            path.pop();
        } else if let Some((k, v)) = t.split_once(": \"") {
            let v = v.trim_end_matches(',').trim_end_matches('"');
            out.push((format!("{}.{k}", path.join(".")), v.replace("\\\"", "\"")));
        }
    }
    out
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Common characters that exist only in Simplified form; none may appear in zh-Hant text.
/// Each was checked against its Traditional form (這為們發計數據語總…).
const SIMPLIFIED_ONLY: &str = "这为们发计数据语总载处产实现应该时间点击选择输结显设导链复说级态环报减废气业项资标类进电东专两个边务过还头对门问题样车书买卖办动图团国场块坏声备够优传体从来后网页线单质围范码钢铁颗厂农养";

#[test]
fn every_string_is_present_in_every_language() {
    let hans = strings(Lang::ZhHans);
    assert!(
        hans.len() > 20,
        "parsed {} strings: is the Debug format still what this test reads?",
        hans.len()
    );
    for lang in Lang::ALL {
        let s = strings(lang);
        assert_eq!(
            s.len(),
            hans.len(),
            "{lang:?} has a different number of strings"
        );
        for (k, v) in &s {
            assert!(!v.trim().is_empty(), "{lang:?} {k} is blank");
        }
    }
}

#[test]
fn chinese_catalogs_are_chinese_and_english_is_english() {
    for (k, v) in strings(Lang::En) {
        assert!(
            !has_cjk(&v) || k == "common.app_name",
            "English {k} has Chinese text: {v}"
        );
    }
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        for (k, v) in strings(lang) {
            assert!(has_cjk(&v), "{lang:?} {k} is not Chinese: {v}");
        }
    }
}

#[test]
fn traditional_catalog_has_no_simplified_only_characters() {
    for (k, v) in strings(Lang::ZhHant) {
        let bad: String = v.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
        assert!(
            bad.is_empty(),
            "zh-Hant {k} uses Simplified characters {bad:?}: {v}"
        );
    }
}
