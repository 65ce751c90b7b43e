//! Ranges and sensitivity on the page (issue 9): the total-phosphorus view shows the Monte Carlo
//! 90 % range of its total, labelled, in every language; the tornado chart renders a known
//! sensitivity as bars, a table and a sentence naming the top drivers.

use qingshan::components::tornado::{drivers_sentence, tornado_bars, Tornado, TornadoProps};
use qingshan::components::tp::{TpView, TpViewProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::tp::TpState;
use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::uncertainty::{Sensitivity, Swing, VarKind};
use yew::Callback;

async fn render_tp(lang: Lang, overrides: Overrides) -> String {
    yew::LocalServerRenderer::<TpView>::with_props(TpViewProps {
        lang,
        inputs: TpState::default(),
        overrides,
        on_action: Callback::noop(),
    })
    .render()
    .await
}

/// The value of attribute `name` on the element with id `id`.
fn attr(html: &str, id: &str, name: &str) -> Option<f64> {
    let at = html.find(&format!("id=\"{id}\""))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let pat = format!("{name}=\"");
    let v = &tag[tag.find(&pat)? + pat.len()..];
    v[..v.find('"')?].parse().ok()
}

/// Inverse CDF of the triangular law (a, mode c, b).
fn tri_quantile(p: f64, a: f64, c: f64, b: f64) -> f64 {
    if p < (c - a) / (b - a) {
        a + (p * (b - a) * (c - a)).sqrt()
    } else {
        b - ((1.0 - p) * (b - a) * (b - c)).sqrt()
    }
}

#[tokio::test]
async fn the_preset_shows_the_monte_carlo_range_of_its_total() {
    // The preset is one measure whose load is factor tp.report.reduction_2025: 11,700 t
    // (factors.md, B2; the report's "1.17万吨"), grade Official, whose range is the library's
    // ±5 % for an official figure: triangular(11,115, 11,700, 12,285).
    let (a, c, b) = (11_700.0 * 0.95, 11_700.0, 11_700.0 * 1.05);
    // p5 = 11,115 + √(0.05 × 1,170 × 585) = 11,115 + 185.0 = 11,300.0;
    // p95 = 12,285 − √(0.05 × 1,170 × 585) = 12,100.0.
    let (p5, p95) = (tri_quantile(0.05, a, c, b), tri_quantile(0.95, a, c, b));
    assert!((p5 - 11_300.0).abs() < 0.1 && (p95 - 12_100.0).abs() < 0.1);
    for lang in Lang::ALL {
        let html = render_tp(lang, Overrides::new()).await;
        let text = &catalog(lang).uncertainty;
        let got5 = attr(&html, "tp-mc", "data-p5").expect("p5");
        let got95 = attr(&html, "tp-mc", "data-p95").expect("p95");
        let central = attr(&html, "tp-mc", "data-central").expect("central");
        assert!((central - c).abs() < 1e-9, "{lang:?}: central {central}");
        // 10,000 samples: the standard error of p5 is ≈ 0.5 % of the 5–95 spread (≈ 4 t);
        // within 1 % of the value is far wider.
        assert!((got5 - p5).abs() < 0.01 * p5, "{lang:?}: p5 {got5} vs {p5}");
        assert!(
            (got95 - p95).abs() < 0.01 * p95,
            "{lang:?}: p95 {got95} vs {p95}"
        );
        // Tighter: within 4 standard errors (√(0.05 × 0.95 / 10,000) ÷ f(p5), f(p5) = 2(p5 − a)
        // ÷ ((b − a)(c − a)) = 370 / 684,450 per t → SE ≈ 4.03 t).
        let se = (0.05_f64 * 0.95 / 10_000.0).sqrt() / (2.0 * (p5 - a) / ((b - a) * (c - a)));
        assert!((got5 - p5).abs() < 4.0 * se, "{lang:?}: p5 {got5}, se {se}");
        assert!(
            (got95 - p95).abs() < 4.0 * se,
            "{lang:?}: p95 {got95}, se {se}"
        );
        // Shown, formatted, labelled with the method and sample count.
        let (s5, s95) = match lang {
            Lang::ZhHans => ("1.13万", "1.21万"),
            Lang::ZhHant => ("1.13萬", "1.21萬"),
            Lang::En => ("11,300", "12,100"),
        };
        assert!(
            html.contains(&format!("id=\"tp-mc-p5\">{s5}<")),
            "{lang:?}: p5 text"
        );
        assert!(
            html.contains(&format!("id=\"tp-mc-p95\">{s95}<")),
            "{lang:?}: p95 text"
        );
        let n = if lang == Lang::En { "10,000" } else { "1万" };
        let n = if lang == Lang::ZhHant { "1萬" } else { n };
        assert!(
            html.contains(&text.mc_range.replace("{n}", n)),
            "{lang:?}: label"
        );
        // The three-point bound stays, labelled as such: 11,115 – 12,285 → 1.11万 – 1.23万.
        assert!(html.contains(text.bounds), "{lang:?}: bound label");
        // The tornado names its one driver, and the method is explained.
        let name = Library::standard()
            .get("tp.report.reduction_2025")
            .expect("factor")
            .def
            .name
            .get(lang);
        let sentence = text.drivers_one.replace("{a}", name).replace("{p}", "100%");
        assert!(html.contains(&sentence), "{lang:?}: {sentence}");
        assert!(html.contains(text.method_shared), "{lang:?}: method");
        assert!(!html.contains("NaN"), "{lang:?}: NaN on the page");
        assert!(
            !html.contains("mc-failed"),
            "{lang:?}: no sample fails here"
        );
    }
}

#[tokio::test]
async fn an_overridden_factor_has_no_range() {
    // The user's own value is a constant: no spread, said in words, no numbers invented.
    let mut o = Overrides::new();
    o.set("tp.report.reduction_2025", 10_000.0);
    let html = render_tp(Lang::En, o).await;
    let u = &catalog(Lang::En).uncertainty;
    assert!(html.contains(u.no_spread), "no-spread sentence");
    assert!(html.contains(u.drivers_none), "no drivers");
    assert!(!html.contains("tp-mc-p5"));
    assert!(!html.contains("NaN"));
}

fn swing(id: &str, at_low: f64, at_high: f64) -> Swing {
    Swing {
        id: id.to_string(),
        kind: VarKind::Factor,
        low: 0.9,
        central: 1.0,
        high: 1.1,
        at_low: Ok(vec![at_low]),
        at_high: Ok(vec![at_high]),
    }
}

#[tokio::test]
async fn the_tornado_renders_a_known_sensitivity() {
    // Central 100; A swings 80 → 130 (|50|), B 110 → 90 (|20|, falls as it rises), C 100 → 100.
    let lib = Library::standard();
    let (a, b, c) = (
        "tp.report.reduction_2025",
        "tp.census2017.total",
        "tp.report.projects_2025",
    );
    let sens = Sensitivity {
        central: vec![100.0],
        swings: vec![
            swing(b, 110.0, 90.0),
            swing(a, 80.0, 130.0),
            swing(c, 100.0, 100.0),
        ],
    };
    let name = |id: &str| lib.get(id).expect("factor").def.name.get(Lang::En);
    let input = |k: &str| k.to_string();
    // Shares of the one-at-a-time spread: 50 / 70 = 71 %, 20 / 70 = 29 %.
    let sentence = drivers_sentence(&sens, 0, lib, Lang::En, &input);
    assert_eq!(
        sentence,
        format!(
            "Most of the spread comes from {} (71%), then {} (29%).",
            name(a),
            name(b)
        )
    );
    let bars = tornado_bars(&sens, 0, lib, Lang::En, &input);
    assert_eq!(bars.len(), 2, "C does not move the result: no bar");
    assert_eq!(bars[0].label, name(a));
    let html = yew::LocalServerRenderer::<Tornado>::with_props(TornadoProps {
        id: "t".into(),
        central: 100.0,
        bars,
        sentence: sentence.clone().into(),
        unit: "t/yr".into(),
        lang: Lang::En,
    })
    .render()
    .await;
    assert!(html.contains(&sentence));
    // Each bar is an image named with its factor and both ends; A (larger) first.
    let first = html.find(&format!("aria-label=\"{}: 80 – 130 t/yr\"", name(a)));
    let second = html.find(&format!("aria-label=\"{}: 110 – 90 t/yr\"", name(b)));
    assert!(first.is_some() && second.is_some(), "{html}");
    assert!(first < second, "ranked by swing");
    // The table equivalent: header scopes and the shares.
    assert!(html.contains("<th scope=\"row\">"));
    assert!(html.contains("<td>71%</td>") && html.contains("<td>29%</td>"));
    // The central line sits between the bars' ends: x(100) with ends 80 and 130 in a
    // 230 + 60 … 640 − 60 plot: 290 + 20 / 50 × 290 = 406.
    assert!(html.contains("x1=\"406\""), "central axis at 406");
}

#[tokio::test]
async fn an_empty_tornado_says_nothing_moves_the_result() {
    let sens = Sensitivity {
        central: vec![5.0],
        swings: Vec::new(),
    };
    let lib = Library::standard();
    for lang in Lang::ALL {
        let s = drivers_sentence(&sens, 0, lib, lang, &|k: &str| k.to_string());
        assert_eq!(s, catalog(lang).uncertainty.drivers_none);
    }
}
