//! One-at-a-time sensitivity: each ranged variable moved alone from its low to its high end,
//! everything else central, for a tornado chart and the "top drivers" sentence.
//!
//! A derived factor that the engine recomputes from its inputs (see [`super`]) is no driver of
//! its own: its inputs are, and moving one moves every factor derived from it, as in the Monte
//! Carlo. The swings rank the variables of the simulation, so the tornado explains its spread
//! (up to interactions, which a one-at-a-time sweep does not see).

use crate::eval::{CalcError, FactorValues};
use crate::factors::Library;
use crate::text::Text;

use super::plan::{Base, Law, Plan};
use super::{eval_row, Failure, VarKind};

/// One driver of a [`Sensitivity`] sweep: a variable moved alone from its low to its high end.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    /// The factor id or input key.
    pub id: String,
    /// Factor or input.
    pub kind: VarKind,
    /// The variable's low end.
    pub low: f64,
    /// Its central value.
    pub central: f64,
    /// Its high end.
    pub high: f64,
    /// Every output with this variable at its low end (everything else central).
    pub at_low: Result<Vec<f64>, Failure>,
    /// Every output with this variable at its high end.
    pub at_high: Result<Vec<f64>, Failure>,
}

impl Swing {
    /// Output `output` with the variable at its low and at its high end, if both gave a result.
    pub fn ends(&self, output: usize) -> Option<(f64, f64)> {
        let lo = self.at_low.as_ref().ok()?.get(output)?;
        let hi = self.at_high.as_ref().ok()?.get(output)?;
        Some((*lo, *hi))
    }

    /// How much output `output` moves as the variable goes from low to high: negative where the
    /// output falls as the variable rises.
    pub fn swing(&self, output: usize) -> Option<f64> {
        self.ends(output).map(|(lo, hi)| hi - lo)
    }

    /// Why one end gave no result, if it did not.
    pub fn failure(&self) -> Option<Failure> {
        self.at_low
            .as_ref()
            .err()
            .or(self.at_high.as_ref().err())
            .copied()
    }

    /// The factor's name in the three languages (`None` for a user input, which the page names).
    pub fn name(&self, library: &Library) -> Option<Text> {
        match self.kind {
            VarKind::Factor => library.get(&self.id).map(|f| f.def.name),
            VarKind::Input => None,
        }
    }
}

/// The result of [`sensitivity`]: one [`Swing`] per variable that has a range, in id order.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    /// Every output at the central point.
    pub central: Vec<f64>,
    /// One per ranged variable, sorted by kind then id. Constants (exact factors, overridden
    /// factors without a range) have no swing.
    pub swings: Vec<Swing>,
}

impl Sensitivity {
    /// The swings ranked by how much they move output `output` (largest |swing| first, ties by
    /// id); swings with a failed end come last, in id order.
    pub fn ranked(&self, output: usize) -> Vec<&Swing> {
        let mut v: Vec<&Swing> = self.swings.iter().collect();
        // The order is total (kind and id tell any two swings apart).
        super::insertion_sort_by(&mut v, |a, b| {
            let key = |s: &Swing| s.swing(output).map(f64::abs);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| (a.kind, &a.id).cmp(&(b.kind, &b.id)))
                == std::cmp::Ordering::Less
        });
        v
    }

    /// The `n` variables that move output `output` most, leaving out those that do not move it.
    pub fn top_drivers(&self, output: usize, n: usize) -> Vec<&Swing> {
        self.ranked(output)
            .into_iter()
            .filter(|s| s.swing(output).is_some_and(|d| d != 0.0))
            .take(n)
            .collect()
    }

    /// `swing`'s share of the sum of every |swing| of output `output` (0–1): "accounts for 62 %
    /// of the one-at-a-time spread". `None` if its swing failed or nothing moves the output.
    pub fn share(&self, output: usize, swing: &Swing) -> Option<f64> {
        let total: f64 = self
            .swings
            .iter()
            .filter_map(|s| s.swing(output))
            .map(f64::abs)
            .sum();
        let own = swing.swing(output)?.abs();
        (total > 0.0).then(|| own / total)
    }
}

pub(crate) fn sweep<F, O>(plan: &Plan, base: Base<'_>, central: Vec<f64>, calc: &F) -> Sensitivity
where
    F: Fn(&dyn FactorValues) -> Result<O, CalcError>,
    O: AsRef<[f64]>,
{
    let m = central.len();
    let mut row = plan.central_row.clone();
    let mut scratch = Vec::new();
    let mut swings = Vec::new();
    for (i, var) in plan.vars.iter().enumerate() {
        if !matches!(var.law, Law::Triangular(_)) {
            continue;
        }
        let mut at = |x: f64| {
            if let Some(slot) = row.get_mut(i) {
                *slot = x;
            }
            plan.fill_derived(&mut row, &mut scratch);
            eval_row(plan, base, &row, m, calc).map(|o| o.as_ref().to_vec())
        };
        let at_low = at(var.low);
        let at_high = at(var.high);
        if let Some(slot) = row.get_mut(i) {
            *slot = var.central;
        }
        plan.fill_derived(&mut row, &mut scratch);
        swings.push(Swing {
            id: var.id.clone(),
            kind: var.kind,
            low: var.low,
            central: var.central,
            high: var.high,
            at_low,
            at_high,
        });
    }
    Sensitivity { central, swings }
}
