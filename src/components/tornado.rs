//! Ranges and sensitivity on the page (issue 9), shared by the calculators: the Monte Carlo
//! range of a result ([`McRange`]), a tornado chart of its drivers ([`Tornado`], built from the
//! core's [`Sensitivity`] by [`tornado_bars`]), the sentence naming the top drivers
//! ([`drivers_sentence`]) and the method note ([`MethodNote`]).
//!
//! The numbers come from `qingshan_core::uncertainty::analyse`, run by the calculator's view in
//! a `use_memo` keyed on its inputs and overrides (see `components::tp::results` for the first
//! user); these components only show them. Like [`super::chart::BarChart`], the chart is SVG
//! drawn on the page with the same numbers in a table right under it; each bar is also an image
//! with its own text name, so a screen reader can walk the bars.

use qingshan_core::eval::{CalcError, FactorValues, Overrides};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::uncertainty::{
    analyse, Analysis, InputRanges, OutputStats, Sensitivity, Settings, Simulation, VarKind,
};
use std::rc::Rc;

use yew::prelude::*;

use crate::components::chart::{chart_table, fit_label};

use crate::format::{percent, quantity, svg};
use crate::i18n::catalog;

/// How many drivers a tornado shows at most.
pub const TOP: usize = 8;

/// One bar of a tornado: the result with one variable at its low and at its high end.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoBar {
    /// The variable's name in the page's language.
    pub label: String,
    /// The result with the variable at its low end (everything else central).
    pub at_low: f64,
    /// The result with the variable at its high end.
    pub at_high: f64,
    /// The variable's share of the one-at-a-time spread (0–1), if known.
    pub share: Option<f64>,
}

/// A variable's name: a factor's from the library, a user input's from `input_name`.
fn var_name(
    kind: VarKind,
    id: &str,
    library: &Library,
    lang: Lang,
    input_name: &dyn Fn(&str) -> String,
) -> String {
    match kind {
        VarKind::Factor => library
            .get(id)
            .map_or_else(|| id.to_string(), |f| f.def.name.get(lang).to_string()),
        VarKind::Input => input_name(id),
    }
}

/// The bars of output `output`: the [`TOP`] variables that move it, largest swing first (those
/// that do not move it, or whose end failed, are left out). `input_name` names a user input by
/// its key (factors are named by the library).
pub fn tornado_bars(
    sensitivity: &Sensitivity,
    output: usize,
    library: &Library,
    lang: Lang,
    input_name: &dyn Fn(&str) -> String,
) -> Vec<TornadoBar> {
    sensitivity
        .top_drivers(output, TOP)
        .into_iter()
        .filter_map(|s| {
            let (at_low, at_high) = s.ends(output)?;
            Some(TornadoBar {
                label: var_name(s.kind, &s.id, library, lang, input_name),
                at_low,
                at_high,
                share: sensitivity.share(output, s),
            })
        })
        .collect()
}

/// "Most of the spread comes from X (n %), then Y (m %)", in the page's language.
pub fn drivers_sentence(
    sensitivity: &Sensitivity,
    output: usize,
    library: &Library,
    lang: Lang,
    input_name: &dyn Fn(&str) -> String,
) -> String {
    let u = &catalog(lang).uncertainty;
    let top = sensitivity.top_drivers(output, 2);
    let named = |i: usize| {
        top.get(i).map(|s| {
            (
                var_name(s.kind, &s.id, library, lang, input_name),
                sensitivity
                    .share(output, s)
                    .map_or_else(String::new, |p| percent(p, 2)),
            )
        })
    };
    match (named(0), named(1)) {
        (Some((first, first_share)), Some((second, second_share))) => u
            .drivers_two
            .replace("{a}", &first)
            .replace("{p}", &first_share)
            .replace("{b}", &second)
            .replace("{q}", &second_share),
        (Some((first, first_share)), None) => u
            .drivers_one
            .replace("{a}", &first)
            .replace("{p}", &first_share),
        _ => u.drivers_none.to_string(),
    }
}

/// The separator after a label: ": " in English, "：" in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::En {
        ": "
    } else {
        "："
    }
}

/// The number of samples as the page writes it (10,000 / 1万).
pub fn samples_text(n: usize, lang: Lang) -> String {
    quantity(n as f64, 6, lang)
}

/// Props of [`McRange`].
#[derive(Properties, PartialEq)]
pub struct McRangeProps {
    /// Element id (unique in the page); the two ends are `{id}-p5` and `{id}-p95`.
    pub id: AttrValue,
    /// The simulation.
    pub simulation: Simulation,
    /// Which output.
    pub output: usize,
    /// The output's unit.
    pub unit: AttrValue,
    /// The output's values are divided by this for display (e.g. 1,000 to show kg as t); the
    /// `data-*` attributes keep the output's own unit.
    #[prop_or(1.0)]
    pub scale: f64,
    /// The page's language.
    pub lang: Lang,
}

/// The 90 % Monte Carlo range of one output, labelled with its method and sample count, and
/// the failed samples if any. Never a NaN: with no spread or no successful sample it says so.
#[component]
pub fn McRange(props: &McRangeProps) -> Html {
    let lang = props.lang;
    let u = &catalog(lang).uncertainty;
    let sim = &props.simulation;
    let n = samples_text(sim.samples, lang);
    let Some(stats): Option<&OutputStats> = sim.outputs.get(props.output) else {
        return Html::default();
    };
    let scale = props.scale;
    let fmt = |v: f64| quantity(v / scale, 3, lang);
    let label = u.mc_range.replace("{n}", &n);
    let body = if sim.failed >= sim.samples {
        html! { <span>{u.all_failed}</span> }
    } else if fmt(stats.p5) == fmt(stats.p95) {
        html! { <span>{u.no_spread}</span> }
    } else {
        html! {
            <>
                <span id={format!("{}-p5", props.id)}>{fmt(stats.p5)}</span>{" – "}
                <span id={format!("{}-p95", props.id)}>{fmt(stats.p95)}</span>{" "}{props.unit.clone()}
            </>
        }
    };
    let sep = colon(lang);
    html! {
        <>
            <p class="result-range mc-range" id={props.id.clone()}
                data-p5={stats.p5.to_string()} data-p95={stats.p95.to_string()}
                data-central={stats.central.to_string()}>
                <span class="mc-label">{label}{sep}</span>{body}
            </p>
            if sim.failed > 0 && sim.failed < sim.samples {
                <p class="notice mc-failed">
                    {u.failed.replace("{failed}", &samples_text(sim.failed, lang)).replace("{n}", &n)}
                </p>
            }
        </>
    }
}

/// Props of [`Tornado`].
#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    /// Element id prefix (unique in the page).
    pub id: AttrValue,
    /// The result's central value (the axis the bars swing around).
    pub central: f64,
    /// The bars, largest swing first ([`tornado_bars`]).
    pub bars: Vec<TornadoBar>,
    /// The sentence naming the top drivers ([`drivers_sentence`]).
    pub sentence: AttrValue,
    /// The result's unit.
    pub unit: AttrValue,
    /// Which result the chart is about, where the page shows several (e.g. "SO₂"); empty for
    /// none.
    #[prop_or_default]
    pub subject: AttrValue,
    /// Values are divided by this for display (as [`McRangeProps::scale`]).
    #[prop_or(1.0)]
    pub scale: f64,
    /// The page's language.
    pub lang: Lang,
}

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 230.0;

/// Width budget of a label in the label column, in half-ems (`chart::fit_label`): `LABEL_W` − 8 =
/// 222 units of the 13-unit text; a Latin character of a wide sans (DejaVu) is ≈ 7.8 units, a CJK
/// one 13.
const LABEL_BUDGET: usize = 28;
const PAD: f64 = 80.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 18.0;
const TOP_H: f64 = 8.0;

/// A tornado chart: one horizontal bar per driver from the result at its low end to the
/// result at its high end, around a vertical line at the central value; the same numbers in a
/// table; the top drivers in words.
#[component]
pub fn Tornado(props: &TornadoProps) -> Html {
    let lang = props.lang;
    let u = &catalog(lang).uncertainty;
    let central = if props.central.is_finite() {
        props.central
    } else {
        0.0
    };
    let finite = |v: f64| if v.is_finite() { v } else { central };
    let lo = props
        .bars
        .iter()
        .map(|b| finite(b.at_low).min(finite(b.at_high)))
        .fold(central, f64::min);
    let hi = props
        .bars
        .iter()
        .map(|b| finite(b.at_low).max(finite(b.at_high)))
        .fold(central, f64::max);
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let plot_w = WIDTH - LABEL_W - 2.0 * PAD;
    let x = |v: f64| LABEL_W + PAD + (finite(v) - lo) / span * plot_w;
    let height = ROW_H * props.bars.len() as f64 + TOP_H + 4.0;
    let title_id = format!("{}-title", props.id);
    let scale = props.scale;
    let fmt = |v: f64| quantity(v / scale, 3, lang);
    let xc = x(central);

    html! {
        <figure class="chart tornado" id={props.id.clone()}>
            <figcaption id={title_id.clone()}>
                {u.tornado_title}
                if !props.subject.is_empty() {
                    {colon(lang)}{props.subject.clone()}
                }
                {" ("}{props.unit.clone()}{")"}
            </figcaption>
            <p class="tornado-drivers">{props.sentence.clone()}</p>
            <p class="method-note">{u.tornado_intro}</p>
            if !props.bars.is_empty() {
                <p class="tornado-legend" aria-hidden="true">
                    <span class="key key-low"></span>{u.at_low}{" "}
                    <span class="key key-high"></span>{u.at_high}{" "}
                    <span class="key key-central"></span>{u.central}{" "}{fmt(central)}
                </p>
                <svg viewBox={format!("0 0 {} {}", svg(WIDTH), svg(height))} role="group" aria-labelledby={title_id}
                    preserveAspectRatio="xMinYMin meet">
                    { for props.bars.iter().enumerate().map(|(i, b)| {
                        let y = ROW_H * i as f64 + TOP_H;
                        let cy = y + BAR_H / 2.0;
                        let (xl, xh) = (x(b.at_low), x(b.at_high));
                        let part = |to: f64, class: &'static str| {
                            let (a, w) = (xc.min(to), (to - xc).abs());
                            html! {
                                <rect class={class} x={svg(a)} y={svg(y)}
                                    width={svg(w.max(1.0))} height={svg(BAR_H)} />
                            }
                        };
                        let name = format!("{}{}{} – {} {}", b.label,
                            colon(lang), fmt(b.at_low), fmt(b.at_high), props.unit);
                        let (left, right) = if xl <= xh { (b.at_low, b.at_high) } else { (b.at_high, b.at_low) };
                        html! {
                            <g class="tornado-bar" role="img" aria-label={name}>
                                <text class="bar-label" x={svg(LABEL_W - 8.0)} y={svg(cy + 4.0)} text-anchor="end">{fit_label(&b.label, LABEL_BUDGET)}</text>
                                {part(xl, "low")}
                                {part(xh, "high")}
                                <text class="bar-value" x={svg(x(left) - 4.0)} y={svg(cy + 4.0)} text-anchor="end">{fmt(left)}</text>
                                <text class="bar-value" x={svg(x(right) + 4.0)} y={svg(cy + 4.0)} text-anchor="start">{fmt(right)}</text>
                            </g>
                        }
                    }) }
                    <line class="axis" x1={svg(xc)} x2={svg(xc)} y1="0" y2={svg(height)} />
                </svg>
                {chart_table(
                    u.as_table,
                    [u.col_factor, u.at_low, u.at_high, u.col_share, u.col_unit],
                    props.bars.iter().map(|b| {
                        let share = b.share.map_or_else(|| "—".to_string(), |p| percent(p, 2));
                        (b.label.clone(), [fmt(b.at_low), fmt(b.at_high), share, props.unit.to_string()])
                    }),
                )}
            }
        </figure>
    }
}

/// Props of [`MethodNote`].
#[derive(Properties, PartialEq)]
pub struct MethodNoteProps {
    /// Samples drawn.
    pub samples: usize,
    /// The page's language.
    pub lang: Lang,
}

/// "How the range is computed", a details block for under the tornado.
#[component]
pub fn MethodNote(props: &MethodNoteProps) -> Html {
    let u = &catalog(props.lang).uncertainty;
    let n = samples_text(props.samples, props.lang);
    html! {
        <details class="mc-method">
            <summary>{u.method_title}</summary>
            <ul>
                <li>{u.method_laws}</li>
                <li>{u.method_shared}</li>
                <li>{u.method_samples.replace("{n}", &n)}</li>
                <li>{u.method_percentiles}</li>
                <li>{u.method_every}</li>
                <li>{u.method_tornado}</li>
                <li>{u.method_constants}</li>
            </ul>
        </details>
    }
}

/// Milliseconds from the page's clock (`performance.now()`), for timing a recompute; `None`
/// outside the browser.
pub fn clock_ms() -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let perf =
            js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok()?;
        let now = js_sys::Reflect::get(&perf, &JsValue::from_str("now"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        now.call0(&perf).ok()?.as_f64()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// A Monte Carlo analysis made for the page, and how long it took.
#[derive(Debug, PartialEq)]
pub struct Timed {
    /// The analysis (absent when the central run fails: the page shows that error already).
    pub analysis: Option<Analysis>,
    /// Milliseconds it took in the browser (absent outside it); the page puts it on the
    /// results section as `data-mc-ms` for the browser benchmark.
    pub ms: Option<f64>,
}

impl Timed {
    /// The time as the `data-mc-ms` attribute's value.
    pub fn ms_attr(&self) -> Option<AttrValue> {
        self.ms
            .map(|m| AttrValue::from(qingshan_core::decimal::fixed(m, 1)))
    }
}

/// A calculation as the views give it to [`analyse_timed`]: EVERY result of the calculator, as
/// a list of numbers with a fixed length for one set of inputs (the sample's shape must match
/// the central run's, else the sample fails). Each calculator documents its layout next to its
/// view (consts `MC_*` / an `mc_layout` module): the headline outputs come first (the tornado
/// ranks swings of those), then the secondary results, with variable-length parts (sectors,
/// lines, measures) as index ranges. One concrete type for every calculator, so the engine's
/// generic code is compiled once (wasm size, issue 10) rather than once per calculator; one
/// `Vec` per sample costs about one allocation of a few dozen numbers, well under the cost of
/// the calculation itself.
pub type Calc<'a> = &'a dyn Fn(&dyn FactorValues) -> Result<Vec<f64>, CalcError>;

/// The analysis of a calculator's view, off the input path: `run(&deps)` (an [`analyse_timed`])
/// whenever `deps` change.
///
/// In the browser the analysis runs in a task of its own (`setTimeout` 0) after the render
/// that follows an edit, so the central values reach the screen in the keystroke's frame and
/// the ranges follow one task later (the report presets' full recompute of ULE with every
/// result takes longer than a frame: `docs/uncertainty.md`, "Speed"). Until it lands the
/// previous ranges stay on the page; a generation counter drops the result of a run whose
/// inputs have since changed (it is never shown), and an unmounted view's pending run is
/// dropped too. Outside the browser (server rendering, the tests) it is a plain `use_memo`,
/// so the markup has the ranges at once.
#[hook]
pub fn use_analysis<D, F>(deps: D, run: F) -> Rc<Timed>
where
    D: PartialEq + Clone + 'static,
    F: Fn(&D) -> Timed + 'static,
{
    #[cfg(not(target_arch = "wasm32"))]
    {
        use_memo(deps, move |d| run(d))
    }
    #[cfg(target_arch = "wasm32")]
    {
        use_latest_run(deps, move |deps: &D, run_is_current, deliver| {
            let deps = deps.clone();
            crate::app::in_next_task(move || {
                // Inputs changed (or the view went away) since this run was scheduled: drop it.
                if run_is_current() {
                    deliver(run(&deps));
                }
            });
        })
    }
}

/// What [`use_latest_run`] hands a run: whether its inputs are still the latest.
#[cfg(target_arch = "wasm32")]
type IsCurrent = Rc<dyn Fn() -> bool>;

/// What [`use_latest_run`] hands a run: puts its result on the page.
#[cfg(target_arch = "wasm32")]
type Deliver = Box<dyn FnOnce(Timed)>;

/// The bookkeeping [`use_analysis`] and [`use_analysis_in_steps`] share: the analysis on the page
/// (none at first), and for each new `key` a call of `start` (this render's) with the key, a check that the
/// run's key is still the latest (a generation counter, bumped by a newer key and when the view
/// goes away) and the way to deliver its result. `start` schedules the work; a run that is no
/// longer current must not deliver.
#[cfg(target_arch = "wasm32")]
#[hook]
fn use_latest_run<K>(key: K, start: impl FnOnce(&K, IsCurrent, Deliver) + 'static) -> Rc<Timed>
where
    K: PartialEq + 'static,
{
    use std::cell::Cell;
    let result = use_state(|| {
        Rc::new(Timed {
            analysis: None,
            ms: None,
        })
    });
    let generation = use_mut_ref(|| Cell::new(0_u64));
    let shown = (*result).clone();
    // The analyses wait for the split-out wasm (the Monte Carlo engine is in it: docs/size.md,
    // "What waits for the split module"); the central values do not.
    let ready = crate::app::use_split_ready();
    use_effect_with((key, ready), move |(key, ready): &(K, bool)| {
        let mine = generation.borrow().get().wrapping_add(1);
        generation.borrow().set(mine);
        let gen = generation.clone();
        let current: IsCurrent = Rc::new(move || gen.borrow().get() == mine);
        if *ready {
            start(key, current, Box::new(move |t| result.set(Rc::new(t))));
        }
        move || {
            let g = generation.borrow();
            g.set(g.get().wrapping_add(1));
        }
    });
    shown
}

/// A calculation of a view's analysis for [`use_analysis_in_steps`]: every result (as [`Calc`])
/// for the inputs `deps`.
pub type StepCalc<D> = fn(&D, &dyn FactorValues) -> Result<Vec<f64>, CalcError>;

/// Samples drawn between two looks at the clock in [`use_analysis_in_steps`].
#[cfg(target_arch = "wasm32")]
const STEP_SAMPLES: usize = 50;

/// Main-thread time, in ms, one task of [`use_analysis_in_steps`] spends before it gives way:
/// Lighthouse multiplies what it observes by 4 and counts what exceeds 50 ms
/// (docs/performance.md, "Boot in stages").
#[cfg(target_arch = "wasm32")]
const STEP_BUDGET_MS: f64 = 4.0;

/// [`use_analysis`] for a view whose analysis takes longer than a frame (ULE with every result:
/// ~90 ms on a fast desktop, ×4 on Lighthouse's phone): in the browser the same analysis
/// ([`analyse_timed`]: default settings, `overrides`, `calc` on `deps`) runs as a chain of short
/// tasks of about [`STEP_BUDGET_MS`] each (`setTimeout 0` between them): the central run and the
/// one-at-a-time sweep, then the samples ([`STEP_SAMPLES`] between looks at the clock) with the core's
/// `uncertainty::Simulator::step`, then the percentiles. The numbers are the same bit for bit
/// as one [`analyse`] call (the simulator's promise: same seed, same streams, however the
/// samples are split). `Timed::ms` is the main-thread time of the chain (its tasks' sum), not
/// the wall time. Until it lands the previous analysis stays on the page; a chain whose inputs
/// have changed (or whose view went away) stops at its next step. Outside the browser it is
/// [`analyse_timed`] in a `use_memo`.
#[hook]
pub fn use_analysis_in_steps<D>(overrides: Overrides, deps: D, calc: StepCalc<D>) -> Rc<Timed>
where
    D: PartialEq + Clone + 'static,
{
    #[cfg(not(target_arch = "wasm32"))]
    {
        use_memo((overrides, deps), move |(o, d)| {
            analyse_timed(o, &|f| calc(d, f))
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        use_latest_run(
            (overrides, deps),
            move |key: &(Overrides, D), current, deliver| {
                let (overrides, deps) = key.clone();
                let job = stepped_analysis(overrides, Box::new(move |f| calc(&deps, f)));
                crate::app::in_next_task(move || pump(job, current, deliver));
            },
        )
    }
}

/// One step of a stepped analysis: `Some` when it is complete.
#[cfg(target_arch = "wasm32")]
type Job = Box<dyn FnMut() -> Option<Timed>>;

/// A view's calculation, owned (it keeps its inputs) for the steps of [`use_analysis_in_steps`].
#[cfg(target_arch = "wasm32")]
type OwnedCalc = Box<dyn Fn(&dyn FactorValues) -> Result<Vec<f64>, CalcError>>;

/// Runs `job` one step per task until it completes (then `deliver`) or `current` says its
/// inputs are gone.
#[cfg(target_arch = "wasm32")]
fn pump(mut job: Job, current: IsCurrent, deliver: Deliver) {
    if !current() {
        return;
    }
    match job() {
        // The re-render with the ranges in a task of its own.
        Some(t) => crate::app::in_next_task(move || {
            if current() {
                deliver(t);
            }
        }),
        None => crate::app::in_next_task(move || pump(job, current, deliver)),
    }
}

/// The steps of [`use_analysis_in_steps`]: first the central run and the sweep, then samples
/// until the budget is spent, each call; the last call sums up the percentiles.
#[cfg(target_arch = "wasm32")]
fn stepped_analysis(overrides: Overrides, calc: OwnedCalc) -> Job {
    use qingshan_core::uncertainty::Simulator;
    type Sim = Simulator<'static, OwnedCalc>;
    let mut calc = Some(calc);
    let mut running: Option<(Sim, Sensitivity)> = None;
    let mut busy = 0.0;
    Box::new(move || {
        let start = clock_ms().unwrap_or(0.0);
        let elapsed = || clock_ms().unwrap_or(0.0) - start;
        if let Some(calc) = calc.take() {
            let sim = Simulator::new(
                Library::standard(),
                &overrides,
                &InputRanges::new(),
                &Settings::default(),
                calc,
            )
            .map(|sim| {
                let sensitivity = sim.sensitivity();
                (sim, sensitivity)
            });
            busy += elapsed();
            return match sim {
                Ok(both) => {
                    running = Some(both);
                    None
                }
                Err(_) => Some(Timed {
                    analysis: None,
                    ms: Some(busy),
                }),
            };
        }
        let Some((sim, _)) = running.as_mut() else {
            return Some(Timed {
                analysis: None,
                ms: Some(busy),
            });
        };
        while !sim.step(STEP_SAMPLES) {
            if elapsed() >= STEP_BUDGET_MS {
                busy += elapsed();
                return None;
            }
        }
        let (sim, sensitivity) = running.take()?;
        let simulation = sim.finish();
        busy += elapsed();
        Some(Timed {
            analysis: Some(Analysis {
                simulation,
                sensitivity,
            }),
            ms: Some(busy),
        })
    })
}

/// [`analyse`] with the default settings (10,000 samples, the default seed, no user ranges),
/// timed: what every calculator's view runs in its `use_memo` on (inputs, overrides).
pub fn analyse_timed(overrides: &Overrides, calc: Calc<'_>) -> Timed {
    let start = clock_ms();
    let analysis = analyse(
        Library::standard(),
        overrides,
        &InputRanges::new(),
        &Settings::default(),
        calc,
    )
    .ok();
    let ms = start.and_then(|a| clock_ms().map(|b| b - a));
    Timed { analysis, ms }
}

/// The statistics of output `output`, if the analysis exists, has it and some sample computed.
pub fn mc_stats(analysis: Option<&Analysis>, output: usize) -> Option<OutputStats> {
    let sim = &analysis?.simulation;
    if sim.failed >= sim.samples {
        return None;
    }
    sim.outputs.get(output).copied()
}

/// The 90 % Monte Carlo range of a secondary result as text, "90 %: a – b unit" (each end
/// written by `fmt`, which also scales), or "90 %: no spread"; `None` without an analysis.
pub fn mc_text(
    analysis: Option<&Analysis>,
    output: usize,
    fmt: &dyn Fn(f64) -> String,
    unit: &str,
    lang: Lang,
) -> Option<String> {
    let s = mc_stats(analysis, output)?;
    let u = &catalog(lang).uncertainty;
    let (a, b) = (fmt(s.p5), fmt(s.p95));
    let sep = colon(lang);
    let unit = if unit.is_empty() {
        String::new()
    } else {
        format!(" {unit}")
    };
    Some(if a == b {
        format!("{}{sep}{a}{unit} ({})", u.range_short, u.no_spread_short)
    } else {
        format!("{}{sep}{a} – {b}{unit}", u.range_short)
    })
}

/// [`mc_text`] as an inline element (class `mc-cell`, for a table cell or a second line under a
/// value; element id `id` unless empty) carrying the unscaled ends as `data-p5` / `data-p95` /
/// `data-central` for the tests; nothing without an analysis.
pub fn mc_span(
    id: &str,
    analysis: Option<&Analysis>,
    output: usize,
    fmt: &dyn Fn(f64) -> String,
    unit: &str,
    lang: Lang,
) -> Html {
    let (Some(text), Some(s)) = (
        mc_text(analysis, output, fmt, unit, lang),
        mc_stats(analysis, output),
    ) else {
        return Html::default();
    };
    html! {
        <span class="mc-cell" id={(!id.is_empty()).then(|| id.to_string())} data-p5={s.p5.to_string()} data-p95={s.p95.to_string()}
            data-central={s.central.to_string()}>{text}</span>
    }
}

/// The whiskers of a chart bar: the 90 % Monte Carlo range of output `output` divided by
/// `scale`, or `fallback` (the all-ends bound) without an analysis.
pub fn mc_whiskers(
    analysis: Option<&Analysis>,
    output: usize,
    scale: f64,
    fallback: (f64, f64),
) -> (f64, f64) {
    mc_stats(analysis, output).map_or(fallback, |s| (s.p5 / scale, s.p95 / scale))
}

/// The [`McRange`] of output `output`; without an analysis, [`mc_pending`] in its place.
pub fn mc_range(
    id: &'static str,
    analysis: Option<&Analysis>,
    output: usize,
    unit: &str,
    scale: f64,
    lang: Lang,
) -> Html {
    analysis.map_or_else(
        || mc_pending(lang),
        |a| {
            html! {
                <McRange id={id} simulation={a.simulation.clone()} output={output}
                    unit={AttrValue::from(unit.to_string())} scale={scale} lang={lang} />
            }
        },
    )
}

/// The place of a headline's [`McRange`] while the view's analysis has not arrived: in the
/// browser it runs one task after the central values render ([`use_analysis`]), and on the
/// first view without a link only once the split-out wasm is in (the engine is there: the idle
/// prefetch, a second or two after the start), so the first paint has no ranges yet. A line of
/// the same shape (the same label, "…" for the numbers) holds their place, so nothing below
/// moves when they arrive (no layout shift; tests/e2e/boot.test.mjs checks the load). Hidden
/// from assistive technology: the first view's totals are a polite live region, which
/// announces the range when it comes. It also stands when the central run fails, but then the
/// view shows that error instead of results.
pub fn mc_pending(lang: Lang) -> Html {
    let u = &catalog(lang).uncertainty;
    let label = u
        .mc_range
        .replace("{n}", &samples_text(Settings::default().samples, lang));
    html! {
        <p class="result-range mc-range mc-pending" aria-hidden="true">
            <span class="mc-label">{label}{colon(lang)}</span>{"…"}
        </p>
    }
}

/// The [`Tornado`] of output `output` (factors named by the library: the calculators range no
/// user input), or nothing without an analysis.
pub fn tornado_of(
    id: &'static str,
    analysis: Option<&Analysis>,
    output: usize,
    subject: &str,
    unit: &str,
    scale: f64,
    lang: Lang,
) -> Html {
    let Some(a) = analysis else {
        return Html::default();
    };
    let lib = Library::standard();
    let input_name = |key: &str| key.to_string();
    let central = a.sensitivity.central.get(output).copied().unwrap_or(0.0);
    html! {
        <Tornado id={id} central={central}
            bars={tornado_bars(&a.sensitivity, output, lib, lang, &input_name)}
            sentence={drivers_sentence(&a.sensitivity, output, lib, lang, &input_name)}
            subject={AttrValue::from(subject.to_string())}
            unit={AttrValue::from(unit.to_string())} scale={scale} lang={lang} />
    }
}
