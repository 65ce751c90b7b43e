//! What one simulation samples: the recorder run, the table of random variables, and the cheap
//! [`FactorValues`] handed to the calculation for each sample.
//!
//! 1. [`Recorder`] runs the calculation once at the central point (the same values as
//!    [`crate::eval::LibraryValues`] at [`crate::eval::Point::Central`]) and notes every factor id
//!    it reads and every ranged input it asks for.
//! 2. [`Plan::build`] gives each of them a law (constant, triangular, or derived from other
//!    variables), sorted by id so that nothing depends on the order of a hash map.
//! 3. For each sample the engine fills one row (one value per variable) and the calculation reads
//!    it through [`SampleValues`], with no allocation. A calculation reads its factors in the same
//!    order on every run, so the reads of the central run are kept as a sequence and each read of
//!    a sample is first checked against the next one expected: for [`FactorValues::get`], whose
//!    ids are `&'static str`, the check is the id's address and length (a `'static` string never
//!    changes, so the same address and length are the same id); for [`FactorValues::value`] it
//!    is a comparison of the text. A read that is not the expected one (a branch taken
//!    differently) is found by a small open-addressing hash table instead and the sequence picks
//!    up again after it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use std::cell::Cell;

use crate::eval::{checked_factor, FactorValues, Overrides};
use crate::factors::{Factor, Library, RangeBasis};

use super::rng::Triangular;
use super::{InputRanges, VarKind};

/// The library with the user's changes: where every central value comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Base<'a> {
    pub(crate) library: &'a Library,
    pub(crate) overrides: &'a Overrides,
    pub(crate) ranges: &'a InputRanges,
}

impl Base<'_> {
    /// The central value of factor `id`: the user's value if they changed it, else the library's
    /// (exactly what `LibraryValues` at `Point::Central` returns).
    pub(crate) fn central(&self, id: &str) -> Option<f64> {
        self.overrides
            .get(id)
            .or_else(|| self.library.get(id).map(|f| f.value))
    }

    /// True when the user changed or ranged factor `id`, or any factor it is derived from.
    fn touched(&self, f: &Factor, depth: u8) -> bool {
        let id = f.id();
        if self.overrides.is_overridden(id) || self.ranges.get(id).is_some() {
            return true;
        }
        let Some(der) = f.derivation() else {
            return false;
        };
        // The library refuses cycles when it is built; the depth guard only keeps this total.
        depth > 16
            || der.inputs.iter().any(|input| {
                self.library
                    .get(input)
                    .is_none_or(|g| self.touched(g, depth + 1))
            })
    }
}

/// The central run: answers like `LibraryValues` at the central point and records what is read.
pub(crate) struct Recorder<'a> {
    base: Base<'a>,
    reads: RefCell<Reads>,
}

/// What the central run read.
#[derive(Default)]
pub(crate) struct Reads {
    /// Factor ids read (those that exist).
    pub(crate) factors: BTreeSet<String>,
    /// Ranged inputs asked for, with the value the calculation gave each.
    pub(crate) inputs: BTreeMap<&'static str, f64>,
    /// Factor reads in order: id, and the address of a `'static` id read through `get`.
    sequence: Vec<(String, Option<usize>)>,
}

impl<'a> Recorder<'a> {
    pub(crate) fn new(base: Base<'a>) -> Self {
        Recorder {
            base,
            reads: RefCell::new(Reads::default()),
        }
    }

    pub(crate) fn finish(self) -> Reads {
        self.reads.into_inner()
    }

    fn read(&self, id: &str, address: Option<usize>) -> Option<f64> {
        let v = self.base.central(id)?;
        // `try_`: the calculation cannot re-enter a read, and no panic path is compiled in.
        if let Ok(mut reads) = self.reads.try_borrow_mut() {
            if !reads.factors.contains(id) {
                reads.factors.insert(id.to_string());
            }
            reads.sequence.push((id.to_string(), address));
        }
        Some(v)
    }
}

impl FactorValues for Recorder<'_> {
    fn value(&self, id: &str) -> Option<f64> {
        self.read(id, None)
    }

    fn get(&self, id: &'static str) -> Result<f64, crate::eval::CalcError> {
        checked_factor(id, self.read(id, Some(id.as_ptr().addr())))
    }

    fn input(&self, key: &'static str, value: f64) -> f64 {
        if self.base.ranges.get(key).is_some() && value.is_finite() {
            if let Ok(mut reads) = self.reads.try_borrow_mut() {
                reads.inputs.entry(key).or_insert(value);
            }
        }
        value
    }
}

/// How a variable is drawn.
#[derive(Clone, Debug)]
pub(crate) enum Law {
    /// Always its central value (an exact factor, a user's value without a range).
    Constant,
    /// Triangular on its range, mode at the central value.
    Triangular(Triangular),
    /// A derived factor, recomputed for each sample from the variables it is derived from (so
    /// two factors derived from one common input move together).
    Derived {
        eval: fn(&[f64]) -> f64,
        inputs: Vec<usize>,
    },
}

/// One random variable of the simulation: a factor or a ranged user input.
#[derive(Clone, Debug)]
pub(crate) struct Var {
    pub(crate) id: String,
    pub(crate) kind: VarKind,
    pub(crate) central: f64,
    pub(crate) low: f64,
    pub(crate) high: f64,
    pub(crate) law: Law,
}

/// The variables of one simulation, sorted (factors by id, then inputs by key).
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) vars: Vec<Var>,
    /// Derived variables, each after every derived variable it reads.
    derived_order: Vec<usize>,
    table: IdTable,
    /// The central run's factor reads in order (see the module's documentation).
    sequence: Vec<Expected>,
    /// Ranged inputs: key → variable (few, searched in order).
    inputs: Vec<(&'static str, usize)>,
    /// Every variable at its central value.
    pub(crate) central_row: Vec<f64>,
}

/// One expected read: the variable, and the address and length of its `'static` id if it was
/// read through `get` (else [`NOT_STATIC`], a length no string has).
#[derive(Debug)]
struct Expected {
    var: usize,
    address: usize,
    len: usize,
}

const NOT_STATIC: usize = usize::MAX;

/// How far ahead of the expected read a missed read looks for where the sequence goes on.
const RESYNC: usize = 8;

/// A law before indices are known.
enum Spec {
    Fixed,
    Tri,
    Derived(fn(&[f64]) -> f64, &'static [&'static str]),
}

impl Plan {
    pub(crate) fn build(base: Base<'_>, reads: &Reads) -> Plan {
        let (read, inputs) = (&reads.factors, &reads.inputs);
        // Factors: those read, and (through derived factors) what they are derived from.
        let mut specs: BTreeMap<String, (f64, f64, f64, Spec)> = BTreeMap::new();
        let mut todo: Vec<String> = read.iter().cloned().collect();
        while let Some(id) = todo.pop() {
            if specs.contains_key(&id) {
                continue;
            }
            let Some((central, low, high, spec)) = factor_spec(base, &id) else {
                continue;
            };
            if let Spec::Derived(_, ins) = spec {
                todo.extend(ins.iter().map(|s| (*s).to_string()));
            }
            specs.insert(id, (central, low, high, spec));
        }
        // The ids in order (a BTreeMap's keys are sorted): position by binary search.
        let ids: Vec<&str> = specs.keys().map(String::as_str).collect();
        let mut vars: Vec<Var> = Vec::with_capacity(specs.len() + inputs.len());
        for (id, (central, low, high, spec)) in &specs {
            let law = match spec {
                Spec::Fixed => Law::Constant,
                Spec::Tri => Law::Triangular(Triangular::new(*low, *central, *high)),
                Spec::Derived(eval, ins) => {
                    let idx: Option<Vec<usize>> =
                        ins.iter().map(|s| ids.binary_search(s).ok()).collect();
                    match idx {
                        Some(inputs) => Law::Derived {
                            eval: *eval,
                            inputs,
                        },
                        // Cannot happen for a library that built; stay constant if it does.
                        None => Law::Constant,
                    }
                }
            };
            vars.push(Var {
                id: id.clone(),
                kind: VarKind::Factor,
                central: *central,
                low: *low,
                high: *high,
                law,
            });
        }
        let table = IdTable::new(vars.iter().map(|v| v.id.as_str()));
        let sequence = reads
            .sequence
            .iter()
            .filter_map(|(id, address)| {
                Some(Expected {
                    var: table.find(id)?,
                    address: address.unwrap_or(0),
                    len: if address.is_some() {
                        id.len()
                    } else {
                        NOT_STATIC
                    },
                })
            })
            .collect();
        let mut input_slots = Vec::with_capacity(inputs.len());
        for (key, value) in inputs {
            let Some((low, high)) = base.ranges.get(key) else {
                continue;
            };
            let (low, high, law) = widened(low, *value, high);
            input_slots.push((*key, vars.len()));
            vars.push(Var {
                id: (*key).to_string(),
                kind: VarKind::Input,
                central: *value,
                low,
                high,
                law,
            });
        }
        let derived_order = derived_order(&vars);
        let mut plan = Plan {
            central_row: vars.iter().map(|v| v.central).collect(),
            vars,
            derived_order,
            table,
            sequence,
            inputs: input_slots,
        };
        let mut row = std::mem::take(&mut plan.central_row);
        plan.fill_derived(&mut row, &mut Vec::new());
        plan.central_row = row;
        plan
    }

    /// Recomputes every derived variable of `row` from the row's other values.
    pub(crate) fn fill_derived(&self, row: &mut [f64], scratch: &mut Vec<f64>) {
        for &i in &self.derived_order {
            if let Some(Var {
                law: Law::Derived { eval, inputs },
                ..
            }) = self.vars.get(i)
            {
                scratch.clear();
                scratch.extend(
                    inputs
                        .iter()
                        .map(|&j| row.get(j).copied().unwrap_or(f64::NAN)),
                );
                if let Some(slot) = row.get_mut(i) {
                    *slot = eval(scratch);
                }
            }
        }
    }

    /// The variable of a read that was not the expected one, and where the sequence goes on.
    fn find(&self, id: &str, cursor: &Cell<usize>) -> Option<usize> {
        let var = self.table.find(id)?;
        let c = cursor.get();
        if let Some(ahead) = self.sequence.get(c..(c + RESYNC).min(self.sequence.len())) {
            if let Some(k) = ahead.iter().position(|e| e.var == var) {
                cursor.set(c + k + 1);
            }
        }
        Some(var)
    }

    fn input_index(&self, key: &str) -> Option<usize> {
        self.inputs.iter().find(|(k, _)| *k == key).map(|&(_, i)| i)
    }
}

/// The law of factor `id`, with its central value and range.
fn factor_spec(base: Base<'_>, id: &str) -> Option<(f64, f64, f64, Spec)> {
    let central = base.central(id)?;
    if let Some((low, high)) = base.ranges.get(id) {
        let (low, high, law) = widened(low, central, high);
        let spec = if matches!(law, Law::Constant) {
            Spec::Fixed
        } else {
            Spec::Tri
        };
        return Some((central, low, high, spec));
    }
    if base.overrides.is_overridden(id) {
        return Some((central, central, central, Spec::Fixed));
    }
    let f = base.library.get(id)?;
    if let Some(der) = f.derivation() {
        if f.range_basis == RangeBasis::Propagated && !base.touched(f, 0) {
            return Some((f.value, f.low, f.high, Spec::Derived(der.eval, der.inputs)));
        }
    }
    let (low, high, law) = widened(f.low, f.value, f.high);
    let spec = if matches!(law, Law::Constant) {
        Spec::Fixed
    } else {
        Spec::Tri
    };
    Some((central, low, high, spec))
}

/// A range widened to contain its central value (a user's value may lie outside the library's
/// range); a zero-width or non-finite range is a constant.
fn widened(low: f64, central: f64, high: f64) -> (f64, f64, Law) {
    if !(low.is_finite() && central.is_finite() && high.is_finite()) {
        return (central, central, Law::Constant);
    }
    let (lo, hi) = (low.min(high).min(central), low.max(high).max(central));
    if hi > lo {
        (lo, hi, Law::Triangular(Triangular::new(lo, central, hi)))
    } else {
        (central, central, Law::Constant)
    }
}

/// Derived variables ordered by depth (a derived factor of derived factors comes after them).
fn derived_order(vars: &[Var]) -> Vec<usize> {
    fn depth(vars: &[Var], i: usize, guard: u8) -> u8 {
        match vars.get(i).map(|v| &v.law) {
            Some(Law::Derived { inputs, .. }) if guard < 16 => {
                1 + inputs
                    .iter()
                    .map(|&j| depth(vars, j, guard + 1))
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        }
    }
    let mut order: Vec<(u8, usize)> = vars
        .iter()
        .enumerate()
        .filter(|(_, v)| matches!(v.law, Law::Derived { .. }))
        .map(|(i, _)| (depth(vars, i, 0), i))
        .collect();
    super::insertion_sort_by(&mut order, |a, b| a < b);
    order.into_iter().map(|(_, i)| i).collect()
}

/// The values of one sample (or of one end of a sensitivity swing), read by the calculation.
pub(crate) struct SampleValues<'a> {
    plan: &'a Plan,
    row: &'a [f64],
    base: Base<'a>,
    /// Position in the plan's sequence of expected reads.
    cursor: Cell<usize>,
}

impl<'a> SampleValues<'a> {
    pub(crate) fn new(plan: &'a Plan, row: &'a [f64], base: Base<'a>) -> Self {
        SampleValues {
            plan,
            row,
            base,
            cursor: Cell::new(0),
        }
    }

    /// The expected read if `hit` says the read is it, advancing past it.
    #[inline]
    fn expected(&self, hit: impl Fn(&Expected) -> bool) -> Option<f64> {
        let c = self.cursor.get();
        let e = self.plan.sequence.get(c)?;
        if !hit(e) {
            return None;
        }
        self.cursor.set(c + 1);
        self.row.get(e.var).copied()
    }

    fn lookup(&self, id: &str) -> Option<f64> {
        match self.plan.find(id, &self.cursor) {
            Some(i) => self.row.get(i).copied(),
            // Not read on the central run (a branch the central values did not take): central.
            None => self.base.central(id),
        }
    }
}

impl FactorValues for SampleValues<'_> {
    fn value(&self, id: &str) -> Option<f64> {
        let vars = &self.plan.vars;
        self.expected(|e| vars.get(e.var).is_some_and(|v| v.id == id))
            .or_else(|| self.lookup(id))
    }

    fn get(&self, id: &'static str) -> Result<f64, crate::eval::CalcError> {
        let (address, len) = (id.as_ptr().addr(), id.len());
        match self.expected(|e| e.address == address && e.len == len) {
            Some(v) if v.is_finite() => Ok(v),
            v => checked_factor(id, v.or_else(|| self.lookup(id))),
        }
    }

    fn input(&self, key: &'static str, value: f64) -> f64 {
        self.plan
            .input_index(key)
            .and_then(|i| self.row.get(i).copied())
            .unwrap_or(value)
    }
}

/// Open-addressing hash table from id to variable index (linear probing, load ≤ 1/2). The hash
/// reads three 8-byte words (start, middle, end) and the length: ids differ there (`….so2` /
/// `….nox`, `….2023.…` / `….2024.…`), and a full comparison confirms every hit anyway.
#[derive(Debug)]
struct IdTable {
    slots: Vec<Option<(Box<str>, usize)>>,
    mask: usize,
}

impl IdTable {
    fn new<'s>(ids: impl ExactSizeIterator<Item = &'s str>) -> IdTable {
        let size = (ids.len() * 2).next_power_of_two().max(8);
        let mut table = IdTable {
            slots: vec![None; size],
            mask: size - 1,
        };
        for (i, id) in ids.enumerate() {
            let mut at = table.home(id);
            while let Some(Some(_)) = table.slots.get(at) {
                at = (at + 1) & table.mask;
            }
            if let Some(slot) = table.slots.get_mut(at) {
                *slot = Some((id.into(), i));
            }
        }
        table
    }

    fn home(&self, id: &str) -> usize {
        // Truncation to the table size is the point of a hash.
        #[allow(clippy::cast_possible_truncation)]
        let h = quick_hash(id.as_bytes()) as usize;
        h & self.mask
    }

    fn find(&self, id: &str) -> Option<usize> {
        let mut at = self.home(id);
        loop {
            match self.slots.get(at)? {
                Some((k, i)) if **k == *id => return Some(*i),
                Some(_) => at = (at + 1) & self.mask,
                None => return None,
            }
        }
    }
}

fn quick_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let n = b.len();
    let word = |at: usize| -> u64 {
        b.get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let (head, mid, tail) = if n >= 8 {
        (word(0), word(n / 2 - 4), word(n - 8))
    } else {
        // Short ids: the bytes themselves.
        let mut w = [0u8; 8];
        for (d, s) in w.iter_mut().zip(b) {
            *d = *s;
        }
        (u64::from_le_bytes(w), 0, 0)
    };
    let mut h = (n as u64).wrapping_mul(K) ^ head;
    h = (h.rotate_left(23) ^ mid).wrapping_mul(K);
    h = (h.rotate_left(23) ^ tail).wrapping_mul(K);
    h ^ (h >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_table_finds_every_id_and_nothing_else() {
        let lib = Library::standard();
        let ids: Vec<&str> = lib.iter().map(Factor::id).collect();
        let table = IdTable::new(ids.iter().copied());
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(table.find(id), Some(i), "{id}");
        }
        for absent in [
            "",
            "u",
            "ule.intensity.steel.2018.co2",
            "carbon.elec.cf.2099.national",
        ] {
            assert_eq!(table.find(absent), None, "{absent}");
        }
    }
}
