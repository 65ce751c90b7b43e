//! "How this is computed": the formulas, then per sector the inputs in use and every factor the
//! calculation reads (value in use, marked if the user changed it, with grade, range and source).

use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::ule::{factors_used, report_capacity, Sector, UleInputs};
use qingshan_core::uncertainty::DEFAULT_SAMPLES;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::factor_value;
use crate::app::{Stage, Staged};
use crate::components::factor::{value_with_unit, FactorCite};
use crate::components::tornado::MethodNote;
use crate::format::{percent, quantity};
use crate::i18n::catalog;

/// Props of [`Explain`].
#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    /// The page's language.
    pub lang: Lang,
    /// The inputs in use.
    pub inputs: UleInputs,
    /// The factors the user changed.
    pub overrides: Overrides,
}

/// The "how this is computed" panel.
#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let w = &catalog(lang).widgets;
    let lib = Library::standard();
    let formulas = [
        (c.f_output_label, c.f_output),
        (c.f_concentration_label, c.f_concentration),
        (c.f_intensity_label, c.f_intensity),
        (c.f_o2_label, c.f_o2),
        (c.f_share_label, c.f_share),
        (c.f_cost_label, c.f_cost),
        (c.f_range_label, c.f_range),
    ];
    let sector = |s: Sector| {
        let i = props.inputs.sector(s);
        let cap_changed = (i.capacity - report_capacity(s)).abs() > 1e-9 * i.capacity.abs();
        let factors = factors_used(i);
        html! {
            <details class="ule-explain-sector">
                <summary><h3>{s.name().get(lang)}{" · "}{i.method.name().get(lang)}</h3></summary>
                <ul>
                    <li>
                        {c.capacity}{": "}{quantity(i.capacity, 4, lang)}{" "}{Unit::TonnesPerYear.symbol(lang)}{" "}
                        { if cap_changed { w.changed_by_you } else { c.from_report } }
                    </li>
                    if let Some(u) = i.utilisation {
                        <li>{c.utilisation}{": "}{percent(u, 3)}{" "}{w.changed_by_you}</li>
                    }
                </ul>
                <h4>{c.factors_used}</h4>
                <ul class="ule-factor-list">
                    { for factors.into_iter().map(|id| {
                        let Some(f) = lib.get(id) else { return html! { <li>{w.missing_factor}{id}</li> } };
                        let changed = props.overrides.is_overridden(id);
                        html! {
                            <li class={classes!(changed.then_some("overridden"))}>
                                <span>{f.def.name.get(lang)}{": "}{value_with_unit(f, factor_value(id, &props.overrides), lang)}</span>
                                if changed { {" "}<em>{w.changed_by_you}</em> }
                                <FactorCite id={id} lang={lang} />
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    };
    html! {
        <section class="panel ule-explain" aria-labelledby="ule-explain-title">
            <h2 id="ule-explain-title">{c.explain_title}</h2>
            <dl class="ule-formulas">
                { for formulas.into_iter().map(|(label, f)| html! {
                    <>
                        <dt>{label}</dt>
                        <dd class="formula">{f}</dd>
                    </>
                }) }
            </dl>
            // The boot in stages (`crate::app::Stage`): one sector per frame.
            { for Sector::ALL.into_iter().map(|s| {
                let last = s.index() + 1 == Sector::ALL.len();
                // At most three sectors: the stage fits in a u8.
                #[allow(clippy::cast_possible_truncation)]
                let at = Stage(Stage::ULE_EXPLAIN_SECTORS.0 + s.index() as u8);
                html! {
                    <Staged at={at}>
                        {sector(s)}
                        if last {
                            <MethodNote samples={DEFAULT_SAMPLES} lang={lang} />
                        }
                    </Staged>
                }
            }) }
        </section>
    }
}
