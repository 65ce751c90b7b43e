//! Calculator 2's part of the scenario link: a [`Scenario`] ↔ `p.…` pairs (docs/links.md,
//! "Total phosphorus").
//!
//! ```text
//! p.days=330&p.water=lake&p.class=iv
//! &p.l.0.label=Wetland%20catchment&p.l.0.base=100
//! &p.m.0.kind=plant&p.m.0.q=100000&p.m.0.after=quasi-iv
//! &p.m.1.kind=efficiency&p.m.1.eta=0.5&p.m.1.label=Buffer%20strip
//! ```
//!
//! * Only what differs from the report preset ([`Scenario::report_preset`]) is written. The
//!   measure list is written whole when it differs from the preset's (`p.m=none` for an empty
//!   list); each field of a measure or shared load only when it differs from the value the page
//!   gives a new one ([`MeasureType::template`], [`baseline_template`]).
//! * Lists are indexed by position: `p.m.<i>.<field>`, `p.l.<i>.<field>`, `i` from 0 (decimal,
//!   no leading zeros). At most [`MAX_MEASURES`] measures and [`MAX_LOADS`] shared loads are
//!   read; an item with a higher index is refused with one notice.
//! * Ids: a measure or load at position `i` has id `i + 1` unless the link says otherwise
//!   (`p.m.<i>.id`, written only then), so a fresh scenario carries no ids and an edited one
//!   keeps them (the page keys its lists by them). An efficiency names its shared load by the
//!   load's id (`p.m.<i>.load`, written only when it is not the last load, the one the page
//!   picks for a new efficiency). Ids read are made unique (a repeated one gets a new id and a
//!   notice), so Yew keys never collide, and kept to 1–[`MAX_ID`], so the page's
//!   "largest id + 1" for a new item never overflows.
//! * Numbers are checked with the calculator's own rules ([`crate::eval::non_negative`],
//!   [`crate::eval::share`], days 0 < d ≤ 366); a value that is not a number or is out of range
//!   leaves the field as a new item has it and adds a notice. An empty value means "not
//!   entered" (the page asks for it). A key the item's kind does not have is left unread and
//!   reported as unknown.

use super::compute::field;
use super::inputs::{
    Baseline, DirectLoad, Efficiency, Effluent, EffluentClass, Farmland, Industrial, Livestock,
    LoadId, LossCoefficient, Manure, ManureP, Measure, MeasureId, MeasureKind, MeasureType,
    PlantUpgrade, Scenario, SharedLoad, WaterBody, WaterClass,
};
use crate::codec::{fields_number, LinkFields, NoticeKind, Reader, Writer};
use crate::eval::{non_negative, positive, share, CalcError};

/// The key prefix of calculator 2.
pub const PREFIX: &str = "p.";

/// The most measures a link carries (indices `p.m.0` … `p.m.199`): far more than a scenario
/// has, and it bounds the work a hostile link can cause.
pub const MAX_MEASURES: usize = 200;

/// The most shared loads a link carries (indices `p.l.0` … `p.l.49`).
pub const MAX_LOADS: usize = 50;

/// The largest id a link may give a measure or a shared load. The page numbers new items from
/// 1 upwards, one per "add"; the bound keeps "largest id + 1" far from `u32::MAX`.
pub const MAX_ID: u32 = 999_999;

/// The most operating days a year has (the rule of [`super::compute`]).
const MAX_DAYS: f64 = 366.0;

const MEASURES: &str = "p.m.";
const LOADS: &str = "p.l.";
const NO_MEASURES: &str = "p.m";

/// The word for the middle-lower Yangtze loss coefficient of the library.
const YANGTZE: &str = "yangtze";
/// The word for the report's total as a direct load.
const REPORT: &str = "report";

/// The kind of measure named by `key` ([`MeasureType::key`]).
fn measure_type(key: &str) -> Option<MeasureType> {
    MeasureType::ALL.into_iter().find(|t| t.key() == key)
}

/// A water body by its key ([`WaterBody::key`]).
fn water_body(key: &str) -> Option<WaterBody> {
    WaterBody::ALL.into_iter().find(|w| w.key() == key)
}

/// The link word of a GB 3838 class: its numeral in lower case (`iii`).
pub fn class_key(c: WaterClass) -> String {
    c.numeral().to_ascii_lowercase()
}

/// A GB 3838 class by its numeral, either case.
fn water_class(key: &str) -> Option<WaterClass> {
    WaterClass::ALL
        .into_iter()
        .find(|c| c.numeral().eq_ignore_ascii_case(key))
}

/// How a shared load's baseline is given: `entered`, `flow` or `farmland` (the values of the
/// page's choice).
fn baseline_key(b: &Baseline) -> &'static str {
    match b {
        Baseline::Entered(_) => "entered",
        Baseline::Flow { .. } => "flow",
        Baseline::Farmland { .. } => "farmland",
    }
}

/// The baseline the page starts from when the user picks a kind (`entered`, `flow`,
/// `farmland`): nothing entered, the library's loss coefficient.
pub fn baseline_template(key: &str) -> Option<Baseline> {
    match key {
        "entered" => Some(Baseline::Entered(None)),
        "flow" => Some(Baseline::Flow {
            flow: None,
            concentration: None,
        }),
        "farmland" => Some(Baseline::Farmland {
            area: None,
            coefficient: LossCoefficient::YangtzeMidLower,
        }),
        _ => None,
    }
}

/// The load a new efficiency acts on: the last shared load (as the page's "add" picks it), or
/// none.
fn default_load(loads: &[SharedLoad]) -> LoadId {
    loads.last().map_or(LoadId(0), |l| l.id)
}

// ---------------------------------------------------------------------------------------------
// Writing

/// A number as link text; "not entered" (and a non-finite value, which no field holds) is
/// empty.
fn num_text(x: Option<f64>) -> String {
    x.filter(|x| x.is_finite())
        .map_or_else(String::new, fields_number)
}

fn effluent_text(e: Effluent) -> String {
    match e {
        Effluent::Class(c) => c.key().to_string(),
        Effluent::Entered(x) => num_text(x),
    }
}

fn coefficient_text(c: LossCoefficient) -> String {
    match c {
        LossCoefficient::YangtzeMidLower => YANGTZE.to_string(),
        LossCoefficient::Entered(x) => num_text(x),
    }
}

fn manure_text(m: ManureP) -> String {
    match m {
        ManureP::Library(k) => k.key().to_string(),
        ManureP::Entered(x) => num_text(x),
    }
}

fn direct_text(d: DirectLoad) -> String {
    match d {
        DirectLoad::ReportTotal => REPORT.to_string(),
        DirectLoad::Entered(x) => num_text(x),
    }
}

/// A measure's inputs as (field, link text), every field of its kind in a fixed order.
fn measure_fields(k: &MeasureKind) -> Vec<(&'static str, String)> {
    match k {
        MeasureKind::Plant(p) => vec![
            ("q", num_text(p.flow)),
            ("before", effluent_text(p.before)),
            ("after", effluent_text(p.after)),
        ],
        MeasureKind::Industrial(i) => vec![
            ("q", num_text(i.flow)),
            ("before", num_text(i.before)),
            ("after", num_text(i.after)),
        ],
        MeasureKind::Farmland(f) => vec![
            ("area", num_text(f.area)),
            ("coef", coefficient_text(f.coefficient)),
            ("removal", num_text(f.removal)),
        ],
        MeasureKind::Livestock(l) => vec![
            ("heads", num_text(l.heads)),
            ("manure", num_text(l.manure_per_head)),
            ("manure_p", manure_text(l.manure_p)),
            ("removal", num_text(l.removal)),
        ],
        MeasureKind::Direct(d) => vec![("t", direct_text(*d))],
        MeasureKind::Efficiency(e) => vec![
            ("load", e.load.0.to_string()),
            ("eta", num_text(e.efficiency)),
        ],
    }
}

/// A shared load's baseline as (field, link text), without its kind (`by`).
fn baseline_fields(b: &Baseline) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    match b {
        Baseline::Entered(x) => out.push(("base", num_text(*x))),
        Baseline::Flow {
            flow,
            concentration,
        } => {
            out.push(("q", num_text(*flow)));
            out.push(("c", num_text(*concentration)));
        }
        Baseline::Farmland { area, coefficient } => {
            out.push(("area", num_text(*area)));
            out.push(("coef", coefficient_text(*coefficient)));
        }
    }
    out
}

/// Writes `fields` under `prefix`, each only where it differs from `template`'s (same kind,
/// same fields in the same order).
fn write_changed(
    w: &mut Writer,
    prefix: &str,
    fields: Vec<(&'static str, String)>,
    template: &[(&'static str, String)],
) {
    for (name, text) in fields {
        let same = template.iter().any(|(n, t)| *n == name && *t == text);
        if !same {
            w.text(format!("{prefix}{name}"), text);
        }
    }
}

/// The id of position `i` when the link does not give one.
fn implicit_id(i: usize) -> u32 {
    u32::try_from(i).map_or(u32::MAX, |i| i.saturating_add(1))
}

impl LinkFields for Scenario {
    fn write(&self, w: &mut Writer) {
        let preset = Scenario::report_preset();
        w.num("p.days", self.days, preset.days);
        w.word("p.water", self.water.key(), preset.water.key());
        w.word("p.class", &class_key(self.class), &class_key(preset.class));

        for (i, l) in self.shared_loads.iter().enumerate() {
            // The load's own pairs; a load exactly as the page adds it still needs one pair
            // to exist in the link: its kind.
            let prefix = format!("{LOADS}{i}.");
            let mut item = Writer::new();
            if l.id.0 != implicit_id(i) {
                item.text(format!("{prefix}id"), l.id.0.to_string());
            }
            if !l.label.is_empty() {
                item.text(format!("{prefix}label"), l.label.clone());
            }
            item.word(format!("{prefix}by"), baseline_key(&l.baseline), "entered");
            let template = baseline_template(baseline_key(&l.baseline))
                .map(|b| baseline_fields(&b))
                .unwrap_or_default();
            write_changed(&mut item, &prefix, baseline_fields(&l.baseline), &template);
            let pairs = item.into_pairs();
            if pairs.is_empty() {
                w.text(format!("{prefix}by"), baseline_key(&l.baseline));
            }
            for (k, v) in pairs {
                w.text(k, v);
            }
        }

        if self.measures == preset.measures {
            return;
        }
        if self.measures.is_empty() {
            w.text(NO_MEASURES, "none");
        }
        let load = default_load(&self.shared_loads);
        for (i, m) in self.measures.iter().enumerate() {
            let prefix = format!("{MEASURES}{i}.");
            let t = m.kind.measure_type();
            w.text(format!("{prefix}kind"), t.key());
            if m.id.0 != implicit_id(i) {
                w.text(format!("{prefix}id"), m.id.0.to_string());
            }
            if !m.label.is_empty() {
                w.text(format!("{prefix}label"), m.label.clone());
            }
            write_changed(
                w,
                &prefix,
                measure_fields(&m.kind),
                &measure_fields(&t.template(load)),
            );
        }
    }

    fn read(r: &mut Reader) -> Self {
        let preset = Scenario::report_preset();
        let days = r
            .num("p.days", |x| {
                positive(field::DAYS, x).and_then(|d| {
                    if d <= MAX_DAYS {
                        Ok(d)
                    } else {
                        Err(too_large(field::DAYS))
                    }
                })
            })
            .unwrap_or(preset.days);
        let water = r.word("p.water", water_body).unwrap_or(preset.water);
        let class = r.word("p.class", water_class).unwrap_or(preset.class);

        let shared_loads = read_loads(r);
        let measures = read_measures(r, &shared_loads).unwrap_or(preset.measures);
        Scenario {
            measures,
            shared_loads,
            days,
            water,
            class,
        }
    }
}

fn too_large(field: &'static str) -> CalcError {
    CalcError::Input {
        field,
        problem: crate::eval::Problem::TooLarge,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

/// The indices of the items under `prefix` (`p.m.` or `p.l.`) with at least one key, ascending.
/// Items at index `max` or above are refused: their keys are consumed with one notice per item.
/// Keys whose index is not a plain decimal number are left for the unknown-key notice.
///
/// The sets here are a flag per index and plain `Vec`s, not `BTreeSet`s: each `BTreeSet` key
/// type costs ~1–2 KB of wasm, and these hold at most `max` (≤ 200) items.
fn indices(r: &mut Reader, prefix: &str, max: usize) -> Vec<usize> {
    let mut ok = vec![false; max];
    let mut refused: Vec<(String, String)> = Vec::new(); // (item, key)
    for key in r.keys_with_prefix(prefix) {
        let Some((idx, name)) = key[prefix.len()..].split_once('.') else {
            continue;
        };
        let canonical = !idx.is_empty()
            && idx.bytes().all(|b| b.is_ascii_digit())
            && (idx == "0" || !idx.starts_with('0'));
        if !canonical || name.is_empty() {
            continue;
        }
        match idx.parse::<usize>() {
            Ok(i) if i < max => ok[i] = true,
            _ => refused.push((format!("{prefix}{idx}"), key.clone())),
        }
    }
    let mut noticed: Vec<String> = Vec::new();
    for (item, key) in refused {
        let _ = r.take(&key);
        if !noticed.contains(&item) {
            r.notice(&item, "", NoticeKind::OutOfRange);
            noticed.push(item);
        }
    }
    (0..max).filter(|&i| ok[i]).collect()
}

/// A number read from raw link text with the calculator's rule `valid`: `Ok(None)` for empty
/// text (not entered), `Err` with the notice to give otherwise.
fn parse_num<E>(
    raw: &str,
    valid: impl Fn(f64) -> Result<f64, E>,
) -> Result<Option<f64>, NoticeKind> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let x = crate::decimal::parse_f64(s).ok_or(NoticeKind::BadValue)?;
    if !x.is_finite() {
        return Err(NoticeKind::BadValue);
    }
    valid(x).map(Some).map_err(|_| NoticeKind::OutOfRange)
}

/// Reads the fields of one item (`prefix` = `p.m.3.`): each reader gets the raw text of its key
/// if present and reports any problem as a notice on that key.
struct Item<'a> {
    r: &'a mut Reader,
    prefix: String,
}

impl Item<'_> {
    fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn raw(&mut self, name: &str) -> Option<(String, String)> {
        let key = self.key(name);
        self.r.take(&key).map(|v| (key, v))
    }

    /// Applies `parse` to the field `name` if present; a refusal becomes a notice and leaves
    /// `into` as it was.
    ///
    /// A thin generic shim over [`Item::field_with`] (one copy of the reading in the wasm).
    fn field<T>(
        &mut self,
        name: &str,
        into: &mut T,
        parse: impl Fn(&str) -> Result<T, NoticeKind>,
    ) {
        self.field_with(name, &mut |raw| parse(raw).map(|v| *into = v));
    }

    /// [`Item::field`] with the parser storing the value itself.
    #[inline(never)]
    fn field_with(&mut self, name: &str, parse: &mut dyn FnMut(&str) -> Result<(), NoticeKind>) {
        if let Some((key, raw)) = self.raw(name) {
            if let Err(kind) = parse(&raw) {
                self.r.notice(&key, &raw, kind);
            }
        }
    }

    /// An amount ≥ 0 (empty: not entered).
    fn amount(&mut self, name: &str, f: &'static str, into: &mut Option<f64>) {
        self.field(name, into, |s| parse_num(s, |x| non_negative(f, x)));
    }

    /// A share 0–1 (empty: not entered).
    fn share(&mut self, name: &str, f: &'static str, into: &mut Option<f64>) {
        self.field(name, into, |s| parse_num(s, |x| share(f, x)));
    }

    /// A choice of the library (`word`) or the user's amount ≥ 0.
    fn choice<T>(
        &mut self,
        name: &str,
        f: &'static str,
        into: &mut T,
        word: impl Fn(&str) -> Option<T>,
        entered: impl Fn(Option<f64>) -> T,
    ) {
        self.field(name, into, |s| match word(s) {
            Some(v) => Ok(v),
            None => parse_num(s, |x| non_negative(f, x)).map(&entered),
        });
    }

    /// An id 1–[`MAX_ID`].
    fn id(&mut self) -> Option<u32> {
        let mut id = None;
        self.field("id", &mut id, |s| match s.parse::<u64>() {
            Ok(n) if (1..=u64::from(MAX_ID)).contains(&n) => Ok(u32::try_from(n).ok()),
            Ok(_) => Err(NoticeKind::OutOfRange),
            Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
                Err(NoticeKind::OutOfRange)
            }
            Err(_) => Err(NoticeKind::BadValue),
        });
        id
    }

    fn label(&mut self) -> String {
        self.raw("label").map(|(_, v)| v).unwrap_or_default()
    }
}

fn effluent(c: &str) -> Option<Effluent> {
    EffluentClass::from_key(c).map(Effluent::Class)
}

fn coefficient(c: &str) -> Option<LossCoefficient> {
    (c == YANGTZE).then_some(LossCoefficient::YangtzeMidLower)
}

fn read_loads(r: &mut Reader) -> Vec<SharedLoad> {
    let mut loads = Vec::new();
    let mut explicit = Vec::new();
    for i in indices(r, LOADS, MAX_LOADS) {
        let mut it = Item {
            r: &mut *r,
            prefix: format!("{LOADS}{i}."),
        };
        let id = it.id();
        let label = it.label();
        let mut baseline = Baseline::Entered(None);
        it.field("by", &mut baseline, |s| {
            baseline_template(s).ok_or(NoticeKind::BadValue)
        });
        match &mut baseline {
            Baseline::Entered(x) => it.amount("base", field::BASELINE, x),
            Baseline::Flow {
                flow,
                concentration,
            } => {
                it.amount("q", field::FLOW, flow);
                it.amount("c", field::CONCENTRATION, concentration);
            }
            Baseline::Farmland {
                area,
                coefficient: c,
            } => {
                it.amount("area", field::AREA, area);
                it.choice(
                    "coef",
                    field::COEFFICIENT,
                    c,
                    coefficient,
                    LossCoefficient::Entered,
                );
            }
        }
        explicit.push((id, it.key("id")));
        loads.push(SharedLoad {
            id: LoadId(0),
            label,
            baseline,
        });
    }
    let ids = settle_ids(r, &explicit);
    for (l, id) in loads.iter_mut().zip(ids) {
        l.id = LoadId(id);
    }
    loads
}

/// The measures of the link, or `None` when it has none of its own (the preset's stay).
fn read_measures(r: &mut Reader, loads: &[SharedLoad]) -> Option<Vec<Measure>> {
    let none = r.word(NO_MEASURES, |s| (s == "none").then_some(()));
    let found = indices(r, MEASURES, MAX_MEASURES);
    if found.is_empty() && none.is_none() {
        return None;
    }
    let load = default_load(loads);
    let mut measures = Vec::new();
    let mut explicit = Vec::new();
    for i in found {
        let mut it = Item {
            r: &mut *r,
            prefix: format!("{MEASURES}{i}."),
        };
        // Without a readable kind the item's other keys mean nothing: they stay unread and are
        // reported as unknown.
        let kind_key = it.key("kind");
        let Some(t) = it.r.word(&kind_key, measure_type) else {
            continue;
        };
        let id = it.id();
        let label = it.label();
        let mut kind = t.template(load);
        read_kind(&mut it, &mut kind, loads);
        explicit.push((id, it.key("id")));
        measures.push(Measure {
            id: MeasureId(0),
            label,
            kind,
        });
    }
    let ids = settle_ids(r, &explicit);
    for (m, id) in measures.iter_mut().zip(ids) {
        m.id = MeasureId(id);
    }
    Some(measures)
}

/// Applies the fields of a measure's kind to its template.
fn read_kind(it: &mut Item<'_>, kind: &mut MeasureKind, loads: &[SharedLoad]) {
    match kind {
        MeasureKind::Plant(PlantUpgrade {
            flow,
            before,
            after,
        }) => {
            it.amount("q", field::FLOW, flow);
            it.choice("before", field::BEFORE, before, effluent, Effluent::Entered);
            it.choice("after", field::AFTER, after, effluent, Effluent::Entered);
        }
        MeasureKind::Industrial(Industrial {
            flow,
            before,
            after,
        }) => {
            it.amount("q", field::FLOW, flow);
            it.amount("before", field::BEFORE, before);
            it.amount("after", field::AFTER, after);
        }
        MeasureKind::Farmland(Farmland {
            area,
            coefficient: c,
            removal,
        }) => {
            it.amount("area", field::AREA, area);
            it.choice(
                "coef",
                field::COEFFICIENT,
                c,
                coefficient,
                LossCoefficient::Entered,
            );
            it.share("removal", field::REMOVAL, removal);
        }
        MeasureKind::Livestock(Livestock {
            heads,
            manure_per_head,
            manure_p,
            removal,
        }) => {
            it.amount("heads", field::HEADS, heads);
            it.amount("manure", field::MANURE_PER_HEAD, manure_per_head);
            it.choice(
                "manure_p",
                field::MANURE_P,
                manure_p,
                |s| Manure::from_key(s).map(ManureP::Library),
                ManureP::Entered,
            );
            it.share("removal", field::REMOVAL, removal);
        }
        MeasureKind::Direct(d) => {
            it.choice(
                "t",
                field::LOAD,
                d,
                |s| (s == REPORT).then_some(DirectLoad::ReportTotal),
                DirectLoad::Entered,
            );
        }
        MeasureKind::Efficiency(Efficiency { load, efficiency }) => {
            // A shared load of this link, by id.
            it.field("load", load, |s| {
                let id = s.parse::<u32>().map_err(|_| NoticeKind::BadValue)?;
                loads
                    .iter()
                    .find(|l| l.id.0 == id)
                    .map(|l| l.id)
                    .ok_or(NoticeKind::OutOfRange)
            });
            it.share("eta", field::EFFICIENCY, efficiency);
        }
    }
}

/// The ids of a list read from a link: each item's own (`explicit`, with the key it was read
/// from) or its position + 1, made unique: an id already taken by an earlier item is replaced
/// by a fresh one (and reported when the link gave it).
fn settle_ids(r: &mut Reader, explicit: &[(Option<u32>, String)]) -> Vec<u32> {
    let wanted: Vec<u32> = explicit
        .iter()
        .enumerate()
        .map(|(i, (id, _))| id.unwrap_or_else(|| implicit_id(i)))
        .collect();
    let mut next = wanted.iter().copied().max().unwrap_or(0).saturating_add(1);
    // The ids handed out so far (`out`) are the set of used ids: at most `MAX_MEASURES`.
    let mut out: Vec<u32> = Vec::with_capacity(wanted.len());
    for (want, (given, key)) in wanted.iter().zip(explicit) {
        if out.contains(want) {
            if given.is_some() {
                r.notice(key, &want.to_string(), NoticeKind::Duplicate);
            }
            out.push(next);
            next = next.saturating_add(1);
        } else {
            out.push(*want);
        }
    }
    out
}
