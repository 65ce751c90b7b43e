//! Loads that several measures act on together, with the combination rule and its worked
//! example.

use qingshan_core::eval::Overrides;
use qingshan_core::phosphorus::{
    field, Baseline, LossCoefficient, Measure, MeasureKind, SharedLoad, SharedLoadOutcome,
};
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::{error_text, load_name, on_select, on_text, pc, q, text};
use super::measures::{coefficient_picker, Ctx};
use crate::state::tp::TpAction;

/// Props of [`SharedLoads`].
#[derive(Properties, PartialEq)]
pub struct SharedLoadsProps {
    /// The page's language.
    pub lang: Lang,
    /// The shared loads.
    pub loads: Vec<SharedLoad>,
    /// Their results, in the same order (empty when the scenario cannot be computed).
    pub outcomes: Vec<SharedLoadOutcome>,
    /// The measures (to count those on each load).
    pub measures: Vec<Measure>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_tp: Callback<TpAction>,
}

/// The shared loads, the rule that combines the measures on one load, and a worked example.
#[component]
pub fn SharedLoads(props: &SharedLoadsProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let on_add = props.on_tp.reform(|_: MouseEvent| TpAction::AddLoad);
    html! {
        <section class="panel tp-loads" aria-labelledby="tp-loads-title">
            <h2 id="tp-loads-title">{x.loads_title}</h2>
            <p>{x.loads_intro}</p>
            <div class="tp-example">
                <h3>{x.example_title}</h3>
                <p>{x.example_text}</p>
                <p class="formula">{"1 − (1 − 50%) × (1 − 40%) = 1 − 0.5 × 0.6 = 70% ≠ 50% + 40%"}</p>
                <p>{x.example_credit}</p>
            </div>
            { for props.loads.iter().map(|l| {
                let outcome = props.outcomes.iter().find(|o| o.id == l.id).cloned();
                let on = props.measures.iter().filter(
                    |m| matches!(&m.kind, MeasureKind::Efficiency(e) if e.load == l.id)).count();
                html! {
                    <LoadCard key={l.id.0} lang={lang} load={l.clone()} loads={props.loads.clone()}
                        outcome={outcome} measures_on={on} overrides={props.overrides.clone()}
                        on_tp={props.on_tp.clone()} />
                }
            }) }
            <button type="button" id="tp-add-load" onclick={on_add}>{"+ "}{x.add_load}</button>
        </section>
    }
}

/// Props of [`LoadCard`].
#[derive(Properties, PartialEq)]
pub struct LoadCardProps {
    /// The page's language.
    pub lang: Lang,
    /// The load.
    pub load: SharedLoad,
    /// Every shared load (for default names).
    pub loads: Vec<SharedLoad>,
    /// Its result.
    pub outcome: Option<SharedLoadOutcome>,
    /// How many measures act on it.
    pub measures_on: usize,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_tp: Callback<TpAction>,
}

/// One shared load: name, baseline, combined result, tools.
#[component]
pub fn LoadCard(props: &LoadCardProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let l = &props.load;
    let id = l.id;
    let name = load_name(l, &props.loads, lang);
    let prefix = format!("tp-l{}", id.0);
    let error = props.outcome.as_ref().and_then(|o| o.result.as_ref().err());
    let c = Ctx {
        lang,
        prefix: prefix.clone(),
        error,
        overrides: &props.overrides,
        on_kind: props.on_tp.reform(move |b| TpAction::EditLoad(id, b)),
    };
    let kind = match l.baseline {
        Baseline::Entered(_) => "entered",
        Baseline::Flow { .. } => "flow",
        Baseline::Farmland { .. } => "farmland",
    };
    let on_kind = c.on_kind.reform(|k: String| match k.as_str() {
        "flow" => Baseline::Flow {
            flow: None,
            concentration: None,
        },
        "farmland" => Baseline::Farmland {
            area: None,
            coefficient: LossCoefficient::YangtzeMidLower,
        },
        _ => Baseline::Entered(None),
    });
    let options = html! {
        <>
            <option value="entered" selected={kind == "entered"}>{x.baseline_entered}</option>
            <option value="flow" selected={kind == "flow"}>{x.baseline_flow}</option>
            <option value="farmland" selected={kind == "farmland"}>{x.baseline_farmland}</option>
        </>
    };
    let fields = match l.baseline {
        Baseline::Entered(v) => c.number(
            "baseline",
            field::BASELINE,
            x.baseline,
            x.unit_t_tp_per_yr,
            v,
            1.0,
            None,
            c.on_kind.reform(|v: f64| Baseline::Entered(Some(v))),
        ),
        Baseline::Flow {
            flow,
            concentration,
        } => html! {
            <>
                {c.number("flow", field::FLOW, x.flow, Unit::CubicMetresPerDay.symbol(lang), flow, 1.0, None,
                    c.on_kind.reform(move |v: f64| Baseline::Flow { flow: Some(v), concentration }))}
                {c.number("concentration", field::CONCENTRATION, x.concentration, Unit::MgPerLitre.symbol(lang),
                    concentration, 1.0, None,
                    c.on_kind.reform(move |v: f64| Baseline::Flow { flow, concentration: Some(v) }))}
            </>
        },
        Baseline::Farmland { area, coefficient } => html! {
            <>
                {c.number("area", field::AREA, x.area, x.unit_ha, area, 1.0, None,
                    c.on_kind.reform(move |v: f64| Baseline::Farmland { area: Some(v), coefficient }))}
                {coefficient_picker(coefficient, &c, move |k| Baseline::Farmland { area, coefficient: k })}
            </>
        },
    };
    let result = match props.outcome.as_ref().map(|o| &o.result) {
        Some(Ok(r)) => html! {
            <p class="tp-load-result" id={format!("{prefix}-result")}>
                {format!("{} {} {} × {} = ", x.baseline, q(r.baseline.central, lang), x.unit_t_tp_per_yr, pc(r.combined))}
                <strong>{q(r.avoided.central, lang)}</strong>{" "}{x.unit_t_tp_per_yr}
                {format!(" · {} {}", x.measures_counted, r.counted)}
            </p>
        },
        Some(Err(e)) => html! {
            <p class="tp-load-result tp-incomplete" id={format!("{prefix}-result")}>
                {x.not_counted}{" "}{error_text(e, lang)}
            </p>
        },
        None => html! {},
    };
    let title_id = format!("{prefix}-title");
    let label_id = format!("{prefix}-label");
    let on_add = props.on_tp.reform(move |_: MouseEvent| TpAction::AddOn(id));
    let on_remove = props
        .on_tp
        .reform(move |_: MouseEvent| TpAction::RemoveLoad(id));
    let remove_text = x.remove_load.replace("{n}", &props.measures_on.to_string());
    html! {
        <article class="tp-load" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{name.clone()}</h3>
            <div class="field">
                <label for={label_id.clone()}>{x.name_label}</label>
                <input id={label_id} type="text" autocomplete="off" value={l.label.clone()}
                    oninput={on_text(props.on_tp.reform(move |s| TpAction::RenameLoad(id, s)))} />
            </div>
            <div class="field">
                <label for={format!("{prefix}-kind")}>{x.baseline_kind}</label>
                <select id={format!("{prefix}-kind")} onchange={on_select(on_kind)}>{options}</select>
            </div>
            <div class="tp-inputs">{fields}</div>
            {result}
            <div class="tp-tools">
                <button type="button" class="tp-add-on" onclick={on_add}
                    aria-label={format!("{}: {name}", x.add_on_load)}>{"+ "}{x.add_on_load}</button>
                <button type="button" class="tp-remove" onclick={on_remove}
                    aria-label={format!("{remove_text}: {name}")}>{"× "}{remove_text}</button>
            </div>
        </article>
    }
}
