//! The Monte Carlo run, which can also go a few samples at a time.
//!
//! [`super::simulate`] runs every sample at once. Where one full run would hold up the page for
//! longer than a frame, the page can instead keep a [`Simulator`] and call [`Simulator::step`]
//! from a timer or an idle callback, a few thousand samples at a time, showing the central value
//! at once (it is known after [`Simulator::new`]) and the percentiles when [`Simulator::finish`]
//! returns them. The numbers are the same, bit for bit, however the samples are split.

use crate::eval::{CalcError, FactorValues, Overrides};
use crate::factors::Library;

use super::plan::{Base, Law, Plan, SampleValues};
use super::rng::{Triangular, Xoshiro256pp};
use super::sensitivity::{sweep, Sensitivity};
use super::{checked_outputs, prepare, Failure, InputRanges, OutputStats, Settings, Simulation};
use super::{VarKind, MAX_SAMPLES, MIN_SAMPLES};

/// A Monte Carlo run in progress (see the module's documentation).
pub struct Simulator<'a, F> {
    library: &'a Library,
    overrides: Overrides,
    ranges: InputRanges,
    calc: F,
    plan: Plan,
    central: Vec<f64>,
    seed: u64,
    /// Samples to draw in all.
    total: usize,
    /// Samples drawn so far.
    done: usize,
    sampler: Sampler,
    /// Outputs of every successful sample, one row of `central.len()` after the other.
    rows: Vec<f64>,
    failed: usize,
    first_failure: Option<Failure>,
}

impl<'a, F, O> Simulator<'a, F>
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    /// Runs `calc` at the central point and prepares the samples (none drawn yet). Fails only
    /// if the central run fails. The overrides and ranges are copied: the simulator can outlive
    /// them.
    pub fn new(
        library: &'a Library,
        overrides: &Overrides,
        ranges: &InputRanges,
        settings: &Settings,
        calc: F,
    ) -> Result<Self, CalcError> {
        let base = Base {
            library,
            overrides,
            ranges,
        };
        let (plan, central) = prepare(base, &calc)?;
        let total = settings.samples.clamp(MIN_SAMPLES, MAX_SAMPLES);
        let sampler = Sampler::new(&plan, settings.seed);
        Ok(Simulator {
            library,
            overrides: overrides.clone(),
            ranges: ranges.clone(),
            rows: Vec::with_capacity(total.saturating_mul(central.len())),
            calc,
            plan,
            central,
            seed: settings.seed,
            total,
            done: 0,
            sampler,
            failed: 0,
            first_failure: None,
        })
    }

    /// Every output at the central point (the result the page shows).
    pub fn central(&self) -> &[f64] {
        &self.central
    }

    /// Samples drawn so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.total)
    }

    /// True when every sample has been drawn.
    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }

    /// Draws up to `samples` more samples. Returns true when every sample has been drawn.
    pub fn step(&mut self, samples: usize) -> bool {
        let base = Base {
            library: self.library,
            overrides: &self.overrides,
            ranges: &self.ranges,
        };
        let m = self.central.len();
        let end = self.done.saturating_add(samples).min(self.total);
        let (calc, rows) = (&self.calc, &mut self.rows);
        let (failed, first_failure) = (&mut self.failed, &mut self.first_failure);
        self.sampler.run(
            &self.plan,
            base,
            end - self.done,
            &mut |values| match checked_outputs(calc(values), m) {
                Ok(out) => rows.extend_from_slice(out.as_ref()),
                Err(f) => {
                    *failed += 1;
                    first_failure.get_or_insert(f);
                }
            },
        );
        self.done = end;
        self.is_done()
    }

    /// The one-at-a-time sweep, from the same central run (a few dozen runs of `calc`; it does
    /// not depend on the samples).
    pub fn sensitivity(&self) -> Sensitivity {
        let base = Base {
            library: self.library,
            overrides: &self.overrides,
            ranges: &self.ranges,
        };
        sweep(&self.plan, base, self.central.clone(), &self.calc)
    }

    /// Draws whatever samples remain and returns the percentiles.
    pub fn finish(mut self) -> Simulation {
        self.step(usize::MAX);
        let outputs = summarize(&self.central, &self.rows);
        Simulation {
            outputs,
            samples: self.total,
            failed: self.failed,
            first_failure: self.first_failure,
            seed: self.seed,
        }
    }
}

/// The part of a run that does not depend on the calculation's type, so that it is compiled
/// once, in this crate, with this crate's optimisation settings (a generic function is compiled
/// in the crate that uses it).
struct Sampler {
    /// Each triangular variable: its index in the row, its law, its stream.
    draws: Vec<(usize, Triangular, Xoshiro256pp)>,
    row: Vec<f64>,
    scratch: Vec<f64>,
}

impl Sampler {
    fn new(plan: &Plan, seed: u64) -> Sampler {
        let draws = plan
            .vars
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v.law {
                Law::Triangular(t) => Some((
                    i,
                    t,
                    Xoshiro256pp::seed_from_u64(stream_seed(seed, v.kind, &v.id)),
                )),
                _ => None,
            })
            .collect();
        Sampler {
            draws,
            row: plan.central_row.clone(),
            scratch: Vec::new(),
        }
    }

    /// Draws `count` samples, handing each to `each`.
    fn run(
        &mut self,
        plan: &Plan,
        base: Base<'_>,
        count: usize,
        each: &mut dyn FnMut(&dyn FactorValues),
    ) {
        for _ in 0..count {
            for (i, t, rng) in &mut self.draws {
                if let Some(slot) = self.row.get_mut(*i) {
                    *slot = t.quantile(rng.next_f64());
                }
            }
            plan.fill_derived(&mut self.row, &mut self.scratch);
            each(&SampleValues::new(plan, &self.row, base));
        }
    }
}

/// Per output, the statistics of its column of `rows` (the outputs of each successful sample,
/// one row of `central.len()` after the other).
fn summarize(central: &[f64], rows: &[f64]) -> Vec<OutputStats> {
    let m = central.len().max(1);
    let mut column = Vec::with_capacity(rows.len() / m);
    central
        .iter()
        .enumerate()
        .map(|(j, &c)| {
            column.clear();
            column.extend(rows.iter().skip(j).step_by(m));
            OutputStats::from_samples(c, &column)
        })
        .collect()
}

/// The seed of one variable's stream: the settings' seed mixed with a 64-bit FNV-1a hash of the
/// variable's kind and id (SplitMix64 then scrambles it into the generator's state). A variable
/// therefore draws the same values whichever other variables a calculation has.
fn stream_seed(seed: u64, kind: VarKind, id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let tag: &[u8] = match kind {
        VarKind::Factor => b"f:",
        VarKind::Input => b"i:",
    };
    for b in tag.iter().chain(id.as_bytes()) {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    seed ^ h
}
