//! QR codes: sizes follow the QR standard's version table; long links degrade to a message.

use qingshan::qr::{encode, QUIET};

#[test]
fn a_short_link_gives_a_small_code_with_a_quiet_zone() {
    let q = encode("https://example.org/#v=1&view=tp").expect("fits");
    // Version v has 17 + 4v modules per side; 33 bytes at level M need version 3 (29 modules).
    assert_eq!(q.size, 29);
    assert!(
        q.path.starts_with(&format!("M{QUIET} {QUIET}h1v1h-1z")),
        "finder pattern corner"
    );
}

#[test]
fn a_link_too_long_for_any_version_is_refused() {
    // Version 40-L holds 2,953 bytes.
    assert!(encode(&"a".repeat(2_900)).is_some());
    assert!(encode(&"a".repeat(3_000)).is_none());
}
