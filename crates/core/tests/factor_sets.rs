//! Factor sets as released: the current library must equal its release file (no value changes
//! without a version bump), every older set's history must rebuild its release file, and a link
//! made with an older set opens with that set's values (issue 7). `factors::history` explains the
//! release steps.

// The release-file reader is a helper outside #[test] functions; a malformed file must fail loudly.
#![allow(clippy::expect_used)]

use std::collections::BTreeMap;

use qingshan_core::codec::{LinkFields, NoticeKind};
use qingshan_core::factors::history::{older_set, values_in, PastSet, PAST_SETS};
use qingshan_core::factors::{Library, FACTOR_SET_VERSION};
use qingshan_core::scenario::{encode, open, open_with_history, Shell};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/factor-sets");

/// A release file: `id<TAB>value` lines, `# ` comments.
fn release_file(version: &str) -> Option<BTreeMap<String, f64>> {
    let text = std::fs::read_to_string(format!("{DIR}/{version}.tsv")).ok()?;
    let mut values = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (id, v) = line.split_once('\t').expect("id<TAB>value");
        let v: f64 = v.parse().expect("a number");
        assert!(values.insert(id.to_string(), v).is_none(), "{id} twice");
    }
    Some(values)
}

#[test]
fn the_current_library_is_the_released_set() {
    let file = release_file(FACTOR_SET_VERSION).expect(
        "no release file for the current factor set: bump FACTOR_SET_VERSION only with \
         `cargo run -p qingshan-core --example factor_set` (factors::history)",
    );
    let lib = Library::standard();
    assert_eq!(
        file.len(),
        lib.len(),
        "factors added or removed without a new set"
    );
    for f in lib.iter() {
        let released = file
            .get(f.id())
            .unwrap_or_else(|| panic!("{} is not in the release file", f.id()));
        assert_eq!(
            released.to_bits(),
            f.value.to_bits(),
            "{} changed from {released} to {} without a new factor-set version: add a PastSet with \
             the old value, bump FACTOR_SET_VERSION and write the new release file (factors::history)",
            f.id(),
            f.value
        );
    }
    // Spot checks against shared/reference/factors.md, so the file itself is anchored to the source.
    assert!((file["carbon.elec.cf.2024.national"] - 0.5777).abs() < 1e-12);
    assert!((file["ule.fluegas.cement.kiln"] - 2300.0).abs() < 1e-9);
    assert!((file["carbon.price.cea.2025"] - 62.36).abs() < 1e-12);
}

#[test]
fn every_older_release_is_rebuilt_by_the_history() {
    let lib = Library::standard();
    let mut files = 0;
    for entry in std::fs::read_dir(DIR).expect("release files") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let Some(version) = name.strip_suffix(".tsv") else {
            continue;
        };
        files += 1;
        if version == FACTOR_SET_VERSION {
            continue;
        }
        assert!(
            PAST_SETS.iter().any(|s| s.version == version),
            "release file {name} has no PastSet in factors::history::PAST_SETS"
        );
        let file = release_file(version).expect("readable");
        let rebuilt = values_in(version, PAST_SETS, lib).expect("known set");
        for f in lib.iter() {
            let Some(&want) = file.get(f.id()) else {
                continue;
            };
            let got = rebuilt.get(f.id()).copied().unwrap_or(f.value);
            assert_eq!(got.to_bits(), want.to_bits(), "{version}: {}", f.id());
        }
    }
    assert!(files >= 1, "at least the current set's release file");
    // Every past set must have its release file too.
    for set in PAST_SETS {
        assert!(
            release_file(set.version).is_some(),
            "{} has no release file",
            set.version
        );
    }
}

/// A made-up history over real ids: 2025.1 → 2025.2 → current.
const HISTORY: &[PastSet] = &[
    PastSet {
        version: "2025.2",
        values: &[
            ("carbon.elec.cf.2024.national", 0.6),
            ("no.such.factor", 1.0),
        ],
    },
    PastSet {
        version: "2025.1",
        values: &[
            ("carbon.elec.cf.2024.national", 0.65),
            ("ule.fluegas.cement.kiln", 2_000.0),
            // Equal to today's value (factors.md: 62.36 yuan/t): not a difference.
            ("carbon.price.cea.2025", 62.36),
        ],
    },
];

#[test]
fn the_history_walks_back_to_the_set_asked_for() {
    let lib = Library::standard();
    let v1 = values_in("2025.1", HISTORY, lib).expect("known");
    assert!(
        (v1["carbon.elec.cf.2024.national"] - 0.65).abs() < 1e-12,
        "the oldest value wins"
    );
    assert!((v1["ule.fluegas.cement.kiln"] - 2_000.0).abs() < 1e-9);
    let v2 = values_in("2025.2", HISTORY, lib).expect("known");
    assert!((v2["carbon.elec.cf.2024.national"] - 0.6).abs() < 1e-12);
    assert!(
        !v2.contains_key("ule.fluegas.cement.kiln"),
        "2025.2 already had today's value"
    );
    assert!(
        !v2.contains_key("no.such.factor"),
        "a factor removed since is skipped"
    );
    assert!(
        values_in("2031.1", HISTORY, lib).is_none(),
        "a set this build does not know"
    );
    assert!(older_set(FACTOR_SET_VERSION, HISTORY, lib).is_none());

    let o = older_set("2025.1", HISTORY, lib).expect("known");
    let ids: Vec<&str> = o.changes.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(
        ids.contains(&"carbon.elec.cf.2024.national") && ids.contains(&"ule.fluegas.cement.kiln")
    );
    let cf = o
        .changes
        .iter()
        .find(|c| c.id == "carbon.elec.cf.2024.national")
        .expect("cf");
    assert!((cf.then - 0.65).abs() < 1e-12 && (cf.now - 0.5777).abs() < 1e-12);
}

#[test]
fn a_link_made_with_an_older_set_opens_with_its_values() {
    let mut r = open_with_history(
        "#v=1&fs=2025.1&view=carbon&f.ule.fluegas.cement.kiln=2150",
        HISTORY,
    );
    let shell = Shell::read(&mut r);
    assert!(r.finish().is_empty(), "a known older set raises no notice");
    // The set's value, and the link's own change where it made one.
    assert_eq!(
        shell.overrides.get("carbon.elec.cf.2024.national"),
        Some(0.65)
    );
    assert_eq!(shell.overrides.get("ule.fluegas.cement.kiln"), Some(2150.0));
    let older = shell.older_set.clone().expect("older set");
    assert_eq!(older.version, "2025.1");
    let ids: Vec<&str> = older.changes.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        ["carbon.elec.cf.2024.national"],
        "the link's own change is not the set's"
    );

    // Re-encoded: the current set's version and the old value as a changed factor, which
    // reopens with the same numbers.
    let link = encode(&shell, &[]);
    assert!(link.contains(&format!("fs={FACTOR_SET_VERSION}")), "{link}");
    assert!(
        link.contains("f.carbon.elec.cf.2024.national=0.65"),
        "{link}"
    );
    let mut again = open(&link);
    let back = Shell::read(&mut again);
    assert_eq!(back.overrides, shell.overrides);
    assert!(back.older_set.is_none());
}

#[test]
fn a_link_naming_an_unknown_set_opens_on_the_current_factors_with_a_notice() {
    let mut r = open_with_history("#v=1&fs=2031.4", HISTORY);
    let shell = Shell::read(&mut r);
    let kinds: Vec<NoticeKind> = r.finish().into_iter().map(|n| n.kind).collect();
    assert_eq!(kinds, [NoticeKind::OtherFactorSet("2031.4".to_string())]);
    assert!(shell.overrides.is_empty() && shell.older_set.is_none());
}
