//! The report's figures this calculator starts from: the sentence, its caveat, and what it
//! implies per project.

use qingshan_core::eval::Ranged;
use qingshan_core::figures::{self, REPORT};
use qingshan_core::phosphorus::ReportComparison;
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{q, qi, text};
use crate::components::factor::FactorCite;

/// Props of [`ReportPanel`].
#[derive(Properties, PartialEq)]
pub struct ReportPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison with the report (absent when the scenario cannot be computed).
    pub report: Option<ReportComparison>,
    /// Operating days per year of the scenario.
    pub days: f64,
    /// Restores the report preset.
    pub on_preset: Callback<()>,
}

/// The report's sentence, its note, and the average project in plant terms.
#[component]
pub fn ReportPanel(props: &ReportPanelProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let reduction = figures::get("water.tp.reduction_2025");
    let sentence = reduction.map(|f| f.sentence.get(lang)).unwrap_or_default();
    let note = reduction.and_then(|f| f.note).map(|n| n.get(lang));
    let on_click = props.on_preset.reform(|_: MouseEvent| ());
    let t_yr = x.unit_t_per_yr;
    let m3d = Unit::CubicMetresPerDay.symbol(lang);
    let mgl = Unit::MgPerLitre.symbol(lang);
    let r = props.report.as_ref();
    let central = |f: fn(&ReportComparison) -> &Ranged| r.map(|r| f(r).central);
    html! {
        <section class="panel tp-report" aria-labelledby="tp-report-title">
            <h2 id="tp-report-title">{x.report_title}</h2>
            <blockquote class="quote" lang={lang.tag()}>
                <p>{sentence}</p>
                <cite>{REPORT.citation(lang)}</cite>
            </blockquote>
            if let Some(n) = note {
                <p class="notice">{x.report_note_label}{n}</p>
            }
            <h3>{x.per_project_title}</h3>
            <dl class="tp-implied">
                <dt>{x.per_project}</dt>
                <dd>
                    <span class="tp-derived-value" id="tp-per-project">
                        {central(|r| &r.per_project).map_or_else(String::new, |v| format!("{} {t_yr}", q(v, lang)))}
                    </span>
                    <span class="formula">
                        {format!(" = {} ÷ {} ", qi(central(|r| &r.reduction).unwrap_or(f64::NAN), lang),
                            qi(r.map_or(f64::NAN, |r| r.projects), lang))}
                    </span>
                    <p class="method-note">{x.per_project_note}</p>
                    <details class="factor-details">
                        <summary>{x.how_derived}</summary>
                        <FactorCite id="tp.report.avg_per_project" lang={lang} />
                    </details>
                </dd>
                <dt>{x.plant_equivalent}</dt>
                <dd>
                    <span class="tp-derived-value" id="tp-equivalent-flow">
                        {central(|r| &r.equivalent_flow).map_or_else(String::new, |v| format!("{} {m3d}", q(v, lang)))}
                    </span>
                    <span class="formula">
                        {format!(" = {} {t_yr} ÷ (({} − {}) {mgl} × {} {}) × 10⁶",
                            qi(central(|r| &r.per_project).unwrap_or(f64::NAN), lang),
                            qi(r.map_or(f64::NAN, |r| r.class_1b), lang),
                            qi(r.map_or(f64::NAN, |r| r.class_1a), lang),
                            qi(props.days, lang), x.unit_days)}
                    </span>
                    <p class="method-note">{x.plant_equivalent_note}</p>
                    <details class="factor-details">
                        <summary>{x.how_derived}</summary>
                        <FactorCite id="tp.report.equivalent_plant_flow" lang={lang} />
                    </details>
                </dd>
            </dl>
            <button type="button" id="tp-preset" onclick={on_click}>{x.reset_to_report}</button>
        </section>
    }
}
