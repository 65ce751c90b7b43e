//! One emission point of the concentration method: counted or not, its product ratio, its
//! flue-gas volume (a factor), and the concentrations before and after per pollutant.

use qingshan_core::eval::CalcError;
use qingshan_core::factors::{Grade, Library};
use qingshan_core::text::Lang;
use qingshan_core::ule::{keys, PointInputs};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{error_at, factor_value, field_id, FactorCtx};
use super::field::OptField;
use crate::components::factor::FactorInput;
use crate::format::plain;
use crate::i18n::catalog;
use crate::state::ule::UleAction;

/// Props of [`PointCard`].
#[derive(Properties, PartialEq)]
pub struct PointCardProps {
    /// The page's language.
    pub lang: Lang,
    /// The point's inputs.
    pub inputs: PointInputs,
    /// The sector's calculation error, if any.
    pub error: Option<CalcError>,
    /// Factor values and edits.
    pub factors: FactorCtx,
    /// Sends an edit.
    pub on_ule: Callback<UleAction>,
}

/// One emission point.
#[component]
pub fn PointCard(props: &PointCardProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let p = &props.inputs;
    let kind = p.kind;
    let k = keys::point(kind);
    let err = props.error.as_ref();
    let lib = Library::standard();
    let overrides = &props.factors.overrides;
    let enabled_id = format!("ule-point-{}-{}", kind.sector().key(), kind.key());
    let on_toggle = {
        let on_ule = props.on_ule.clone();
        let on = !p.enabled;
        Callback::from(move |_| on_ule.emit(UleAction::SetPointEnabled(kind, on)))
    };
    let product = kind.product().name().get(lang);
    let sector_product = kind.sector().product().name().get(lang);
    let ref_o2 = kind.limits().ref_o2().map(|id| factor_value(id, overrides));
    let v_id = kind.fluegas_factor();
    let v_unverified = lib
        .get(v_id)
        .is_some_and(|f| f.grade() == Grade::Unverified);
    let conc_unit = Unit::MgPerNm3.symbol(lang);
    let pollutant_rows = kind.pollutants().iter().map(|&pol| {
        let name = pol.name().get(lang);
        let old = kind.old_limit(pol);
        let before_default = old.map(|id| factor_value(id, overrides));
        let before_hint = match old.and_then(|id| lib.get(id)) {
            Some(f) => format!(
                "{}{} — {}",
                c.default_is, f.def.source.title, c.upper_bound_short
            ),
            None => c.before_required.to_string(),
        };
        let after_id = kind.limits().limit(pol);
        let after_default = after_id.map(|id| factor_value(id, overrides));
        let after_hint = after_id
            .and_then(|id| lib.get(id))
            .map(|f| format!("{}{} ({})", c.default_is, c.ule_limit, f.def.source.title));
        let on_before = props
            .on_ule
            .reform(move |x| UleAction::SetBefore(kind, pol, x));
        let on_after = props
            .on_ule
            .reform(move |x| UleAction::SetAfter(kind, pol, x));
        html! {
            <div class="ule-pollutant">
                <OptField id={field_id(k.before.get(pol))} label={format!("{name} {}", c.before)}
                    unit={conc_unit} value={*p.before.get(pol)} default={before_default}
                    on_change={on_before} hint={AttrValue::from(before_hint)}
                    error={error_at(err, k.before.get(pol), old.is_none(), lang)} lang={lang} />
                <OptField id={field_id(k.after.get(pol))} label={format!("{name} {}", c.after)}
                    unit={conc_unit} value={*p.after.get(pol)} default={after_default}
                    on_change={on_after} hint={after_hint.map(AttrValue::from)}
                    error={error_at(err, k.after.get(pol), false, lang)} lang={lang} />
            </div>
        }
    });
    let on_ratio = props.on_ule.reform(move |x| UleAction::SetRatio(kind, x));
    html! {
        <fieldset class={classes!("ule-point", (!p.enabled).then_some("ule-point-off"))}>
            <legend>{kind.name().get(lang)}</legend>
            <label for={enabled_id.clone()} class="ule-check">
                <input type="checkbox" id={enabled_id} checked={p.enabled} onchange={on_toggle} />
                {c.count_point}
            </label>
            if p.enabled {
                if kind.fixed_ratio().is_some() {
                    <p class="field-hint">{c.ratio_fixed}{product}</p>
                } else {
                    <OptField id={field_id(k.ratio)}
                        label={format!("{}{product}{}{sector_product}", c.ratio_label_a, c.ratio_label_b)}
                        unit={c.ratio_unit} value={p.ratio} on_change={on_ratio}
                        hint={AttrValue::from(c.ratio_required)}
                        error={error_at(err, k.ratio, true, lang)} lang={lang} />
                }
                <FactorInput id={v_id} value={factor_value(v_id, overrides)}
                    overridden={overrides.is_overridden(v_id)}
                    on_set={props.factors.on_set.clone()} on_reset={props.factors.on_reset.clone()}
                    lang={lang} />
                if v_unverified && !overrides.is_overridden(v_id) {
                    <p class="notice" role="note">{c.volume_unverified}</p>
                }
                <p class="method-note">
                    { match ref_o2 {
                        Some(o2) => format!("{}{} %", c.conc_at_ref, plain(o2, 3, false)),
                        None => c.no_ref_o2.to_string(),
                    } }
                </p>
                { for pollutant_rows }
            }
        </fieldset>
    }
}
