//! A small seeded pseudo-random generator and the triangular distribution.
//!
//! Written by hand (about forty lines) rather than taken from a crate, so the core keeps no
//! dependencies at all. Both generators are transcriptions of the public-domain reference code by
//! Sebastiano Vigna (<https://prng.di.unimi.it/>, files `xoshiro256plusplus.c` and
//! `splitmix64.c`); the tests check them against outputs of that C code.
//!
//! * [`SplitMix64`] turns one 64-bit seed into a well-mixed state (the seeding the authors
//!   recommend for xoshiro).
//! * [`Xoshiro256pp`] (xoshiro256++ 1.0): 256 bits of state, period 2²⁵⁶ − 1, passes BigCrush and
//!   PractRand; a few nanoseconds per number. Not cryptographic, which a Monte Carlo does not need.
//!
//! A uniform number in [0, 1) is the top 53 bits of one output times 2⁻⁵³ (every value a multiple
//! of 2⁻⁵³, as in the reference code's note on floating point).

/// SplitMix64: a 64-bit counter passed through a mixing function (Steele, Lea, Flood 2014).
#[derive(Clone, Debug)]
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// xoshiro256++ 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021).
#[derive(Clone, Debug)]
pub(crate) struct Xoshiro256pp([u64; 4]);

impl Xoshiro256pp {
    /// Seeds the state with four outputs of [`SplitMix64`] started at `seed`. SplitMix64 never
    /// gives four zeros in a row, so the state is never the forbidden all-zero one.
    pub(crate) fn seed_from_u64(seed: u64) -> Self {
        let mut sm = SplitMix64::new(seed);
        Xoshiro256pp([sm.next_u64(), sm.next_u64(), sm.next_u64(), sm.next_u64()])
    }

    #[cfg(test)]
    pub(crate) fn from_state(s: [u64; 4]) -> Self {
        Xoshiro256pp(s)
    }

    #[allow(clippy::inline_always)] // as `Triangular::quantile`
    #[inline(always)]
    pub(crate) fn next_u64(&mut self) -> u64 {
        let s = &mut self.0;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// A uniform number in [0, 1): the top 53 bits × 2⁻⁵³.
    #[allow(clippy::inline_always)] // as `Triangular::quantile`
    #[inline(always)]
    pub(crate) fn next_f64(&mut self) -> f64 {
        // 2⁻⁵³, exactly.
        const SCALE: f64 = 1.0 / 9_007_199_254_740_992.0;
        (self.next_u64() >> 11) as f64 * SCALE
    }
}

/// The triangular distribution on [low, high] with its mode (most likely value) at `mode`,
/// sampled by inverting its cumulative distribution function:
///
/// * `F(m) = (m − a)/(b − a)` is the probability below the mode (`a` = low, `b` = high, `m` = mode);
/// * for `u < F(m)`: `x = a + √(u (b − a)(m − a))`;
/// * otherwise: `x = b − √((1 − u)(b − a)(b − m))`.
///
/// The same formula gives the exact p-quantile, which the tests use as the closed form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Triangular {
    low: f64,
    high: f64,
    /// `F(m)`.
    f_mode: f64,
    /// `(b − a)(m − a)`.
    left: f64,
    /// `(b − a)(b − m)`.
    right: f64,
}

impl Triangular {
    /// `low ≤ mode ≤ high` and `low < high` are the caller's to ensure (the plan widens a range
    /// that does not contain its mode, and makes a zero-width range a constant).
    pub(crate) fn new(low: f64, mode: f64, high: f64) -> Self {
        let width = high - low;
        Triangular {
            low,
            high,
            f_mode: (mode - low) / width,
            left: width * (mode - low),
            right: width * (high - mode),
        }
    }

    /// The value at cumulative probability `u` ∈ [0, 1].
    // Forced: at opt-level "z" (the wasm build) a plain hint is ignored, and this is the inner
    // loop of every simulation (one call per ranged variable per sample).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub(crate) fn quantile(&self, u: f64) -> f64 {
        let x = if u < self.f_mode {
            self.low + (u * self.left).sqrt()
        } else {
            self.high - ((1.0 - u) * self.right).sqrt()
        };
        // Guards the last ulp of rounding: a draw never leaves its range. (Plain comparisons:
        // `clamp` carries a panic path and `max`/`min` a call in wasm, on the hottest line.)
        if x < self.low {
            self.low
        } else if x > self.high {
            self.high
        } else {
            x
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// First outputs of the reference C code (`splitmix64.c` with x = 0; `xoshiro256plusplus.c`
    /// with s = {1, 2, 3, 4}, and seeded from SplitMix64 at 42), compiled and run once.
    #[test]
    fn generators_match_the_reference_code() {
        let mut sm = SplitMix64::new(0);
        let want = [
            16_294_208_416_658_607_535,
            7_960_286_522_194_355_700,
            487_617_019_471_545_679,
        ];
        for w in want {
            assert_eq!(sm.next_u64(), w);
        }
        let mut x = Xoshiro256pp::from_state([1, 2, 3, 4]);
        let want = [
            41_943_041,
            58_720_359,
            3_588_806_011_781_223,
            3_591_011_842_654_386,
            9_228_616_714_210_784_205,
        ];
        for w in want {
            assert_eq!(x.next_u64(), w);
        }
        let mut x = Xoshiro256pp::seed_from_u64(42);
        let want = [
            15_021_278_609_987_233_951,
            5_881_210_131_331_364_753,
            18_149_643_915_985_481_100,
            12_933_668_939_759_105_464,
            14_637_574_242_682_825_331,
        ];
        for w in want {
            assert_eq!(x.next_u64(), w);
        }
    }

    #[test]
    fn uniform_numbers_stay_in_the_unit_interval_and_average_one_half() {
        let mut x = Xoshiro256pp::seed_from_u64(7);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let u = x.next_f64();
            assert!((0.0..1.0).contains(&u));
            sum += u;
        }
        // Mean of U(0,1) is 1/2 with standard error √(1/12)/√n = 0.000_91; allow 4 of them.
        assert!((sum / f64::from(n) - 0.5).abs() < 4.0 * 0.000_913);
    }

    #[test]
    fn triangular_quantiles_hit_the_ends_and_the_mode() {
        // Tri(2, 3, 6): F(mode) = (3 − 2)/(6 − 2) = 0.25.
        let t = Triangular::new(2.0, 3.0, 6.0);
        assert!((t.quantile(0.0) - 2.0).abs() < 1e-12);
        assert!((t.quantile(0.25) - 3.0).abs() < 1e-12);
        assert!((t.quantile(1.0) - 6.0).abs() < 1e-12);
        // Median: 6 − √(0.5 × 4 × 3) = 6 − √6 = 3.550_510_257.
        assert!((t.quantile(0.5) - 3.550_510_257_216_822).abs() < 1e-12);
        // A mode at an end (a right triangle) works too: Tri(0, 0, 1) has median 1 − √0.5.
        let r = Triangular::new(0.0, 0.0, 1.0);
        assert!((r.quantile(0.5) - (1.0 - 0.5_f64.sqrt())).abs() < 1e-12);
    }
}
