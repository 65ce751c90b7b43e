//! Ranges and sensitivity (issue 9): Monte Carlo percentiles and a one-at-a-time tornado sweep
//! for any calculation written against [`FactorValues`].
//!
//! The engine knows nothing of the calculators. It takes a closure
//! `Fn(&dyn FactorValues) -> Result<O, CalcError>` whose output `O` is a list of numbers
//! (`Vec<f64>`, `[f64; N]`, anything `AsRef<[f64]>`), and:
//!
//! 1. runs it once at the central point, recording which factors it reads (and which ranged user
//!    inputs it asks for through [`FactorValues::input`]);
//! 2. gives each of them a law: the user's value is a constant unless the user gave it a range
//!    ([`InputRanges`]); a library factor is triangular on (low, central, high), a zero-width range
//!    is a constant, and a derived factor whose range was propagated from its inputs is recomputed
//!    from its inputs' draws (so the three 2018 steel intensities, which share the 2018 output,
//!    move together);
//! 3. [`simulate`]: draws every variable once per sample, the same draw for every line that reads
//!    it (a common factor is correlated, not independent), runs the closure on each sample and
//!    reports per output the central value and the 5th, 50th and 95th percentiles
//!    ([`OutputStats`]); samples where the closure fails are counted and the first reason kept
//!    ([`Simulation::failed`], [`Failure`]), never turned into NaN;
//! 4. [`sensitivity`]: moves each variable alone from its low to its high end, everything else
//!    central, and ranks the swings of a chosen output ([`Sensitivity::ranked`],
//!    [`Sensitivity::top_drivers`]) for a tornado chart;
//! 5. [`analyse`] does both with one central run.
//!
//! **Determinism.** Every variable has its own xoshiro256++ stream seeded from the settings' seed
//! and a hash of the variable's id, and variables are kept sorted by id: the same scenario with
//! the same seed gives bit-identical numbers on every run and platform (given a calculation that
//! uses only +, −, ×, ÷ and √, which IEEE 754 rounds exactly), whatever order the calculation
//! reads its factors in. A factor draws the same values in every calculation that reads it.
//!
//! Method, tolerances and measured speed: `docs/uncertainty.md`.
//!
//! ```
//! use qingshan_core::eval::{FactorValues, Overrides};
//! use qingshan_core::factors::Library;
//! use qingshan_core::uncertainty::{analyse, InputRanges, Settings};
//!
//! let lib = Library::standard();
//! let mut ranges = InputRanges::new();
//! ranges.set("example.capacity", 2.0e8, 3.5e8); // the user's input "capacity", t/yr
//! let capacity = 3.0e8;
//! let a = analyse(lib, &Overrides::new(), &ranges, &Settings::default(), |f: &dyn FactorValues| {
//!     let capacity = f.input("example.capacity", capacity);
//!     let so2 = f.get("ule.intensity.steel.2018.so2")? * f.get("ule.reduction.steel.so2")?;
//!     Ok([capacity * so2 / 1000.0]) // t SO₂ per year
//! })
//! .unwrap();
//! let so2 = a.simulation.outputs[0];
//! assert!(so2.p5 < so2.central && so2.central < so2.p95);
//! let top = a.sensitivity.top_drivers(0, 1);
//! assert_eq!(top[0].id, "example.capacity");
//! ```

mod plan;
mod rng;
mod sensitivity;
mod simulator;
mod stats;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::eval::{CalcError, FactorValues, Overrides, Problem};
use crate::factors::Library;

use plan::{Base, Plan, Recorder, SampleValues};

/// Sorts `v` so that no item is `less` than the one before it; stable. Insertion sort: the
/// lists sorted here are short (the plan's derived factors, the ranked swings: tens of items),
/// and each `sort_unstable` would have added its own ~2.3 KB quicksort per element type to the
/// wasm (docs/size.md, item 5).
pub(crate) fn insertion_sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}
pub use sensitivity::{Sensitivity, Swing};
pub use simulator::Simulator;
pub use stats::OutputStats;

/// The number of samples unless the settings say otherwise.
pub const DEFAULT_SAMPLES: usize = 10_000;

/// The fewest samples one simulation draws (a smaller setting is raised to this).
pub const MIN_SAMPLES: usize = 1;

/// The most samples one simulation draws (a larger setting is lowered to this).
pub const MAX_SAMPLES: usize = 1_000_000;

/// The seed unless the settings say otherwise (the bytes of "QINGSHAN").
pub const DEFAULT_SEED: u64 = 0x5149_4e47_5348_414e;

/// The key [`CalcError::Input`] names when the central run of a calculation gives a number that
/// is not finite (a calculator bug: calculators validate their inputs and guard divisions).
pub const CENTRAL_NOT_FINITE: &str = "uncertainty.central";

/// How to run a simulation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Samples to draw, from [`MIN_SAMPLES`] to [`MAX_SAMPLES`] (default [`DEFAULT_SAMPLES`]).
    /// With 10,000 samples the standard error of a 5th or 95th percentile is about 0.5 % of the
    /// output's 5–95 % spread, of the median about 0.4 % (a triangular factor;
    /// `docs/uncertainty.md`); it falls as 1/√samples.
    pub samples: usize,
    /// The seed of every stream. A scenario keeps its numbers as long as it keeps its seed.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            samples: DEFAULT_SAMPLES,
            seed: DEFAULT_SEED,
        }
    }
}

/// Ranges the user gave to factors (by factor id) and to their own inputs (by the input's key),
/// low and high in the factor's or input's unit. The central value stays the factor's (or the
/// user's override, or the input's typed value); a range that does not contain it is widened to.
///
/// A factor the user overrode is a constant in the simulation unless it has a range here; a
/// library factor with a range here uses this range instead of the library's.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputRanges(BTreeMap<String, (f64, f64)>);

impl InputRanges {
    /// No range given.
    pub fn new() -> Self {
        InputRanges(BTreeMap::new())
    }

    /// Gives `id` the range low–high (either order). Returns false (and changes nothing) unless
    /// both are finite numbers.
    pub fn set(&mut self, id: &str, low: f64, high: f64) -> bool {
        if !(low.is_finite() && high.is_finite()) {
            return false;
        }
        self.0
            .insert(id.to_string(), (low.min(high), low.max(high)));
        true
    }

    /// Forgets the range of `id`.
    pub fn reset(&mut self, id: &str) {
        self.0.remove(id);
    }

    /// The range of `id` as (low, high), if the user gave one.
    pub fn get(&self, id: &str) -> Option<(f64, f64)> {
        self.0.get(id).copied()
    }

    /// Every range, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, (f64, f64))> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// True when no range was given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What a random variable of the simulation stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VarKind {
    /// A factor, by its id (named by [`crate::factors::Factor`]'s `def.name`).
    Factor,
    /// One of the user's inputs, by the key the calculation passed to [`FactorValues::input`]
    /// (the page names it from its own catalogue).
    Input,
}

/// Why one sample (or one end of a swing) gave no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The calculation refused the sampled values (e.g. a utilisation drawn above 100 %).
    Calc(CalcError),
    /// Output number `output` was not finite.
    NotFinite {
        /// Index of the output.
        output: usize,
    },
    /// The calculation gave a different number of outputs than on the central run.
    Shape {
        /// Outputs on the central run.
        expected: usize,
        /// Outputs on this run.
        got: usize,
    },
}

/// The result of [`simulate`].
#[derive(Clone, Debug, PartialEq)]
pub struct Simulation {
    /// Per output, in the calculation's order.
    pub outputs: Vec<OutputStats>,
    /// Samples drawn.
    pub samples: usize,
    /// Samples that gave no result (left out of the percentiles). When every sample failed, each
    /// output's statistics are its central value.
    pub failed: usize,
    /// Why the first failed sample failed.
    pub first_failure: Option<Failure>,
    /// The seed used.
    pub seed: u64,
}

impl Simulation {
    /// True when every sample gave a result.
    pub fn complete(&self) -> bool {
        self.failed == 0
    }
}

/// Both results from one central run.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The Monte Carlo percentiles.
    pub simulation: Simulation,
    /// The one-at-a-time sweep.
    pub sensitivity: Sensitivity,
}

/// Monte Carlo percentiles of every output of `calc`. Fails only if the central run fails (the
/// same error the page shows for the central result).
pub fn simulate<F, O>(
    library: &Library,
    overrides: &Overrides,
    ranges: &InputRanges,
    settings: &Settings,
    calc: F,
) -> Result<Simulation, CalcError>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    Ok(Simulator::new(library, overrides, ranges, settings, calc)?.finish())
}

/// One-at-a-time swings of every ranged variable of `calc`. Fails only if the central run fails.
pub fn sensitivity<F, O>(
    library: &Library,
    overrides: &Overrides,
    ranges: &InputRanges,
    calc: F,
) -> Result<Sensitivity, CalcError>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    let base = Base {
        library,
        overrides,
        ranges,
    };
    let (plan, central) = prepare(base, &calc)?;
    Ok(sensitivity::sweep(&plan, base, central, &calc))
}

/// [`simulate`] and [`sensitivity`] from one central run.
pub fn analyse<F, O>(
    library: &Library,
    overrides: &Overrides,
    ranges: &InputRanges,
    settings: &Settings,
    calc: F,
) -> Result<Analysis, CalcError>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    let simulator = Simulator::new(library, overrides, ranges, settings, calc)?;
    let sensitivity = simulator.sensitivity();
    Ok(Analysis {
        simulation: simulator.finish(),
        sensitivity,
    })
}

/// The central run: its outputs, and the plan of what to sample.
pub(crate) fn prepare<F, O>(base: Base<'_>, calc: &F) -> Result<(Plan, Vec<f64>), CalcError>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    let recorder = Recorder::new(base);
    let central = calc(&recorder)?.as_ref().to_vec();
    if central.iter().any(|x| !x.is_finite()) {
        return Err(CalcError::Input {
            field: CENTRAL_NOT_FINITE,
            problem: Problem::NotFinite,
        });
    }
    Ok((Plan::build(base, &recorder.finish()), central))
}

/// Runs `calc` on one row of values and checks its outputs.
pub(crate) fn eval_row<F, O>(
    plan: &Plan,
    base: Base<'_>,
    row: &[f64],
    expected: usize,
    calc: &F,
) -> Result<O, Failure>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    checked_outputs(calc(&SampleValues::new(plan, row, base)), expected)
}

/// A calculation's result as a sample: `expected` finite outputs, or why not.
pub(crate) fn checked_outputs<O: AsRef<[f64]>>(
    result: Result<O, CalcError>,
    expected: usize,
) -> Result<O, Failure> {
    let out = result.map_err(Failure::Calc)?;
    let values = out.as_ref();
    if values.len() != expected {
        return Err(Failure::Shape {
            expected,
            got: values.len(),
        });
    }
    if let Some(output) = values.iter().position(|x| !x.is_finite()) {
        return Err(Failure::NotFinite { output });
    }
    Ok(out)
}

#[cfg(test)]
mod sort_tests {
    use proptest::prelude::*;

    proptest! {
        /// The insertion sort orders like std's stable sort: equal keys keep their order (the
        /// second element records it).
        #[test]
        fn insertion_sort_is_a_stable_sort(keys in proptest::collection::vec(0u8..6, 0..80)) {
            let mut mine: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut reference = mine.clone();
            reference.sort_by_key(|p| p.0);
            super::insertion_sort_by(&mut mine, |a, b| a.0 < b.0);
            prop_assert_eq!(mine, reference);
        }
    }
}
