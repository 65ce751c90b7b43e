//! The Report-figures view renders natively: every figure of the report under its theme, with
//! its value, the report's wording, the sentence verbatim in the user's script (and for English
//! readers the rendering plus the Simplified original), and a preset button where a calculator
//! starts from the figure.
//!
//! Expected values are typed in from `shared/reference/report-figures.md` and the report's text.

use qingshan::components::library::figures::{
    figure_value, literal_in, FiguresView, FiguresViewProps,
};
use qingshan::i18n::{catalog, Lang};
use qingshan_core::figures::{self, preset, FigureTheme, REPORT};
use yew::Callback;

async fn render(lang: Lang) -> String {
    yew::LocalServerRenderer::<FiguresView>::with_props(FiguresViewProps {
        lang,
        on_action: Callback::noop(),
    })
    .render()
    .await
}

/// Text as the server renderer escapes it.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The rendered item of figure `id`.
fn item<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("data-figure=\"{id}\""))
        .unwrap_or_else(|| panic!("no item for {id}"));
    let end = start + html[start..].find("</li>").unwrap_or(html.len() - start);
    &html[start..end]
}

#[tokio::test]
async fn every_sentence_is_quoted_verbatim_in_the_users_script() {
    let all = figures::all();
    assert_eq!(all.len(), 54);
    let hans = render(Lang::ZhHans).await;
    let hant = render(Lang::ZhHant).await;
    let en = render(Lang::En).await;
    for f in all {
        let i = item(&hans, f.id);
        assert!(
            i.contains(&format!("<p>{}</p>", escaped(f.sentence.zh_hans()))),
            "zh-Hans {}",
            f.id
        );
        let i = item(&hant, f.id);
        assert!(
            i.contains(&format!("<p>{}</p>", escaped(f.sentence.zh_hant()))),
            "zh-Hant {}",
            f.id
        );
        assert!(
            !i.contains(f.sentence.en()),
            "zh-Hant shows English for {}",
            f.id
        );
        // English: the rendering, then the Simplified original marked as such.
        let i = item(&en, f.id);
        assert!(
            i.contains(&format!("<p>{}</p>", escaped(f.sentence.en()))),
            "en {}",
            f.id
        );
        let original = format!(
            "class=\"quote figure-original\" lang=\"zh-Hans\"><p>{}</p>",
            escaped(f.sentence.zh_hans())
        );
        let original_alt = format!(
            "lang=\"zh-Hans\" class=\"quote figure-original\"><p>{}</p>",
            escaped(f.sentence.zh_hans())
        );
        assert!(
            i.contains(&original) || i.contains(&original_alt),
            "en original {}: {i}",
            f.id
        );
    }
}

#[tokio::test]
async fn figures_are_grouped_by_theme_in_page_order_under_h2() {
    for lang in Lang::ALL {
        let html = render(lang).await;
        assert!(!html.contains("<h1"));
        let mut last = 0;
        for theme in FigureTheme::ALL {
            let h2 = format!(">{}</h2>", theme.name().get(lang));
            let at = html
                .find(&h2)
                .unwrap_or_else(|| panic!("{lang:?}: no heading {h2}"));
            assert!(at > last, "{lang:?}: {theme:?} out of order");
            last = at;
            // Every figure of the theme comes after its heading and before the next one.
            for f in figures::by_theme(theme) {
                let fa = html.find(&format!("data-figure=\"{}\"", f.id)).unwrap_or(0);
                assert!(fa > at, "{} before its theme heading", f.id);
            }
        }
        assert_eq!(html.matches("<h2").count(), 10);
        assert_eq!(html.matches("<h3").count(), 54);
        // The report is cited at the top.
        let cite = html.find(&REPORT.citation(lang)).unwrap_or(usize::MAX);
        assert!(
            cite < html.find("<h2").unwrap_or(0),
            "{lang:?}: no citation before the themes"
        );
        // The six context themes say that no calculator starts from their figures.
        let context = FigureTheme::ALL
            .iter()
            .filter(|t| !t.is_calculator())
            .count();
        assert_eq!(context, 6);
        assert_eq!(
            html.matches(catalog(lang).library.context_theme).count(),
            context
        );
    }
}

/// report-figures.md: the preset figures are the three ULE capacities, the heavy trucks, the
/// Yangtze TP figures, the 2024 electricity footprint factor and the ETS expansion.
#[tokio::test]
async fn preset_figures_have_a_real_button_with_an_accessible_name() {
    let with_preset: Vec<_> = figures::all()
        .iter()
        .filter(|f| f.preset.is_some())
        .collect();
    for lang in Lang::ALL {
        let html = render(lang).await;
        let open = catalog(lang).library.open_in_calculator;
        // Every button is a real `<button type="button">` of the preset kind.
        let buttons: Vec<&str> = html
            .split("<button")
            .skip(1)
            .map(|b| &b[..b.find('>').unwrap_or(b.len())])
            .collect();
        assert_eq!(buttons.len(), with_preset.len());
        for b in &buttons {
            assert!(
                b.contains("type=\"button\"") && b.contains("class=\"preset-button\""),
                "{b}"
            );
        }
        for f in &with_preset {
            let i = item(&html, f.id);
            let key = f.preset.unwrap_or_default();
            assert!(preset::ALL.contains(&key));
            assert!(i.contains(&format!("data-preset=\"{key}\"")), "{}", f.id);
            assert!(i.contains(open), "{}: no button text", f.id);
            // The name says which figure it opens.
            assert!(i.contains(&format!("{}</span></button>", f.label.get(lang))));
        }
        for f in figures::all().iter().filter(|f| f.preset.is_none()) {
            assert!(!item(&html, f.id).contains("<button"), "{}", f.id);
        }
    }
    for key in [
        preset::ULE_STEEL,
        preset::ULE_COKING,
        preset::ULE_CEMENT,
        preset::ULE_TRUCKS,
        preset::TP_REPORT,
        preset::CARBON_ELECTRICITY_2024,
        preset::CARBON_ETS,
    ] {
        assert!(
            with_preset.iter().any(|f| f.preset == Some(key)),
            "no figure opens {key}"
        );
    }
}

/// Values as the report gives them, worked by hand: 3亿 t = 300 million t; 1.17万 t = 11,700 t;
/// 约3万 boilers = about 30,000; 2400余 projects = more than 2,400; 下降18.6% = −18.6 %;
/// 下降47个百分点 = −47 pp; 18.6万亿元 = 18.6 trillion yuan.
#[test]
fn values_carry_qualifier_unit_and_language_aware_numbers() {
    let cases = [
        (
            "ule.steel.capacity_2025",
            "3亿吨产能",
            "3億噸產能",
            "300 million t of capacity",
        ),
        (
            "water.tp.reduction_2025",
            "1.17万吨总磷",
            "1.17萬噸總磷",
            "11,700 t TP",
        ),
        (
            "water.tp.projects_2025",
            "多于2400个项目",
            "多於2400個項目",
            "more than 2,400 projects",
        ),
        (
            "fyp14.coal_boilers_eliminated",
            "约3万台锅炉",
            "約3萬臺鍋爐",
            "about 30,000 boilers",
        ),
        ("water.coastal_tn_change_2025", "−18.6%", "−18.6%", "−18.6%"),
        (
            "air.vehicle_testing_fraud_rate_change_2025",
            "−47个百分点",
            "−47個百分點",
            "−47 percentage points",
        ),
        (
            "green.eia_investment_2025",
            "18.6万亿元",
            "18.6萬億元",
            "18.6 trillion yuan",
        ),
    ];
    for (id, hans, hant, en) in cases {
        let f = figures::get(id).unwrap_or_else(|| panic!("no figure {id}"));
        assert_eq!(figure_value(f, Lang::ZhHans), hans, "{id}");
        assert_eq!(figure_value(f, Lang::ZhHant), hant, "{id}");
        assert_eq!(figure_value(f, Lang::En), en, "{id}");
    }
}

/// The report's own wording is in the sentence it quotes, in both scripts.
#[test]
fn the_literal_is_in_the_sentence_in_both_scripts() {
    for f in figures::all() {
        assert!(
            f.sentence
                .zh_hans()
                .contains(&literal_in(f.literal, Lang::ZhHans)),
            "{}",
            f.id
        );
        let hant = literal_in(f.literal, Lang::ZhHant);
        assert!(
            f.sentence.zh_hant().contains(&hant),
            "{}: {hant} not in {}",
            f.id,
            f.sentence.zh_hant()
        );
    }
}

#[tokio::test]
async fn a_figure_shows_period_literal_and_note() {
    let html = render(Lang::En).await;
    let i = item(&html, "ule.steel.capacity_2025");
    assert!(i.contains("300 million t of capacity"), "{i}");
    assert!(i.contains(">3亿<"), "the report's wording in Chinese: {i}");
    assert!(i.contains("2025 · in the year"), "{i}");
    assert!(i.contains("Capacity, not output"), "{i}");
    let zh = render(Lang::ZhHant).await;
    let i = item(&zh, "ule.steel.capacity_2025");
    assert!(i.contains(">3億<"), "{i}");
    assert!(i.contains("2025年 · 年度"), "{i}");
    let i = item(&zh, "fyp14.coal_boilers_eliminated");
    assert!(i.contains("“十四五”期間（2021—2025年）"), "{i}");
}
