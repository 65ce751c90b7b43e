//! Numbers for the user's language.
//!
//! Chinese groups large numbers by 万 (10⁴) and 亿 (10⁸): 11,700 t is written 1.17万吨 and
//! 300,000,000 t is 3亿吨, as the report itself writes them. English uses thousands separators
//! up to a million and "million" / "billion" above. Every formatter returns "—" for a value that
//! is not finite, so the page can never show NaN or ∞.

use qingshan_core::text::Lang;

/// What the page prints for a value that is not a finite number.
pub const NOT_A_NUMBER: &str = "—";

/// Rounds `x` to `sig` significant digits (1–15).
pub fn round_sig(x: f64, sig: u32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let sig = sig.clamp(1, 15);
    let magnitude = x.abs().log10().floor();
    #[allow(clippy::cast_possible_truncation)]
    let shift = i32::try_from(sig).unwrap_or(3) - 1 - magnitude as i32;
    let p = 10f64.powi(shift);
    (x * p).round() / p
}

/// An SVG coordinate or length: at most two decimals (a hundredth of a user unit is far below a
/// pixel), trailing zeros trimmed, `0` for a value that is not finite. Not `f64::to_string`:
/// the standard library's shortest float printing is ≈ 4 KB gzip of code that the first view's
/// charts would otherwise load (docs/size.md, "Number printing").
pub fn svg(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let s = trim_fraction(qingshan_core::decimal::fixed(x, 2));
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// Plain decimal with `sig` significant digits, no exponent, trailing zeros trimmed, thousands
/// grouped with `sep` when `group` is true.
pub fn plain(x: f64, sig: u32, group: bool) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let r = round_sig(x, sig);
    if r == 0.0 {
        return "0".to_string();
    }
    let magnitude = r.abs().log10().floor();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let decimals = (i64::from(sig) - 1 - magnitude as i64).max(0) as usize;
    // The core's exact printer, not `format!` (docs/size.md, "Number printing").
    let mut s = trim_fraction(qingshan_core::decimal::fixed(r, decimals));
    if group {
        s = group_thousands(&s);
    }
    s
}

/// `s` without the trailing zeros of its fraction, and without the point if none is left.
fn trim_fraction(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn group_thousands(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A quantity for reading, with `sig` significant digits: 1.17万 / 3亿 in Chinese,
/// 11,700 / 300 million in English.
pub fn quantity(x: f64, sig: u32, lang: Lang) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let r = round_sig(x, sig);
    let a = r.abs();
    match lang {
        Lang::ZhHans | Lang::ZhHant => {
            let (wan, yi) = match lang {
                Lang::ZhHant => ("萬", "億"),
                _ => ("万", "亿"),
            };
            if a >= 1e8 {
                format!("{}{yi}", plain(r / 1e8, sig, true))
            } else if a >= 1e4 {
                format!("{}{wan}", plain(r / 1e4, sig, false))
            } else {
                plain(r, sig, false)
            }
        }
        Lang::En => {
            if a >= 1e9 {
                format!("{} billion", plain(r / 1e9, sig, true))
            } else if a >= 1e6 {
                format!("{} million", plain(r / 1e6, sig, false))
            } else {
                plain(r, sig, true)
            }
        }
    }
}

/// A share (0–1) as a percentage with `sig` significant digits: 0.672 → "67.2%".
pub fn percent(share: f64, sig: u32) -> String {
    if !share.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    format!("{}%", plain(share * 100.0, sig, false))
}

/// Why a field's text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing typed.
    Empty,
    /// Not a number.
    Invalid,
}

/// Reads a number as people type it in any of the three languages: `1200`, `1,200`, `1 200`,
/// `1.2e3`, full-width `１２００`, `1.2万` / `1.2萬` (×10⁴), `3亿` / `3億` (×10⁸), `−5` with a
/// minus sign. Never panics; a result is always finite.
pub fn parse_number(text: &str) -> Result<f64, ParseError> {
    let mut s: String = text
        .trim()
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            '－' | '−' | '–' => Some('-'),
            '＋' => Some('+'),
            ',' | '，' | ' ' | '\u{a0}' | '\u{202f}' | '_' | '\'' => None,
            c => Some(c),
        })
        .collect();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut scale = 1.0;
    for (suffix, factor) in [("万", 1e4), ("萬", 1e4), ("亿", 1e8), ("億", 1e8)] {
        if let Some(rest) = s.strip_suffix(suffix) {
            scale = factor;
            s = rest.to_string();
            break;
        }
    }
    // Plain decimal notation only (`parse_f64` reads no "inf", "nan" or hex).
    match qingshan_core::decimal::parse_f64(&s) {
        Some(x) if (x * scale).is_finite() => Ok(x * scale),
        _ => Err(ParseError::Invalid),
    }
}

/// A value as an editable field shows it: plain digits, up to 10 significant, thousands grouped
/// with `,` from five integer digits on (`300,000,000`, `197,000`, but `2961.484529`, `365`), so
/// a preset's 3亿 t reads at a glance; [`parse_number`] reads the commas back, and what the user
/// types is kept as typed. No 万/亿 here: a field shows one number in the unit beside it.
pub fn editable(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    plain(x, 10, x.abs() >= 10_000.0)
}
