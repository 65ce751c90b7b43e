//! The list of measures: add, remove, reorder, edit; each with its inputs and its result.

use qingshan_core::eval::{CalcError, Overrides, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{
    field, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland, Industrial, Livestock,
    LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId, MeasureKind, MeasureOutcome,
    MeasureType, PlantUpgrade, SharedLoad, EXAMPLE_PLANT_FLOW,
};
use qingshan_core::text::Lang;
use qingshan_core::uncertainty::OutputStats;
use qingshan_core::units::Unit;
use std::rc::Rc;
use yew::prelude::*;

use super::common::{
    error_text, factor_value, field_error, load_name, load_name_by_id, measure_name, on_select,
    on_text, q, shown, text, type_name,
};
use super::results::out;
use crate::components::factor::{value_with_unit, FactorCite, GradeBadge};
use crate::components::field::NumberField;
use crate::components::tornado::{colon, mc_stats, Timed};
use crate::i18n::catalog;
use crate::state::tp::TpAction;

/// Props of [`MeasureList`].
#[derive(Properties, PartialEq)]
pub struct MeasureListProps {
    /// The page's language.
    pub lang: Lang,
    /// The measures, in order.
    pub measures: Vec<Measure>,
    /// Their results, in the same order (empty when the scenario cannot be computed).
    pub outcomes: Vec<MeasureOutcome>,
    /// The total (absent when the scenario cannot be computed).
    pub total: Option<Ranged>,
    /// The shared loads (for the "acts on" choice).
    pub loads: Vec<SharedLoad>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// The scenario's Monte Carlo run (its outputs laid out as [`super::results::out`]).
    pub mc: Rc<Timed>,
    /// Sends an edit.
    pub on_tp: Callback<TpAction>,
}

/// The Monte Carlo spread of the measure `id` (`outcomes` in the order of `Results::measures`,
/// which is the order of the analysis' per-measure outputs), or `None` without an analysis or
/// while the analysis is one task behind the central values (its central value for that slot
/// is not the card's: a measure was added, removed, moved or edited since it ran).
fn measure_stats(mc: &Timed, outcomes: &[MeasureOutcome], id: MeasureId) -> Option<OutputStats> {
    let i = outcomes.iter().position(|o| o.id == id)?;
    let central = outcomes[i].result.as_ref().ok()?.avoided.central;
    let s = mc_stats(mc.analysis.as_ref(), out::FIRST_MEASURE + i)?;
    ((s.central - central).abs() <= 1e-9 * central.abs().max(1.0)).then_some(s)
}

/// "90 %: a – b" (t TP/yr, the card's unit follows), or "90 %: a (its factors have no range)".
fn mc_line(s: &OutputStats, lang: Lang) -> String {
    let u = &catalog(lang).uncertainty;
    let (a, b) = (q(s.p5, lang), q(s.p95, lang));
    let sep = colon(lang);
    if a == b {
        format!("{}{sep}{a}, {}", u.range_short, u.no_spread_short)
    } else {
        format!("{}{sep}{a} – {b}", u.range_short)
    }
}

/// The measure list with its "add" buttons and a running total.
#[component]
pub fn MeasureList(props: &MeasureListProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let count = props.measures.len();
    html! {
        <section class="panel tp-measures" aria-labelledby="tp-measures-title">
            <h2 id="tp-measures-title">{x.measures_title}</h2>
            <p class="method-note">{x.measures_intro}</p>
            <p class="tp-running-total" aria-live="polite">
                {x.total_label}{" "}
                <strong id="tp-total">{props.total.map_or_else(|| "—".to_string(), |t| q(t.central, lang))}</strong>
                {" "}{x.unit_t_tp_per_yr}
            </p>
            if count == 0 {
                <p class="notice">{x.no_measures}</p>
            }
            <ol class="tp-measure-list">
                { for props.measures.iter().enumerate().map(|(i, m)| {
                    let outcome = props.outcomes.iter().find(|o| o.id == m.id).cloned();
                    html! {
                        <li key={m.id.0}>
                            <MeasureCard lang={lang} measure={m.clone()} position={i} count={count}
                                outcome={outcome} loads={props.loads.clone()}
                                mc={measure_stats(&props.mc, &props.outcomes, m.id)}
                                overrides={props.overrides.clone()} on_tp={props.on_tp.clone()} />
                        </li>
                    }
                }) }
            </ol>
            <div class="tp-add" role="group" aria-labelledby="tp-add-label">
                <p id="tp-add-label" class="tp-add-label">{x.add_measure}</p>
                { for MeasureType::ALL.into_iter().map(|t| {
                    let onclick = props.on_tp.reform(move |_: MouseEvent| TpAction::Add(t));
                    html! {
                        <button type="button" id={format!("tp-add-{}", t.key())} {onclick}>
                            {"+ "}{type_name(t, lang)}
                        </button>
                    }
                }) }
            </div>
        </section>
    }
}

/// Props of [`MeasureCard`].
#[derive(Properties, PartialEq)]
pub struct MeasureCardProps {
    /// The page's language.
    pub lang: Lang,
    /// The measure.
    pub measure: Measure,
    /// Its place in the list (0-based).
    pub position: usize,
    /// The number of measures.
    pub count: usize,
    /// Its result.
    pub outcome: Option<MeasureOutcome>,
    /// Its Monte Carlo spread (issue 9), once the analysis has caught up with its result.
    pub mc: Option<OutputStats>,
    /// The shared loads.
    pub loads: Vec<SharedLoad>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_tp: Callback<TpAction>,
}

/// What the inputs of a measure (`K` = [`MeasureKind`]) or a shared load's baseline
/// (`K` = `Baseline`) need to render: element-id prefix, the error the calculation reported,
/// the factors in use, and the callback taking the edited inputs.
pub(super) struct Ctx<'a, K> {
    pub lang: Lang,
    pub prefix: String,
    pub error: Option<&'a CalcError>,
    pub overrides: &'a Overrides,
    pub on_kind: Callback<K>,
}

impl<K: 'static> Ctx<'_, K> {
    fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    /// A number field for an input that may be missing; `scale` 100 shows a share in %.
    #[allow(clippy::too_many_arguments)]
    pub fn number(
        &self,
        name: &str,
        key: &'static str,
        label: &'static str,
        unit: &str,
        value: Option<f64>,
        scale: f64,
        hint: Option<&'static str>,
        on: Callback<f64>,
    ) -> Html {
        let x = text(self.lang);
        let hint = hint.or_else(|| value.is_none().then_some(x.no_default_hint));
        html! {
            <NumberField id={self.id(name)} label={label} unit={unit.to_string()} value={shown(value)}
                scale={scale} on_change={on} hint={hint.map(AttrValue::from)}
                error={field_error(self.error, key, value.is_none(), self.lang)} lang={self.lang} />
        }
    }

    /// A library factor chosen in a measure: its value in use, grade, whether the user changed
    /// it, and its full pedigree one click away.
    pub fn factor_brief(&self, id: &'static str) -> Html {
        let lang = self.lang;
        let Some(f) = Library::standard().get(id) else {
            return html! {};
        };
        let v = factor_value(id, self.overrides).unwrap_or(f.value);
        let w = &catalog(lang).widgets;
        html! {
            <div class="tp-factor-brief">
                <span class="tp-factor-value">{value_with_unit(f, v, lang)}</span>
                <GradeBadge grade={f.grade()} lang={lang} />
                if self.overrides.is_overridden(id) {
                    <span class="tp-changed">{w.changed_by_you}</span>
                }
                <details class="factor-details">
                    <summary>{w.source}</summary>
                    <FactorCite id={id} lang={lang} />
                </details>
            </div>
        }
    }

    /// A `<select>` with a visible label.
    pub fn select(&self, name: &str, label: &str, options: Html, on: Callback<String>) -> Html {
        let id = self.id(name);
        html! {
            <div class="field">
                <label for={id.clone()}>{label.to_string()}</label>
                <select id={id} onchange={on_select(on)}>{options}</select>
            </div>
        }
    }
}

/// An `<option>` naming a library factor with its value in use.
fn factor_option<K: 'static>(id: &'static str, key: &str, selected: bool, c: &Ctx<K>) -> Html {
    let Some(f) = Library::standard().get(id) else {
        return html! {};
    };
    let v = factor_value(id, c.overrides).unwrap_or(f.value);
    html! {
        <option value={key.to_string()} selected={selected}>
            {format!("{} · {}", f.def.name.get(c.lang), value_with_unit(f, v, c.lang))}
        </option>
    }
}

/// One measure: its name, tools, inputs and result.
#[component]
pub fn MeasureCard(props: &MeasureCardProps) -> Html {
    let lang = props.lang;
    let x = text(lang);
    let m = &props.measure;
    let id = m.id;
    let name = measure_name(m, props.position, lang);
    let prefix = format!("tp-m{}", id.0);
    let error = props.outcome.as_ref().and_then(|o| o.result.as_ref().err());
    let ctx = Ctx {
        lang,
        prefix: prefix.clone(),
        error,
        overrides: &props.overrides,
        on_kind: props.on_tp.reform(move |k| TpAction::Edit(id, k)),
    };
    let inputs = match &m.kind {
        MeasureKind::Plant(p) => plant(p, &ctx),
        MeasureKind::Industrial(i) => industrial(i, &ctx),
        MeasureKind::Farmland(f) => farmland(f, &ctx),
        MeasureKind::Livestock(l) => livestock(l, &ctx),
        MeasureKind::Direct(d) => direct(*d, &ctx),
        MeasureKind::Efficiency(e) => efficiency(*e, &props.loads, &ctx),
    };
    let tool = |action: TpAction| props.on_tp.reform(move |_: MouseEvent| action.clone());
    let result = match props.outcome.as_ref().map(|o| &o.result) {
        Some(Ok(r)) => html! {
            <p class="tp-measure-result" id={format!("{prefix}-result")}>
                {x.avoids}{" "}
                <strong class="tp-measure-value">{q(r.avoided.central, lang)}</strong>
                {" "}{x.unit_t_tp_per_yr}
                if let Some(s) = props.mc {
                    // The 90 % range; the all-ends bound stays in the "how" panel's arithmetic.
                    <span class="result-range mc-cell" id={format!("{prefix}-mc")}
                        data-p5={s.p5.to_string()} data-p95={s.p95.to_string()}>
                        {format!(" ({})", mc_line(&s, lang))}
                    </span>
                } else if q(r.avoided.low, lang) != q(r.avoided.high, lang) {
                    <span class="result-range">
                        {format!(" ({} {} – {})", x.range, q(r.avoided.low, lang), q(r.avoided.high, lang))}
                    </span>
                }
            </p>
        },
        Some(Err(e)) => html! {
            <p class="tp-measure-result tp-incomplete" id={format!("{prefix}-result")}>
                {x.not_counted}{" "}{error_text(e, lang)}
            </p>
        },
        None => html! {},
    };
    let title_id = format!("{prefix}-title");
    let label_id = format!("{prefix}-label");
    html! {
        <article class={classes!("tp-measure", format!("tp-kind-{}", m.kind.measure_type().key()))}
            aria-labelledby={title_id.clone()}>
            <div class="tp-measure-head">
                <h3 id={title_id}>{name.clone()}</h3>
                <div class="tp-tools">
                    <button type="button" class="tp-up" disabled={props.position == 0}
                        aria-label={format!("{}: {name}", x.move_up)} onclick={tool(TpAction::MoveUp(id))}>
                        {"↑ "}{x.move_up}
                    </button>
                    <button type="button" class="tp-down" disabled={props.position + 1 >= props.count}
                        aria-label={format!("{}: {name}", x.move_down)} onclick={tool(TpAction::MoveDown(id))}>
                        {"↓ "}{x.move_down}
                    </button>
                    <button type="button" class="tp-remove"
                        aria-label={format!("{}: {name}", x.remove)} onclick={tool(TpAction::Remove(id))}>
                        {"× "}{x.remove}
                    </button>
                </div>
            </div>
            if !m.label.trim().is_empty() {
                <p class="tp-kind">{type_name(m.kind.measure_type(), lang)}</p>
            }
            <div class="tp-inputs">
                {inputs}
                <div class="field tp-name">
                    <label for={label_id.clone()}>{x.name_label}</label>
                    <input id={label_id} type="text" autocomplete="off" value={m.label.clone()}
                        oninput={on_text(props.on_tp.reform(move |s| TpAction::Rename(id, s)))} />
                </div>
            </div>
            {result}
        </article>
    }
}

fn effluent_picker(
    name: &'static str,
    key: &'static str,
    label: &'static str,
    value: Effluent,
    c: &Ctx<MeasureKind>,
    set: impl Fn(Effluent) -> MeasureKind + 'static,
) -> Html {
    let x = text(c.lang);
    let set = std::rc::Rc::new(set);
    let on_pick = {
        let set = set.clone();
        let current = value;
        c.on_kind.reform(move |k: String| {
            set(EffluentClass::from_key(&k).map_or(
                match current {
                    Effluent::Entered(v) => Effluent::Entered(v),
                    Effluent::Class(_) => Effluent::Entered(None),
                },
                Effluent::Class,
            ))
        })
    };
    let options = html! {
        <>
            { for EffluentClass::ALL.into_iter().map(|k| factor_option(
                k.factor_id(), k.key(), value == Effluent::Class(k), c)) }
            <option value="own" selected={matches!(value, Effluent::Entered(_))}>{x.own_value}</option>
        </>
    };
    let detail = match value {
        Effluent::Class(k) => c.factor_brief(k.factor_id()),
        Effluent::Entered(v) => {
            let on = c
                .on_kind
                .reform(move |x: f64| set(Effluent::Entered(Some(x))));
            c.number(
                name,
                key,
                x.own_concentration,
                Unit::MgPerLitre.symbol(c.lang),
                v,
                1.0,
                None,
                on,
            )
        }
    };
    html! {
        <div class="tp-pick">
            {c.select(&format!("{name}-class"), label, options, on_pick)}
            {detail}
        </div>
    }
}

fn plant(p: &PlantUpgrade, c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let with = |p: &PlantUpgrade, f: &dyn Fn(&mut PlantUpgrade)| {
        let mut p = p.clone();
        f(&mut p);
        MeasureKind::Plant(p)
    };
    let on_flow = {
        let p = p.clone();
        c.on_kind
            .reform(move |v: f64| with(&p, &|p| p.flow = Some(v)))
    };
    let hint = (p.flow == Some(EXAMPLE_PLANT_FLOW)).then_some(x.example_flow_hint);
    let before = {
        let p = p.clone();
        move |e| with(&p, &|p| p.before = e)
    };
    let after = {
        let p = p.clone();
        move |e| with(&p, &|p| p.after = e)
    };
    html! {
        <>
            {c.number("flow", field::FLOW, x.flow, Unit::CubicMetresPerDay.symbol(c.lang), p.flow, 1.0, hint, on_flow)}
            {effluent_picker("before", field::BEFORE, x.before, p.before, c, before)}
            {effluent_picker("after", field::AFTER, x.after, p.after, c, after)}
        </>
    }
}

fn industrial(i: &Industrial, c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let edit = |f: fn(&mut Industrial, f64)| {
        let i = i.clone();
        c.on_kind.reform(move |v: f64| {
            let mut i = i.clone();
            f(&mut i, v);
            MeasureKind::Industrial(i)
        })
    };
    let mgl = Unit::MgPerLitre.symbol(c.lang);
    html! {
        <>
            {c.number("flow", field::FLOW, x.flow, Unit::CubicMetresPerDay.symbol(c.lang), i.flow, 1.0, None,
                edit(|i, v| i.flow = Some(v)))}
            {c.number("before", field::BEFORE, x.before, mgl, i.before, 1.0, None,
                edit(|i, v| i.before = Some(v)))}
            {c.number("after", field::AFTER, x.after, mgl, i.after, 1.0, None,
                edit(|i, v| i.after = Some(v)))}
        </>
    }
}

/// The loss-coefficient choice (farmland measures and farmland shared loads).
pub(super) fn coefficient_picker<K: 'static>(
    value: LossCoefficient,
    c: &Ctx<K>,
    set: impl Fn(LossCoefficient) -> K + 'static,
) -> Html {
    let x = text(c.lang);
    let set = std::rc::Rc::new(set);
    let on_pick = {
        let set = set.clone();
        c.on_kind.reform(move |k: String| {
            set(if k == "library" {
                LossCoefficient::YangtzeMidLower
            } else {
                LossCoefficient::Entered(None)
            })
        })
    };
    let options = html! {
        <>
            {factor_option(LossCoefficient::FACTOR, "library", value == LossCoefficient::YangtzeMidLower, c)}
            <option value="own" selected={matches!(value, LossCoefficient::Entered(_))}>{x.own_value}</option>
        </>
    };
    let detail = match value {
        LossCoefficient::YangtzeMidLower => c.factor_brief(LossCoefficient::FACTOR),
        LossCoefficient::Entered(v) => {
            let on = c
                .on_kind
                .reform(move |x: f64| set(LossCoefficient::Entered(Some(x))));
            c.number(
                "coefficient",
                field::COEFFICIENT,
                x.own_coefficient,
                Unit::KgPPerHectareYear.symbol(c.lang),
                v,
                1.0,
                None,
                on,
            )
        }
    };
    html! {
        <div class="tp-pick">
            {c.select("coefficient-choice", x.coefficient, options, on_pick)}
            {detail}
        </div>
    }
}

fn farmland(m: &Farmland, c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let edit = |f: fn(&mut Farmland, f64)| {
        let m = m.clone();
        c.on_kind.reform(move |v: f64| {
            let mut m = m.clone();
            f(&mut m, v);
            MeasureKind::Farmland(m)
        })
    };
    let set_coefficient = {
        let m = m.clone();
        move |k| {
            let mut m = m.clone();
            m.coefficient = k;
            MeasureKind::Farmland(m)
        }
    };
    html! {
        <>
            {c.number("area", field::AREA, x.area, x.unit_ha, m.area, 1.0, None, edit(|m, v| m.area = Some(v)))}
            {coefficient_picker(m.coefficient, c, set_coefficient)}
            {c.number("removal", field::REMOVAL, x.removal, "%", m.removal, 100.0, None,
                edit(|m, v| m.removal = Some(v)))}
        </>
    }
}

fn livestock(m: &Livestock, c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let edit = |f: fn(&mut Livestock, f64)| {
        let m = m.clone();
        c.on_kind.reform(move |v: f64| {
            let mut m = m.clone();
            f(&mut m, v);
            MeasureKind::Livestock(m)
        })
    };
    let on_pick = {
        let m = m.clone();
        c.on_kind.reform(move |k: String| {
            let mut m = m.clone();
            m.manure_p = Manure::from_key(&k).map_or(ManureP::Entered(None), ManureP::Library);
            MeasureKind::Livestock(m)
        })
    };
    let options = html! {
        <>
            { for Manure::ALL.into_iter().map(|k| factor_option(
                k.factor_id(), k.key(), m.manure_p == ManureP::Library(k), c)) }
            <option value="own" selected={matches!(m.manure_p, ManureP::Entered(_))}>{x.own_value}</option>
        </>
    };
    let detail = match m.manure_p {
        ManureP::Library(k) => html! {
            <>
                {c.factor_brief(k.factor_id())}
                <p class="tp-unverified">{x.unverified_manure}</p>
            </>
        },
        ManureP::Entered(v) => c.number(
            "manure-p",
            field::MANURE_P,
            x.own_manure_p,
            Unit::KgPPerTonneManure.symbol(c.lang),
            v,
            1.0,
            None,
            edit(|m, v| m.manure_p = ManureP::Entered(Some(v))),
        ),
    };
    html! {
        <>
            {c.number("heads", field::HEADS, x.heads, x.unit_heads, m.heads, 1.0, None, edit(|m, v| m.heads = Some(v)))}
            {c.number("manure", field::MANURE_PER_HEAD, x.manure_per_head, x.unit_t_per_head_yr,
                m.manure_per_head, 1.0, Some(x.manure_per_head_hint), edit(|m, v| m.manure_per_head = Some(v)))}
            <div class="tp-pick">
                {c.select("manure-p-choice", x.manure_p, options, on_pick)}
                {detail}
            </div>
            {c.number("removal", field::REMOVAL, x.removal, "%", m.removal, 100.0, None,
                edit(|m, v| m.removal = Some(v)))}
        </>
    }
}

fn direct(d: DirectLoad, c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let on_pick = c.on_kind.reform(move |k: String| {
        MeasureKind::Direct(if k == "report" {
            DirectLoad::ReportTotal
        } else {
            match d {
                DirectLoad::Entered(v) => DirectLoad::Entered(v),
                DirectLoad::ReportTotal => DirectLoad::Entered(None),
            }
        })
    });
    let options = html! {
        <>
            {factor_option(DirectLoad::REPORT_FACTOR, "report", d == DirectLoad::ReportTotal, c)}
            <option value="own" selected={matches!(d, DirectLoad::Entered(_))}>{x.own_value}</option>
        </>
    };
    let detail = match d {
        DirectLoad::ReportTotal => html! {
            <>
                {c.factor_brief(DirectLoad::REPORT_FACTOR)}
                <p class="tp-unverified">{x.report_total_as_yearly}</p>
            </>
        },
        DirectLoad::Entered(v) => c.number(
            "load",
            field::LOAD,
            x.direct_load,
            x.unit_t_tp_per_yr,
            v,
            1.0,
            None,
            c.on_kind
                .reform(|v: f64| MeasureKind::Direct(DirectLoad::Entered(Some(v)))),
        ),
    };
    html! {
        <div class="tp-pick">
            {c.select("load-choice", x.direct_source, options, on_pick)}
            {detail}
        </div>
    }
}

fn efficiency(e: Efficiency, loads: &[SharedLoad], c: &Ctx<MeasureKind>) -> Html {
    let x = text(c.lang);
    let on_pick = c.on_kind.reform(move |k: String| {
        MeasureKind::Efficiency(Efficiency {
            load: k.parse().map_or(e.load, LoadId),
            ..e
        })
    });
    let options = html! {
        <>
            if loads.iter().all(|l| l.id != e.load) {
                <option value="" selected=true>{load_name_by_id(e.load, loads, c.lang)}</option>
            }
            { for loads.iter().map(|l| html! {
                <option value={l.id.0.to_string()} selected={l.id == e.load}>{load_name(l, loads, c.lang)}</option>
            }) }
        </>
    };
    let on_eta = c.on_kind.reform(move |v: f64| {
        MeasureKind::Efficiency(Efficiency {
            efficiency: Some(v),
            ..e
        })
    });
    html! {
        <>
            {c.select("acts-on", x.acts_on, options, on_pick)}
            {c.number("efficiency", field::EFFICIENCY, x.efficiency, "%", e.efficiency, 100.0, None, on_eta)}
            <p class="method-note">{x.efficiency_note}</p>
        </>
    }
}
