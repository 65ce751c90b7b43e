//! What the user enters in calculator 2: a list of measures, the loads several measures share,
//! and the settings of the equivalences.
//!
//! An input the sources give no default for is an `Option<f64>`: `None` means "not entered yet"
//! and the measure reports [`Problem::NotFinite`](crate::eval::Problem::NotFinite) on that field
//! until the user gives a value. The page asks for it; nothing is invented.

/// A measure's stable id: survives edits and reordering (the page keys its list by it, a link
/// records it). Unique within a [`Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MeasureId(pub u32);

/// A shared load's stable id, unique within a [`Scenario`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LoadId(pub u32);

/// Everything calculator 2 computes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The measures, in the user's order (the order also sets how a shared load's reduction is
    /// attributed among the measures acting on it: see [`MeasureKind::Efficiency`]).
    pub measures: Vec<Measure>,
    /// The loads that several measures act on together.
    pub shared_loads: Vec<SharedLoad>,
    /// Operating days per year for every flow-based load (plants, factories, shared flows).
    /// Default 365.
    pub days: f64,
    /// The water body of the dilution equivalence.
    pub water: WaterBody,
    /// The GB 3838-2002 class of the dilution equivalence.
    pub class: WaterClass,
}

/// Default operating days per year.
pub const DEFAULT_DAYS: f64 = 365.0;

/// The flow that equals the report's average project when upgraded from Class 1B to 1A,
/// rounded as factors.md B2 gives it (≈ 26,700 m³/d, derived: 11,700 t ÷ 2,400 ÷ (0.5 mg/L ×
/// 365 d) × 10⁶). A new plant measure starts from it as a labelled example, never as data about
/// the user's plant.
pub const EXAMPLE_PLANT_FLOW: f64 = 26_700.0;

impl Scenario {
    /// The report preset (`figures::preset::TP_REPORT`): one measure, the report's 2025 total
    /// entered directly (read from factor `tp.report.reduction_2025`, so it carries its grade,
    /// source and range, and is treated as t/yr, which the report does not state: the page
    /// shows the figure's note); 365 days; dilution to a Class III river.
    ///
    /// The per-project implication (2,400 projects → ≈ 4.9 t/yr each, ≈ 26,700 m³/d upgraded
    /// 1B → 1A) is part of every result ([`super::ReportComparison`]), not a measure, so it
    /// is never counted twice.
    pub fn report_preset() -> Scenario {
        Scenario {
            measures: vec![Measure {
                id: MeasureId(1),
                label: String::new(),
                kind: MeasureKind::Direct(DirectLoad::ReportTotal),
            }],
            shared_loads: Vec::new(),
            days: DEFAULT_DAYS,
            water: WaterBody::River,
            class: WaterClass::III,
        }
    }

    /// An id no measure has yet (one more than the largest).
    pub fn next_measure_id(&self) -> MeasureId {
        MeasureId(
            self.measures
                .iter()
                .map(|m| m.id.0)
                .max()
                .map_or(1, |m| m.saturating_add(1)),
        )
    }

    /// An id no shared load has yet (one more than the largest).
    pub fn next_load_id(&self) -> LoadId {
        LoadId(
            self.shared_loads
                .iter()
                .map(|l| l.id.0)
                .max()
                .map_or(1, |m| m.saturating_add(1)),
        )
    }

    /// The measure with this id.
    pub fn measure(&self, id: MeasureId) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The shared load with this id.
    pub fn shared_load(&self, id: LoadId) -> Option<&SharedLoad> {
        self.shared_loads.iter().find(|l| l.id == id)
    }

    /// The measures acting on shared load `id`, in list order.
    pub fn measures_on(&self, id: LoadId) -> impl Iterator<Item = &Measure> {
        self.measures
            .iter()
            .filter(move |m| matches!(&m.kind, MeasureKind::Efficiency(e) if e.load == id))
    }
}

impl Default for Scenario {
    /// The report preset ([`Scenario::report_preset`]).
    fn default() -> Self {
        Scenario::report_preset()
    }
}

/// One measure in the user's list.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    /// Stable id.
    pub id: MeasureId,
    /// The user's name for it (empty: the page names it by its kind and position).
    pub label: String,
    /// What it is, with its inputs.
    pub kind: MeasureKind,
}

/// The kinds of measure. The first five are **independent load reductions**: each removes
/// t TP/yr from a load of its own, and independent reductions add up. The last,
/// [`MeasureKind::Efficiency`], is a **removal efficiency η on a shared load**: all the
/// measures on one shared load remove 1 − Π(1 − ηᵢ) of it together, never Σηᵢ (US EPA
/// PLET/STEPL; factors.md B2).
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureKind {
    /// A municipal wastewater-treatment plant's upgrade: flow × (effluent before − after).
    Plant(PlantUpgrade),
    /// An industrial wastewater discharge: flow × (concentration before − after).
    Industrial(Industrial),
    /// Farmland: area × TP loss coefficient × removal share.
    Farmland(Farmland),
    /// Livestock: heads × manure per head × manure TP × removal share.
    Livestock(Livestock),
    /// A reduction entered directly, t/yr.
    Direct(DirectLoad),
    /// A removal efficiency on a shared load.
    Efficiency(Efficiency),
}

/// The measure kinds, without their inputs (for "add a measure" and for names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeasureType {
    /// [`MeasureKind::Plant`].
    Plant,
    /// [`MeasureKind::Industrial`].
    Industrial,
    /// [`MeasureKind::Farmland`].
    Farmland,
    /// [`MeasureKind::Livestock`].
    Livestock,
    /// [`MeasureKind::Direct`].
    Direct,
    /// [`MeasureKind::Efficiency`].
    Efficiency,
}

impl MeasureType {
    /// Every kind, in the order the page offers them.
    pub const ALL: [MeasureType; 6] = [
        MeasureType::Plant,
        MeasureType::Industrial,
        MeasureType::Farmland,
        MeasureType::Livestock,
        MeasureType::Direct,
        MeasureType::Efficiency,
    ];

    /// Stable key (element ids, links).
    pub fn key(self) -> &'static str {
        match self {
            MeasureType::Plant => "plant",
            MeasureType::Industrial => "industrial",
            MeasureType::Farmland => "farmland",
            MeasureType::Livestock => "livestock",
            MeasureType::Direct => "direct",
            MeasureType::Efficiency => "efficiency",
        }
    }

    /// A new measure of this kind as the page adds it. `load` is the shared load an
    /// efficiency measure acts on (ignored by the other kinds).
    ///
    /// Starting values: a plant upgrade starts from the report's average project
    /// ([`EXAMPLE_PLANT_FLOW`], Class 1B → 1A of plants built from 2006), which the page labels
    /// as an example; farmland starts from the middle-lower Yangtze loss coefficient and
    /// livestock from pig faeces (both library factors with their grade). Every other input has
    /// no sourced default and starts empty: the user must enter it.
    pub fn template(self, load: LoadId) -> MeasureKind {
        match self {
            MeasureType::Plant => MeasureKind::Plant(PlantUpgrade {
                flow: Some(EXAMPLE_PLANT_FLOW),
                before: Effluent::Class(EffluentClass::New1B),
                after: Effluent::Class(EffluentClass::New1A),
            }),
            MeasureType::Industrial => MeasureKind::Industrial(Industrial {
                flow: None,
                before: None,
                after: None,
            }),
            MeasureType::Farmland => MeasureKind::Farmland(Farmland {
                area: None,
                coefficient: LossCoefficient::YangtzeMidLower,
                removal: None,
            }),
            MeasureType::Livestock => MeasureKind::Livestock(Livestock {
                heads: None,
                manure_per_head: None,
                manure_p: ManureP::Library(Manure::PigFaeces),
                removal: None,
            }),
            MeasureType::Direct => MeasureKind::Direct(DirectLoad::Entered(None)),
            MeasureType::Efficiency => MeasureKind::Efficiency(Efficiency {
                load,
                efficiency: None,
            }),
        }
    }
}

impl MeasureKind {
    /// The kind without its inputs.
    pub fn measure_type(&self) -> MeasureType {
        match self {
            MeasureKind::Plant(_) => MeasureType::Plant,
            MeasureKind::Industrial(_) => MeasureType::Industrial,
            MeasureKind::Farmland(_) => MeasureType::Farmland,
            MeasureKind::Livestock(_) => MeasureType::Livestock,
            MeasureKind::Direct(_) => MeasureType::Direct,
            MeasureKind::Efficiency(_) => MeasureType::Efficiency,
        }
    }
}

/// A municipal plant's effluent upgrade.
#[derive(Clone, Debug, PartialEq)]
pub struct PlantUpgrade {
    /// Treated flow, m³/d.
    pub flow: Option<f64>,
    /// Effluent TP before the upgrade.
    pub before: Effluent,
    /// Effluent TP after the upgrade.
    pub after: Effluent,
}

/// A plant's effluent TP: a class of the standards (read from the factor library, so it shows
/// its source and follows the user's change of the factor) or a value the user types, mg/L.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effluent {
    /// The limit of a class.
    Class(EffluentClass),
    /// A measured or design value, mg/L.
    Entered(Option<f64>),
}

/// The effluent classes of GB 18918-2002 (TP limits differ for plants built before 2006) and the
/// quasi-Class IV (准IV类) upgrade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EffluentClass {
    /// Class 1A, plants built from 2006-01-01: 0.5 mg/L.
    New1A,
    /// Class 1B, from 2006: 1 mg/L.
    New1B,
    /// Class 2, from 2006: 3 mg/L.
    New2,
    /// Class 3, from 2006: 5 mg/L.
    New3,
    /// Class 1A, plants built before 2006: 1 mg/L.
    Old1A,
    /// Class 1B, before 2006: 1.5 mg/L.
    Old1B,
    /// Class 2, before 2006: 3 mg/L.
    Old2,
    /// Class 3, before 2006: 5 mg/L.
    Old3,
    /// Quasi-Class IV upgrade: 0.3 mg/L.
    QuasiIv,
}

impl EffluentClass {
    /// Every class, in the order the page lists them.
    pub const ALL: [EffluentClass; 9] = [
        EffluentClass::New1A,
        EffluentClass::New1B,
        EffluentClass::New2,
        EffluentClass::New3,
        EffluentClass::Old1A,
        EffluentClass::Old1B,
        EffluentClass::Old2,
        EffluentClass::Old3,
        EffluentClass::QuasiIv,
    ];

    /// The factor that holds the class's TP limit.
    pub fn factor_id(self) -> &'static str {
        match self {
            EffluentClass::New1A => "tp.gb18918.new.1a",
            EffluentClass::New1B => "tp.gb18918.new.1b",
            EffluentClass::New2 => "tp.gb18918.new.2",
            EffluentClass::New3 => "tp.gb18918.new.3",
            EffluentClass::Old1A => "tp.gb18918.old.1a",
            EffluentClass::Old1B => "tp.gb18918.old.1b",
            EffluentClass::Old2 => "tp.gb18918.old.2",
            EffluentClass::Old3 => "tp.gb18918.old.3",
            EffluentClass::QuasiIv => "tp.upgrade.quasi_iv",
        }
    }

    /// Stable key (links, element values).
    pub fn key(self) -> &'static str {
        match self {
            EffluentClass::New1A => "new-1a",
            EffluentClass::New1B => "new-1b",
            EffluentClass::New2 => "new-2",
            EffluentClass::New3 => "new-3",
            EffluentClass::Old1A => "old-1a",
            EffluentClass::Old1B => "old-1b",
            EffluentClass::Old2 => "old-2",
            EffluentClass::Old3 => "old-3",
            EffluentClass::QuasiIv => "quasi-iv",
        }
    }

    /// Reads a key written by [`EffluentClass::key`].
    pub fn from_key(key: &str) -> Option<EffluentClass> {
        EffluentClass::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// An industrial discharge's change of concentration (no standard applies to every sector, so
/// both values are the user's).
#[derive(Clone, Debug, PartialEq)]
pub struct Industrial {
    /// Discharged flow, m³/d.
    pub flow: Option<f64>,
    /// TP before, mg/L.
    pub before: Option<f64>,
    /// TP after, mg/L.
    pub after: Option<f64>,
}

/// Farmland runoff.
#[derive(Clone, Debug, PartialEq)]
pub struct Farmland {
    /// Area, ha.
    pub area: Option<f64>,
    /// TP loss coefficient.
    pub coefficient: LossCoefficient,
    /// Share of the loss the measure removes, 0–1 (no sourced default).
    pub removal: Option<f64>,
}

/// A farmland TP loss coefficient, kg P/(ha·yr).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LossCoefficient {
    /// Middle-lower Yangtze mean, 0.61 kg P/(ha·yr) (Sun C. et al. 2017; factor
    /// `tp.farmland.runoff.yangtze_mid_lower`).
    YangtzeMidLower,
    /// The user's value, kg P/(ha·yr).
    Entered(Option<f64>),
}

impl LossCoefficient {
    /// The library factor of the library choice.
    pub const FACTOR: &'static str = "tp.farmland.runoff.yangtze_mid_lower";
}

/// Livestock manure.
#[derive(Clone, Debug, PartialEq)]
pub struct Livestock {
    /// Number of animals.
    pub heads: Option<f64>,
    /// Manure per animal per year, t (not in the sources: the user must enter it).
    pub manure_per_head: Option<f64>,
    /// TP content of the manure.
    pub manure_p: ManureP,
    /// Share of the manure's TP the measure keeps out of water, 0–1 (no sourced default).
    pub removal: Option<f64>,
}

/// The TP content of manure, kg TP per t of manure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ManureP {
    /// A coefficient of the library (unverified: SEPA 2002, commonly reproduced).
    Library(Manure),
    /// The user's value, kg TP/t.
    Entered(Option<f64>),
}

/// The manure coefficients of the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Manure {
    /// Pig faeces, ≈ 3.41 kg TP/t.
    PigFaeces,
    /// Pig urine, ≈ 0.52 kg TP/t.
    PigUrine,
    /// Cattle faeces, ≈ 1.18 kg TP/t.
    CattleFaeces,
    /// Cattle urine, ≈ 0.40 kg TP/t.
    CattleUrine,
    /// Poultry manure, ≈ 5.37 kg TP/t.
    Poultry,
}

impl Manure {
    /// Every coefficient, in the order the page lists them.
    pub const ALL: [Manure; 5] = [
        Manure::PigFaeces,
        Manure::PigUrine,
        Manure::CattleFaeces,
        Manure::CattleUrine,
        Manure::Poultry,
    ];

    /// The factor that holds it.
    pub fn factor_id(self) -> &'static str {
        match self {
            Manure::PigFaeces => "tp.manure.pig.faeces",
            Manure::PigUrine => "tp.manure.pig.urine",
            Manure::CattleFaeces => "tp.manure.cattle.faeces",
            Manure::CattleUrine => "tp.manure.cattle.urine",
            Manure::Poultry => "tp.manure.poultry.faeces",
        }
    }

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Manure::PigFaeces => "pig-faeces",
            Manure::PigUrine => "pig-urine",
            Manure::CattleFaeces => "cattle-faeces",
            Manure::CattleUrine => "cattle-urine",
            Manure::Poultry => "poultry",
        }
    }

    /// Reads a key written by [`Manure::key`].
    pub fn from_key(key: &str) -> Option<Manure> {
        Manure::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// A reduction entered directly, t TP/yr.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DirectLoad {
    /// The report's 2025 Yangtze-basin total (factor `tp.report.reduction_2025`), used as t/yr.
    ReportTotal,
    /// The user's value, t/yr.
    Entered(Option<f64>),
}

impl DirectLoad {
    /// The library factor of the report total.
    pub const REPORT_FACTOR: &'static str = "tp.report.reduction_2025";
}

/// A removal efficiency on a shared load.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Efficiency {
    /// The shared load it acts on.
    pub load: LoadId,
    /// The share of the load it would remove on its own, 0–1 (no sourced default).
    pub efficiency: Option<f64>,
}

/// A load that several measures act on together (a plant's influent, a catchment's runoff).
#[derive(Clone, Debug, PartialEq)]
pub struct SharedLoad {
    /// Stable id.
    pub id: LoadId,
    /// The user's name for it (empty: the page names it by its position).
    pub label: String,
    /// The load before any measure, t/yr.
    pub baseline: Baseline,
}

/// How a shared load's baseline is given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Baseline {
    /// Entered directly, t/yr.
    Entered(Option<f64>),
    /// A flow at a concentration: Q (m³/d) × C (mg/L) × days × 10⁻⁶.
    Flow {
        /// Flow, m³/d.
        flow: Option<f64>,
        /// TP concentration, mg/L.
        concentration: Option<f64>,
    },
    /// Farmland: area × loss coefficient.
    Farmland {
        /// Area, ha.
        area: Option<f64>,
        /// TP loss coefficient.
        coefficient: LossCoefficient,
    },
}

/// The water body of the dilution equivalence (GB 3838-2002 has separate TP limits for lakes
/// and reservoirs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaterBody {
    /// Rivers.
    River,
    /// Lakes and reservoirs.
    Lake,
}

/// The GB 3838-2002 surface-water classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaterClass {
    /// Class I.
    I,
    /// Class II.
    II,
    /// Class III.
    III,
    /// Class IV.
    IV,
    /// Class V.
    V,
}

impl WaterClass {
    /// Every class.
    pub const ALL: [WaterClass; 5] = [
        WaterClass::I,
        WaterClass::II,
        WaterClass::III,
        WaterClass::IV,
        WaterClass::V,
    ];

    /// The class as a Roman numeral.
    pub fn numeral(self) -> &'static str {
        match self {
            WaterClass::I => "I",
            WaterClass::II => "II",
            WaterClass::III => "III",
            WaterClass::IV => "IV",
            WaterClass::V => "V",
        }
    }
}

impl WaterBody {
    /// Both water bodies.
    pub const ALL: [WaterBody; 2] = [WaterBody::River, WaterBody::Lake];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            WaterBody::River => "river",
            WaterBody::Lake => "lake",
        }
    }

    /// The factor holding the TP limit of `class` for this water body.
    pub fn limit_factor(self, class: WaterClass) -> &'static str {
        match (self, class) {
            (WaterBody::River, WaterClass::I) => "tp.gb3838.river.i",
            (WaterBody::River, WaterClass::II) => "tp.gb3838.river.ii",
            (WaterBody::River, WaterClass::III) => "tp.gb3838.river.iii",
            (WaterBody::River, WaterClass::IV) => "tp.gb3838.river.iv",
            (WaterBody::River, WaterClass::V) => "tp.gb3838.river.v",
            (WaterBody::Lake, WaterClass::I) => "tp.gb3838.lake.i",
            (WaterBody::Lake, WaterClass::II) => "tp.gb3838.lake.ii",
            (WaterBody::Lake, WaterClass::III) => "tp.gb3838.lake.iii",
            (WaterBody::Lake, WaterClass::IV) => "tp.gb3838.lake.iv",
            (WaterBody::Lake, WaterClass::V) => "tp.gb3838.lake.v",
        }
    }
}
