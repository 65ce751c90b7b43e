//! The calculation: a [`Scenario`] and factor values → t TP/yr avoided per measure and in total,
//! and the equivalences.

use super::inputs::{
    Baseline, DirectLoad, Efficiency, Effluent, Farmland, Industrial, Livestock, LoadId,
    LossCoefficient, ManureP, MeasureId, MeasureKind, PlantUpgrade, Scenario,
};
use super::quantity::{manure_load, Concentration, Days, Flow, Hectares, Load};
use crate::eval::{non_negative, positive, share, CalcError, FactorValues, Problem, Ranged};

/// The stable keys of the calculator's inputs, as [`CalcError::Input`] names them. Inputs of a
/// measure or a shared load use the same key in every measure: the error belongs to the measure
/// or load it is reported on.
pub mod field {
    /// Operating days per year.
    pub const DAYS: &str = "tp.days";
    /// A flow, m³/d.
    pub const FLOW: &str = "tp.flow";
    /// Concentration before, mg/L.
    pub const BEFORE: &str = "tp.before";
    /// Concentration after, mg/L.
    pub const AFTER: &str = "tp.after";
    /// Area, ha.
    pub const AREA: &str = "tp.area";
    /// The user's loss coefficient, kg P/(ha·yr).
    pub const COEFFICIENT: &str = "tp.coefficient";
    /// Removal share, 0–1.
    pub const REMOVAL: &str = "tp.removal";
    /// Number of animals.
    pub const HEADS: &str = "tp.heads";
    /// Manure per animal per year, t.
    pub const MANURE_PER_HEAD: &str = "tp.manure_per_head";
    /// The user's manure TP content, kg/t.
    pub const MANURE_P: &str = "tp.manure_p";
    /// A load entered directly, t/yr.
    pub const LOAD: &str = "tp.load";
    /// A removal efficiency on a shared load, 0–1.
    pub const EFFICIENCY: &str = "tp.efficiency";
    /// The shared load an efficiency measure acts on (reported as
    /// [`Problem::NotFinite`](crate::eval::Problem::NotFinite) when it does not exist).
    pub const SHARED_LOAD: &str = "tp.shared_load";
    /// A shared load's baseline entered directly, t/yr.
    pub const BASELINE: &str = "tp.baseline";
    /// A shared load's concentration, mg/L.
    pub const CONCENTRATION: &str = "tp.concentration";
}

/// The most operating days a year can have.
const MAX_DAYS: f64 = 366.0;

/// The numbers a measure was computed from, at the central point, for the "how this is
/// computed" panel. Loads are t/yr, shares 0–1.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// Plant or industrial: `flow × (before − after) × days × 10⁻⁶`.
    Concentration {
        /// m³/d.
        flow: f64,
        /// mg/L.
        before: f64,
        /// mg/L.
        after: f64,
        /// Days per year.
        days: f64,
    },
    /// Farmland: `area × coefficient × 10⁻³ × removal`.
    Farmland {
        /// ha.
        area: f64,
        /// kg P/(ha·yr).
        coefficient: f64,
        /// 0–1.
        removal: f64,
        /// The loss before the measure, t/yr.
        baseline: f64,
    },
    /// Livestock: `heads × manure_per_head × manure_p × 10⁻³ × removal`.
    Livestock {
        /// Animals.
        heads: f64,
        /// t manure per animal per year.
        manure_per_head: f64,
        /// kg TP per t manure.
        manure_p: f64,
        /// 0–1.
        removal: f64,
        /// TP in the manure, t/yr.
        baseline: f64,
    },
    /// Entered directly.
    Direct {
        /// t/yr.
        load: f64,
    },
    /// An efficiency on a shared load: `baseline × remaining × efficiency`, where `remaining`
    /// is Π(1 − ηⱼ) over the measures on the same load listed before this one.
    Efficiency {
        /// The shared load.
        load: LoadId,
        /// Its baseline, t/yr.
        baseline: f64,
        /// This measure's η.
        efficiency: f64,
        /// Share of the baseline left when this measure acts.
        remaining: f64,
    },
}

/// The numbers a shared load's baseline was computed from, at the central point.
#[derive(Clone, Debug, PartialEq)]
pub enum BaselineDetail {
    /// Entered, t/yr.
    Entered {
        /// t/yr.
        load: f64,
    },
    /// `flow × concentration × days × 10⁻⁶`.
    Flow {
        /// m³/d.
        flow: f64,
        /// mg/L.
        concentration: f64,
        /// Days per year.
        days: f64,
    },
    /// `area × coefficient × 10⁻³`.
    Farmland {
        /// ha.
        area: f64,
        /// kg P/(ha·yr).
        coefficient: f64,
    },
}

/// One measure's result. `V` is `f64` at one point of the factor ranges ([`compute`]) and
/// [`Ranged`] over the three points ([`evaluate`]).
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureResult<V = Ranged> {
    /// TP avoided, t/yr.
    pub avoided: V,
    /// The numbers it was computed from (central point).
    pub detail: Detail,
    /// The library factors it read, by id.
    pub factors: Vec<&'static str>,
}

/// A measure and its result (or why it has none yet).
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureOutcome<V = Ranged> {
    /// The measure's id.
    pub id: MeasureId,
    /// Its result, or the input it still needs.
    pub result: Result<MeasureResult<V>, CalcError>,
}

/// One shared load's result.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedLoadResult<V = Ranged> {
    /// The load before any measure, t/yr.
    pub baseline: V,
    /// The combined removal of its complete measures, 1 − Π(1 − ηᵢ) (inputs only: the same at
    /// every point).
    pub combined: f64,
    /// TP avoided on this load, t/yr (= baseline × combined).
    pub avoided: V,
    /// How many measures act on it with a complete input.
    pub counted: usize,
    /// The numbers the baseline was computed from (central point).
    pub detail: BaselineDetail,
    /// The library factors the baseline read, by id.
    pub factors: Vec<&'static str>,
}

/// A shared load and its result.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedLoadOutcome<V = Ranged> {
    /// The load's id.
    pub id: LoadId,
    /// Its result, or the input its baseline still needs.
    pub result: Result<SharedLoadResult<V>, CalcError>,
}

/// The total against the report's figures (factors `tp.report.*`).
#[derive(Clone, Debug, PartialEq)]
pub struct ReportComparison<V = Ranged> {
    /// The report's 2025 reduction, t (used as t/yr; the report does not say).
    pub reduction: V,
    /// The report's number of projects ("more than 2,400").
    pub projects: f64,
    /// Reduction ÷ projects, t/yr per project (derived; an upper bound, as the count is a
    /// lower bound).
    pub per_project: V,
    /// Effluent TP before the average project's plant upgrade, Class 1B of plants built from
    /// 2006, mg/L.
    pub class_1b: f64,
    /// Effluent TP after it, Class 1A, mg/L.
    pub class_1a: f64,
    /// The plant flow whose upgrade from Class 1B to 1A (plants built from 2006) avoids one
    /// average project's load over the scenario's days: per project ÷ ((1B − 1A) × days) × 10⁶,
    /// m³/d.
    pub equivalent_flow: V,
    /// The scenario's total ÷ the report's reduction, 0–∞.
    pub share: V,
    /// The scenario's total ÷ the average project: how many average projects it equals.
    pub projects_equivalent: V,
}

/// The total against the national discharge of the 2nd pollution-source census (2017).
#[derive(Clone, Debug, PartialEq)]
pub struct NationalComparison<V = Ranged> {
    /// National TP discharge, t/yr: agriculture ÷ agriculture's share (derived).
    pub discharge: V,
    /// The scenario's total ÷ the national discharge.
    pub share: V,
}

/// The algal biomass the avoided phosphorus could at most have grown (Redfield stoichiometry):
/// a stoichiometric ceiling, not an observed bloom reduction.
#[derive(Clone, Debug, PartialEq)]
pub struct Algae<V = Ranged> {
    /// Dry biomass, t/yr.
    pub dry: V,
    /// Wet biomass, t/yr.
    pub wet: V,
}

/// The volume of water the avoided load would bring exactly to a GB 3838 class limit.
#[derive(Clone, Debug, PartialEq)]
pub struct Dilution<V = Ranged> {
    /// The factor holding the limit.
    pub factor: &'static str,
    /// The limit, mg/L (central point).
    pub limit: f64,
    /// Volume, m³/yr.
    pub volume: V,
}

/// Everything calculator 2 computes.
#[derive(Clone, Debug, PartialEq)]
pub struct Results<V = Ranged> {
    /// Each measure, in the scenario's order.
    pub measures: Vec<MeasureOutcome<V>>,
    /// Each shared load, in the scenario's order.
    pub shared_loads: Vec<SharedLoadOutcome<V>>,
    /// TP avoided by every complete measure, t/yr: independent reductions plus each shared
    /// load's combined reduction.
    pub total: V,
    /// Measures left out of the total because an input is missing or wrong.
    pub incomplete: usize,
    /// Against the report.
    pub report: ReportComparison<V>,
    /// Against the national discharge.
    pub national: NationalComparison<V>,
    /// Algal-biomass ceiling.
    pub algae: Algae<V>,
    /// Dilution equivalence.
    pub dilution: Dilution<V>,
    /// The library factors the summary read (report, census, algae, limits), by id.
    pub factors: Vec<&'static str>,
}

/// Ids of the factors the summary reads.
mod ids {
    pub const REPORT_PROJECTS: &str = "tp.report.projects_2025";
    pub const CLASS_1A: &str = "tp.gb18918.new.1a";
    pub const CLASS_1B: &str = "tp.gb18918.new.1b";
    pub const CENSUS_AGRI: &str = "tp.census2017.agri";
    pub const CENSUS_AGRI_SHARE: &str = "tp.census2017.agri_share";
    pub const ALGAE_DRY: &str = "tp.algae.dry_per_kg_p";
    pub const ALGAE_WET: &str = "tp.algae.wet_per_kg_p";
}

/// A required input: `None` (not entered yet) is [`Problem::NotFinite`].
fn required(field: &'static str, x: Option<f64>) -> Result<f64, CalcError> {
    x.ok_or(CalcError::Input {
        field,
        problem: Problem::NotFinite,
    })
}

/// A required input ≥ 0.
fn entered(field: &'static str, x: Option<f64>) -> Result<f64, CalcError> {
    non_negative(field, required(field, x)?)
}

/// A computed value that must be a finite number: a quotient by a tiny user-changed factor
/// can overflow, and ∞ must never reach the page. Reported on `field`, the input to check.
fn finite(field: &'static str, x: f64) -> Result<f64, CalcError> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(CalcError::Input {
            field,
            problem: Problem::TooLarge,
        })
    }
}

/// A factor read and checked ≥ 0 (a user's change of it could be anything).
fn factor(f: &dyn FactorValues, id: &'static str) -> Result<f64, CalcError> {
    non_negative(id, f.get(id)?)
}

/// A factor read and checked > 0 (it divides).
fn divisor(f: &dyn FactorValues, id: &'static str) -> Result<f64, CalcError> {
    positive(id, f.get(id)?)
}

fn effluent(
    f: &dyn FactorValues,
    e: Effluent,
    field: &'static str,
    used: &mut Vec<&'static str>,
) -> Result<f64, CalcError> {
    match e {
        Effluent::Class(c) => {
            used.push(c.factor_id());
            factor(f, c.factor_id())
        }
        Effluent::Entered(x) => entered(field, x),
    }
}

fn loss_coefficient(
    f: &dyn FactorValues,
    c: LossCoefficient,
    used: &mut Vec<&'static str>,
) -> Result<f64, CalcError> {
    match c {
        LossCoefficient::YangtzeMidLower => {
            used.push(LossCoefficient::FACTOR);
            factor(f, LossCoefficient::FACTOR)
        }
        LossCoefficient::Entered(x) => entered(field::COEFFICIENT, x),
    }
}

/// `flow × (before − after) × days`, refusing an "after" above "before".
fn concentration_change(
    flow: f64,
    before: f64,
    after: f64,
    days: f64,
) -> Result<MeasureResult<f64>, CalcError> {
    if after > before {
        return Err(CalcError::Input {
            field: field::AFTER,
            problem: Problem::AfterAboveBefore,
        });
    }
    let avoided = Flow(flow).load(Concentration(before - after), Days(days));
    Ok(MeasureResult {
        avoided: avoided.0,
        detail: Detail::Concentration {
            flow,
            before,
            after,
            days,
        },
        factors: Vec::new(),
    })
}

fn plant(
    p: &PlantUpgrade,
    days: f64,
    f: &dyn FactorValues,
    used: &mut Vec<&'static str>,
) -> Result<MeasureResult<f64>, CalcError> {
    let flow = entered(field::FLOW, p.flow)?;
    let before = effluent(f, p.before, field::BEFORE, used)?;
    let after = effluent(f, p.after, field::AFTER, used)?;
    concentration_change(flow, before, after, days)
}

fn industrial(i: &Industrial, days: f64) -> Result<MeasureResult<f64>, CalcError> {
    let flow = entered(field::FLOW, i.flow)?;
    let before = entered(field::BEFORE, i.before)?;
    let after = entered(field::AFTER, i.after)?;
    concentration_change(flow, before, after, days)
}

fn farmland(
    m: &Farmland,
    f: &dyn FactorValues,
    used: &mut Vec<&'static str>,
) -> Result<MeasureResult<f64>, CalcError> {
    let area = entered(field::AREA, m.area)?;
    let coefficient = loss_coefficient(f, m.coefficient, used)?;
    let removal = share(field::REMOVAL, required(field::REMOVAL, m.removal)?)?;
    let baseline = Hectares(area).load(coefficient);
    Ok(MeasureResult {
        avoided: baseline.times(removal).0,
        detail: Detail::Farmland {
            area,
            coefficient,
            removal,
            baseline: baseline.0,
        },
        factors: Vec::new(),
    })
}

fn livestock(
    m: &Livestock,
    f: &dyn FactorValues,
    used: &mut Vec<&'static str>,
) -> Result<MeasureResult<f64>, CalcError> {
    let heads = entered(field::HEADS, m.heads)?;
    let manure_per_head = entered(field::MANURE_PER_HEAD, m.manure_per_head)?;
    let manure_p = match m.manure_p {
        ManureP::Library(k) => {
            used.push(k.factor_id());
            factor(f, k.factor_id())?
        }
        ManureP::Entered(x) => entered(field::MANURE_P, x)?,
    };
    let removal = share(field::REMOVAL, required(field::REMOVAL, m.removal)?)?;
    let baseline = manure_load(heads, manure_per_head, manure_p);
    Ok(MeasureResult {
        avoided: baseline.times(removal).0,
        detail: Detail::Livestock {
            heads,
            manure_per_head,
            manure_p,
            removal,
            baseline: baseline.0,
        },
        factors: Vec::new(),
    })
}

fn direct(
    d: DirectLoad,
    f: &dyn FactorValues,
    used: &mut Vec<&'static str>,
) -> Result<MeasureResult<f64>, CalcError> {
    let load = match d {
        DirectLoad::ReportTotal => {
            used.push(DirectLoad::REPORT_FACTOR);
            factor(f, DirectLoad::REPORT_FACTOR)?
        }
        DirectLoad::Entered(x) => entered(field::LOAD, x)?,
    };
    Ok(MeasureResult {
        avoided: load,
        detail: Detail::Direct { load },
        factors: Vec::new(),
    })
}

/// Running state of the shared loads while the measure list is walked in order.
struct SharedState {
    /// Each load's id and baseline (t/yr, detail, factors read) or its error.
    baselines: Vec<(LoadId, BaselineResult)>,
    /// Π(1 − ηⱼ) so far, per load.
    remaining: Vec<f64>,
    /// Complete measures so far, per load.
    counted: Vec<usize>,
}

type BaselineResult = Result<(f64, BaselineDetail, Vec<&'static str>), CalcError>;

impl SharedState {
    /// An efficiency measure, next in list order on its load: it removes η of what the
    /// measures before it left.
    fn apply(&mut self, e: &Efficiency) -> Result<MeasureResult<f64>, CalcError> {
        let k = self
            .baselines
            .iter()
            .position(|(id, _)| *id == e.load)
            .ok_or(CalcError::Input {
                field: field::SHARED_LOAD,
                problem: Problem::NotFinite,
            })?;
        let (base, _, used) = self.baselines[k].1.clone()?;
        let eta = share(
            field::EFFICIENCY,
            required(field::EFFICIENCY, e.efficiency)?,
        )?;
        let left = self.remaining[k];
        self.remaining[k] = left * (1.0 - eta);
        self.counted[k] += 1;
        Ok(MeasureResult {
            avoided: Load(base).times(left * eta).0,
            detail: Detail::Efficiency {
                load: e.load,
                baseline: base,
                efficiency: eta,
                remaining: left,
            },
            factors: used,
        })
    }
}

/// A shared load's baseline at one point: (t/yr, detail, factors read).
fn baseline(
    b: Baseline,
    days: f64,
    f: &dyn FactorValues,
) -> Result<(f64, BaselineDetail, Vec<&'static str>), CalcError> {
    let mut used = Vec::new();
    let (load, detail) = match b {
        Baseline::Entered(x) => {
            let load = entered(field::BASELINE, x)?;
            (load, BaselineDetail::Entered { load })
        }
        Baseline::Flow {
            flow,
            concentration,
        } => {
            let flow = entered(field::FLOW, flow)?;
            let concentration = entered(field::CONCENTRATION, concentration)?;
            let load = Flow(flow).load(Concentration(concentration), Days(days)).0;
            (
                load,
                BaselineDetail::Flow {
                    flow,
                    concentration,
                    days,
                },
            )
        }
        Baseline::Farmland { area, coefficient } => {
            let area = entered(field::AREA, area)?;
            let coefficient = loss_coefficient(f, coefficient, &mut used)?;
            (
                Hectares(area).load(coefficient).0,
                BaselineDetail::Farmland { area, coefficient },
            )
        }
    };
    Ok((load, detail, used))
}

/// Everything at one point of the factor values `f`: the pure calculation behind [`evaluate`],
/// and what a Monte Carlo engine calls once per sample.
///
/// Errors only for the scenario as a whole (days out of range, a summary factor missing or
/// unusable); a measure or shared load with a missing or wrong input gets its own error in
/// [`MeasureOutcome::result`] and is left out of the total ([`Results::incomplete`]).
pub fn compute(s: &Scenario, f: &dyn FactorValues) -> Result<Results<f64>, CalcError> {
    let days = positive(field::DAYS, s.days)?;
    if days > MAX_DAYS {
        return Err(CalcError::Input {
            field: field::DAYS,
            problem: Problem::TooLarge,
        });
    }

    // Shared loads: baselines first, then the measures in list order.
    let baselines: Vec<_> = s
        .shared_loads
        .iter()
        .map(|l| (l.id, baseline(l.baseline, days, f)))
        .collect();
    let n = baselines.len();
    let mut shared = SharedState {
        baselines,
        remaining: vec![1.0; n],
        counted: vec![0; n],
    };

    let mut measures = Vec::with_capacity(s.measures.len());
    let mut independent_total = 0.0;
    for m in &s.measures {
        let mut used = Vec::new();
        let result = match &m.kind {
            MeasureKind::Efficiency(e) => {
                measures.push(MeasureOutcome {
                    id: m.id,
                    result: shared.apply(e),
                });
                continue;
            }
            MeasureKind::Plant(p) => plant(p, days, f, &mut used),
            MeasureKind::Industrial(i) => industrial(i, days),
            MeasureKind::Farmland(x) => farmland(x, f, &mut used),
            MeasureKind::Livestock(x) => livestock(x, f, &mut used),
            MeasureKind::Direct(d) => direct(*d, f, &mut used),
        }
        .map(|mut r| {
            r.factors = used;
            independent_total += r.avoided;
            r
        });
        measures.push(MeasureOutcome { id: m.id, result });
    }

    let mut shared_total = 0.0;
    let SharedState {
        baselines,
        remaining,
        counted,
    } = shared;
    let shared_loads: Vec<_> = baselines
        .into_iter()
        .enumerate()
        .map(|(k, (id, b))| SharedLoadOutcome {
            id,
            result: b.map(|(base, detail, factors)| {
                let combined = 1.0 - remaining[k];
                let avoided = Load(base).times(combined).0;
                shared_total += avoided;
                SharedLoadResult {
                    baseline: base,
                    combined,
                    avoided,
                    counted: counted[k],
                    detail,
                    factors,
                }
            }),
        })
        .collect();

    let total = independent_total + shared_total;
    let incomplete = measures.iter().filter(|m| m.result.is_err()).count();

    let (report, national, algae, dilution, factors) = summary(s, total, days, f)?;
    Ok(Results {
        measures,
        shared_loads,
        total,
        incomplete,
        report,
        national,
        algae,
        dilution,
        factors,
    })
}

/// The summary of a total: against the report and the national discharge, algae, dilution;
/// with the factors it read.
fn summary(
    s: &Scenario,
    total: f64,
    days: f64,
    f: &dyn FactorValues,
) -> Result<Summary, CalcError> {
    // Against the report.
    let reduction = divisor(f, DirectLoad::REPORT_FACTOR)?;
    let projects = divisor(f, ids::REPORT_PROJECTS)?;
    let per_project = finite(ids::REPORT_PROJECTS, reduction / projects)?;
    let class_1a = factor(f, ids::CLASS_1A)?;
    let class_1b = factor(f, ids::CLASS_1B)?;
    let equivalent_flow = Load(per_project)
        .flow_at(Concentration(class_1b - class_1a), Days(days))
        .ok_or(CalcError::Input {
            field: ids::CLASS_1A,
            problem: Problem::AfterAboveBefore,
        })?
        .0;
    let report = ReportComparison {
        reduction,
        projects,
        per_project,
        class_1b,
        class_1a,
        equivalent_flow: finite(ids::CLASS_1A, equivalent_flow)?,
        share: finite(DirectLoad::REPORT_FACTOR, total / reduction)?,
        projects_equivalent: finite(ids::REPORT_PROJECTS, total / per_project)?,
    };

    // Against the national discharge (2017 census): agriculture ÷ its share.
    let agri = divisor(f, ids::CENSUS_AGRI)?;
    let agri_share = share(ids::CENSUS_AGRI_SHARE, divisor(f, ids::CENSUS_AGRI_SHARE)?)?;
    let discharge = finite(ids::CENSUS_AGRI_SHARE, agri / agri_share)?;
    let national = NationalComparison {
        discharge,
        share: finite(ids::CENSUS_AGRI, total / discharge)?,
    };

    let algae = Algae {
        dry: finite(
            ids::ALGAE_DRY,
            Load(total).times_ratio(factor(f, ids::ALGAE_DRY)?),
        )?,
        wet: finite(
            ids::ALGAE_WET,
            Load(total).times_ratio(factor(f, ids::ALGAE_WET)?),
        )?,
    };

    let limit_id = s.water.limit_factor(s.class);
    let limit = divisor(f, limit_id)?;
    let volume = Load(total)
        .volume_at(Concentration(limit))
        .map_or(f64::INFINITY, |v| v.0);
    let dilution = Dilution {
        factor: limit_id,
        limit,
        volume: finite(limit_id, volume)?,
    };

    Ok((
        report,
        national,
        algae,
        dilution,
        vec![
            DirectLoad::REPORT_FACTOR,
            ids::REPORT_PROJECTS,
            ids::CLASS_1B,
            ids::CLASS_1A,
            ids::CENSUS_AGRI,
            ids::CENSUS_AGRI_SHARE,
            ids::ALGAE_DRY,
            ids::ALGAE_WET,
            limit_id,
        ],
    ))
}

type Summary = (
    ReportComparison<f64>,
    NationalComparison<f64>,
    Algae<f64>,
    Dilution<f64>,
    Vec<&'static str>,
);

fn zip_result<T, U>(
    c: Result<T, CalcError>,
    l: Result<T, CalcError>,
    h: Result<T, CalcError>,
    join: impl FnOnce(T, T, T) -> U,
) -> Result<U, CalcError> {
    Ok(join(c?, l?, h?))
}

impl Results<f64> {
    /// Joins the results at the central, low and high points (of one scenario) into ranges.
    pub fn join(c: Results<f64>, l: Results<f64>, h: Results<f64>) -> Results<Ranged> {
        let r = Ranged::from_points;
        let measures = c
            .measures
            .into_iter()
            .zip(l.measures)
            .zip(h.measures)
            .map(|((c, l), h)| MeasureOutcome {
                id: c.id,
                result: zip_result(c.result, l.result, h.result, |c, l, h| MeasureResult {
                    avoided: r(c.avoided, l.avoided, h.avoided),
                    detail: c.detail,
                    factors: c.factors,
                }),
            })
            .collect();
        let shared_loads = c
            .shared_loads
            .into_iter()
            .zip(l.shared_loads)
            .zip(h.shared_loads)
            .map(|((c, l), h)| SharedLoadOutcome {
                id: c.id,
                result: zip_result(c.result, l.result, h.result, |c, l, h| SharedLoadResult {
                    baseline: r(c.baseline, l.baseline, h.baseline),
                    combined: c.combined,
                    avoided: r(c.avoided, l.avoided, h.avoided),
                    counted: c.counted,
                    detail: c.detail,
                    factors: c.factors,
                }),
            })
            .collect();
        Results {
            measures,
            shared_loads,
            total: r(c.total, l.total, h.total),
            incomplete: c.incomplete,
            report: ReportComparison {
                reduction: r(c.report.reduction, l.report.reduction, h.report.reduction),
                projects: c.report.projects,
                class_1b: c.report.class_1b,
                class_1a: c.report.class_1a,
                per_project: r(
                    c.report.per_project,
                    l.report.per_project,
                    h.report.per_project,
                ),
                equivalent_flow: r(
                    c.report.equivalent_flow,
                    l.report.equivalent_flow,
                    h.report.equivalent_flow,
                ),
                share: r(c.report.share, l.report.share, h.report.share),
                projects_equivalent: r(
                    c.report.projects_equivalent,
                    l.report.projects_equivalent,
                    h.report.projects_equivalent,
                ),
            },
            national: NationalComparison {
                discharge: r(
                    c.national.discharge,
                    l.national.discharge,
                    h.national.discharge,
                ),
                share: r(c.national.share, l.national.share, h.national.share),
            },
            algae: Algae {
                dry: r(c.algae.dry, l.algae.dry, h.algae.dry),
                wet: r(c.algae.wet, l.algae.wet, h.algae.wet),
            },
            dilution: Dilution {
                factor: c.dilution.factor,
                limit: c.dilution.limit,
                volume: r(c.dilution.volume, l.dilution.volume, h.dilution.volume),
            },
            factors: c.factors,
        }
    }
}
