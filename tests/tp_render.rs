//! The total-phosphorus view renders natively (Yew's server renderer, no browser) in every
//! language: the report's sentence, the results, every input labelled, ids unique, numbers in
//! the language's format.

use std::collections::HashSet;

use qingshan::components::tp::{TpView, TpViewProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::tp::{TpAction, TpState};
use qingshan_core::eval::Overrides;
use qingshan_core::figures;
use qingshan_core::phosphorus::{Baseline, LoadId, MeasureType};
use yew::Callback;

async fn render(lang: Lang, inputs: TpState, overrides: Overrides) -> String {
    yew::LocalServerRenderer::<TpView>::with_props(TpViewProps {
        lang,
        inputs,
        overrides,
        on_action: Callback::noop(),
    })
    .render()
    .await
}

/// Every value of attribute `name` in the markup.
fn attrs<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let pat = format!(" {name}=\"");
    html.match_indices(&pat)
        .filter_map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// A scenario with a measure of every kind and a shared load with two measures on it.
fn everything() -> TpState {
    let mut s = TpState::default();
    for t in MeasureType::ALL {
        s.apply(TpAction::Add(t));
    }
    s.apply(TpAction::AddOn(LoadId(1)));
    s.apply(TpAction::EditLoad(
        LoadId(1),
        Baseline::Entered(Some(100.0)),
    ));
    s.apply(TpAction::AddLoad);
    s.apply(TpAction::EditLoad(
        LoadId(2),
        Baseline::Flow {
            flow: Some(1e4),
            concentration: None,
        },
    ));
    s
}

#[tokio::test]
async fn the_preset_shows_the_report_and_its_implications_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang, TpState::default(), Overrides::new()).await;
        let t = &catalog(lang).tp;
        let sentence = figures::get("water.tp.reduction_2025")
            .expect("figure")
            .sentence
            .get(lang);
        assert!(html.contains(sentence), "{lang:?}: no report sentence");
        for heading in [
            t.report_title,
            t.measures_title,
            t.loads_title,
            t.results_title,
            t.how_title,
        ] {
            assert!(html.contains(heading), "{lang:?}: no heading {heading}");
        }
        // The total, in the language's format.
        let total = match lang {
            Lang::ZhHans => "1.17万",
            Lang::ZhHant => "1.17萬",
            Lang::En => "11,700",
        };
        assert!(
            html.contains(&format!("id=\"tp-total\">{total}<")),
            "{lang:?}: total not {total}"
        );
        // The average project: 11,700 ÷ 2,400 = 4.875 → "4.88"; its plant ≈ 26,700 m³/d.
        assert!(html.contains("4.88"), "{lang:?}: no per-project average");
        let flow = match lang {
            Lang::ZhHans => "2.67万",
            Lang::ZhHant => "2.67萬",
            Lang::En => "26,700",
        };
        assert!(html.contains(flow), "{lang:?}: no equivalent plant {flow}");
        // The algae figure is labelled as a ceiling; the national share names its year.
        assert!(html.contains(t.algae_ceiling));
        assert!(html.contains("2017"));
        assert!(html.contains("3.71%"), "{lang:?}: national share");
    }
}

#[tokio::test]
async fn every_input_is_labelled_and_every_id_is_unique() {
    for lang in Lang::ALL {
        let html = render(lang, everything(), Overrides::new()).await;
        let ids = attrs(&html, "id");
        let mut seen = HashSet::new();
        for id in &ids {
            assert!(seen.insert(*id), "{lang:?}: duplicate id {id}");
        }
        let labelled: HashSet<&str> = attrs(&html, "for").into_iter().collect();
        let mut inputs = 0;
        for tag in ["<input", "<select"] {
            for (i, _) in html.match_indices(tag) {
                let end = html[i..].find('>').map_or(html.len(), |e| i + e);
                let element = &html[i..end];
                let id = attrs(element, "id");
                let id = id
                    .first()
                    .unwrap_or_else(|| panic!("{lang:?}: no id: {element}"));
                assert!(labelled.contains(id), "{lang:?}: no label for {id}");
                inputs += 1;
            }
        }
        assert!(inputs > 25, "{lang:?}: only {inputs} inputs rendered");
        // Every kind of measure is there, and the shared load's two measures combine.
        for t in MeasureType::ALL {
            assert!(html.contains(&format!("tp-kind-{}", t.key())));
        }
        // A missing input is asked for, not invented.
        assert!(html.contains(catalog(lang).tp.no_default_hint));
        // No NaN or infinity ever printed.
        for bad in ["NaN", "inf<", "Infinity"] {
            assert!(!html.contains(bad), "{lang:?}: {bad} in the page");
        }
    }
}

#[tokio::test]
async fn a_changed_factor_is_marked() {
    let mut o = Overrides::new();
    assert!(o.set("tp.gb3838.river.iii", 0.1));
    let html = render(Lang::En, TpState::default(), o).await;
    assert!(html.contains("overridden"));
    assert!(html.contains(catalog(Lang::En).widgets.changed_by_you));
    // 11,700 t ÷ 0.1 g/m³ = 1.17 × 10¹¹ m³.
    assert!(html.contains("117 billion"));
}
