//! Tests of calculator 1. Expected values are worked by hand here from the literal numbers of
//! `shared/reference/factors.md` (section A) and `report-figures.md`, never by calling the code
//! under test.

mod errors;
mod properties;
mod reference;

use super::*;
use crate::eval::{LibraryValues, Overrides, Point};
use crate::factors::Library;

/// The library at its central values, no override.
fn central() -> LibraryValues<'static> {
    static NONE: std::sync::OnceLock<Overrides> = std::sync::OnceLock::new();
    LibraryValues {
        library: Library::standard(),
        overrides: NONE.get_or_init(Overrides::new),
        point: Point::Central,
    }
}

/// `a` within a relative `tol` of `b`.
fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1e-12)
}

#[track_caller]
fn assert_close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        close(got, want, tol),
        "{what}: got {got}, want {want} (±{}%)",
        tol * 100.0
    );
}

/// A sector at full utilisation (so the hand figures need no utilisation factor).
fn full(sector: Sector, capacity: f64, method: Method) -> SectorInputs {
    let mut s = SectorInputs::preset(sector);
    s.capacity = capacity;
    s.utilisation = Some(1.0);
    s.method = method;
    s
}

#[track_caller]
fn ok(r: Result<SectorResult, crate::eval::CalcError>) -> SectorResult {
    match r {
        Ok(r) => r,
        Err(e) => panic!("unexpected error {e:?}"),
    }
}
