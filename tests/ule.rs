//! Calculator 1 (ULE) natively: the state's edits and presets, and the view rendered with Yew's
//! server renderer in each language (labels tied to inputs, results in the language's numbers,
//! a missing input asked for at its field).

use qingshan::components::ule::{UleView, UleViewProps};
use qingshan::i18n::{catalog, Lang};
use qingshan::state::trucks::TrucksState;
use qingshan::state::ule::{FocusSector, UleAction, UleState};
use qingshan::state::{Action, AppState, View};
use qingshan_core::eval::Overrides;
use qingshan_core::figures::preset;
use qingshan_core::ule::{Method, PointKind, Pollutant, Sector, UleInputs};
use std::rc::Rc;
use yew::{Callback, Reducible};

async fn render(lang: Lang, inputs: UleState, overrides: Overrides) -> String {
    yew::LocalServerRenderer::<UleView>::with_props(UleViewProps {
        lang,
        inputs,
        trucks: TrucksState::default(),
        overrides,
        on_action: Callback::noop(),
    })
    .render()
    .await
}

/// The values of the `id` attributes of every `<input` and `<select` in `html`.
fn control_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for tag in ["<input", "<select"] {
        for part in html.split(tag).skip(1) {
            let head = part.split('>').next().unwrap_or("");
            if let Some(rest) = head.split(" id=\"").nth(1) {
                ids.push(rest.split('"').next().unwrap_or("").to_string());
            }
        }
    }
    ids
}

#[test]
fn default_state_is_the_report_preset_and_presets_reset_one_sector() {
    let mut s = UleState::default();
    assert_eq!(s.inputs, UleInputs::default());
    assert_eq!(s.focus, FocusSector(Sector::Steel));
    s.apply(UleAction::SetCapacity(Sector::Cement, 1e6));
    s.apply(UleAction::SetCapacity(Sector::Steel, 2e6));
    s.apply(UleAction::SetMethod(Sector::Cement, Method::Intensity));
    assert!(s.apply_preset(preset::ULE_CEMENT));
    assert_eq!(s.focus, FocusSector(Sector::Cement));
    let cement = s.inputs.sector(Sector::Cement);
    assert!((cement.capacity - 4.7e8).abs() < 1.0);
    assert_eq!(cement.method, Method::Concentration);
    // The other sectors keep the user's edits.
    assert!((s.inputs.sector(Sector::Steel).capacity - 2e6).abs() < 1e-6);
    assert!(
        !s.apply_preset(preset::ULE_TRUCKS),
        "the trucks preset is the panel's"
    );
    assert!(!s.apply_preset("nope"));
}

#[test]
fn edits_reach_the_inputs() {
    let mut s = UleState::default();
    s.apply(UleAction::SetBefore(
        PointKind::Kiln,
        Pollutant::Nox,
        Some(300.0),
    ));
    s.apply(UleAction::SetRatio(PointKind::SinterHead, Some(1.2)));
    s.apply(UleAction::SetPointEnabled(PointKind::Pellet, false));
    s.apply(UleAction::SetReduction(
        Sector::Cement,
        Pollutant::So2,
        Some(0.4),
    ));
    let kiln = s.inputs.sector(Sector::Cement).point(PointKind::Kiln);
    assert_eq!(kiln.map(|p| p.before.nox), Some(Some(300.0)));
    let steel = s.inputs.sector(Sector::Steel);
    assert_eq!(
        steel.point(PointKind::SinterHead).and_then(|p| p.ratio),
        Some(1.2)
    );
    assert_eq!(
        steel.point(PointKind::Pellet).map(|p| p.enabled),
        Some(false)
    );
    assert_eq!(s.inputs.sector(Sector::Cement).reduction.so2, Some(0.4));
    // A compliance point without the chosen pollutant's limit switches to one it has.
    s.apply(UleAction::SetCheckPollutant(Pollutant::So2));
    s.apply(UleAction::SetCheckPoint(
        qingshan_core::ule::LimitPoint::CokingOther,
    ));
    assert_eq!(s.inputs.check.pollutant, Pollutant::Pm);
}

#[test]
fn the_reducer_opens_the_calculator_on_a_ule_preset() {
    let state = Rc::new(AppState {
        view: View::Sources,
        ..AppState::default()
    });
    let next = state.reduce(Action::Preset(preset::ULE_COKING));
    assert_eq!(next.view, View::Ule);
    assert_eq!(next.ule.focus, FocusSector(Sector::Coking));
}

#[tokio::test]
async fn every_control_has_a_label_and_results_show_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang, UleState::default(), Overrides::new()).await;
        let c = &catalog(lang).ule;
        for id in control_ids(&html) {
            assert!(
                html.contains(&format!("for=\"{id}\"")),
                "{lang:?}: control {id} has no label"
            );
        }
        for heading in [c.results_title, c.check_title, c.explain_title] {
            assert!(html.contains(heading), "{lang:?}: no {heading}");
        }
        assert!(html.contains("id=\"ule-total-nox\""));
        assert!(
            html.contains(c.note_coke_volume),
            "{lang:?}: coke volume not flagged"
        );
        assert!(html.contains(c.note_upper_bound));
        assert!(
            !html.contains("NaN") && !html.contains(">inf") && !html.contains("∞"),
            "{lang:?}"
        );
    }
}

#[tokio::test]
async fn numbers_follow_the_language() {
    // Steel NOx at the preset: 3e8 × 0.797 × (1.72e6 / 928e6 × 1000) kg/t × 0.59 / 1000
    // = 261,466 t/yr → "26.1万" in Chinese, "261,000" in English.
    let zh = render(Lang::ZhHans, UleState::default(), Overrides::new()).await;
    assert!(zh.contains(">26.1万<"), "no 26.1万 in the Chinese page");
    let hant = render(Lang::ZhHant, UleState::default(), Overrides::new()).await;
    assert!(hant.contains(">26.1萬<"));
    let en = render(Lang::En, UleState::default(), Overrides::new()).await;
    assert!(en.contains(">261,000<"));
}

#[tokio::test]
async fn a_missing_input_is_asked_for_at_its_field() {
    let mut s = UleState::default();
    s.apply(UleAction::SetMethod(Sector::Steel, Method::Concentration));
    let html = render(Lang::En, s, Overrides::new()).await;
    let c = &catalog(Lang::En).ule;
    assert!(html.contains(c.required), "the ratio is not asked for");
    assert!(html.contains("id=\"ule-steel-sinter-ratio-error\""));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(
        html.contains(c.incomplete),
        "the totals do not say a sector is missing"
    );
}

#[tokio::test]
async fn a_changed_factor_is_marked_and_changes_the_result() {
    let mut o = Overrides::new();
    o.set("ule.fluegas.coking.cokeoven", 1_200.0);
    let mut s = UleState::default();
    s.apply(UleAction::Focus(Sector::Coking));
    let html = render(Lang::En, s, o).await;
    let w = &catalog(Lang::En).widgets;
    assert!(html.contains(w.changed_by_you));
    // Coking NOx: 2.7e8 × 0.797 × 1,200 × 350 × 1e-9 = 90,380 t → "90,400".
    assert!(html.contains(">90,400<"), "coking NOx not recomputed");
    assert!(!html.contains(catalog(Lang::En).ule.note_coke_volume));
}
