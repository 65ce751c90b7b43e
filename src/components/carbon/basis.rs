//! The scenario's one electricity factor: kind, year, generation type or scope, T&D; and the
//! factor itself, editable, with its pedigree.

use qingshan_core::carbon::{ElectricityBasis, ElectricityKind, TdKind};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::electricity::{
    EmissionScope, GenerationType, Grid, Province, EMISSION_YEARS, FOOTPRINT_YEARS,
};
use qingshan_core::figures;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::choice::{Choice, Group};
use super::names::{self, text};
use super::{factor_input, FactorCallbacks};
use crate::components::carbon::presets::Quote;

/// Props of [`BasisPanel`].
#[derive(Properties, PartialEq)]
pub struct BasisPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The scenario's electricity basis.
    pub basis: ElectricityBasis,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Called with the new basis.
    pub on_basis: Callback<ElectricityBasis>,
    /// Factor edits.
    pub factors: FactorCallbacks,
    /// True when the preset panel already quotes the report's sentence on the footprint factors.
    #[prop_or_default]
    pub quoted: bool,
}

fn years(list: &[u16]) -> Vec<Group> {
    Group::plain(
        list.iter()
            .map(|y| (y.to_string(), y.to_string()))
            .collect(),
    )
}

fn scope_groups(lang: Lang) -> Vec<Group> {
    let t = text(lang);
    let opt = |s: EmissionScope| (s.key(), s.name().get(lang).to_string());
    vec![
        Group {
            label: Some(t.scope_national_group.to_string()),
            options: [
                EmissionScope::National,
                EmissionScope::NationalExMarketNonFossil,
                EmissionScope::Fossil,
            ]
            .into_iter()
            .map(opt)
            .collect(),
        },
        Group {
            label: Some(t.scope_grids_group.to_string()),
            options: Grid::ALL
                .into_iter()
                .map(|g| opt(EmissionScope::Region(g)))
                .collect(),
        },
        Group {
            label: Some(t.scope_provinces_group.to_string()),
            options: Province::ALL
                .iter()
                .map(|p| opt(EmissionScope::Province(*p)))
                .collect(),
        },
    ]
}

/// The electricity-factor panel.
#[component]
pub fn BasisPanel(props: &BasisPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let basis = props.basis;
    let kind = basis.kind();
    let set = {
        let cb = props.on_basis.clone();
        move |f: fn(ElectricityBasis, &str) -> Option<ElectricityBasis>| {
            let cb = cb.clone();
            Callback::from(move |key: String| {
                if let Some(b) = f(basis, &key) {
                    cb.emit(b);
                }
            })
        }
    };
    let on_kind = |k: ElectricityKind| {
        let cb = props.on_basis.clone();
        Callback::from(move |_: Event| cb.emit(basis.switched(k)))
    };
    let radio = |k: ElectricityKind, label: &'static str| {
        let id = format!("carbon-kind-{}", k.key());
        html! {
            <div class="radio">
                <input type="radio" id={id.clone()} name="carbon-kind" value={k.key()}
                    checked={kind == k} onchange={on_kind(k)} />
                <label for={id}>{label}</label>
            </div>
        }
    };
    let detail = match basis {
        ElectricityBasis::Footprint {
            year,
            generation,
            td,
        } => {
            let gens = ElectricityBasis::GENERATION_TYPES
                .iter()
                .map(|g| (g.key().to_string(), g.name().get(lang).to_string()))
                .collect();
            let tds = [
                None,
                Some(TdKind::ExcludingLosses),
                Some(TdKind::IncludingLosses),
            ]
            .into_iter()
            .filter(|k| k.is_none_or(|k| k.generation_type().years().contains(&year)))
            .map(|k| {
                (
                    k.map_or("none", TdKind::key).to_string(),
                    names::td(k, lang).to_string(),
                )
            })
            .collect();
            html! {
                <>
                    <Choice id="carbon-year" label={t.year} groups={years(&FOOTPRINT_YEARS)}
                        selected={year.to_string()}
                        on_change={set(|b, k| match (b, k.parse::<u16>()) {
                            (ElectricityBasis::Footprint { generation, td, .. }, Ok(year)) =>
                                Some(ElectricityBasis::Footprint { year, generation, td }),
                            _ => None,
                        })} />
                    <Choice id="carbon-generation" label={t.generation} groups={Group::plain(gens)}
                        selected={generation.key()}
                        on_change={set(|b, k| match (b, GenerationType::from_key(k)) {
                            (ElectricityBasis::Footprint { year, td, .. }, Some(generation)) =>
                                Some(ElectricityBasis::Footprint { year, generation, td }),
                            _ => None,
                        })} />
                    <Choice id="carbon-td" label={t.td} groups={Group::plain(tds)}
                        selected={td.map_or("none", TdKind::key)} hint={t.td_note}
                        on_change={set(|b, k| match b {
                            ElectricityBasis::Footprint { year, generation, .. } =>
                                Some(ElectricityBasis::Footprint { year, generation, td: TdKind::from_key(k) }),
                            ElectricityBasis::Emission { .. } => None,
                        })} />
                </>
            }
        }
        ElectricityBasis::Emission { year, scope } => html! {
            <>
                <Choice id="carbon-year" label={t.year} groups={years(&EMISSION_YEARS)}
                    selected={year.to_string()}
                    on_change={set(|b, k| match (b, k.parse::<u16>()) {
                        (ElectricityBasis::Emission { scope, .. }, Ok(year)) =>
                            Some(ElectricityBasis::Emission { year, scope }),
                        _ => None,
                    })} />
                <Choice id="carbon-scope" label={t.scope} groups={scope_groups(lang)}
                    selected={scope.key()}
                    on_change={set(|b, k| match (b, EmissionScope::from_key(k)) {
                        (ElectricityBasis::Emission { year, .. }, Some(scope)) =>
                            Some(ElectricityBasis::Emission { year, scope }),
                        _ => None,
                    })} />
            </>
        },
    };
    let factors = match basis.factor_ids() {
        Ok(ids) => html! {
            <>
                { factor_input(ids.main, lang, &props.overrides, &props.factors) }
                if let Some(td) = ids.td { { factor_input(td, lang, &props.overrides, &props.factors) } }
            </>
        },
        Err(e) => html! { <p class="field-error">{names::error(&e, lang)}</p> },
    };
    let usage = match kind {
        ElectricityKind::Footprint => t.footprint_use,
        ElectricityKind::Emission => t.emission_use,
    };
    html! {
        <section class="panel carbon-basis" aria-labelledby="carbon-basis-h">
            <h2 id="carbon-basis-h">{t.basis_heading}</h2>
            <p class="method-note">{t.basis_one_per_scenario}</p>
            <fieldset class="carbon-kind">
                <legend>{t.kind_legend}</legend>
                { radio(ElectricityKind::Footprint, t.kind_footprint_long) }
                { radio(ElectricityKind::Emission, t.kind_emission_long) }
            </fieldset>
            <p class="method-note" id="carbon-kind-use">{usage}</p>
            <div class="carbon-basis-choices">{detail}</div>
            {factors}
            if kind == ElectricityKind::Footprint && !props.quoted {
                <Quote lang={lang} figure={figures::get("carbon.electricity_cf_factors")} />
            }
        </section>
    }
}
