//! The results: avoided emissions by sector and pollutant (headline, chart, table), intensities
//! before and after, shares of the national baseline, notes on what each result rests on, and
//! the steel costs.

use std::rc::Rc;

use qingshan_core::eval::{CalcError, FactorValues};
use qingshan_core::text::Lang;
use qingshan_core::ule::{
    calculate_sector, Pollutant, RangedSector, Sector, SectorInputs, UleInputs, UleRanged,
};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::error_sentence;
use crate::app::{use_next_frame, AfterSplit, Stage, Staged};
use crate::components::chart::{Bar, BarChart};
use crate::components::tornado::{colon, mc_range, mc_span, mc_whiskers, tornado_of, Timed};
use crate::format::{percent, plain, quantity};
use crate::i18n::catalog;
use crate::state::ule::UleAction;

mod cost;
mod notes;

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The page's language.
    pub lang: Lang,
    /// The ranged results.
    pub results: Rc<UleRanged>,
    /// The Monte Carlo analysis of the three totals ([`Pollutant::ALL`] order).
    pub mc: Rc<Timed>,
    /// The inputs the results come from (for the notes on what they rest on).
    pub inputs: UleInputs,
    /// True when the user changed the coke-oven flue-gas volume (no longer unverified).
    pub coke_volume_changed: bool,
    /// Sends an edit.
    pub on_ule: Callback<UleAction>,
}

fn class(p: Pollutant) -> &'static str {
    match p {
        Pollutant::Pm => "s-pm",
        Pollutant::So2 => "s-so2",
        Pollutant::Nox => "s-nox",
    }
}

/// Ids of the Monte Carlo range of each total and of the tornado of each pollutant.
fn mc_ids(p: Pollutant) -> (&'static str, &'static str) {
    match p {
        Pollutant::Pm => ("ule-mc-pm", "ule-tornado-pm"),
        Pollutant::So2 => ("ule-mc-so2", "ule-tornado-so2"),
        Pollutant::Nox => ("ule-mc-nox", "ule-tornado-nox"),
    }
}

/// Position of `p` in [`Pollutant::ALL`] (the analysis' output index of its total).
fn output(p: Pollutant) -> usize {
    Pollutant::ALL.iter().position(|&q| q == p).unwrap_or(0)
}

/// The layout of the Monte Carlo analysis' outputs (issue 9), [`mc_outputs`]:
///
/// | index | output | unit |
/// | --- | --- | --- |
/// | 0, 1, 2 | avoided totals, [`Pollutant::ALL`] order (the headline; the tornado ranks these) | t/yr |
/// | [`sector_block`]`(s)` + [`block`] offset | sector `s`'s avoided, share of the national baseline, intensity before and after (per pollutant), steel's investment, operating cost and operating cost per tonne avoided | t/yr, fraction, kg/t, yuan, yuan/yr, yuan/t |
///
/// A sector left out (it does not compute at the central point) or a value that does not exist
/// (no national baseline, no cost outside steel, nothing avoided) is 0 in every sample; the
/// page shows no range for it.
pub mod block {
    /// Avoided of pollutant p, t/yr: `AVOIDED + p`.
    pub const AVOIDED: usize = 0;
    /// Share of the national baseline: `SHARE + p`.
    pub const SHARE: usize = 3;
    /// Intensity before the retrofit, kg/t: `BEFORE + p`.
    pub const BEFORE: usize = 6;
    /// Intensity after, kg/t: `AFTER + p`.
    pub const AFTER: usize = 9;
    /// Steel's investment, yuan.
    pub const INVESTMENT: usize = 12;
    /// Steel's operating cost, yuan/yr.
    pub const OPERATING: usize = 13;
    /// Steel's operating cost per tonne of pollutant avoided, yuan/t.
    pub const PER_TONNE: usize = 14;
    /// Outputs per sector.
    pub const LEN: usize = 15;
}

/// The first output of sector `s`'s block.
pub fn sector_block(s: Sector) -> usize {
    3 + s.index() * block::LEN
}

/// Every result of the sectors `include` names, at one point of the factors (layout: [`block`]).
/// A sector named in `include` that fails makes the whole call fail, as `ule::totals` does: the
/// sample is counted as failed rather than silently shrinking the totals. The annualised cost
/// (an optional block with the user's rate and life) has no range.
///
/// # Errors
/// The first failing included sector's [`CalcError`].
pub fn mc_outputs(
    sectors: &[SectorInputs; 3],
    f: &dyn FactorValues,
    include: [bool; 3],
) -> Result<Vec<f64>, CalcError> {
    let mut v = vec![0.0; 3 + 3 * block::LEN];
    let mut put = |at: usize, x: f64| {
        if let Some(slot) = v.get_mut(at) {
            *slot = x;
        }
    };
    let mut totals = [0.0; 3];
    for s in Sector::ALL {
        let Some(inputs) = sectors.get(s.index()) else {
            continue;
        };
        if !include.get(s.index()).copied().unwrap_or(false) {
            continue;
        }
        let r = calculate_sector(inputs, None, f)?;
        let start = sector_block(s);
        for (i, p) in Pollutant::ALL.into_iter().enumerate() {
            let avoided = *r.avoided.get(p);
            if let Some(t) = totals.get_mut(i) {
                *t += avoided;
            }
            put(start + block::AVOIDED + i, avoided);
            put(
                start + block::SHARE + i,
                r.share_of_baseline.get(p).unwrap_or(0.0),
            );
            put(start + block::BEFORE + i, *r.before.get(p));
            put(start + block::AFTER + i, *r.after.get(p));
        }
        if let Some(c) = r.cost {
            put(start + block::INVESTMENT, c.investment);
            put(start + block::OPERATING, c.operating);
            put(start + block::PER_TONNE, c.per_tonne.unwrap_or(0.0));
        }
    }
    for (i, t) in totals.into_iter().enumerate() {
        put(i, t);
    }
    Ok(v)
}

/// The results panel.
///
/// One tornado, for the pollutant chosen with the buttons above it; until the user chooses,
/// the pollutant with the largest avoided total (in tonnes the three are comparable, and the
/// largest is the headline of the retrofit). Three tornadoes at once would triple the chart
/// and its table for little: the drivers of the three totals are mostly the same factors.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let u = &catalog(lang).uncertainty;
    let r = &props.results;
    let chosen = use_state(|| None::<Pollutant>);
    let mc = props.mc.analysis.as_ref();
    let largest = Pollutant::ALL.into_iter().fold(Pollutant::Pm, |best, p| {
        if r.total.get(p).central > r.total.get(best).central {
            p
        } else {
            best
        }
    });
    let shown = chosen.unwrap_or(largest);

    let t_yr = Unit::TonnesPerYear.symbol(lang);
    let ok: Vec<(Sector, &RangedSector)> = Sector::ALL
        .into_iter()
        .filter_map(|s| r.sector(s).as_ref().ok().map(|x| (s, x)))
        .collect();
    // Plain loops, not `flat_map`: its adapter was a generic instantiation of its own in the
    // first load (docs/size.md).
    let mut bars: Vec<Bar> = Vec::with_capacity(ok.len() * Pollutant::ALL.len());
    for &(s, x) in &ok {
        for p in Pollutant::ALL {
            let v = x.ranged(|o| *o.avoided.get(p));
            let (low, high) = mc_whiskers(
                mc,
                sector_block(s) + block::AVOIDED + output(p),
                1.0,
                (v.low, v.high),
            );
            bars.push(Bar {
                label: format!("{} · {}", s.name().get(lang), p.name().get(lang)),
                central: v.central,
                low,
                high,
                class: class(p),
            });
        }
    }
    // The tornado appears one frame after the ranges (its render is a task of its own).
    let tornado_ready = use_next_frame(mc.is_some());
    let kg_t = Unit::KgPerTonne.symbol(lang);
    let mut rows: Vec<Html> = Vec::with_capacity(ok.len() * Pollutant::ALL.len());
    for &(s, x) in &ok {
        for p in Pollutant::ALL {
            let avoided = x.ranged(|o| *o.avoided.get(p));
            let before = x.central.before.get(p);
            let after = x.central.after.get(p);
            let share = x.ranged_opt(|o| *o.share_of_baseline.get(p));
            let start = sector_block(s);
            let k = output(p);
            let q3 = |v: f64| quantity(v, 3, lang);
            let p3 = |v: f64| plain(v, 3, true);
            let pc = |v: f64| percent(v, 2);
            rows.push(html! {
                <tr>
                    <th scope="row">{s.name().get(lang)}{" · "}{p.name().get(lang)}</th>
                    <td class="num" data-key={format!("ule-avoided-{}-{}", s.key(), p.key())}>{quantity(avoided.central, 3, lang)}</td>
                    <td class="num ule-mc">{mc_span(&format!("ule-mc-{}-{}", s.key(), p.key()), mc, start + block::AVOIDED + k, &q3, "", lang)}</td>
                    <td class="num">{quantity(avoided.low, 3, lang)}{"–"}{quantity(avoided.high, 3, lang)}</td>
                    <td class="num">{plain(*before, 3, true)}{" → "}{plain(*after, 3, true)}
                        {mc_span(&format!("ule-mc-before-{}-{}", s.key(), p.key()), mc, start + block::BEFORE + k, &p3, "", lang)}
                        {mc_span(&format!("ule-mc-after-{}-{}", s.key(), p.key()), mc, start + block::AFTER + k, &p3, "", lang)}</td>
                    <td class="num">{share.map_or_else(|| c.no_baseline.to_string(), |sh| format!("{} ({}{}{}–{})", percent(sh.central, 2), u.bounds, colon(lang), percent(sh.low, 2), percent(sh.high, 2)))}
                        if share.is_some() {
                            {mc_span(&format!("ule-mc-share-{}-{}", s.key(), p.key()), mc, start + block::SHARE + k, &pc, "", lang)}
                        }</td>
                </tr>
            });
        }
    }
    html! {
        <section class="panel ule-results" aria-labelledby="ule-results-title" data-mc-ms={props.mc.ms_attr()}>
            <h2 id="ule-results-title">{c.results_title}</h2>
            <p class="method-note">{c.range_note}</p>
            <dl class="ule-totals" aria-live="polite">
                { for Pollutant::ALL.into_iter().map(|p| html! {
                    <>
                        <dt>{c.total_avoided}{p.name().get(lang)}</dt>
                        <dd>
                            <span class="result-big" id={format!("ule-total-{}", p.key())}>{quantity(r.total.get(p).central, 3, lang)}</span>
                            {" "}{t_yr}
                            {mc_range(mc_ids(p).0, mc, output(p), t_yr, 1.0, lang)}
                            <span class="result-range">{" "}{u.bounds}{colon(lang)}{quantity(r.total.get(p).low, 3, lang)}{"–"}{quantity(r.total.get(p).high, 3, lang)}</span>
                        </dd>
                    </>
                }) }
            </dl>
            if !r.complete {
                <div class="notice" role="status">
                    <p>{c.incomplete}</p>
                    <ul>
                        { for Sector::ALL.into_iter().filter_map(|s| r.sector(s).as_ref().err().map(|e| html! {
                            <li>{s.name().get(lang)}{": "}{error_sentence(e, lang)}</li>
                        })) }
                    </ul>
                </div>
            }
            <notes::Notes lang={lang} results={r.clone()} inputs={props.inputs.clone()}
                coke_volume_changed={props.coke_volume_changed} />
            // The boot in stages (`crate::app::Stage`): the chart and table, then the tornado
            // and the costs, each one frame after the part above.
            <Staged at={Stage::ULE_TABLE}>
            <BarChart id="ule-chart" title={c.chart_title} unit={t_yr} bars={bars} lang={lang} />
            // Focusable: with the range columns the table can scroll sideways (keyboard users
            // scroll it with the arrow keys once it has focus).
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ule-table-caption">
                <table class="ule-table">
                    <caption id="ule-table-caption">{c.table_caption}</caption>
                    <thead><tr>
                        <th scope="col">{c.col_sector_pollutant}</th>
                        <th scope="col" class="num">{c.col_avoided}{" ("}{t_yr}{")"}</th>
                        <th scope="col" class="num">{u.col_mc}{" ("}{t_yr}{")"}</th>
                        <th scope="col" class="num">{u.bounds}</th>
                        <th scope="col" class="num">{c.col_intensity}{" ("}{kg_t}{")"}</th>
                        <th scope="col" class="num">{c.col_share}</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="method-note">{c.baseline_note}</p>
            if mc.is_some() {
                <p class="method-note" id="ule-whiskers-note">{u.whiskers_note}</p>
            }
            </Staged>
            <Staged at={Stage::ULE_TORNADO}>
            if mc.is_some() && tornado_ready {
                <div class="mc-choose" role="group" aria-label={u.choose_output}>
                    { for Pollutant::ALL.into_iter().map(|p| {
                        let chosen = chosen.clone();
                        html! {
                            <button type="button" id={format!("ule-tornado-pick-{}", p.key())}
                                aria-pressed={if p == shown { "true" } else { "false" }}
                                onclick={Callback::from(move |_| chosen.set(Some(p)))}>
                                {p.name().get(lang)}
                            </button>
                        }
                    }) }
                </div>
                {tornado_of(mc_ids(shown).1, mc, output(shown), shown.name().get(lang), t_yr, 1.0, lang)}
            }
            // Below the first screen: waits for the split-out wasm (src/app.rs AfterSplit).
            if let Some((_, steel)) = ok.iter().find(|(s, _)| *s == Sector::Steel) {
                <AfterSplit>
                <cost::SteelCost lang={lang} steel={(*steel).clone()} annualise={props.inputs.annualise}
                    mc={props.mc.clone()} on_ule={props.on_ule.clone()} />
                </AfterSplit>
            }
            </Staged>
        </section>
    }
}
