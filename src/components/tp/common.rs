//! Small pieces the parts of the total-phosphorus view share: names, messages, number text,
//! select handling. Nothing here computes a result.

use qingshan_core::eval::{CalcError, Overrides, Problem};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{field, LoadId, Measure, MeasureType, SharedLoad};
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::format::{percent, quantity};
use crate::i18n::{catalog, TpText};

/// The catalog part of this view.
pub fn text(lang: Lang) -> &'static TpText {
    &catalog(lang).tp
}

/// The name of a kind of measure.
pub fn type_name(t: MeasureType, lang: Lang) -> &'static str {
    let x = text(lang);
    match t {
        MeasureType::Plant => x.kind_plant,
        MeasureType::Industrial => x.kind_industrial,
        MeasureType::Farmland => x.kind_farmland,
        MeasureType::Livestock => x.kind_livestock,
        MeasureType::Direct => x.kind_direct,
        MeasureType::Efficiency => x.kind_efficiency,
    }
}

/// A measure's name as the page shows it: "2 · Municipal plant upgrade", or "2 · " and the
/// user's own name.
pub fn measure_name(m: &Measure, position: usize, lang: Lang) -> String {
    let label = m.label.trim();
    let name = if label.is_empty() {
        type_name(m.kind.measure_type(), lang)
    } else {
        label
    };
    format!("{} · {name}", position + 1)
}

/// A shared load's name: the user's, or "Shared load A", "B" … by position.
pub fn load_name(l: &SharedLoad, loads: &[SharedLoad], lang: Lang) -> String {
    let label = l.label.trim();
    if !label.is_empty() {
        return label.to_string();
    }
    let pos = loads.iter().position(|x| x.id == l.id).unwrap_or(0);
    format!("{} {}", text(lang).load_default_name, letter(pos))
}

/// The name of the shared load `id`, or a placeholder if there is none.
pub fn load_name_by_id(id: LoadId, loads: &[SharedLoad], lang: Lang) -> String {
    loads
        .iter()
        .find(|l| l.id == id)
        .map_or_else(|| "—".to_string(), |l| load_name(l, loads, lang))
}

/// A, B, … Z, then 27, 28 … (a page never has that many).
fn letter(i: usize) -> String {
    u8::try_from(i)
        .ok()
        .filter(|&i| i < 26)
        .map_or_else(|| (i + 1).to_string(), |i| char::from(b'A' + i).to_string())
}

/// The label of an input field, by its key in [`field`].
pub fn field_label(key: &str, lang: Lang) -> &'static str {
    let x = text(lang);
    match key {
        field::DAYS => x.days,
        field::FLOW => x.flow,
        field::BEFORE => x.before,
        field::AFTER => x.after,
        field::AREA => x.area,
        field::COEFFICIENT => x.own_coefficient,
        field::REMOVAL => x.removal,
        field::HEADS => x.heads,
        field::MANURE_PER_HEAD => x.manure_per_head,
        field::MANURE_P => x.own_manure_p,
        field::LOAD => x.direct_load,
        field::EFFICIENCY => x.efficiency,
        field::SHARED_LOAD => x.acts_on,
        field::BASELINE | field::CONCENTRATION => x.baseline,
        _ => x.a_factor,
    }
}

/// A problem with an input, in the user's language.
pub fn problem_text(p: Problem, lang: Lang) -> &'static str {
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

/// The message for an error, naming the input it concerns.
pub fn error_text(e: &CalcError, lang: Lang) -> String {
    let w = &catalog(lang).widgets;
    match e {
        CalcError::Input { field, problem } => {
            let factor = Library::standard().get(field);
            let name = factor.map_or_else(|| field_label(field, lang), |f| f.def.name.get(lang));
            // A field of this calculator can only be non-finite when it was never entered
            // (the number fields refuse anything else).
            let what = if factor.is_none() && *problem == Problem::NotFinite {
                text(lang).required
            } else {
                problem_text(*problem, lang)
            };
            format!("{name}{}{what}", colon(lang))
        }
        CalcError::MissingFactor(id) => format!("{}{id}", w.missing_factor),
    }
}

/// A colon between a name and what is said of it.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans | Lang::ZhHant => "：",
        Lang::En => ": ",
    }
}

/// The message to show under the field `key` of a measure or load: the required-input message
/// when the value is missing, the problem when the calculation reported one on this field.
pub fn field_error(
    error: Option<&CalcError>,
    key: &'static str,
    missing: bool,
    lang: Lang,
) -> Option<AttrValue> {
    match error {
        Some(CalcError::Input { field, problem }) if *field == key => {
            Some(AttrValue::from(if missing {
                text(lang).required
            } else {
                problem_text(*problem, lang)
            }))
        }
        _ => None,
    }
}

/// The value of factor `id` in use: the user's if they changed it, else the library's.
pub fn factor_value(id: &str, overrides: &Overrides) -> Option<f64> {
    overrides
        .get(id)
        .or_else(|| Library::standard().get(id).map(|f| f.value))
}

/// A quantity with 3 significant digits in the user's language.
pub fn q(x: f64, lang: Lang) -> String {
    quantity(x, 3, lang)
}

/// An input as printed in a formula (up to 6 significant digits).
pub fn qi(x: f64, lang: Lang) -> String {
    quantity(x, 6, lang)
}

/// A share (0–1) as a percentage with 3 significant digits.
pub fn pc(x: f64) -> String {
    percent(x, 3)
}

/// A callback for a `<select>`'s change event that passes the chosen option's value.
pub fn on_select(cb: Callback<String>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            cb.emit(s.value());
        }
    })
}

/// A callback for a text `<input>` that passes its text on each change.
pub fn on_text(cb: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            cb.emit(i.value());
        }
    })
}

/// The value a [`crate::components::field::NumberField`] is given for an input the user has
/// not entered yet: not a number, which the field shows as empty.
pub fn shown(x: Option<f64>) -> f64 {
    x.unwrap_or(f64::NAN)
}
