//! The resolver on small hand-made declaration lists: errors, order, content hash.

use super::*;

fn sum(x: &[f64]) -> f64 {
    x.iter().sum()
}

const fn given(id: &'static str, v: f64) -> FactorDef {
    FactorDef::given(
        id,
        Theme::Carbon,
        TEST_NAME,
        v,
        crate::units::Unit::Ratio,
        Grade::Official,
        &TEST_SOURCE,
    )
}

/// A derived factor summing its inputs. A macro, not a const fn: the derivation is taken by
/// `&'static` reference, so it must be built in an inline const block at the call site.
macro_rules! sum_of {
    ($id:expr, $inputs:expr) => {
        FactorDef::derived(
            $id,
            Theme::Carbon,
            TEST_NAME,
            crate::units::Unit::Ratio,
            &const {
                Derivation {
                    formula: TEST_NAME,
                    inputs: $inputs,
                    eval: sum,
                }
            },
            &TEST_SOURCE,
        )
    };
}

static SET_A: &[FactorDef] = &[
    given("t.a.x", 1.0),
    given("t.a.y", 2.0),
    sum_of!("t.a.z", &["t.a.x", "t.a.y"]),
];
static SET_B: &[FactorDef] = &[
    given("t.a.x", 1.0),
    given("t.a.y", 2.5),
    sum_of!("t.a.z", &["t.a.x", "t.a.y"]),
];

#[test]
fn content_hash_is_stable_and_follows_the_values() {
    let a1 = Library::build(SET_A).expect("a");
    let a2 = Library::build(SET_A).expect("a again");
    let b = Library::build(SET_B).expect("b");
    assert_eq!(a1.content_hash(), a2.content_hash());
    assert_eq!(a1.content_hash().len(), 16);
    assert_ne!(a1.content_hash(), b.content_hash());
    assert_close(
        value(&b, "t.a.z"),
        3.5,
        1e-12,
        "derived from the changed input",
    );
    // Built from sections, the same declarations give the same library.
    let split = Library::build_sections(&[&SET_A[..1], &SET_A[1..]]).expect("split");
    assert_eq!(split.content_hash(), a1.content_hash());
    assert_ne!(lib().content_hash(), a1.content_hash());
}

#[test]
fn the_resolver_reports_broken_declarations() {
    static DUPLICATE: &[FactorDef] = &[given("t.d.x", 1.0), given("t.d.x", 2.0)];
    static MISSING: &[FactorDef] = &[sum_of!("t.m.z", &["t.m.nowhere"])];
    static CYCLE: &[FactorDef] = &[sum_of!("t.c.a", &["t.c.b"]), sum_of!("t.c.b", &["t.c.a"])];
    static OUT_OF_ORDER: &[FactorDef] = &[sum_of!("t.o.z", &["t.o.y"]), given("t.o.y", 4.0)];
    assert_eq!(
        Library::build(DUPLICATE).err(),
        Some(LibraryError::DuplicateId("t.d.x"))
    );
    assert_eq!(
        Library::build(MISSING).err(),
        Some(LibraryError::MissingInput {
            factor: "t.m.z",
            input: "t.m.nowhere"
        })
    );
    assert!(matches!(
        Library::build(CYCLE).err(),
        Some(LibraryError::Unresolvable(_))
    ));
    let lib = Library::build(OUT_OF_ORDER).expect("order does not matter");
    assert_close(value(&lib, "t.o.z"), 4.0, 1e-12, "resolved in a later pass");
    // Across sections too.
    assert_eq!(
        Library::build_sections(&[SET_A, SET_A]).err(),
        Some(LibraryError::DuplicateId("t.a.x"))
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn electricity_lookups_never_panic_and_scale_linearly(
            kwh in 0.0f64..1e9,
            year in 2015u16..2030,
            scope_index in 0usize..40,
            gen_index in 0usize..11,
        ) {
            let lib = Library::standard();
            let scope = EmissionScope::all()[scope_index];
            if let Some(e) = emission(lib, year, scope) {
                let kg = e.central.kg_co2(kwh);
                prop_assert!(kg >= 0.0 && kg.is_finite());
                prop_assert!(e.low.kg_co2(kwh) <= kg && kg <= e.high.kg_co2(kwh));
                prop_assert!((e.central.kg_co2(2.0 * kwh) - 2.0 * kg).abs() <= 1e-9 * kg.max(1.0));
            }
            if let Some(f) = footprint(lib, year, GenerationType::ALL[gen_index]) {
                let kg = f.central.kg_co2e(kwh);
                prop_assert!(kg >= 0.0 && kg.is_finite());
                prop_assert!(f.low.kg_co2e(kwh) <= kg && kg <= f.high.kg_co2e(kwh));
            }
        }

        #[test]
        fn arbitrary_keys_never_panic(key in ".*") {
            let _ = EmissionScope::from_key(&key);
            let _ = GenerationType::from_key(&key);
            let _ = Province::from_key(&key);
            let _ = Grid::from_key(&key);
        }
    }
}
