//! Calculator 2 (total phosphorus) as export rows: everything its results panel, measure list
//! and shared loads show, from the same `phosphorus::evaluate` the view calls.
//!
//! | key | what | unit |
//! |---|---|---|
//! | `tp.total` | TP avoided by every complete measure | t TP/yr |
//! | `tp.measure.<id>` | one measure (by its stable id) | t TP/yr |
//! | `tp.load.<id>.baseline` | a shared load before any measure | t TP/yr |
//! | `tp.load.<id>.combined` | its measures together, 1 − Π(1 − ηᵢ) | % |
//! | `tp.load.<id>.avoided` | TP avoided on it | t TP/yr |
//! | `tp.report.per_project` | the report's average project (derived) | t/yr |
//! | `tp.report.equivalent_flow` | the plant upgraded 1B → 1A that equals it (derived) | m³/d |
//! | `tp.share.report` | total ÷ the report's 11,700 t | % |
//! | `tp.share.national` | total ÷ the 2017 national discharge (derived) | % |
//! | `tp.projects_equivalent` | total ÷ the average project | projects |
//! | `tp.algae.dry`, `tp.algae.wet` | algal-biomass ceiling (Redfield) | t/yr |
//! | `tp.dilution` | water the total would bring to the chosen GB 3838 limit | m³/yr |
//!
//! A measure or shared load that cannot be computed (an input missing) has no row; a scenario
//! that cannot be computed at all (days out of range) has none. Shares are in percent.
//!
//! The Monte Carlo range (with [`Ranges::With`]) comes from the view's own analysis
//! (`components::tp::results::analyse_total`, the one `TpView` runs), each row taking its output
//! from the view's layout (`results::out`; a measure's is `FIRST_MEASURE` + its position in
//! `Results::measures`). Rows with no output in that layout, so no range: the shared loads
//! (baseline, combined removal, avoided; the view ranges them by the all-ends bound only) and
//! the report's average project and its equivalent plant flow (figures of the report the
//! view's analysis does not carry as outputs).

use qingshan_core::eval::Ranged;
use qingshan_core::factors::Library;
use qingshan_core::phosphorus::{
    evaluate, Baseline, DirectLoad, Measure, MeasureKind, Results, Scenario, SharedLoad,
};
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;

use qingshan_core::uncertainty::Analysis;

use super::{mc, Ranges};
use crate::components::tp::results::{analyse_total, out};
use crate::export::Row;
use crate::format::quantity;
use crate::i18n::{catalog, TpText};
use crate::state::AppState;

const SECTION: &str = "tp";

/// The tp rows for `state` (in its language) and the ids of the factors they read.
pub(super) fn rows(state: &AppState, ranges: Ranges) -> (Vec<Row>, Vec<String>) {
    let s = &state.tp.scenario;
    match evaluate(s, Library::standard(), &state.overrides) {
        Ok(r) => {
            let timed = (ranges == Ranges::With).then(|| analyse_total(s, &state.overrides));
            let analysis = timed.as_ref().and_then(|t| t.analysis.as_ref());
            (results_rows(&r, s, state.lang, analysis), factor_ids(&r))
        }
        Err(_) => (Vec::new(), Vec::new()),
    }
}

/// Every factor the results read: the summary's, and those of each complete measure and
/// shared load (sorted, once each).
fn factor_ids(r: &Results) -> Vec<String> {
    let mut ids = Vec::new();
    super::add_ids(
        &mut ids,
        r.factors
            .iter()
            .chain(
                r.measures
                    .iter()
                    .filter_map(|m| m.result.as_ref().ok())
                    .flat_map(|m| m.factors.iter()),
            )
            .chain(
                r.shared_loads
                    .iter()
                    .filter_map(|l| l.result.as_ref().ok())
                    .flat_map(|l| l.factors.iter()),
            )
            .map(|id| (*id).to_string()),
    );
    ids
}

/// A quantity with 3 significant digits, as the page prints it inside a label.
fn q(x: f64, lang: Lang) -> String {
    quantity(x, 3, lang)
}

/// A colon between a name and what is said of it (as the view writes it).
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans | Lang::ZhHant => "：",
        Lang::En => ": ",
    }
}

/// A measure's name as the page shows it: "2 · Municipal plant upgrade", or "2 · " and the
/// user's name (the view's `measure_name`).
fn measure_name(m: &Measure, position: usize, x: &TpText) -> String {
    let label = m.label.trim();
    let name = if label.is_empty() {
        match m.kind {
            MeasureKind::Plant(_) => x.kind_plant,
            MeasureKind::Industrial(_) => x.kind_industrial,
            MeasureKind::Farmland(_) => x.kind_farmland,
            MeasureKind::Livestock(_) => x.kind_livestock,
            MeasureKind::Direct(_) => x.kind_direct,
            MeasureKind::Efficiency(_) => x.kind_efficiency,
        }
    } else {
        label
    };
    format!("{} · {name}", position + 1)
}

/// A shared load's name: the user's, or "Shared load A", "B" … by position (the view's
/// `load_name`).
fn load_name(l: &SharedLoad, position: usize, x: &TpText) -> String {
    let label = l.label.trim();
    if !label.is_empty() {
        return label.to_string();
    }
    let letter = u8::try_from(position).ok().filter(|&i| i < 26).map_or_else(
        || (position + 1).to_string(),
        |i| char::from(b'A' + i).to_string(),
    );
    format!("{} {letter}", x.load_default_name)
}

/// How a measure's number was computed.
fn measure_method(kind: &MeasureKind, x: &TpText) -> String {
    match kind {
        MeasureKind::Plant(_) | MeasureKind::Industrial(_) => x.formula_concentration.to_string(),
        MeasureKind::Farmland(_) => x.formula_farmland.to_string(),
        MeasureKind::Livestock(_) => x.formula_livestock.to_string(),
        MeasureKind::Direct(DirectLoad::ReportTotal) => x.report_total_as_yearly.to_string(),
        MeasureKind::Direct(DirectLoad::Entered(_)) => x.entered.to_string(),
        MeasureKind::Efficiency(_) => x.formula_combination.to_string(),
    }
}

fn baseline_method(b: &Baseline, x: &TpText) -> &'static str {
    match b {
        Baseline::Entered(_) => x.baseline_entered,
        Baseline::Flow { .. } => x.baseline_flow,
        Baseline::Farmland { .. } => x.baseline_farmland,
    }
}

/// A row from a ranged value (no Monte Carlo range: [`Row::with_mc`] adds one).
fn row(key: String, label: String, v: &Ranged, unit: &str, method: String) -> Row {
    Row {
        section: SECTION,
        key,
        label,
        central: v.central,
        low: v.low,
        high: v.high,
        mc: None,
        unit: unit.to_string(),
        method,
    }
}

/// A share (0–1) as a row in percent.
fn percent_row(key: String, label: String, v: &Ranged, method: String) -> Row {
    let pc = Ranged {
        central: v.central * 100.0,
        low: v.low * 100.0,
        high: v.high * 100.0,
    };
    row(key, label, &pc, "%", method)
}

fn results_rows(r: &Results, s: &Scenario, lang: Lang, mc_of: Option<&Analysis>) -> Vec<Row> {
    let x = &catalog(lang).tp;
    let mut rows = vec![row(
        "tp.total".into(),
        x.total_label.trim_end_matches([':', '：', ' ']).to_string(),
        &r.total,
        x.unit_t_tp_per_yr,
        x.how_combination.to_string(),
    )
    .with_mc(mc(mc_of, out::TOTAL, 1.0))];
    measure_rows(&mut rows, r, s, x, mc_of);
    load_rows(&mut rows, r, s, lang);
    summary_rows(&mut rows, r, lang, mc_of);
    rows
}

/// One row per complete measure, in list order; its range is output `FIRST_MEASURE + j`, j its
/// position in `r.measures` (the layout of the view's `outputs`).
fn measure_rows(
    rows: &mut Vec<Row>,
    r: &Results,
    s: &Scenario,
    x: &TpText,
    mc_of: Option<&Analysis>,
) {
    for (i, m) in s.measures.iter().enumerate() {
        let Some((j, res)) = r
            .measures
            .iter()
            .enumerate()
            .find(|(_, o)| o.id == m.id)
            .and_then(|(j, o)| Some((j, o.result.as_ref().ok()?)))
        else {
            continue;
        };
        rows.push(
            row(
                format!("tp.measure.{}", m.id.0),
                measure_name(m, i, x),
                &res.avoided,
                x.unit_t_tp_per_yr,
                measure_method(&m.kind, x),
            )
            .with_mc(mc(mc_of, out::FIRST_MEASURE + j, 1.0)),
        );
    }
}

/// Three rows per computable shared load: baseline, combined removal, avoided.
fn load_rows(rows: &mut Vec<Row>, r: &Results, s: &Scenario, lang: Lang) {
    let x = &catalog(lang).tp;
    let t_tp = x.unit_t_tp_per_yr;
    for (i, l) in s.shared_loads.iter().enumerate() {
        let Some(res) = r
            .shared_loads
            .iter()
            .find(|o| o.id == l.id)
            .and_then(|o| o.result.as_ref().ok())
        else {
            continue;
        };
        let name = load_name(l, i, x);
        let key = format!("tp.load.{}", l.id.0);
        rows.push(row(
            format!("{key}.baseline"),
            format!("{name}{}{}", colon(lang), x.baseline),
            &res.baseline,
            t_tp,
            baseline_method(&l.baseline, x).to_string(),
        ));
        rows.push(percent_row(
            format!("{key}.combined"),
            format!("{name}{}1 − Π(1 − ηᵢ)", colon(lang)),
            &Ranged::exact(res.combined),
            format!(
                "{} ({} {})",
                x.formula_combination, x.measures_counted, res.counted
            ),
        ));
        rows.push(row(
            format!("{key}.avoided"),
            format!("{name}{}{}", colon(lang), x.avoids),
            &res.avoided,
            t_tp,
            x.formula_combination.to_string(),
        ));
    }
}

/// What the total equals: against the report and the country, algae, dilution. The shares'
/// outputs are fractions, their rows percent (× 100).
fn summary_rows(rows: &mut Vec<Row>, r: &Results, lang: Lang, mc_of: Option<&Analysis>) {
    let x = &catalog(lang).tp;
    let report = &r.report;
    let national_year = Library::standard()
        .get("tp.census2017.total")
        .and_then(|f| f.def.year)
        .map_or_else(String::new, |y| y.to_string());
    let limit_name = Library::standard()
        .get(r.dilution.factor)
        .map_or("", |f| f.def.name.get(lang));
    rows.push(row(
        "tp.report.per_project".into(),
        x.per_project.to_string(),
        &report.per_project,
        x.unit_t_per_yr,
        format!("{} {}", x.formula_report, x.per_project_note),
    ));
    rows.push(row(
        "tp.report.equivalent_flow".into(),
        x.plant_equivalent.to_string(),
        &report.equivalent_flow,
        Unit::CubicMetresPerDay.symbol(lang),
        format!("{} {}", x.formula_report, x.plant_equivalent_note),
    ));
    rows.push(
        percent_row(
            "tp.share.report".into(),
            x.share_report.to_string(),
            &report.share,
            format!("{} {}", x.formula_report, x.share_report_note),
        )
        .with_mc(mc(mc_of, out::SHARE_REPORT, 100.0)),
    );
    rows.push(
        percent_row(
            "tp.share.national".into(),
            x.share_national
                .replace("{year}", &national_year)
                .replace("{t}", &q(r.national.discharge.central, lang)),
            &r.national.share,
            format!("{} {}", x.formula_report, x.share_national_note),
        )
        .with_mc(mc(mc_of, out::SHARE_NATIONAL, 100.0)),
    );
    rows.push(
        row(
            "tp.projects_equivalent".into(),
            x.projects_equivalent
                .replace("{t}", &q(report.per_project.central, lang)),
            &report.projects_equivalent,
            x.unit_projects,
            x.formula_report.to_string(),
        )
        .with_mc(mc(mc_of, out::PROJECTS, 1.0)),
    );
    rows.push(
        row(
            "tp.algae.dry".into(),
            x.algae_dry.to_string(),
            &r.algae.dry,
            x.unit_t_per_yr,
            format!("{} {}", x.formula_algae, x.algae_ceiling),
        )
        .with_mc(mc(mc_of, out::ALGAE_DRY, 1.0)),
    );
    rows.push(
        row(
            "tp.algae.wet".into(),
            x.algae_wet.to_string(),
            &r.algae.wet,
            x.unit_t_per_yr,
            format!("{} {}", x.formula_algae, x.algae_ceiling),
        )
        .with_mc(mc(mc_of, out::ALGAE_WET, 1.0)),
    );
    rows.push(
        row(
            "tp.dilution".into(),
            x.dilution.replace("{limit}", limit_name).replace(
                "{c}",
                &format!(
                    "{} {}",
                    q(r.dilution.limit, lang),
                    Unit::MgPerLitre.symbol(lang)
                ),
            ),
            &r.dilution.volume,
            x.unit_m3_per_yr,
            format!("{} {}", x.formula_dilution, x.dilution_note),
        )
        .with_mc(mc(mc_of, out::DILUTION, 1.0)),
    );
}
