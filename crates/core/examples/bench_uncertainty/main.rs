//! Native benchmark of the uncertainty engine: prints the time of one full recompute (10,000
//! Monte Carlo samples, then the one-at-a-time sensitivity sweep) for three synthetic
//! calculations shaped like the real calculators and reading real factor ids of the library.
//!
//! ```text
//! cargo run --release -p qingshan-core --example bench_uncertainty [-- --runs 15 --samples 10000]
//! ```
//!
//! Built with the workspace's release profile (opt-level "z", LTO: the profile of the wasm the
//! page ships), so the figures are of the same code the browser runs, compiled natively. Each
//! figure is the median of `--runs` runs after one warm-up run. It prints figures and never
//! fails on them (scripts/bench runs it).
#![allow(clippy::print_stdout)] // a benchmark's job is to print

use std::hint::black_box;
use std::time::Instant;

mod calcs;

use calcs::{carbon_like, tp_like, ule_like};
use qingshan_core::eval::{CalcError, FactorValues, LibraryValues, Overrides, Point};
use qingshan_core::factors::Library;
use qingshan_core::uncertainty::{analyse, sensitivity, simulate, InputRanges, Settings};

/// CPU time of this thread in nanoseconds, where Linux tells it (`/proc/thread-self/schedstat`,
/// first field). On a machine shared with other work, wall-clock time includes the time spent
/// waiting for a core; CPU time does not. Some kernels count it only to the scheduler tick
/// (4 ms), so it is taken over all runs and divided.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Median wall-clock milliseconds of `runs` runs of `f` after one warm-up run, and the mean CPU
/// milliseconds per run (`None` where the system does not tell it).
fn median_ms(runs: usize, mut f: impl FnMut()) -> (f64, Option<f64>) {
    f(); // warm-up
    let mut wall = Vec::with_capacity(runs);
    let cpu_start = cpu_ns();
    for _ in 0..runs {
        let start = Instant::now();
        f();
        wall.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let cpu = match (cpu_start, cpu_ns()) {
        (Some(a), Some(b)) => Some(b.saturating_sub(a) as f64 / 1e6 / runs as f64),
        _ => None,
    };
    wall.sort_by(f64::total_cmp);
    (wall.get(wall.len() / 2).copied().unwrap_or(f64::NAN), cpu)
}

/// "12.34 ms (cpu 5.67)".
fn show((wall, cpu): (f64, Option<f64>)) -> String {
    match cpu {
        Some(c) => format!("{wall:>6.2} ms (cpu {c:>5.2})"),
        None => format!("{wall:>6.2} ms"),
    }
}

fn arg(args: &[String], name: &str, default: usize) -> usize {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn bench<F>(
    name: &str,
    lib: &Library,
    ranges: &InputRanges,
    settings: &Settings,
    runs: usize,
    calc: F,
) -> Result<(), CalcError>
where
    F: Fn(&dyn FactorValues) -> Result<Vec<f64>, CalcError>,
{
    let overrides = Overrides::new();
    let a = analyse(lib, &overrides, ranges, settings, &calc)?;
    let drawn = a.sensitivity.swings.len();
    let outputs = a.simulation.outputs.len();
    let central = LibraryValues {
        library: lib,
        overrides: &overrides,
        point: Point::Central,
    };
    let plain = median_ms(runs, || {
        for _ in 0..settings.samples {
            black_box(calc(black_box(&central)).ok());
        }
    });
    let sim = median_ms(runs, || {
        black_box(simulate(lib, &overrides, ranges, settings, &calc).ok());
    });
    let sens = median_ms(runs, || {
        black_box(sensitivity(lib, &overrides, ranges, &calc).ok());
    });
    let both = median_ms(runs, || {
        black_box(analyse(lib, &overrides, ranges, settings, &calc).ok());
    });
    println!(
        "{name:<7} {outputs:>2} outputs, {drawn:>2} ranged variables: full recompute {} | \
         simulate {} | sensitivity {} | the calculation alone {} times {}",
        show(both),
        show(sim),
        show(sens),
        settings.samples,
        show(plain),
    );
    let worst = a
        .simulation
        .outputs
        .iter()
        .map(|o| (o.p95 - o.p5) / o.central.abs().max(f64::MIN_POSITIVE))
        .fold(0.0, f64::max);
    let top: Vec<&str> = a
        .sensitivity
        .top_drivers(outputs - 1, 3)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    println!(
        "{:<7} failed samples {}, widest p5–p95 {:.0} % of central, last output's top drivers: {}",
        "",
        a.simulation.failed,
        worst * 100.0,
        top.join(", ")
    );
    Ok(())
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let runs = arg(&args, "--runs", 15).max(1);
    let settings = Settings {
        samples: arg(&args, "--samples", 10_000),
        ..Settings::default()
    };
    let lib = Library::standard();
    if lib.is_empty() {
        return Err("the factor library did not build".into());
    }
    let provinces: Vec<String> = lib
        .iter()
        .map(qingshan_core::factors::Factor::id)
        .filter(|id| id.starts_with("carbon.elec.ef.2023.province."))
        .take(6)
        .map(str::to_string)
        .collect();
    let mut ranges = InputRanges::new();
    ranges.set("bench.steel.capacity", 280.0e6, 320.0e6);
    ranges.set("bench.trucks", 180_000.0, 197_000.0);
    ranges.set("bench.tp.flow", 1.6e5, 2.4e5);
    println!(
        "uncertainty engine, native (release profile), {} samples, median of {runs} runs \
         (wall clock; cpu = this thread's mean CPU time)",
        settings.samples
    );
    let e = |e: CalcError| format!("central run failed: {e:?}");
    bench("ule", lib, &ranges, &settings, runs, ule_like).map_err(e)?;
    bench("carbon", lib, &ranges, &settings, runs, |f| {
        carbon_like(&provinces, f)
    })
    .map_err(e)?;
    bench("tp", lib, &ranges, &settings, runs, tp_like).map_err(e)?;
    Ok(())
}
