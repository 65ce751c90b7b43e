//! Cost of the steel retrofits (the only sector with sourced costs: CISA, Dec 2023, secondary).
//!
//! * investment (yuan) = retrofitted capacity (t) × `ule.cost.steel.invest` (≈ 450 yuan per t
//!   of capacity), a one-off sum;
//! * operating cost (yuan/yr) = crude-steel output (t/yr) × `ule.cost.steel.operating`
//!   (≈ 200 yuan per t of steel);
//! * **cost per tonne avoided** (yuan per t of pollutant) = operating cost ÷ (PM + SO₂ + NOx
//!   avoided, t/yr). The three pollutants are added by mass, as is usual for a headline
//!   cost-effectiveness figure; it is not a price of any one of them.
//!
//! The investment is not annualised by default: no discount rate or economic life is sourced.
//! If the user gives both ([`Annualise`]), the annualised investment = investment × CRF, with the
//! capital recovery factor CRF = r / (1 − (1 + r)⁻ⁿ) (= 1/n at r = 0), and the page shows a
//! second cost per tonne that includes it, labelled as resting on the user's rate and life.

use super::{factor, keys, Annualise};
use crate::eval::{positive, share, CalcError, FactorValues, Problem};

/// Investment per t of capacity (yuan/t).
pub const INVEST: &str = "ule.cost.steel.invest";
/// Operating cost per t of steel (yuan/t).
pub const OPERATING: &str = "ule.cost.steel.operating";

/// The cost figures of a steel result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostResult {
    /// One-off investment, yuan.
    pub investment: f64,
    /// Yearly operating cost, yuan/yr.
    pub operating: f64,
    /// Operating cost per tonne of pollutant avoided (PM + SO₂ + NOx), yuan/t; `None` when
    /// nothing is avoided.
    pub per_tonne: Option<f64>,
    /// With the user's rate and life: the annualised investment (yuan/yr), or why it could not
    /// be computed (a missing or invalid rate or life; the rest of the result stands).
    pub annualised_investment: Option<Result<f64, CalcError>>,
    /// With the user's rate and life: (annualised investment + operating) per tonne avoided.
    pub per_tonne_with_investment: Option<f64>,
}

/// The capital recovery factor r / (1 − (1 + r)⁻ⁿ), 1/n at r = 0 (per year).
pub fn capital_recovery_factor(a: Annualise) -> Result<f64, CalcError> {
    let given = |x: Option<f64>, field| {
        x.ok_or(CalcError::Input {
            field,
            problem: Problem::NotFinite,
        })
    };
    let r = share(keys::ANNUALISE_RATE, given(a.rate, keys::ANNUALISE_RATE)?)?;
    let n = positive(
        keys::ANNUALISE_YEARS,
        given(a.years, keys::ANNUALISE_YEARS)?,
    )?;
    if r == 0.0 {
        return Ok(1.0 / n);
    }
    let denom = 1.0 - (1.0 + r).powf(-n);
    if denom > 0.0 {
        Ok(r / denom)
    } else {
        // Only reachable for a vanishing rate with a tiny life; the limit is 1/n.
        Ok(1.0 / n)
    }
}

/// The steel cost figures for `capacity` (t) and `output` (t/yr), with `avoided_total` t/yr of
/// pollutant avoided. Inputs are validated by the caller; the factors here. An unusable
/// annualisation input is reported in [`CostResult::annualised_investment`] only.
pub fn steel_cost(
    capacity: f64,
    output: f64,
    avoided_total: f64,
    annualise: Option<Annualise>,
    values: &dyn FactorValues,
) -> Result<CostResult, CalcError> {
    let invest = crate::eval::non_negative(INVEST, factor(values, INVEST)?)?;
    let operating_rate = crate::eval::non_negative(OPERATING, factor(values, OPERATING)?)?;
    let investment = capacity * invest;
    let operating = output * operating_rate;
    let per = |cost: f64| (avoided_total > 0.0).then(|| cost / avoided_total);
    let annualised_investment =
        annualise.map(|a| capital_recovery_factor(a).map(|crf| investment * crf));
    Ok(CostResult {
        investment,
        operating,
        per_tonne: per(operating),
        annualised_investment,
        per_tonne_with_investment: annualised_investment
            .and_then(Result::ok)
            .and_then(|ai| per(ai + operating)),
    })
}
