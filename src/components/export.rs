//! Export (JSON, CSV), import (JSON) and print.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::export::{csv, json};
use crate::i18n::catalog;
use crate::platform::{self, ImportError};
use crate::results::all_rows_with_ranges;
use crate::state::AppState;

/// Props of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The page state (read when a button is pressed, never on render).
    pub state: std::rc::Rc<AppState>,
    /// The scenario's link fragment.
    pub fragment: AttrValue,
    /// Called with the fragment of an imported file.
    pub on_import: Callback<String>,
}

/// The export, import and print panel.
#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let lang: Lang = props.state.lang;
    let t = &catalog(lang).export;
    let status = use_state(|| None::<&'static str>);

    let on_json = {
        let state = props.state.clone();
        let fragment = props.fragment.clone();
        Callback::from(move |_: MouseEvent| {
            let (rows, ids) = all_rows_with_ranges(&state);
            let text = json(&fragment, state.lang, &rows, &ids, &state.overrides);
            platform::download("qingshan-scenario.json", "application/json", &text);
        })
    };
    let on_csv = {
        let state = props.state.clone();
        Callback::from(move |_: MouseEvent| {
            let t = &catalog(state.lang).export;
            let (rows, _) = all_rows_with_ranges(&state);
            let text = csv(
                &rows,
                [
                    t.col_section,
                    t.col_key,
                    t.col_item,
                    t.col_central,
                    t.col_low,
                    t.col_high,
                    t.col_unit,
                    t.col_method,
                    t.col_p5,
                    t.col_p95,
                ],
            );
            platform::download("qingshan-results.csv", "text/csv;charset=utf-8", &text);
        })
    };
    let on_file = {
        let status = status.clone();
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let status = status.clone();
            let on_import = on_import.clone();
            platform::read_chosen_file(
                &input,
                Callback::from(move |text: Option<String>| {
                    let t = &catalog(lang).export;
                    let result = text
                        .ok_or(ImportError::Unreadable)
                        .and_then(|s| platform::scenario_of_export(&s));
                    match result {
                        Ok(fragment) => {
                            status.set(Some(t.imported));
                            on_import.emit(fragment);
                        }
                        Err(ImportError::Unreadable) => status.set(Some(t.unreadable)),
                        Err(ImportError::NotJson) => status.set(Some(t.not_json)),
                        Err(ImportError::NotAnExport) => status.set(Some(t.not_export)),
                    }
                }),
            );
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_print = Callback::from(|_: MouseEvent| platform::print());

    html! {
        <section class="export panel" aria-labelledby="export-title">
            <h2 id="export-title">{t.title}</h2>
            <p class="method-note">{t.intro}</p>
            <div class="share-row">
                <button type="button" id="export-json" onclick={on_json}>{t.json}</button>
                <button type="button" id="export-csv" onclick={on_csv}>{t.csv}</button>
                <label class="file-button">
                    {t.import}
                    <input id="import-json" type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                <button type="button" onclick={on_print}>{t.print}</button>
            </div>
            <p class="share-status" role="status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
