//! The view of the report figures: every figure of the report, grouped by theme, each with its
//! value, the report's own wording of the number, the period, the sentence it comes from, its
//! caveat, and (for the figures a calculator starts from) a button that opens that preset.
//!
//! The sentence is quoted in the user's script: Simplified or Traditional as the seed files give
//! it. English readers get the English rendering and, beneath it, the original Simplified
//! sentence marked `lang="zh-Hans"`.

use qingshan_core::figures::{self, Figure, FigureTheme, FigureUnit, Span, REPORT};
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::app::use_packs;
use crate::components::library::sources::{colon, fill};
use crate::format::{plain, quantity};
use crate::i18n::catalog;
use crate::state::Action;

/// Props of [`FiguresView`].
#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    /// The page's language.
    pub lang: Lang,
    /// Sends an action to the page's reducer (e.g. open a calculator preset).
    pub on_action: Callback<Action>,
}

/// Significant digits of a figure's value: enough for every number the report prints
/// (`91.24`, `14037`, `1.4037万`).
const FIGURE_SIG: u32 = 6;

/// The report's literal in the user's script. The literals are taken from the Simplified
/// sentence; in Traditional only the characters a literal can contain change (万→萬, 亿→億,
/// 约→約, 个百分点→個百分點, 增长→增長 and the sector list 钢铁、铝冶炼→鋼鐵、鋁冶煉), exactly as
/// the Traditional seed writes them (it keeps `余`).
pub fn literal_in(literal: &str, lang: Lang) -> String {
    match lang {
        Lang::ZhHant => literal
            .chars()
            .map(|c| match c {
                '万' => '萬',
                '亿' => '億',
                '约' => '約',
                '个' => '個',
                '点' => '點',
                '长' => '長',
                '钢' => '鋼',
                '铁' => '鐵',
                '铝' => '鋁',
                '炼' => '煉',
                c => c,
            })
            .collect(),
        Lang::ZhHans | Lang::En => literal.to_string(),
    }
}

/// A count or amount for reading: [`quantity`], extended to 万亿 / trillion (the report's
/// 18.6万亿元 of investment), which `quantity` would print as 186,000亿.
fn amount(x: f64, lang: Lang) -> String {
    if x.abs() >= 1e12 {
        let t = plain(x / 1e12, FIGURE_SIG, true);
        match lang {
            Lang::ZhHans => format!("{t}万亿"),
            Lang::ZhHant => format!("{t}萬億"),
            Lang::En => format!("{t} trillion"),
        }
    } else {
        quantity(x, FIGURE_SIG, lang)
    }
}

/// A figure's value with its qualifier and unit, in `lang`: "more than 2,400 projects",
/// "约3万台锅炉", "−18.6%", "2035年".
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    let l = &catalog(lang).library;
    let sign = if f.value < 0.0 { "−" } else { "" };
    let v = f.value.abs();
    let unit = f.unit.text().get(lang);
    let number = match f.unit {
        FigureUnit::Year => return fill(l.year_fmt, &[("year", &plain(v, FIGURE_SIG, false))]),
        FigureUnit::Percent => format!("{sign}{}%", plain(v * 100.0, FIGURE_SIG, false)),
        FigureUnit::PercentagePoints => {
            let n = plain(v * 100.0, FIGURE_SIG, false);
            match lang {
                Lang::En => format!("{sign}{n} {unit}"),
                Lang::ZhHans | Lang::ZhHant => format!("{sign}{n}{unit}"),
            }
        }
        _ => {
            let n = amount(v, lang);
            match lang {
                Lang::En => format!("{sign}{n} {unit}"),
                Lang::ZhHans | Lang::ZhHant => format!("{sign}{n}{unit}"),
            }
        }
    };
    match f.qualifier.text() {
        None => number,
        Some(q) => match lang {
            Lang::En => format!("{} {number}", q.en()),
            Lang::ZhHans | Lang::ZhHant => format!("{}{number}", q.get(lang)),
        },
    }
}

/// The period a figure covers, in `lang`: "2025 · in the year", "2025年 · 累计", or the
/// 14th Five-Year Plan.
pub fn figure_period(f: &Figure, lang: Lang) -> String {
    let span = f.span.text().get(lang);
    match f.span {
        Span::FiveYearPlan => span.to_string(),
        Span::Year | Span::Cumulative => {
            let year = fill(
                catalog(lang).library.year_fmt,
                &[("year", &f.year.to_string())],
            );
            format!("{year} · {span}")
        }
    }
}

/// The element id of a figure's heading.
pub fn figure_anchor(id: &str) -> String {
    format!("figure-{}", id.replace(['.', '_'], "-"))
}

/// The view of the report figures.
#[component]
pub fn FiguresView(props: &FiguresViewProps) -> Html {
    let lang = props.lang;
    // In English each sentence is quoted in Simplified Chinese too, which comes with that
    // language's pack (qingshan_core::text, "Texts by number"): asked for when the view opens in
    // English; the quotes appear when it is in.
    use_packs(if lang == Lang::En {
        vec![Lang::ZhHans]
    } else {
        Vec::new()
    });
    let originals = crate::i18n::is_loaded(Lang::ZhHans);
    let c = catalog(lang);
    let l = &c.library;
    let count = fill(
        l.figures_count,
        &[
            ("figures", &figures::all().len().to_string()),
            ("themes", &FigureTheme::ALL.len().to_string()),
        ],
    );
    html! {
        <div class="figures">
            <div class="panel report-source">
                <dl class="cite">
                    <dt>{l.quoted_from}</dt>
                    <dd><cite>{REPORT.citation(lang)}</cite></dd>
                    <dt>{l.conference}</dt>
                    <dd>{REPORT.conference.get(lang)}</dd>
                </dl>
                <p class="method-note">{REPORT.copy.get(lang)}</p>
                <p class="method-note">{count}</p>
            </div>
            { for FigureTheme::ALL.iter().map(|theme| {
                let heading_id = format!("figures-{}", theme.key());
                html! {
                    <section class="figure-theme" aria-labelledby={heading_id.clone()}>
                        <h2 id={heading_id}>{theme.name().get(lang)}</h2>
                        if !theme.is_calculator() {
                            <p class="method-note">{l.context_theme}</p>
                        }
                        <ul class="figure-list">
                            { for figures::by_theme(*theme).map(|f| html! {
                                <FigureItem key={f.id} id={f.id} lang={lang}
                                    {originals}
                                    on_action={props.on_action.clone()} />
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}

/// Props of [`FigureItem`].
#[derive(Properties, PartialEq)]
pub struct FigureItemProps {
    /// The figure's id.
    pub id: &'static str,
    /// The page's language.
    pub lang: Lang,
    /// Whether the Simplified Chinese sentences are loaded (quoted under the English ones).
    pub originals: bool,
    /// Sends the preset action.
    pub on_action: Callback<Action>,
}

/// One figure: label, value, the report's wording, period, sentence, note, preset button.
#[component]
pub fn FigureItem(props: &FigureItemProps) -> Html {
    let lang = props.lang;
    let l = &catalog(lang).library;
    let w = &catalog(lang).widgets;
    let Some(f) = figures::get(props.id) else {
        return html! {};
    };
    let anchor = figure_anchor(f.id);
    let literal_lang = match lang {
        Lang::ZhHant => Lang::ZhHant,
        Lang::ZhHans | Lang::En => Lang::ZhHans,
    };
    let quote = match lang {
        Lang::ZhHans | Lang::ZhHant => html! {
            <>
                <p class="quote-label">{l.sentence_label}</p>
                <blockquote class="quote figure-sentence">
                    <p>{f.sentence.get(lang)}</p>
                </blockquote>
            </>
        },
        Lang::En => html! {
            <>
                <p class="quote-label">{l.english_rendering}</p>
                <blockquote class="quote figure-sentence">
                    <p>{f.sentence.en()}</p>
                </blockquote>
                if props.originals {
                    <p class="quote-label">{l.original_sentence}</p>
                    <blockquote class="quote figure-original" lang="zh-Hans">
                        <p>{f.sentence.zh_hans()}</p>
                    </blockquote>
                }
            </>
        },
    };
    let preset = f.preset.map(|key| {
        let on_action = props.on_action.clone();
        let onclick = Callback::from(move |_| on_action.emit(Action::Preset(key)));
        let calculator = f.theme.calculator().map(|t| t.name().get(lang));
        html! {
            <button type="button" class="preset-button" data-preset={key} {onclick}>
                {l.open_in_calculator}
                if let Some(name) = calculator {
                    {" · "}{name}
                }
                <span class="visually-hidden">{colon(lang)}{f.label.get(lang)}</span>
            </button>
        }
    });
    html! {
        <li class="figure-item" data-figure={f.id}>
            <h3 id={anchor}>{f.label.get(lang)}</h3>
            <dl class="figure-facts">
                <dt>{l.fig_value}</dt>
                <dd class="figure-value">{figure_value(f, lang)}</dd>
                <dt>{l.fig_literal}</dt>
                <dd class="figure-literal" lang={literal_lang.tag()}>
                    {literal_in(f.literal, literal_lang)}
                </dd>
                <dt>{l.fig_period}</dt>
                <dd>{figure_period(f, lang)}</dd>
            </dl>
            {quote}
            if let Some(n) = f.note {
                <p class="figure-note"><span class="detail-label">{w.note}{colon(lang)}</span>{n.get(lang)}</p>
            }
            {for preset}
        </li>
    }
}
