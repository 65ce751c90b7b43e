//! The activity lines: one editor per line, the "add a line" control.
//!
//! Each editor emits whole activities (`SetActivity`); the state normalises them. A line's
//! factors are listed under it (value, unit, grade; a changed one is marked) and edited once for
//! the whole scenario in the factors panel, so that no element id repeats.

use qingshan_core::carbon::{
    Activity, ActivityKind, CarbonError, DirectGas, ElectricityUse, EnergyUnit, Fuel, FuelUnit,
    Line, LineId, LineOutcome, MassUnit, NonCo2, Process, Variant, Vehicle, FIELD_CH4, FIELD_N2O,
    FIELD_QUANTITY,
};
use qingshan_core::eval::{CalcError, Overrides};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use yew::prelude::*;

use super::choice::{Choice, Group};
use super::names::{self, text};
use crate::components::factor::{value_with_unit, GradeBadge};
use crate::components::field::NumberField;
use crate::i18n::catalog;
use crate::state::carbon::CarbonAction;

/// `a` with the number of its field `field` (the id suffix of its input: `quantity`, `ch4`,
/// `n2o`) set to `x`; `None` for a field the activity does not have.
///
/// One function for every number field (and [`with_choice`] for every option) instead of a
/// boxed closure per field: each closure cost its own vtable and shim in the wasm
/// (docs/size.md, "What was tried").
fn with_number(a: Activity, field: &str, x: f64) -> Option<Activity> {
    Some(match (a, field) {
        (Activity::Electricity { unit, .. }, "quantity") => {
            Activity::Electricity { amount: x, unit }
        }
        (Activity::ElectricityUse { benchmark, .. }, "quantity") => Activity::ElectricityUse {
            benchmark,
            count: x,
        },
        (
            Activity::Fuel {
                fuel,
                unit,
                non_co2,
                ..
            },
            "quantity",
        ) => Activity::Fuel {
            fuel,
            amount: x,
            unit,
            non_co2,
        },
        (
            Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2: NonCo2::Entered { n2o_kg_per_tj, .. },
            },
            "ch4",
        ) => Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2: NonCo2::Entered {
                ch4_kg_per_tj: x,
                n2o_kg_per_tj,
            },
        },
        (
            Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2: NonCo2::Entered { ch4_kg_per_tj, .. },
            },
            "n2o",
        ) => Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2: NonCo2::Entered {
                ch4_kg_per_tj,
                n2o_kg_per_tj: x,
            },
        },
        (Activity::Vehicle { vehicle, .. }, "quantity") => Activity::Vehicle { vehicle, km: x },
        (Activity::Process { process, .. }, "quantity") => Activity::Process { process, tonnes: x },
        (Activity::Direct { unit, gas, .. }, "quantity") => Activity::Direct {
            amount: x,
            unit,
            gas,
        },
        _ => return None,
    })
}

/// `a` with its option `field` (the id suffix of its choice: `unit`, `benchmark`, `fuel`,
/// `non-co2`, `vehicle`, `process`, `gas`) set to the option `k`; `None` for an unknown option
/// or a field the activity does not have.
fn with_choice(a: Activity, field: &str, k: &str) -> Option<Activity> {
    Some(match (a, field) {
        (Activity::Electricity { amount, .. }, "unit") => Activity::Electricity {
            amount,
            unit: EnergyUnit::from_key(k)?,
        },
        (Activity::ElectricityUse { count, .. }, "benchmark") => Activity::ElectricityUse {
            benchmark: ElectricityUse::from_key(k)?,
            count,
        },
        (
            Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2,
            },
            _,
        ) => match field {
            "fuel" => Activity::Fuel {
                fuel: Fuel::from_key(k)?,
                amount,
                unit,
                non_co2,
            },
            "unit" => Activity::Fuel {
                fuel,
                amount,
                unit: FuelUnit::from_key(k)?,
                non_co2,
            },
            "non-co2" => Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2: match k {
                    "ipcc" => NonCo2::IpccLiquidStationary,
                    "entered" => match non_co2 {
                        e @ NonCo2::Entered { .. } => e,
                        _ => NonCo2::Entered {
                            ch4_kg_per_tj: 0.0,
                            n2o_kg_per_tj: 0.0,
                        },
                    },
                    _ => NonCo2::Omit,
                },
            },
            _ => return None,
        },
        (Activity::Vehicle { km, .. }, "vehicle") => Activity::Vehicle {
            vehicle: Vehicle::from_key(k)?,
            km,
        },
        (Activity::Process { tonnes, .. }, "process") => Activity::Process {
            process: Process::from_key(k)?,
            tonnes,
        },
        (Activity::Direct { amount, unit, .. }, "gas") => Activity::Direct {
            amount,
            unit,
            gas: DirectGas::from_key(k)?,
        },
        (Activity::Direct { amount, gas, .. }, "unit") => Activity::Direct {
            amount,
            unit: MassUnit::from_key(k)?,
            gas,
        },
        _ => return None,
    })
}

fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    name: impl Fn(T) -> String,
) -> Vec<Group> {
    Group::plain(all.iter().map(|&v| (key(v).to_string(), name(v))).collect())
}

/// Props of [`LineEditor`].
#[derive(Properties, PartialEq)]
pub struct LineEditorProps {
    /// The page's language.
    pub lang: Lang,
    /// The line.
    pub line: Line,
    /// Its position (1-based), for its name.
    pub number: usize,
    /// Its problems (from `validate` and the calculation).
    pub errors: Vec<CarbonError>,
    /// The line at the central point, when the scenario computes.
    pub outcome: Option<LineOutcome>,
    /// The factors the user changed (to mark them).
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_action: Callback<CarbonAction>,
}

fn field_error(errors: &[CarbonError], field: &str, lang: Lang) -> Option<AttrValue> {
    errors.iter().find_map(|e| match e {
        CarbonError::Input {
            error: CalcError::Input { field: f, .. },
            ..
        } if *f == field => Some(AttrValue::from(names::error(e, lang))),
        _ => None,
    })
}

/// One line's editor.
#[component]
#[allow(clippy::too_many_lines)]
pub fn LineEditor(props: &LineEditorProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let Line {
        id,
        variant,
        activity,
    } = props.line;
    let fid = |name: &str| format!("carbon-line-{}-{name}", id.0);
    let set = |field: &'static str| {
        let cb = props.on_action.clone();
        Callback::from(move |x: f64| {
            if let Some(a) = with_number(activity, field, x) {
                cb.emit(CarbonAction::SetActivity(id, a));
            }
        })
    };
    let choose = |field: &'static str| {
        let cb = props.on_action.clone();
        Callback::from(move |k: String| {
            if let Some(a) = with_choice(activity, field, &k) {
                cb.emit(CarbonAction::SetActivity(id, a));
            }
        })
    };
    let quantity_error = field_error(&props.errors, FIELD_QUANTITY, lang);
    let quantity = |label: &'static str, value: f64, unit: &'static str| {
        html! {
            <NumberField id={fid("quantity")} label={label} unit={unit} value={value}
                on_change={set("quantity")} error={quantity_error.clone()} lang={lang} />
        }
    };
    let mut unit_error = None;
    let mut non_co2_error = None;
    for e in &props.errors {
        match e {
            CarbonError::UnitMismatch { .. } => {
                unit_error = Some(AttrValue::from(names::error(e, lang)));
            }
            CarbonError::NoNonCo2Default { .. } => {
                non_co2_error = Some(AttrValue::from(names::error(e, lang)));
            }
            _ => {}
        }
    }
    let fields = match activity {
        Activity::Electricity { amount, unit } => html! {
            <>
                { quantity(t.quantity, amount, "") }
                <Choice id={fid("unit")} label={t.unit} selected={unit.key()}
                    groups={options(EnergyUnit::ALL, EnergyUnit::key, |u| names::energy_unit(u, lang).to_string())}
                    on_change={choose("unit")} />
            </>
        },
        Activity::ElectricityUse { benchmark, count } => html! {
            <>
                <Choice id={fid("benchmark")} label={t.use_benchmark} selected={benchmark.key()}
                    groups={options(ElectricityUse::ALL, ElectricityUse::key, |u| names::electricity_use(u, lang).to_string())}
                    on_change={choose("benchmark")} />
                { quantity(t.count, count, names::count_unit(benchmark.per(), lang)) }
            </>
        },
        Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2,
        } => {
            let units: Vec<FuelUnit> = FuelUnit::ALL
                .iter()
                .copied()
                .filter(|u| fuel.accepts(*u))
                .collect();
            let mut kinds = vec![("none", t.non_co2_omit)];
            if fuel.has_liquid_default() {
                kinds.push(("ipcc", t.non_co2_ipcc));
            }
            kinds.push(("entered", t.non_co2_entered));
            let kinds = Group::plain(
                kinds
                    .into_iter()
                    .map(|(k, l)| (k.to_string(), l.to_string()))
                    .collect(),
            );
            let hint = (!fuel.has_liquid_default() && non_co2 == NonCo2::Omit)
                .then_some(AttrValue::from(t.non_co2_ask));
            let entered = match non_co2 {
                NonCo2::Entered {
                    ch4_kg_per_tj,
                    n2o_kg_per_tj,
                } => {
                    let nf = |name: &'static str, label: &'static str, value: f64, field: &str| {
                        html! {
                            <NumberField id={fid(name)} label={label} unit={t.unit_kg_per_tj} value={value}
                                on_change={set(name)} error={field_error(&props.errors, field, lang)} lang={lang} />
                        }
                    };
                    html! {
                        <>
                            { nf("ch4", t.ch4_factor, ch4_kg_per_tj, FIELD_CH4) }
                            { nf("n2o", t.n2o_factor, n2o_kg_per_tj, FIELD_N2O) }
                        </>
                    }
                }
                _ => html! {},
            };
            html! {
                <>
                    <Choice id={fid("fuel")} label={t.fuel} selected={fuel.key()}
                        groups={options(Fuel::ALL, Fuel::key, |f| f.name().get(lang).to_string())}
                        on_change={choose("fuel")} />
                    { quantity(t.quantity, amount, "") }
                    <Choice id={fid("unit")} label={t.unit} selected={unit.key()} error={unit_error}
                        groups={options(&units, FuelUnit::key, |u| names::fuel_unit(u, lang).to_string())}
                        on_change={choose("unit")} />
                    <Choice id={fid("non-co2")} label={t.non_co2} selected={non_co2.key()} groups={kinds}
                        hint={hint} error={non_co2_error}
                        on_change={choose("non-co2")} />
                    {entered}
                </>
            }
        }
        Activity::Vehicle { vehicle, km } => html! {
            <>
                <Choice id={fid("vehicle")} label={t.vehicle} selected={vehicle.key()}
                    groups={options(Vehicle::ALL, Vehicle::key, |v| names::vehicle(v, lang).to_string())}
                    on_change={choose("vehicle")} />
                { quantity(t.distance, km, t.unit_km) }
            </>
        },
        Activity::Process { process, tonnes } => html! {
            <>
                <Choice id={fid("process")} label={t.process} selected={process.key()}
                    groups={options(Process::ALL, Process::key, |p| names::process(p, lang).to_string())}
                    on_change={choose("process")} />
                { quantity(t.quantity, tonnes, names::material(process.material(), lang)) }
            </>
        },
        Activity::Direct { amount, unit, gas } => html! {
            <>
                <Choice id={fid("gas")} label={t.direct_gas} selected={gas.key()}
                    groups={options(DirectGas::ALL, DirectGas::key, |g| names::direct_gas(g, lang).to_string())}
                    on_change={choose("gas")} />
                { quantity(t.quantity, amount, "") }
                <Choice id={fid("unit")} label={t.unit} selected={unit.key()}
                    groups={options(MassUnit::ALL, MassUnit::key, |u| names::mass_unit(u, lang).to_string())}
                    on_change={choose("unit")} />
            </>
        },
    };
    let on_variant = {
        let cb = props.on_action.clone();
        Callback::from(move |k: String| {
            if let Some(v) = Variant::from_key(&k) {
                cb.emit(CarbonAction::SetVariant(id, v));
            }
        })
    };
    let on_remove = {
        let cb = props.on_action.clone();
        Callback::from(move |_| cb.emit(CarbonAction::RemoveLine(id)))
    };
    let other_errors: Vec<String> = props
        .errors
        .iter()
        .filter(|e| match e {
            CarbonError::Input {
                error: CalcError::Input { field, .. },
                ..
            } => !names::is_input_field(field),
            CarbonError::Input { .. } => true,
            _ => false,
        })
        .map(|e| names::error(e, lang))
        .collect();
    let legend = format!(
        "{} {} · {}",
        t.line,
        props.number,
        names::activity_kind(activity.kind(), lang)
    );
    html! {
        <fieldset class={classes!("carbon-line", format!("carbon-line-{}", activity.kind().key()))} id={fid("box")}>
            <legend>{legend}</legend>
            <div class="carbon-line-fields">
                {fields}
                <Choice id={fid("variant")} label={t.variant} selected={variant.key()}
                    groups={options(Variant::ALL, Variant::key, |v| names::variant(v, lang).to_string())}
                    on_change={on_variant} />
            </div>
            <LineFactors lang={lang} outcome={props.outcome.clone()} overrides={props.overrides.clone()} />
            { for other_errors.iter().map(|e| html! { <p class="field-error">{e.clone()}</p> }) }
            <div class="carbon-line-foot">
                if let Some(o) = &props.outcome {
                    <p class="carbon-line-result">
                        {t.line_result}{" "}
                        <output for={fid("quantity")} id={fid("result")}>{names::mass(o.kg_co2e(), lang)}</output>
                    </p>
                }
                <button type="button" class="link-button" onclick={on_remove}
                    aria-label={format!("{} {} {}", t.remove_line, t.line, props.number)}>
                    {t.remove_line}
                </button>
            </div>
        </fieldset>
    }
}

/// Props of [`LineFactors`].
#[derive(Properties, PartialEq)]
pub struct LineFactorsProps {
    /// The page's language.
    pub lang: Lang,
    /// The line at the central point.
    pub outcome: Option<LineOutcome>,
    /// The factors the user changed.
    pub overrides: Overrides,
}

/// The factors a line multiplies by: name, value with unit, grade; a changed one is marked.
#[component]
pub fn LineFactors(props: &LineFactorsProps) -> Html {
    let lang = props.lang;
    let Some(o) = &props.outcome else {
        return html! {};
    };
    let w = &catalog(lang).widgets;
    let lib = Library::standard();
    html! {
        <ul class="line-factors">
            { for o.terms.iter().filter_map(|term| {
                let f = lib.get(term.id)?;
                let changed = props.overrides.is_overridden(term.id);
                Some(html! {
                    <li class={classes!(changed.then_some("overridden"))}>
                        {f.def.name.get(lang)}{": "}
                        <span class="num">{value_with_unit(f, term.value, lang)}</span>{" "}
                        <GradeBadge grade={f.grade()} lang={lang} />
                        if changed { {" · "}{w.changed_by_you} }
                    </li>
                })
            }) }
        </ul>
    }
}

/// Props of [`LinesPanel`].
#[derive(Properties, PartialEq)]
pub struct LinesPanelProps {
    /// The page's language.
    pub lang: Lang,
    /// The lines.
    pub lines: Vec<Line>,
    /// Every input problem (all lines).
    pub errors: Vec<CarbonError>,
    /// Each line at the central point, when the scenario computes.
    pub outcomes: Vec<LineOutcome>,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// Sends an edit.
    pub on_action: Callback<CarbonAction>,
}

/// Every line's editor and the "add a line" control.
#[component]
pub fn LinesPanel(props: &LinesPanelProps) -> Html {
    let lang = props.lang;
    let t = text(lang);
    let kind = use_state(|| ActivityKind::Electricity);
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |k: String| {
            if let Some(x) = ActivityKind::from_key(&k) {
                kind.set(x);
            }
        })
    };
    let on_add = {
        let cb = props.on_action.clone();
        let kind = *kind;
        Callback::from(move |_| cb.emit(CarbonAction::AddLine(kind)))
    };
    let errors_of = |id: LineId| -> Vec<CarbonError> {
        props
            .errors
            .iter()
            .filter(|e| e.line() == Some(id))
            .copied()
            .collect()
    };
    html! {
        <section class="panel carbon-lines" aria-labelledby="carbon-lines-h">
            <h2 id="carbon-lines-h">{t.lines_heading}</h2>
            if props.lines.is_empty() {
                <p class="notice">{t.empty_lines}</p>
            }
            { for props.lines.iter().enumerate().map(|(i, line)| html! {
                <LineEditor key={line.id.0} lang={lang} line={*line} number={i + 1}
                    errors={errors_of(line.id)}
                    outcome={props.outcomes.iter().find(|o| o.id == line.id).cloned()}
                    overrides={props.overrides.clone()} on_action={props.on_action.clone()} />
            }) }
            <div class="carbon-add">
                <Choice id="carbon-add-kind" label={t.add_kind} selected={kind.key()}
                    groups={options(ActivityKind::ALL, ActivityKind::key, |k| names::activity_kind(k, lang).to_string())}
                    on_change={on_kind} />
                <button type="button" id="carbon-add-line" onclick={on_add}>{t.add_line}</button>
            </div>
        </section>
    }
}
