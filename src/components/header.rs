//! The page header: name, tagline and the language switcher.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::{catalog, endonym};

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The language the page is shown in.
    pub lang: Lang,
    /// The language the reader asked for: the switcher's value. It differs from `lang` while
    /// that language's strings load (src/i18n).
    pub chosen: Lang,
    /// Called with the language the user picks.
    pub on_lang: Callback<Lang>,
}

/// The page header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let c = &catalog(props.lang).common;
    let on_change = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value());
            if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
                on_lang.emit(lang);
            }
        })
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="brand-name">
                    <span class="brand-mark" aria-hidden="true">{"青"}</span>
                    <span>{c.app_name}</span>
                </p>
                <p class="tagline">{c.tagline}</p>
            </div>
            <div class="lang-switch">
                <label for="lang-select">{c.language}</label>
                <select id="lang-select" onchange={on_change}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} lang={l.tag()} selected={*l == props.chosen}>
                            {endonym(*l)}
                        </option>
                    }) }
                </select>
            </div>
        </header>
    }
}
