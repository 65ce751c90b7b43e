//! A labelled `<select>` that emits the key of the option picked, and follows its value when it
//! changes from outside (a preset, a normalised basis) without being re-created, so keyboard
//! focus stays on it.

use yew::prelude::*;

/// A group of options (an `<optgroup>` when it has a label).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The group's label; `None` for options outside any group.
    pub label: Option<String>,
    /// (key, label) of each option.
    pub options: Vec<(String, String)>,
}

impl Group {
    /// Options outside any group.
    pub fn plain(options: Vec<(String, String)>) -> Vec<Group> {
        vec![Group {
            label: None,
            options,
        }]
    }
}

/// Props of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The select's element id.
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The options.
    pub groups: Vec<Group>,
    /// The key of the selected option.
    pub selected: AttrValue,
    /// Called with the key picked.
    pub on_change: Callback<String>,
    /// A hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A problem with the choice, in the user's language.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A labelled select.
#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.selected.clone(), move |selected| {
            if let Some(s) = node.cast::<web_sys::HtmlSelectElement>() {
                if s.value() != selected.as_str() {
                    s.set_value(selected);
                }
            }
        });
    }
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                cb.emit(s.value());
            }
        })
    };
    let option = |(key, label): &(String, String)| {
        html! {
            <option value={key.clone()} selected={key.as_str() == props.selected.as_str()}>
                {label.clone()}
            </option>
        }
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let mut described = Vec::new();
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    if props.error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("field", "choice", props.error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <select id={props.id.clone()} ref={node} {onchange}
                aria-describedby={described}
                aria-invalid={props.error.is_some().then_some("true")}>
                { for props.groups.iter().map(|g| match &g.label {
                    Some(label) => html! {
                        <optgroup label={label.clone()}>{ for g.options.iter().map(option) }</optgroup>
                    },
                    None => g.options.iter().map(option).collect::<Html>(),
                }) }
            </select>
            if let Some(h) = &props.hint {
                <p id={hint_id} class="field-hint">{h.clone()}</p>
            }
            if let Some(e) = &props.error {
                <p id={error_id} class="field-error" aria-live="polite">{e.clone()}</p>
            }
        </div>
    }
}
