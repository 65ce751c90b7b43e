//! The presets the calculator starts from, and the report's sentences they quote.

use qingshan_core::carbon::presets;
use qingshan_core::figures::{self, Figure, REPORT};
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::names::text;

/// The presets offered as buttons, in page order (the two figure presets open from the report
/// figures view and reuse the household and aluminium texts).
pub const BUTTONS: [&str; 6] = [
    presets::HOUSEHOLD,
    presets::ALUMINIUM,
    presets::ETS,
    presets::STEEL,
    presets::CLINKER,
    presets::TRUCK,
];

/// Title and description of a preset.
pub fn describe(key: &str, lang: Lang) -> Option<(&'static str, &'static str)> {
    let t = text(lang);
    Some(match key {
        presets::HOUSEHOLD | presets::ELECTRICITY_2024 => (t.preset_household, t.note_household),
        presets::ALUMINIUM => (t.preset_aluminium, t.note_aluminium),
        presets::ETS => (t.preset_ets, t.note_ets),
        presets::STEEL => (t.preset_steel, t.note_steel),
        presets::CLINKER => (t.preset_clinker, t.note_clinker),
        presets::TRUCK => (t.preset_truck, t.note_truck),
        _ => return None,
    })
}

/// Props of [`Quote`].
#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// The page's language.
    pub lang: Lang,
    /// The figure (nothing is shown for `None`).
    pub figure: Option<&'static Figure>,
}

/// A report sentence with its citation and the figure's caveat.
#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    let Some(f) = props.figure else {
        return html! {};
    };
    let lang = props.lang;
    let t = text(lang);
    html! {
        <blockquote class="quote">
            <p><span class="quote-label">{t.report_says}</span>{f.sentence.get(lang)}</p>
            <cite>{REPORT.citation(lang)}</cite>
            if let Some(n) = f.note {
                <p class="method-note">{n.get(lang)}</p>
            }
        </blockquote>
    }
}

/// Props of [`PresetPanel`].
#[derive(Properties, PartialEq)]
pub struct PresetPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The preset the scenario started from.
    pub current: Option<&'static str>,
    /// Called with a preset key.
    pub on_preset: Callback<&'static str>,
}

/// The preset buttons and the description and quotes of the current preset.
#[component]
pub fn PresetPanel(props: &PresetPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let current = props.current.and_then(presets::get);
    html! {
        <section class="panel carbon-presets" aria-labelledby="carbon-presets-h">
            <h2 id="carbon-presets-h">{t.presets_heading}</h2>
            <ul class="preset-list">
                { for BUTTONS.iter().map(|&key| {
                    let cb = props.on_preset.clone();
                    let pressed = props.current == Some(key)
                        || (key == presets::HOUSEHOLD && props.current == Some(presets::ELECTRICITY_2024));
                    let (title, _) = describe(key, lang).unwrap_or((key, key));
                    html! {
                        <li>
                            <button type="button" id={format!("carbon-preset-{}", key.replace('.', "-"))}
                                aria-pressed={if pressed { "true" } else { "false" }}
                                onclick={Callback::from(move |_| cb.emit(key))}>
                                {title}
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if let Some(p) = current {
                if let Some((title, note)) = describe(p.key, lang) {
                    <h3>{t.started_from}{title}</h3>
                    <p class="method-note">{note}</p>
                }
                { for p.figures.iter().map(|id| html! { <Quote lang={lang} figure={figures::get(id)} /> }) }
            }
        </section>
    }
}
