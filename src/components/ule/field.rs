//! A number field for an input that may be left to its default (or, where there is none, must
//! be filled in): emits `Some(x)` for a number and `None` for an empty field.
//!
//! The shared `NumberField` always holds a number; here an empty field has a meaning (use the
//! default, or "not given yet"), so this field keeps its own text. A default is shown as the
//! field's value until the user types; the hint says where the default comes from. A value
//! changed from outside (reset, preset, the compliance helper) replaces the text.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::format::{editable, parse_number, ParseError};
use crate::i18n::catalog;

/// Props of [`OptField`].
#[derive(Properties, PartialEq)]
pub struct OptFieldProps {
    /// The input's element id (unique in the page).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The unit shown after the field.
    #[prop_or_default]
    pub unit: AttrValue,
    /// The user's value (model unit), `None` if they have not given one.
    pub value: Option<f64>,
    /// The default in use when `value` is `None` (model unit); `None` = no default (required).
    #[prop_or_default]
    pub default: Option<f64>,
    /// Shown value = model value × `scale` (100 for a share shown in %).
    #[prop_or(1.0)]
    pub scale: f64,
    /// Called with the new value (model unit), `None` for an empty field.
    pub on_change: Callback<Option<f64>>,
    /// A problem the calculation found with this input, in the user's language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Where the default comes from, or why the value is needed.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// True for an input that may stay empty (no default, not required either).
    #[prop_or_default]
    pub optional: bool,
    /// The page's language.
    pub lang: Lang,
}

fn shown(value: Option<f64>, default: Option<f64>, scale: f64) -> String {
    value
        .or(default)
        .map_or_else(String::new, |x| editable(x * scale))
}

/// A number field whose empty state means "default" or "not given".
#[component]
pub fn OptField(props: &OptFieldProps) -> Html {
    let scale = if props.scale.is_finite() && props.scale != 0.0 {
        props.scale
    } else {
        1.0
    };
    let text = use_state(|| shown(props.value, props.default, scale));
    let parse_failed = use_state(|| false);
    {
        let text = text.clone();
        let parse_failed = parse_failed.clone();
        let bits = |x: Option<f64>| x.map(f64::to_bits);
        let (value, default) = (props.value, props.default);
        use_effect_with((bits(value), bits(default), scale.to_bits()), move |_| {
            let now = parse_number(&text).ok();
            let want = value.or(default).map(|x| x * scale);
            let same = match (now, want) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-12 * b.abs(),
                (None, None) => true,
                _ => text.is_empty() && value.is_none(),
            };
            if !same {
                text.set(shown(value, default, scale));
                parse_failed.set(false);
            }
        });
    }
    let oninput = {
        let (text, parse_failed) = (text.clone(), parse_failed.clone());
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let raw = input.value();
            match parse_number(&raw) {
                Ok(x) => {
                    parse_failed.set(false);
                    on_change.emit(Some(x / scale));
                }
                Err(ParseError::Empty) => {
                    parse_failed.set(false);
                    on_change.emit(None);
                }
                Err(ParseError::Invalid) => parse_failed.set(true),
            }
            text.set(raw);
        })
    };
    let w = &catalog(props.lang).widgets;
    let message = if *parse_failed {
        Some(AttrValue::from(w.invalid_number))
    } else {
        props.error.clone()
    };
    let (error_id, hint_id) = (format!("{}-error", props.id), format!("{}-hint", props.id));
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        message.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let changed = props.value.is_some() && props.default.is_some();
    html! {
        <div class={classes!("field", message.is_some().then_some("field-invalid"), changed.then_some("field-changed"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <div class="field-input">
                <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" value={(*text).clone()}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-required={(props.default.is_none() && !props.optional).then_some("true")}
                    aria-describedby={described} {oninput} />
                if !props.unit.is_empty() {
                    <span class="unit">{props.unit.clone()}</span>
                }
            </div>
            if let Some(h) = &props.hint {
                <p id={hint_id} class="field-hint">{h.clone()}</p>
            }
            <p id={error_id} class="field-error" aria-live="polite">{message.unwrap_or_default()}</p>
        </div>
    }
}
