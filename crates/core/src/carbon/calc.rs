//! The calculation: a scenario and a set of factor values → kg CO₂e by line, by gas and in total.
//!
//! [`compute`] evaluates a scenario at one set of factor values (a point of the library's ranges,
//! or a Monte Carlo draw); [`evaluate`] runs it at the central, low and high points and gives
//! every number as a [`Ranged`]. [`validate`] lists every problem with the user's inputs at once,
//! so the page can mark each field.

use crate::eval::{non_negative, positive, CalcError, FactorValues, LibraryValues, Overrides};
use crate::eval::{Point, Ranged};
use crate::factors::electricity::{self, EmissionFactor, FootprintFactor};
use crate::factors::Library;
use crate::units::CO2_PER_C;

use super::inputs::{
    Activity, Boundary, CarbonInputs, DirectGas, ElectricityBasis, ElectricityKind, Fuel, FuelUnit,
    FunctionalUnit, Gas, GwpSet, Line, LineId, NonCo2, PriceChoice, Variant, Vehicle,
};

/// Stable key of a line's main quantity (kWh, t, km, count …) in [`CalcError::Input`].
pub const FIELD_QUANTITY: &str = "carbon.line.quantity";
/// Stable key of a fuel line's entered CH₄ factor (kg/TJ).
pub const FIELD_CH4: &str = "carbon.line.ch4";
/// Stable key of a fuel line's entered N₂O factor (kg/TJ).
pub const FIELD_N2O: &str = "carbon.line.n2o";
/// Stable key of the functional unit's amount.
pub const FIELD_FUNCTIONAL_UNIT: &str = "carbon.functional_unit";

/// IPCC 2006 default CH₄ for liquid fuels in stationary combustion, kg/TJ (factors.md C3).
pub const IPCC_LIQUID_CH4: &str = "carbon.ipcc.liquid.ch4";
/// IPCC 2006 default N₂O for liquid fuels in stationary combustion, kg/TJ (factors.md C3).
pub const IPCC_LIQUID_N2O: &str = "carbon.ipcc.liquid.n2o";
/// Diesel, kg CO₂e per litre (UK DESNZ; factors.md A6, secondary).
pub const DIESEL_PER_LITRE: &str = "truck.diesel.co2e_per_litre";

/// Why calculator 3 could not give a result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CarbonError {
    /// An input (or a factor, named by its id in `error`) is unusable. `line` is the line it
    /// belongs to; `None` for a scenario-wide input or factor.
    Input {
        /// The line, if the problem is in one.
        line: Option<LineId>,
        /// What and where.
        error: CalcError,
    },
    /// The electricity basis names a year and type (or scope) with no published factor.
    UnpublishedElectricityFactor(ElectricityBasis),
    /// A mass unit for a gaseous fuel, or a volume unit for a solid or liquid one.
    UnitMismatch {
        /// The line.
        line: LineId,
        /// Its fuel.
        fuel: Fuel,
        /// The unit given.
        unit: FuelUnit,
    },
    /// The IPCC liquid-fuel default for CH₄ and N₂O was asked for a fuel it does not cover.
    NoNonCo2Default {
        /// The line.
        line: LineId,
        /// Its fuel.
        fuel: Fuel,
    },
}

impl CarbonError {
    /// The line the problem is in, if any.
    pub fn line(&self) -> Option<LineId> {
        match self {
            CarbonError::Input { line, .. } => *line,
            CarbonError::UnitMismatch { line, .. } | CarbonError::NoNonCo2Default { line, .. } => {
                Some(*line)
            }
            CarbonError::UnpublishedElectricityFactor(_) => None,
        }
    }
}

impl From<CalcError> for CarbonError {
    fn from(error: CalcError) -> Self {
        CarbonError::Input { line: None, error }
    }
}

fn in_line(line: LineId) -> impl Fn(CalcError) -> CarbonError {
    move |error| CarbonError::Input {
        line: Some(line),
        error,
    }
}

/// A factor read from `values`: finite and ≥ 0 (a user's negative factor is refused here).
fn factor(values: &dyn FactorValues, id: &'static str) -> Result<f64, CalcError> {
    non_negative(id, values.get(id)?)
}

/// The library ids of an electricity basis: the main factor and the T&D factor added to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElectricityFactorIds {
    /// The footprint or emission factor.
    pub main: &'static str,
    /// The transmission-and-distribution footprint factor added to it, if any.
    pub td: Option<&'static str>,
}

impl ElectricityBasis {
    /// The library ids this basis reads, or [`CarbonError::UnpublishedElectricityFactor`].
    /// Looked up (and their unit checked) through [`electricity::footprint`] and
    /// [`electricity::emission`], so a footprint basis can only ever read a life-cycle factor and
    /// an emission basis a CO₂-only one.
    pub fn factor_ids(self) -> Result<ElectricityFactorIds, CarbonError> {
        let lib = Library::standard();
        let unpublished = CarbonError::UnpublishedElectricityFactor(self);
        match self {
            ElectricityBasis::Footprint {
                year,
                generation,
                td,
            } => {
                if !ElectricityBasis::GENERATION_TYPES.contains(&generation) {
                    return Err(unpublished);
                }
                let main = electricity::footprint(lib, year, generation)
                    .ok_or(unpublished)?
                    .factor
                    .id();
                let td = match td {
                    Some(k) => Some(
                        electricity::footprint(lib, year, k.generation_type())
                            .ok_or(unpublished)?
                            .factor
                            .id(),
                    ),
                    None => None,
                };
                Ok(ElectricityFactorIds { main, td })
            }
            ElectricityBasis::Emission { year, scope } => {
                let main = electricity::emission(lib, year, scope)
                    .ok_or(unpublished)?
                    .factor
                    .id();
                Ok(ElectricityFactorIds { main, td: None })
            }
        }
    }
}

/// The electricity factor at one point, as its own kind.
#[derive(Clone, Copy, Debug)]
enum ElectricityFactor {
    Footprint(FootprintFactor),
    Emission(EmissionFactor),
}

impl ElectricityFactor {
    /// kg of the factor's gas for `kwh`, and that gas: life-cycle CO₂e (not split by gas) or
    /// CO₂.
    fn emissions(self, kwh: f64) -> (Gas, f64) {
        match self {
            ElectricityFactor::Footprint(f) => (Gas::Unsplit, f.kg_co2e(kwh)),
            ElectricityFactor::Emission(f) => (Gas::Co2, f.kg_co2(kwh)),
        }
    }
}

/// kg CO₂e by gas, indexed by [`Gas::index`].
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ByGas(pub [f64; 5]);

impl ByGas {
    /// The gases in display order.
    pub const GASES: [Gas; 5] = [Gas::Co2, Gas::Ch4, Gas::N2o, Gas::Pfc, Gas::Unsplit];

    /// kg CO₂e of `gas`.
    pub fn get(&self, gas: Gas) -> f64 {
        self.0[gas.index()]
    }

    fn add(&mut self, gas: Gas, kg: f64) {
        self.0[gas.index()] += kg;
    }

    fn add_all(&mut self, other: &ByGas) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }

    /// Sum over the gases, kg CO₂e.
    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }
}

/// Where a line's emissions happen: on site (combustion, process, tailpipe), in generating the
/// electricity used, or as the user entered them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    /// Fuels, processes and tailpipes: the direct emissions.
    OnSite,
    /// Electricity used: indirect emissions at the scenario's electricity factor.
    Electricity,
    /// Direct entries (whatever the user says they cover).
    Entered,
}

/// One factor a line used, with the value it had at this point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Term {
    /// Factor id.
    pub id: &'static str,
    /// Its value, in the factor's unit.
    pub value: f64,
}

/// One line at one point.
#[derive(Clone, Debug, PartialEq)]
pub struct LineOutcome {
    /// The line's id.
    pub id: LineId,
    /// Its variant.
    pub variant: Variant,
    /// Where its emissions happen.
    pub stream: Stream,
    /// kg CO₂e by gas.
    pub by_gas: ByGas,
    /// The quantity in the unit the formula starts from: kWh (electricity), the count
    /// (per-unit electricity), t or 10⁴ Nm³ (fuels), km (vehicles), t (processes), kg (direct).
    pub quantity: f64,
    /// Electricity used, kWh (lines that use electricity).
    pub kwh: Option<f64>,
    /// Fuel energy, TJ (fuel lines).
    pub energy_tj: Option<f64>,
    /// Litres of diesel (diesel trucks).
    pub litres: Option<f64>,
    /// The factors used, in the order the formula multiplies them.
    pub terms: Vec<Term>,
}

impl LineOutcome {
    /// kg CO₂e of the line.
    pub fn kg_co2e(&self) -> f64 {
        self.by_gas.total()
    }
}

/// The sums of one variant at one point.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Totals {
    /// kg CO₂e by gas.
    pub by_gas: ByGas,
    /// kg CO₂e on site (the "tailpipe" of a vehicle).
    pub on_site: f64,
    /// kg CO₂e from electricity.
    pub electricity: f64,
    /// kg CO₂e entered directly.
    pub entered: f64,
}

impl Totals {
    /// kg CO₂e in all.
    pub fn total(&self) -> f64 {
        self.by_gas.total()
    }

    fn add(&mut self, line: &LineOutcome) {
        self.by_gas.add_all(&line.by_gas);
        let kg = line.kg_co2e();
        match line.stream {
            Stream::OnSite => self.on_site += kg,
            Stream::Electricity => self.electricity += kg,
            Stream::Entered => self.entered += kg,
        }
    }
}

/// A scenario at one point of the factors.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Each line, in input order.
    pub lines: Vec<LineOutcome>,
    /// The baseline's sums (every line, when the scenario is not a comparison).
    pub baseline: Totals,
    /// The alternative's sums, when any line is an alternative.
    pub alternative: Option<Totals>,
    /// The carbon price, yuan per t CO₂e.
    pub price_yuan_per_t: f64,
    /// The functional unit's amount (> 0).
    pub functional_units: f64,
}

/// Checks one line's inputs (not its factors); every problem, not just the first.
fn check_line(line: &Line) -> Vec<CarbonError> {
    let mut out = Vec::new();
    let mut q = |x: f64| {
        if let Err(e) = non_negative(FIELD_QUANTITY, x) {
            out.push(in_line(line.id)(e));
        }
    };
    match line.activity {
        Activity::Electricity { amount, .. } | Activity::Direct { amount, .. } => q(amount),
        Activity::ElectricityUse { count, .. } => q(count),
        Activity::Vehicle { km, .. } => q(km),
        Activity::Process { tonnes, .. } => q(tonnes),
        Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2,
        } => {
            q(amount);
            if !fuel.accepts(unit) {
                out.push(CarbonError::UnitMismatch {
                    line: line.id,
                    fuel,
                    unit,
                });
            }
            match non_co2 {
                NonCo2::Omit => {}
                NonCo2::IpccLiquidStationary => {
                    if !fuel.has_liquid_default() {
                        out.push(CarbonError::NoNonCo2Default {
                            line: line.id,
                            fuel,
                        });
                    }
                }
                NonCo2::Entered {
                    ch4_kg_per_tj,
                    n2o_kg_per_tj,
                } => {
                    for (field, x) in [(FIELD_CH4, ch4_kg_per_tj), (FIELD_N2O, n2o_kg_per_tj)] {
                        if let Err(e) = non_negative(field, x) {
                            out.push(in_line(line.id)(e));
                        }
                    }
                }
            }
        }
    }
    out
}

/// Every problem with the scenario's inputs (not its factors): each line's, the functional
/// unit's and the electricity basis's. Empty when [`compute`] can run (unless a factor the user
/// changed is unusable, which `compute` reports).
pub fn validate(inputs: &CarbonInputs) -> Vec<CarbonError> {
    let mut out: Vec<CarbonError> = inputs.lines.iter().flat_map(check_line).collect();
    if let Err(e) = positive(FIELD_FUNCTIONAL_UNIT, inputs.functional_unit.amount) {
        out.push(e.into());
    }
    if let Err(e) = inputs.electricity.factor_ids() {
        out.push(e);
    }
    out
}

/// Reads what every electricity line of the scenario multiplies by.
fn electricity_factor(
    basis: ElectricityBasis,
    values: &dyn FactorValues,
) -> Result<(ElectricityFactor, Vec<Term>), CarbonError> {
    let ids = basis.factor_ids()?;
    let main = factor(values, ids.main)?;
    let mut terms = vec![Term {
        id: ids.main,
        value: main,
    }];
    let f = match basis.kind() {
        ElectricityKind::Footprint => {
            let td = match ids.td {
                Some(id) => {
                    let v = factor(values, id)?;
                    terms.push(Term { id, value: v });
                    v
                }
                None => 0.0,
            };
            ElectricityFactor::Footprint(FootprintFactor::new(main + td))
        }
        ElectricityKind::Emission => ElectricityFactor::Emission(EmissionFactor::new(main)),
    };
    Ok((f, terms))
}

/// What the lines share at one point: the electricity factor and the GWPs.
struct Shared<'a> {
    values: &'a dyn FactorValues,
    electricity: ElectricityFactor,
    electricity_terms: Vec<Term>,
    gwp: GwpSet,
}

impl Shared<'_> {
    fn term(&self, terms: &mut Vec<Term>, id: &'static str) -> Result<f64, CalcError> {
        let value = factor(self.values, id)?;
        terms.push(Term { id, value });
        Ok(value)
    }
}

/// A fuel line: adds its gases to `by_gas` and returns the fuel's energy, TJ.
///
/// quantity (t or 10⁴ Nm³) × NCV (GJ per that) × 10⁻³ = TJ; TJ × carbon content (t C/TJ) ×
/// oxidation × 44/12 = t CO₂ (× 10³ = kg); CH₄ and N₂O: TJ × kg/TJ × GWP₁₀₀.
fn fuel_line(
    fuel: Fuel,
    natural: f64,
    non_co2: NonCo2,
    s: &Shared<'_>,
    by_gas: &mut ByGas,
    terms: &mut Vec<Term>,
) -> Result<f64, CalcError> {
    let ncv = s.term(terms, fuel.ncv_id())?;
    let cc = s.term(terms, fuel.cc_id())?;
    let of = s.term(terms, fuel.of_id())?;
    let tj = natural * ncv * 1e-3;
    by_gas.add(Gas::Co2, tj * cc * of * CO2_PER_C * 1e3);
    let (ch4, n2o) = match non_co2 {
        NonCo2::Omit => return Ok(tj),
        NonCo2::IpccLiquidStationary => (
            s.term(terms, IPCC_LIQUID_CH4)?,
            s.term(terms, IPCC_LIQUID_N2O)?,
        ),
        NonCo2::Entered {
            ch4_kg_per_tj,
            n2o_kg_per_tj,
        } => (ch4_kg_per_tj, n2o_kg_per_tj),
    };
    let gwp_ch4 = s.term(terms, s.gwp.ch4_id())?;
    let gwp_n2o = s.term(terms, s.gwp.n2o_id())?;
    by_gas.add(Gas::Ch4, tj * ch4 * gwp_ch4);
    by_gas.add(Gas::N2o, tj * n2o * gwp_n2o);
    Ok(tj)
}

fn line_outcome(line: &Line, s: &Shared<'_>) -> Result<LineOutcome, CarbonError> {
    if let Some(e) = check_line(line).into_iter().next() {
        return Err(e);
    }
    let err = in_line(line.id);
    let mut terms = Vec::new();
    let mut by_gas = ByGas::default();
    let mut out = LineOutcome {
        id: line.id,
        variant: line.variant,
        stream: Stream::OnSite,
        by_gas,
        quantity: 0.0,
        kwh: None,
        energy_tj: None,
        litres: None,
        terms: Vec::new(),
    };
    let electricity = |kwh: f64, by_gas: &mut ByGas, terms: &mut Vec<Term>| {
        let (gas, kg) = s.electricity.emissions(kwh);
        by_gas.add(gas, kg);
        terms.extend(s.electricity_terms.iter().copied());
    };
    match line.activity {
        Activity::Electricity { amount, unit } => {
            let kwh = amount * unit.to_kwh();
            out.stream = Stream::Electricity;
            out.quantity = kwh;
            out.kwh = Some(kwh);
            electricity(kwh, &mut by_gas, &mut terms);
        }
        Activity::ElectricityUse { benchmark, count } => {
            let per = s.term(&mut terms, benchmark.factor_id()).map_err(&err)?;
            let kwh = count * per;
            out.stream = Stream::Electricity;
            out.quantity = count;
            out.kwh = Some(kwh);
            electricity(kwh, &mut by_gas, &mut terms);
        }
        Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2,
        } => {
            let natural = amount * unit.to_natural();
            let tj = fuel_line(fuel, natural, non_co2, s, &mut by_gas, &mut terms).map_err(&err)?;
            out.quantity = natural;
            out.energy_tj = Some(tj);
        }
        Activity::Vehicle { vehicle, km } => {
            let per = s.term(&mut terms, vehicle.consumption_id()).map_err(&err)?;
            out.quantity = km;
            match vehicle {
                Vehicle::DieselTruck => {
                    // km × L/100 km ÷ 100 = L; L × kg CO₂e/L. DESNZ gives CO₂e, not split.
                    let litres = km * per / 100.0;
                    let kg_per_l = s.term(&mut terms, DIESEL_PER_LITRE).map_err(&err)?;
                    by_gas.add(Gas::Unsplit, litres * kg_per_l);
                    out.litres = Some(litres);
                }
                Vehicle::ElectricTruck => {
                    let kwh = km * per;
                    out.stream = Stream::Electricity;
                    out.kwh = Some(kwh);
                    electricity(kwh, &mut by_gas, &mut terms);
                }
            }
        }
        Activity::Process { process, tonnes } => {
            let f = s.term(&mut terms, process.factor_id()).map_err(&err)?;
            by_gas.add(process.gas(), tonnes * f * process.kg_per_factor_unit());
            out.quantity = tonnes;
        }
        Activity::Direct { amount, unit, gas } => {
            let kg = amount * unit.to_kg();
            let (g, co2e) = match gas {
                DirectGas::Co2e => (Gas::Unsplit, kg),
                DirectGas::Co2 => (Gas::Co2, kg),
                DirectGas::Ch4 => (
                    Gas::Ch4,
                    kg * s.term(&mut terms, s.gwp.ch4_id()).map_err(&err)?,
                ),
                DirectGas::N2o => (
                    Gas::N2o,
                    kg * s.term(&mut terms, s.gwp.n2o_id()).map_err(&err)?,
                ),
            };
            by_gas.add(g, co2e);
            out.stream = Stream::Entered;
            out.quantity = kg;
        }
    }
    out.by_gas = by_gas;
    out.terms = terms;
    // No NaN or ∞ may leave the core: with inputs and factors ≤ 10¹⁵ the products stay finite,
    // but a sum is checked rather than assumed.
    if !out.kg_co2e().is_finite() {
        return Err(err(CalcError::Input {
            field: FIELD_QUANTITY,
            problem: crate::eval::Problem::TooLarge,
        }));
    }
    Ok(out)
}

/// The scenario at one set of factor values.
///
/// * Electricity: kWh × the basis's factor (+ the T&D factor for a footprint basis that adds
///   it). A footprint factor gives life-cycle CO₂e (not split by gas); an emission factor CO₂.
/// * Fuels: quantity (t or 10⁴ Nm³) × NCV × 10⁻³ (TJ) × carbon content × oxidation × 44/12;
///   CH₄ and N₂O: TJ × kg/TJ × GWP₁₀₀.
/// * Vehicles: km × consumption; diesel × 2.66 kg CO₂e/L, electric × the electricity factor.
/// * Processes: t × factor (kg or t per t).
/// * Direct entries: kg (× GWP₁₀₀ for CH₄ and N₂O).
pub fn compute(inputs: &CarbonInputs, values: &dyn FactorValues) -> Result<Outcome, CarbonError> {
    let functional_units = positive(FIELD_FUNCTIONAL_UNIT, inputs.functional_unit.amount)?;
    let (electricity, electricity_terms) = electricity_factor(inputs.electricity, values)?;
    let shared = Shared {
        values,
        electricity,
        electricity_terms,
        gwp: inputs.gwp,
    };
    let lines = inputs
        .lines
        .iter()
        .map(|l| line_outcome(l, &shared))
        .collect::<Result<Vec<_>, _>>()?;
    let mut baseline = Totals::default();
    let mut alternative = inputs.is_comparison().then(Totals::default);
    for l in &lines {
        match (l.variant, alternative.as_mut()) {
            (Variant::Alternative, Some(alt)) => alt.add(l),
            _ => baseline.add(l),
        }
    }
    let price_yuan_per_t = factor(values, inputs.price.factor_id())?;
    // A functional unit so small that a total per unit overflows (e.g. 1e-308 pieces) is refused
    // at that field: no ∞ reaches the page.
    let per_unit_finite = |t: &Totals| (t.total() / functional_units).is_finite();
    if !per_unit_finite(&baseline) || alternative.as_ref().is_some_and(|a| !per_unit_finite(a)) {
        return Err(CalcError::Input {
            field: FIELD_FUNCTIONAL_UNIT,
            problem: crate::eval::Problem::TooLarge,
        }
        .into());
    }
    Ok(Outcome {
        lines,
        baseline,
        alternative,
        price_yuan_per_t,
        functional_units,
    })
}

/// Stable key of the error [`headline`] gives when the scenario itself cannot be computed
/// (an unpublished electricity factor, a unit mismatch, no non-CO₂ default): not an input's or
/// a factor's problem, so it has no [`CalcError`] of its own. The page shows the
/// [`CarbonError`] from [`evaluate`] instead.
pub const SCENARIO_ERROR: &str = "carbon.scenario";

/// The numbers the page gives a Monte Carlo range for, kg CO₂e: the baseline's total, the
/// alternative's total and the change (alternative − baseline), in that order; without a
/// comparison the last two are 0 (a fixed-size array: no allocation per sample).
///
/// A function of [`FactorValues`] returning [`CalcError`], for
/// [`crate::uncertainty::analyse`]. Every factor is read through `values` (the electricity
/// factors included: [`ElectricityBasis::factor_ids`] only names them), so each one's range is
/// sampled and a factor the user changed is a constant.
///
/// # Errors
/// The [`CalcError`] of an input or a factor; [`SCENARIO_ERROR`] for the other
/// [`CarbonError`]s (which no sample can change: they depend on the inputs only).
pub fn headline(inputs: &CarbonInputs, values: &dyn FactorValues) -> Result<[f64; 3], CalcError> {
    let o = compute(inputs, values).map_err(|e| match e {
        CarbonError::Input { error, .. } => error,
        _ => CalcError::MissingFactor(SCENARIO_ERROR),
    })?;
    let base = o.baseline.total();
    Ok(match o.alternative {
        Some(alt) => [base, alt.total(), alt.total() - base],
        None => [base, 0.0, 0.0],
    })
}

// ---- Ranged results

/// A line's result with its range.
#[derive(Clone, Debug, PartialEq)]
pub struct LineResult {
    /// The line at the central point (quantity, kWh, TJ and the factors used, with values).
    pub central: LineOutcome,
    /// kg CO₂e.
    pub kg_co2e: Ranged,
    /// kg CO₂e by gas ([`ByGas::GASES`] order).
    pub by_gas: [Ranged; 5],
}

/// A variant's sums with their ranges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TotalsResult {
    /// kg CO₂e in all.
    pub kg_co2e: Ranged,
    /// kg CO₂e by gas ([`ByGas::GASES`] order).
    pub by_gas: [Ranged; 5],
    /// kg CO₂e on site (fuels, processes, tailpipes).
    pub on_site: Ranged,
    /// kg CO₂e from electricity.
    pub electricity: Ranged,
    /// kg CO₂e entered directly.
    pub entered: Ranged,
    /// kg CO₂e per functional unit.
    pub per_functional_unit: Ranged,
    /// The total valued at the carbon price, yuan.
    pub cost_yuan: Ranged,
}

/// The alternative minus the baseline (negative: the alternative emits less).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// kg CO₂e in all ("net").
    pub kg_co2e: Ranged,
    /// kg CO₂e on site (the "tailpipe" change).
    pub on_site: Ranged,
    /// kg CO₂e from electricity.
    pub electricity: Ranged,
    /// Yuan at the carbon price.
    pub cost_yuan: Ranged,
}

/// Calculator 3's result: every number with its range, and the choices it was made with.
#[derive(Clone, Debug, PartialEq)]
pub struct CarbonResult {
    /// Each line.
    pub lines: Vec<LineResult>,
    /// The baseline (all lines when the scenario is not a comparison).
    pub baseline: TotalsResult,
    /// The alternative, in a comparison.
    pub alternative: Option<TotalsResult>,
    /// Alternative − baseline, in a comparison.
    pub change: Option<Change>,
    /// The carbon price, yuan per t CO₂e.
    pub price_yuan_per_t: Ranged,
    /// The electricity basis (the one for every electricity line).
    pub electricity: ElectricityBasis,
    /// The kind actually used by some line (`None` when no line uses electricity).
    pub electricity_used: Option<ElectricityKind>,
    /// The GWP set (used when `uses_gwp`).
    pub gwp: GwpSet,
    /// True when a line weighs CH₄ or N₂O by the GWP set.
    pub uses_gwp: bool,
    /// The functional unit.
    pub functional_unit: FunctionalUnit,
    /// The declared boundary.
    pub boundary: Boundary,
    /// The carbon price chosen.
    pub price: PriceChoice,
    /// Every factor id the result depends on, once each, in first-use order (for citations and
    /// the "rests on unverified values" notice).
    pub factors_used: Vec<&'static str>,
}

fn ranged3(points: &[Outcome; 3], f: impl Fn(&Outcome) -> f64) -> Ranged {
    Ranged::from_points(f(&points[0]), f(&points[1]), f(&points[2]))
}

fn totals_result(points: &[Outcome; 3], pick: impl Fn(&Outcome) -> Totals) -> TotalsResult {
    let r = |f: &dyn Fn(&Outcome, &Totals) -> f64| ranged3(points, |o| f(o, &pick(o)));
    TotalsResult {
        kg_co2e: r(&|_, t| t.total()),
        by_gas: ByGas::GASES.map(|g| r(&|_, t| t.by_gas.get(g))),
        on_site: r(&|_, t| t.on_site),
        electricity: r(&|_, t| t.electricity),
        entered: r(&|_, t| t.entered),
        per_functional_unit: r(&|o, t| t.total() / o.functional_units),
        cost_yuan: r(&|o, t| t.total() / 1e3 * o.price_yuan_per_t),
    }
}

/// The scenario at the central, low and high points of the library (with the user's changed
/// factors), every number as a [`Ranged`].
///
/// The range is the bound method of [`crate::eval::at_three_points`]: all factors at their low
/// ends, then all at their high ends. It is exact for sums of products of factors, which is what
/// this calculator computes; a difference between variants can move either way, so its range
/// is only the spread of the three evaluations (the Monte Carlo engine gives percentiles).
pub fn evaluate(
    inputs: &CarbonInputs,
    library: &Library,
    overrides: &Overrides,
) -> Result<CarbonResult, CarbonError> {
    let at = |point| {
        compute(
            inputs,
            &LibraryValues {
                library,
                overrides,
                point,
            },
        )
    };
    let points = [at(Point::Central)?, at(Point::Low)?, at(Point::High)?];
    let lines = (0..points[0].lines.len())
        .map(|i| {
            let line = |o: &Outcome| o.lines.get(i).map_or(ByGas::default(), |l| l.by_gas);
            LineResult {
                central: points[0].lines[i].clone(),
                kg_co2e: ranged3(&points, |o| line(o).total()),
                by_gas: ByGas::GASES.map(|g| ranged3(&points, |o| line(o).get(g))),
            }
        })
        .collect();
    let baseline = totals_result(&points, |o| o.baseline);
    let alternative = points[0]
        .alternative
        .map(|_| totals_result(&points, |o| o.alternative.unwrap_or_default()));
    let change = alternative.map(|_| {
        let d = |f: &dyn Fn(&Totals) -> f64| {
            ranged3(&points, |o| {
                o.alternative.as_ref().map_or(0.0, f) - f(&o.baseline)
            })
        };
        Change {
            kg_co2e: d(&Totals::total),
            on_site: d(&|t| t.on_site),
            electricity: d(&|t| t.electricity),
            cost_yuan: ranged3(&points, |o| {
                let alt = o.alternative.as_ref().map_or(0.0, Totals::total);
                (alt - o.baseline.total()) / 1e3 * o.price_yuan_per_t
            }),
        }
    });
    let mut factors_used: Vec<&'static str> = Vec::new();
    for id in points[0]
        .lines
        .iter()
        .flat_map(|l| l.terms.iter().map(|t| t.id))
        .chain([inputs.price.factor_id()])
    {
        if !factors_used.contains(&id) {
            factors_used.push(id);
        }
    }
    let gwp_ids = [inputs.gwp.ch4_id(), inputs.gwp.n2o_id()];
    Ok(CarbonResult {
        lines,
        baseline,
        alternative,
        change,
        price_yuan_per_t: ranged3(&points, |o| o.price_yuan_per_t),
        electricity: inputs.electricity,
        electricity_used: inputs
            .lines
            .iter()
            .any(|l| l.activity.uses_electricity())
            .then(|| inputs.electricity.kind()),
        gwp: inputs.gwp,
        uses_gwp: factors_used.iter().any(|id| gwp_ids.contains(id)),
        functional_unit: inputs.functional_unit,
        boundary: inputs.boundary,
        price: inputs.price,
        factors_used,
    })
}
