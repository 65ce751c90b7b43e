//! Percentiles of the sampled outputs.
//!
//! The p-th percentile of n sorted values x₀ ≤ … ≤ xₙ₋₁ is read at position h = p (n − 1) and
//! interpolated linearly between x⌊h⌋ and x⌊h⌋₊₁ (Hyndman and Fan's definition 7, the default of
//! R, NumPy and spreadsheets). Only the needed order statistics are found, by quickselect
//! (Hoare's FIND: linear expected time), not by a full sort. The values are finite (failed
//! samples never reach here), so `<` orders them totally; the selection is written out rather
//! than taken from `select_nth_unstable_by` because the wasm build (opt-level "z") does not
//! inline the comparator of the generic one, which made it a third of a simulation's time.

/// The spread of one output over the samples, with its central value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutputStats {
    /// With every factor at its central value (and the user's overrides and inputs): the number
    /// the page shows as the result.
    pub central: f64,
    /// 5th percentile of the samples.
    pub p5: f64,
    /// Median of the samples.
    pub p50: f64,
    /// 95th percentile of the samples.
    pub p95: f64,
    /// Mean of the samples.
    pub mean: f64,
    /// Smallest sample.
    pub min: f64,
    /// Largest sample.
    pub max: f64,
}

impl OutputStats {
    /// An output with no usable sample: every statistic is the central value (the
    /// [`super::Simulation`] says how many samples failed and why).
    pub(crate) fn degenerate(central: f64) -> Self {
        OutputStats {
            central,
            p5: central,
            p50: central,
            p95: central,
            mean: central,
            min: central,
            max: central,
        }
    }

    /// From the finite values of the samples that succeeded (reordered in place).
    pub(crate) fn from_samples(central: f64, values: &mut [f64]) -> Self {
        if values.is_empty() {
            return OutputStats::degenerate(central);
        }
        let (mut min, mut max, mut sum) = (f64::INFINITY, f64::NEG_INFINITY, 0.0);
        for &v in values.iter() {
            if v < min {
                min = v;
            }
            if v > max {
                max = v;
            }
            sum += v;
        }
        let [p5, p50, p95] = percentiles(values, [0.05, 0.50, 0.95]);
        OutputStats {
            central,
            p5,
            p50,
            p95,
            // A mean of values between min and max stays there, save for rounding. (Comparisons,
            // not `clamp`, whose panic message would bring float formatting into the wasm.)
            mean: {
                let mean = sum / values.len() as f64;
                if mean < min {
                    min
                } else if mean > max {
                    max
                } else {
                    mean
                }
            },
            min,
            max,
        }
    }
}

/// The percentiles `ps` (ascending, each in [0, 1]) of `values` (non-empty, finite), by
/// definition 7. Reorders `values`.
pub(crate) fn percentiles<const N: usize>(values: &mut [f64], ps: [f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    let n = values.len();
    if n == 0 {
        return out;
    }
    // Everything before `done` is ≤ everything from `done` on, and each position below `done`
    // already holds its order statistic.
    let mut done = 0;
    for (slot, p) in out.iter_mut().zip(ps) {
        let p = if p > 0.0 { p.min(1.0) } else { 0.0 };
        let h = p * (n - 1) as f64;
        // h is in [0, n − 1], so the floor fits a usize.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let k = (h.floor() as usize).min(n - 1);
        let frac = h - k as f64;
        let lo = order_statistic(values, k, &mut done);
        *slot = if frac > 0.0 && k + 1 < n {
            let hi = order_statistic(values, k + 1, &mut done);
            lo + frac * (hi - lo)
        } else {
            lo
        };
    }
    out
}

/// The k-th smallest value (0-based), with `k ≥` every index asked for before.
fn order_statistic(values: &mut [f64], k: usize, done: &mut usize) -> f64 {
    if k >= *done {
        if let Some(rest) = values.get_mut(*done..) {
            select(rest, k - *done);
        }
        *done = k + 1;
    }
    values.get(k).copied().unwrap_or(f64::NAN)
}

/// Puts the k-th smallest value of `v` at `v[k]`, the smaller ones before it and the larger
/// ones after (quickselect with a median-of-three pivot and Hoare's partition, which also splits
/// runs of equal values evenly). For k beyond the end it does nothing.
fn select(v: &mut [f64], k: usize) {
    let (mut lo, mut hi) = (0, v.len());
    if k >= hi {
        return;
    }
    // Invariant: v[..lo] ≤ v[lo..hi] ≤ v[hi..], and lo ≤ k < hi.
    while hi - lo > 16 {
        let mid = lo + (hi - lo) / 2;
        // Median of three to v[mid].
        order(v, lo, mid);
        order(v, mid, hi - 1);
        order(v, lo, mid);
        let pivot = v.get(mid).copied().unwrap_or(0.0);
        let (mut i, mut j) = (lo, hi - 1);
        loop {
            while v.get(i).is_some_and(|&x| x < pivot) {
                i += 1;
            }
            while v.get(j).is_some_and(|&x| x > pivot) {
                j -= 1;
            }
            if i >= j {
                break;
            }
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
        // Now v[lo..=j] ≤ pivot ≤ v[j + 1..hi], both parts non-empty.
        if k <= j {
            hi = j + 1;
        } else {
            lo = j + 1;
        }
    }
    // A short range: insertion sort.
    if let Some(tail) = v.get_mut(lo..hi) {
        for a in 1..tail.len() {
            let mut b = a;
            while b > 0 && tail.get(b) < tail.get(b - 1) {
                tail.swap(b, b - 1);
                b -= 1;
            }
        }
    }
}

/// Swaps `v[a]` and `v[b]` (a < b) if they are out of order.
fn order(v: &mut [f64], a: usize, b: usize) {
    if let (Some(x), Some(y)) = (v.get(a), v.get(b)) {
        if y < x {
            v.swap(a, b);
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::many_single_char_names,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)] // percentiles by hand: p, h, k as in the formula
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Selection agrees with a full sort, on values with many ties too.
        #[test]
        fn select_agrees_with_sorting(
            mut v in proptest::collection::vec(-5i8..5, 1..300),
            k in 0usize..300,
        ) {
            let mut v: Vec<f64> = v.drain(..).map(f64::from).collect();
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let k = k % v.len();
            select(&mut v, k);
            prop_assert!((v[k] - sorted[k]).abs() < 1e-12);
            prop_assert!(v[..k].iter().all(|x| *x <= v[k]));
            prop_assert!(v[k + 1..].iter().all(|x| *x >= v[k]));
        }

        #[test]
        fn percentiles_agree_with_sorting(v in proptest::collection::vec(-1e6..1e6_f64, 1..500)) {
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |p: f64| {
                let h = p * (sorted.len() - 1) as f64;
                let k = h.floor() as usize;
                let next = sorted.get(k + 1).copied().unwrap_or(sorted[k]);
                sorted[k] + (h - k as f64) * (next - sorted[k])
            };
            let mut w = v.clone();
            let got = percentiles(&mut w, [0.05, 0.5, 0.95]);
            for (g, p) in got.iter().zip([0.05, 0.5, 0.95]) {
                prop_assert!((g - at(p)).abs() <= 1e-9 * (1.0 + at(p).abs()));
            }
        }
    }

    #[test]
    fn percentiles_interpolate_between_order_statistics() {
        // 0, 1, …, 100 shuffled: the p-th percentile is 100 p exactly.
        let mut v: Vec<f64> = (0..=100).map(|i| f64::from((i * 37) % 101)).collect();
        let [a, b, c, d] = percentiles(&mut v, [0.0, 0.05, 0.5, 0.95]);
        assert!(a.abs() < 1e-12 && (b - 5.0).abs() < 1e-12);
        assert!((c - 50.0).abs() < 1e-12 && (d - 95.0).abs() < 1e-12);
        // Four values 1, 2, 3, 4: h = 0.05 × 3 = 0.15 → 1.15; median h = 1.5 → 2.5; h = 2.85 → 3.85.
        let mut v = vec![4.0, 1.0, 3.0, 2.0];
        let [p5, p50, p95] = percentiles(&mut v, [0.05, 0.5, 0.95]);
        assert!((p5 - 1.15).abs() < 1e-12, "{p5}");
        assert!((p50 - 2.5).abs() < 1e-12, "{p50}");
        assert!((p95 - 3.85).abs() < 1e-12, "{p95}");
        // One value: every percentile is that value.
        let mut v = vec![7.0];
        let [a, b] = percentiles(&mut v, [0.05, 0.95]);
        assert!((a - 7.0).abs() < 1e-12 && (b - 7.0).abs() < 1e-12);
    }

    #[test]
    fn stats_of_no_sample_are_the_central_value() {
        let s = OutputStats::from_samples(3.0, &mut []);
        assert_eq!(s, OutputStats::degenerate(3.0));
        let s = OutputStats::from_samples(3.0, &mut [1.0, 5.0]);
        assert!((s.mean - 3.0).abs() < 1e-12 && (s.min - 1.0).abs() < 1e-12);
        assert!((s.max - 5.0).abs() < 1e-12 && (s.p50 - 3.0).abs() < 1e-12);
    }
}
