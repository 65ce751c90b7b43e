//! The results: avoided emissions by sector and pollutant (headline, chart, table), intensities
//! before and after, shares of the national baseline, notes on what each result rests on, and
//! the steel costs.

use std::rc::Rc;

use qingshan_core::text::Lang;
use qingshan_core::ule::{Pollutant, RangedSector, Sector, UleInputs, UleRanged};
use qingshan_core::units::Unit;
use yew::prelude::*;

use super::common::error_sentence;
use crate::components::chart::{Bar, BarChart};
use crate::components::tornado::{colon, mc_range, tornado_of, Timed};
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

/// Position of `p` in [`Pollutant::ALL`] (the analysis' output index).
fn output(p: Pollutant) -> usize {
    Pollutant::ALL.iter().position(|&q| q == p).unwrap_or(0)
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
    let bars: Vec<Bar> = ok
        .iter()
        .flat_map(|&(s, x)| {
            Pollutant::ALL.into_iter().map(move |p| {
                let v = x.ranged(|o| *o.avoided.get(p));
                Bar {
                    label: format!("{} · {}", s.name().get(lang), p.name().get(lang)),
                    central: v.central,
                    low: v.low,
                    high: v.high,
                    class: class(p),
                }
            })
        })
        .collect();
    let kg_t = Unit::KgPerTonne.symbol(lang);
    let rows = ok.iter().flat_map(|&(s, x)| {
        Pollutant::ALL.into_iter().map(move |p| {
            let avoided = x.ranged(|o| *o.avoided.get(p));
            let before = x.central.before.get(p);
            let after = x.central.after.get(p);
            let share = x.ranged_opt(|o| *o.share_of_baseline.get(p));
            html! {
                <tr>
                    <th scope="row">{s.name().get(lang)}{" · "}{p.name().get(lang)}</th>
                    <td class="num" data-key={format!("ule-avoided-{}-{}", s.key(), p.key())}>{quantity(avoided.central, 3, lang)}</td>
                    <td class="num">{quantity(avoided.low, 3, lang)}{"–"}{quantity(avoided.high, 3, lang)}</td>
                    <td class="num">{plain(*before, 3, true)}{" → "}{plain(*after, 3, true)}</td>
                    <td class="num">{share.map_or_else(|| c.no_baseline.to_string(), |sh| format!("{} ({}–{})", percent(sh.central, 2), percent(sh.low, 2), percent(sh.high, 2)))}</td>
                </tr>
            }
        })
    });
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
            <BarChart id="ule-chart" title={c.chart_title} unit={t_yr} bars={bars} lang={lang} />
            <div class="table-scroll" role="region" tabindex="0" aria-label={c.table_caption}>
                <table class="ule-table">
                    <caption>{c.table_caption}</caption>
                    <thead><tr>
                        <th scope="col">{c.col_sector_pollutant}</th>
                        <th scope="col" class="num">{c.col_avoided}{" ("}{t_yr}{")"}</th>
                        <th scope="col" class="num">{c.col_range}</th>
                        <th scope="col" class="num">{c.col_intensity}{" ("}{kg_t}{")"}</th>
                        <th scope="col" class="num">{c.col_share}</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="method-note">{c.baseline_note}</p>
            if mc.is_some() {
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
            if let Some((_, steel)) = ok.iter().find(|(s, _)| *s == Sector::Steel) {
                <cost::SteelCost lang={lang} steel={(*steel).clone()} annualise={props.inputs.annualise}
                    on_ule={props.on_ule.clone()} />
            }
        </section>
    }
}
