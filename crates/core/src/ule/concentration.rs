//! The concentration method (plant level, factors.md A3).
//!
//! Mass (t/yr) = C (mg/Nm³, dry, at the reference O₂) × V (Nm³ of dry flue gas per t of the
//! point's product, at the same reference O₂) × the point's product (t/yr) × 10⁻⁹.
//!
//! Per tonne of the **sector's** product (crude steel, coke, clinker) a point emits
//! C × V × ratio × 10⁻⁶ kg/t, where ratio is the tonnes of the point's product per tonne of the
//! sector's product (1 where the point makes it; the user's figure for the steel points).
//!
//! Units: 1 mg × 1 Nm³⁻¹ × 1 Nm³ t⁻¹ = 1 mg/t = 10⁻⁶ kg/t = 10⁻⁹ t/t.

use super::keys;
use super::{factor, PerPollutant, PointInputs, PointKind, Pollutant};
use crate::eval::{non_negative, CalcError, FactorValues, Problem};

/// mg → t.
pub const TONNES_PER_MG: f64 = 1e-9;
/// mg → kg.
pub const KG_PER_MG: f64 = 1e-6;

/// Yearly mass (t/yr) of a pollutant at concentration `c` (mg/Nm³) in `v` Nm³ of flue gas per
/// tonne of product, for `output` t of product per year. The caller validates the inputs.
pub fn mass_t_per_yr(c: f64, v: f64, output: f64) -> f64 {
    c * v * output * TONNES_PER_MG
}

/// Emission intensity (kg per t of product) of concentration `c` (mg/Nm³) in `v` Nm³/t.
pub fn intensity_kg_per_t(c: f64, v: f64) -> f64 {
    c * v * KG_PER_MG
}

/// Corrects a measured concentration to the reference O₂ content:
/// C_ref = C_meas × (21 − O₂_ref) / (21 − O₂_meas) (GB 28662 amendment formula, secondary).
///
/// `c_key` and `o2_key` name the inputs in errors. O₂ contents must be from 0 to below 21 %
/// ([`Problem::OxygenTooHigh`]); the concentration must be ≥ 0.
pub fn o2_correct(
    c_meas: f64,
    o2_meas: f64,
    o2_ref: f64,
    c_key: &'static str,
    o2_key: &'static str,
) -> Result<f64, CalcError> {
    let c = non_negative(c_key, c_meas)?;
    let o2 = oxygen(o2_key, o2_meas)?;
    let o2_ref = oxygen(o2_key, o2_ref)?;
    Ok(c * (21.0 - o2_ref) / (21.0 - o2))
}

fn oxygen(key: &'static str, o2: f64) -> Result<f64, CalcError> {
    let o2 = non_negative(key, o2)?;
    if o2 >= 21.0 {
        return Err(CalcError::Input {
            field: key,
            problem: Problem::OxygenTooHigh,
        });
    }
    Ok(o2)
}

/// What one emission point emits per tonne of the sector's product, before and after.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointIntensity {
    /// Which point.
    pub kind: PointKind,
    /// t of the point's product per t of the sector's product.
    pub ratio: f64,
    /// Specific flue-gas volume used, Nm³ per t of the point's product.
    pub volume: f64,
    /// Concentrations used before, mg/Nm³ (0 for a pollutant the point does not count).
    pub c_before: PerPollutant<f64>,
    /// Concentrations used after, mg/Nm³.
    pub c_after: PerPollutant<f64>,
    /// kg per t of the sector's product, before.
    pub before: PerPollutant<f64>,
    /// kg per t of the sector's product, after.
    pub after: PerPollutant<f64>,
    /// True when a "before" value is the replaced standard's limit (an upper bound).
    pub uses_old_limit: bool,
}

/// A required input the user has not given.
fn missing(field: &'static str) -> CalcError {
    CalcError::Input {
        field,
        problem: Problem::NotFinite,
    }
}

/// Evaluates one emission point. Errors name the point's input keys ([`keys::point`]); a
/// required value left empty is [`Problem::NotFinite`] on its key.
pub fn point_intensity(
    p: &PointInputs,
    values: &dyn FactorValues,
) -> Result<PointIntensity, CalcError> {
    let k = keys::point(p.kind);
    let ratio = match (p.ratio, p.kind.fixed_ratio()) {
        (Some(r), _) => non_negative(k.ratio, r)?,
        (None, Some(r)) => r,
        (None, None) => return Err(missing(k.ratio)),
    };
    let v_id = p.kind.fluegas_factor();
    let volume = non_negative(v_id, factor(values, v_id)?)?;
    let mut uses_old_limit = false;
    let mut conc = |pol: Pollutant| -> Result<(f64, f64), CalcError> {
        if !p.kind.counts(pol) {
            return Ok((0.0, 0.0));
        }
        let (kb, ka) = (*k.before.get(pol), *k.after.get(pol));
        let before = match (*p.before.get(pol), p.kind.old_limit(pol)) {
            (Some(c), _) => non_negative(kb, c)?,
            (None, Some(id)) => {
                uses_old_limit = true;
                non_negative(id, factor(values, id)?)?
            }
            (None, None) => return Err(missing(kb)),
        };
        let after = match (*p.after.get(pol), p.kind.limits().limit(pol)) {
            (Some(c), _) => non_negative(ka, c)?,
            (None, Some(id)) => non_negative(id, factor(values, id)?)?,
            (None, None) => return Err(missing(ka)),
        };
        if after > before {
            return Err(CalcError::Input {
                field: ka,
                problem: Problem::AfterAboveBefore,
            });
        }
        Ok((before, after))
    };
    let pairs = PerPollutant::try_from_fn(&mut conc)?;
    let c_before = pairs.map(|_, &(b, _)| b);
    let c_after = pairs.map(|_, &(_, a)| a);
    let per_t = |c: &PerPollutant<f64>| c.map(|_, &c| intensity_kg_per_t(c, volume) * ratio);
    Ok(PointIntensity {
        kind: p.kind,
        ratio,
        volume,
        before: per_t(&c_before),
        after: per_t(&c_after),
        c_before,
        c_after,
        uses_old_limit,
    })
}
