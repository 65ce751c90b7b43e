//! Tests of the factor library against `shared/reference/factors.md`.
//!
//! Expected values are typed in from factors.md (or computed here from its literal numbers), never
//! read back from the library's own declarations.

use super::electricity::{
    emission, emission_id, footprint, EmissionFactor, EmissionScope, FootprintFactor,
    GenerationType, Grid, Province, EMISSION_YEARS, FOOTPRINT_YEARS,
};
use super::*;
use crate::text::{Lang, Text};

fn lib() -> Library {
    Library::build_sections(data::SECTIONS).expect("the built-in library resolves")
}

fn get<'a>(lib: &'a Library, id: &str) -> &'a Factor {
    lib.get(id)
        .unwrap_or_else(|| panic!("factor {id} is missing"))
}

fn value(lib: &Library, id: &str) -> f64 {
    get(lib, id).value
}

/// `a` is within `rel` (relative) of `b`.
fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(f64::MIN_POSITIVE)
}

#[track_caller]
fn assert_close(a: f64, b: f64, rel: f64, what: &str) {
    assert!(close(a, b, rel), "{what}: {a} is not within {rel} of {b}");
}

/// Name and source of the hand-made declarations in the resolver tests.
const TEST_NAME: Text = crate::t!("测试", "測試", "test");
const TEST_SOURCE: Source = Source {
    title: "test",
    publisher: TEST_NAME,
    locator: None,
    year: None,
    url: None,
};

mod derived;
mod electricity;
mod library;
mod resolver;
mod spot_checks;
