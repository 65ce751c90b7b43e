//! Calculator 3, tested natively.
//!
//! Reference cases: every expected value is worked by hand here from the literal numbers of
//! `shared/reference/factors.md` (section C, and A6 for the trucks), never by calling the code
//! under test. Property tests: linearity in each quantity, a basis switch that moves only the
//! electricity lines, sums that add up, no NaN from any input.

use proptest::prelude::*;

use super::*;
use crate::eval::{CalcError, LibraryValues, Overrides, Point, Problem};
use crate::factors::electricity::{self, EmissionScope, GenerationType, Grid, Province};
use crate::factors::Library;
use crate::units::Unit;

fn lib() -> &'static Library {
    Library::standard()
}

fn close(actual: f64, expected: f64, tol: f64) {
    assert!(
        (actual - expected).abs() <= tol,
        "expected {expected} ± {tol}, got {actual}"
    );
}

fn one(activity: Activity) -> CarbonInputs {
    CarbonInputs {
        lines: vec![Line {
            id: LineId(0),
            variant: Variant::Baseline,
            activity,
        }],
        ..CarbonInputs::default()
    }
}

fn with_basis(mut inputs: CarbonInputs, basis: ElectricityBasis) -> CarbonInputs {
    inputs.electricity = basis;
    inputs
}

fn central(inputs: &CarbonInputs) -> Outcome {
    let o = Overrides::new();
    compute(
        inputs,
        &LibraryValues {
            library: lib(),
            overrides: &o,
            point: Point::Central,
        },
    )
    .expect("computes")
}

fn result(inputs: &CarbonInputs) -> CarbonResult {
    evaluate(inputs, lib(), &Overrides::new()).expect("evaluates")
}

fn kwh(amount: f64, unit: EnergyUnit) -> Activity {
    Activity::Electricity { amount, unit }
}

// ---- Reference cases: electricity

#[test]
fn ten_thousand_kwh_at_the_2024_footprint_factor_is_5777_kg_co2e() {
    // 10,000 kWh × 0.5777 kg CO₂e/kWh (C1, 2024 national average) = 5,777 kg CO₂e.
    for (amount, unit) in [
        (10_000.0, EnergyUnit::Kwh),
        (10.0, EnergyUnit::Mwh),
        (1.0, EnergyUnit::WanKwh),
    ] {
        let o = central(&one(kwh(amount, unit)));
        close(o.baseline.total(), 5_777.0, 1e-9);
        // Life-cycle CO₂e is not split by gas.
        close(o.baseline.by_gas.get(Gas::Unsplit), 5_777.0, 1e-9);
        close(o.baseline.by_gas.get(Gas::Co2), 0.0, 0.0);
        close(o.baseline.electricity, 5_777.0, 1e-9);
    }
}

#[test]
fn the_2023_emission_factor_gives_co2_only() {
    // 10,000 kWh × 0.5306 kg CO₂/kWh (C2, 2023 national) = 5,306 kg CO₂.
    let o = central(&with_basis(
        one(kwh(10_000.0, EnergyUnit::Kwh)),
        ElectricityBasis::EMISSION_2023,
    ));
    close(o.baseline.total(), 5_306.0, 1e-9);
    close(o.baseline.by_gas.get(Gas::Co2), 5_306.0, 1e-9);
    close(o.baseline.by_gas.get(Gas::Unsplit), 0.0, 0.0);
}

#[test]
fn regional_and_provincial_scopes_read_their_own_factor() {
    // 1,000 kWh × 0.2472 (2023 Southwest grid) = 247.2 kg; × 0.1564 (2023 Sichuan) = 156.4 kg;
    // × 0.8426 (2021 fossil) = 842.6 kg; × 0.5856 (2022 excluding market-traded) = 585.6 kg.
    for (year, scope, expected) in [
        (2023, EmissionScope::Region(Grid::Southwest), 247.2),
        (2023, EmissionScope::Province(Province::Sichuan), 156.4),
        (2021, EmissionScope::Fossil, 842.6),
        (2022, EmissionScope::NationalExMarketNonFossil, 585.6),
    ] {
        let o = central(&with_basis(
            one(kwh(1_000.0, EnergyUnit::Kwh)),
            ElectricityBasis::Emission { year, scope },
        ));
        close(o.baseline.total(), expected, 1e-9);
    }
}

#[test]
fn transmission_and_distribution_is_added_to_the_footprint_factor() {
    // 2024: 10,000 kWh × (0.5777 + 0.0327 incl. losses) = 6,104 kg;
    // 2023 coal: 10,000 × (0.9440 + 0.0036 excl. losses) = 9,476 kg.
    let b = ElectricityBasis::Footprint {
        year: 2024,
        generation: GenerationType::National,
        td: Some(TdKind::IncludingLosses),
    };
    let o = central(&with_basis(one(kwh(10_000.0, EnergyUnit::Kwh)), b));
    close(o.baseline.total(), 6_104.0, 1e-9);
    assert_eq!(o.lines[0].terms.len(), 2, "both factors are cited");
    let b = ElectricityBasis::Footprint {
        year: 2023,
        generation: GenerationType::Coal,
        td: Some(TdKind::ExcludingLosses),
    };
    let o = central(&with_basis(one(kwh(10_000.0, EnergyUnit::Kwh)), b));
    close(o.baseline.total(), 9_476.0, 1e-9);
}

#[test]
fn the_official_range_of_the_footprint_factor_carries_to_the_result() {
    // 0.5777 is official, no published range: the grade default ±5 % → 0.548815–0.606585.
    let r = result(&one(kwh(10_000.0, EnergyUnit::Kwh)));
    close(r.baseline.kg_co2e.central, 5_777.0, 1e-9);
    close(r.baseline.kg_co2e.low, 5_488.15, 1e-6);
    close(r.baseline.kg_co2e.high, 6_065.85, 1e-6);
    assert_eq!(r.electricity_used, Some(ElectricityKind::Footprint));
}

// ---- Reference cases: fuels

#[test]
fn one_tonne_of_diesel_is_about_3_10_t_co2_from_the_default_table() {
    // 1 t × 42.652 GJ/t × 20.2 t C/TJ × 0.98 × 44/12 × 10⁻³ = 3.0959 t CO₂ (C3 table: 3.10).
    let expected_kg = 42.652 * 20.2 * 0.98 * 44.0 / 12.0;
    close(expected_kg, 3_095.91, 0.01);
    for (amount, unit) in [(1.0, FuelUnit::Tonne), (1_000.0, FuelUnit::Kilogram)] {
        let o = central(&one(Activity::Fuel {
            fuel: Fuel::Diesel,
            amount,
            unit,
            non_co2: NonCo2::Omit,
        }));
        close(o.baseline.total(), expected_kg, 1e-6);
        close(o.baseline.total() / 1e3, 3.10, 0.005);
        close(o.baseline.by_gas.get(Gas::Co2), expected_kg, 1e-6);
        close(o.lines[0].energy_tj.unwrap_or_default(), 0.042_652, 1e-12);
    }
}

#[test]
fn natural_gas_by_volume_is_about_2_162_kg_per_nm3() {
    // 1 万Nm³ × 389.31 GJ/万Nm³ × 15.3 t C/TJ × 0.99 × 44/12 × 10⁻³ t = 21.62 t (C3: 2.162 kg/Nm³).
    let expected_kg = 389.31 * 15.3 * 0.99 * 44.0 / 12.0;
    for (amount, unit) in [(1.0, FuelUnit::WanNm3), (10_000.0, FuelUnit::Nm3)] {
        let o = central(&one(Activity::Fuel {
            fuel: Fuel::NaturalGas,
            amount,
            unit,
            non_co2: NonCo2::Omit,
        }));
        close(o.baseline.total(), expected_kg, 1e-6);
        close(o.baseline.total() / 1e4, 2.162, 0.0005);
    }
}

#[test]
fn ch4_and_n2o_use_the_ipcc_liquid_default_and_the_chosen_gwp() {
    // 1 t diesel = 0.042652 TJ. AR5: CH₄ 0.042652 × 3 × 28 = 3.5828 kg CO₂e,
    // N₂O 0.042652 × 0.6 × 265 = 6.7817 kg CO₂e. AR6: × 27.9 and × 273.
    let tj = 42.652e-3;
    let mut inputs = one(Activity::Fuel {
        fuel: Fuel::Diesel,
        amount: 1.0,
        unit: FuelUnit::Tonne,
        non_co2: NonCo2::IpccLiquidStationary,
    });
    let o = central(&inputs);
    close(o.baseline.by_gas.get(Gas::Ch4), tj * 3.0 * 28.0, 1e-9);
    close(o.baseline.by_gas.get(Gas::N2o), tj * 0.6 * 265.0, 1e-9);
    inputs.gwp = GwpSet::Ar6;
    let o = central(&inputs);
    close(o.baseline.by_gas.get(Gas::Ch4), tj * 3.0 * 27.9, 1e-9);
    close(o.baseline.by_gas.get(Gas::N2o), tj * 0.6 * 273.0, 1e-9);
    inputs.gwp = GwpSet::Ar5Feedback;
    let o = central(&inputs);
    close(o.baseline.by_gas.get(Gas::Ch4), tj * 3.0 * 34.0, 1e-9);
    let r = result(&inputs);
    assert!(r.uses_gwp);
    assert_eq!(r.gwp, GwpSet::Ar5Feedback);
}

#[test]
fn entered_non_co2_factors_are_used_for_any_fuel() {
    // 1 t anthracite = 26.7 GJ = 0.0267 TJ; CH₄ 10 kg/TJ × 28 = 7.476 kg; N₂O 1.5 × 265 = 10.61.
    let o = central(&one(Activity::Fuel {
        fuel: Fuel::Anthracite,
        amount: 1.0,
        unit: FuelUnit::Tonne,
        non_co2: NonCo2::Entered {
            ch4_kg_per_tj: 10.0,
            n2o_kg_per_tj: 1.5,
        },
    }));
    close(o.baseline.by_gas.get(Gas::Ch4), 0.0267 * 10.0 * 28.0, 1e-9);
    close(o.baseline.by_gas.get(Gas::N2o), 0.0267 * 1.5 * 265.0, 1e-9);
    // CO₂: 26.7 × 27.4 × 0.94 × 44/12 = 2,521.6 kg (C3: 2.52 t/t).
    close(
        o.baseline.by_gas.get(Gas::Co2),
        26.7 * 27.4 * 0.94 * 44.0 / 12.0,
        1e-6,
    );
}

#[test]
fn a_changed_ncv_counts() {
    // The user's diesel NCV 43.0 GJ/t: 43.0 × 20.2 × 0.98 × 44/12 = 3,121.1 kg.
    let inputs = one(Activity::Fuel {
        fuel: Fuel::Diesel,
        amount: 1.0,
        unit: FuelUnit::Tonne,
        non_co2: NonCo2::Omit,
    });
    let mut o = Overrides::new();
    o.set("carbon.fuel.diesel.ncv", 43.0);
    let r = evaluate(&inputs, lib(), &o).expect("evaluates");
    close(
        r.baseline.kg_co2e.central,
        43.0 * 20.2 * 0.98 * 44.0 / 12.0,
        1e-6,
    );
}

// ---- Reference cases: processes, vehicles, direct entries

#[test]
fn process_factors_per_tonne() {
    // Clinker 535 kg CO₂e/t; limestone 0.4397 t CO₂/t; dolomite 0.4773; aluminium anode 1.424;
    // PFC 0.1454 t CO₂e/t Al; steel 1.8 t CO₂/t.
    for (process, tonnes, kg, gas) in [
        (Process::Clinker, 1.0, 535.0, Gas::Unsplit),
        (Process::Limestone, 10.0, 4_397.0, Gas::Co2),
        (Process::Dolomite, 2.0, 954.6, Gas::Co2),
        (Process::AluminiumAnode, 1.0, 1_424.0, Gas::Co2),
        (Process::AluminiumPfc, 1.0, 145.4, Gas::Pfc),
        (Process::SteelNational, 1.0, 1_800.0, Gas::Co2),
        (Process::SteelBfBof, 1.0, 1_900.0, Gas::Co2),
        (Process::SteelScrapEaf, 1.0, 500.0, Gas::Co2),
    ] {
        let o = central(&one(Activity::Process { process, tonnes }));
        close(o.baseline.total(), kg, 1e-9);
        close(o.baseline.by_gas.get(gas), kg, 1e-9);
        close(o.baseline.on_site, kg, 1e-9);
    }
}

#[test]
fn direct_entries_weigh_ch4_and_n2o_by_the_gwp() {
    // 10 kg CH₄ × 28 = 280 kg CO₂e; 2 kg N₂O × 265 = 530; 1.5 t CO₂e = 1,500 kg.
    let direct = |amount, unit, gas| Activity::Direct { amount, unit, gas };
    for (a, kg, g) in [
        (direct(10.0, MassUnit::Kg, DirectGas::Ch4), 280.0, Gas::Ch4),
        (direct(2.0, MassUnit::Kg, DirectGas::N2o), 530.0, Gas::N2o),
        (
            direct(1.5, MassUnit::Tonne, DirectGas::Co2e),
            1_500.0,
            Gas::Unsplit,
        ),
        (direct(7.0, MassUnit::Kg, DirectGas::Co2), 7.0, Gas::Co2),
    ] {
        let o = central(&one(a));
        close(o.baseline.by_gas.get(g), kg, 1e-9);
        close(o.baseline.entered, kg, 1e-9);
    }
}

// ---- Reference cases: presets

#[test]
fn household_preset() {
    // 15,880亿 kWh ÷ 140,489万 people × 2.62 = 2,961.5 kWh; × 0.5777 = 1,710.9 kg CO₂e.
    let per_household = 15_880e8 / 140_489e4 * 2.62;
    close(per_household, 2_961.5, 0.1);
    let r = result(&presets::household());
    close(r.baseline.kg_co2e.central, per_household * 0.5777, 1e-6);
    close(
        r.baseline.per_functional_unit.central,
        per_household * 0.5777,
        1e-6,
    );
    assert_eq!(r.boundary, Boundary::UseStage);
    assert_eq!(r.electricity_used, Some(ElectricityKind::Footprint));
    assert!(r.unverified(lib()).is_empty());
    assert_eq!(r.derived(lib()), vec!["carbon.household.kwh_per_household"]);
}

#[test]
fn aluminium_preset_and_its_carbon_cost() {
    // 13,599 kWh × 0.5777 = 7,856.14 kg; + anode 1,424 + PFC 145.4 = 9,425.54 kg CO₂e per t.
    // At 62.36 yuan/t (2025 CEA average): 9.42554 t × 62.36 = 587.78 yuan.
    let expected = 13_599.0 * 0.5777 + 1_424.0 + 145.4;
    close(expected, 9_425.54, 0.01);
    let r = result(&presets::aluminium());
    close(r.baseline.kg_co2e.central, expected, 1e-6);
    close(r.baseline.cost_yuan.central, expected / 1e3 * 62.36, 1e-6);
    close(r.baseline.by_gas[Gas::Pfc.index()].central, 145.4, 1e-9);
    close(r.baseline.on_site.central, 1_569.4, 1e-9);
    close(r.price_yuan_per_t.low, 50.0, 1e-12);
    close(r.price_yuan_per_t.high, 105.66, 1e-12);
    // ETS variant: 13,599 × 0.5306 (2023 CO₂ emission factor) + 1,569.4 = 8,785.04 kg.
    let r = result(&presets::aluminium_ets());
    close(
        r.baseline.kg_co2e.central,
        13_599.0 * 0.5306 + 1_569.4,
        1e-6,
    );
    assert_eq!(r.electricity_used, Some(ElectricityKind::Emission));
    // With CCER at 70.76 yuan/t.
    let mut inputs = presets::aluminium_ets();
    inputs.price = PriceChoice::Ccer2025;
    let r = result(&inputs);
    close(
        r.baseline.cost_yuan.central,
        (13_599.0 * 0.5306 + 1_569.4) / 1e3 * 70.76,
        1e-6,
    );
}

#[test]
fn truck_preset_tailpipe_and_net() {
    // Diesel: 100,000 km × 32.5 L/100 km = 32,500 L × 2.66 kg CO₂e/L = 86,450 kg (tailpipe).
    // Electric: 100,000 km × 1.65 kWh/km = 165,000 kWh × 0.5306 kg CO₂/kWh = 87,549 kg.
    // Change: tailpipe −86,450 kg; net +1,099 kg (on China's 2023 grid the two are close).
    let r = result(&presets::truck());
    close(r.baseline.kg_co2e.central, 86_450.0, 1e-6);
    close(r.baseline.on_site.central, 86_450.0, 1e-6);
    let alt = r.alternative.expect("a comparison");
    close(alt.kg_co2e.central, 87_549.0, 1e-6);
    close(alt.on_site.central, 0.0, 0.0);
    let change = r.change.expect("a change");
    close(change.on_site.central, -86_450.0, 1e-6);
    close(change.kg_co2e.central, 1_099.0, 1e-6);
    close(
        r.lines[0].central.litres.unwrap_or_default(),
        32_500.0,
        1e-9,
    );
    close(r.lines[1].central.kwh.unwrap_or_default(), 165_000.0, 1e-9);
    let unverified = r.unverified(lib());
    assert!(unverified.contains(&"truck.diesel.consumption"));
    assert!(unverified.contains(&"truck.electric.consumption"));
}

#[test]
fn steel_and_clinker_presets() {
    let r = result(&presets::steel());
    close(r.baseline.kg_co2e.central, 1_800.0, 1e-9);
    assert_eq!(r.boundary, Boundary::NotStated);
    assert!(
        r.unverified(lib()).is_empty(),
        "the national average is secondary"
    );
    assert_eq!(r.electricity_used, None);
    let r = result(&presets::clinker());
    close(r.baseline.kg_co2e.central, 535.0, 1e-9);
    assert_eq!(r.boundary, Boundary::GateToGate);
}

#[test]
fn every_preset_computes_and_quotes_existing_figures() {
    for p in presets::ALL {
        let inputs = (p.build)();
        assert!(validate(&inputs).is_empty(), "{}", p.key);
        let r = result(&inputs);
        assert!(r.baseline.kg_co2e.central > 0.0, "{}", p.key);
        assert!(!p.figures.is_empty(), "{} quotes no figure", p.key);
        for f in p.figures {
            assert!(crate::figures::get(f).is_some(), "{}: no figure {f}", p.key);
        }
    }
    for key in [
        crate::figures::preset::CARBON_ELECTRICITY_2024,
        crate::figures::preset::CARBON_ETS,
    ] {
        assert!(
            presets::get(key).is_some(),
            "figure preset {key} not handled"
        );
        // The figure that names the preset is among those it quotes.
        let quoted = presets::get(key).map(|p| p.figures).unwrap_or_default();
        for f in crate::figures::by_preset(key) {
            assert!(quoted.contains(&f.id), "{key} does not quote {}", f.id);
        }
    }
    assert_eq!(
        presets::inputs(presets::HOUSEHOLD),
        Some(presets::household())
    );
    assert_eq!(presets::inputs("ule.steel"), None);
}

// ---- Errors

#[test]
fn input_problems_are_typed_and_name_the_line() {
    let bad = one(kwh(-1.0, EnergyUnit::Kwh));
    let err = evaluate(&bad, lib(), &Overrides::new()).unwrap_err();
    assert_eq!(
        err,
        CarbonError::Input {
            line: Some(LineId(0)),
            error: CalcError::Input {
                field: FIELD_QUANTITY,
                problem: Problem::Negative
            }
        }
    );
    assert_eq!(err.line(), Some(LineId(0)));

    let gas_in_tonnes = one(Activity::Fuel {
        fuel: Fuel::NaturalGas,
        amount: 1.0,
        unit: FuelUnit::Tonne,
        non_co2: NonCo2::Omit,
    });
    assert!(matches!(
        evaluate(&gas_in_tonnes, lib(), &Overrides::new()),
        Err(CarbonError::UnitMismatch { .. })
    ));

    let coal_default = one(Activity::Fuel {
        fuel: Fuel::Bituminous,
        amount: 1.0,
        unit: FuelUnit::Tonne,
        non_co2: NonCo2::IpccLiquidStationary,
    });
    assert!(matches!(
        evaluate(&coal_default, lib(), &Overrides::new()),
        Err(CarbonError::NoNonCo2Default { .. })
    ));

    let mut zero_unit = presets::steel();
    zero_unit.functional_unit.amount = 0.0;
    assert_eq!(
        evaluate(&zero_unit, lib(), &Overrides::new()),
        Err(CarbonError::Input {
            line: None,
            error: CalcError::Input {
                field: FIELD_FUNCTIONAL_UNIT,
                problem: Problem::NotPositive
            }
        })
    );

    let mut o = Overrides::new();
    o.set("carbon.elec.cf.2024.national", -0.5);
    assert!(matches!(
        evaluate(&one(kwh(1.0, EnergyUnit::Kwh)), lib(), &o),
        Err(CarbonError::Input {
            error: CalcError::Input {
                field: "carbon.elec.cf.2024.national",
                problem: Problem::Negative
            },
            ..
        })
    ));
}

#[test]
fn validate_lists_every_problem() {
    let mut inputs = one(Activity::Fuel {
        fuel: Fuel::CokeOvenGas,
        amount: -2.0,
        unit: FuelUnit::Kilogram,
        non_co2: NonCo2::Entered {
            ch4_kg_per_tj: f64::NAN,
            n2o_kg_per_tj: -1.0,
        },
    });
    inputs.functional_unit.amount = -1.0;
    let errors = validate(&inputs);
    assert_eq!(errors.len(), 5, "{errors:?}");
}

#[test]
fn unpublished_electricity_factors_are_refused() {
    for b in [
        ElectricityBasis::Footprint {
            year: 2023,
            generation: GenerationType::National,
            td: Some(TdKind::IncludingLosses),
        },
        ElectricityBasis::Footprint {
            year: 2022,
            generation: GenerationType::National,
            td: None,
        },
        ElectricityBasis::Footprint {
            year: 2024,
            generation: GenerationType::TransmissionDistribution,
            td: None,
        },
        ElectricityBasis::Emission {
            year: 2024,
            scope: EmissionScope::National,
        },
    ] {
        assert_eq!(
            b.factor_ids(),
            Err(CarbonError::UnpublishedElectricityFactor(b))
        );
        let n = b.normalised();
        assert!(n.factor_ids().is_ok(), "{b:?} normalised to {n:?}");
        assert_eq!(n.kind(), b.kind(), "normalising never changes the kind");
    }
}

#[test]
fn the_two_kinds_never_read_each_others_factors() {
    for year in electricity::FOOTPRINT_YEARS {
        for generation in ElectricityBasis::GENERATION_TYPES {
            for td in [None, Some(TdKind::ExcludingLosses)] {
                let b = ElectricityBasis::Footprint {
                    year,
                    generation,
                    td,
                };
                let ids = b.factor_ids().expect("published");
                for id in std::iter::once(ids.main).chain(ids.td) {
                    assert_eq!(
                        lib().get(id).map(crate::factors::Factor::unit),
                        Some(Unit::KgCo2eLifeCyclePerKwh)
                    );
                }
            }
        }
    }
    for year in electricity::EMISSION_YEARS {
        for scope in EmissionScope::all() {
            let ids = ElectricityBasis::Emission { year, scope }
                .factor_ids()
                .expect("published");
            assert_eq!(
                lib().get(ids.main).map(crate::factors::Factor::unit),
                Some(Unit::KgCo2PerKwh)
            );
            assert_eq!(ids.td, None);
        }
    }
}

#[test]
fn every_factor_the_calculator_reads_has_the_unit_it_assumes() {
    let unit = |id: &str| lib().get(id).map(crate::factors::Factor::unit);
    for p in Process::ALL {
        let u = unit(p.factor_id());
        match p {
            Process::Clinker => assert_eq!(u, Some(Unit::KgCo2ePerTonne)),
            _ => assert!(
                matches!(u, Some(Unit::TCo2PerTonne | Unit::TCo2ePerTonne)),
                "{p:?}: {u:?}"
            ),
        }
    }
    for f in Fuel::ALL {
        let ncv = if f.is_gaseous() {
            Unit::GjPer10kNm3
        } else {
            Unit::GjPerTonne
        };
        assert_eq!(unit(f.ncv_id()), Some(ncv), "{f:?}");
        assert_eq!(unit(f.cc_id()), Some(Unit::TcPerTj));
        assert_eq!(unit(f.of_id()), Some(Unit::Fraction));
        assert!(f.accepts(f.natural_unit()));
    }
    for u in ElectricityUse::ALL {
        assert!(matches!(
            unit(u.factor_id()),
            Some(Unit::KwhPerTonne | Unit::KwhPerYear)
        ));
    }
    assert_eq!(
        unit(Vehicle::DieselTruck.consumption_id()),
        Some(Unit::LitresPer100Km)
    );
    assert_eq!(
        unit(Vehicle::ElectricTruck.consumption_id()),
        Some(Unit::KwhPerKm)
    );
    assert_eq!(unit(DIESEL_PER_LITRE), Some(Unit::KgCo2ePerLitre));
    assert_eq!(unit(IPCC_LIQUID_CH4), Some(Unit::KgPerTj));
    assert_eq!(unit(IPCC_LIQUID_N2O), Some(Unit::KgPerTj));
    for p in PriceChoice::ALL {
        assert_eq!(unit(p.factor_id()), Some(Unit::YuanPerTCo2));
    }
    for g in GwpSet::ALL {
        assert_eq!(unit(g.ch4_id()), Some(Unit::Gwp100));
        assert_eq!(unit(g.n2o_id()), Some(Unit::Gwp100));
    }
}

#[test]
fn the_recomputed_fuel_factor_matches_the_librarys_derived_one() {
    for f in Fuel::ALL {
        let o = central(&one(Activity::Fuel {
            fuel: *f,
            amount: 1.0,
            unit: f.natural_unit(),
            non_co2: NonCo2::Omit,
        }));
        let derived = lib().get(f.co2_id()).map(|x| x.value).unwrap_or_default();
        // t CO₂/t × 10³ = kg per t; kg CO₂/Nm³ × 10⁴ = kg per 10⁴ Nm³.
        let per_natural = if f.is_gaseous() {
            derived * 1e4
        } else {
            derived * 1e3
        };
        close(o.baseline.total(), per_natural, 1e-6 * per_natural);
    }
}

#[test]
fn keys_round_trip() {
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        key: fn(T) -> &'static str,
        from: fn(&str) -> Option<T>,
    ) {
        let mut seen = std::collections::HashSet::new();
        for &v in all {
            assert_eq!(from(key(v)), Some(v));
            assert!(seen.insert(key(v)), "duplicate key {}", key(v));
        }
        assert_eq!(from("no such key"), None);
    }
    check(Fuel::ALL, Fuel::key, Fuel::from_key);
    check(Process::ALL, Process::key, Process::from_key);
    check(
        ElectricityUse::ALL,
        ElectricityUse::key,
        ElectricityUse::from_key,
    );
    check(EnergyUnit::ALL, EnergyUnit::key, EnergyUnit::from_key);
    check(FuelUnit::ALL, FuelUnit::key, FuelUnit::from_key);
    check(MassUnit::ALL, MassUnit::key, MassUnit::from_key);
    check(DirectGas::ALL, DirectGas::key, DirectGas::from_key);
    check(GwpSet::ALL, GwpSet::key, GwpSet::from_key);
    check(Vehicle::ALL, Vehicle::key, Vehicle::from_key);
    check(Boundary::ALL, Boundary::key, Boundary::from_key);
    check(PriceChoice::ALL, PriceChoice::key, PriceChoice::from_key);
    check(
        FunctionalUnitKind::ALL,
        FunctionalUnitKind::key,
        FunctionalUnitKind::from_key,
    );
    check(ActivityKind::ALL, ActivityKind::key, ActivityKind::from_key);
    check(Variant::ALL, Variant::key, Variant::from_key);
    check(TdKind::ALL, TdKind::key, TdKind::from_key);
    check(
        ElectricityKind::ALL,
        ElectricityKind::key,
        ElectricityKind::from_key,
    );
    check(Gas::ALL, Gas::key, Gas::from_key);
}

#[test]
fn new_lines_are_valid_and_ids_are_fresh() {
    let mut inputs = presets::aluminium();
    for k in ActivityKind::ALL {
        let id = inputs.next_line_id();
        assert!(inputs.lines.iter().all(|l| l.id != id));
        inputs.lines.push(Line {
            id,
            variant: Variant::Baseline,
            activity: k.new_activity(),
        });
        assert_eq!(inputs.lines.last().map(|l| l.activity.kind()), Some(*k));
    }
    assert!(validate(&inputs).is_empty());
    assert!(result(&inputs).baseline.kg_co2e.central > 0.0);
}

// ---- Properties

fn activity() -> impl Strategy<Value = Activity> {
    let q = 0.0..1e7_f64;
    prop_oneof![
        (q.clone(), 0..EnergyUnit::ALL.len()).prop_map(|(amount, u)| Activity::Electricity {
            amount,
            unit: EnergyUnit::ALL[u],
        }),
        (q.clone(), 0..ElectricityUse::ALL.len()).prop_map(|(count, u)| {
            Activity::ElectricityUse {
                benchmark: ElectricityUse::ALL[u],
                count,
            }
        }),
        (q.clone(), 0..Fuel::ALL.len(), 0..3_usize, 0.0..100.0_f64).prop_map(
            |(amount, f, n, x)| {
                let fuel = Fuel::ALL[f];
                let non_co2 = match n {
                    0 => NonCo2::Omit,
                    1 if fuel.has_liquid_default() => NonCo2::IpccLiquidStationary,
                    _ => NonCo2::Entered {
                        ch4_kg_per_tj: x,
                        n2o_kg_per_tj: x / 10.0,
                    },
                };
                Activity::Fuel {
                    fuel,
                    amount,
                    unit: fuel.natural_unit(),
                    non_co2,
                }
            }
        ),
        (q.clone(), 0..Vehicle::ALL.len()).prop_map(|(km, v)| Activity::Vehicle {
            vehicle: Vehicle::ALL[v],
            km,
        }),
        (q.clone(), 0..Process::ALL.len()).prop_map(|(tonnes, p)| Activity::Process {
            process: Process::ALL[p],
            tonnes,
        }),
        (q, 0..DirectGas::ALL.len()).prop_map(|(amount, g)| Activity::Direct {
            amount,
            unit: MassUnit::Kg,
            gas: DirectGas::ALL[g],
        }),
    ]
}

fn scaled(a: Activity, k: f64) -> Activity {
    match a {
        Activity::Electricity { amount, unit } => Activity::Electricity {
            amount: amount * k,
            unit,
        },
        Activity::ElectricityUse { benchmark, count } => Activity::ElectricityUse {
            benchmark,
            count: count * k,
        },
        Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2,
        } => Activity::Fuel {
            fuel,
            amount: amount * k,
            unit,
            non_co2,
        },
        Activity::Vehicle { vehicle, km } => Activity::Vehicle {
            vehicle,
            km: km * k,
        },
        Activity::Process { process, tonnes } => Activity::Process {
            process,
            tonnes: tonnes * k,
        },
        Activity::Direct { amount, unit, gas } => Activity::Direct {
            amount: amount * k,
            unit,
            gas,
        },
    }
}

fn basis() -> impl Strategy<Value = ElectricityBasis> {
    let scopes = EmissionScope::all();
    prop_oneof![
        (
            0..2_usize,
            0..ElectricityBasis::GENERATION_TYPES.len(),
            0..3_usize
        )
            .prop_map(|(y, g, td)| ElectricityBasis::Footprint {
                year: electricity::FOOTPRINT_YEARS[y],
                generation: ElectricityBasis::GENERATION_TYPES[g],
                td: [
                    None,
                    Some(TdKind::ExcludingLosses),
                    Some(TdKind::IncludingLosses)
                ][td],
            }
            .normalised()),
        (0..3_usize, 0..scopes.len()).prop_map(move |(y, s)| ElectricityBasis::Emission {
            year: electricity::EMISSION_YEARS[y],
            scope: scopes[s],
        }),
    ]
}

fn scenario() -> impl Strategy<Value = CarbonInputs> {
    (
        prop::collection::vec((activity(), any::<bool>()), 0..8),
        basis(),
        0..GwpSet::ALL.len(),
    )
        .prop_map(|(acts, electricity, g)| CarbonInputs {
            lines: acts
                .into_iter()
                .zip(0_u32..)
                .map(|((activity, alt), id)| Line {
                    id: LineId(id),
                    variant: if alt {
                        Variant::Alternative
                    } else {
                        Variant::Baseline
                    },
                    activity,
                })
                .collect(),
            electricity,
            gwp: GwpSet::ALL[g],
            ..CarbonInputs::default()
        })
}

proptest! {
    #[test]
    fn each_line_is_linear_in_its_quantity(a in activity(), k in 0.0..1e3_f64, b in basis()) {
        let base = central(&with_basis(one(a), b)).baseline.total();
        let more = central(&with_basis(one(scaled(a, k)), b)).baseline.total();
        prop_assert!((more - k * base).abs() <= 1e-9 * (k * base).abs().max(1.0),
            "{more} vs {k} × {base}");
    }

    #[test]
    fn switching_the_basis_moves_only_the_electricity_lines(s in scenario(), other in basis()) {
        let a = central(&s);
        let b = central(&with_basis(s.clone(), other));
        for (la, (lb, line)) in a.lines.iter().zip(b.lines.iter().zip(&s.lines)) {
            if line.activity.uses_electricity() {
                prop_assert_eq!(la.stream, Stream::Electricity);
                // The gas follows the kind: life-cycle CO₂e unsplit, or CO₂ only.
                let gas = match other.kind() {
                    ElectricityKind::Footprint => Gas::Unsplit,
                    ElectricityKind::Emission => Gas::Co2,
                };
                prop_assert!((lb.by_gas.get(gas) - lb.kg_co2e()).abs() <= 1e-9 * lb.kg_co2e().max(1.0));
            } else {
                prop_assert_eq!(la, lb);
            }
        }
        prop_assert!((a.baseline.on_site - b.baseline.on_site).abs() <= 1e-9 * a.baseline.on_site.max(1.0));
        prop_assert!((a.baseline.entered - b.baseline.entered).abs() <= 1e-9 * a.baseline.entered.max(1.0));
    }

    #[test]
    fn sums_add_up_and_ranges_contain_the_central_value(s in scenario()) {
        let r = result(&s);
        let sum: f64 = r.lines.iter().map(|l| l.kg_co2e.central).sum();
        let totals = r.baseline.kg_co2e.central + r.alternative.map_or(0.0, |a| a.kg_co2e.central);
        prop_assert!((sum - totals).abs() <= 1e-9 * sum.max(1.0));
        for t in std::iter::once(&r.baseline).chain(r.alternative.as_ref()) {
            let by_gas: f64 = t.by_gas.iter().map(|g| g.central).sum();
            prop_assert!((by_gas - t.kg_co2e.central).abs() <= 1e-9 * by_gas.max(1.0));
            let streams = t.on_site.central + t.electricity.central + t.entered.central;
            prop_assert!((streams - t.kg_co2e.central).abs() <= 1e-9 * streams.max(1.0));
            for x in [t.kg_co2e, t.per_functional_unit, t.cost_yuan] {
                prop_assert!(x.low <= x.central && x.central <= x.high);
                prop_assert!(x.low >= 0.0 && x.high.is_finite());
            }
        }
        prop_assert_eq!(r.change.is_some(), s.is_comparison());
    }

    #[test]
    fn any_number_gives_a_result_or_an_error_never_nan(
        x in prop::num::f64::ANY, y in prop::num::f64::ANY, f in prop::num::f64::ANY,
    ) {
        let s = CarbonInputs {
            lines: vec![
                Line { id: LineId(0), variant: Variant::Baseline, activity: Activity::Electricity { amount: x, unit: EnergyUnit::WanKwh } },
                Line { id: LineId(1), variant: Variant::Alternative, activity: Activity::Fuel {
                    fuel: Fuel::Diesel, amount: y, unit: FuelUnit::Tonne,
                    non_co2: NonCo2::Entered { ch4_kg_per_tj: x, n2o_kg_per_tj: y } } },
            ],
            functional_unit: FunctionalUnit { amount: f, kind: FunctionalUnitKind::Piece },
            ..CarbonInputs::default()
        };
        if let Ok(r) = evaluate(&s, lib(), &Overrides::new()) {
            for t in std::iter::once(&r.baseline).chain(r.alternative.as_ref()) {
                for v in [t.kg_co2e, t.per_functional_unit, t.cost_yuan] {
                    prop_assert!(v.low.is_finite() && v.central.is_finite() && v.high.is_finite());
                }
            }
        }
    }
}

/// Found by the property test above: 84,618,333 t of diesel per 2.08 × 10⁻³⁰⁸ pieces overflows
/// to ∞ per piece. The functional unit is refused instead.
#[test]
fn a_vanishing_functional_unit_is_refused_not_infinite() {
    let s = CarbonInputs {
        lines: vec![Line {
            id: LineId(0),
            variant: Variant::Baseline,
            activity: Activity::Fuel {
                fuel: Fuel::Diesel,
                amount: 84_618_333.47,
                unit: FuelUnit::Tonne,
                non_co2: NonCo2::Omit,
            },
        }],
        functional_unit: FunctionalUnit {
            amount: 2.08e-308,
            kind: FunctionalUnitKind::Piece,
        },
        ..CarbonInputs::default()
    };
    match evaluate(&s, lib(), &Overrides::new()) {
        Err(CarbonError::Input {
            error: CalcError::Input { field, .. },
            ..
        }) => {
            assert_eq!(field, FIELD_FUNCTIONAL_UNIT);
        }
        other => panic!("expected the functional unit refused, got {other:?}"),
    }
}

// ---- Monte Carlo (issue 9): the electricity factor is read through FactorValues

/// 10,000 kWh at the 2024 national-average footprint factor, 0.5777 kg CO₂e/kWh (factors.md C1,
/// official: the library's ±5 % range), is 10,000 × Tri(0.548815, 0.5777, 0.606585) kg: the
/// Monte Carlo range of the headline must be that law's, so the factor's range is sampled.
#[test]
fn the_electricity_factor_range_moves_the_monte_carlo_range() {
    use crate::uncertainty::{simulate, InputRanges, Settings};
    let inputs = with_basis(
        one(kwh(10_000.0, EnergyUnit::Kwh)),
        ElectricityBasis::FOOTPRINT_2024,
    );
    let run = |overrides: &Overrides, ranges: &InputRanges| {
        simulate(lib(), overrides, ranges, &Settings::default(), |f| {
            headline(&inputs, f)
        })
        .expect("runs")
    };
    // Symmetric triangular c(1 ± h), h = 0.05: p5 = c(1 − h + h√0.1), p95 = c(1 + h − h√0.1).
    // c = 5,777 kg: p5 = 5,777 × 0.9658114 = 5,579.49; p95 = 5,777 × 1.0341886 = 5,974.51.
    // Standard error of p5: √(0.05 × 0.95 / 10⁴) ÷ f(p5), f(p5) = 2(p5 − a)/((b − a)(c − a))
    // = 2 × 91.34 / (577.7 × 288.85) = 0.0010948 per kg → 1.99 kg; tolerance 4 SE = 8 kg.
    let s = run(&Overrides::new(), &InputRanges::new());
    let o = &s.outputs[0];
    close(o.central, 5_777.0, 1e-6);
    close(o.p5, 5_579.49, 8.0);
    close(o.p95, 5_974.51, 8.0);
    assert_eq!(s.failed, 0);

    // The user's range on the same factor, 0.50–0.70 (central 0.5777): Tri(5,000, 5,777, 7,000)
    // kg. (c − a)/(b − a) = 777/2,000 = 0.3885 > 0.05, so p5 = 5,000 + √(0.05 × 2,000 × 777)
    // = 5,000 + 278.75 = 5,278.75; p95 = 7,000 − √(0.05 × 2,000 × 1,223) = 7,000 − 349.71
    // = 6,650.29. SE of p5 ≈ √(0.0475)/10² ÷ (2 × 278.75 / (2,000 × 777)) = 6.08 kg; of p95
    // ≈ 0.00218 ÷ (2 × 349.71 / (2,000 × 1,223)) = 7.62 kg: tolerance 4 SE = 25 and 31 kg.
    let mut ranges = InputRanges::new();
    ranges.set("carbon.elec.cf.2024.national", 0.50, 0.70);
    let s = run(&Overrides::new(), &ranges);
    close(s.outputs[0].p5, 5_278.75, 25.0);
    close(s.outputs[0].p95, 6_650.29, 31.0);

    // A value the user changed still applies (0.6 → 6,000 kg) and is a constant: no spread.
    let mut o = Overrides::new();
    o.set("carbon.elec.cf.2024.national", 0.6);
    let s = run(&o, &InputRanges::new());
    close(s.outputs[0].central, 6_000.0, 1e-6);
    close(s.outputs[0].p5, 6_000.0, 1e-6);
    close(s.outputs[0].p95, 6_000.0, 1e-6);
}

/// In a comparison the headline is [baseline, alternative, change].
#[test]
fn the_headline_of_a_comparison_has_three_numbers() {
    let mut inputs = with_basis(
        one(kwh(10_000.0, EnergyUnit::Kwh)),
        ElectricityBasis::FOOTPRINT_2024,
    );
    inputs.lines.push(Line {
        id: LineId(1),
        variant: Variant::Alternative,
        activity: kwh(4_000.0, EnergyUnit::Kwh),
    });
    let o = Overrides::new();
    let v = LibraryValues {
        library: lib(),
        overrides: &o,
        point: Point::Central,
    };
    let h = headline(&inputs, &v).expect("computes");
    // 10,000 × 0.5777 = 5,777; 4,000 × 0.5777 = 2,310.8; change −3,466.2 kg.
    close(h[0], 5_777.0, 1e-6);
    close(h[1], 2_310.8, 1e-6);
    close(h[2], -3_466.2, 1e-6);
}
