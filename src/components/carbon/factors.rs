//! The factors the scenario's lines use, each once, editable with its grade and source. (The
//! electricity factor is edited in its own panel, the carbon price with the price.)

use qingshan_core::eval::Overrides;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::names::text;
use super::{factor_input, FactorCallbacks};

/// Props of [`FactorsPanel`].
#[derive(Properties, PartialEq)]
pub struct FactorsPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The factor ids to show, in first-use order.
    pub ids: Vec<&'static str>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Factor edits.
    pub factors: FactorCallbacks,
}

/// The line factors panel.
#[component]
pub fn FactorsPanel(props: &FactorsPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    if props.ids.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel carbon-factors" aria-labelledby="carbon-factors-h">
            <h2 id="carbon-factors-h">{t.factors_heading}</h2>
            <p class="method-note">{t.factors_intro}</p>
            { for props.ids.iter().map(|id| factor_input(id, lang, &props.overrides, &props.factors)) }
        </section>
    }
}
