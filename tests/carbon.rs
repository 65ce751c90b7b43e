//! Calculator 3 in the app: its state (edits, presets through the page's reducer) and its view,
//! rendered natively in the three languages (Yew's server renderer, no browser).

use std::rc::Rc;

use qingshan::components::carbon::{CarbonView, CarbonViewProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::carbon::{CarbonAction, CarbonState};
use qingshan::state::{Action, AppState, View};
use qingshan_core::carbon::{
    presets, Activity, ActivityKind, ElectricityBasis, ElectricityKind, Fuel, FuelUnit, LineId,
    NonCo2, TdKind, Variant,
};
use qingshan_core::eval::Overrides;
use qingshan_core::factors::electricity::GenerationType;
use qingshan_core::figures;
use yew::Reducible;

fn reduce(state: AppState, action: Action) -> AppState {
    (*Rc::new(state).reduce(action)).clone()
}

#[test]
fn the_default_scenario_is_the_household_on_the_2024_footprint_factor() {
    let s = CarbonState::default();
    assert_eq!(s.inputs, presets::household());
    assert_eq!(s.preset, Some(presets::HOUSEHOLD));
    assert_eq!(s.inputs.electricity, ElectricityBasis::FOOTPRINT_2024);
}

#[test]
fn figure_presets_open_the_carbon_view() {
    for key in [
        figures::preset::CARBON_ELECTRICITY_2024,
        figures::preset::CARBON_ETS,
        presets::TRUCK,
    ] {
        let s = reduce(AppState::default(), Action::Preset(key));
        assert_eq!(s.view, View::Carbon, "{key}");
        assert_eq!(s.carbon.preset, Some(key));
    }
    let s = reduce(
        AppState::default(),
        Action::Preset(figures::preset::CARBON_ETS),
    );
    assert_eq!(
        s.carbon.inputs.electricity.kind(),
        ElectricityKind::Emission
    );
    let mut c = CarbonState::default();
    assert!(!c.apply_preset("tp.report"));
}

#[test]
fn lines_are_added_edited_and_removed_by_stable_id() {
    let mut s = CarbonState::default();
    s.apply(CarbonAction::AddLine(ActivityKind::Fuel));
    s.apply(CarbonAction::AddLine(ActivityKind::Process));
    let ids: Vec<LineId> = s.inputs.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![LineId(0), LineId(1), LineId(2)]);
    s.apply(CarbonAction::RemoveLine(LineId(1)));
    s.apply(CarbonAction::AddLine(ActivityKind::Direct));
    let ids: Vec<LineId> = s.inputs.lines.iter().map(|l| l.id).collect();
    assert_eq!(
        ids,
        vec![LineId(0), LineId(2), LineId(3)],
        "ids are never reused"
    );
    // A fuel switched to a gas keeps a volume unit; an inapplicable default is dropped.
    s.apply(CarbonAction::AddLine(ActivityKind::Fuel));
    s.apply(CarbonAction::SetActivity(
        LineId(4),
        Activity::Fuel {
            fuel: Fuel::NaturalGas,
            amount: 3.0,
            unit: FuelUnit::Tonne,
            non_co2: NonCo2::IpccLiquidStationary,
        },
    ));
    let line = s.inputs.lines.iter().find(|l| l.id == LineId(4)).copied();
    assert_eq!(
        line.map(|l| l.activity),
        Some(Activity::Fuel {
            fuel: Fuel::NaturalGas,
            amount: 3.0,
            unit: FuelUnit::WanNm3,
            non_co2: NonCo2::Omit,
        })
    );
    s.apply(CarbonAction::SetVariant(LineId(4), Variant::Alternative));
    assert!(s.inputs.is_comparison());
}

#[test]
fn the_basis_is_always_a_published_factor() {
    let mut s = CarbonState::default();
    s.apply(CarbonAction::SetBasis(ElectricityBasis::Footprint {
        year: 2024,
        generation: GenerationType::Wind,
        td: Some(TdKind::IncludingLosses),
    }));
    s.apply(CarbonAction::SetBasis(ElectricityBasis::Footprint {
        year: 2023,
        generation: GenerationType::Wind,
        td: Some(TdKind::IncludingLosses),
    }));
    assert_eq!(
        s.inputs.electricity,
        ElectricityBasis::Footprint {
            year: 2023,
            generation: GenerationType::Wind,
            td: Some(TdKind::ExcludingLosses),
        }
    );
    assert!(s.inputs.electricity.factor_ids().is_ok());
}

async fn render(lang: Lang, state: CarbonState, overrides: Overrides) -> String {
    yew::LocalServerRenderer::<CarbonView>::with_props(CarbonViewProps {
        lang,
        inputs: state,
        overrides,
        on_action: yew::Callback::noop(),
    })
    .render()
    .await
}

#[tokio::test]
async fn the_view_shows_the_total_the_kind_and_the_report_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang, CarbonState::default(), Overrides::new()).await;
        let t = &catalog(lang).carbon;
        for needle in [
            "id=\"carbon-total\"",
            "id=\"carbon-kind-cf\"",
            "id=\"carbon-kind-ef\"",
            "id=\"carbon-chart-lines-title\"",
            "id=\"carbon-how\"",
            t.kind_footprint_short,
            t.results_heading,
            t.boundary_use_stage,
        ] {
            assert!(html.contains(needle), "{lang:?}: no {needle}");
        }
        let sentence = figures::get("carbon.electricity_cf_factors")
            .map(|f| f.sentence.get(lang))
            .unwrap_or_default();
        assert!(
            html.contains(sentence),
            "{lang:?}: the report is not quoted"
        );
        assert!(!html.contains("NaN") && !html.contains("inf"));
        // Headings in order: the view's h1 is outside; panels use h2 and h3 only.
        assert!(!html.contains("<h1"));
    }
}

#[tokio::test]
async fn the_household_total_reads_1_711_t_in_english() {
    // 15,880亿 kWh ÷ 140,489万 people × 2.62 = 2,961.5 kWh × 0.5777 = 1,710.9 kg = 1.711 t.
    let html = render(Lang::En, CarbonState::default(), Overrides::new()).await;
    assert!(html.contains("1.711 t CO₂e"), "{html}");
}

#[tokio::test]
async fn an_unverified_preset_says_so_and_a_bad_input_blocks_the_result() {
    let mut s = CarbonState::default();
    assert!(s.apply_preset(presets::TRUCK));
    let html = render(Lang::En, s.clone(), Overrides::new()).await;
    assert!(html.contains("id=\"carbon-unverified\""));
    assert!(html.contains("id=\"carbon-change\""));
    s.apply(CarbonAction::SetActivity(
        LineId(0),
        Activity::Vehicle {
            vehicle: qingshan_core::carbon::Vehicle::DieselTruck,
            km: -5.0,
        },
    ));
    let html = render(Lang::En, s, Overrides::new()).await;
    assert!(html.contains("id=\"carbon-no-result\""));
    assert!(html.contains(catalog(Lang::En).widgets.problem_negative));
}
