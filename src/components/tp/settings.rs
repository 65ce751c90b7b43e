//! Settings shared by the measures and the equivalences: operating days, and the water the
//! dilution equivalence uses.

use qingshan_core::eval::{CalcError, Overrides};
use qingshan_core::phosphorus::{field, WaterBody, WaterClass};
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{factor_value, field_error, on_select, qi, text};
use crate::components::field::NumberField;
use crate::state::tp::TpAction;

/// Props of [`Settings`].
#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    /// The page's language.
    pub lang: Lang,
    /// Operating days per year.
    pub days: f64,
    /// The dilution's water body.
    pub water: WaterBody,
    /// The dilution's class.
    pub class: WaterClass,
    /// The scenario's error, if any.
    pub error: Option<CalcError>,
    /// The factors the user changed (the limits shown in the class choice).
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_tp: Callback<TpAction>,
}

/// Days per year, water body and class.
#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let on_days = props.on_tp.reform(TpAction::SetDays);
    let on_water = on_select(props.on_tp.reform(|k: String| {
        TpAction::SetWater(if k == WaterBody::Lake.key() {
            WaterBody::Lake
        } else {
            WaterBody::River
        })
    }));
    let on_class = on_select(props.on_tp.reform(|k: String| {
        TpAction::SetClass(
            WaterClass::ALL
                .into_iter()
                .find(|c| c.numeral() == k)
                .unwrap_or(WaterClass::III),
        )
    }));
    let water_name = |w: WaterBody| match w {
        WaterBody::River => x.water_river,
        WaterBody::Lake => x.water_lake,
    };
    let mgl = Unit::MgPerLitre.symbol(lang);
    html! {
        <section class="panel tp-settings" aria-labelledby="tp-settings-title">
            <h2 id="tp-settings-title">{x.settings_title}</h2>
            <div class="grid-2">
                <div>
                    <NumberField id="tp-days" label={x.days} unit={x.unit_days} value={props.days}
                        on_change={on_days} hint={AttrValue::from(x.days_hint)}
                        error={field_error(props.error.as_ref(), field::DAYS, false, lang)} lang={lang} />
                </div>
                <div>
                    <div class="field">
                        <label for="tp-water">{x.water_body}</label>
                        <select id="tp-water" onchange={on_water}>
                            { for WaterBody::ALL.into_iter().map(|w| html! {
                                <option value={w.key()} selected={w == props.water}>{water_name(w)}</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="tp-class">{x.water_class}</label>
                        <select id="tp-class" onchange={on_class}>
                            { for WaterClass::ALL.into_iter().map(|c| {
                                let limit = factor_value(props.water.limit_factor(c), &props.overrides)
                                    .map_or_else(String::new, |v| format!(" · {} {mgl}", qi(v, lang)));
                                html! {
                                    <option value={c.numeral()} selected={c == props.class}>
                                        {format!("{}{limit}", x.class_name.replace("{c}", c.numeral()))}
                                    </option>
                                }
                            }) }
                        </select>
                    </div>
                </div>
            </div>
        </section>
    }
}
