//! How a calculator reads its factors and checks its inputs.
//!
//! Every calculator is a pure function `(inputs, &dyn FactorValues) -> Result<Output, CalcError>`.
//! It reads each factor by id through [`FactorValues`], so the same function serves:
//! * the central result ([`Point::Central`] of the library, with the user's [`Overrides`]);
//! * the low and high bounds ([`Point::Low`], [`Point::High`]);
//! * the Monte Carlo engine, which draws every factor once per sample and hands the calculators a
//!   table of sampled values (a common factor is then correlated across lines, as it should be).
//!
//! Inputs are validated with the helpers below, which turn a bad number into a typed
//! [`CalcError`] naming the field; the page turns that into a message in the user's language.

use std::collections::BTreeMap;

use crate::factors::Library;

/// A source of factor values by id.
pub trait FactorValues {
    /// The value of factor `id`, in the factor's unit; `None` if there is no such factor.
    fn value(&self, id: &str) -> Option<f64>;

    /// The value of factor `id`, or [`CalcError::MissingFactor`].
    fn get(&self, id: &'static str) -> Result<f64, CalcError> {
        checked_factor(id, self.value(id))
    }

    /// The value of the user's input `key`, whose typed value is `value`.
    ///
    /// Everywhere but in the Monte Carlo engine this is `value` itself. The engine
    /// ([`crate::uncertainty`]) draws it from the range the user gave it
    /// ([`crate::uncertainty::InputRanges`]), if any. A calculation reads an input through this
    /// so that the input can be given a range: `f.input("ule.steel.capacity", inputs.capacity)`.
    /// Keys are the inputs' stable keys (the ones [`CalcError::Input`] names).
    fn input(&self, _key: &'static str, value: f64) -> f64 {
        value
    }
}

/// What [`FactorValues::get`] makes of a looked-up value: a finite number, or the error naming
/// factor `id` (for implementations that override `get` to look values up faster).
pub fn checked_factor(id: &'static str, value: Option<f64>) -> Result<f64, CalcError> {
    match value {
        Some(v) if v.is_finite() => Ok(v),
        Some(_) => Err(CalcError::Input {
            field: id,
            problem: Problem::NotFinite,
        }),
        None => Err(CalcError::MissingFactor(id)),
    }
}

/// Which point of each factor's range to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Point {
    /// The central value.
    Central,
    /// The low end of the range.
    Low,
    /// The high end of the range.
    High,
}

/// Factor values the user changed, by factor id. A changed factor replaces the library's value
/// at every point (it has no range of its own unless the user gives one, see issue 9).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overrides(BTreeMap<String, f64>);

impl Overrides {
    /// No changed factor.
    pub fn new() -> Self {
        Overrides(BTreeMap::new())
    }

    /// Sets factor `id` to `value`. Returns false (and changes nothing) if the value is not a
    /// finite number.
    pub fn set(&mut self, id: &str, value: f64) -> bool {
        if !value.is_finite() {
            return false;
        }
        self.0.insert(id.to_string(), value);
        true
    }

    /// Forgets the user's value of factor `id`.
    pub fn reset(&mut self, id: &str) {
        self.0.remove(id);
    }

    /// The user's value of factor `id`, if they changed it.
    pub fn get(&self, id: &str) -> Option<f64> {
        self.0.get(id).copied()
    }

    /// True when the user changed factor `id`.
    pub fn is_overridden(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    /// Every changed factor, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f64)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// True when no factor was changed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The library at one point of its ranges, with the user's overrides.
#[derive(Clone, Copy, Debug)]
pub struct LibraryValues<'a> {
    /// The factor library.
    pub library: &'a Library,
    /// The user's changed factors.
    pub overrides: &'a Overrides,
    /// Which point of the ranges to read.
    pub point: Point,
}

impl FactorValues for LibraryValues<'_> {
    fn value(&self, id: &str) -> Option<f64> {
        if let Some(v) = self.overrides.get(id) {
            return Some(v);
        }
        let f = self.library.get(id)?;
        Some(match self.point {
            Point::Central => f.value,
            Point::Low => f.low,
            Point::High => f.high,
        })
    }
}

/// A plain table of values (tests, sampled values).
impl FactorValues for BTreeMap<&'static str, f64> {
    fn value(&self, id: &str) -> Option<f64> {
        self.get(id).copied()
    }
}

/// What is wrong with an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Not a finite number (NaN, ∞, empty).
    NotFinite,
    /// Below zero where only zero or more makes sense.
    Negative,
    /// Zero where a positive number is needed (e.g. a divisor).
    NotPositive,
    /// A share above 100 %.
    AboveOne,
    /// An "after" value above its "before" value (a retrofit that adds emissions).
    AfterAboveBefore,
    /// An O₂ content at or above 21 % (the correction formula divides by 21 − O₂).
    OxygenTooHigh,
    /// Larger than any plausible value (guards against typos such as an extra 亿).
    TooLarge,
}

/// Why a calculation could not give a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CalcError {
    /// An input (or a factor read as one) is unusable. `field` is the input's stable key.
    Input {
        /// The input's stable key (e.g. `ule.steel.utilisation`) or a factor id.
        field: &'static str,
        /// What is wrong with it.
        problem: Problem,
    },
    /// A factor id the calculator needs is not in the library.
    MissingFactor(&'static str),
}

/// Upper bound on any single input, far above every real quantity the calculators handle
/// (the world's yearly steel output is ≈ 2 × 10⁹ t). Catches pasted garbage and typos.
pub const MAX_INPUT: f64 = 1e15;

fn check(field: &'static str, x: f64) -> Result<f64, CalcError> {
    if !x.is_finite() {
        return Err(CalcError::Input {
            field,
            problem: Problem::NotFinite,
        });
    }
    if x.abs() > MAX_INPUT {
        return Err(CalcError::Input {
            field,
            problem: Problem::TooLarge,
        });
    }
    Ok(x)
}

/// A finite number ≥ 0.
pub fn non_negative(field: &'static str, x: f64) -> Result<f64, CalcError> {
    let x = check(field, x)?;
    if x < 0.0 {
        return Err(CalcError::Input {
            field,
            problem: Problem::Negative,
        });
    }
    Ok(x)
}

/// A finite number > 0.
pub fn positive(field: &'static str, x: f64) -> Result<f64, CalcError> {
    let x = non_negative(field, x)?;
    if x <= 0.0 {
        return Err(CalcError::Input {
            field,
            problem: Problem::NotPositive,
        });
    }
    Ok(x)
}

/// A share from 0 to 1 (0 %–100 %).
pub fn share(field: &'static str, x: f64) -> Result<f64, CalcError> {
    let x = non_negative(field, x)?;
    if x > 1.0 {
        return Err(CalcError::Input {
            field,
            problem: Problem::AboveOne,
        });
    }
    Ok(x)
}

/// Central value with a low–high range, in one unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranged {
    /// With every factor at its central value (and the user's overrides).
    pub central: f64,
    /// Low end.
    pub low: f64,
    /// High end.
    pub high: f64,
}

impl Ranged {
    /// A value with no spread.
    pub fn exact(x: f64) -> Self {
        Ranged {
            central: x,
            low: x,
            high: x,
        }
    }

    /// From three evaluations (central, all factors low, all factors high): the range is the
    /// smallest and largest of the three, so it always contains the central value even where a
    /// result falls as a factor rises.
    pub fn from_points(central: f64, at_low: f64, at_high: f64) -> Self {
        Ranged {
            central,
            low: central.min(at_low).min(at_high),
            high: central.max(at_low).max(at_high),
        }
    }
}

/// Runs `calc` at the central, low and high points of the library (with the user's overrides)
/// and combines the three outputs with `pick` into ranged values.
///
/// This bound method is exact for results that rise or fall with every factor together; the
/// Monte Carlo engine (issue 9) gives percentiles where that is not the case.
pub fn at_three_points<T>(
    library: &Library,
    overrides: &Overrides,
    calc: impl Fn(&dyn FactorValues) -> Result<T, CalcError>,
) -> Result<[T; 3], CalcError> {
    let at = |point| {
        calc(&LibraryValues {
            library,
            overrides,
            point,
        })
    };
    Ok([at(Point::Central)?, at(Point::Low)?, at(Point::High)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_names_the_field_and_the_problem() {
        assert_eq!(non_negative("a", 2.5), Ok(2.5));
        assert_eq!(
            non_negative("a", -1.0),
            Err(CalcError::Input {
                field: "a",
                problem: Problem::Negative
            })
        );
        assert_eq!(
            share("u", 1.2),
            Err(CalcError::Input {
                field: "u",
                problem: Problem::AboveOne
            })
        );
        assert_eq!(
            positive("v", 0.0),
            Err(CalcError::Input {
                field: "v",
                problem: Problem::NotPositive
            })
        );
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(
                share("x", bad),
                Err(CalcError::Input {
                    field: "x",
                    problem: Problem::NotFinite
                })
            );
        }
        assert_eq!(
            non_negative("x", 2e15),
            Err(CalcError::Input {
                field: "x",
                problem: Problem::TooLarge
            })
        );
    }

    #[test]
    fn overrides_refuse_non_finite_values() {
        let mut o = Overrides::new();
        assert!(!o.set("f", f64::NAN));
        assert!(o.is_empty());
        assert!(o.set("f", 2.0));
        assert!(o.is_overridden("f"));
        o.reset("f");
        assert!(!o.is_overridden("f"));
    }

    #[test]
    fn ranged_always_contains_the_central_value() {
        let r = Ranged::from_points(5.0, 7.0, 3.0);
        assert!((r.low - 3.0).abs() < 1e-12 && (r.high - 7.0).abs() < 1e-12);
        let r = Ranged::from_points(5.0, 5.5, 6.0);
        assert!((r.low - 5.0).abs() < 1e-12);
    }

    #[test]
    fn a_table_is_a_factor_source() {
        let mut t: BTreeMap<&'static str, f64> = BTreeMap::new();
        t.insert("k", 3.0);
        assert_eq!(t.get("k").copied(), Some(3.0));
        assert_eq!(FactorValues::get(&t, "k"), Ok(3.0));
        assert_eq!(
            FactorValues::get(&t, "none"),
            Err(CalcError::MissingFactor("none"))
        );
    }
}
