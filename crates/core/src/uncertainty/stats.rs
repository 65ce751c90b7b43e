//! Percentiles of the sampled outputs.
//!
//! The p-th percentile of n sorted values x₀ ≤ … ≤ xₙ₋₁ is read at position h = p (n − 1) and
//! interpolated linearly between x⌊h⌋ and x⌊h⌋₊₁ (Hyndman and Fan's definition 7, the default of
//! R, NumPy and spreadsheets).
//!
//! Only the needed order statistics are found, not by sorting: one pass counts the values into
//! [`BUCKETS`] equal-width buckets between the smallest and the largest (a bucket index rises with
//! the value, so bucket j holds exactly the order statistics from the count of the buckets
//! before it); the bucket holding each needed rank is known from the counts; a second pass
//! gathers those buckets' values (a few dozen for a smooth distribution), and a quickselect
//! (Hoare's FIND) finds the rank among them. That is two passes over the samples per output
//! (after the min/max/sum pass, which alone serves an output whose samples are all equal);
//! three quickselects over all of them, as `select_nth_unstable_by` would do, took a quarter of
//! a simulation's time in the wasm build. The values are finite (failed samples never reach
//! here), so `<` orders them totally.

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

    /// From the finite values of the samples that succeeded.
    pub(crate) fn from_samples(central: f64, values: &[f64]) -> Self {
        if values.is_empty() {
            return OutputStats::degenerate(central);
        }
        let (mut min, mut max, mut sum) = (f64::INFINITY, f64::NEG_INFINITY, 0.0);
        for &v in values {
            if v < min {
                min = v;
            }
            if v > max {
                max = v;
            }
            sum += v;
        }
        if max <= min {
            // Every sample the same (an output no ranged factor reaches, e.g. a sector left
            // out): nothing to select. Calculators with many outputs have several such.
            return OutputStats {
                central,
                p5: min,
                p50: min,
                p95: min,
                mean: min,
                min,
                max,
            };
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

/// Buckets of the counting pass.
const BUCKETS: usize = 1024;

/// A bucket none of whose values is needed.
const NONE: usize = usize::MAX;

/// The percentiles `ps` (each in [0, 1]) of `values` (finite), by definition 7. Reorders
/// nothing; all zeros if `values` is empty.
pub(crate) fn percentiles<const N: usize>(values: &[f64], ps: [f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    let n = values.len();
    if n == 0 {
        return out;
    }
    // Per percentile: the rank below h, and the weight of the rank above.
    let mut at = [(0, 0.0); N];
    let mut ranks = Vec::with_capacity(2 * N);
    for (slot, p) in at.iter_mut().zip(ps) {
        let p = if p > 0.0 { p.min(1.0) } else { 0.0 };
        let h = p * (n - 1) as f64;
        // h is in [0, n − 1], so the floor fits a usize.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let k = (h.floor() as usize).min(n - 1);
        *slot = (k, h - k as f64);
        ranks.push(k);
        ranks.push((k + 1).min(n - 1));
    }
    let found = order_statistics(values, &ranks);
    for (j, (slot, &(_, frac))) in out.iter_mut().zip(&at).enumerate() {
        let lo = found.get(2 * j).copied().unwrap_or(0.0);
        let hi = found.get(2 * j + 1).copied().unwrap_or(lo);
        *slot = if frac > 0.0 {
            lo + frac * (hi - lo)
        } else {
            lo
        };
    }
    out
}

/// The values of the given ranks (0-based, each below `values.len()`), in the order asked.
fn order_statistics(values: &[f64], ranks: &[usize]) -> Vec<f64> {
    let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
    for &v in values {
        if v < min {
            min = v;
        }
        if v > max {
            max = v;
        }
    }
    if max <= min {
        return vec![min; ranks.len()];
    }
    // Rises (weakly) with x: a subtraction and a multiplication by a positive number are
    // monotone under rounding, and so is the truncation. An overflow lands in the last bucket.
    let scale = BUCKETS as f64 / (max - min);
    let bucket = |x: f64| -> usize {
        let b = (x - min) * scale;
        if b >= (BUCKETS - 1) as f64 {
            BUCKETS - 1
        } else if b > 0.0 {
            // In (0, BUCKETS − 1): fits.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let b = b as usize;
            b
        } else {
            0
        }
    };
    let mut counts = vec![0usize; BUCKETS];
    for &v in values {
        if let Some(c) = counts.get_mut(bucket(v)) {
            *c += 1;
        }
    }
    // starts[j]: how many values lie in the buckets before j.
    let mut starts = Vec::with_capacity(BUCKETS);
    let mut total = 0;
    for c in &counts {
        starts.push(total);
        total += c;
    }
    // The bucket of each rank, and a slot for each distinct one.
    let mut slot_of = vec![NONE; BUCKETS];
    let mut gathered: Vec<Vec<f64>> = Vec::new();
    let mut where_: Vec<(usize, usize)> = Vec::with_capacity(ranks.len());
    for &r in ranks {
        let j = starts.partition_point(|&s| s <= r).saturating_sub(1);
        let slot = match slot_of.get(j) {
            Some(&s) if s != NONE => s,
            _ => {
                if let Some(s) = slot_of.get_mut(j) {
                    *s = gathered.len();
                }
                gathered.push(Vec::with_capacity(counts.get(j).copied().unwrap_or(0)));
                gathered.len() - 1
            }
        };
        where_.push((slot, r - starts.get(j).copied().unwrap_or(0)));
    }
    for &v in values {
        if let Some(&s) = slot_of.get(bucket(v)) {
            if let Some(g) = gathered.get_mut(s) {
                g.push(v);
            }
        }
    }
    where_
        .iter()
        .map(|&(slot, k)| match gathered.get_mut(slot) {
            Some(g) => {
                select(g, k);
                g.get(k).copied().unwrap_or(f64::NAN)
            }
            None => f64::NAN,
        })
        .collect()
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
        /// Against a full sort, on spread-out values, on many ties, and on clusters with far
        /// outliers (everything in one bucket but the outlier).
        fn percentiles_agree_with_sorting(v in proptest::collection::vec(prop_oneof![
            4 => -1e6..1e6_f64,
            4 => (-3i8..3).prop_map(f64::from),
            1 => Just(1e12),
            1 => Just(-1e300),
            1 => Just(1e300),
        ], 1..700)) {
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let at = |p: f64| {
                let h = p * (sorted.len() - 1) as f64;
                let k = h.floor() as usize;
                let next = sorted.get(k + 1).copied().unwrap_or(sorted[k]);
                sorted[k] + (h - k as f64) * (next - sorted[k])
            };
            let w = v.clone();
            let got = percentiles(&w, [0.05, 0.5, 0.95]);
            for (g, p) in got.iter().zip([0.05, 0.5, 0.95]) {
                prop_assert!((g - at(p)).abs() <= 1e-9 * (1.0 + at(p).abs()));
            }
        }
    }

    #[test]
    fn percentiles_interpolate_between_order_statistics() {
        // 0, 1, …, 100 shuffled: the p-th percentile is 100 p exactly.
        let v: Vec<f64> = (0..=100).map(|i| f64::from((i * 37) % 101)).collect();
        let [a, b, c, d] = percentiles(&v, [0.0, 0.05, 0.5, 0.95]);
        assert!(a.abs() < 1e-12 && (b - 5.0).abs() < 1e-12);
        assert!((c - 50.0).abs() < 1e-12 && (d - 95.0).abs() < 1e-12);
        // Four values 1, 2, 3, 4: h = 0.05 × 3 = 0.15 → 1.15; median h = 1.5 → 2.5; h = 2.85 → 3.85.
        let v = vec![4.0, 1.0, 3.0, 2.0];
        let [p5, p50, p95] = percentiles(&v, [0.05, 0.5, 0.95]);
        assert!((p5 - 1.15).abs() < 1e-12, "{p5}");
        assert!((p50 - 2.5).abs() < 1e-12, "{p50}");
        assert!((p95 - 3.85).abs() < 1e-12, "{p95}");
        // One value: every percentile is that value.
        let v = vec![7.0];
        let [a, b] = percentiles(&v, [0.05, 0.95]);
        assert!((a - 7.0).abs() < 1e-12 && (b - 7.0).abs() < 1e-12);
    }

    #[test]
    fn stats_of_no_sample_are_the_central_value() {
        let s = OutputStats::from_samples(3.0, &[]);
        assert_eq!(s, OutputStats::degenerate(3.0));
        let s = OutputStats::from_samples(3.0, &[1.0, 5.0]);
        assert!((s.mean - 3.0).abs() < 1e-12 && (s.min - 1.0).abs() < 1e-12);
        assert!((s.max - 5.0).abs() < 1e-12 && (s.p50 - 3.0).abs() < 1e-12);
    }
}
