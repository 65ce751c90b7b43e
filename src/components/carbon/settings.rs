//! Functional unit, declared boundary, GWP set and carbon price.

use qingshan_core::carbon::{
    Boundary, CarbonError, FunctionalUnit, FunctionalUnitKind, GwpSet, PriceChoice,
    FIELD_FUNCTIONAL_UNIT,
};
use qingshan_core::eval::{CalcError, Overrides};
use qingshan_core::figures;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::choice::{Choice, Group};
use super::names::{self, text};
use super::presets::Quote;
use super::{factor_input, FactorCallbacks};
use crate::components::field::NumberField;
use crate::state::carbon::CarbonAction;

/// Props of [`SettingsPanel`].
#[derive(Properties, PartialEq)]
pub struct SettingsPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The functional unit.
    pub functional_unit: FunctionalUnit,
    /// The boundary.
    pub boundary: Boundary,
    /// The GWP set.
    pub gwp: GwpSet,
    /// The carbon price.
    pub price: PriceChoice,
    /// Scenario-wide input problems.
    pub errors: Vec<CarbonError>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_action: Callback<CarbonAction>,
    /// Factor edits.
    pub factors: FactorCallbacks,
    /// True when the preset panel already quotes the report's sentence on the carbon market.
    #[prop_or_default]
    pub quoted: bool,
}

fn groups<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    name: impl Fn(T) -> &'static str,
) -> Vec<Group> {
    Group::plain(
        all.iter()
            .map(|&v| (key(v).to_string(), name(v).to_string()))
            .collect(),
    )
}

fn pick<T: 'static>(
    cb: &Callback<CarbonAction>,
    from: fn(&str) -> Option<T>,
    to: fn(T) -> CarbonAction,
) -> Callback<String> {
    let cb = cb.clone();
    Callback::from(move |k: String| {
        if let Some(v) = from(&k) {
            cb.emit(to(v));
        }
    })
}

/// The product-and-price panel.
#[component]
pub fn SettingsPanel(props: &SettingsPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let fu = props.functional_unit;
    let on_amount = {
        let cb = props.on_action.clone();
        Callback::from(move |amount: f64| {
            cb.emit(CarbonAction::SetFunctionalUnit(FunctionalUnit {
                amount,
                ..fu
            }));
        })
    };
    let on_fu_kind = {
        let cb = props.on_action.clone();
        Callback::from(move |k: String| {
            if let Some(kind) = FunctionalUnitKind::from_key(&k) {
                cb.emit(CarbonAction::SetFunctionalUnit(FunctionalUnit {
                    kind,
                    ..fu
                }));
            }
        })
    };
    let fu_error = props.errors.iter().find_map(|e| match e {
        CarbonError::Input {
            line: None,
            error: CalcError::Input { field, .. },
        } if *field == FIELD_FUNCTIONAL_UNIT => Some(AttrValue::from(names::error(e, lang))),
        _ => None,
    });
    html! {
        <section class="panel carbon-settings" aria-labelledby="carbon-settings-h">
            <h2 id="carbon-settings-h">{t.settings_heading}</h2>
            <div class="carbon-fu">
                <NumberField id="carbon-fu-amount" label={t.fu_amount} value={fu.amount}
                    on_change={on_amount} error={fu_error} lang={lang} />
                <Choice id="carbon-fu-kind" label={t.fu_kind} selected={fu.kind.key()}
                    groups={groups(FunctionalUnitKind::ALL, FunctionalUnitKind::key, |k| names::functional_unit(k, lang))}
                    on_change={on_fu_kind} />
            </div>
            <Choice id="carbon-boundary" label={t.boundary} selected={props.boundary.key()} hint={t.boundary_hint}
                groups={groups(Boundary::ALL, Boundary::key, |b| names::boundary(b, lang))}
                on_change={pick(&props.on_action, Boundary::from_key, CarbonAction::SetBoundary)} />
            <Choice id="carbon-gwp" label={t.gwp} selected={props.gwp.key()} hint={t.gwp_note}
                groups={groups(GwpSet::ALL, GwpSet::key, |g| names::gwp(g, lang))}
                on_change={pick(&props.on_action, GwpSet::from_key, CarbonAction::SetGwp)} />
            <Choice id="carbon-price" label={t.price} selected={props.price.key()} hint={t.price_note}
                groups={groups(PriceChoice::ALL, PriceChoice::key, |p| names::price(p, lang))}
                on_change={pick(&props.on_action, PriceChoice::from_key, CarbonAction::SetPrice)} />
            { factor_input(props.price.factor_id(), lang, &props.overrides, &props.factors) }
            if !props.quoted {
                <Quote lang={lang} figure={figures::get("carbon.ets_expansion")} />
            }
        </section>
    }
}
