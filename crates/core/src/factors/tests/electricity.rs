//! The electricity tables and the two typed lookups of `factors::electricity`.

use super::*;

#[test]
fn provincial_table_has_30_provinces_times_2021_to_2023() {
    let lib = lib();
    assert_eq!(Province::ALL.len(), 30);
    let provincial: Vec<&Factor> = lib
        .iter()
        .filter(|f| f.id().contains(".province."))
        .collect();
    assert_eq!(provincial.len(), 90);
    for p in Province::ALL {
        for year in EMISSION_YEARS {
            let e = emission(&lib, year, EmissionScope::Province(*p));
            assert!(e.is_some(), "{} {year}", p.key());
        }
        assert!(emission(&lib, 2024, EmissionScope::Province(*p)).is_none());
        assert_eq!(Province::from_key(p.key()), Some(*p));
    }
    assert!(Province::from_key("xizang").is_none() && Province::from_key("tibet").is_none());
}

#[test]
fn provincial_2023_changes_match_twenty_down_ten_up() {
    // The official 2023 notice: 20 provinces fell, 10 rose against 2022.
    let lib = lib();
    let (mut fell, mut rose) = (0, 0);
    for p in Province::ALL {
        let s22 = emission(&lib, 2022, EmissionScope::Province(*p)).expect("2022");
        let s23 = emission(&lib, 2023, EmissionScope::Province(*p)).expect("2023");
        if s23.central < s22.central {
            fell += 1;
        } else if s23.central > s22.central {
            rose += 1;
        }
    }
    assert_eq!((fell, rose), (20, 10));
}

#[test]
fn every_generation_type_and_scope_resolves_for_its_years_only() {
    let lib = lib();
    for g in GenerationType::ALL {
        for year in 2020..=2025 {
            let found = footprint(&lib, year, g).is_some();
            assert_eq!(found, g.years().contains(&year), "{} {year}", g.key());
        }
        assert_eq!(GenerationType::from_key(g.key()), Some(g));
    }
    assert!(footprint(
        &lib,
        2023,
        GenerationType::TransmissionDistributionWithLosses
    )
    .is_none());
    let scopes = EmissionScope::all();
    assert_eq!(scopes.len(), 3 + 7 + 30);
    for s in scopes {
        for year in 2020..=2025 {
            assert_eq!(
                emission(&lib, year, s).is_some(),
                EMISSION_YEARS.contains(&year)
            );
        }
        assert_eq!(EmissionScope::from_key(&s.key()), Some(s));
        assert!(s.name().is_complete());
    }
    let ids = lib
        .iter()
        .filter(|f| f.id().starts_with("carbon.elec.ef."))
        .count();
    assert_eq!(ids, 40 * 3, "every emission factor belongs to a scope");
    let cf = lib
        .iter()
        .filter(|f| f.id().starts_with("carbon.elec.cf."))
        .count();
    assert_eq!(
        cf,
        10 * FOOTPRINT_YEARS.len() + 1,
        "every footprint factor has a type"
    );
}

#[test]
fn the_two_electricity_kinds_differ_in_type_and_unit() {
    use std::any::TypeId;
    fn type_of<T: 'static>(_: &T) -> TypeId {
        TypeId::of::<T>()
    }
    let lib = lib();
    let fp = footprint(&lib, 2023, GenerationType::National).expect("2023 footprint");
    let em = emission(&lib, 2023, EmissionScope::National).expect("2023 emission");
    assert_ne!(type_of(&fp.central), type_of(&em.central));
    assert_eq!(type_of(&fp.central), TypeId::of::<FootprintFactor>());
    assert_eq!(type_of(&em.central), TypeId::of::<EmissionFactor>());
    assert_ne!(fp.factor.unit(), em.factor.unit());
    assert_eq!(fp.factor.unit(), FootprintFactor::UNIT);
    assert_eq!(em.factor.unit(), EmissionFactor::UNIT);
    for l in Lang::ALL {
        assert_ne!(fp.factor.unit().symbol(l), em.factor.unit().symbol(l));
    }
    assert_close(
        fp.central.kg_co2e_per_kwh(),
        0.6205,
        1e-12,
        "2023 footprint",
    );
    assert_close(em.central.kg_co2_per_kwh(), 0.5306, 1e-12, "2023 emission");
    assert_close(em.central.kg_co2(1_000.0), 530.6, 1e-12, "1 MWh");
    assert!(fp.low.kg_co2e_per_kwh() < fp.central.kg_co2e_per_kwh());
    assert_eq!(fp.factor.id(), "carbon.elec.cf.2023.national");
    assert_eq!(
        emission_id(2023, EmissionScope::Region(Grid::Southwest)),
        "carbon.elec.ef.2023.region.southwest"
    );
    let sw = emission(&lib, 2023, EmissionScope::Region(Grid::Southwest)).expect("southwest");
    assert_close(sw.central.kg_co2_per_kwh(), 0.2472, 1e-12, "southwest");
}

#[test]
fn a_library_whose_ids_name_the_wrong_kind_yields_nothing() {
    // A footprint id carrying an emission unit must not come back as a footprint factor.
    static WRONG: &[FactorDef] = &[FactorDef::given(
        "carbon.elec.cf.2024.national",
        Theme::Carbon,
        TEST_NAME,
        0.5,
        crate::units::Unit::KgCo2PerKwh,
        Grade::Official,
        &TEST_SOURCE,
    )];
    let lib = Library::build(WRONG).expect("builds");
    assert!(footprint(&lib, 2024, GenerationType::National).is_none());
}
