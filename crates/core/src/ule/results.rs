//! Putting it together: one sector, all three, and their ranges.

use super::concentration::{point_intensity, PointIntensity};
use super::cost::{steel_cost, CostResult};
use super::intensity::{national_baseline, pairs};
use super::{factor, keys, Annualise, Method, PerPollutant, Sector, SectorInputs, UleInputs};
use crate::eval::{
    at_three_points, non_negative, share, CalcError, FactorValues, Overrides, Ranged,
};
use crate::factors::Library;

/// kg per t.
const KG_PER_T: f64 = 1000.0;

/// One emission point's part of a concentration-method result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointResult {
    /// The point's intensities and the values they rest on.
    pub intensity: PointIntensity,
    /// Avoided at this point, t/yr.
    pub avoided: PerPollutant<f64>,
}

/// One sector's result at one point of the factor ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct SectorResult {
    /// Which sector.
    pub sector: Sector,
    /// The method used (every result names it).
    pub method: Method,
    /// Retrofitted capacity, t/yr.
    pub capacity: f64,
    /// Utilisation used, 0–1.
    pub utilisation: f64,
    /// Output = capacity × utilisation, t/yr.
    pub output: f64,
    /// Intensity before the retrofit, kg per t of the sector's product.
    pub before: PerPollutant<f64>,
    /// Intensity after, kg/t.
    pub after: PerPollutant<f64>,
    /// Avoided emissions, t/yr.
    pub avoided: PerPollutant<f64>,
    /// Avoided as a share of the sector's national baseline ([`national_baseline`]); `None`
    /// where no comparable baseline is sourced.
    pub share_of_baseline: PerPollutant<Option<f64>>,
    /// The points counted (concentration method only).
    pub points: Vec<PointResult>,
    /// True when some "before" concentration is a replaced standard's limit (the result is an
    /// upper bound).
    pub upper_bound: bool,
    /// Costs (steel only).
    pub cost: Option<CostResult>,
}

/// What a sector's avoided emissions rest on.
struct Core {
    capacity: f64,
    utilisation: f64,
    output: f64,
    before: PerPollutant<f64>,
    after: PerPollutant<f64>,
    upper_bound: bool,
}

/// Output and intensities before and after of one sector; the points' results are pushed to
/// `points` when given (the Monte Carlo totals skip them: no allocation per sample).
fn core(
    inputs: &SectorInputs,
    values: &dyn FactorValues,
    mut points: Option<&mut Vec<PointResult>>,
) -> Result<Core, CalcError> {
    let sector = inputs.sector;
    let k = keys::sector(sector);
    let capacity = non_negative(k.capacity, inputs.capacity)?;
    let utilisation = if let Some(u) = inputs.utilisation {
        share(k.utilisation, u)?
    } else {
        let id = sector.utilisation_factor();
        share(id, factor(values, id)?)?
    };
    let output = capacity * utilisation;
    let avoided_of = |before: f64, after: f64| (before - after).max(0.0) * output / KG_PER_T;
    let (before, after, upper_bound) = match inputs.method {
        Method::Intensity => {
            let ps = pairs(sector, &inputs.intensity, &inputs.reduction, values)?;
            let before = ps.map(|_, x| x.intensity);
            let after = ps.map(|_, x| x.intensity * (1.0 - x.reduction));
            (before, after, false)
        }
        Method::Concentration => {
            let mut before = PerPollutant::splat(0.0);
            let mut after = PerPollutant::splat(0.0);
            let mut upper = false;
            for p in inputs.points.iter().filter(|p| p.enabled) {
                let pi = point_intensity(p, values)?;
                for pol in super::Pollutant::ALL {
                    *before.get_mut(pol) += pi.before.get(pol);
                    *after.get_mut(pol) += pi.after.get(pol);
                }
                upper |= pi.uses_old_limit;
                if let Some(points) = points.as_deref_mut() {
                    points.push(PointResult {
                        avoided: PerPollutant::from_fn(|pol| {
                            avoided_of(*pi.before.get(pol), *pi.after.get(pol))
                        }),
                        intensity: pi,
                    });
                }
            }
            (before, after, upper)
        }
    };
    Ok(Core {
        capacity,
        utilisation,
        output,
        before,
        after,
        upper_bound,
    })
}

/// Computes one sector. `annualise` is used for steel's cost only.
pub fn calculate_sector(
    inputs: &SectorInputs,
    annualise: Option<Annualise>,
    values: &dyn FactorValues,
) -> Result<SectorResult, CalcError> {
    let sector = inputs.sector;
    let mut points = Vec::new();
    let Core {
        capacity,
        utilisation,
        output,
        before,
        after,
        upper_bound,
    } = core(inputs, values, Some(&mut points))?;
    let avoided_of = |before: f64, after: f64| (before - after).max(0.0) * output / KG_PER_T;
    let avoided = PerPollutant::from_fn(|p| avoided_of(*before.get(p), *after.get(p)));
    let share_of_baseline = PerPollutant::try_from_fn(|p| match national_baseline(sector, p) {
        Some(id) => {
            let base = factor(values, id)?;
            Ok((base > 0.0).then(|| avoided.get(p) / base))
        }
        None => Ok(None),
    })?;
    let cost = match sector {
        Sector::Steel => Some(steel_cost(
            capacity,
            output,
            avoided.sum(),
            annualise,
            values,
        )?),
        Sector::Coking | Sector::Cement => None,
    };
    Ok(SectorResult {
        sector,
        method: inputs.method,
        capacity,
        utilisation,
        output,
        before,
        after,
        avoided,
        share_of_baseline,
        points,
        upper_bound,
        cost,
    })
}

/// All three sectors at one point of the factor ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct UleOutput {
    /// One result per sector, in [`Sector::ALL`] order; a sector with an unusable input has
    /// the error instead (the others are still computed).
    pub sectors: [Result<SectorResult, CalcError>; 3],
    /// Avoided, t/yr, summed over the sectors that have a result.
    pub total: PerPollutant<f64>,
    /// True when every sector has a result (the total covers all three).
    pub complete: bool,
}

/// Computes the three sectors. Never fails as a whole: each sector carries its own error.
pub fn calculate(inputs: &UleInputs, values: &dyn FactorValues) -> UleOutput {
    let sectors = Sector::ALL.map(|s| calculate_sector(inputs.sector(s), inputs.annualise, values));
    let mut total = PerPollutant::splat(0.0);
    for r in sectors.iter().flatten() {
        for p in super::Pollutant::ALL {
            *total.get_mut(p) += r.avoided.get(p);
        }
    }
    let complete = sectors.iter().all(Result::is_ok);
    UleOutput {
        sectors,
        total,
        complete,
    }
}

/// Avoided totals, t/yr, in [`super::Pollutant::ALL`] order (PM, SO₂, NOx), over the sectors
/// `include` names (by [`Sector::index`]; `sectors` as [`UleInputs::sectors`]): the numbers the
/// page gives a Monte Carlo range for. They depend on the sectors' inputs only (not on the
/// compliance check or the cost settings), so the page reruns the analysis only when those
/// change.
///
/// Unlike [`calculate`], which leaves a failing sector out of the total, a sector named in
/// `include` that fails makes the whole call fail: in a Monte Carlo sample, a sector that
/// computes at the central point but not with the sample's draws fails the sample (counted and
/// said on the page) instead of silently shrinking the total. The page passes the sectors that
/// compute at the central point.
///
/// # Errors
/// The first failing included sector's [`CalcError`].
pub fn totals(
    sectors: &[SectorInputs; 3],
    values: &dyn FactorValues,
    include: [bool; 3],
) -> Result<[f64; 3], CalcError> {
    let mut total = [0.0; 3];
    for s in Sector::ALL {
        if !include[s.index()] {
            continue;
        }
        // The avoided emissions only, as `calculate_sector` computes them (no shares, no cost:
        // they do not enter the totals, so their factors are not sampled either).
        let c = core(&sectors[s.index()], values, None)?;
        for (t, p) in total.iter_mut().zip(super::Pollutant::ALL) {
            *t += (c.before.get(p) - c.after.get(p)).max(0.0) * c.output / KG_PER_T;
        }
    }
    Ok(total)
}

/// One sector evaluated with every factor at its central, low and high value.
#[derive(Clone, Debug, PartialEq)]
pub struct RangedSector {
    /// Every factor central (with the user's overrides).
    pub central: SectorResult,
    /// Every factor at the low end of its range.
    pub low: SectorResult,
    /// Every factor at the high end.
    pub high: SectorResult,
}

impl RangedSector {
    /// A number of the result as central with its low–high range (smallest and largest of the
    /// three evaluations).
    pub fn ranged(&self, f: impl Fn(&SectorResult) -> f64) -> Ranged {
        Ranged::from_points(f(&self.central), f(&self.low), f(&self.high))
    }

    /// Like [`RangedSector::ranged`] for a number that may be absent (absent if the central
    /// one is).
    pub fn ranged_opt(&self, f: impl Fn(&SectorResult) -> Option<f64>) -> Option<Ranged> {
        let c = f(&self.central)?;
        let lo = f(&self.low).unwrap_or(c);
        let hi = f(&self.high).unwrap_or(c);
        Some(Ranged::from_points(c, lo, hi))
    }
}

/// The calculator's result with ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct UleRanged {
    /// One ranged result (or the central evaluation's error) per sector.
    pub sectors: [Result<RangedSector, CalcError>; 3],
    /// Avoided, t/yr, summed over the sectors that have a result, with range.
    pub total: PerPollutant<Ranged>,
    /// True when every sector has a result.
    pub complete: bool,
}

impl UleRanged {
    /// The result of `sector`.
    pub fn sector(&self, sector: Sector) -> &Result<RangedSector, CalcError> {
        &self.sectors[sector.index()]
    }
}

/// Computes the three sectors at the central, low and high points of the library (with the
/// user's overrides; [`at_three_points`]). A sector whose low or high evaluation fails while
/// the central one succeeds (a factor range crossing a validity bound) takes the central
/// result for that end.
pub fn calculate_ranged(inputs: &UleInputs, library: &Library, overrides: &Overrides) -> UleRanged {
    let three = at_three_points(library, overrides, |v| Ok(calculate(inputs, v)));
    let [c, lo, hi] = match three {
        Ok(t) => t,
        // `calculate` never fails as a whole, so this arm is not reached; it keeps the
        // function total without a panic.
        Err(e) => {
            return UleRanged {
                sectors: [Err(e), Err(e), Err(e)],
                total: PerPollutant::splat(Ranged::exact(0.0)),
                complete: false,
            }
        }
    };
    let [c0, c1, c2] = c.sectors;
    let [l0, l1, l2] = lo.sectors;
    let [h0, h1, h2] = hi.sectors;
    let join = |c: Result<SectorResult, CalcError>,
                l: Result<SectorResult, _>,
                h: Result<SectorResult, _>| {
        c.map(|central| RangedSector {
            low: l.unwrap_or_else(|_| central.clone()),
            high: h.unwrap_or_else(|_| central.clone()),
            central,
        })
    };
    let sectors = [join(c0, l0, h0), join(c1, l1, h1), join(c2, l2, h2)];
    let mut total = PerPollutant::splat(Ranged::exact(0.0));
    for r in sectors.iter().flatten() {
        for p in super::Pollutant::ALL {
            let x = r.ranged(|s| *s.avoided.get(p));
            let t = total.get_mut(p);
            t.central += x.central;
            t.low += x.low;
            t.high += x.high;
        }
    }
    let complete = sectors.iter().all(Result::is_ok);
    UleRanged {
        sectors,
        total,
        complete,
    }
}
