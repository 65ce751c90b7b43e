//! The factor library: every default number the calculators use, with its pedigree.
//!
//! The facts come from `shared/reference/factors.md`; each entry cites its source and carries the
//! provenance grade given there. Ranges follow [`RangeDef`]: a source's own range where it has one,
//! otherwise the documented default spread of the grade (an assumption the page labels as such).
//! Derived factors (e.g. t CO₂ per t of diesel = NCV × carbon content × oxidation × 44/12) are
//! computed from the library's own inputs when the library is built, never typed in.
//!
//! The set has a version ([`FACTOR_SET_VERSION`]) and a content hash ([`Library::content_hash`]),
//! which a scenario records so that its numbers can be reproduced; `CHANGELOG-factors.md` at the
//! repository root lists what changed between versions; `docs/factor-ranges.md` explains the
//! range policy.
//!
//! Ids are dotted and lower case, grouped by theme: `ule.*` and `truck.*` (section A), `tp.*`
//! (section B), `carbon.*` (section C); each data module's header lists its scheme. The two kinds
//! of electricity factor are read through [`electricity`], which returns them as distinct types.

mod data;
pub mod electricity;
pub mod history;
pub mod model;
pub mod search;
#[cfg(test)]
mod tests;

pub use model::{
    Derivation, Factor, FactorDef, Grade, RangeBasis, RangeDef, Source, Theme, ValueDef,
};

use crate::units::Unit;
use std::sync::OnceLock;

/// The factor set's version. Bump it (and write `CHANGELOG-factors.md`) whenever a value, range,
/// unit or id changes.
pub const FACTOR_SET_VERSION: &str = "2026.1";

/// Why the library's data could not be resolved (a programming error caught by the tests).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// Two factors share an id.
    DuplicateId(&'static str),
    /// A derived factor names an input that is not in the library.
    MissingInput {
        /// The derived factor.
        factor: &'static str,
        /// The missing input id.
        input: &'static str,
    },
    /// A derived factor's inputs form a cycle, or depend on a factor declared after them that
    /// itself cannot be resolved.
    Unresolvable(&'static str),
}

/// The resolved factor library.
///
/// It is held in parts, each resolved on its own. A library built from declarations
/// ([`Library::build`], [`Library::build_sections`]) is one part, resolved at once. The built-in
/// one ([`Library::standard`]) has a part per group of `shared/reference/factors.md` (A: ULE and
/// trucks, B: total phosphorus, C: carbon), each resolved the first time one of its factors is
/// asked for, or when the whole library is listed. The page opens on ULE: until the reader
/// opens another calculator, only part A is resolved, and the code that declares the other two
/// (with their data) can wait for the split module (docs/size.md, "Data that waits for the
/// split module"). No derived factor takes an input from another group (a test checks it), so
/// resolving a group alone gives the same numbers as resolving everything at once.
#[derive(Debug)]
pub struct Library {
    parts: Vec<Part>,
}

/// One part of a [`Library`]: its factors once resolved, and how to resolve them.
#[derive(Debug)]
struct Part {
    /// The id prefixes of the part's factors; empty: every id.
    prefixes: &'static [&'static str],
    /// The part's declarations, called when it is first needed (never, for a part resolved
    /// when it was made).
    sections: fn() -> &'static [&'static [FactorDef]],
    resolved: OnceLock<Resolved>,
}

/// Resolved factors, with the position of each id (lookups run many thousands of times per
/// recompute).
#[derive(Debug)]
struct Resolved {
    factors: Vec<Factor>,
    index: std::collections::HashMap<&'static str, usize>,
}

impl Part {
    fn holds(&self, id: &str) -> bool {
        self.prefixes.is_empty() || self.prefixes.iter().any(|p| id.starts_with(p))
    }

    /// The part's factors, resolved now if they were not yet. Declarations that do not resolve
    /// (which the tests rule out) give an empty part rather than a panic: every lookup in it
    /// then reports a missing factor.
    fn resolved(&self) -> &Resolved {
        self.resolved
            .get_or_init(|| Resolved::new(resolve((self.sections)()).unwrap_or_default()))
    }
}

impl Resolved {
    fn new(factors: Vec<Factor>) -> Resolved {
        let index = factors
            .iter()
            .enumerate()
            .map(|(i, f)| (f.def.id, i))
            .collect();
        Resolved { factors, index }
    }
}

impl Library {
    /// Resolves a list of declarations: given values as they are, derived values computed
    /// (in dependency order) from their inputs, ranges per [`RangeDef`].
    pub fn build(defs: &'static [FactorDef]) -> Result<Library, LibraryError> {
        Library::build_sections(&[defs])
    }

    /// Resolves several lists of declarations as one library, in the order given (the built-in
    /// data is declared in sections, one or more per part of `factors.md`). A derived factor may
    /// take its inputs from any section.
    pub fn build_sections(sections: &[&'static [FactorDef]]) -> Result<Library, LibraryError> {
        let part = Part {
            prefixes: &[],
            sections: || &[],
            resolved: OnceLock::from(Resolved::new(resolve(sections)?)),
        };
        Ok(Library { parts: vec![part] })
    }

    /// The built-in library (made once, on first use; each group resolved when first needed).
    pub fn standard() -> &'static Library {
        static LIB: OnceLock<Library> = OnceLock::new();
        LIB.get_or_init(Library::grouped)
    }

    /// The built-in data as a new library, no group resolved yet.
    fn grouped() -> Library {
        Library {
            parts: data::GROUPS
                .iter()
                .map(|g| Part {
                    prefixes: g.theme.id_prefixes(),
                    sections: g.sections,
                    resolved: OnceLock::new(),
                })
                .collect(),
        }
    }

    /// Every factor, in declaration order (every part is resolved).
    pub fn iter(&self) -> impl Iterator<Item = &Factor> {
        self.parts.iter().flat_map(|p| p.resolved().factors.iter())
    }

    /// The number of factors (every part is resolved).
    pub fn len(&self) -> usize {
        self.parts.iter().map(|p| p.resolved().factors.len()).sum()
    }

    /// True when the library holds no factor.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The factor with this id (only the part that holds such ids is resolved).
    pub fn get(&self, id: &str) -> Option<&Factor> {
        let part = self.parts.iter().find(|p| p.holds(id))?;
        let resolved = part.resolved();
        resolved
            .index
            .get(id)
            .and_then(|&i| resolved.factors.get(i))
    }

    /// A 64-bit FNV-1a hash over every id, unit, value, range and grade, printed as 16 hex
    /// digits. Any change of a number changes it; a scenario records it with
    /// [`FACTOR_SET_VERSION`].
    pub fn content_hash(&self) -> String {
        let mut h = Fnv1a::new();
        for f in self.iter() {
            h.write(f.def.id.as_bytes());
            h.write(format!("{:?}", f.def.unit).as_bytes());
            for x in [f.value, f.low, f.high] {
                h.write(&x.to_bits().to_le_bytes());
            }
            h.write(f.def.grade.key().as_bytes());
            h.write(&[0xff]);
        }
        format!("{:016x}", h.finish())
    }
}

/// Resolves a list of declarations: given values as they are, derived values computed (in
/// dependency order) from their inputs, ranges per [`RangeDef`].
fn resolve(sections: &[&'static [FactorDef]]) -> Result<Vec<Factor>, LibraryError> {
    let defs: Vec<&'static FactorDef> = sections.iter().flat_map(|s| s.iter()).collect();
    let mut index = std::collections::HashMap::with_capacity(defs.len());
    for (i, d) in defs.iter().enumerate() {
        if index.insert(d.id, i).is_some() {
            return Err(LibraryError::DuplicateId(d.id));
        }
    }
    for d in &defs {
        if let ValueDef::Derived(der) = d.value {
            for input in der.inputs {
                if !index.contains_key(input) {
                    return Err(LibraryError::MissingInput {
                        factor: d.id,
                        input,
                    });
                }
            }
        }
    }
    let mut resolved: Vec<Option<Factor>> = vec![None; defs.len()];
    // Resolve in passes until nothing changes; derived chains are short.
    loop {
        let mut progressed = false;
        for (i, d) in defs.iter().enumerate() {
            if resolved[i].is_some() {
                continue;
            }
            let factor = match d.value {
                ValueDef::Given(v) => Some(resolve_given(d, v)),
                ValueDef::Derived(der) => {
                    let inputs: Option<Vec<Factor>> = der
                        .inputs
                        .iter()
                        .map(|id| index.get(id).and_then(|&j| resolved[j]))
                        .collect();
                    inputs.map(|ins| resolve_derived(d, der, &ins))
                }
            };
            if factor.is_some() {
                resolved[i] = factor;
                progressed = true;
            }
        }
        if !progressed {
            break;
        }
    }
    let mut factors = Vec::with_capacity(defs.len());
    for (i, f) in resolved.into_iter().enumerate() {
        match f {
            Some(f) => factors.push(f),
            None => return Err(LibraryError::Unresolvable(defs[i].id)),
        }
    }
    Ok(factors)
}

fn resolve_given(d: &'static FactorDef, value: f64) -> Factor {
    let (low, high, range_basis) = match d.range {
        RangeDef::Given { low, high } => (low, high, RangeBasis::Published),
        RangeDef::Exact => (value, value, RangeBasis::Exact),
        // A given value declared FromInputs has no inputs: treat it as the grade default.
        RangeDef::GradeDefault | RangeDef::FromInputs => {
            let (low, high) = grade_default(d, value);
            (low, high, RangeBasis::Assumed)
        }
    };
    Factor {
        def: d,
        value,
        low,
        high,
        range_basis,
    }
}

fn resolve_derived(d: &'static FactorDef, der: &Derivation, inputs: &[Factor]) -> Factor {
    let central: Vec<f64> = inputs.iter().map(|f| f.value).collect();
    let value = (der.eval)(&central);
    let (low, high, range_basis) = match d.range {
        RangeDef::Given { low, high } => (low, high, RangeBasis::Published),
        RangeDef::Exact => (value, value, RangeBasis::Exact),
        RangeDef::GradeDefault => {
            let (low, high) = grade_default(d, value);
            (low, high, RangeBasis::Assumed)
        }
        RangeDef::FromInputs => {
            let (low, high) = propagate(der, inputs, value);
            (low, high, RangeBasis::Propagated)
        }
    };
    Factor {
        def: d,
        value,
        low,
        high,
        range_basis,
    }
}

/// The grade's default spread around `value`. A share (a [`Unit::Fraction`] between 0 and 1)
/// keeps its range inside 0–1: an oxidation rate of 98 % ± 10 % is 88.2–100 %, not 107.8 %.
fn grade_default(d: &FactorDef, value: f64) -> (f64, f64) {
    let s = d.grade.default_spread();
    let (a, b) = (value * (1.0 - s), value * (1.0 + s));
    let (mut low, mut high) = (a.min(b), a.max(b));
    if d.unit == Unit::Fraction && (0.0..=1.0).contains(&value) {
        low = low.max(0.0);
        high = high.min(1.0);
    }
    (low, high)
}

/// The range of a derived factor, by first-order propagation: each input is moved alone to its
/// low and to its high end (the others at their central values), and the resulting downward and
/// upward deviations of the result are each combined in quadrature,
/// `low = v − √Σ dᵢ⁻²`, `high = v + √Σ dᵢ⁺²` (the GUM's law of propagation for independent
/// inputs, applied separately to each side so asymmetric ranges stay asymmetric).
///
/// Independent inputs rarely sit at their least favourable ends at once, so this is narrower than
/// evaluating every corner: diesel's t CO₂/t (NCV and carbon content ±10 %, oxidation 88–100 %)
/// is −17 %/+14 %, not −27 %/+23 %. The Monte Carlo engine samples the inputs themselves.
fn propagate(der: &Derivation, inputs: &[Factor], value: f64) -> (f64, f64) {
    let central: Vec<f64> = inputs.iter().map(|f| f.value).collect();
    let (mut down2, mut up2) = (0.0_f64, 0.0_f64);
    let mut point = central.clone();
    for (k, f) in inputs.iter().enumerate() {
        let (mut down, mut up) = (0.0_f64, 0.0_f64);
        for x in [f.low, f.high] {
            point[k] = x;
            let d = (der.eval)(&point) - value;
            if d.is_finite() {
                down = down.min(d);
                up = up.max(d);
            }
        }
        point[k] = central[k];
        down2 += down * down;
        up2 += up * up;
    }
    (value - down2.sqrt(), value + up2.sqrt())
}

/// 64-bit FNV-1a (Fowler–Noll–Vo), enough to tell two factor sets apart.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
