//! The heavy-trucks export rows (src/results/trucks.rs): the report preset's rows hold the
//! panel's totals, worked by hand here from factors.md A6 and C2 (ranges: the given ranges of
//! the unverified factors; official ±5 %, secondary ±10 % otherwise), in the page's language,
//! with the factors they read; a calculation error gives no row; no row is ever NaN.

use proptest::prelude::*;
use qingshan::export::Row;
use qingshan::results::all_rows;
use qingshan::state::trucks::TrucksState;
use qingshan::state::AppState;
use qingshan_core::eval::Overrides;
use qingshan_core::factors::electricity::EmissionScope;
use qingshan_core::factors::Library;
use qingshan_core::text::Lang;
use qingshan_core::trucks::{Baseline, DieselBasis, Duty, GridKind, FOOTPRINT_SOURCES};

/// The trucks rows and every factor id of the page.
fn trucks_rows(state: &AppState) -> (Vec<Row>, Vec<String>) {
    let (rows, ids) = all_rows(state);
    (
        rows.into_iter().filter(|r| r.section == "trucks").collect(),
        ids,
    )
}

fn get<'a>(rows: &'a [Row], key: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no row {key}"))
}

fn close(got: f64, want: f64, what: &str) {
    let tol = 1e-9 * want.abs().max(1.0);
    assert!((got - want).abs() <= tol, "{what}: {got} ≠ {want}");
}

fn check(rows: &[Row], key: &str, central: f64, low: f64, high: f64) {
    let r = get(rows, key);
    close(r.central, central, &format!("{key} central"));
    close(r.low, low, &format!("{key} low"));
    close(r.high, high, &format!("{key} high"));
}

#[test]
fn the_report_presets_rows_are_the_panels_totals_worked_by_hand() {
    let state = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let (rows, _) = trucks_rows(&state);
    let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "trucks.nox",
            "trucks.co2.tailpipe",
            "trucks.electricity",
            "trucks.co2.grid",
            "trucks.co2.net",
            "trucks.co2.tailpipe_per_km",
            "trucks.co2.grid_per_km",
        ]
    );
    // N = 197,000; L = 125,000 km (100,000–150,000); NOx 1.420 g/km (official ±5 %:
    // 1.349–1.491); diesel 32.5 L/100 km (30–35) × 2.66 kg/L (secondary ±10 %: 2.394–2.926);
    // electricity 1.65 kWh/km (1.3–2.0) × 0.5306 kg/kWh (official ±5 %: 0.50407–0.55713).
    // NOx: 197,000 × 125,000 × 1.420 / 10⁶ = 34,967.5 t; low 197,000 × 100,000 × 1.349 / 10⁶
    // = 26,575.3; high 197,000 × 150,000 × 1.491 / 10⁶ = 44,059.05.
    check(&rows, "trucks.nox", 34_967.5, 26_575.3, 44_059.05);
    // Tailpipe: 197,000 × 125,000 × 0.325 L × 2.66 / 1000 = 21,288,312.5 t; low 197,000 ×
    // 30,000 L × 2.394 / 1000 = 14,148,540; high 197,000 × 52,500 L × 2.926 / 1000 = 30,262,155.
    check(
        &rows,
        "trucks.co2.tailpipe",
        21_288_312.5,
        14_148_540.0,
        30_262_155.0,
    );
    // Electricity: 197,000 × 125,000 × 1.65 = 40,631,250,000 kWh; 197,000 × 100,000 × 1.3 =
    // 25,610,000,000; 197,000 × 150,000 × 2.0 = 59,100,000,000.
    check(
        &rows,
        "trucks.electricity",
        40_631_250_000.0,
        25_610_000_000.0,
        59_100_000_000.0,
    );
    // Its CO₂: × 0.5306 / 1000 = 21,558,941.25 t; 25.61e9 × 0.50407 / 1000 = 12,909,232.7;
    // 59.1e9 × 0.55713 / 1000 = 32,926,383.
    check(
        &rows,
        "trucks.co2.grid",
        21_558_941.25,
        12_909_232.7,
        32_926_383.0,
    );
    // Net: 21,288,312.5 − 21,558,941.25 = −270,628.75 t. Low: 197,000 × 150,000 km ×
    // (0.30 × 2.394 − 2.0 × 0.55713) / 1000 = 197,000 × 150,000 × (−0.00039606) = −11,703,573;
    // high: 197,000 × 150,000 × (0.35 × 2.926 − 1.3 × 0.50407) / 1000 = 197,000 × 150,000 ×
    // 0.000368809 = 10,898,305.95.
    check(
        &rows,
        "trucks.co2.net",
        -270_628.75,
        -11_703_573.0,
        10_898_305.95,
    );
    // Per km: diesel 0.325 × 2.66 = 0.8645 kg (0.30 × 2.394 = 0.7182; 0.35 × 2.926 = 1.0241);
    // electric 1.65 × 0.5306 = 0.87549 (1.3 × 0.50407 = 0.655291; 2.0 × 0.55713 = 1.11426).
    check(&rows, "trucks.co2.tailpipe_per_km", 0.8645, 0.7182, 1.0241);
    check(&rows, "trucks.co2.grid_per_km", 0.87549, 0.655_291, 1.11426);
}

#[test]
fn labels_and_units_are_in_the_pages_language_and_name_the_gases() {
    let en = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let (rows, _) = trucks_rows(&en);
    let nox = get(&rows, "trucks.nox");
    assert_eq!(nox.label, "NOx avoided (tailpipe)");
    assert_eq!(nox.unit, "t/yr");
    assert!(nox
        .method
        .contains("Real-world NOx, China-VI diesel heavy truck"));
    assert!(nox.method.contains("Annual mileage, long-haul heavy truck"));
    assert_eq!(
        get(&rows, "trucks.co2.tailpipe").label,
        "Tailpipe emissions avoided (CO₂e)"
    );
    assert_eq!(
        get(&rows, "trucks.co2.grid").label,
        "Emissions of that electricity (CO₂)"
    );
    assert_eq!(get(&rows, "trucks.electricity").unit, "kWh/yr");
    assert_eq!(get(&rows, "trucks.co2.grid_per_km").unit, "kg/km");
    let net = get(&rows, "trucks.co2.net");
    assert!(net
        .method
        .contains("negative: the electric trucks emit more"));
    assert_eq!(
        net.method,
        "net = tailpipe avoided − electricity emissions (negative: the electric trucks emit more) · \
         Annual mileage, long-haul heavy truck; Diesel consumption, heavy tractor; \
         Diesel CO₂e per litre; Electricity use, battery-electric heavy tractor; \
         Electricity CO₂ emission factor 2023: national average"
    );

    let zh = AppState {
        lang: Lang::ZhHans,
        ..AppState::default()
    };
    let (rows, _) = trucks_rows(&zh);
    let nox = get(&rows, "trucks.nox");
    assert_eq!(nox.label, "避免的氮氧化物（尾气）");
    assert_eq!(nox.unit, "吨/年");
    assert_eq!(get(&rows, "trucks.co2.grid_per_km").unit, "千克/公里");
    let zh_hant = AppState {
        lang: Lang::ZhHant,
        ..AppState::default()
    };
    assert_eq!(get(&trucks_rows(&zh_hant).0, "trucks.nox").unit, "噸/年");
}

#[test]
fn the_factors_read_are_listed_and_all_in_the_library() {
    let (_, ids) = trucks_rows(&AppState::default());
    for id in [
        "truck.mileage.longhaul",
        "truck.nox.china6",
        "truck.diesel.consumption",
        "truck.diesel.co2e_per_litre",
        "truck.electric.consumption",
        "carbon.elec.ef.2023.national",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    let lib = Library::standard();
    assert!(ids.iter().all(|id| lib.get(id).is_some()));

    // The other choices read the other factors.
    let mut s = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    s.trucks.baseline = Baseline::ChinaV;
    s.trucks.duty = Duty::Shuttle;
    s.trucks.diesel = DieselBasis::PerKg;
    s.trucks.diesel_density = Some(0.84);
    s.trucks.grid_kind = GridKind::Footprint;
    let (rows, ids) = trucks_rows(&s);
    for id in [
        "truck.mileage.shuttle",
        "truck.nox.china5",
        "truck.diesel.co2_per_kg",
        "carbon.elec.cf.2024.national",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
    }
    // 1 truck would be 65,000 km × 0.325 L × 0.84 kg/L × 3.186 / 1000 = 56.535 57 t; × 197,000.
    close(
        get(&rows, "trucks.co2.tailpipe").central,
        197_000.0 * 65_000.0 * 0.325 * 0.84 * 3.186 / 1000.0,
        "IPCC tailpipe",
    );
    assert!(get(&rows, "trucks.co2.grid").label.contains("life-cycle"));
}

#[test]
fn a_changed_factor_is_used_as_on_the_page() {
    // 1 truck, 100,000 km: tailpipe 32,500 L × 2.66 = 86.45 t; electricity 165,000 kWh ×
    // 0.5306 = 87.549 t; net −1.099 t.
    let mut s = AppState::default();
    s.trucks.trucks = 1.0;
    s.overrides.set("truck.mileage.longhaul", 100_000.0);
    let (rows, _) = trucks_rows(&s);
    close(get(&rows, "trucks.co2.tailpipe").central, 86.45, "tailpipe");
    close(get(&rows, "trucks.co2.grid").central, 87.549, "grid");
    close(get(&rows, "trucks.co2.net").central, -1.099, "net");
    close(get(&rows, "trucks.nox").central, 0.142, "NOx");
}

#[test]
fn a_calculation_error_gives_no_row_and_no_factor() {
    for bad in [-5.0, f64::NAN, f64::INFINITY, 1e16] {
        let mut s = AppState::default();
        s.trucks.trucks = bad;
        let (rows, ids) = trucks_rows(&s);
        assert!(rows.is_empty(), "{bad}");
        assert!(
            ids.iter().all(|id| !id.starts_with("truck.")),
            "{bad}: {ids:?}"
        );
    }
    // The per-kg diesel factor without a density: the panel asks for it; no rows.
    let mut s = AppState::default();
    s.trucks.diesel = DieselBasis::PerKg;
    assert!(trucks_rows(&s).0.is_empty());
    // A factor the user set absurdly large is refused like on the page.
    let mut s = AppState::default();
    s.overrides.set("truck.electric.consumption", 1e16);
    assert!(trucks_rows(&s).0.is_empty());
}

/// Any choice of the panel with any changed factors.
fn any_page() -> impl Strategy<Value = AppState> {
    let ids = [
        "truck.mileage.longhaul",
        "truck.mileage.shuttle",
        "truck.nox.china6",
        "truck.diesel.consumption",
        "truck.diesel.co2e_per_litre",
        "truck.diesel.co2_per_kg",
        "truck.electric.consumption",
        "carbon.elec.ef.2023.national",
    ];
    (
        (0.0..1e7f64),
        prop::sample::select(Baseline::ALL.to_vec()),
        prop::sample::select(Duty::ALL.to_vec()),
        prop::sample::select(DieselBasis::ALL.to_vec()),
        proptest::option::of(0.0..2.0f64),
        prop::sample::select(GridKind::ALL.to_vec()),
        prop::sample::select(EmissionScope::all()),
        prop::sample::select(FOOTPRINT_SOURCES.to_vec()),
        prop::collection::vec((prop::sample::select(ids.to_vec()), 0.0..1e6f64), 0..4),
        prop::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(
            |(n, baseline, duty, diesel, density, kind, scope, source, changed, lang)| {
                let mut overrides = Overrides::new();
                for (id, v) in changed {
                    overrides.set(id, v);
                }
                AppState {
                    lang,
                    overrides,
                    trucks: TrucksState {
                        trucks: n,
                        baseline,
                        duty,
                        diesel,
                        diesel_density: density,
                        grid_kind: kind,
                        emission_scope: scope,
                        footprint_source: source,
                        ..TrucksState::default()
                    },
                    ..AppState::default()
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_row_is_finite_and_ordered_with_known_factors(s in any_page()) {
        let (rows, ids) = trucks_rows(&s);
        let lib = Library::standard();
        for r in &rows {
            prop_assert!(r.central.is_finite() && r.low.is_finite() && r.high.is_finite(), "{:?}", r);
            prop_assert!(r.low <= r.central && r.central <= r.high, "{:?}", r);
            prop_assert!(!r.label.is_empty() && !r.unit.is_empty() && !r.method.is_empty());
        }
        prop_assert!(ids.iter().all(|id| lib.get(id).is_some()));
        if !rows.is_empty() {
            prop_assert_eq!(rows.len(), 7);
            prop_assert!(ids.len() >= 6);
        }
    }
}
