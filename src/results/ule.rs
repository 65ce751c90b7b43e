//! Calculator 1 (ultra-low-emission retrofits) as export rows: every number the view shows.
//!
//! | key | what | unit |
//! |---|---|---|
//! | `ule.total.<pol>` | total avoided over the sectors that have a result | t/yr |
//! | `ule.<sector>.<pol>` | avoided | t/yr |
//! | `ule.<sector>.<pol>.before`, `….after` | intensity before / after the retrofit | kg/t of the sector's product |
//! | `ule.<sector>.<pol>.share` | avoided ÷ the sector's national baseline (absent where there is none) | % |
//! | `ule.steel.cost.investment`, `….operating`, `….per_tonne` | steel costs | yuan, yuan/yr, yuan/t pollutant |
//! | `ule.steel.cost.annualised`, `….per_tonne_with_investment` | with the user's rate and life, when given | yuan/yr, yuan/t pollutant |
//! | `ule.check.value`, `ule.check.limit`, `ule.check.margin` | the compliance check, once a value is measured | mg/Nm³ |
//!
//! Central, low and high come from the core's `calculate_ranged`, the computation the view
//! shows; the Monte Carlo range (with [`Ranges::With`]) from the view's own analysis
//! (`components::ule::mc_outputs` over the sectors that compute centrally, as `UleView` runs
//! it), each row taking its output from the view's layout (`sector_block`, `block`). Rows with
//! no Monte Carlo output, so no range: the annualised cost and the cost per tonne with
//! investment (they use the user's rate and life, which the view's analysis leaves out:
//! `mc_outputs` passes no annualisation) and the compliance check (a measured value against a
//! limit, exact); the check from `compliance::check` at central values (as the view). A sector that
//! cannot be computed gives no row (the totals' method says which sectors they leave out), and
//! a number that is not finite is never written. The factor ids are recorded while the same
//! functions read them ([`Recorder`]), for the sectors that have a result and for the check.

use qingshan_core::eval::{FactorValues, LibraryValues, Point, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::snapshot::Recorder;
use qingshan_core::ule::compliance::{check, ComplianceOutcome};
use qingshan_core::ule::{
    calculate_ranged, calculate_sector, Pollutant, RangedSector, Sector, UleRanged,
};
use qingshan_core::units::Unit;

use qingshan_core::uncertainty::Analysis;

use super::{mc, Ranges};
use crate::components::tornado::analyse_timed;
use crate::components::ule::{block, mc_outputs, sector_block};
use crate::export::Row;
use crate::format::plain;
use crate::i18n::catalog;
use crate::state::AppState;

/// Collects rows, leaving out any whose numbers are not finite.
struct Rows(Vec<Row>);

impl Rows {
    fn push(&mut self, key: String, label: String, x: Ranged, unit: &str, method: &str) {
        self.push_mc(key, label, x, None, unit, method);
    }

    /// A row with its Monte Carlo range, if any.
    fn push_mc(
        &mut self,
        key: String,
        label: String,
        x: Ranged,
        mc: Option<(f64, f64)>,
        unit: &str,
        method: &str,
    ) {
        if [x.central, x.low, x.high].iter().all(|v| v.is_finite()) {
            self.0.push(Row {
                section: "ule",
                key,
                label,
                central: x.central,
                low: x.low,
                high: x.high,
                mc,
                unit: unit.to_string(),
                method: method.to_string(),
            });
        }
    }
}

/// A catalog label without its trailing colon (they are written to precede a value).
fn bare(s: &str) -> &str {
    s.trim_end_matches([':', '：', ' '])
}

/// The ULE rows for `state` (in its language) and the ids of the factors they read.
pub(super) fn rows(state: &AppState, ranges: Ranges) -> (Vec<Row>, Vec<String>) {
    let lang = state.lang;
    let c = &catalog(lang).ule;
    let inputs = &state.ule.inputs;
    let library = Library::standard();
    let results = calculate_ranged(inputs, library, &state.overrides);
    let analysis = view_analysis(state, &results, ranges);
    let central = LibraryValues {
        library,
        overrides: &state.overrides,
        point: Point::Central,
    };
    let t_yr = Unit::TonnesPerYear.symbol(lang);
    let mut out = Rows(Vec::new());
    let mut ids: Vec<String> = Vec::new();

    // Totals, with the method of each sector they add up and the sectors they leave out.
    let mut parts: Vec<String> = Sector::ALL
        .into_iter()
        .filter_map(|s| {
            let r = results.sector(s).as_ref().ok()?;
            Some(format!(
                "{} — {}{}",
                s.name().get(lang),
                c.method_used,
                r.central.method.name().get(lang)
            ))
        })
        .collect();
    if !results.complete {
        let missing: Vec<&str> = Sector::ALL
            .into_iter()
            .filter(|&s| results.sector(s).is_err())
            .map(|s| s.name().get(lang))
            .collect();
        parts.push(format!("{} {}", c.incomplete, missing.join(" · ")));
    }
    let totals_method = parts.join(" · ");
    // The totals are outputs 0, 1, 2 in `Pollutant::ALL` order (`mc_outputs`).
    for (i, p) in Pollutant::ALL.into_iter().enumerate() {
        out.push_mc(
            format!("ule.total.{}", p.key()),
            format!("{}{}", c.total_avoided, p.name().get(lang)),
            *results.total.get(p),
            mc(analysis.as_ref(), i, 1.0),
            t_yr,
            &totals_method,
        );
    }

    for s in Sector::ALL {
        let Ok(r) = results.sector(s) else {
            continue;
        };
        let recorder = Recorder::new(&central);
        if calculate_sector(inputs.sector(s), inputs.annualise, &recorder).is_ok() {
            super::add_ids(&mut ids, recorder.ids());
        }
        sector_rows(&mut out, state, s, r, analysis.as_ref());
    }

    let recorder = Recorder::new(&central);
    if let Ok(ComplianceOutcome::Checked(r)) = check(&inputs.check, &recorder) {
        super::add_ids(&mut ids, recorder.ids());
        let chk = inputs.check;
        let mg = Unit::MgPerNm3.symbol(lang);
        let label = |what: &str| {
            format!(
                "{} · {} · {} · {} · {}",
                c.check_title,
                chk.point.sector().name().get(lang),
                chk.point.name().get(lang),
                chk.pollutant.name().get(lang),
                bare(what)
            )
        };
        let mut method = if r.compliant {
            c.compliant.to_string()
        } else {
            c.not_compliant.to_string()
        };
        if let Some((_, o2)) = r.ref_o2 {
            let at = c.at_ref_o2.trim_start_matches(['，', ',', ' ']);
            method = format!("{method} · {at}{} %", plain(o2, 3, false));
        }
        if r.corrected {
            method = format!("{method} {}", c.check_corrected);
        }
        if r.o2_ignored {
            method = format!("{method} {}", c.check_o2_ignored);
        }
        for (key, what, x) in [
            ("value", c.check_value, r.at_ref),
            ("limit", c.ule_limit, r.limit),
            ("margin", c.margin, r.margin()),
        ] {
            out.push(
                format!("ule.check.{key}"),
                label(what),
                Ranged::exact(x),
                mg,
                &method,
            );
        }
    }
    (out.0, ids)
}

/// The view's analysis (`UleView`): every result of the sectors that compute centrally, with
/// [`Ranges::With`] only.
fn view_analysis(state: &AppState, results: &UleRanged, ranges: Ranges) -> Option<Analysis> {
    let include = Sector::ALL.map(|s| results.sector(s).is_ok());
    let calc = |f: &dyn FactorValues| mc_outputs(&state.ule.inputs.sectors, f, include);
    (ranges == Ranges::With)
        .then(|| analyse_timed(&state.overrides, &calc).analysis)
        .flatten()
}

/// The rows of one sector that has a result; ranges from `analysis` (the view's).
fn sector_rows(
    out: &mut Rows,
    state: &AppState,
    s: Sector,
    r: &RangedSector,
    analysis: Option<&Analysis>,
) {
    let lang = state.lang;
    let c = &catalog(lang).ule;
    let t_yr = Unit::TonnesPerYear.symbol(lang);
    let kg_t = Unit::KgPerTonne.symbol(lang);
    let percent = Unit::Fraction.symbol(lang);
    let method_name = r.central.method.name().get(lang);
    let mut method = format!("{}{method_name}", c.method_used);
    if r.central.upper_bound {
        method = format!("{method} · {}", c.note_upper_bound);
    }
    let intensity_method = format!("{} — {}{method_name}", c.col_intensity, c.method_used);
    let name = s.name().get(lang);
    let start = sector_block(s);
    // Pollutant i's outputs are at `block::X + i` of the sector's block (`mc_outputs`).
    for (i, p) in Pollutant::ALL.into_iter().enumerate() {
        let head = format!("{name} · {}", p.name().get(lang));
        let key = format!("ule.{}.{}", s.key(), p.key());
        out.push_mc(
            key.clone(),
            format!("{head} · {}", c.col_avoided),
            r.ranged(|o| *o.avoided.get(p)),
            mc(analysis, start + block::AVOIDED + i, 1.0),
            t_yr,
            &method,
        );
        out.push_mc(
            format!("{key}.before"),
            format!("{head} · {}", c.before),
            r.ranged(|o| *o.before.get(p)),
            mc(analysis, start + block::BEFORE + i, 1.0),
            kg_t,
            &intensity_method,
        );
        out.push_mc(
            format!("{key}.after"),
            format!("{head} · {}", c.after),
            r.ranged(|o| *o.after.get(p)),
            mc(analysis, start + block::AFTER + i, 1.0),
            kg_t,
            &intensity_method,
        );
        if let Some(share) = r.ranged_opt(|o| o.share_of_baseline.get(p).map(|x| x * 100.0)) {
            // The output is a fraction; the row is in percent.
            out.push_mc(
                format!("{key}.share"),
                format!("{head} · {}", c.col_share),
                share,
                mc(analysis, start + block::SHARE + i, 100.0),
                percent,
                c.baseline_note,
            );
        }
    }
    if r.central.cost.is_some() {
        cost_rows(out, state, s, r, analysis);
    }
}

/// A cost row: key, label, value, Monte Carlo range, unit, method.
type Item<'a> = (
    &'a str,
    &'a str,
    Option<Ranged>,
    Option<(f64, f64)>,
    &'a str,
    &'a str,
);

/// The cost rows of a sector that has costs (steel). The annualised rows have no Monte Carlo
/// output (see the module's doc), so no range.
fn cost_rows(
    out: &mut Rows,
    state: &AppState,
    s: Sector,
    r: &RangedSector,
    analysis: Option<&Analysis>,
) {
    let lang = state.lang;
    let c = &catalog(lang).ule;
    let yuan = Unit::Yuan.symbol(lang);
    let yuan_yr = format!("{yuan}/{}", c.year_unit);
    let label = |what: &str| format!("{} · {what}", c.cost_title);
    let cost = |f: fn(&qingshan_core::ule::cost::CostResult) -> Option<f64>| {
        r.ranged_opt(|o| o.cost.as_ref().and_then(f))
    };
    let start = sector_block(s);
    let range = |offset: usize| mc(analysis, start + offset, 1.0);
    let items: [Item; 5] = [
        (
            "investment",
            c.investment,
            cost(|k| Some(k.investment)),
            range(block::INVESTMENT),
            yuan,
            c.f_cost,
        ),
        (
            "operating",
            c.operating,
            cost(|k| Some(k.operating)),
            range(block::OPERATING),
            &yuan_yr,
            c.f_cost,
        ),
        (
            "per_tonne",
            c.per_tonne,
            cost(|k| k.per_tonne),
            range(block::PER_TONNE),
            c.yuan_per_t_pollutant,
            c.per_tonne_definition,
        ),
        (
            "annualised",
            c.annualised_investment,
            cost(|k| k.annualised_investment.and_then(Result::ok)),
            None,
            &yuan_yr,
            c.annualise_note,
        ),
        (
            "per_tonne_with_investment",
            c.per_tonne_with_investment,
            cost(|k| k.per_tonne_with_investment),
            None,
            c.yuan_per_t_pollutant,
            c.annualise_note,
        ),
    ];
    for (key, what, x, range, unit, how) in items {
        if let Some(x) = x {
            out.push_mc(
                format!("ule.{}.cost.{key}", s.key()),
                label(what),
                x,
                range,
                unit,
                how,
            );
        }
    }
}
