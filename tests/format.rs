//! Number formatting for the three languages. Expected strings are written by hand.

use qingshan::format::{percent, plain, quantity, round_sig, svg, NOT_A_NUMBER};
use qingshan::i18n::Lang;

#[test]
fn chinese_uses_wan_and_yi_as_the_report_does() {
    assert_eq!(quantity(11_700.0, 3, Lang::ZhHans), "1.17万");
    assert_eq!(quantity(3.0e8, 3, Lang::ZhHans), "3亿");
    assert_eq!(quantity(2.7e8, 3, Lang::ZhHant), "2.7億");
    assert_eq!(quantity(197_000.0, 3, Lang::ZhHant), "19.7萬");
    assert_eq!(quantity(4_875.0, 3, Lang::ZhHans), "4880");
    assert_eq!(quantity(1.25e12, 3, Lang::ZhHans), "12,500亿");
}

#[test]
fn english_uses_separators_and_words() {
    assert_eq!(quantity(11_700.0, 3, Lang::En), "11,700");
    assert_eq!(quantity(3.0e8, 3, Lang::En), "300 million");
    assert_eq!(quantity(1.2543e9, 3, Lang::En), "1.25 billion");
    assert_eq!(quantity(805.0, 3, Lang::En), "805");
    assert_eq!(quantity(0.000_123_4, 3, Lang::En), "0.000123");
    assert_eq!(quantity(-12_345.0, 3, Lang::En), "-12,300");
}

#[test]
fn non_finite_values_never_show_as_nan() {
    for lang in Lang::ALL {
        assert_eq!(quantity(f64::NAN, 3, lang), NOT_A_NUMBER);
        assert_eq!(quantity(f64::INFINITY, 3, lang), NOT_A_NUMBER);
    }
    assert_eq!(percent(f64::NAN, 3), NOT_A_NUMBER);
    assert_eq!(plain(f64::NEG_INFINITY, 3, true), NOT_A_NUMBER);
}

#[test]
fn rounding_and_percentages() {
    assert!((round_sig(4.8749, 3) - 4.87).abs() < 1e-12);
    assert!((round_sig(0.057_77, 2) - 0.058).abs() < 1e-12);
    assert_eq!(plain(0.0, 3, true), "0");
    assert_eq!(plain(1_234_567.0, 7, true), "1,234,567");
    assert_eq!(percent(0.672, 3), "67.2%");
    assert_eq!(percent(0.5, 3), "50%");
}

use qingshan::format::{editable, parse_number, ParseError};

#[test]
fn parsing_accepts_what_people_type_in_three_languages() {
    let cases: [(&str, f64); 12] = [
        ("1200", 1200.0),
        ("1,200", 1200.0),
        (" 1 200 ", 1200.0),
        ("1.2e3", 1200.0),
        ("１２００", 1200.0),
        ("1.2万", 12_000.0),
        ("1.2萬", 12_000.0),
        ("3亿", 3.0e8),
        ("2.7億", 2.7e8),
        ("−5", -5.0),
        ("0.5777", 0.5777),
        ("１２．５", 12.5),
    ];
    for (text, want) in cases {
        let got = parse_number(text).unwrap_or(f64::NAN);
        assert!(
            (got - want).abs() <= 1e-9 * want.abs().max(1.0),
            "{text:?} -> {got}, want {want}"
        );
    }
}

#[test]
fn parsing_refuses_what_is_not_a_number() {
    assert_eq!(parse_number(""), Err(ParseError::Empty));
    assert_eq!(parse_number("   "), Err(ParseError::Empty));
    for bad in [
        "abc", "NaN", "inf", "-inf", "1e400", "12a", "万", "0x10", "1..2", "<script>",
    ] {
        assert_eq!(parse_number(bad), Err(ParseError::Invalid), "{bad:?}");
    }
}

#[test]
fn editable_text_round_trips() {
    for x in [0.0, 1.0, 0.5777, 3.0e8, 2300.0, 0.000_012_5, 123_456.789] {
        let back = parse_number(&editable(x)).unwrap_or(f64::NAN);
        assert!(
            (back - x).abs() <= 1e-9 * x.abs().max(1e-12),
            "{x} -> {}",
            editable(x)
        );
    }
    assert_eq!(editable(f64::NAN), "");
}

#[test]
fn editable_text_groups_large_numbers_only() {
    // Written by hand: grouped from five integer digits on, decimals kept, never 万/亿.
    for (x, want) in [
        (3.0e8, "300,000,000"),
        (197_000.0, "197,000"),
        (11_700.0, "11,700"),
        (10_000.0, "10,000"),
        (-12_345.5, "-12,345.5"),
        (123_456.789, "123,456.789"),
        (9_999.0, "9999"),
        (2_961.484_529, "2961.484529"),
        (365.0, "365"),
        (0.5777, "0.5777"),
    ] {
        assert_eq!(editable(x), want, "{x}");
    }
}

#[test]
fn svg_coordinates_have_at_most_two_decimals() {
    assert_eq!(svg(410.0), "410");
    assert_eq!(svg(190.0 + 250.0 / 3.0), "273.33");
    assert_eq!(svg(12.5), "12.5");
    assert_eq!(svg(0.004), "0");
    assert_eq!(svg(-0.004), "0");
    assert_eq!(svg(-7.125), "-7.12");
    assert_eq!(svg(1e-300), "0");
    assert_eq!(svg(f64::NAN), "0");
    assert_eq!(svg(f64::INFINITY), "0");
    assert_eq!(svg(640.0), "640");
}
