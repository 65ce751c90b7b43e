//! Native benchmark of issue 9 on the real calculators: the time of one full recompute (10,000
//! Monte Carlo samples + the one-at-a-time sweep, `uncertainty::analyse`) of each calculator's
//! report preset: the headline outputs alone, and every result as the page ranges them (the
//! views' own layout functions, so the benchmark measures exactly what the page runs; that is
//! why it is an example of the app crate and not of the core).
//!
//! ```text
//! cargo run --release -p qingshan --example bench_mc_calculators [-- --runs 15]
//! ```
//!
//! Release profile (opt-level "z", LTO: the shipped wasm's). Median wall-clock of `--runs` runs
//! after one warm-up. Prints figures, never fails on them (scripts/bench runs it); the browser
//! figures come from `node scripts/bench-mc.mjs`.
#![allow(clippy::print_stdout)] // a benchmark's job is to print

use std::hint::black_box;
use std::time::Instant;

use qingshan::components::{
    carbon as carbon_view, tp as tp_view, trucks as trucks_view, ule as ule_view,
};
use qingshan_core::carbon::{self, headline};
use qingshan_core::eval::{CalcError, FactorValues, Overrides};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{self, Scenario};
use qingshan_core::trucks::{self, report_truck_count, GridChoice, TruckInputs};
use qingshan_core::ule::{totals, UleInputs};
use qingshan_core::uncertainty::{analyse, InputRanges, Settings};

/// CPU time of this thread, ns (Linux `/proc/thread-self/schedstat`): on a shared machine the
/// wall clock includes waiting for a core, CPU time does not.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Median wall-clock ms of `runs` runs after a warm-up, and the mean CPU ms per run.
fn median_ms(runs: usize, mut f: impl FnMut()) -> (f64, Option<f64>) {
    f(); // warm-up
    let cpu_start = cpu_ns();
    let mut wall: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let cpu = match (cpu_start, cpu_ns()) {
        (Some(a), Some(b)) => Some(b.saturating_sub(a) as f64 / 1e6 / runs as f64),
        _ => None,
    };
    wall.sort_by(f64::total_cmp);
    (wall.get(wall.len() / 2).copied().unwrap_or(f64::NAN), cpu)
}

fn bench<O: AsRef<[f64]>>(
    name: &str,
    runs: usize,
    calc: &dyn Fn(&dyn FactorValues) -> Result<O, CalcError>,
) {
    let (lib, o, r, s) = (
        Library::standard(),
        Overrides::new(),
        InputRanges::new(),
        Settings::default(),
    );
    let Ok(a) = analyse(lib, &o, &r, &s, calc) else {
        println!("{name:<44} the central run fails");
        return;
    };
    let (ms, cpu) = median_ms(runs, || {
        black_box(analyse(lib, &o, &r, &s, calc).ok());
    });
    let ranged = a.sensitivity.swings.len();
    let cpu = cpu.map_or_else(String::new, |c| format!(" (cpu {c:>5.2})"));
    println!("{name:<44} {ms:>6.2} ms{cpu}  {ranged} ranged factors");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    println!(
        "Monte Carlo of the real calculators, native (10,000 samples + sweep, median of {runs}):"
    );
    let ule = UleInputs::default();
    let include = [true; 3];
    bench("ULE report preset (PM, SO2, NOx totals)", runs, &|f| {
        totals(&ule.sectors, f, include)
    });
    bench("ULE report preset (every result, 48)", runs, &|f| {
        ule_view::mc_outputs(&ule.sectors, f, include)
    });
    let lib = Library::standard();
    if let Some(grid) = GridChoice::default().resolve(lib) {
        let t = TruckInputs {
            trucks: report_truck_count(),
            baseline: trucks::Baseline::default(),
            duty: trucks::Duty::default(),
            diesel: trucks::DieselBasis::default(),
            diesel_density: None,
            grid,
        };
        bench("Heavy trucks report preset (NOx, CO2, net)", runs, &|f| {
            trucks::calculate(&t, f).map(|p| [p.nox_t, p.tailpipe_t, p.net_t])
        });
        bench("Heavy trucks report preset (every result, 7)", runs, &|f| {
            trucks::calculate(&t, f).map(|p| trucks_view::results::mc_outputs(&p))
        });
    }
    for (name, inputs) in [
        ("Carbon household (total)", carbon::presets::household()),
        ("Carbon aluminium (total)", carbon::presets::aluminium()),
        (
            "Carbon truck comparison (A, B, change)",
            carbon::presets::truck(),
        ),
    ] {
        bench(name, runs, &|f| headline(&inputs, f));
        bench("  … every result", runs, &|f| {
            carbon_view::results::mc_outputs(&inputs, f)
        });
    }
    let tp = Scenario::report_preset();
    bench("Total phosphorus report preset (total)", runs, &|f| {
        phosphorus::compute(&tp, f).map(|r| [r.total])
    });
    bench(
        "Total phosphorus report preset (every result)",
        runs,
        &|f| phosphorus::compute(&tp, f).map(|r| tp_view::results::outputs(&r)),
    );
}
