//! Native benchmark of issue 9 on the real calculators: the time of one full recompute (10,000
//! Monte Carlo samples + the one-at-a-time sweep, `uncertainty::analyse`) of each calculator's
//! report preset: the headline outputs alone, and every result as the page now ranges them (the
//! same layouts as the views' `mc_outputs`, written out again here: the core cannot call the app).
//!
//! ```text
//! cargo run --release -p qingshan-core --example bench_mc_calculators [-- --runs 15]
//! ```
//!
//! Release profile (opt-level "z", LTO: the shipped wasm's). Median wall-clock of `--runs` runs
//! after one warm-up. Prints figures, never fails on them (scripts/bench runs it); the browser
//! figures come from `node scripts/bench-mc.mjs`.
#![allow(clippy::print_stdout)] // a benchmark's job is to print

use std::hint::black_box;
use std::time::Instant;

use qingshan_core::carbon::{self, headline};
use qingshan_core::eval::{CalcError, FactorValues, Overrides};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{self, Scenario};
use qingshan_core::trucks::{self, report_truck_count, GridChoice, TruckInputs};
use qingshan_core::ule::{calculate_sector, totals, Pollutant, Sector, UleInputs};
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

/// Every ULE result, as the page's `ule::results::mc_outputs` lays them out (3 totals, then 15
/// per sector: avoided, share, intensity before and after per pollutant, steel's costs).
fn ule_all(ule: &UleInputs, f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let mut v = vec![0.0; 48];
    let mut put = |at: usize, x: f64| {
        if let Some(slot) = v.get_mut(at) {
            *slot += x;
        }
    };
    for (k, s) in Sector::ALL.into_iter().enumerate() {
        let r = calculate_sector(ule.sector(s), None, f)?;
        let start = 3 + 15 * k;
        for (i, p) in Pollutant::ALL.into_iter().enumerate() {
            put(i, *r.avoided.get(p));
            put(start + i, *r.avoided.get(p));
            put(start + 3 + i, r.share_of_baseline.get(p).unwrap_or(0.0));
            put(start + 6 + i, *r.before.get(p));
            put(start + 9 + i, *r.after.get(p));
        }
        if let Some(c) = r.cost {
            put(start + 12, c.investment);
            put(start + 13, c.operating);
            put(start + 14, c.per_tonne.unwrap_or(0.0));
        }
    }
    Ok(v)
}

/// Every carbon result, as the page's `carbon::results::mc_outputs` (25 + one per line).
fn carbon_all(inputs: &carbon::CarbonInputs, f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let o = carbon::compute(inputs, f).map_err(|_| CalcError::MissingFactor("carbon"))?;
    let mut v = vec![0.0; 25 + o.lines.len()];
    let mut put = |at: usize, x: f64| {
        if let Some(slot) = v.get_mut(at) {
            *slot = x;
        }
    };
    let base = o.baseline.total();
    put(0, base);
    let variants = std::iter::once((3, &o.baseline)).chain(o.alternative.as_ref().map(|a| (13, a)));
    for (start, t) in variants {
        put(start, t.total() / o.functional_units);
        put(start + 1, t.total() / 1e3 * o.price_yuan_per_t);
        put(start + 2, t.on_site);
        put(start + 3, t.electricity);
        put(start + 4, t.entered);
        for g in carbon::ByGas::GASES {
            put(start + 5 + g.index(), t.by_gas.get(g));
        }
    }
    if let Some(alt) = &o.alternative {
        put(1, alt.total());
        put(2, alt.total() - base);
        put(23, alt.on_site - o.baseline.on_site);
        put(24, (alt.total() - base) / 1e3 * o.price_yuan_per_t);
    }
    for (i, l) in o.lines.iter().enumerate() {
        put(25 + i, l.kg_co2e());
    }
    Ok(v)
}

/// Every TP result, as the page's `tp::results::outputs`.
fn tp_all(tp: &Scenario, f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    phosphorus::compute(tp, f).map(|r| {
        let mut v = vec![
            r.total,
            r.report.share,
            r.national.share,
            r.report.projects_equivalent,
            r.algae.dry,
            r.algae.wet,
            r.dilution.volume,
        ];
        v.extend(
            r.measures
                .iter()
                .map(|m| m.result.as_ref().map_or(0.0, |x| x.avoided)),
        );
        v
    })
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
        ule_all(&ule, f)
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
            trucks::calculate(&t, f).map(|p| {
                vec![
                    p.nox_t,
                    p.tailpipe_t,
                    p.net_t,
                    p.electricity_kwh,
                    p.grid_t,
                    p.tailpipe_kg_per_km,
                    p.grid_kg_per_km,
                ]
            })
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
        bench("  … every result", runs, &|f| carbon_all(&inputs, f));
    }
    let tp = Scenario::report_preset();
    bench("Total phosphorus report preset (total)", runs, &|f| {
        phosphorus::compute(&tp, f).map(|r| [r.total])
    });
    bench(
        "Total phosphorus report preset (every result)",
        runs,
        &|f| tp_all(&tp, f),
    );
}
