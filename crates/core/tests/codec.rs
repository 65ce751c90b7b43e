//! The link codec: round trips, notices, hostile input, and the fixture of every released
//! schema version (tests/fixtures/links/v<N>.txt), decoded forever.

use proptest::prelude::*;
use qingshan_core::codec::{percent_decode, percent_encode, LinkFields, NoticeKind};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::scenario::{encode, open, Shell, View};
use qingshan_core::text::Lang;

fn decode(fragment: &str) -> (Shell, Vec<NoticeKind>) {
    let mut r = open(fragment);
    let shell = Shell::read(&mut r);
    let notices = r.finish().into_iter().map(|n| n.kind).collect();
    (shell, notices)
}

/// A re-encoded fragment as the fixtures can state it forever: without the `fs` pair (links
/// always write the current set's version, which changes with every factor-set release) and
/// without the `f.` pairs an older factor set pinned (their values come from the set's history,
/// not from the link; `factor_sets.rs` tests them).
fn comparable(fragment: &str, shell: &Shell) -> String {
    let pinned: Vec<String> = shell
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

#[test]
fn every_released_link_version_still_decodes_as_recorded() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/links");
    let mut files = 0;
    let mut cases = 0;
    for entry in std::fs::read_dir(dir).expect("fixture dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("fixture");
        files += 1;
        for line in text
            .lines()
            .filter(|l| !l.starts_with("# ") && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                cols.len(),
                3,
                "{}: bad fixture line {line:?}",
                path.display()
            );
            let (shell, notices) = decode(cols[0]);
            let again = encode(&shell, &[]);
            assert_eq!(
                comparable(&again, &shell),
                comparable(cols[1], &shell),
                "{}: {}",
                path.display(),
                cols[0]
            );
            let mut got: Vec<&str> = notices.iter().map(NoticeKind::key).collect();
            let mut want: Vec<&str> = if cols[2] == "-" {
                Vec::new()
            } else {
                cols[2].split(',').collect()
            };
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want, "notices of {}", cols[0]);
            cases += 1;
        }
    }
    assert!(
        files >= 1 && cases >= 10,
        "{files} fixture files, {cases} cases"
    );
}

#[test]
fn a_changed_factor_travels_exactly() {
    let mut o = Overrides::new();
    o.set("carbon.elec.cf.2024.national", 0.123_456_789_012_345);
    o.set("ule.fluegas.cement.kiln", 2_150.0);
    let s = Shell {
        lang: Some(Lang::En),
        view: View::Carbon,
        overrides: o,
        compare: Vec::new(),
        older_set: None,
    };
    let link = encode(&s, &[]);
    assert!(link.contains("f.carbon.elec.cf.2024.national=0.123456789012345"));
    let (back, notices) = decode(&link);
    assert_eq!(back, s);
    assert!(notices.is_empty());
}

#[test]
fn chinese_text_survives_percent_encoding() {
    let s = "钢铁 1 t & 水泥=熟料/100%";
    let e = percent_encode(s);
    assert!(e
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
    assert_eq!(percent_decode(&e).as_deref(), Some(s));
    assert_eq!(
        percent_decode("%E4%B8"),
        None,
        "a cut UTF-8 sequence is refused"
    );
    assert_eq!(percent_decode("%G1"), None);
}

#[test]
fn an_oversized_link_is_cut_with_a_notice() {
    let long = format!("v=1&view=tp&{}", "x=1&".repeat(20_000));
    let (shell, notices) = decode(&long);
    assert_eq!(shell.view, View::Tp, "what could be read is kept");
    assert!(notices.contains(&NoticeKind::TooLong));
}

fn factor_ids() -> Vec<&'static str> {
    Library::standard()
        .iter()
        .map(qingshan_core::factors::Factor::id)
        .collect()
}

prop_compose! {
    fn shells()(
        lang in prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        view in prop::sample::select(View::ALL.to_vec()),
        changed in prop::collection::vec((prop::sample::select(factor_ids()), 0.0f64..1e9), 0..8),
        variants in prop::collection::vec(prop::sample::select(View::ALL.to_vec()), 0..=2),
    ) -> Shell {
        let mut overrides = Overrides::new();
        for (id, v) in changed {
            overrides.set(id, v);
        }
        // A variant is a whole link of its own (here a view and a changed factor).
        let compare = variants
            .into_iter()
            .map(|v| format!("v=1&view={}&f.carbon.price.cea.2025=70", v.key()))
            .collect();
        Shell {
            lang,
            view,
            overrides,
            compare,
            older_set: None,
        }
    }
}

proptest! {
    #[test]
    fn decode_of_encode_is_identity(s in shells()) {
        let (back, notices) = decode(&encode(&s, &[]));
        prop_assert_eq!(back, s);
        prop_assert!(notices.is_empty());
    }

    #[test]
    fn any_string_decodes_without_panic(s in ".{0,400}") {
        let _ = decode(&s);
    }

    #[test]
    fn any_pairs_decode_without_panic(
        pairs in prop::collection::vec(("[a-z.%0-9]{0,12}", "[^&]{0,20}"), 0..30)
    ) {
        let frag: String = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let (shell, _) = decode(&frag);
        for (_, v) in shell.overrides.iter() {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
    }
}

#[test]
fn variants_travel_as_nested_links_and_cannot_nest_further() {
    let (s, notices) = decode("#v=1&cmp.1=v%3D1%26view%3Dtp&cmp.2=v%3D1%26cmp.1%3Dx&cmp.3=x");
    assert_eq!(s.compare, vec!["v=1&view=tp".to_string()]);
    let mut kinds: Vec<&str> = notices.iter().map(NoticeKind::key).collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        vec!["BadValue", "UnknownKey"],
        "nested variant refused; a third unknown"
    );
}

#[test]
fn minus_zero_reads_as_zero_and_is_written_as_0() {
    let (shell, notices) = decode("#v=1&f.carbon.price.cea.2025=-0");
    assert!(notices.is_empty(), "{notices:?}");
    let v = shell.overrides.get("carbon.price.cea.2025").expect("read");
    assert!(v.is_sign_positive() && v.abs() < f64::MIN_POSITIVE);
    let link = encode(&shell, &[]);
    assert!(
        link.contains("f.carbon.price.cea.2025=0") && !link.contains("=-0"),
        "{link}"
    );
}
