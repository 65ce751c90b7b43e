//! Reading decimal numbers: `"2961.484529"`, `"-0.5"`, `"1.2e-3"`, correctly rounded to the
//! nearest `f64` (ties to even), as `str::parse::<f64>` does, but without its tables.
//!
//! # Why not `str::parse`
//! The standard library's parser (Eisel–Lemire with a big-decimal fallback) carries a table of
//! 128-bit powers of five: 10.4 KB of data that does not compress (≈ 9.7 KB gzip), and all of
//! it sits in the part of the wasm a first visit loads, because wasm-split moves code, never data
//! (docs/size.md, "Number parsing"). Our numbers are typed by people or written by our own
//! links and files: a few dozen digits at most, read a few at a time. So this parser works on
//! exact big integers instead, with no table:
//!
//! * `x = m × 10^e`, where `m` is the integer of all significant digits;
//! * for `e ≥ 0`, `m × 10^e` is computed exactly; for `e < 0`, `m / 5^−e` is divided out to 64
//!   quotient bits and a sticky bit (the remainder is not zero), then scaled by `2^e`;
//! * the 64 bits are rounded once to the precision the result has (53 bits, fewer below the
//!   normal range), ties to even, and the bits of the `f64` are assembled directly.
//!
//! This is the textbook exact method (Clinger, "How to read floating point numbers accurately",
//! PLDI 1990, §3: the bignum algorithm), without the fast paths. It is slower than the
//! standard library's (microseconds per number), which does not matter here. The tests compare
//! it with `str::parse` on random and on hard inputs (halfway cases, subnormals, the overflow
//! threshold).
//!
//! # What it accepts
//! Plain decimal notation only: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
//! Not the words `inf`, `infinity` or `nan` that `str::parse` also reads: no value of ours is
//! infinite, and every reader refused them anyway. Surrounding white space is the caller's to
//! trim. A result too large for `f64` is `±∞` (as with `str::parse`); the callers refuse it.

/// Beyond this many significant digits, the rest only says whether it is zero (a sticky digit).
/// Any number halfway between two `f64`s has at most 767 significant digits, so 800 digits and
/// a sticky one round exactly as all of them would.
const MAX_DIGITS: usize = 800;

/// The value of `s` in plain decimal notation, correctly rounded; `None` when `s` is not a
/// decimal number (see the module docs for the grammar).
#[must_use]
pub fn parse_f64(s: &str) -> Option<f64> {
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let exp10 = match exponent {
        None => 0,
        Some(t) => read_exponent(t)?,
    };
    let magnitude = magnitude(int, frac, exp10);
    Some(if negative { -magnitude } else { magnitude })
}

/// `[+-]? digits`, saturated at ±1,000,000 (far beyond any `f64`, so still ±∞ or 0).
fn read_exponent(t: &str) -> Option<i64> {
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() {
        return None;
    }
    let mut e: i64 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        e = (e * 10 + i64::from(b - b'0')).min(1_000_000);
    }
    Some(if negative { -e } else { e })
}

/// The value of the digits `int.frac × 10^exp10`, all ASCII digits, not all empty.
fn magnitude(int: &str, frac: &str, exp10: i64) -> f64 {
    // Significant digits: leading zeros dropped, the point folded into the exponent.
    let digits = int.bytes().chain(frac.bytes()).skip_while(|&b| b == b'0');
    let mut m = Big::default();
    let mut count: usize = 0;
    let mut dropped: usize = 0;
    let mut chunk: u32 = 0;
    let mut in_chunk: u32 = 0;
    let mut sticky = false;
    for b in digits {
        if count == MAX_DIGITS {
            sticky |= b != b'0';
            dropped += 1;
            continue;
        }
        chunk = chunk * 10 + u32::from(b - b'0');
        in_chunk += 1;
        count += 1;
        if in_chunk == 9 {
            m.mul_add(1_000_000_000, chunk);
            (chunk, in_chunk) = (0, 0);
        }
    }
    if in_chunk > 0 {
        m.mul_add(10u32.pow(in_chunk), chunk);
    }
    // `m` holds the first `count` significant digits, `dropped` more follow; the value is
    // m × 10^e10. (The lengths of a string fit an i64.)
    let len = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let mut e10 = exp10 - len(frac.len()) + len(dropped);
    if sticky {
        // One more digit, not zero, past the kept ones.
        m.mul_add(10, 1);
        e10 -= 1;
        count += 1;
    }
    if m.is_zero() {
        return 0.0;
    }
    let count = i64::try_from(count).unwrap_or(i64::MAX);
    // m × 10^e10 lies in [10^(count−1+e10), 10^(count+e10)).
    if count - 1 + e10 > 309 {
        return f64::INFINITY;
    }
    if count + e10 < -324 {
        return 0.0;
    }
    // Both bounds above keep e10 within a few thousand, so these conversions are exact.
    let e10 = i32::try_from(e10).unwrap_or(0);
    if e10 >= 0 {
        for _ in 0..e10 {
            m.mul_add(10, 0);
        }
        let (top, exp2, sticky) = m.top64();
        round(top, sticky, exp2)
    } else {
        let mut divisor = Big::from(1);
        for _ in 0..-e10 {
            divisor.mul_add(5, 0);
        }
        // m / 10^k = (m / 5^k) × 2^−k.
        let (q, exp2, sticky) = divide(m, divisor);
        round(q, sticky, exp2 + e10)
    }
}

/// `q × 2^exp2`, plus a sticky bit when the exact value is a little more than that, rounded to
/// the nearest `f64`, ties to even. `q` is not zero.
fn round(q: u64, sticky: bool, exp2: i32) -> f64 {
    let bits = 64 - q.leading_zeros();
    // Exponent of the leading bit; the unit in the last place of the result is 2^ulp.
    let lead = exp2 + i32::try_from(bits).unwrap_or(64) - 1;
    if lead > 1023 {
        return f64::INFINITY;
    }
    let ulp = (lead - 52).max(-1074);
    let drop = ulp - exp2;
    let kept: u64 = if drop <= 0 {
        // Exact: fewer than 53 bits (or exactly as many, below the normal range).
        q << -drop
    } else if drop > 64 {
        // Less than half the smallest subnormal.
        0
    } else {
        let wide = u128::from(q);
        let kept = wide >> drop;
        let rest = wide & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        u64::try_from(kept).unwrap_or(0) + u64::from(up)
    };
    // One formula for normal and subnormal results: below the normal range ulp is −1074 and
    // `kept` is the mantissa; above, `kept` has its leading bit at 2^52 and the exponent field
    // is ulp + 1075 − 1 plus that bit. A carry out of the mantissa (kept = 2^53) lands in the
    // exponent field the same way.
    let field = u64::try_from(ulp + 1074).unwrap_or(0);
    let raw = (field << 52) + kept;
    if raw >= f64::INFINITY.to_bits() {
        f64::INFINITY
    } else {
        f64::from_bits(raw)
    }
}

/// `(q, exp2, sticky)` with `n / d` = `q × 2^exp2` (+ a remainder when `sticky`), `q` of 64 bits.
fn divide(mut n: Big, mut d: Big) -> (u64, i32, bool) {
    // Align so that d ≤ n < 2d, counting the shift in the exponent.
    let shift = i32::try_from(d.bits()).unwrap_or(0) - i32::try_from(n.bits()).unwrap_or(0);
    if shift >= 0 {
        n.shl(shift.unsigned_abs());
    } else {
        d.shl(shift.unsigned_abs());
    }
    let mut exp2 = -shift;
    if n.less_than(&d) {
        n.shl(1);
        exp2 -= 1;
    }
    // Long division, one quotient bit at a time: the first bit is 1.
    let mut q: u64 = 0;
    for _ in 0..64 {
        q <<= 1;
        if !n.less_than(&d) {
            n.sub(&d);
            q |= 1;
        }
        n.shl(1);
    }
    (q, exp2 - 63, !n.is_zero())
}

/// `x` in plain decimal notation with `decimals` digits after the point, rounded on its exact
/// value with ties to even: exactly what `format!("{x:.decimals$}")` writes (`NaN`, `inf`, and a
/// `-` before every negative value, `-0` and values that round to zero included).
///
/// Why not `format!`: the standard library's float printing (Grisu with a Dragon fallback) is
/// ≈ 4 KB gzip of code, and the first view formats every number it shows, so all of it sat in
/// the part of the wasm a first visit loads (docs/size.md, "Number printing"). This is exact
/// instead, with the big integers of the parser above: a double `m × 2^e` has a finite decimal
/// expansion (`m × 5^−e / 10^−e` for `e < 0`), computed whole, then rounded once. Microseconds
/// per number, for the few hundred numbers a view shows. The tests compare it with `format!`
/// on random doubles and precisions, ties and carries.
#[must_use]
pub fn fixed(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let (mut digits, mut int_len) = exact_digits(x.abs());
    let places = i64::try_from(decimals).unwrap_or(i64::MAX);
    let keep = int_len.saturating_add(places);
    if keep < 0 {
        // Below a tenth of the last place: rounds to zero.
        digits.clear();
    } else if let Some(&first) = usize::try_from(keep).ok().and_then(|k| digits.get(k)) {
        let k = usize::try_from(keep).unwrap_or(0);
        let rest_nonzero = digits[k + 1..].iter().any(|d| *d != 0);
        let last_odd = k > 0 && digits[k - 1] % 2 == 1;
        digits.truncate(k);
        if first > 5 || (first == 5 && (rest_nonzero || last_odd)) {
            let mut i = k;
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    int_len += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    }
    let digit = |i: i64| -> char {
        let d = usize::try_from(i).ok().and_then(|i| digits.get(i)).copied();
        char::from(b'0' + d.unwrap_or(0))
    };
    if int_len <= 0 {
        out.push('0');
    } else {
        (0..int_len).for_each(|i| out.push(digit(i)));
    }
    if decimals > 0 {
        out.push('.');
        (0..places).for_each(|j| out.push(digit(int_len + j)));
    }
    out
}

/// The exact decimal expansion of a finite `v ≥ 0`: its digits, without leading zeros, and how
/// many of them come before the point (zero or less for a value below one; more than there are
/// digits for a large integer). No digits for zero.
fn exact_digits(v: f64) -> (Vec<u8>, i64) {
    let bits = v.to_bits();
    let biased = i32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    if m == 0 {
        return (Vec::new(), 0);
    }
    // A limb is the low 32 bits: the truncating casts take exactly those.
    #[allow(clippy::cast_possible_truncation)]
    let mut n = Big(vec![m as u32, (m >> 32) as u32]);
    n.trim();
    let mut scale = 0i64;
    if e >= 0 {
        n.shl(e.unsigned_abs());
    } else {
        let mut fives = e.unsigned_abs();
        // 5^13 is the largest power of five below 2^32.
        while fives >= 13 {
            n.mul_add(1_220_703_125, 0);
            fives -= 13;
        }
        n.mul_add(5u32.pow(fives), 0);
        scale = i64::from(e.unsigned_abs());
    }
    let mut chunks = Vec::new();
    while !n.is_zero() {
        chunks.push(n.div_small(1_000_000_000));
    }
    let mut digits = Vec::with_capacity(chunks.len() * 9);
    for (i, chunk) in chunks.iter().rev().enumerate() {
        let mut rest = *chunk;
        let mut nine = [0u8; 9];
        for d in nine.iter_mut().rev() {
            #[allow(clippy::cast_possible_truncation)]
            {
                *d = (rest % 10) as u8;
            }
            rest /= 10;
        }
        let skip = if i == 0 {
            nine.iter().take_while(|d| **d == 0).count()
        } else {
            0
        };
        digits.extend_from_slice(&nine[skip..]);
    }
    let len = i64::try_from(digits.len()).unwrap_or(0);
    (digits, len - scale)
}

/// A non-negative integer, 32-bit limbs, least significant first, no high zero limbs.
#[derive(Default, Clone, Debug)]
struct Big(Vec<u32>);

impl From<u32> for Big {
    fn from(x: u32) -> Self {
        let mut b = Big(vec![x]);
        b.trim();
        b
    }
}

// A limb is the low 32 bits of a 64-bit step; the truncating casts below take exactly those.
#[allow(clippy::cast_possible_truncation)]
impl Big {
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// self = self × k + add.
    fn mul_add(&mut self, k: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(k) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// self /= d; returns the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let x = (rem << 32) | u64::from(*limb);
            *limb = (x / u64::from(d)) as u32;
            rem = x % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    fn bits(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(top) => self.0.len() as u64 * 32 - u64::from(top.leading_zeros()),
        }
    }

    fn shl(&mut self, n: u32) {
        if self.is_zero() {
            return;
        }
        let (limbs, bits) = ((n / 32) as usize, n % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let next = *limb >> (32 - bits);
                *limb = (*limb << bits) | carry;
                carry = next;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn less_than(&self, other: &Big) -> bool {
        if self.0.len() != other.0.len() {
            return self.0.len() < other.0.len();
        }
        for (a, b) in self.0.iter().rev().zip(other.0.iter().rev()) {
            if a != b {
                return a < b;
            }
        }
        false
    }

    /// self −= other, where other ≤ self.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0u64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let b = u64::from(other.0.get(i).copied().unwrap_or(0)) + borrow;
            let a = u64::from(*limb);
            if a >= b {
                *limb = (a - b) as u32;
                borrow = 0;
            } else {
                *limb = (a + (1 << 32) - b) as u32;
                borrow = 1;
            }
        }
        self.trim();
    }

    /// The top 64 bits `t` and `exp2`, with self = t × 2^exp2 (+ the dropped bits: `sticky`).
    fn top64(&self) -> (u64, i32, bool) {
        let bits = self.bits();
        if bits <= 64 {
            let mut t = 0u64;
            for limb in self.0.iter().rev() {
                t = (t << 32) | u64::from(*limb);
            }
            return (t, 0, false);
        }
        let drop = bits - 64;
        let bit = |i: u64| -> u64 {
            let limb = self.0.get((i / 32) as usize).copied().unwrap_or(0);
            u64::from((limb >> (i % 32)) & 1)
        };
        let mut t = 0u64;
        for i in (drop..bits).rev() {
            t = (t << 1) | bit(i);
        }
        let sticky = (0..drop).any(|i| bit(i) == 1);
        (t, i32::try_from(drop).unwrap_or(i32::MAX), sticky)
    }
}

#[cfg(test)]
mod tests {
    //! The oracle is the standard library's parser, an independent implementation (Eisel–Lemire
    //! with its own big-decimal fallback): the two must agree bit for bit.
    use super::parse_f64;
    use proptest::prelude::*;

    fn same(s: &str) {
        let ours = parse_f64(s).map(f64::to_bits);
        let std = s.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(
            ours,
            std,
            "{s:?}: ours {:?}, std {:?}",
            parse_f64(s),
            s.parse::<f64>().ok()
        );
    }

    #[test]
    fn hard_cases_round_as_the_standard_library() {
        for s in [
            "0", "-0", "+0", "0.0", "00000", ".5", "+.5", "-.5", "5.", "1", "10", "100",
            "2961.484529", "0.1", "0.2", "0.3", "3e-5", "1E3", "1e+3", "1e-3",
            // 2^53 + 1 and + 3: halfway between two doubles, ties to even.
            "9007199254740993", "9007199254740995", "9007199254740993.0000000000001",
            // 1 + 2^-53 exactly (halfway above 1: to even, down), and a hair above it (up).
            "1.00000000000000011102230246251565404236316680908203125",
            "1.000000000000000111022302462515654042363166809082031250000000000000000000001",
            "1.00000000000000011102230246251565404236316680908203124999999999999999999999",
            // The largest double, the threshold above it, and beyond.
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "1e308", "1e309", "-1e309",
            // The normal threshold, the smallest subnormal, and half of it (to zero, even).
            "2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1e-324", "1e-400", "3e-324", "7.4e-324",
            // Many digits, leading and trailing zeros.
            "0.000000000000000000000000000000000000000000001234567890123456789",
            "123456789012345678901234567890123456789012345678901234567890e-30",
            "000000000000000000000000000000123.4560000000000000000000000000",
            "1e22", "1e23", "8.98846567431158e307", "4.35e-10", "0.1e1", "10e-1",
        ] {
            same(s);
        }
    }

    #[test]
    fn a_thousand_digits_round_with_the_tail() {
        // 1 + 2^-53 written out, then 900 zeros and a 1: above the halfway point, so up.
        let halfway = "1.00000000000000011102230246251565404236316680908203125";
        let above = format!("{halfway}{}1", "0".repeat(900));
        same(&above);
        assert_eq!(parse_f64(&above), Some(1.000_000_000_000_000_2));
        let exact = format!("{halfway}{}", "0".repeat(900));
        same(&exact);
        assert_eq!(parse_f64(&exact), Some(1.0));
    }

    #[test]
    fn only_plain_decimal_notation_is_read() {
        for s in [
            "", ".", "+", "-", "+-1", "--1", "e5", ".e5", "1e", "1e+", "1.5.3", "1,0", " 1", "1 ",
            "0x10", "1_0", "inf", "-inf", "infinity", "NaN", "nan", "１", "1e5e3", "١",
        ] {
            assert_eq!(parse_f64(s), None, "{s:?}");
        }
    }

    #[test]
    fn exponents_beyond_any_double() {
        assert_eq!(parse_f64("1e1000000000000000000000"), Some(f64::INFINITY));
        assert_eq!(parse_f64("-1e99999999999"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_f64("1e-99999999999").map(f64::to_bits), Some(0));
        assert_eq!(
            parse_f64("-1e-99999999999").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(parse_f64("0e99999999999").map(f64::to_bits), Some(0));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn every_double_reads_back_from_its_printed_forms(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            for s in [
                format!("{x}"), format!("{x:e}"), format!("{x:.17e}"), format!("{x:.30e}"),
                format!("{x:.3e}"), format!("{x:.2}"),
            ] {
                same(&s);
            }
            prop_assert_eq!(parse_f64(&format!("{x}")).map(f64::to_bits), Some(bits));
        }

        #[test]
        fn random_digits_round_as_the_standard_library(
            s in "[+-]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][+-]?[0-9]{1,3})?"
        ) {
            same(&s);
        }

        #[test]
        fn halfway_points_and_their_neighbours(bits in 0u64..0x7fef_ffff_ffff_ffff, tail in "[0-9]{0,3}") {
            // The exact decimal value halfway between a double and the next one: ties to even
            // when written out in full, and decided by the tail digits after it.
            let half = halfway(f64::from_bits(bits), f64::from_bits(bits + 1));
            same(&half);
            same(&format!("{half}{tail}"));
            same(&half[..half.len() - 1]);
        }
    }

    /// (a + b) / 2 exactly, in fixed notation, from their exact fixed-point expansions (every
    /// double has at most 1074 decimals; a sum's half one more).
    /// `fixed` writes what `format!("{x:.d$}")` writes.
    fn same_fixed(x: f64, d: usize) {
        assert_eq!(
            super::fixed(x, d),
            format!("{x:.d$}"),
            "{x:?} to {d} places"
        );
    }

    #[test]
    fn fixed_ties_carries_and_edges_print_as_the_standard_library() {
        // Exact ties go to even; a tie's neighbour a hair away does not.
        for (x, d) in [
            (0.25, 1),
            (0.35, 1),
            (0.5, 0),
            (1.5, 0),
            (2.5, 0),
            (0.125, 2),
            (0.375, 2),
        ] {
            same_fixed(x, d);
        }
        assert_eq!(super::fixed(2.5, 0), "2");
        assert_eq!(super::fixed(0.125, 2), "0.12");
        assert_eq!(super::fixed(0.375, 2), "0.38");
        // Carries through nines, into a new leading digit.
        for (x, d) in [
            (9.995, 2),
            (9.9996, 3),
            (99.96, 1),
            (0.96, 0),
            (0.996, 2),
            (999_999.5, 0),
        ] {
            same_fixed(x, d);
        }
        assert_eq!(super::fixed(99.96, 1), "100.0");
        // Signs, zero, the ends of the range, and what is not a number.
        for x in [
            0.0,
            -0.0,
            -0.01,
            -0.04,
            1e21,
            1e-7,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            -f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            2f64.powi(53) + 2.0,
            0.1,
            1.0 / 3.0,
        ] {
            for d in [0, 1, 2, 3, 6, 17, 30, 340] {
                same_fixed(x, d);
            }
        }
        assert_eq!(super::fixed(-0.01, 1), "-0.0");
        assert_eq!(super::fixed(-0.0, 0), "-0");
        assert_eq!(super::fixed(0.05, 1), "0.1");
        // Below a tenth of the last place, and just at half of it.
        assert_eq!(super::fixed(0.000_4, 3), "0.000");
        same_fixed(0.000_5, 3);
        same_fixed(0.000_500_000_000_000_1, 3);
    }

    proptest! {
        #[test]
        fn fixed_prints_every_double_as_the_standard_library(bits in any::<u64>(), d in 0usize..24) {
            same_fixed(f64::from_bits(bits), d);
        }

        #[test]
        fn fixed_prints_page_sized_numbers_as_the_standard_library(
            x in -1e13f64..1e13, scale in -12i32..4, d in 0usize..10,
        ) {
            same_fixed(x * 10f64.powi(scale), d);
        }

        #[test]
        fn fixed_prints_decimal_ties_as_the_standard_library(n in 0u64..1_000_000, k in 1u32..6, d in 0usize..6) {
            // n / 2^k: exact binary fractions, many of them exact decimal ties.
            same_fixed(n as f64 / f64::from(1u32 << k), d);
        }
    }

    fn halfway(a: f64, b: f64) -> String {
        let (a, b) = (format!("{a:.1100}"), format!("{b:.1100}"));
        let width = a.len().max(b.len());
        let (a, b) = (format!("{a:0>width$}0"), format!("{b:0>width$}0"));
        // Add digit by digit from the right, the point kept in place.
        let mut sum = Vec::with_capacity(width + 2);
        let mut carry = 0;
        for (x, y) in a.bytes().rev().zip(b.bytes().rev()) {
            if x == b'.' {
                sum.push(b'.');
                continue;
            }
            let d = (x - b'0') + (y - b'0') + carry;
            sum.push(b'0' + d % 10);
            carry = d / 10;
        }
        sum.push(b'0' + carry);
        sum.reverse();
        // Halve it digit by digit from the left.
        let mut out = String::with_capacity(sum.len());
        let mut rest = 0;
        for c in sum {
            if c == b'.' {
                out.push('.');
                continue;
            }
            let d = rest * 10 + (c - b'0');
            out.push(char::from(b'0' + d / 2));
            rest = d % 2;
        }
        assert_eq!(rest, 0);
        out
    }
}
