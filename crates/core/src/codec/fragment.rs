//! The fragment's syntax: `key=value` pairs joined by `&`, values percent-encoded UTF-8.

use super::{Notice, NoticeKind, MAX_FRAGMENT_LEN, MAX_PAIRS};

/// RFC 3986 unreserved characters, which are never encoded.
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes every byte of `s` except the unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if is_unreserved(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+` (as a space, as forms write it). `None` if the bytes are not
/// UTF-8 or an escape is broken.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex)?;
                let lo = bytes.get(i + 2).copied().and_then(hex)?;
                out.push(hi << 4 | lo);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A key is lower-case ASCII letters, digits, `.`, `_` and `-`, 1–120 characters.
fn valid_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 120
        && k.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

/// Splits a fragment (with or without its leading `#`) into decoded pairs, in order. Duplicates
/// keep the first; malformed pieces and everything past the limits become notices.
pub fn parse_pairs(fragment: &str, notices: &mut Vec<Notice>) -> Vec<(String, String)> {
    let mut s = fragment.strip_prefix('#').unwrap_or(fragment);
    if s.len() > MAX_FRAGMENT_LEN {
        notices.push(Notice::new("", "", NoticeKind::TooLong));
        let mut cut = MAX_FRAGMENT_LEN;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s = &s[..cut];
        // Drop the piece the cut split.
        s = s.rsplit_once('&').map_or("", |(head, _)| head);
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (n, piece) in s.split('&').enumerate() {
        if piece.is_empty() {
            continue;
        }
        if n >= MAX_PAIRS {
            notices.push(Notice::new("", "", NoticeKind::TooLong));
            break;
        }
        let (raw_k, raw_v) = piece.split_once('=').unwrap_or((piece, ""));
        let key = percent_decode(raw_k).unwrap_or_default();
        let Some(value) = percent_decode(raw_v) else {
            notices.push(Notice::new(&key, raw_v, NoticeKind::BadValue));
            continue;
        };
        if !valid_key(&key) {
            notices.push(Notice::new(
                &percent_decode(raw_k).unwrap_or_else(|| raw_k.to_string()),
                &value,
                NoticeKind::UnknownKey,
            ));
            continue;
        }
        if pairs.iter().any(|(k, _)| *k == key) {
            notices.push(Notice::new(&key, &value, NoticeKind::Duplicate));
            continue;
        }
        pairs.push((key, value));
    }
    pairs
}

/// Joins pairs into a fragment (without the leading `#`).
pub fn format_pairs(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}
