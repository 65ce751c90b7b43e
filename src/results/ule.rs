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
//! shows; the check from `compliance::check` at central values (as the view). A sector that
//! cannot be computed gives no row (the totals' method says which sectors they leave out), and
//! a number that is not finite is never written. The factor ids are recorded while the same
//! functions read them ([`Recorder`]), for the sectors that have a result and for the check.

use qingshan_core::eval::{LibraryValues, Point, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::snapshot::Recorder;
use qingshan_core::ule::compliance::{check, ComplianceOutcome};
use qingshan_core::ule::{calculate_ranged, calculate_sector, Pollutant, RangedSector, Sector};
use qingshan_core::units::Unit;

use crate::export::Row;
use crate::format::plain;
use crate::i18n::catalog;
use crate::state::AppState;

/// Collects rows, leaving out any whose numbers are not finite.
struct Rows(Vec<Row>);

impl Rows {
    fn push(&mut self, key: String, label: String, x: Ranged, unit: &str, method: &str) {
        if [x.central, x.low, x.high].iter().all(|v| v.is_finite()) {
            self.0.push(Row {
                section: "ule",
                key,
                label,
                central: x.central,
                low: x.low,
                high: x.high,
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
pub fn rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let lang = state.lang;
    let c = &catalog(lang).ule;
    let inputs = &state.ule.inputs;
    let library = Library::standard();
    let results = calculate_ranged(inputs, library, &state.overrides);
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
    for p in Pollutant::ALL {
        out.push(
            format!("ule.total.{}", p.key()),
            format!("{}{}", c.total_avoided, p.name().get(lang)),
            *results.total.get(p),
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
        sector_rows(&mut out, state, s, r);
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

/// The rows of one sector that has a result.
fn sector_rows(out: &mut Rows, state: &AppState, s: Sector, r: &RangedSector) {
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
    for p in Pollutant::ALL {
        let head = format!("{name} · {}", p.name().get(lang));
        let key = format!("ule.{}.{}", s.key(), p.key());
        out.push(
            key.clone(),
            format!("{head} · {}", c.col_avoided),
            r.ranged(|o| *o.avoided.get(p)),
            t_yr,
            &method,
        );
        out.push(
            format!("{key}.before"),
            format!("{head} · {}", c.before),
            r.ranged(|o| *o.before.get(p)),
            kg_t,
            &intensity_method,
        );
        out.push(
            format!("{key}.after"),
            format!("{head} · {}", c.after),
            r.ranged(|o| *o.after.get(p)),
            kg_t,
            &intensity_method,
        );
        if let Some(share) = r.ranged_opt(|o| o.share_of_baseline.get(p).map(|x| x * 100.0)) {
            out.push(
                format!("{key}.share"),
                format!("{head} · {}", c.col_share),
                share,
                percent,
                c.baseline_note,
            );
        }
    }
    if r.central.cost.is_some() {
        cost_rows(out, state, s, r);
    }
}

/// The cost rows of a sector that has costs (steel).
fn cost_rows(out: &mut Rows, state: &AppState, s: Sector, r: &RangedSector) {
    let lang = state.lang;
    let c = &catalog(lang).ule;
    let yuan = Unit::Yuan.symbol(lang);
    let yuan_yr = format!("{yuan}/{}", c.year_unit);
    let label = |what: &str| format!("{} · {what}", c.cost_title);
    let cost = |f: fn(&qingshan_core::ule::cost::CostResult) -> Option<f64>| {
        r.ranged_opt(|o| o.cost.as_ref().and_then(f))
    };
    let items: [(&str, &str, Option<Ranged>, &str, &str); 5] = [
        (
            "investment",
            c.investment,
            cost(|k| Some(k.investment)),
            yuan,
            c.f_cost,
        ),
        (
            "operating",
            c.operating,
            cost(|k| Some(k.operating)),
            &yuan_yr,
            c.f_cost,
        ),
        (
            "per_tonne",
            c.per_tonne,
            cost(|k| k.per_tonne),
            c.yuan_per_t_pollutant,
            c.per_tonne_definition,
        ),
        (
            "annualised",
            c.annualised_investment,
            cost(|k| k.annualised_investment.and_then(Result::ok)),
            &yuan_yr,
            c.annualise_note,
        ),
        (
            "per_tonne_with_investment",
            c.per_tonne_with_investment,
            cost(|k| k.per_tonne_with_investment),
            c.yuan_per_t_pollutant,
            c.annualise_note,
        ),
    ];
    for (key, what, x, unit, how) in items {
        if let Some(x) = x {
            out.push(
                format!("ule.{}.cost.{key}", s.key()),
                label(what),
                x,
                unit,
                how,
            );
        }
    }
}
