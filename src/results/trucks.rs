//! The heavy-trucks results as export rows: what the panel shows (NOx, tailpipe CO₂, the
//! electricity and its CO₂, the net, and the two per-km figures of its second chart), from the
//! same `qingshan_core::trucks::evaluate` the panel calls, with the same labels.
//!
//! Keys (stable): `trucks.nox`, `trucks.co2.tailpipe`, `trucks.electricity`, `trucks.co2.grid`,
//! `trucks.co2.net`, `trucks.co2.tailpipe_per_km`, `trucks.co2.grid_per_km`. Labels name the
//! gas each figure counts (CO₂, CO₂e or life-cycle CO₂e), as on the page. The method column
//! gives the formula and the library factors it read. A negative net means the electric
//! trucks emit more CO₂ than the diesel trucks (the formula says so).
//!
//! The Monte Carlo range of every row (with [`Ranges::With`]) comes from the panel's own
//! analysis (`trucks::calculate` → `components::trucks::results::mc_outputs`, as `TrucksPanel`
//! runs it), each row taking its output from the panel's `MC_*` constants; every row has one.
//!
//! When the panel cannot compute (a bad count, no density for the per-kg diesel factor), there
//! are no rows and no factor ids, as the panel shows no results.

use qingshan_core::eval::{Overrides, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::trucks::{
    self, evaluate, DieselBasis, TruckInputs, DIESEL_CONSUMPTION, ELECTRIC_CONSUMPTION,
};

use qingshan_core::uncertainty::Analysis;

use super::{mc, Ranges};
use crate::components::tornado::analyse_timed;
use crate::components::trucks::results::{
    mc_outputs, MC_ELECTRICITY, MC_GRID, MC_GRID_KM, MC_NET, MC_NOX, MC_TAILPIPE, MC_TAILPIPE_KM,
};
use crate::components::trucks::{fill, with_gas};
use crate::export::Row;
use crate::i18n::catalog;
use crate::state::AppState;

/// The section of every trucks row.
pub const SECTION: &str = "trucks";

/// `formula · factor; factor; …` in `lang`, naming the library factors the figure read.
fn method(lang: Lang, formula: &str, ids: &[&str]) -> String {
    let lib = Library::standard();
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| lib.get(id).map(|f| f.def.name.get(lang)))
        .collect();
    match lang {
        Lang::ZhHans | Lang::ZhHant => format!("{formula} · {}", names.join("；")),
        Lang::En => format!("{formula} · {}", names.join("; ")),
    }
}

/// The rows of one successful calculation; ranges from `analysis` (the panel's).
fn result_rows(
    lang: Lang,
    inputs: &TruckInputs,
    overrides: &Overrides,
    analysis: Option<&Analysis>,
) -> Option<Vec<Row>> {
    let r = evaluate(inputs, Library::standard(), overrides).ok()?;
    let t = &catalog(lang).trucks;
    let t_yr = trucks::MASS_UNIT.symbol(lang);
    let (tail_gas, grid_gas) = (r.tailpipe_gas(), r.grid_gas());
    let (km, nox, diesel, diesel_f, elec, grid) = (
        inputs.duty.mileage_factor(),
        inputs.baseline.nox_factor(),
        DIESEL_CONSUMPTION,
        inputs.diesel.factor(),
        ELECTRIC_CONSUMPTION,
        inputs.grid.id(),
    );
    let f_tailpipe = match inputs.diesel {
        DieselBasis::PerLitre => t.f_tailpipe_litre,
        DieselBasis::PerKg => t.f_tailpipe_kg,
    };
    let per_km = fill(
        t.chart_km_title,
        &[
            ("{a}", tail_gas.symbol().get(lang)),
            ("{b}", grid_gas.symbol().get(lang)),
        ],
    );
    let row =
        |key: &str, label: String, v: Ranged, output: usize, unit: &str, method: String| Row {
            section: SECTION,
            key: format!("trucks.{key}"),
            label,
            central: v.central,
            low: v.low,
            high: v.high,
            mc: mc(analysis, output, 1.0),
            unit: unit.to_owned(),
            method,
        };
    let rows = vec![
        row(
            "nox",
            t.nox_label.to_owned(),
            r.nox_t,
            MC_NOX,
            t_yr,
            method(lang, t.f_nox, &[km, nox]),
        ),
        row(
            "co2.tailpipe",
            with_gas(lang, t.tailpipe_label, tail_gas),
            r.tailpipe_t,
            MC_TAILPIPE,
            t_yr,
            method(lang, f_tailpipe, &[km, diesel, diesel_f]),
        ),
        row(
            "electricity",
            t.electricity_label.to_owned(),
            r.electricity_kwh,
            MC_ELECTRICITY,
            trucks::ELECTRICITY_UNIT.symbol(lang),
            method(lang, t.f_electricity, &[km, elec]),
        ),
        row(
            "co2.grid",
            with_gas(lang, t.grid_label, grid_gas),
            r.grid_t,
            MC_GRID,
            t_yr,
            method(lang, t.f_grid, &[km, elec, grid]),
        ),
        row(
            "co2.net",
            t.net_label.to_owned(),
            r.net_t,
            MC_NET,
            t_yr,
            method(lang, t.f_net, &[km, diesel, diesel_f, elec, grid]),
        ),
        row(
            "co2.tailpipe_per_km",
            with_gas(lang, t.bar_diesel_km, tail_gas),
            r.tailpipe_kg_per_km,
            MC_TAILPIPE_KM,
            t.unit_kg_per_km,
            method(lang, &per_km, &[diesel, diesel_f]),
        ),
        row(
            "co2.grid_per_km",
            with_gas(lang, t.bar_electric_km, grid_gas),
            r.grid_kg_per_km,
            MC_GRID_KM,
            t.unit_kg_per_km,
            method(lang, &per_km, &[elec, grid]),
        ),
    ];
    // Never a NaN or an infinity in an export (the calculation's checks rule them out).
    Some(
        rows.into_iter()
            .filter(|x| x.central.is_finite() && x.low.is_finite() && x.high.is_finite())
            .collect(),
    )
}

/// The trucks rows for `state` (in its language) and the ids of the factors they read.
pub(super) fn rows(state: &AppState, ranges: Ranges) -> (Vec<Row>, Vec<String>) {
    let Some(inputs) = state.trucks.inputs(Library::standard()) else {
        return (Vec::new(), Vec::new());
    };
    // The panel's analysis (`TrucksPanel`).
    let timed = (ranges == Ranges::With).then(|| {
        analyse_timed(&state.overrides, &|f| {
            trucks::calculate(&inputs, f).map(|p| mc_outputs(&p))
        })
    });
    let analysis = timed.as_ref().and_then(|t| t.analysis.as_ref());
    match result_rows(state.lang, &inputs, &state.overrides, analysis) {
        Some(rows) if !rows.is_empty() => {
            let ids = inputs
                .factor_ids()
                .iter()
                .map(|&id| id.to_owned())
                .collect();
            (rows, ids)
        }
        _ => (Vec::new(), Vec::new()),
    }
}
