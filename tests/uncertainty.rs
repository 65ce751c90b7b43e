//! Ranges and sensitivity on the page (issue 9): the total-phosphorus view shows the Monte Carlo
//! 90 % range of its total, labelled, in every language; the tornado chart renders a known
//! sensitivity as bars, a table and a sentence naming the top drivers. The ULE, heavy-trucks and
//! carbon views show the ranges of their main results: for each, one preset where the result is
//! linear in a single triangular factor, so its 5th and 95th percentiles have a closed form.

use qingshan::components::carbon::{CarbonView, CarbonViewProps};
use qingshan::components::tornado::{drivers_sentence, tornado_bars, Tornado, TornadoProps};
use qingshan::components::tp::{TpView, TpViewProps};
use qingshan::components::trucks::{TrucksPanel, TrucksPanelProps};
use qingshan::components::ule::{UleView, UleViewProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::carbon::CarbonState;
use qingshan::state::tp::TpState;
use qingshan::state::trucks::TrucksState;
use qingshan::state::ule::UleState;
use qingshan_core::eval::Overrides;
use qingshan_core::factors::Library;
use qingshan_core::ule::Sector;
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
        subject: "".into(),
        scale: 1.0,
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
    // 230 + 80 … 640 − 80 plot: 310 + 20 / 50 × 250 = 410.
    assert!(html.contains("x1=\"410\""), "central axis at 410");
}

#[tokio::test]
async fn a_long_factor_name_is_shortened_in_the_chart_only() {
    // 40 Latin characters: over the label column's budget (28 half-ems), so the chart shows the
    // first 27 and "…"; the bar's image name and the table keep all of it.
    let long = "Expected NOx cut from full steel ULE abc";
    assert_eq!(long.chars().count(), 40);
    let bars = vec![qingshan::components::tornado::TornadoBar {
        label: long.to_string(),
        at_low: 90.0,
        at_high: 110.0,
        share: Some(1.0),
    }];
    let html = yew::LocalServerRenderer::<Tornado>::with_props(TornadoProps {
        id: "t".into(),
        central: 100.0,
        bars,
        sentence: "s".into(),
        unit: "t/yr".into(),
        subject: "NOx".into(),
        scale: 1.0,
        lang: Lang::En,
    })
    .render()
    .await;
    assert!(
        html.contains(">Expected NOx cut from full …</text>"),
        "{html}"
    );
    assert!(html.contains(&format!("aria-label=\"{long}: 90 – 110 t/yr\"")));
    assert!(html.contains(&format!("<th scope=\"row\">{long}</th>")));
    assert!(html.contains("What drives the range: NOx (t/yr)"));
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

// ---- ULE, heavy trucks, carbon: one closed form each

/// Standard error of the sample p-quantile of Tri(a, c, b) with 10,000 samples, in the unit of
/// the law: √(p(1 − p)/n) ÷ f(x_p), f the triangular density at x_p.
fn tri_se(p: f64, a: f64, c: f64, b: f64) -> f64 {
    let quantile = tri_quantile(p, a, c, b);
    let density = if quantile < c {
        2.0 * (quantile - a) / ((b - a) * (c - a))
    } else {
        2.0 * (b - quantile) / ((b - a) * (b - c))
    };
    (p * (1.0 - p) / 10_000.0).sqrt() / density
}

/// Checks the element `id`'s data-p5/central/p95 against K × Tri(a, c, b), within 4 standard
/// errors, and that the page shows no NaN.
fn check_range(html: &str, id: &str, k: f64, (a, c, b): (f64, f64, f64), want: (f64, f64)) {
    let (p5, p95) = (
        k * tri_quantile(0.05, a, c, b),
        k * tri_quantile(0.95, a, c, b),
    );
    // The hand-worked values, to 0.1 %: the closed form is the one written in the test.
    assert!(
        (p5 - want.0).abs() < 1e-3 * want.0,
        "{id}: p5 {p5} vs {}",
        want.0
    );
    assert!(
        (p95 - want.1).abs() < 1e-3 * want.1,
        "{id}: p95 {p95} vs {}",
        want.1
    );
    // A missing attribute reads as NaN, which fails every comparison below.
    let got5 = attr(html, id, "data-p5").unwrap_or(f64::NAN);
    let got95 = attr(html, id, "data-p95").unwrap_or(f64::NAN);
    let central = attr(html, id, "data-central").unwrap_or(f64::NAN);
    assert!(
        (central - k * c).abs() < 1e-6 * k * c,
        "{id}: central {central}"
    );
    let (se5, se95) = (k * tri_se(0.05, a, c, b), k * tri_se(0.95, a, c, b));
    assert!(
        (got5 - p5).abs() < 4.0 * se5,
        "{id}: p5 {got5} vs {p5} (se {se5})"
    );
    assert!(
        (got95 - p95).abs() < 4.0 * se95,
        "{id}: p95 {got95} vs {p95} (se {se95})"
    );
    assert!(got5 < central && central < got95, "{id}: order");
    assert!(!html.contains("NaN"), "NaN on the page");
}

#[tokio::test]
async fn ule_cement_nox_range_is_the_kiln_volume_law() {
    // The report preset with steel and coking at zero capacity and the cement utilisation typed
    // (the report's 72.2 %: an input of the user's, so a constant). Cement NOx avoided (factors.md
    // A3) = 4.7亿 t × 72.2 % × V × (400 − 50) mg/Nm³ × 10⁻⁹ = 118.769 t per Nm³/t × V, and the
    // only ranged factor is the kiln flue-gas volume V: published 2,300 Nm³/t, range 1,500–2,500
    // → Tri(1,500, 2,300, 2,500). (c − a)/(b − a) = 0.8, so p5 = 1,500 + √(0.05 × 1,000 × 800)
    // = 1,700 and p95 = 2,500 − √(0.05 × 1,000 × 200) = 2,400: NOx p5 = 201,907 t/yr, central
    // 273,169 t/yr, p95 = 285,046 t/yr. SE (4 × ≈ 518 t and ≈ 259 t) is the tolerance.
    let mut state = UleState::default();
    state.inputs.sector_mut(Sector::Steel).capacity = 0.0;
    state.inputs.sector_mut(Sector::Coking).capacity = 0.0;
    state.inputs.sector_mut(Sector::Cement).utilisation = Some(0.722);
    let html = yew::LocalServerRenderer::<UleView>::with_props(UleViewProps {
        lang: Lang::En,
        inputs: state,
        trucks: TrucksState::default(),
        overrides: Overrides::new(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    let k = 4.7e8 * 0.722 * 350.0 * 1e-9;
    check_range(
        &html,
        "ule-mc-nox",
        k,
        (1_500.0, 2_300.0, 2_500.0),
        (201_907.0, 285_046.0),
    );
    // SO₂ the same volume × (200 − 35): the same law, scaled.
    let k_so2 = 4.7e8 * 0.722 * 165.0 * 1e-9;
    check_range(
        &html,
        "ule-mc-so2",
        k_so2,
        (1_500.0, 2_300.0, 2_500.0),
        (95_184.0, 134_379.0),
    );
    // One tornado, for NOx (the largest total), naming the volume as the only driver.
    let u = &catalog(Lang::En).uncertainty;
    let v = Library::standard()
        .get("ule.fluegas.cement.kiln")
        .expect("factor")
        .def
        .name
        .get(Lang::En);
    assert!(html.contains("id=\"ule-tornado-nox\""));
    assert!(!html.contains("id=\"ule-tornado-so2\""));
    assert!(html.contains(&u.drivers_one.replace("{a}", v).replace("{p}", "100%")));
    assert!(
        html.contains(u.method_title),
        "method note in the explain panel"
    );
}

#[tokio::test]
async fn trucks_nox_range_is_the_emission_factor_law() {
    // The report preset (197,000 trucks, long haul, China VI) with the mileage factor set by the
    // user to its own value, 125,000 km/yr (a changed factor is a constant). NOx = 197,000 ×
    // 125,000 km × EF g/km ÷ 10⁶ = 24,625 × EF t/yr, EF = 1.42 g/km ± 5 % (assumed range):
    // Tri(1.349, 1.42, 1.491). Symmetric, so p5 = c(1 − h + h√0.1) = 1.42 × 0.9658114 and
    // p95 = 1.42 × 1.0341886: NOx p5 = 33,772 t/yr, central 34,967.5, p95 = 36,163.
    let mut o = Overrides::new();
    o.set("truck.mileage.longhaul", 125_000.0);
    let html = yew::LocalServerRenderer::<TrucksPanel>::with_props(TrucksPanelProps {
        lang: Lang::En,
        inputs: TrucksState::default(),
        overrides: o,
        on_action: Callback::noop(),
    })
    .render()
    .await;
    check_range(
        &html,
        "trucks-mc-nox",
        24_625.0,
        (1.349, 1.42, 1.491),
        (33_772.0, 36_163.0),
    );
    // The net and the tailpipe have ranges too, and the tornado is about the net.
    for id in ["trucks-mc-tailpipe", "trucks-mc-net"] {
        let p5 = attr(&html, id, "data-p5").expect("p5");
        let p95 = attr(&html, id, "data-p95").expect("p95");
        let c = attr(&html, id, "data-central").expect("central");
        assert!(p5 < c && c < p95, "{id}: {p5} < {c} < {p95}");
    }
    assert!(html.contains("id=\"trucks-tornado\""));
    assert!(html.contains(catalog(Lang::En).uncertainty.method_title));
}

#[tokio::test]
async fn carbon_household_range_is_the_electricity_factor_law() {
    // The household preset with the household's electricity set by the user to 3,000 kWh (a
    // constant) × the 2024 national footprint factor 0.5777 kg CO₂e/kWh ± 5 % (factors.md C1):
    // total = 3,000 × Tri(0.548815, 0.5777, 0.606585) kg. p5 = 1,733.1 × 0.9658114 = 1,673.85,
    // p95 = 1,733.1 × 1.0341886 = 1,792.35 kg CO₂e. The electricity factor is read through
    // FactorValues, so its range is what moves the total.
    let mut o = Overrides::new();
    o.set("carbon.household.kwh_per_household", 3_000.0);
    let html = yew::LocalServerRenderer::<CarbonView>::with_props(CarbonViewProps {
        lang: Lang::En,
        inputs: CarbonState::default(),
        overrides: o,
        on_action: Callback::noop(),
    })
    .render()
    .await;
    check_range(
        &html,
        "carbon-mc",
        3_000.0,
        (0.548_815, 0.5777, 0.606_585),
        (1_673.85, 1_792.35),
    );
    // Shown in t CO₂e (the total is over 1,000 kg, as the page writes the total): 1.67 – 1.79.
    assert!(html.contains("id=\"carbon-mc-p5\">1.67<"), "{html}");
    assert!(html.contains("id=\"carbon-mc-p95\">1.79<"));
    let name = Library::standard()
        .get("carbon.elec.cf.2024.national")
        .expect("factor")
        .def
        .name
        .get(Lang::En);
    let u = &catalog(Lang::En).uncertainty;
    assert!(html.contains(&u.drivers_one.replace("{a}", name).replace("{p}", "100%")));
    assert!(html.contains("id=\"carbon-tornado\""));
}

// ---- Secondary results: every result has its own Monte Carlo range (issue 9, last part)

/// The data-p5 / data-central / data-p95 of element `id`.
fn ends(html: &str, id: &str) -> (f64, f64, f64) {
    (
        attr(html, id, "data-p5").unwrap_or(f64::NAN),
        attr(html, id, "data-central").unwrap_or(f64::NAN),
        attr(html, id, "data-p95").unwrap_or(f64::NAN),
    )
}

#[tokio::test]
async fn ule_sector_rows_and_intensities_have_their_own_range() {
    // The cement-only scenario of `ule_cement_nox_range_is_the_kiln_volume_law`.
    let mut state = UleState::default();
    state.inputs.sector_mut(Sector::Steel).capacity = 0.0;
    state.inputs.sector_mut(Sector::Coking).capacity = 0.0;
    state.inputs.sector_mut(Sector::Cement).utilisation = Some(0.722);
    for lang in [Lang::En, Lang::ZhHant] {
        let html = yew::LocalServerRenderer::<UleView>::with_props(UleViewProps {
            lang,
            inputs: state.clone(),
            trucks: TrucksState::default(),
            overrides: Overrides::new(),
            on_action: Callback::noop(),
        })
        .render()
        .await;
        // The cement · NOx row: the same law as the NOx total (cement is the only sector).
        check_range(
            &html,
            "ule-mc-cement-nox",
            4.7e8 * 0.722 * 350.0 * 1e-9,
            (1_500.0, 2_300.0, 2_500.0),
            (201_907.0, 285_046.0),
        );
        // The NOx intensity before the retrofit, kg/t = 400 mg/Nm³ (factors.md A3, the old
        // limit) × V Nm³/t × 10⁻⁶ kg/mg = 4 × 10⁻⁴ × V: central 0.92, p5 = 4 × 10⁻⁴ × 1,700 =
        // 0.68, p95 = 4 × 10⁻⁴ × 2,400 = 0.96 kg/t; the all-ends bound is 0.6 – 1.0 kg/t.
        check_range(
            &html,
            "ule-mc-before-cement-nox",
            4e-4,
            (1_500.0, 2_300.0, 2_500.0),
            (0.68, 0.96),
        );
        let (p5, _, p95) = ends(&html, "ule-mc-before-cement-nox");
        assert!(
            p5 - 0.6 > 0.05 && 1.0 - p95 > 0.02,
            "MC range is not the bound"
        );
        // The label in the page's language, as text.
        let label = catalog(lang).uncertainty.range_short;
        assert!(html.contains(label), "{lang:?}: {label}");
    }
}

#[tokio::test]
async fn ule_report_preset_gives_every_row_a_range_inside_its_bound() {
    let html = yew::LocalServerRenderer::<UleView>::with_props(UleViewProps {
        lang: Lang::En,
        inputs: UleState::default(),
        trucks: TrucksState::default(),
        overrides: Overrides::new(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    for s in Sector::ALL {
        for p in ["pm", "so2", "nox"] {
            for prefix in ["ule-mc", "ule-mc-before", "ule-mc-after"] {
                let id = format!("{prefix}-{}-{p}", s.key());
                let (p5, c, p95) = ends(&html, &id);
                assert!(p5 <= c && c <= p95, "{id}: {p5} ≤ {c} ≤ {p95}");
            }
        }
    }
    // Steel's costs: the operating cost moves with its factor's range.
    for id in ["ule-cost-investment-mc", "ule-cost-operating-mc"] {
        let (p5, c, p95) = ends(&html, id);
        assert!(p5 < c && c < p95, "{id}: {p5} < {c} < {p95}");
    }
    assert!(!html.contains("NaN"));
}

#[tokio::test]
async fn trucks_electricity_and_grid_have_their_own_range() {
    let html = yew::LocalServerRenderer::<TrucksPanel>::with_props(TrucksPanelProps {
        lang: Lang::En,
        inputs: TrucksState::default(),
        overrides: Overrides::new(),
        on_action: Callback::noop(),
    })
    .render()
    .await;
    for id in ["trucks-mc-electricity", "trucks-mc-grid"] {
        let (p5, c, p95) = ends(&html, id);
        assert!(p5 < c && c < p95, "{id}: {p5} < {c} < {p95}");
    }
    assert!(html.contains(catalog(Lang::En).uncertainty.whiskers_note));
}

#[tokio::test]
async fn carbon_per_unit_cost_and_lines_follow_the_total() {
    // The household scenario of `carbon_household_range_is_the_electricity_factor_law`: one
    // line, so the line's range is the total's; per functional unit is the total ÷ the unit's
    // amount (a constant: the user's), so its percentiles are the total's divided by it, to
    // rounding; the cost is the total ÷ 1,000 × the carbon price.
    let mut o = Overrides::new();
    o.set("carbon.household.kwh_per_household", 3_000.0);
    let state = CarbonState::default();
    let units = state.inputs.functional_unit.amount;
    for lang in [Lang::En, Lang::ZhHans] {
        let html = yew::LocalServerRenderer::<CarbonView>::with_props(CarbonViewProps {
            lang,
            inputs: state.clone(),
            overrides: o.clone(),
            on_action: Callback::noop(),
        })
        .render()
        .await;
        let (t5, tc, t95) = ends(&html, "carbon-mc");
        let (f5, fc, f95) = ends(&html, "carbon-total-per-fu-mc");
        for (per, total) in [(f5, t5), (fc, tc), (f95, t95)] {
            assert!(
                (per - total / units).abs() < 1e-9 * total.abs().max(1.0),
                "{per} vs {total} / {units}"
            );
        }
        let (l5, lc, l95) = ends(&html, "carbon-line-0-mc");
        assert!((l5 - t5).abs() < 1e-9 * t5 && (l95 - t95).abs() < 1e-9 * t95);
        assert!((lc - tc).abs() < 1e-9 * tc);
        let (c5, cc, c95) = ends(&html, "carbon-total-cost-mc");
        assert!(c5 < cc && cc < c95, "cost {c5} < {cc} < {c95}");
        assert!(html.contains(catalog(lang).uncertainty.col_mc));
    }
}

#[tokio::test]
async fn tp_equivalences_have_their_own_range() {
    // The preset's total is 11,700 t × Tri(0.95, 1, 1.05); the dry algae ceiling is the total
    // times constants, so its 90 % range brackets its central value and is narrower than the
    // all-ends bound (±5 % at the ends, ±3.4 % at the 5th/95th percentile).
    for lang in [Lang::En, Lang::ZhHant] {
        let html = render_tp(lang, Overrides::new()).await;
        for id in ["tp-algae-dry-mc", "tp-algae-wet-mc", "tp-dilution-mc"] {
            let p5 = attr(&html, id, "data-p5").unwrap_or(f64::NAN);
            let p95 = attr(&html, id, "data-p95").unwrap_or(f64::NAN);
            assert!(p5 < p95, "{lang:?} {id}: {p5} < {p95}");
        }
        // The total's ratio to a dry-algae figure is a constant: the dry p5/p95 over the total's
        // equals the central ratio.
        let (t5, t95) = (
            attr(&html, "tp-mc", "data-p5").unwrap_or(f64::NAN),
            attr(&html, "tp-mc", "data-p95").unwrap_or(f64::NAN),
        );
        let d5 = attr(&html, "tp-algae-dry-mc", "data-p5").unwrap_or(f64::NAN);
        let d95 = attr(&html, "tp-algae-dry-mc", "data-p95").unwrap_or(f64::NAN);
        assert!(
            (d5 / t5 - d95 / t95).abs() < 1e-9 * (d5 / t5),
            "{d5}/{t5} vs {d95}/{t95}"
        );
        assert!(html.contains(catalog(lang).uncertainty.col_mc));
    }
}

#[tokio::test]
async fn a_tp_measure_card_shows_its_own_range() {
    // The preset's only measure carries the whole load (tp.report.reduction_2025: 11,700 t,
    // ±5 %, triangular): its card's 90 % range is the total's, Tri(11,115, 11,700, 12,285) at
    // 5 % and 95 %: 11,300.0 and 12,100.0 t (worked in the test above), within 4 standard
    // errors (≈ 4.03 t each) of 10,000 samples.
    let (p5, p95) = (11_300.0, 12_100.0);
    for lang in [Lang::En, Lang::ZhHans] {
        let html = render_tp(lang, Overrides::new()).await;
        // The card's element id is "tp-m<id>-mc" (<id> digits); the preset has one measure.
        let card = html
            .match_indices("id=\"tp-m")
            .map(|(i, _)| &html[i + 4..])
            .filter(|r| r[4..].starts_with(|c: char| c.is_ascii_digit()))
            .filter_map(|r| r.split('"').next()?.strip_suffix("-result"))
            .map(|p| format!("{p}-mc"))
            .next()
            .expect("a measure card's result");
        let got5 = attr(&html, &card, "data-p5").expect("card p5");
        let got95 = attr(&html, &card, "data-p95").expect("card p95");
        assert!((got5 - p5).abs() < 16.2, "{lang:?}: card p5 {got5}");
        assert!((got95 - p95).abs() < 16.2, "{lang:?}: card p95 {got95}");
        // The card writes the range with its label, in the page's language.
        let label = catalog(lang).uncertainty.range_short;
        let shown = match lang {
            Lang::En => format!("{label}: 11,300 – 12,100"),
            _ => format!("{label}：1.13万 – 1.21万"),
        };
        assert!(html.contains(&shown), "{lang:?}: card text {shown}");
    }
}
