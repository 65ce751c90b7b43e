//! Which factors a calculation read: for the factor snapshot of an export (values with their
//! citations) and for "what changed" when a link was made with another factor set.

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::eval::FactorValues;

/// Wraps a factor source and records every id read through it.
pub struct Recorder<'a> {
    inner: &'a dyn FactorValues,
    ids: RefCell<BTreeSet<String>>,
}

impl<'a> Recorder<'a> {
    /// Records the reads made through `inner`.
    pub fn new(inner: &'a dyn FactorValues) -> Recorder<'a> {
        Recorder {
            inner,
            ids: RefCell::new(BTreeSet::new()),
        }
    }

    /// The ids read so far, sorted.
    pub fn ids(&self) -> Vec<String> {
        self.ids.borrow().iter().cloned().collect()
    }
}

impl FactorValues for Recorder<'_> {
    fn value(&self, id: &str) -> Option<f64> {
        if let Ok(mut ids) = self.ids.try_borrow_mut() {
            if !ids.contains(id) {
                ids.insert(id.to_string());
            }
        }
        self.inner.value(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn records_each_id_once_in_order() {
        let mut t: BTreeMap<&'static str, f64> = BTreeMap::new();
        t.insert("b", 2.0);
        t.insert("a", 1.0);
        let r = Recorder::new(&t);
        let sum = |f: &dyn FactorValues| f.get("b").and_then(|b| f.get("a").map(|a| a + b));
        assert_eq!(sum(&r), Ok(3.0));
        assert_eq!(sum(&r), Ok(3.0));
        assert_eq!(r.value("missing"), None);
        assert_eq!(r.ids(), vec!["a", "b", "missing"]);
    }
}
