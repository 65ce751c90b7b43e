//! The carbon results as export rows: everything the results panel shows, from the same
//! [`evaluate`] call, in the page's language.
//!
//! Keys (stable): the baseline (or only) scenario `carbon.total`, `carbon.per_fu`,
//! `carbon.cost`, `carbon.on_site`, `carbon.electricity`, `carbon.entered`, `carbon.gas.<gas>`;
//! the alternative the same under `carbon.b.…`; the change B − A `carbon.change`,
//! `carbon.change.on_site`, `carbon.change.electricity`, `carbon.change.cost`; each line
//! `carbon.line.<line id>` and `carbon.line.<line id>.<gas>` (the line's stable id, not its
//! position). Masses in kg CO₂e, costs in yuan.
//!
//! The Monte Carlo range (with [`Ranges::With`]) comes from the view's own analysis
//! (`components::carbon::results::mc_outputs`, as `CarbonView` runs it), each row taking its
//! output from the view's layout (`MC_*`, `block`). Rows with no output in that layout, so no
//! range: the change in electricity (`carbon.change.electricity`) and each line's split by gas
//! (`carbon.line.<id>.<gas>`); the view shows neither with a Monte Carlo range.
//!
//! A scenario with an error gives no rows (the page shows no result either). The factor ids are
//! the result's own list ([`qingshan_core::carbon::CarbonResult::factors_used`]).

use qingshan_core::carbon::{evaluate, ByGas, CarbonResult, Gas, TotalsResult};
use qingshan_core::eval::Ranged;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;

use super::{mc, Ranges};
use crate::components::carbon::names::{self, text};
use crate::components::carbon::results::{
    block, line_label, mc_outputs, MC_ALTERNATIVE, MC_ALT_BLOCK, MC_BASELINE, MC_BASE_BLOCK,
    MC_CHANGE, MC_CHANGE_COST, MC_CHANGE_ON_SITE, MC_FIRST_LINE,
};
use crate::components::tornado::analyse_timed;
use crate::export::Row;
use crate::format::quantity;
use crate::state::AppState;

/// The carbon rows for `state` (in its language) and the ids of the factors they read.
#[allow(clippy::too_many_lines)]
pub(super) fn rows(state: &AppState, ranges: Ranges) -> (Vec<Row>, Vec<String>) {
    let inputs = &state.carbon.inputs;
    let Ok(r) = evaluate(inputs, Library::standard(), &state.overrides) else {
        return (Vec::new(), Vec::new());
    };
    // The view's analysis (`CarbonView`).
    let timed = (ranges == Ranges::With)
        .then(|| analyse_timed(&state.overrides, &|f| mc_outputs(inputs, f)));
    let analysis = timed.as_ref().and_then(|t| t.analysis.as_ref());
    // The range of output `k`; `None` for a row with no output.
    let range = |k: Option<usize>| k.and_then(|k| mc(analysis, k, 1.0));
    let lang = state.lang;
    let t = text(lang);
    let method = method(&r, lang);
    let row = |key: String, label: String, v: Ranged, output: Option<usize>, unit: &str| Row {
        section: "carbon",
        key,
        label,
        central: v.central,
        low: v.low,
        high: v.high,
        mc: range(output),
        unit: unit.to_string(),
        method: method.clone(),
    };
    let gases: Vec<Gas> = ByGas::GASES
        .into_iter()
        .filter(|g| {
            std::iter::once(&r.baseline)
                .chain(r.alternative.as_ref())
                .any(|v| v.by_gas[g.index()].high > 0.0)
        })
        .collect();
    let fu = r.functional_unit;
    let per_fu_unit = format!(
        "{} / {} {}",
        t.unit_kg_co2e,
        quantity(fu.amount, names::SIG, lang),
        names::functional_unit(fu.kind, lang)
    );
    let mut out = Vec::new();
    // `total`: the variant's headline output; `start`: its block (`MC_BASE_BLOCK`, `MC_ALT_BLOCK`).
    let mut totals =
        |prefix: &str, variant: Option<&str>, v: &TotalsResult, total: usize, start: usize| {
            let label = |what: &str| match variant {
                Some(name) => format!("{name}: {what}"),
                None => what.to_string(),
            };
            let per = format!(
                "{}{}",
                t.per,
                names::paren(names::functional_unit(fu.kind, lang), lang)
            );
            let cost = format!(
                "{}{}",
                t.cost,
                names::paren(names::price(r.price, lang), lang)
            );
            out.push(row(
                format!("{prefix}total"),
                label(t.total),
                v.kg_co2e,
                Some(total),
                t.unit_kg_co2e,
            ));
            out.push(row(
                format!("{prefix}per_fu"),
                label(&per),
                v.per_functional_unit,
                Some(start + block::PER_FU),
                &per_fu_unit,
            ));
            out.push(row(
                format!("{prefix}cost"),
                label(&cost),
                v.cost_yuan,
                Some(start + block::COST),
                t.unit_yuan,
            ));
            out.push(row(
                format!("{prefix}on_site"),
                label(t.on_site),
                v.on_site,
                Some(start + block::ON_SITE),
                t.unit_kg_co2e,
            ));
            out.push(row(
                format!("{prefix}electricity"),
                label(t.electricity),
                v.electricity,
                Some(start + block::ELECTRICITY),
                t.unit_kg_co2e,
            ));
            out.push(row(
                format!("{prefix}entered"),
                label(t.entered),
                v.entered,
                Some(start + block::ENTERED),
                t.unit_kg_co2e,
            ));
            for g in &gases {
                out.push(row(
                    format!("{prefix}gas.{}", g.key()),
                    label(names::gas(*g, lang)),
                    v.by_gas[g.index()],
                    Some(start + block::BY_GAS + g.index()),
                    t.unit_kg_co2e,
                ));
            }
        };
    match &r.alternative {
        Some(alt) => {
            totals(
                "carbon.",
                Some(t.variant_a),
                &r.baseline,
                MC_BASELINE,
                MC_BASE_BLOCK,
            );
            totals(
                "carbon.b.",
                Some(t.variant_b),
                alt,
                MC_ALTERNATIVE,
                MC_ALT_BLOCK,
            );
        }
        None => totals("carbon.", None, &r.baseline, MC_BASELINE, MC_BASE_BLOCK),
    }
    if let Some(c) = &r.change {
        out.push(row(
            "carbon.change".into(),
            t.change_net.into(),
            c.kg_co2e,
            Some(MC_CHANGE),
            t.unit_kg_co2e,
        ));
        out.push(row(
            "carbon.change.on_site".into(),
            t.change_on_site.into(),
            c.on_site,
            Some(MC_CHANGE_ON_SITE),
            t.unit_kg_co2e,
        ));
        out.push(row(
            "carbon.change.electricity".into(),
            format!("{}{}", t.change_net, names::paren(t.electricity, lang)),
            c.electricity,
            None,
            t.unit_kg_co2e,
        ));
        out.push(row(
            "carbon.change.cost".into(),
            t.change_cost.into(),
            c.cost_yuan,
            Some(MC_CHANGE_COST),
            t.unit_yuan,
        ));
    }
    for (i, l) in r.lines.iter().enumerate() {
        let name = line_label(&inputs.lines, i, lang);
        let key = format!("carbon.line.{}", l.central.id.0);
        out.push(row(
            key.clone(),
            name.clone(),
            l.kg_co2e,
            Some(MC_FIRST_LINE + i),
            t.unit_kg_co2e,
        ));
        for g in &gases {
            out.push(row(
                format!("{key}.{}", g.key()),
                format!("{name} · {}", names::gas(*g, lang)),
                l.by_gas[g.index()],
                None,
                t.unit_kg_co2e,
            ));
        }
    }
    let ids = r.factors_used.iter().map(|id| (*id).to_string()).collect();
    (out, ids)
}

/// The basis of every number: electricity factor, boundary, GWP set (as the results panel).
fn method(r: &CarbonResult, lang: Lang) -> String {
    let t = text(lang);
    let basis = match r.electricity_used {
        Some(_) => names::basis(r.electricity, lang),
        None => t.no_electricity.to_string(),
    };
    let gwp = if r.uses_gwp {
        names::gwp(r.gwp, lang)
    } else {
        t.gwp_unused
    };
    let sep = match lang {
        Lang::En => "; ",
        Lang::ZhHans | Lang::ZhHant => "；",
    };
    let colon = match lang {
        Lang::En => ": ",
        Lang::ZhHans | Lang::ZhHant => "：",
    };
    [
        (t.basis_used, basis),
        (
            t.boundary_label,
            names::boundary(r.boundary, lang).to_string(),
        ),
        (t.gwp_label, gwp.to_string()),
    ]
    .iter()
    .map(|(k, v)| format!("{k}{colon}{v}"))
    .collect::<Vec<_>>()
    .join(sep)
}
