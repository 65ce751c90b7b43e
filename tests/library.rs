//! The Sources view renders natively (Yew's server renderer, no browser): the factor set's
//! version and range policy, and the factor library as a table of every factor, filtered by the
//! core's search.
//!
//! Expected counts come from `CHANGELOG-factors.md` (grades and range kinds of set 2026.1, counted
//! when the set was written) and from `shared/reference/factors.md`, not from the code under test.

use qingshan::components::library::sources::{
    fill, parse_grade, parse_theme, parse_year_filter, year_filter_key, SourcesView,
    SourcesViewProps,
};
use qingshan::i18n::{catalog, Lang};
use qingshan_core::factors::search::{FactorQuery, YearFilter};
use qingshan_core::factors::{Grade, Library, Theme, FACTOR_SET_VERSION};
use yew::Callback;

async fn render(lang: Lang, query: Option<FactorQuery>) -> String {
    yew::LocalServerRenderer::<SourcesView>::with_props(SourcesViewProps {
        lang,
        on_action: Callback::noop(),
        initial_query: query,
    })
    .render()
    .await
}

/// The rendered row of factor `id` (from its `<tr` to its `</tr>`).
fn row<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("<code>{id}</code>"))
        .unwrap_or_else(|| panic!("no row for {id}"));
    let start = html[..at].rfind("<tr").unwrap_or(0);
    let end = at + html[at..].find("</tr>").unwrap_or(html.len() - at);
    &html[start..end]
}

/// The opening tags of the factor rows.
fn row_tags(html: &str) -> Vec<&str> {
    html.split("<tr ")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap_or(t.len())])
        .filter(|t| t.contains("factor-row"))
        .collect()
}

/// The number of rows shown (every factor has a row; the search hides the others).
fn rows(html: &str) -> usize {
    let tags = row_tags(html);
    assert_eq!(tags.len(), 466, "every factor keeps its row");
    tags.iter().filter(|t| !t.contains("hidden")).count()
}

/// True when the row of factor `id` is hidden.
fn hidden(html: &str, id: &str) -> bool {
    let r = row(html, id);
    r[..r.find('>').unwrap_or(r.len())].contains("hidden")
}

#[tokio::test]
async fn every_factor_is_a_row_by_default_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang, None).await;
        let l = &catalog(lang).library;
        assert_eq!(rows(&html), 466, "{lang:?}");
        // Each row has its name as row header; nine column headers.
        assert_eq!(html.matches("<th scope=\"row\"").count(), 466);
        assert_eq!(html.matches("<th scope=\"col\"").count(), 9);
        let count = fill(l.count_shown, &[("shown", "466"), ("total", "466")]);
        assert!(html.contains(&count), "{lang:?}: no count {count}");
        // Headings under the view's h1: h2 and h3 only.
        assert!(!html.contains("<h1"));
        assert!(html.contains(&format!(">{}</h2>", l.set_heading)));
        assert!(html.contains(&format!(">{}</h2>", l.table_heading)));
        assert!(html.contains(&format!(">{}</h3>", l.ranges_heading)));
        // Labelled controls.
        for id in [
            "factor-search",
            "factor-theme",
            "factor-grade",
            "factor-year",
        ] {
            assert!(html.contains(&format!("<label for=\"{id}\"")), "{id}");
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        }
    }
}

#[tokio::test]
async fn the_factor_set_version_hash_changelog_and_range_policy_are_shown() {
    let lib = Library::standard();
    for lang in Lang::ALL {
        let html = render(lang, None).await;
        assert!(html.contains(FACTOR_SET_VERSION));
        assert_eq!(FACTOR_SET_VERSION, "2026.1");
        let hash = lib.content_hash();
        assert_eq!(hash.len(), 16);
        assert!(html.contains(&hash), "{lang:?}: no content hash");
        assert!(html.contains("CHANGELOG-factors.md"));
        assert!(html.contains("docs/factor-ranges.md"));
        // docs/factor-ranges.md: official ±5 %, secondary ±10 %, unverified ±30 %.
        let policy = &html[html.find("grade-spreads").unwrap_or(0)..];
        let policy = &policy[..policy.find("</ul>").unwrap_or(policy.len())];
        for spread in ["±5%", "±10%", "±30%"] {
            assert!(policy.contains(spread), "{lang:?}: no {spread} in {policy}");
        }
        assert_eq!(policy.matches("class=\"grade ").count(), 3);
    }
}

/// CHANGELOG-factors.md, set 2026.1: ranges 125 exact, 12 published, 305 assumed (grade
/// defaults), 24 propagated; grades 27 derived. Every assumed range says it is assumed, and no
/// other wording is used for it.
#[tokio::test]
async fn every_range_is_labelled_with_its_basis() {
    let html = render(Lang::En, None).await;
    let w = &catalog(Lang::En).widgets;
    assert_eq!(html.matches("basis-exact").count(), 125);
    assert_eq!(html.matches("basis-published").count(), 12);
    assert_eq!(html.matches("basis-assumed").count(), 305);
    assert_eq!(html.matches("basis-propagated").count(), 24);
    assert_eq!(html.matches(w.range_assumed).count(), 305);
    // Derived factors show their formula and inputs.
    assert_eq!(html.matches("class=\"factor-formula\"").count(), 27);
    assert_eq!(html.matches("class=\"factor-inputs\"").count(), 27);
}

/// factors.md C1: 2024 national average 0.5777 kg CO₂e/kWh, official, published 2025 (notice
/// signed 2025-09-28); ± 5 % assumed: 0.5488–0.6066.
#[tokio::test]
async fn a_row_shows_value_unit_range_grade_source_and_year() {
    let html = render(Lang::En, None).await;
    let r = row(&html, "carbon.elec.cf.2024.national");
    for needle in [
        "Electricity carbon-footprint factor 2024: national average",
        ">0.5777<",
        "kg CO₂e/kWh (life cycle)",
        "0.5488 – 0.6066",
        "range assumed from the grade (not published) · ±5%",
        "grade-official",
        ">2024<",
        "MEE, NBS, NEA",
        "published 2025",
        "2025-09-28",
    ] {
        assert!(r.contains(needle), "no {needle:?} in {r}");
    }
    // Chinese: the same row with Chinese names and units.
    let zh = render(Lang::ZhHant, None).await;
    let r = row(&zh, "carbon.elec.cf.2024.national");
    assert!(r.contains("2024年全國平均電力碳足跡因子"), "{r}");
    assert!(r.contains("公斤CO₂e/千瓦時（全生命週期）"), "{r}");
    assert!(r.contains("2025年發布"), "{r}");
}

/// Shares are shown in percent with "%" as the unit; exact values say so; large numbers use
/// 万/亿 in Chinese and million/billion in English (format::quantity).
#[tokio::test]
async fn numbers_are_formatted_for_the_language() {
    let en = render(Lang::En, None).await;
    let zh = render(Lang::ZhHans, None).await;
    // factors.md C5: ETS coverage > 60 % of national CO₂ (a share, 0.60).
    let r = row(&en, "carbon.ets.expansion.coverage_share");
    assert!(r.contains(">60<") && r.contains(">%<"), "{r}");
    // factors.md C5: the expansion adds ≈ 3 bn t CO₂e.
    let r = row(&en, "carbon.ets.expansion.added_emissions");
    assert!(r.contains(">3 billion<"), "{r}");
    let r = row(&zh, "carbon.ets.expansion.added_emissions");
    assert!(r.contains(">30亿<"), "{r}");
    // A limit is exact: no low–high, the basis says exact.
    let r = row(&en, "ule.limit.cement.kiln.nox");
    assert!(r.contains("basis-exact") && !r.contains(" – "), "{r}");
    // A derived factor: diesel CO₂ = NCV × carbon content × oxidation × 44/12 (factors.md C3).
    let r = row(&en, "carbon.fuel.diesel.co2");
    assert!(r.contains("basis-propagated"), "{r}");
    for input in [
        "carbon.fuel.diesel.ncv",
        "carbon.fuel.diesel.cc",
        "carbon.fuel.diesel.of",
    ] {
        assert!(
            r.contains(&format!("<code>{input}</code>")),
            "{input} in {r}"
        );
    }
}

/// factors.md C1 and C2, carbon + official + "2024": C1's three official 2024 rows (national
/// average, T&D excluding and including losses), C2's official 2021 values (national, fossil:
/// source 公告 2024年第12号) and official 2022 values (national, ex-market, fossil, 7 regional
/// grids: source 公告 2024年第33号): 3 + 2 + 10 = 15.
#[tokio::test]
async fn a_filtered_view_shows_only_the_matching_rows_and_says_how_many() {
    let q = FactorQuery {
        text: "2024".into(),
        theme: Some(Theme::Carbon),
        grade: Some(Grade::Official),
        year: YearFilter::Any,
    };
    let html = render(Lang::En, Some(q)).await;
    assert_eq!(rows(&html), 15);
    assert!(html.contains("15 of 466 factors shown"));
    assert!(!hidden(&html, "carbon.elec.cf.2024.td_with_losses"));
    assert!(!hidden(&html, "carbon.elec.ef.2022.region.southwest"));
    assert!(
        hidden(&html, "carbon.elec.cf.2024.wind"),
        "2024 wind is secondary"
    );
    // The filters show the query.
    assert!(html.contains("value=\"2024\""));
    // Nothing found: the notice says so and the table is empty.
    let none = FactorQuery {
        text: "no-such-factor-anywhere".into(),
        ..FactorQuery::default()
    };
    let html = render(Lang::ZhHant, Some(none)).await;
    assert_eq!(rows(&html), 0);
    assert!(html.contains(catalog(Lang::ZhHant).library.no_match));
}

#[test]
fn select_keys_round_trip() {
    for y in [YearFilter::Any, YearFilter::NoYear, YearFilter::Year(2024)] {
        assert_eq!(parse_year_filter(&year_filter_key(y)), y);
    }
    assert_eq!(parse_year_filter("garbage"), YearFilter::Any);
    for t in Theme::ALL {
        assert_eq!(parse_theme(t.key()), Some(t));
    }
    assert_eq!(parse_theme(""), None);
    for g in Grade::ALL {
        assert_eq!(parse_grade(g.key()), Some(g));
    }
    assert_eq!(parse_grade("x"), None);
    assert_eq!(
        fill("{a} of {b}", &[("a", "1"), ("b", "2")]),
        "1 of 2".to_string()
    );
}
