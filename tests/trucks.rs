//! The heavy-trucks panel: its state and reducer, and the panel rendered natively (Yew's
//! server renderer) in each language. Expected numbers are worked by hand from factors.md A6
//! and C2 and written as the page formats them (3 significant digits, 万/亿 in Chinese).

use qingshan::components::trucks::{TrucksPanel, TrucksPanelProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::trucks::{TrucksAction, TrucksState, PRESET_SHUTTLE};
use qingshan::state::{Action, AppState, View};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::electricity::{EmissionScope, GenerationType};
use qingshan_core::factors::Library;
use qingshan_core::figures::preset;
use qingshan_core::trucks::{Baseline, DieselBasis, Duty, GridChoice, GridKind};
use std::rc::Rc;
use yew::{Callback, Reducible};

async fn render(lang: Lang, inputs: TrucksState, overrides: Overrides) -> String {
    yew::LocalServerRenderer::<TrucksPanel>::with_props(TrucksPanelProps {
        lang,
        inputs,
        overrides,
        on_action: Callback::noop(),
    })
    .render()
    .await
}

#[test]
fn the_default_is_the_reports_preset() {
    let s = TrucksState::default();
    assert_eq!(s.preset, preset::ULE_TRUCKS);
    assert!((s.trucks - 197_000.0).abs() < 1e-9);
    assert_eq!(s.baseline, Baseline::ChinaVI);
    assert_eq!(s.duty, Duty::LongHaul);
    assert_eq!(s.diesel, DieselBasis::PerLitre);
    assert_eq!(s.diesel_density, None, "no invented density");
    assert_eq!(
        s.grid_choice(),
        GridChoice::Emission {
            year: 2023,
            scope: EmissionScope::National
        }
    );
    assert_eq!(
        s.inputs(Library::standard()).map(|i| i.grid.id()),
        Some("carbon.elec.ef.2023.national")
    );
}

#[test]
fn actions_edit_the_state_and_never_mix_the_two_kinds() {
    let mut s = TrucksState::default();
    s.apply(TrucksAction::SetTrucks(1000.0));
    s.apply(TrucksAction::SetBaseline(Baseline::ChinaV));
    s.apply(TrucksAction::SetDiesel(DieselBasis::PerKg));
    s.apply(TrucksAction::SetDensity(0.84));
    assert!((s.trucks - 1000.0).abs() < 1e-9);
    assert_eq!(s.diesel_density, Some(0.84));

    // A year the emission factor does not have is ignored.
    s.apply(TrucksAction::SetGridYear(2024));
    assert_eq!(s.emission_year, 2023);
    s.apply(TrucksAction::SetGridYear(2021));
    assert_eq!(s.emission_year, 2021);

    // Switching kind uses the other kind's own year and source; switching back restores.
    s.apply(TrucksAction::SetGridKind(GridKind::Footprint));
    assert_eq!(
        s.grid_choice(),
        GridChoice::Footprint {
            year: 2024,
            source: GenerationType::National
        }
    );
    s.apply(TrucksAction::SetFootprintSource(
        GenerationType::TransmissionDistribution,
    ));
    assert_eq!(s.footprint_source, GenerationType::National, "not a source");
    s.apply(TrucksAction::SetFootprintSource(GenerationType::Wind));
    s.apply(TrucksAction::SetGridYear(2023));
    assert_eq!(
        s.inputs(Library::standard()).map(|i| i.grid.id()),
        Some("carbon.elec.cf.2023.wind")
    );
    s.apply(TrucksAction::SetGridKind(GridKind::Emission));
    assert_eq!(
        s.grid_choice(),
        GridChoice::Emission {
            year: 2021,
            scope: EmissionScope::National
        }
    );
}

#[test]
fn presets_go_through_the_page_reducer() {
    let app = Rc::new(AppState {
        view: View::Tp,
        ..AppState::default()
    });
    let app = app.reduce(Action::Trucks(TrucksAction::SetTrucks(5.0)));
    let app = app.reduce(Action::Preset(PRESET_SHUTTLE));
    assert_eq!(app.view, View::Ule);
    assert_eq!(app.trucks.duty, Duty::Shuttle);
    assert!((app.trucks.trucks - 197_000.0).abs() < 1e-9);
    let app = app.reduce(Action::Preset(preset::ULE_TRUCKS));
    assert_eq!(app.trucks, TrucksState::default());
    let mut s = TrucksState::default();
    assert!(!s.apply_preset("tp.report"));
}

/// Every `<input>` and `<select>` has a `<label for>` (radios included).
fn assert_labelled(html: &str) {
    for tag in ["<input", "<select"] {
        for part in html.split(tag).skip(1) {
            let head = &part[..part.find('>').unwrap_or(part.len())];
            let id = head
                .split("id=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or_else(|| panic!("{tag} without id: {head}"));
            assert!(
                html.contains(&format!("for=\"{id}\"")),
                "{tag} #{id} has no label"
            );
        }
    }
}

#[tokio::test]
async fn the_report_preset_renders_hand_worked_numbers_in_each_language() {
    // 197,000 × 125,000 km = 2.4625e10 km. NOx × 1.420 g/km = 34,967.5 t → 3 digits 35,000.
    // Tailpipe × 0.325 L/km × 2.66 kg/L = 21,288,312.5 t → 2130万 / 21.3 million.
    // Electricity × 1.65 kWh/km = 4.063125e10 kWh → 406亿 / 40.6 billion.
    // Grid × 0.5306 = 21,558,941.25 t → 2160万 / 21.6 million.
    // Net −270,628.75 t → 27.1万 / 271,000 more.
    let cases = [
        (
            Lang::ZhHans,
            [
                "3.5万",
                "2130万",
                "406亿",
                "2160万",
                "比柴油重卡多排 27.1万 吨/年",
            ],
        ),
        (
            Lang::ZhHant,
            [
                "3.5萬",
                "2130萬",
                "406億",
                "2160萬",
                "比柴油重卡多排 27.1萬 噸/年",
            ],
        ),
        (
            Lang::En,
            [
                "35,000",
                "21.3 million",
                "40.6 billion",
                "21.6 million",
                "271,000 t/yr more than the diesel trucks",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let html = render(lang, TrucksState::default(), Overrides::new()).await;
        let t = &catalog(lang).trucks;
        for e in expected {
            assert!(html.contains(e), "{lang:?}: no {e:?}");
        }
        for s in [t.title, t.method_heading, t.net_uncertain, t.caveat_label] {
            assert!(html.contains(s), "{lang:?}: no {s:?}");
        }
        // The report's sentence, its consistency note, and the CO₂-only factor used.
        let figure = qingshan_core::figures::get("transport.nev_heavy_trucks_2025");
        let figure = figure.unwrap_or_else(|| panic!("figure"));
        assert!(html.contains(figure.sentence.get(lang)));
        assert!(html.contains(figure.note.map_or("", |n| n.get(lang))));
        assert!(html.contains("0.5306"));
        // Unverified defaults are marked.
        assert!(html.contains("grade-unverified"));
        assert!(html.contains("<h2") && html.contains("<h3") && !html.contains("<h5"));
        assert!(!html.contains("NaN") && !html.contains("inf"));
        assert_labelled(&html);
    }
}

#[tokio::test]
async fn the_worked_check_says_more_and_a_negative_count_is_refused() {
    // 1 truck, 100,000 km: tailpipe 86.45 t → 86.5; NOx 0.142 t; grid 87.549 t → 87.5;
    // net −1.099 t → "1.1 t/yr more".
    let mut o = Overrides::new();
    o.set("truck.mileage.longhaul", 100_000.0);
    let mut s = TrucksState::default();
    s.apply(TrucksAction::SetTrucks(1.0));
    let html = render(Lang::En, s.clone(), o.clone()).await;
    for e in [
        "0.142",
        "86.5",
        "87.5",
        "1.1 t/yr more than the diesel trucks",
    ] {
        assert!(html.contains(e), "no {e:?}");
    }
    assert!(
        html.contains("changed by you"),
        "the changed mileage is marked"
    );

    s.apply(TrucksAction::SetTrucks(-3.0));
    let html = render(Lang::En, s, o).await;
    assert!(html.contains("Cannot be negative"));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(!html.contains("more than the diesel trucks"));
}

#[tokio::test]
async fn ipcc_diesel_asks_for_a_density_and_a_footprint_factor_is_labelled_life_cycle() {
    let mut s = TrucksState::default();
    s.apply(TrucksAction::SetDiesel(DieselBasis::PerKg));
    let html = render(Lang::En, s.clone(), Overrides::new()).await;
    assert!(html.contains("id=\"trucks-density\""));
    assert!(html.contains(catalog(Lang::En).trucks.density_missing));

    s.apply(TrucksAction::SetDensity(0.84));
    s.apply(TrucksAction::SetGridKind(GridKind::Footprint));
    let html = render(Lang::En, s, Overrides::new()).await;
    assert!(html.contains("life-cycle CO₂e"));
    assert!(html.contains(catalog(Lang::En).trucks.grid_footprint_note));
    // Tailpipe CO₂ only against life-cycle CO₂e: the page says the sides differ.
    assert!(html.contains("The two sides count differently"));
}
