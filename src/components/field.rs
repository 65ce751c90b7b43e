//! A labelled number field that emits `f64` and never loses what the user typed.
//!
//! The field keeps the user's text as typed. A text that reads as a number
//! ([`crate::format::parse_number`]: `1,200`, `1.2万`, full-width digits …) is emitted at once;
//! one that does not stays in the field with a message tied to it (`aria-describedby`,
//! `aria-invalid`), and the last good value keeps the results. A value changed from outside
//! (a preset, a link) replaces the text.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::format::{editable, parse_number};
use crate::i18n::catalog;

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// The input's element id (unique in the page).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The unit shown after the field.
    #[prop_or_default]
    pub unit: AttrValue,
    /// The current value, in the model's unit. NaN: no value yet (an input with no default);
    /// the field is shown empty.
    pub value: f64,
    /// Shown value = `value × scale` (100 for a share shown in %).
    #[prop_or(1.0)]
    pub scale: f64,
    /// Called with the new value, in the model's unit.
    pub on_change: Callback<f64>,
    /// A problem the calculation found with this input, in the user's language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A short hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Marks the field as changed from the default.
    #[prop_or_default]
    pub changed: bool,
    /// The page's language.
    pub lang: Lang,
}

/// A labelled number field.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let scale = if props.scale.is_finite() && props.scale != 0.0 {
        props.scale
    } else {
        1.0
    };
    let text = use_state(|| editable(props.value * scale));
    let parse_failed = use_state(|| false);

    // Values this field emitted whose render has not come back yet, oldest first. Renders can
    // lag behind typing (a result may run a Monte Carlo per keystroke): an older echo arriving
    // after more was typed must not overwrite the text, or keystrokes would be lost.
    let pending = use_mut_ref(std::collections::VecDeque::<u64>::new);
    {
        // A value changed from outside (a preset, a link) replaces the text, unless the text
        // already says it. Compared by bits, so that NaN ("no value yet", shown empty) equals
        // itself and the effect does not run on every render.
        let text = text.clone();
        let parse_failed = parse_failed.clone();
        let pending = pending.clone();
        use_effect_with(
            (props.value.to_bits(), scale.to_bits()),
            move |(value, scale)| {
                let mut queue = pending.borrow_mut();
                if let Some(i) = queue.iter().position(|v| v == value) {
                    // Our own echo: everything emitted before it has been rendered too.
                    queue.drain(..=i);
                    return;
                }
                queue.clear();
                let shown = f64::from_bits(*value) * f64::from_bits(*scale);
                let same =
                    parse_number(&text).is_ok_and(|x| (x - shown).abs() <= 1e-12 * shown.abs());
                if !same {
                    text.set(editable(shown));
                    parse_failed.set(false);
                }
            },
        );
    }

    let oninput = {
        let text = text.clone();
        let parse_failed = parse_failed.clone();
        let on_change = props.on_change.clone();
        let pending = pending.clone();
        let current = props.value.to_bits();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let raw = input.value();
            match parse_number(&raw) {
                Ok(x) => {
                    parse_failed.set(false);
                    let v = x / scale;
                    // Re-typing the value already shown emits no change and gets no echo.
                    if v.to_bits() != current {
                        let mut queue = pending.borrow_mut();
                        if queue.len() >= 256 {
                            queue.pop_front();
                        }
                        queue.push_back(v.to_bits());
                    }
                    on_change.emit(v);
                }
                Err(_) => parse_failed.set(true),
            }
            text.set(raw);
        })
    };

    let w = &catalog(props.lang).widgets;
    let message: Option<AttrValue> = if *parse_failed {
        Some(AttrValue::from(w.invalid_number))
    } else {
        props.error.clone()
    };
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let mut described = Vec::new();
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    if message.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));

    html! {
        <div class={classes!("field", message.is_some().then_some("field-invalid"), props.changed.then_some("field-changed"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <div class="field-input">
                <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false"
                    value={(*text).clone()}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-describedby={described}
                    {oninput} />
                if !props.unit.is_empty() {
                    <span class="unit">{props.unit.clone()}</span>
                }
            </div>
            if let Some(h) = &props.hint {
                <p id={hint_id} class="field-hint">{h.clone()}</p>
            }
            <p id={error_id} class="field-error" aria-live="polite">
                { message.clone().unwrap_or_default() }
            </p>
        </div>
    }
}
