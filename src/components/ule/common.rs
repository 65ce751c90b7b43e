//! Small helpers shared by the parts of the ULE view: error messages, element ids, factor values.

use qingshan_core::eval::{CalcError, Overrides, Problem};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;

/// The element id of an input key (`ule.steel.capacity` → `ule-steel-capacity`).
pub fn field_id(key: &str) -> String {
    key.replace('.', "-")
}

/// The message for an input problem, in `lang`.
pub fn problem_text(problem: Problem, lang: Lang) -> &'static str {
    let w = &catalog(lang).widgets;
    match problem {
        Problem::NotFinite => w.problem_not_finite,
        Problem::Negative => w.problem_negative,
        Problem::NotPositive => w.problem_not_positive,
        Problem::AboveOne => w.problem_above_one,
        Problem::AfterAboveBefore => w.problem_after_above_before,
        Problem::OxygenTooHigh => w.problem_oxygen_too_high,
        Problem::TooLarge => w.problem_too_large,
    }
}

/// The message to show at input `key` if the calculation's error names it. `required` says the
/// input has no default, so "not a finite number" means "not given yet".
pub fn error_at(
    err: Option<&CalcError>,
    key: &str,
    required: bool,
    lang: Lang,
) -> Option<AttrValue> {
    match err {
        Some(CalcError::Input { field, problem }) if *field == key => Some(AttrValue::from(
            if required && *problem == Problem::NotFinite {
                catalog(lang).ule.required
            } else {
                problem_text(*problem, lang)
            },
        )),
        _ => None,
    }
}

/// An error as one sentence, for the results: the factor's name and the problem, or (for an
/// input of the form, whose field shows the message itself) a pointer to the marked field.
pub fn error_sentence(err: &CalcError, lang: Lang) -> String {
    let c = &catalog(lang).ule;
    match err {
        CalcError::Input { field, problem } => match Library::standard().get(field) {
            Some(f) => format!("{}: {}", f.def.name.get(lang), problem_text(*problem, lang)),
            None if *problem == Problem::NotFinite => c.needs_input.to_string(),
            None => format!("{} {}", c.check_marked, problem_text(*problem, lang)),
        },
        CalcError::MissingFactor(id) => format!("{}{id}", catalog(lang).widgets.missing_factor),
    }
}

/// The value of factor `id` in use: the user's if they changed it, else the library's central
/// value (NaN if the library has no such factor, which the page shows as "—").
pub fn factor_value(id: &str, overrides: &Overrides) -> f64 {
    overrides
        .get(id)
        .or_else(|| Library::standard().get(id).map(|f| f.value))
        .unwrap_or(f64::NAN)
}

/// What a part of the view needs to show and change factors.
#[derive(Clone, PartialEq)]
pub struct FactorCtx {
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Change a factor.
    pub on_set: Callback<(&'static str, f64)>,
    /// Go back to the library's value.
    pub on_reset: Callback<&'static str>,
}

/// Props of a part of one sector's inputs ([`super::inputs::SectorPanel`],
/// [`super::intensity::IntensityInputs`]).
#[derive(Properties, PartialEq)]
pub struct SectorProps {
    /// The page's language.
    pub lang: Lang,
    /// The sector's inputs.
    pub inputs: qingshan_core::ule::SectorInputs,
    /// The sector's calculation error, if any (shown at the input it names).
    pub error: Option<CalcError>,
    /// Factor values and edits.
    pub factors: FactorCtx,
    /// Sends an edit.
    pub on_ule: Callback<crate::state::ule::UleAction>,
}
