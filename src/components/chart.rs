//! A horizontal bar chart in SVG, with range whiskers and a table equivalent.
//!
//! Drawn on the page (no library, no network). The SVG is an image with a text title; the same
//! numbers are in a table right under it for screen readers, keyboard users and print.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::format::{quantity, svg};
use crate::i18n::catalog;

/// One bar: a label, a central value and its range.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The bar's label.
    pub label: String,
    /// Central value.
    pub central: f64,
    /// Low end (equal to `central` for no whisker).
    pub low: f64,
    /// High end.
    pub high: f64,
    /// A CSS class picking the bar's colour (e.g. `s-pm`, `s-so2`).
    pub class: &'static str,
}

/// Width budget of a label in [`BarChart`]'s label column, in half-ems (see [`fit_label`]):
/// `LABEL_W` − 8 = 182 units of the 13-unit text; a Latin character of a wide sans (DejaVu) is
/// ≈ 7.8 units, a CJK one 13.
const LABEL_BUDGET: usize = 23;

/// `label` shortened with "…" to `budget` half-ems (a Latin character counts 1, a CJK or other
/// wide character 2), to fit a chart's label column; the bar's tooltip and image name and the
/// chart's table keep the whole name. Shared by [`BarChart`] and the tornado chart.
pub fn fit_label(label: &str, budget: usize) -> String {
    let width = |c: char| if c.is_ascii() { 1 } else { 2 };
    if label.chars().map(width).sum::<usize>() <= budget {
        return label.to_string();
    }
    let mut used = 0;
    let mut out = String::new();
    for c in label.chars() {
        used += width(c);
        if used + 1 > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A chart's table equivalent, closed under "show as a table": one row per bar, its label as the
/// row header, then four cells (e.g. central, low, high, unit). Shared by [`BarChart`] and the
/// tornado chart.
pub fn chart_table(
    summary: &'static str,
    head: [&'static str; 5],
    rows: impl Iterator<Item = (String, [String; 4])>,
) -> Html {
    html! {
        <details class="chart-table">
            <summary>{summary}</summary>
            <table>
                <thead><tr>
                    { for head.iter().map(|h| html! { <th scope="col">{*h}</th> }) }
                </tr></thead>
                <tbody>
                    { for rows.map(|(label, cells)| html! {
                        <tr>
                            <th scope="row">{label}</th>
                            { for cells.into_iter().map(|c| html! { <td>{c}</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Element id prefix (unique in the page).
    pub id: AttrValue,
    /// The chart's title.
    pub title: AttrValue,
    /// The values' unit.
    pub unit: AttrValue,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
    /// The page's language.
    pub lang: Lang,
}

const WIDTH: f64 = 640.0;
const LABEL_W: f64 = 190.0;
const VALUE_W: f64 = 90.0;
const ROW_H: f64 = 30.0;
const BAR_H: f64 = 18.0;

fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// A horizontal bar chart with a table equivalent.
#[component]
pub fn BarChart(props: &BarChartProps) -> Html {
    let lang = props.lang;
    let w = &catalog(lang).widgets;
    let lo = props
        .bars
        .iter()
        .map(|b| finite_or_zero(b.low.min(b.central)))
        .fold(0.0_f64, f64::min);
    let hi = props
        .bars
        .iter()
        .map(|b| finite_or_zero(b.high.max(b.central)))
        .fold(0.0_f64, f64::max);
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let plot_w = WIDTH - LABEL_W - VALUE_W;
    let x = |v: f64| LABEL_W + (finite_or_zero(v) - lo) / span * plot_w;
    let height = ROW_H * props.bars.len() as f64 + 8.0;
    let title_id = format!("{}-title", props.id);
    let fmt = |v: f64| quantity(v, 3, lang);

    html! {
        <figure class="chart">
            <figcaption id={title_id.clone()}>{props.title.clone()}{" ("}{props.unit.clone()}{")"}</figcaption>
            <svg viewBox={format!("0 0 {} {}", svg(WIDTH), svg(height))} role="img" aria-labelledby={title_id}
                preserveAspectRatio="xMinYMin meet">
                <line class="axis" x1={svg(x(0.0))} x2={svg(x(0.0))} y1="0" y2={svg(height)} />
                { for props.bars.iter().enumerate().map(|(i, b)| {
                    let y = ROW_H * i as f64 + 6.0;
                    let (x0, x1) = (x(0.0), x(b.central));
                    let (bx, bw) = (x0.min(x1), (x1 - x0).abs());
                    let cy = y + BAR_H / 2.0;
                    html! {
                        <g class={classes!("bar", b.class)}>
                            <title>{b.label.clone()}</title>
                            <text class="bar-label" x={svg(LABEL_W - 8.0)} y={svg(cy + 4.0)} text-anchor="end">{fit_label(&b.label, LABEL_BUDGET)}</text>
                            <rect x={svg(bx)} y={svg(y)} width={svg(bw.max(1.0))} height={svg(BAR_H)} rx="2" />
                            if (b.high - b.low).abs() > 0.0 && b.low.is_finite() && b.high.is_finite() {
                                <line class="whisker" x1={svg(x(b.low))} x2={svg(x(b.high))} y1={svg(cy)} y2={svg(cy)} />
                                <line class="whisker" x1={svg(x(b.low))} x2={svg(x(b.low))} y1={svg(cy - 5.0)} y2={svg(cy + 5.0)} />
                                <line class="whisker" x1={svg(x(b.high))} x2={svg(x(b.high))} y1={svg(cy - 5.0)} y2={svg(cy + 5.0)} />
                            }
                            <text class="bar-value" x={svg(WIDTH - 4.0)} y={svg(cy + 4.0)} text-anchor="end">{fmt(b.central)}</text>
                        </g>
                    }
                }) }
            </svg>
            {chart_table(
                w.as_table,
                [w.col_item, w.col_central, w.col_low, w.col_high, w.col_unit],
                props.bars.iter().map(|b| {
                    (b.label.clone(), [fmt(b.central), fmt(b.low), fmt(b.high), props.unit.to_string()])
                }),
            )}
        </figure>
    }
}
