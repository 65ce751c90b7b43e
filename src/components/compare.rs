//! Compare the current scenario with up to two kept variants: a difference table and an
//! overlaid chart. The variants are links; their results come from the same calculators.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::chart::{Bar, BarChart};
use crate::export::Row;
use crate::format::{percent, quantity};
use crate::i18n::catalog;
use crate::link::state_from_link;
use crate::results::all_rows;
use crate::state::{Action, AppState};

/// Props of [`ComparePanel`].
#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    /// The page state.
    pub state: Rc<AppState>,
    /// Sends an action to the page's reducer.
    pub on_action: Callback<Action>,
}

/// The letter of scenario `i` (0 = current).
fn letter(i: usize) -> char {
    char::from(b'A' + u8::try_from(i % 26).unwrap_or(0))
}

/// One scenario's rows looked up by key (the last row with the key, as a map filled in row
/// order would hold). A linear search over a few dozen rows: a `BTreeMap<String, &Row>` here
/// was the app's only instantiation of that map (≈1 KB gzip of wasm, docs/size.md).
struct RowsByKey<'a>(&'a [Row]);

impl<'a> RowsByKey<'a> {
    fn get(&self, key: &str) -> Option<&'a Row> {
        self.0.iter().rev().find(|r| r.key == key)
    }
}

/// The rows of every scenario (current first), in the current language.
pub fn scenario_rows(state: &AppState) -> Vec<Vec<Row>> {
    let mut out = vec![all_rows(state).0];
    for fragment in &state.compare {
        let (mut s, _) = state_from_link(fragment, state.lang);
        s.lang = state.lang;
        out.push(all_rows(&s).0);
    }
    out
}

/// The difference `b − a` as text, with its relative change where `a` is not zero.
fn difference(a: f64, b: f64, lang: qingshan_core::text::Lang) -> String {
    let d = b - a;
    if !d.is_finite() {
        return crate::format::NOT_A_NUMBER.to_string();
    }
    let sign = if d > 0.0 { "+" } else { "" };
    if a.abs() > 0.0 {
        format!(
            "{sign}{} ({sign}{})",
            quantity(d, 3, lang),
            percent(d / a, 3)
        )
    } else {
        format!("{sign}{}", quantity(d, 3, lang))
    }
}

/// True when the scenarios' values of one result differ (or some scenario lacks it). Values are
/// equal when they agree to 12 significant digits: a round trip through the link is exact, so
/// this only absorbs the last-bit noise of recomputation.
fn differs(values: &[Option<f64>]) -> bool {
    let Some(Some(a)) = values.first().copied() else {
        return true;
    };
    values.iter().skip(1).any(|v| match v {
        Some(b) => (b - a).abs() > 1e-12 * a.abs().max(b.abs()),
        None => true,
    })
}

/// The comparison panel.
///
/// The table lists every result of every scenario with its difference from the current one,
/// by default only the results that differ (a checkbox shows all). The chart overlays the
/// scenarios for the results in one unit at a time (a chart's axis has one unit); the unit is
/// chosen in a list that names how many results each unit has. Both choices are page-only
/// and do not travel in the link.
#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let only_diff = use_state_eq(|| true);
    let chart_unit = use_state_eq(|| None::<String>);
    let state = &props.state;
    let lang = state.lang;
    let t = &catalog(lang).compare;
    let w = &catalog(lang).widgets;
    let full = state.compare.len() >= qingshan_core::scenario::MAX_VARIANTS;
    let on_keep = props.on_action.reform(|_: MouseEvent| Action::KeepVariant);

    let body = if state.compare.is_empty() {
        html! {}
    } else {
        let all = scenario_rows(state);
        // Union of row keys, in the order they first appear.
        let mut order: Vec<(String, String, String)> = Vec::new();
        let mut by_key: Vec<RowsByKey> = Vec::new();
        for rows in &all {
            for r in rows {
                if !order.iter().any(|(k, _, _)| *k == r.key) {
                    order.push((r.key.clone(), r.label.clone(), r.unit.clone()));
                }
            }
            by_key.push(RowsByKey(rows));
        }
        let any_rows = !order.is_empty();
        if *only_diff {
            order.retain(|(key, _, _)| {
                let values: Vec<Option<f64>> = by_key
                    .iter()
                    .map(|m| m.get(key).map(|r| r.central))
                    .collect();
                differs(&values)
            });
        }
        let names: Vec<String> = (0..all.len())
            .map(|i| {
                if i == 0 {
                    format!("{} {}", letter(0), t.current)
                } else {
                    format!("{} {}", letter(i), t.variant)
                }
            })
            .collect();
        // The units of the rows shown, in order, with their row counts.
        let mut units: Vec<(String, usize)> = Vec::new();
        for (_, _, unit) in &order {
            match units.iter_mut().find(|(u, _)| u == unit) {
                Some((_, n)) => *n += 1,
                None => units.push((unit.clone(), 1)),
            }
        }
        let unit = chart_unit
            .as_ref()
            .filter(|u| units.iter().any(|(x, _)| x == *u))
            .cloned()
            .or_else(|| units.first().map(|(u, _)| u.clone()))
            .unwrap_or_default();
        let bars: Vec<Bar> = order
            .iter()
            .filter(|(_, _, u)| *u == unit)
            .flat_map(|(key, label, _)| {
                by_key.iter().enumerate().filter_map(move |(i, m)| {
                    m.get(key).map(|r| Bar {
                        label: format!("{} · {label}", letter(i)),
                        central: r.central,
                        low: r.low,
                        high: r.high,
                        class: ["s-a", "s-b", "s-c"][i.min(2)],
                    })
                })
            })
            .collect();
        let on_only_diff = {
            let only_diff = only_diff.clone();
            Callback::from(move |e: Event| {
                if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                    only_diff.set(input.checked());
                }
            })
        };
        let on_unit = {
            let chart_unit = chart_unit.clone();
            Callback::from(move |e: Event| {
                if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                    chart_unit.set(Some(select.value()));
                }
            })
        };
        html! {
            <>
                <ul class="variants">
                    { for state.compare.iter().enumerate().map(|(i, _)| {
                        let open = props.on_action.reform(move |_: MouseEvent| Action::SwapVariant(i));
                        let remove = props.on_action.reform(move |_: MouseEvent| Action::RemoveVariant(i));
                        html! {
                            <li>
                                <span>{names[i + 1].clone()}</span>
                                <button type="button" onclick={open}
                                    aria-label={format!("{}: {}", t.open, names[i + 1])}>{t.open}</button>
                                <button type="button" onclick={remove}
                                    aria-label={format!("{}: {}", t.remove, names[i + 1])}>{t.remove}</button>
                            </li>
                        }
                    }) }
                </ul>
                if any_rows {
                    <p class="compare-filter">
                        <input type="checkbox" id="compare-only-diff" checked={*only_diff}
                            onchange={on_only_diff} />
                        <label for="compare-only-diff">{t.only_differ}</label>
                    </p>
                }
                if !any_rows {
                    <p class="notice">{t.nothing}</p>
                } else if order.is_empty() {
                    <p class="notice" id="compare-same">{t.none_differ}</p>
                } else {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                        <table class="compare-table">
                            <caption id="compare-caption">{t.table_caption}</caption>
                            <thead><tr>
                                <th scope="col">{w.col_item}</th>
                                <th scope="col">{w.col_unit}</th>
                                { for names.iter().enumerate().map(|(i, n)| html! {
                                    <>
                                        <th scope="col" class="num">{n.clone()}</th>
                                        if i > 0 {
                                            <th scope="col" class="num">{format!("{} {}−{}", t.difference, letter(i), letter(0))}</th>
                                        }
                                    </>
                                }) }
                            </tr></thead>
                            <tbody>
                                { for order.iter().map(|(key, label, unit)| {
                                    let base = by_key[0].get(key).map(|r| r.central);
                                    html! {
                                        <tr>
                                            <th scope="row">{label.clone()}</th>
                                            <td>{unit.clone()}</td>
                                            { for by_key.iter().enumerate().map(|(i, m)| {
                                                let v = m.get(key).map(|r| r.central);
                                                html! {
                                                    <>
                                                        <td class="num">{v.map_or_else(|| crate::format::NOT_A_NUMBER.to_string(), |x| quantity(x, 3, lang))}</td>
                                                        if i > 0 {
                                                            <td class="num">{match (base, v) {
                                                                (Some(a), Some(b)) => difference(a, b, lang),
                                                                _ => crate::format::NOT_A_NUMBER.to_string(),
                                                            }}</td>
                                                        }
                                                    </>
                                                }
                                            }) }
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <p class="compare-filter">
                        <label for="compare-unit">{t.chart_unit}</label>{" "}
                        <select id="compare-unit" onchange={on_unit}>
                            { for units.iter().map(|(u, n)| html! {
                                <option value={u.clone()} selected={*u == unit}>{format!("{u} ({n})")}</option>
                            }) }
                        </select>
                    </p>
                    <BarChart id="compare-chart" title={t.chart_title} unit={unit.clone()}
                        bars={bars} lang={lang} />
                }
            </>
        }
    };

    html! {
        <section class="compare panel" aria-labelledby="compare-title">
            <h2 id="compare-title">{t.title}</h2>
            <p class="method-note">{t.intro}</p>
            <button type="button" id="compare-keep" onclick={on_keep} disabled={full}>{t.keep}</button>
            if full {
                <span class="share-status">{" "}{t.full}</span>
            }
            {body}
        </section>
    }
}
