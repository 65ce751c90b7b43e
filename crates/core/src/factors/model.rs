//! The shape of a factor: value, unit, range, provenance grade, source.
//!
//! A factor is declared once as a [`FactorDef`] (static data, compiled into the binary; nothing is
//! parsed at run time) and resolved by [`super::Library`] into a [`Factor`] whose central value and
//! range are numbers: given ones as they are, derived ones computed from their inputs.

use crate::t;
use crate::text::Text;
use crate::units::Unit;

/// How far a number can be trusted, as `shared/reference/factors.md` grades it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// Seen in the official text, or in a verbatim reprint of it.
    Official,
    /// Seen in a third-party copy (trade press, a database export, a paper that cites it).
    Secondary,
    /// Arithmetic on graded figures; the formula is part of the factor and the page shows it.
    Derived,
    /// A commonly used value whose primary source was not seen: an editable default only.
    Unverified,
}

impl Grade {
    /// Every grade, best first.
    pub const ALL: [Grade; 4] = [
        Grade::Official,
        Grade::Secondary,
        Grade::Derived,
        Grade::Unverified,
    ];

    /// Stable key (used in links and CSS classes).
    pub fn key(self) -> &'static str {
        match self {
            Grade::Official => "official",
            Grade::Secondary => "secondary",
            Grade::Derived => "derived",
            Grade::Unverified => "unverified",
        }
    }

    /// The grade's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Grade::Official => t!("官方", "官方", "official"),
            Grade::Secondary => t!("二手", "二手", "secondary"),
            Grade::Derived => t!("推算", "推算", "derived"),
            Grade::Unverified => t!("未核实", "未核實", "unverified"),
        }
    }

    /// The relative half-width assumed when a source gives no range (see [`RangeDef::GradeDefault`]).
    ///
    /// Documented assumption (docs/factor-ranges.md): official ±5 %, secondary ±10 %,
    /// unverified ±30 %. Derived factors take their range from their inputs instead; ±10 % is used
    /// only if one is declared with a grade default.
    pub fn default_spread(self) -> f64 {
        match self {
            Grade::Official => 0.05,
            Grade::Secondary | Grade::Derived => 0.10,
            Grade::Unverified => 0.30,
        }
    }
}

/// Which of the three calculators (or the context panel) a factor belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    /// Ultra-low-emission retrofits, heavy trucks (factors.md section A).
    Ule,
    /// Total phosphorus (section B).
    Phosphorus,
    /// Carbon footprint (section C).
    Carbon,
}

impl Theme {
    /// Every theme, in page order.
    pub const ALL: [Theme; 3] = [Theme::Ule, Theme::Phosphorus, Theme::Carbon];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Ule => "ule",
            Theme::Phosphorus => "tp",
            Theme::Carbon => "carbon",
        }
    }

    /// The prefixes of the theme's factor ids (`ule.*` and `truck.*`, `tp.*`, `carbon.*`; the
    /// library resolves its built-in data by theme, from these).
    pub fn id_prefixes(self) -> &'static [&'static str] {
        match self {
            Theme::Ule => &["ule.", "truck."],
            Theme::Phosphorus => &["tp."],
            Theme::Carbon => &["carbon."],
        }
    }

    /// The theme's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            Theme::Ule => t!(
                "超低排放改造",
                "超低排放改造",
                "Ultra-low-emission retrofits"
            ),
            Theme::Phosphorus => t!("总磷减排", "總磷減排", "Total-phosphorus reduction"),
            Theme::Carbon => t!("碳足迹", "碳足跡", "Carbon footprint"),
        }
    }
}

/// Where a number comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The document's title in its own language (e.g. `关于推进实施钢铁行业超低排放的意见`).
    pub title: &'static str,
    /// Who published it, in the three languages.
    pub publisher: Text,
    /// Table, annex, page or notice number, where known (e.g. `公告 2025年第3号`).
    pub locator: Option<&'static str>,
    /// The year the document was published.
    pub year: Option<u16>,
    /// A URL where the document was seen, where known.
    pub url: Option<&'static str>,
}

/// A formula that computes a derived factor from other factors of the library.
#[derive(Clone, Copy, Debug)]
pub struct Derivation {
    /// The formula as the page prints it, in the three languages
    /// (e.g. `NCV × 含碳量 × 氧化率 × 44/12`).
    pub formula: Text,
    /// The ids of the input factors, in the order `eval` takes them.
    pub inputs: &'static [&'static str],
    /// Computes the value from the inputs' values. Must be monotone in each input, increasing or
    /// decreasing (the range is the formula evaluated at every low/high combination of the
    /// inputs).
    pub eval: fn(&[f64]) -> f64,
}

/// The central value of a factor as declared.
#[derive(Clone, Copy, Debug)]
pub enum ValueDef {
    /// A number read from the source.
    Given(f64),
    /// Computed from other factors. Behind a reference: only a few dozen factors are derived,
    /// and an inline [`Derivation`] would make every declaration pay for its size.
    Derived(&'static Derivation),
}

/// Where a factor's low–high range comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RangeDef {
    /// The source gives a range (or the low and high are other published figures).
    Given {
        /// Low end, in the factor's unit.
        low: f64,
        /// High end, in the factor's unit.
        high: f64,
    },
    /// Exact by definition: a regulatory limit, a stoichiometric constant. Low = high = value.
    Exact,
    /// No range in the source: the grade's documented default spread ([`Grade::default_spread`]).
    GradeDefault,
    /// A derived factor: evaluate the formula at every low/high combination of its inputs.
    FromInputs,
}

/// How the resolved range was obtained (the page labels assumed ranges as assumptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeBasis {
    /// From the source.
    Published,
    /// Exact by definition.
    Exact,
    /// The grade's default spread: an assumption, never a published range.
    Assumed,
    /// Propagated from the inputs of a derived factor.
    Propagated,
}

/// One factor as declared in the library's data.
#[derive(Clone, Copy, Debug)]
pub struct FactorDef {
    /// Stable id, dotted and lower-case (e.g. `ule.limit.cement.kiln.nox`). Never renamed once
    /// released: links and tests depend on it.
    pub id: &'static str,
    /// The calculator it belongs to.
    pub theme: Theme,
    /// Its name in the three languages.
    pub name: Text,
    /// The central value.
    pub value: ValueDef,
    /// The unit the value is in.
    pub unit: Unit,
    /// Where the range comes from.
    pub range: RangeDef,
    /// Provenance grade.
    pub grade: Grade,
    /// The source document. A reference: a few dozen sources are shared by hundreds of factors,
    /// and an inline copy in every declaration would bloat the binary's static data.
    pub source: &'static Source,
    /// The year the data refers to (not the publication year), where it has one.
    pub year: Option<u16>,
    /// Scope notes (e.g. "life cycle, kg CO₂e" or "value read from a damaged table"). A
    /// reference, so the many factors without a note cost one pointer, not an inline `Text`.
    pub note: Option<&'static Text>,
}

/// A factor resolved by the library: numbers ready to compute with.
#[derive(Clone, Copy, Debug)]
pub struct Factor {
    /// The declaration (id, names, unit, grade, source, notes).
    pub def: &'static FactorDef,
    /// Central value, in `def.unit`.
    pub value: f64,
    /// Low end of the range, in `def.unit`.
    pub low: f64,
    /// High end of the range, in `def.unit`.
    pub high: f64,
    /// How the range was obtained.
    pub range_basis: RangeBasis,
}

impl Factor {
    /// The stable id.
    pub fn id(&self) -> &'static str {
        self.def.id
    }

    /// The unit.
    pub fn unit(&self) -> Unit {
        self.def.unit
    }

    /// The grade.
    pub fn grade(&self) -> Grade {
        self.def.grade
    }

    /// The formula, for a derived factor.
    pub fn derivation(&self) -> Option<&'static Derivation> {
        match self.def.value {
            ValueDef::Derived(d) => Some(d),
            ValueDef::Given(_) => None,
        }
    }

    /// The central value if the factor is in `unit`, else `None`. Calculators read factors
    /// through this so that a factor of the wrong kind can never be used silently.
    pub fn value_in(&self, unit: Unit) -> Option<f64> {
        (self.def.unit == unit).then_some(self.value)
    }
}

/// Const builders, so the data modules can declare a factor on a line or two.
///
/// `FactorDef::given(..)` starts with the grade's default range, no year and no note;
/// `FactorDef::derived(..)` has grade [`Grade::Derived`] and a range propagated from its inputs.
/// The other methods adjust one field and return the declaration.
///
/// Sources, derivations and notes are taken by `&'static` reference, so that the static data
/// holds each of them once (a `FactorDef` is 320 bytes on x86-64 with them inline). Pass a named
/// constant as `&STEEL_ULE` or `.note(&WEAK)` (promoted to `'static`); wrap a value built in
/// place in an inline const block, which is promoted too: `.note(&const { t!("…", "…", "…") })`,
/// `&const { Derivation { .. } }`.
impl FactorDef {
    /// A value read from a source, with the grade's default range ([`RangeDef::GradeDefault`]).
    pub const fn given(
        id: &'static str,
        theme: Theme,
        name: Text,
        value: f64,
        unit: Unit,
        grade: Grade,
        source: &'static Source,
    ) -> FactorDef {
        FactorDef {
            id,
            theme,
            name,
            value: ValueDef::Given(value),
            unit,
            range: RangeDef::GradeDefault,
            grade,
            source,
            year: None,
            note: None,
        }
    }

    /// A value computed from other factors: grade [`Grade::Derived`], range
    /// [`RangeDef::FromInputs`].
    pub const fn derived(
        id: &'static str,
        theme: Theme,
        name: Text,
        unit: Unit,
        derivation: &'static Derivation,
        source: &'static Source,
    ) -> FactorDef {
        FactorDef {
            id,
            theme,
            name,
            value: ValueDef::Derived(derivation),
            unit,
            range: RangeDef::FromInputs,
            grade: Grade::Derived,
            source,
            year: None,
            note: None,
        }
    }

    /// Exact by definition (a regulatory limit, a stoichiometric constant).
    #[must_use]
    pub const fn exact(mut self) -> Self {
        self.range = RangeDef::Exact;
        self
    }

    /// The range the source gives (low and high in the factor's unit).
    #[must_use]
    pub const fn range(mut self, low: f64, high: f64) -> Self {
        self.range = RangeDef::Given { low, high };
        self
    }

    /// The year the data refers to.
    #[must_use]
    pub const fn year(mut self, year: u16) -> Self {
        self.year = Some(year);
        self
    }

    /// A scope note or caveat.
    #[must_use]
    pub const fn note(mut self, note: &'static Text) -> Self {
        self.note = Some(note);
        self
    }
}
