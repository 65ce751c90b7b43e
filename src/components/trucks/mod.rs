//! The heavy-trucks panel of calculator 1: the report's 197,000 new-energy heavy trucks.
//!
//! The panel computes once per change of its inputs or of the user's factors (`use_memo` over
//! `qingshan_core::trucks::evaluate`, and the Monte Carlo analysis of issue 9 over
//! `qingshan_core::trucks::calculate`) and hands the results to three parts that never compute:
//! [`inputs`] (fields and choices), [`results`] (numbers, two charts with tables) and
//! [`method`] (formulas, inputs, factors and sources). docs/trucks.md records the decisions.

pub mod inputs;
pub mod method;
pub mod results;

use qingshan_core::eval::{CalcError, Overrides, Problem};
use qingshan_core::factors::Library;
use qingshan_core::figures::{self, REPORT};
use qingshan_core::text::Lang;
use qingshan_core::trucks::{self, evaluate, field, Gas, TruckResult};
use yew::prelude::*;

use crate::app::{Stage, Staged};
use crate::components::tornado::{analyse_timed, use_analysis, Timed};
use crate::i18n::catalog;
use crate::state::trucks::{TrucksState, PRESETS, PRESET_SHUTTLE};
use crate::state::{self, Action};

use inputs::TrucksInputs;
use method::TrucksMethod;
use results::TrucksResults;

/// Props of [`TrucksPanel`].
#[derive(Properties, PartialEq)]
pub struct TrucksPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The panel's inputs.
    pub inputs: state::trucks::TrucksState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit to the page's reducer.
    pub on_action: Callback<Action>,
}

/// What the panel computed: `None` when the library has no factor for the electricity choice.
pub type Outcome = Option<Result<TruckResult, CalcError>>;

/// Replaces `{key}` placeholders of a catalog template.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |s, (k, v)| s.replace(k, v))
}

/// A label with the gas it counts: `用电的排放（CO₂）`, `Emissions of that electricity (CO₂)`.
pub(crate) fn with_gas(lang: Lang, label: &str, gas: Gas) -> String {
    let g = gas.symbol().get(lang);
    match lang {
        Lang::ZhHans | Lang::ZhHant => format!("{label}（{g}）"),
        Lang::En => format!("{label} ({g})"),
    }
}

/// The message of an input problem, in `lang`.
pub(crate) fn problem_text(lang: Lang, p: Problem) -> &'static str {
    let w = &catalog(lang).widgets;
    match p {
        Problem::NotFinite => w.problem_not_finite,
        Problem::Negative => w.problem_negative,
        Problem::NotPositive => w.problem_not_positive,
        Problem::AboveOne => w.problem_above_one,
        Problem::AfterAboveBefore => w.problem_after_above_before,
        Problem::OxygenTooHigh => w.problem_oxygen_too_high,
        Problem::TooLarge => w.problem_too_large,
    }
}

/// The message a field of the panel shows for `error`, if the error is that field's.
pub(crate) fn field_error(lang: Lang, error: &Outcome, key: &str) -> Option<AttrValue> {
    match error {
        Some(Err(CalcError::Input { field: f, problem })) if *f == key => {
            if *f == field::DIESEL_DENSITY && *problem == Problem::NotFinite {
                Some(AttrValue::from(catalog(lang).trucks.density_missing))
            } else {
                Some(AttrValue::from(problem_text(lang, *problem)))
            }
        }
        _ => None,
    }
}

/// The whole message of a calculation error (shown in place of the results).
pub(crate) fn error_text(lang: Lang, error: &CalcError) -> String {
    let t = &catalog(lang).trucks;
    let w = &catalog(lang).widgets;
    match error {
        CalcError::Input { field: f, problem } => match Library::standard().get(f) {
            Some(factor) => fill(
                t.factor_problem,
                &[
                    ("{a}", factor.def.name.get(lang)),
                    ("{b}", problem_text(lang, *problem)),
                ],
            ),
            None if *f == field::TRUCKS => {
                format!("{} {}", t.trucks_label, problem_text(lang, *problem))
            }
            None if *f == field::DIESEL_DENSITY && *problem == Problem::NotFinite => {
                t.density_missing.to_owned()
            }
            None => format!("{} {}", t.density_label, problem_text(lang, *problem)),
        },
        CalcError::MissingFactor(id) => format!("{}{id}", w.missing_factor),
    }
}

/// True when two numbers differ by more than rounding.
pub(crate) fn differs(a: f64, b: f64) -> bool {
    (a - b).abs() > 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The heavy-trucks panel.
#[component]
pub fn TrucksPanel(props: &TrucksPanelProps) -> Html {
    let lang = props.lang;
    let t = &catalog(lang).trucks;
    let outcome = use_memo(
        (props.inputs.clone(), props.overrides.clone()),
        |(state, overrides)| -> Outcome {
            let lib = Library::standard();
            state.inputs(lib).map(|i| evaluate(&i, lib, overrides))
        },
    );
    // Monte Carlo (issue 9): every result, in the layout of `results::mc_outputs` (NOx,
    // tailpipe CO₂ and net CO₂ avoided first: `results::MC_NOX`, `MC_TAILPIPE`, `MC_NET`).
    let mc = use_analysis(
        (props.inputs.clone(), props.overrides.clone()),
        |(state, overrides)| match state.inputs(Library::standard()) {
            Some(i) => analyse_timed(overrides, &|f| {
                trucks::calculate(&i, f).map(|p| results::mc_outputs(&p))
            }),
            None => Timed {
                analysis: None,
                ms: None,
            },
        },
    );
    let figure = figures::get(trucks::FIGURE);
    let state = &props.inputs;

    let presets = PRESETS.iter().map(|&key| {
        let label = if key == PRESET_SHUTTLE {
            t.preset_shuttle
        } else {
            t.preset_report
        };
        let pressed = TrucksState::for_preset(key).is_some_and(|p| p == *state);
        let on_action = props.on_action.clone();
        html! {
            <button type="button" aria-pressed={if pressed { "true" } else { "false" }}
                id={format!("trucks-preset-{}", key.replace('.', "-"))}
                onclick={Callback::from(move |_| on_action.emit(Action::Preset(key)))}>
                {label}
            </button>
        }
    });

    html! {
        <section class="trucks" aria-labelledby="trucks-title">
            <h2 id="trucks-title">{t.title}</h2>
            <p class="intro">{t.intro}</p>
            if let Some(f) = figure {
                <blockquote class="quote trucks-quote" aria-label={t.quote_label}>
                    <p>{f.sentence.get(lang)}</p>
                    <cite>{REPORT.citation(lang)}</cite>
                </blockquote>
                if let Some(note) = f.note {
                    <p class="notice trucks-caveat" id="trucks-caveat">
                        <strong>{t.caveat_label}</strong>{" "}{note.get(lang)}
                    </p>
                }
            }
            <div class="trucks-presets" role="group" aria-label={t.presets_label}>
                { for presets }
            </div>
            <div class="grid-2">
                <TrucksInputs lang={lang} state={state.clone()} overrides={props.overrides.clone()}
                    on_action={props.on_action.clone()} outcome={*outcome} />
                // The boot in stages (`crate::app::Stage`): the results, then the method, one
                // frame apart.
                <Staged at={Stage::TRUCKS_RESULTS}>
                    <TrucksResults lang={lang} overrides={props.overrides.clone()}
                        outcome={*outcome} mc={mc} />
                </Staged>
            </div>
            <Staged at={Stage::TRUCKS_METHOD}>
                <TrucksMethod lang={lang} state={state.clone()} overrides={props.overrides.clone()}
                    outcome={*outcome} />
            </Staged>
        </section>
    }
}
