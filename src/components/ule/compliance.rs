//! The compliance check: a measured outlet concentration (optionally corrected from the measured
//! O₂ to the reference O₂) against the ULE limit of its emission point. The corrected value can
//! be used as a "before" or "after" concentration of the matching emission point.

use qingshan_core::eval::{LibraryValues, Overrides, Point};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::ule::compliance::{check, ComplianceInputs, ComplianceOutcome};
use qingshan_core::ule::{keys, LimitPoint, PointKind, Pollutant};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{error_at, field_id};
use super::field::OptField;
use crate::components::factor::FactorCite;
use crate::format::plain;
use crate::i18n::catalog;
use crate::state::ule::UleAction;

/// Props of [`Compliance`].
#[derive(Properties, PartialEq)]
pub struct ComplianceProps {
    /// The page's language.
    pub lang: Lang,
    /// What the user entered.
    pub inputs: ComplianceInputs,
    /// The factors the user changed (the check reads the limits and reference O₂ through them).
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_ule: Callback<UleAction>,
}

/// The concentration-method point a limit set belongs to, if any.
fn point_of(l: LimitPoint) -> Option<PointKind> {
    PointKind::ALL
        .into_iter()
        .find(|k| k.limits() == l && k.old_limits().is_some())
}

fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

/// The compliance-check panel.
#[component]
pub fn Compliance(props: &ComplianceProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let i = props.inputs;
    // Here rather than in the view: the panel waits for the split-out wasm (src/app.rs
    // AfterSplit), and so does the check's code.
    let outcome = use_memo((i, props.overrides.clone()), |(chk, overrides)| {
        let values = LibraryValues {
            library: Library::standard(),
            overrides,
            point: Point::Central,
        };
        check(chk, &values)
    });
    let mg = Unit::MgPerNm3.symbol(lang);
    let on_point = props.on_ule.reform(|e: Event| {
        let l = select_value(&e).and_then(|v| LimitPoint::from_key(&v));
        UleAction::SetCheckPoint(l.unwrap_or(LimitPoint::CementKiln))
    });
    let on_pollutant = {
        let on_ule = props.on_ule.clone();
        Callback::from(move |e: Event| {
            let key = select_value(&e);
            if let Some(p) = Pollutant::ALL
                .into_iter()
                .find(|p| Some(p.key()) == key.as_deref())
            {
                on_ule.emit(UleAction::SetCheckPollutant(p));
            }
        })
    };
    let err = outcome.as_ref().as_ref().err();
    let o2_hint = if i.point.ref_o2().is_some() {
        c.check_o2_hint
    } else {
        c.check_no_ref_o2
    };
    let result = match *outcome {
        Ok(ComplianceOutcome::NoMeasurement) | Err(_) => {
            html! { <p class="method-note">{c.check_enter}</p> }
        }
        Ok(ComplianceOutcome::NoLimit) => html! { <p class="method-note">{c.check_no_limit}</p> },
        Ok(ComplianceOutcome::Checked(r)) => {
            let verdict = if r.compliant {
                c.compliant
            } else {
                c.not_compliant
            };
            let at = r.ref_o2.map_or_else(String::new, |(_, o2)| {
                format!("{}{} %", c.at_ref_o2, plain(o2, 3, false))
            });
            let use_as = point_of(i.point).map(|kind| {
                let (pol, x) = (i.pollutant, r.at_ref);
                let before = props
                    .on_ule
                    .reform(move |_: MouseEvent| UleAction::SetBefore(kind, pol, Some(x)));
                let after = props
                    .on_ule
                    .reform(move |_: MouseEvent| UleAction::SetAfter(kind, pol, Some(x)));
                html! {
                    <p class="ule-use-as">
                        <button type="button" onclick={before}>{c.use_as_before}</button>
                        <button type="button" onclick={after}>{c.use_as_after}</button>
                    </p>
                }
            });
            html! {
                <div class={classes!("ule-verdict", if r.compliant { "ok" } else { "bad" })} role="status">
                    <p id="ule-check-verdict"><strong>{verdict}</strong></p>
                    <p>
                        {c.check_value}{plain(r.at_ref, 4, true)}{" "}{mg}{" "}{at}
                        if r.corrected { {" "}{c.check_corrected} }
                        if r.o2_ignored { {" "}{c.check_o2_ignored} }
                    </p>
                    <p>{c.ule_limit}{": "}{plain(r.limit, 4, true)}{" "}{mg}{" · "}{c.margin}{plain(r.margin(), 4, true)}{" "}{mg}</p>
                    {use_as.unwrap_or_default()}
                    <details class="factor-details">
                        <summary>{c.limit_source}</summary>
                        <FactorCite id={r.limit_id} lang={lang} />
                        if let Some((id, _)) = r.ref_o2 { <FactorCite id={id} lang={lang} /> }
                    </details>
                </div>
            }
        }
    };
    html! {
        <section class="panel ule-compliance" aria-labelledby="ule-check-title">
            <h2 id="ule-check-title">{c.check_title}</h2>
            <p class="method-note">{c.check_intro}</p>
            <div class="field">
                <label for="ule-check-point">{c.check_point}</label>
                <select id="ule-check-point" onchange={on_point}>
                    { for LimitPoint::ALL.into_iter().map(|l| html! {
                        <option value={l.key()} selected={l == i.point}>
                            {l.sector().name().get(lang)}{" · "}{l.name().get(lang)}
                        </option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="ule-check-pollutant">{c.check_pollutant}</label>
                <select id="ule-check-pollutant" onchange={on_pollutant}>
                    { for i.point.pollutants().map(|p| html! {
                        <option value={p.key()} selected={p == i.pollutant}>{p.name().get(lang)}</option>
                    }) }
                </select>
            </div>
            <OptField id={field_id(keys::CHECK_MEASURED)} label={c.check_measured} unit={mg}
                value={i.measured} on_change={props.on_ule.reform(UleAction::SetCheckMeasured)}
                error={error_at(err, keys::CHECK_MEASURED, false, lang)} lang={lang} />
            <OptField id={field_id(keys::CHECK_O2)} label={c.check_o2} unit="% O₂"
                value={i.o2_measured} on_change={props.on_ule.reform(UleAction::SetCheckO2)}
                hint={AttrValue::from(o2_hint)} optional=true
                error={error_at(err, keys::CHECK_O2, false, lang)} lang={lang} />
            {result}
            <p class="method-note">{c.check_hourly}</p>
        </section>
    }
}
