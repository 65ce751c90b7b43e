//! Compliance check: a measured outlet concentration against the ULE limit of its emission
//! point (factors.md A1), optionally corrected to the limit's reference O₂ first.
//!
//! An hourly value is compared with an hourly limit. The cement opinion's rule (at least 95 % of
//! production hours each month meet the hourly limits) and the coking one's are about many
//! hours; one reading can show a breach of the hour, not a breach of the rule.

use super::concentration::o2_correct;
use super::{factor, keys, LimitPoint, Pollutant};
use crate::eval::{non_negative, CalcError, FactorValues};

/// What the user entered for the check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplianceInputs {
    /// The emission point (its set of ULE limits).
    pub point: LimitPoint,
    /// The pollutant measured.
    pub pollutant: Pollutant,
    /// Measured concentration, mg/Nm³ (dry); `None` until the user enters one.
    pub measured: Option<f64>,
    /// Measured O₂ content, %; `None` = the value is already at the reference O₂.
    pub o2_measured: Option<f64>,
}

impl Default for ComplianceInputs {
    /// Cement kiln NOx (the largest cut of the cement ULE), nothing measured yet.
    fn default() -> Self {
        ComplianceInputs {
            point: LimitPoint::CementKiln,
            pollutant: Pollutant::Nox,
            measured: None,
            o2_measured: None,
        }
    }
}

/// The outcome of a check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ComplianceOutcome {
    /// No concentration entered yet.
    NoMeasurement,
    /// The opinion sets no limit for this pollutant at this point.
    NoLimit,
    /// Checked.
    Checked(ComplianceResult),
}

/// A checked value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplianceResult {
    /// The ULE limit's factor id.
    pub limit_id: &'static str,
    /// The ULE limit, mg/Nm³ at the reference O₂.
    pub limit: f64,
    /// The reference O₂ factor id and value (%), where the limit has one.
    pub ref_o2: Option<(&'static str, f64)>,
    /// The measured value at the reference O₂ (= as measured when not corrected), mg/Nm³.
    pub at_ref: f64,
    /// True when the O₂ correction was applied.
    pub corrected: bool,
    /// True when a measured O₂ was given but the point has no reference O₂ (not corrected).
    pub o2_ignored: bool,
    /// `at_ref ≤ limit`.
    pub compliant: bool,
}

impl ComplianceResult {
    /// How far below the limit (positive) or above it (negative), mg/Nm³.
    pub fn margin(&self) -> f64 {
        self.limit - self.at_ref
    }
}

/// Runs the check. Errors name [`keys::CHECK_MEASURED`] or [`keys::CHECK_O2`].
pub fn check(
    inputs: &ComplianceInputs,
    values: &dyn FactorValues,
) -> Result<ComplianceOutcome, CalcError> {
    let Some(measured) = inputs.measured else {
        return Ok(ComplianceOutcome::NoMeasurement);
    };
    let Some(limit_id) = inputs.point.limit(inputs.pollutant) else {
        return Ok(ComplianceOutcome::NoLimit);
    };
    let limit = factor(values, limit_id)?;
    let ref_o2 = match inputs.point.ref_o2() {
        Some(id) => Some((id, factor(values, id)?)),
        None => None,
    };
    let (at_ref, corrected, o2_ignored) = match (inputs.o2_measured, ref_o2) {
        (Some(o2), Some((_, o2_ref))) => (
            o2_correct(measured, o2, o2_ref, keys::CHECK_MEASURED, keys::CHECK_O2)?,
            true,
            false,
        ),
        (o2, _) => (
            non_negative(keys::CHECK_MEASURED, measured)?,
            false,
            o2.is_some(),
        ),
    };
    // A value equal to the limit complies; allow for the rounding of the O₂ correction.
    let compliant = at_ref <= limit * (1.0 + 1e-12);
    Ok(ComplianceOutcome::Checked(ComplianceResult {
        limit_id,
        limit,
        ref_o2,
        at_ref,
        corrected,
        o2_ignored,
        compliant,
    }))
}
