//! The panel's results: NOx on its own, tailpipe CO₂, the electricity and its CO₂, and the net,
//! each with its range; which gases each side counts; two charts with their tables.

use qingshan_core::eval::{Overrides, Ranged};
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::trucks::{self, NetOutcome, TruckResult};
use qingshan_core::uncertainty::Analysis;
use std::rc::Rc;
use yew::prelude::*;

use super::{error_text, fill, with_gas, Outcome};
use crate::components::chart::{Bar, BarChart};
use crate::components::factor::{value_with_unit, GradeBadge};
use crate::components::tornado::{mc_range, mc_whiskers, tornado_of, Timed};
use crate::format::quantity;
use crate::i18n::catalog;

/// Props of [`TrucksResults`].
#[derive(Properties, PartialEq)]
pub struct TrucksResultsProps {
    /// The page's language.
    pub lang: Lang,
    /// The factors the user changed (to mark the electricity factor if changed).
    pub overrides: Overrides,
    /// The calculation's outcome.
    pub outcome: Outcome,
    /// The Monte Carlo analysis of NOx, tailpipe CO₂ and net CO₂ ([`MC_NOX`], [`MC_TAILPIPE`],
    /// [`MC_NET`]).
    pub mc: Rc<Timed>,
}

/// Output index of NOx avoided in the Monte Carlo analysis ([`mc_outputs`]).
pub const MC_NOX: usize = 0;
/// Output index of tailpipe CO₂ avoided.
pub const MC_TAILPIPE: usize = 1;
/// Output index of net CO₂ avoided.
pub const MC_NET: usize = 2;
/// Output index of the electricity drawn, kWh/yr.
pub const MC_ELECTRICITY: usize = 3;
/// Output index of the grid's CO₂ for that electricity, t/yr.
pub const MC_GRID: usize = 4;
/// Output index of tailpipe CO₂ per km, kg/km.
pub const MC_TAILPIPE_KM: usize = 5;
/// Output index of the grid's CO₂ per km, kg/km.
pub const MC_GRID_KM: usize = 6;

/// Every result of one evaluation for the Monte Carlo analysis (issue 9), in the order of the
/// `MC_*` indices: the three headline results (the tornado is of [`MC_NET`]), then the
/// electricity, the grid's CO₂ and the two per-km figures.
pub fn mc_outputs(p: &trucks::TruckPoint) -> Vec<f64> {
    vec![
        p.nox_t,
        p.tailpipe_t,
        p.net_t,
        p.electricity_kwh,
        p.grid_t,
        p.tailpipe_kg_per_km,
        p.grid_kg_per_km,
    ]
}

/// Significant digits of the results on the page.
const SIG: u32 = 3;

fn range_text(lang: Lang, r: Ranged) -> String {
    format!(
        "{} {} – {}",
        catalog(lang).trucks.range_label,
        quantity(r.low, SIG, lang),
        quantity(r.high, SIG, lang)
    )
}

/// One result: label, central value with unit, range.
fn item(
    lang: Lang,
    id: &'static str,
    label: String,
    r: Ranged,
    unit: &str,
    note: Option<&'static str>,
    mc: Html,
) -> Html {
    html! {
        <div class="trucks-result" id={id}>
            <dt>{label}</dt>
            <dd>
                <span class="result-big">{quantity(r.central, SIG, lang)}</span>
                {" "}<span class="unit">{unit.to_owned()}</span>
                {mc}
                <span class="result-range">{range_text(lang, r)}</span>
                if let Some(n) = note {
                    <span class="method-note">{n}</span>
                }
            </dd>
        </div>
    }
}

fn negated(r: Ranged) -> Ranged {
    Ranged {
        central: -r.central,
        low: -r.high,
        high: -r.low,
    }
}

/// A bar whose whiskers are output `k`'s Monte Carlo 90 % range (negated with `sign` −1), or
/// the all-ends bound without an analysis.
fn bar(
    label: String,
    r: Ranged,
    mc: Option<&Analysis>,
    k: usize,
    sign: f64,
    class: &'static str,
) -> Bar {
    let (a, b) = mc_whiskers(mc, k, sign, (r.low, r.high));
    Bar {
        label,
        central: r.central,
        low: a.min(b),
        high: a.max(b),
        class,
    }
}

/// Which gases each side counts, and the electricity factor used.
fn basis(lang: Lang, r: &TruckResult, overrides: &Overrides) -> Html {
    let t = &catalog(lang).trucks;
    let w = &catalog(lang).widgets;
    let (tail_gas, grid_gas) = (r.tailpipe_gas(), r.grid_gas());
    let gases = if r.gases_differ() {
        fill(
            t.gases_differ,
            &[
                ("{a}", tail_gas.symbol().get(lang)),
                ("{b}", grid_gas.symbol().get(lang)),
            ],
        )
    } else {
        fill(t.gases_same, &[("{a}", tail_gas.symbol().get(lang))])
    };
    let grid_id = r.inputs.grid.id();
    let grid_factor = Library::standard().get(grid_id).map(|f| {
        let value = overrides.get(grid_id).unwrap_or(f.value);
        html! {
            <p class="trucks-grid-used" id="trucks-grid-used">
                {t.grid_used}{" "}{f.def.name.get(lang)}{" = "}{value_with_unit(f, value, lang)}
                {" "}<GradeBadge grade={f.grade()} lang={lang} />
                if overrides.is_overridden(grid_id) {
                    {" · "}<em>{w.changed_by_you}</em>
                }
            </p>
        }
    });
    html! {
        <>
            <p class={classes!("trucks-gases", r.gases_differ().then_some("notice"))} id="trucks-gases">{gases}</p>
            {grid_factor}
        </>
    }
}

/// The two charts: CO₂ per year (tailpipe, electricity drawn negative, net) and CO₂ per km.
/// The bars' labels stay short (the chart's label column is narrow); the titles name the gases.
fn charts(lang: Lang, r: &TruckResult, mc: Option<&Analysis>) -> Html {
    let t = &catalog(lang).trucks;
    let gases = [
        ("{a}", r.tailpipe_gas().symbol().get(lang)),
        ("{b}", r.grid_gas().symbol().get(lang)),
    ];
    let net_class = if r.net_t.central < 0.0 {
        "s-neg"
    } else {
        "s-net"
    };
    let co2_bars = vec![
        bar(
            t.bar_tailpipe.to_owned(),
            r.tailpipe_t,
            mc,
            MC_TAILPIPE,
            1.0,
            "s-co2",
        ),
        bar(
            t.bar_grid.to_owned(),
            negated(r.grid_t),
            mc,
            MC_GRID,
            -1.0,
            "s-grid",
        ),
        bar(t.bar_net.to_owned(), r.net_t, mc, MC_NET, 1.0, net_class),
    ];
    let km_bars = vec![
        bar(
            t.bar_diesel_km.to_owned(),
            r.tailpipe_kg_per_km,
            mc,
            MC_TAILPIPE_KM,
            1.0,
            "s-co2",
        ),
        bar(
            t.bar_electric_km.to_owned(),
            r.grid_kg_per_km,
            mc,
            MC_GRID_KM,
            1.0,
            "s-grid",
        ),
    ];
    let u = &catalog(lang).uncertainty;
    html! {
        <>
            <BarChart id="trucks-chart-co2" title={fill(t.chart_co2_title, &gases)}
                unit={trucks::MASS_UNIT.symbol(lang)} bars={co2_bars} lang={lang} />
            <BarChart id="trucks-chart-km" title={fill(t.chart_km_title, &gases)}
                unit={t.unit_kg_per_km} bars={km_bars} lang={lang} />
            if mc.is_some() {
                <p class="method-note" id="trucks-whiskers-note">{u.whiskers_note}</p>
            }
        </>
    }
}

/// The results of one calculation.
fn results(lang: Lang, r: &TruckResult, overrides: &Overrides, mc: Option<&Analysis>) -> Html {
    let t = &catalog(lang).trucks;
    let t_yr = trucks::MASS_UNIT.symbol(lang);
    let (tail_gas, grid_gas) = (r.tailpipe_gas(), r.grid_gas());
    let net_amount = |x: f64| format!("{} {t_yr}", quantity(x.abs(), SIG, lang));
    let outcome = r.net_outcome();
    let (net_text, net_class) = match outcome {
        NetOutcome::Avoided | NetOutcome::AvoidedUncertain => (
            fill(t.net_avoided, &[("{x}", &net_amount(r.net_t.central))]),
            "net-avoided",
        ),
        NetOutcome::More | NetOutcome::MoreUncertain => (
            fill(t.net_more, &[("{x}", &net_amount(r.net_t.central))]),
            "net-more",
        ),
        NetOutcome::Zero => (t.net_zero.to_owned(), "net-zero"),
    };
    let uncertain = matches!(
        outcome,
        NetOutcome::AvoidedUncertain | NetOutcome::MoreUncertain
    );
    html! {
        <>
            <dl class="trucks-results-list">
                { item(lang, "trucks-nox", t.nox_label.to_owned(), r.nox_t, t_yr, Some(t.nox_note),
                    mc_range("trucks-mc-nox", mc, MC_NOX, t_yr, 1.0, lang)) }
                { item(lang, "trucks-tailpipe", with_gas(lang, t.tailpipe_label, tail_gas),
                    r.tailpipe_t, t_yr, None, mc_range("trucks-mc-tailpipe", mc, MC_TAILPIPE, t_yr, 1.0, lang)) }
                { item(lang, "trucks-electricity", t.electricity_label.to_owned(), r.electricity_kwh,
                    trucks::ELECTRICITY_UNIT.symbol(lang), None,
                    mc_range("trucks-mc-electricity", mc, MC_ELECTRICITY, trucks::ELECTRICITY_UNIT.symbol(lang), 1.0, lang)) }
                { item(lang, "trucks-grid", with_gas(lang, t.grid_label, grid_gas), r.grid_t, t_yr, None,
                    mc_range("trucks-mc-grid", mc, MC_GRID, t_yr, 1.0, lang)) }
                <div class={classes!("trucks-result", "trucks-net", net_class)} id="trucks-net">
                    <dt>{t.net_label}</dt>
                    <dd>
                        <span class="result-big" aria-live="polite">{net_text}</span>
                        {mc_range("trucks-mc-net", mc, MC_NET, t_yr, 1.0, lang)}
                        <span class="result-range">
                            {t.net_range}{" "}{quantity(r.net_t.low, SIG, lang)}{" – "}
                            {quantity(r.net_t.high, SIG, lang)}{" "}{t_yr}
                        </span>
                        if uncertain {
                            <span class="method-note" id="trucks-net-uncertain">{t.net_uncertain}</span>
                        }
                    </dd>
                </div>
            </dl>
            { basis(lang, r, overrides) }
            { charts(lang, r, mc) }
            { tornado_of("trucks-tornado", mc, MC_NET, t.net_label, t_yr, 1.0, lang) }
        </>
    }
}

/// The panel's results.
#[component]
pub fn TrucksResults(props: &TrucksResultsProps) -> Html {
    let lang = props.lang;
    let t = &catalog(lang).trucks;
    let body = match &props.outcome {
        Some(Ok(r)) => results(lang, r, &props.overrides, props.mc.analysis.as_ref()),
        Some(Err(e)) => html! {
            <p class="field-error" id="trucks-error" role="alert">
                {t.cannot_compute}{" "}{error_text(lang, e)}
            </p>
        },
        None => {
            html! { <p class="field-error" id="trucks-error" role="alert">{t.grid_missing}</p> }
        }
    };
    html! {
        <div class="panel trucks-results" data-mc-ms={props.mc.ms_attr()}>
            <h3>{t.results_heading}</h3>
            {body}
        </div>
    }
}
