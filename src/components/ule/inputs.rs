//! The inputs of the sector on screen: capacity, utilisation, method, and the method's inputs.

use qingshan_core::factors::Library;
use qingshan_core::figures;
use qingshan_core::text::Lang;
use qingshan_core::ule::{keys, report_capacity, Method, Sector};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{error_at, factor_value, field_id, SectorProps};
use super::field::OptField;
use super::intensity::IntensityInputs;
use super::points::PointCard;
use crate::app::{Stage, Staged};
use crate::components::factor::{FactorCite, GradeBadge};
use crate::components::field::NumberField;
use crate::format::{percent, quantity};
use crate::i18n::catalog;
use crate::state::ule::UleAction;

/// The inputs of one sector.
#[component]
pub fn SectorPanel(props: &SectorProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let s = &props.inputs;
    let sector = s.sector;
    let k = keys::sector(sector);
    let err = props.error.as_ref();
    let product = sector.product().name().get(lang);
    let t_yr = Unit::TonnesPerYear.symbol(lang);
    let report = report_capacity(sector);
    let figure = figures::get(sector.capacity_figure());
    let cap_hint = format!(
        "{}{} {}{}",
        c.capacity_report,
        quantity(report, 3, lang),
        t_yr,
        figure.map_or("", |_| c.capacity_report_source)
    );
    let on_capacity = props
        .on_ule
        .reform(move |x| UleAction::SetCapacity(sector, x));
    let util_id = sector.utilisation_factor();
    let util_default = factor_value(util_id, &props.factors.overrides);
    let util_name = Library::standard()
        .get(util_id)
        .map(|f| f.def.name.get(lang));
    let util_hint = format!(
        "{}{} ({}){}",
        c.default_is,
        percent(util_default, 3),
        util_name.unwrap_or(util_id),
        if sector.utilisation_is_proxy() {
            c.utilisation_proxy
        } else {
            ""
        }
    );
    let on_util = props
        .on_ule
        .reform(move |x| UleAction::SetUtilisation(sector, x));
    let method_radio = |m: Method, label: &'static str| {
        let on_ule = props.on_ule.clone();
        let id = format!("ule-{}-method-{}", sector.key(), m.key());
        html! {
            <label for={id.clone()} class="ule-radio">
                <input type="radio" id={id} name={format!("ule-{}-method", sector.key())}
                    checked={s.method == m}
                    onchange={Callback::from(move |_| on_ule.emit(UleAction::SetMethod(sector, m)))} />
                {label}
            </label>
        }
    };
    let on_reset = {
        let on_ule = props.on_ule.clone();
        Callback::from(move |_| on_ule.emit(UleAction::ResetSector(sector)))
    };
    html! {
        <section class="panel ule-inputs" aria-labelledby="ule-inputs-title">
            <h2 id="ule-inputs-title">{c.inputs_title}{sector.name().get(lang)}</h2>
            <p class="method-note">{c.per_tonne_of}{product}</p>
            <NumberField id={field_id(k.capacity)} label={c.capacity} unit={t_yr}
                value={s.capacity} on_change={on_capacity} hint={AttrValue::from(cap_hint)}
                error={error_at(err, k.capacity, false, lang)}
                changed={(s.capacity - report).abs() > 1e-9 * report.abs()} lang={lang} />
            <OptField id={field_id(k.utilisation)} label={c.utilisation} unit="%" scale={100.0}
                value={s.utilisation} default={Some(util_default)} on_change={on_util}
                hint={AttrValue::from(util_hint)} error={error_at(err, k.utilisation, false, lang)}
                lang={lang} />
            <details class="factor-details">
                <summary>{c.utilisation_source}{" "}<GradeBadge grade={grade(util_id)} lang={lang} /></summary>
                <FactorCite id={util_id} lang={lang} />
                if sector.utilisation_is_proxy() {
                    <p class="method-note">{c.utilisation_proxy_why}</p>
                }
            </details>
            <fieldset class="ule-method">
                <legend>{c.method}</legend>
                {method_radio(Method::Concentration, c.method_concentration)}
                {method_radio(Method::Intensity, c.method_intensity)}
                if s.method == sector.default_method() {
                    <p class="field-hint">{c.method_default}{default_reason(sector, lang)}</p>
                }
            </fieldset>
            // The boot in stages (`crate::app::Stage`): the method's inputs one frame later.
            <Staged at={Stage::ULE_POINTS}>
            if s.method == Method::Concentration {
                <p class="method-note">{c.concentration_intro}</p>
                { for s.points.iter().map(|p| html! {
                    <PointCard lang={lang} inputs={p.clone()} error={props.error}
                        factors={props.factors.clone()} on_ule={props.on_ule.clone()} />
                }) }
            } else {
                <IntensityInputs lang={lang} inputs={s.clone()} error={props.error}
                    factors={props.factors.clone()} on_ule={props.on_ule.clone()} />
            }
            <button type="button" class="link-button" onclick={on_reset}>{c.reset_sector}</button>
            </Staged>
        </section>
    }
}

fn grade(id: &str) -> qingshan_core::factors::Grade {
    Library::standard().get(id).map_or(
        qingshan_core::factors::Grade::Unverified,
        qingshan_core::factors::Factor::grade,
    )
}

fn default_reason(sector: Sector, lang: Lang) -> &'static str {
    let c = &catalog(lang).ule;
    match sector {
        Sector::Steel => c.default_method_steel,
        Sector::Coking => c.default_method_coking,
        Sector::Cement => c.default_method_cement,
    }
}
