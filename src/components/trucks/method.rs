//! "How this is computed": the formulas, the inputs and factors in use (with grade and source),
//! the assumptions, and the report the preset comes from.

use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::figures::{self, REPORT};
use qingshan_core::text::Lang;
use qingshan_core::trucks::{
    self, Baseline, DieselBasis, Duty, GridKind, TruckResult, DIESEL_CONSUMPTION,
    ELECTRIC_CONSUMPTION,
};
use qingshan_core::uncertainty::DEFAULT_SAMPLES;
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::{differs, Outcome};
use crate::components::factor::{value_with_unit, FactorCite, GradeBadge};
use crate::components::tornado::MethodNote;
use crate::format::{plain, quantity};
use crate::i18n::catalog;
use crate::state::trucks::TrucksState;

/// Props of [`TrucksMethod`].
#[derive(Properties, PartialEq)]
pub struct TrucksMethodProps {
    /// The page's language.
    pub lang: Lang,
    /// The panel's inputs.
    pub state: TrucksState,
    /// The factors the user changed.
    pub overrides: Overrides,
    /// The calculation's outcome (its central values fill in the formulas).
    pub outcome: Outcome,
}

/// Significant digits of the numbers put into the formulas.
const SIG: u32 = 4;

/// Each formula of [`TrucksMethod`] with the values in use and the central result (read from
/// the result, not recomputed).
fn worked(lang: Lang, r: &TruckResult, overrides: &Overrides) -> [String; 7] {
    let t = &catalog(lang).trucks;
    let lib = Library::standard();
    let q = |x: f64| quantity(x, SIG, lang);
    let fv = |id: &str| {
        lib.get(id).map_or_else(String::new, |f| {
            value_with_unit(f, overrides.get(id).unwrap_or(f.value), lang)
        })
    };
    let (km, t_yr, l_yr, kwh) = (
        Unit::KmPerYear.symbol(lang),
        trucks::MASS_UNIT.symbol(lang),
        t.unit_litres_per_year,
        trucks::ELECTRICITY_UNIT.symbol(lang),
    );
    let i = &r.inputs;
    let fleet = q(r.fleet_km.central);
    let litres = q(r.diesel_litres.central);
    let tailpipe = match i.diesel {
        DieselBasis::PerLitre => format!(
            "{litres} {l_yr} × {} ÷ 1000 = {} {t_yr}",
            fv(i.diesel.factor()),
            q(r.tailpipe_t.central)
        ),
        DieselBasis::PerKg => format!(
            "{litres} {l_yr} × {} {} × {} ÷ 1000 = {} {t_yr}",
            i.diesel_density
                .map_or_else(String::new, |d| plain(d, 6, false)),
            t.density_unit,
            fv(i.diesel.factor()),
            q(r.tailpipe_t.central)
        ),
    };
    [
        format!(
            "{} {} × {} = {fleet} {km}",
            q(i.trucks),
            t.trucks_unit,
            fv(i.duty.mileage_factor()),
        ),
        format!(
            "{fleet} {km} × {} ÷ 10⁶ = {} {t_yr}",
            fv(i.baseline.nox_factor()),
            q(r.nox_t.central)
        ),
        format!(
            "{fleet} {km} × {} ÷ 100 = {litres} {l_yr}",
            fv(DIESEL_CONSUMPTION)
        ),
        tailpipe,
        format!(
            "{fleet} {km} × {} = {} {kwh}",
            fv(ELECTRIC_CONSUMPTION),
            q(r.electricity_kwh.central)
        ),
        format!(
            "{} {kwh} × {} ÷ 1000 = {} {t_yr}",
            q(r.electricity_kwh.central),
            fv(i.grid.id()),
            q(r.grid_t.central)
        ),
        format!(
            "{} − {} = {} {t_yr}",
            q(r.tailpipe_t.central),
            q(r.grid_t.central),
            q(r.net_t.central)
        ),
    ]
}

/// The panel's explanation.
#[component]
pub fn TrucksMethod(props: &TrucksMethodProps) -> Html {
    let lang = props.lang;
    let t = &catalog(lang).trucks;
    let w = &catalog(lang).widgets;
    let s = &props.state;
    let lib = Library::standard();
    let changed = html! { <>{" · "}<em class="changed">{w.changed_by_you}</em></> };

    let formulas = [
        t.f_km,
        t.f_nox,
        t.f_diesel,
        match s.diesel {
            DieselBasis::PerLitre => t.f_tailpipe_litre,
            DieselBasis::PerKg => t.f_tailpipe_kg,
        },
        t.f_electricity,
        t.f_grid,
        t.f_net,
    ];

    let baseline = match s.baseline {
        Baseline::ChinaVI => t.baseline_china6,
        Baseline::ChinaV => t.baseline_china5,
    };
    let duty = match s.duty {
        Duty::LongHaul => t.duty_longhaul,
        Duty::Shuttle => t.duty_shuttle,
    };
    let diesel = match s.diesel {
        DieselBasis::PerLitre => t.diesel_per_litre,
        DieselBasis::PerKg => t.diesel_per_kg,
    };
    let grid_kind = match s.grid_kind {
        GridKind::Emission => t.grid_emission,
        GridKind::Footprint => t.grid_footprint,
    };
    let preset = s.preset_inputs();
    let row = |label: &str, value: Html| {
        html! { <tr><th scope="row">{label.to_owned()}</th><td>{value}</td></tr> }
    };

    let factor_ids = s.inputs(lib).map(|i| i.factor_ids());
    let factor_rows = factor_ids.into_iter().flatten().filter_map(|id| {
        let f = lib.get(id)?;
        let value = props.overrides.get(id).unwrap_or(f.value);
        let overridden = props.overrides.is_overridden(id);
        Some(html! {
            <tr>
                <th scope="row">
                    {f.def.name.get(lang)}
                    if overridden { {changed.clone()} }
                </th>
                <td class="num">{value_with_unit(f, value, lang)}</td>
                <td><GradeBadge grade={f.grade()} lang={lang} /></td>
                <td>
                    <details class="factor-details">
                        <summary>{w.source}</summary>
                        <FactorCite id={id} lang={lang} />
                    </details>
                </td>
            </tr>
        })
    });

    let worked = match &props.outcome {
        Some(Ok(r)) => Some(worked(lang, r, &props.overrides)),
        _ => None,
    };
    let caveat = figures::get(trucks::FIGURE).and_then(|f| f.note);

    html! {
        // Named "How this is computed" + the panel title: the ULE explain panel on the same page has
        // the same heading, and two regions must not share a name (axe landmark-unique).
        <section class="panel trucks-method" aria-labelledby="trucks-method-title trucks-title">
            <h3 id="trucks-method-title">{t.method_heading}</h3>
            <h4>{t.method_formulas}</h4>
            <ul class="trucks-formulas">
                { for formulas.iter().enumerate().map(|(k, f)| html! {
                    <li>
                        <span class="formula">{*f}</span>
                        if let Some(w) = worked.as_ref().and_then(|w| w.get(k)) {
                            <span class="trucks-worked">
                                {t.method_worked}{" "}<span class="formula">{w.clone()}</span>
                            </span>
                        }
                    </li>
                }) }
            </ul>
            <p class="method-note">{t.method_range}</p>

            <h4>{t.method_inputs}</h4>
            <div class="table-scroll" role="region" tabindex="0" aria-label={t.method_inputs}>
                <table>
                    <thead><tr>
                        <th scope="col">{w.col_item}</th>
                        <th scope="col">{t.col_value}</th>
                    </tr></thead>
                    <tbody>
                        { row(t.trucks_label, html! {
                            <>
                                {quantity(s.trucks, 6, lang)}{" "}{t.trucks_unit}
                                if differs(s.trucks, preset.trucks) { {changed.clone()} }
                            </>
                        }) }
                        { row(t.baseline_legend, html! { {baseline} }) }
                        { row(t.duty_legend, html! { {duty} }) }
                        { row(t.diesel_legend, html! { {diesel} }) }
                        if s.diesel == DieselBasis::PerKg {
                            { row(t.density_label, html! {
                                <>
                                    {s.diesel_density.map_or_else(|| "—".to_owned(), |d| plain(d, 6, false))}
                                    {" "}{t.density_unit}
                                </>
                            }) }
                        }
                        { row(t.grid_legend, html! { {grid_kind} }) }
                    </tbody>
                </table>
            </div>

            <h4>{t.method_factors}</h4>
            <div class="table-scroll" role="region" tabindex="0" aria-label={t.method_factors}>
                <table>
                    <thead><tr>
                        <th scope="col">{t.col_factor}</th>
                        <th scope="col" class="num">{t.col_value}</th>
                        <th scope="col">{w.grade}</th>
                        <th scope="col">{w.source}</th>
                    </tr></thead>
                    <tbody>{ for factor_rows }</tbody>
                </table>
            </div>

            <h4>{t.method_notes}</h4>
            <ul class="trucks-notes">
                <li>{t.a_replace}</li>
                <li>{t.a_year}</li>
                <li>{t.nox_note}</li>
                <li>{t.a_electricity}</li>
                if s.grid_kind == GridKind::Footprint {
                    <li>{t.grid_footprint_note}</li>
                }
                if let Some(n) = caveat {
                    <li>{t.caveat_label}{" "}{n.get(lang)}</li>
                }
            </ul>
            <p class="method-note">{t.a_report}{" "}{REPORT.citation(lang)}</p>
            <MethodNote samples={DEFAULT_SAMPLES} lang={lang} />
        </section>
    }
}
