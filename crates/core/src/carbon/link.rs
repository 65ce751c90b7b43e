//! Calculator 3 in the scenario link: keys under `c.` (the table is in `docs/links.md`).
//!
//! A scenario is written as the difference from the preset it started from, so an untouched
//! preset writes nothing but its name and the default one writes nothing at all:
//!
//! ```text
//! c.preset=carbon.aluminium            the preset (absent: the household preset)
//! c.el=ef.2023.province.sichuan        electricity basis: cf.<year>.<generation>[.<td>] | ef.<year>.<scope>
//! c.gwp=ar6  c.fu=2  c.fu.unit=t  c.b=cradle_to_gate  c.price=ccer
//! c.n=3                                how many lines (absent: as many as the preset has)
//! c.l.2.kind=fuel&c.l.2.fuel=diesel&c.l.2.q=2&c.l.2.id=7&c.l.2.v=b
//! ```
//!
//! * Line `i` is written as the difference from the preset's line `i` when it has the same
//!   kind, otherwise from a new line of its kind ([`ActivityKind::new_activity`]); a line beyond
//!   the preset's always writes its `kind`. Its id is written when it differs from the preset
//!   line's id (or from `i` past the preset's lines), so ids stay stable across a round trip.
//! * Reading starts from the preset and applies each key, checking every number with the
//!   calculator's own rules (quantities and entered CH₄/N₂O [`non_negative`], the functional
//!   unit [`positive`]), every word with the enums' `from_key`, and the electricity basis
//!   against the published factors ([`ElectricityBasis::factor_ids`]). A refused value leaves
//!   the preset's value and adds a notice; the result is always a scenario the page can show.
//! * At most [`MAX_LINES`] lines; keys of further lines are refused with an out-of-range notice.
//!   Duplicate ids in a hand-written link are replaced by fresh ones.

use crate::codec::{NoticeKind, Reader, Writer};
use crate::eval::{non_negative, positive};
use crate::factors::electricity::{EmissionScope, GenerationType};

use super::calc::{FIELD_CH4, FIELD_FUNCTIONAL_UNIT, FIELD_N2O, FIELD_QUANTITY};
use super::inputs::{
    Activity, ActivityKind, Boundary, CarbonInputs, DirectGas, ElectricityBasis, ElectricityUse,
    EnergyUnit, Fuel, FuelUnit, FunctionalUnitKind, GwpSet, Line, LineId, MassUnit, NonCo2,
    PriceChoice, Process, TdKind, Variant, Vehicle,
};
use super::presets;

/// The most lines a link can hold (a real footprint has a handful; this bounds a hostile link).
pub const MAX_LINES: usize = 100;

/// The preset a link without `c.preset` starts from (the page's default scenario).
pub const DEFAULT_PRESET: &str = presets::HOUSEHOLD;

/// The key of an electricity basis: `cf.<year>.<generation>[.<td>]` or `ef.<year>.<scope>`
/// (e.g. `cf.2024.national`, `cf.2024.coal.td_with_losses`, `ef.2023.province.sichuan`).
pub fn electricity_key(basis: ElectricityBasis) -> String {
    match basis {
        ElectricityBasis::Footprint {
            year,
            generation,
            td,
        } => match td {
            Some(td) => format!("cf.{year}.{}.{}", generation.key(), td.key()),
            None => format!("cf.{year}.{}", generation.key()),
        },
        ElectricityBasis::Emission { year, scope } => format!("ef.{year}.{}", scope.key()),
    }
}

/// Reads a key written by [`electricity_key`]; `None` unless it names a published factor.
pub fn electricity_from_key(key: &str) -> Option<ElectricityBasis> {
    let mut parts = key.splitn(3, '.');
    let kind = parts.next()?;
    let year: u16 = parts.next()?.parse().ok()?;
    let rest = parts.next()?;
    let basis = match kind {
        "cf" => {
            let (generation, td) = match rest.split_once('.') {
                Some((g, td)) => (g, Some(TdKind::from_key(td)?)),
                None => (rest, None),
            };
            ElectricityBasis::Footprint {
                year,
                generation: GenerationType::from_key(generation)?,
                td,
            }
        }
        "ef" => ElectricityBasis::Emission {
            year,
            scope: EmissionScope::from_key(rest)?,
        },
        _ => return None,
    };
    (basis.factor_ids().is_ok() && basis.normalised() == basis).then_some(basis)
}

/// Writes `inputs` (started from `preset`) as the difference from that preset.
pub fn write(inputs: &CarbonInputs, preset: Option<&str>, w: &mut Writer) {
    let preset_key = preset.unwrap_or("none");
    w.word("c.preset", preset_key, DEFAULT_PRESET);
    let base = base_inputs(preset);
    if inputs.electricity != base.electricity {
        w.text("c.el", electricity_key(inputs.electricity));
    }
    w.word("c.gwp", inputs.gwp.key(), base.gwp.key());
    w.num(
        "c.fu",
        inputs.functional_unit.amount,
        base.functional_unit.amount,
    );
    w.word(
        "c.fu.unit",
        inputs.functional_unit.kind.key(),
        base.functional_unit.kind.key(),
    );
    w.word("c.b", inputs.boundary.key(), base.boundary.key());
    w.word("c.price", inputs.price.key(), base.price.key());
    if inputs.lines.len() != base.lines.len() {
        w.text("c.n", inputs.lines.len().to_string());
    }
    for (i, line) in inputs.lines.iter().enumerate() {
        write_line(i, line, base.lines.get(i), w);
    }
}

/// The preset's inputs (`None`: the default preset's, as for a custom scenario).
fn base_inputs(preset: Option<&str>) -> CarbonInputs {
    preset
        .and_then(presets::inputs)
        .or_else(|| presets::inputs(DEFAULT_PRESET))
        .unwrap_or_default()
}

/// What line `i` is compared with: the preset's line, or a new line of the same kind.
fn base_line(i: usize, kind: Option<ActivityKind>, preset: Option<&Line>) -> Line {
    let fallback_id = LineId(u32::try_from(i).unwrap_or(u32::MAX));
    match preset {
        Some(p) if kind.is_none_or(|k| k == p.activity.kind()) => *p,
        Some(p) => Line {
            activity: kind.unwrap_or(p.activity.kind()).new_activity(),
            ..*p
        },
        None => Line {
            id: fallback_id,
            variant: Variant::Baseline,
            activity: kind.unwrap_or(ActivityKind::Electricity).new_activity(),
        },
    }
}

// Each field is compared with its base value, named by its first letter.
#[allow(clippy::many_single_char_names)]
fn write_line(i: usize, line: &Line, preset: Option<&Line>, w: &mut Writer) {
    let k = |field: &str| format!("c.l.{i}.{field}");
    let kind = line.activity.kind();
    let base = base_line(i, Some(kind), preset);
    if preset.is_none_or(|p| p.activity.kind() != kind) {
        w.text(k("kind"), kind.key());
    }
    if line.id != base.id {
        w.text(k("id"), line.id.0.to_string());
    }
    w.word(k("v"), line.variant.key(), base.variant.key());
    match (line.activity, base.activity) {
        (Activity::Electricity { amount, unit }, Activity::Electricity { amount: a, unit: u }) => {
            w.num(k("q"), amount, a);
            w.word(k("u"), unit.key(), u.key());
        }
        (
            Activity::ElectricityUse { benchmark, count },
            Activity::ElectricityUse {
                benchmark: b,
                count: c,
            },
        ) => {
            w.word(k("bm"), benchmark.key(), b.key());
            w.num(k("q"), count, c);
        }
        (
            Activity::Fuel {
                fuel,
                amount,
                unit,
                non_co2,
            },
            Activity::Fuel {
                fuel: f,
                amount: a,
                unit: u,
                non_co2: n,
            },
        ) => {
            w.word(k("fuel"), fuel.key(), f.key());
            w.num(k("q"), amount, a);
            w.word(k("u"), unit.key(), u.key());
            w.word(k("nc"), non_co2.key(), n.key());
            if let NonCo2::Entered {
                ch4_kg_per_tj,
                n2o_kg_per_tj,
            } = non_co2
            {
                let (c0, n0) = entered(n);
                w.num(k("ch4"), ch4_kg_per_tj, c0);
                w.num(k("n2o"), n2o_kg_per_tj, n0);
            }
        }
        (Activity::Vehicle { vehicle, km }, Activity::Vehicle { vehicle: v, km: d }) => {
            w.word(k("veh"), vehicle.key(), v.key());
            w.num(k("q"), km, d);
        }
        (
            Activity::Process { process, tonnes },
            Activity::Process {
                process: p,
                tonnes: t,
            },
        ) => {
            w.word(k("proc"), process.key(), p.key());
            w.num(k("q"), tonnes, t);
        }
        (
            Activity::Direct { amount, unit, gas },
            Activity::Direct {
                amount: a,
                unit: u,
                gas: g,
            },
        ) => {
            w.num(k("q"), amount, a);
            w.word(k("u"), unit.key(), u.key());
            w.word(k("gas"), gas.key(), g.key());
        }
        // `base_line` gives the same kind; nothing else can happen.
        _ => {}
    }
}

/// The entered CH₄ and N₂O factors of `n` (0, 0 when it is not an entry).
fn entered(n: NonCo2) -> (f64, f64) {
    match n {
        NonCo2::Entered {
            ch4_kg_per_tj,
            n2o_kg_per_tj,
        } => (ch4_kg_per_tj, n2o_kg_per_tj),
        _ => (0.0, 0.0),
    }
}

fn quantity(x: f64) -> Result<f64, crate::eval::CalcError> {
    non_negative(FIELD_QUANTITY, x)
}

/// Reads the carbon part of a link: the scenario and the preset it started from.
pub fn read(r: &mut Reader) -> (CarbonInputs, Option<&'static str>) {
    let preset = r
        .word("c.preset", |s| {
            if s == "none" {
                Some(None)
            } else {
                presets::get(s).map(|p| Some(p.key))
            }
        })
        .unwrap_or(Some(DEFAULT_PRESET));
    let base = base_inputs(preset);
    let mut inputs = base.clone();
    if let Some(b) = r.word("c.el", electricity_from_key) {
        inputs.electricity = b;
    }
    if let Some(g) = r.word("c.gwp", GwpSet::from_key) {
        inputs.gwp = g;
    }
    if let Some(x) = r.num("c.fu", |x| positive(FIELD_FUNCTIONAL_UNIT, x)) {
        inputs.functional_unit.amount = x;
    }
    if let Some(u) = r.word("c.fu.unit", FunctionalUnitKind::from_key) {
        inputs.functional_unit.kind = u;
    }
    if let Some(b) = r.word("c.b", Boundary::from_key) {
        inputs.boundary = b;
    }
    if let Some(p) = r.word("c.price", PriceChoice::from_key) {
        inputs.price = p;
    }
    let mut n = base.lines.len();
    if let Some(raw) = r.take("c.n") {
        match raw.trim().parse::<usize>() {
            Ok(x) if x <= MAX_LINES => n = x,
            Ok(_) => {
                r.notice("c.n", &raw, NoticeKind::OutOfRange);
                n = MAX_LINES;
            }
            Err(_) => r.notice("c.n", &raw, NoticeKind::BadValue),
        }
    }
    // Keys of lines past the limit: refused, one notice per key (the fragment's pair limit
    // bounds how many).
    for key in r.keys_with_prefix("c.l.") {
        let index = key
            .strip_prefix("c.l.")
            .and_then(|rest| rest.split('.').next())
            .and_then(|i| i.parse::<usize>().ok());
        if index.is_some_and(|i| i >= MAX_LINES) {
            let value = r.take(&key).unwrap_or_default();
            r.notice(&key, &value, NoticeKind::OutOfRange);
        }
    }
    inputs.lines = (0..n).map(|i| read_line(i, base.lines.get(i), r)).collect();
    fresh_ids(&mut inputs.lines);
    (inputs, preset)
}

/// Gives every line whose id an earlier line already has a new id (a hand-written link).
/// At most [`MAX_LINES`] lines, so a linear look-back is enough (no `BTreeSet` instantiation).
fn fresh_ids(lines: &mut [Line]) {
    let mut next = lines
        .iter()
        .map(|l| l.id.0.saturating_add(1))
        .max()
        .unwrap_or(0);
    for i in 0..lines.len() {
        if lines[..i].iter().any(|l| l.id == lines[i].id) {
            lines[i].id = LineId(next);
            next = next.saturating_add(1);
        }
    }
}

// Each field is compared with its base value, named by its first letter.
#[allow(clippy::many_single_char_names)]
fn read_line(i: usize, preset: Option<&Line>, r: &mut Reader) -> Line {
    let k = |field: &str| format!("c.l.{i}.{field}");
    let kind = r.word(&k("kind"), ActivityKind::from_key);
    let mut line = base_line(i, kind, preset);
    if let Some(id) = r.word(&k("id"), |s| s.parse::<u32>().ok()) {
        line.id = LineId(id);
    }
    if let Some(v) = r.word(&k("v"), Variant::from_key) {
        line.variant = v;
    }
    let q = |r: &mut Reader, x: &mut f64| {
        if let Some(v) = r.num(&k("q"), quantity) {
            *x = v;
        }
    };
    match &mut line.activity {
        Activity::Electricity { amount, unit } => {
            q(r, amount);
            if let Some(u) = r.word(&k("u"), EnergyUnit::from_key) {
                *unit = u;
            }
        }
        Activity::ElectricityUse { benchmark, count } => {
            if let Some(b) = r.word(&k("bm"), ElectricityUse::from_key) {
                *benchmark = b;
            }
            q(r, count);
        }
        Activity::Fuel {
            fuel,
            amount,
            unit,
            non_co2,
        } => {
            if let Some(f) = r.word(&k("fuel"), Fuel::from_key) {
                *fuel = f;
            }
            let f = *fuel;
            q(r, amount);
            if let Some(u) = r.word(&k("u"), |s| FuelUnit::from_key(s).filter(|u| f.accepts(*u))) {
                *unit = u;
            }
            let choice = r.word(&k("nc"), |s| match s {
                "none" => Some(NonCo2::Omit),
                "ipcc" if f.has_liquid_default() => Some(NonCo2::IpccLiquidStationary),
                "entered" => Some(NonCo2::Entered {
                    ch4_kg_per_tj: 0.0,
                    n2o_kg_per_tj: 0.0,
                }),
                _ => None,
            });
            if let Some(c) = choice {
                // An entry keeps the preset's entered values as its base.
                if !matches!(
                    (c, *non_co2),
                    (NonCo2::Entered { .. }, NonCo2::Entered { .. })
                ) {
                    *non_co2 = c;
                }
            }
            if let NonCo2::Entered {
                ch4_kg_per_tj,
                n2o_kg_per_tj,
            } = non_co2
            {
                if let Some(x) = r.num(&k("ch4"), |x| non_negative(FIELD_CH4, x)) {
                    *ch4_kg_per_tj = x;
                }
                if let Some(x) = r.num(&k("n2o"), |x| non_negative(FIELD_N2O, x)) {
                    *n2o_kg_per_tj = x;
                }
            }
        }
        Activity::Vehicle { vehicle, km } => {
            if let Some(v) = r.word(&k("veh"), Vehicle::from_key) {
                *vehicle = v;
            }
            q(r, km);
        }
        Activity::Process { process, tonnes } => {
            if let Some(p) = r.word(&k("proc"), Process::from_key) {
                *process = p;
            }
            q(r, tonnes);
        }
        Activity::Direct { amount, unit, gas } => {
            q(r, amount);
            if let Some(u) = r.word(&k("u"), MassUnit::from_key) {
                *unit = u;
            }
            if let Some(g) = r.word(&k("gas"), DirectGas::from_key) {
                *gas = g;
            }
        }
    }
    line.activity = line.activity.normalised();
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{Notice, Reader, Writer};
    use crate::factors::electricity::Grid;
    use proptest::prelude::*;

    fn encode(inputs: &CarbonInputs, preset: Option<&str>) -> Vec<(String, String)> {
        let mut w = Writer::new();
        write(inputs, preset, &mut w);
        w.into_pairs()
    }

    fn decode(pairs: Vec<(String, String)>) -> ((CarbonInputs, Option<&'static str>), Vec<Notice>) {
        let mut r = Reader::new(pairs);
        let out = read(&mut r);
        (out, r.finish())
    }

    fn pairs(s: &str) -> Vec<(String, String)> {
        s.split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    fn valid(inputs: &CarbonInputs) -> bool {
        super::super::validate(inputs).is_empty() && {
            let mut ids: Vec<_> = inputs.lines.iter().map(|l| l.id).collect();
            ids.sort();
            ids.dedup();
            ids.len() == inputs.lines.len()
        }
    }

    fn quantity() -> impl Strategy<Value = f64> {
        prop_oneof![Just(0.0), Just(1.0), 0.0..1e9_f64, Just(0.1 + 0.2)]
    }

    fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
        (0..all.len()).prop_map(move |i| all[i])
    }

    fn activity() -> impl Strategy<Value = Activity> {
        let non_co2 = prop_oneof![
            Just(NonCo2::Omit),
            Just(NonCo2::IpccLiquidStationary),
            (quantity(), quantity()).prop_map(|(c, n)| NonCo2::Entered {
                ch4_kg_per_tj: c,
                n2o_kg_per_tj: n
            }),
        ];
        prop_oneof![
            (quantity(), pick(EnergyUnit::ALL))
                .prop_map(|(amount, unit)| Activity::Electricity { amount, unit }),
            (pick(ElectricityUse::ALL), quantity())
                .prop_map(|(benchmark, count)| Activity::ElectricityUse { benchmark, count }),
            (pick(Fuel::ALL), quantity(), pick(FuelUnit::ALL), non_co2).prop_map(
                |(fuel, amount, unit, non_co2)| Activity::Fuel {
                    fuel,
                    amount,
                    unit,
                    non_co2
                }
                .normalised()
            ),
            (pick(Vehicle::ALL), quantity())
                .prop_map(|(vehicle, km)| Activity::Vehicle { vehicle, km }),
            (pick(Process::ALL), quantity())
                .prop_map(|(process, tonnes)| Activity::Process { process, tonnes }),
            (quantity(), pick(MassUnit::ALL), pick(DirectGas::ALL))
                .prop_map(|(amount, unit, gas)| Activity::Direct { amount, unit, gas }),
        ]
    }

    fn basis() -> impl Strategy<Value = ElectricityBasis> {
        let scopes = EmissionScope::all();
        let n = scopes.len();
        prop_oneof![
            (
                pick(&crate::factors::electricity::FOOTPRINT_YEARS),
                pick(&ElectricityBasis::GENERATION_TYPES),
                prop_oneof![
                    Just(None),
                    Just(Some(TdKind::ExcludingLosses)),
                    Just(Some(TdKind::IncludingLosses))
                ]
            )
                .prop_map(|(year, generation, td)| ElectricityBasis::Footprint {
                    year,
                    generation,
                    td
                }
                .normalised()),
            (pick(&crate::factors::electricity::EMISSION_YEARS), 0..n).prop_map(
                move |(year, i)| ElectricityBasis::Emission {
                    year,
                    scope: scopes[i]
                }
            ),
        ]
    }

    fn preset() -> impl Strategy<Value = Option<&'static str>> {
        prop_oneof![
            Just(None),
            (0..presets::ALL.len()).prop_map(|i| Some(presets::ALL[i].key)),
        ]
    }

    prop_compose! {
        fn scenario()(
            preset in preset(),
            keep in any::<bool>(),
            lines in prop::collection::vec((activity(), any::<bool>(), 0_u32..1000), 0..8),
            electricity in basis(),
            gwp in pick(GwpSet::ALL),
            fu in prop_oneof![Just(1.0), 1e-6..1e6_f64],
            fu_kind in pick(FunctionalUnitKind::ALL),
            boundary in pick(Boundary::ALL),
            price in pick(PriceChoice::ALL),
        ) -> (CarbonInputs, Option<&'static str>) {
            let mut inputs = base_inputs(preset);
            if !keep {
                inputs.lines.extend(lines.iter().map(|&(activity, alt, id)| Line {
                    id: LineId(id),
                    variant: if alt { Variant::Alternative } else { Variant::Baseline },
                    activity,
                }));
                fresh_ids(&mut inputs.lines);
                inputs.electricity = electricity;
                inputs.gwp = gwp;
                inputs.functional_unit.amount = fu;
                inputs.functional_unit.kind = fu_kind;
                inputs.boundary = boundary;
                inputs.price = price;
                if lines.len() % 3 == 0 {
                    // Also drop the preset's first line, so ids and kinds shift.
                    if !inputs.lines.is_empty() { inputs.lines.remove(0); }
                }
                if lines.len() % 2 == 1 { inputs.lines.reverse(); }
            }
            (inputs, preset)
        }
    }

    proptest! {
        #[test]
        fn round_trip((inputs, preset) in scenario()) {
            prop_assume!(valid(&inputs));
            let p = encode(&inputs, preset);
            prop_assert!(p.iter().all(|(k, _)| k.starts_with("c.")));
            let ((back, back_preset), notices) = decode(p.clone());
            prop_assert!(notices.is_empty(), "{p:?} → {notices:?}");
            prop_assert_eq!(back_preset, preset);
            prop_assert_eq!(back, inputs);
        }

        #[test]
        fn any_pairs_give_a_valid_scenario(
            raw in prop::collection::vec((
                prop_oneof![
                    Just("c.preset".to_string()), Just("c.el".to_string()), Just("c.n".to_string()),
                    Just("c.fu".to_string()), Just("c.gwp".to_string()),
                    (0_usize..6, prop_oneof![Just("kind"), Just("q"), Just("u"), Just("fuel"),
                        Just("nc"), Just("ch4"), Just("id"), Just("v"), Just("proc"), Just("zz")])
                        .prop_map(|(i, f)| format!("c.l.{i}.{f}")),
                ],
                prop_oneof![
                    Just("NaN".to_string()), Just("-1".to_string()), Just("1e999".to_string()),
                    Just("abc".to_string()), Just("2".to_string()), Just("0".to_string()),
                    Just("fuel".to_string()), Just("natural_gas".to_string()), Just("t".to_string()),
                    Just("entered".to_string()), Just("ipcc".to_string()), Just("carbon.truck".to_string()),
                    Just("ef.2021.region.north".to_string()), Just("cf.2023.coal.td_with_losses".to_string()),
                ],
            ), 0..30)
        ) {
            let ((inputs, _), _) = decode(raw);
            prop_assert!(valid(&inputs), "{inputs:?}");
            prop_assert!(inputs.lines.len() <= MAX_LINES);
        }
    }

    #[test]
    fn the_default_preset_writes_nothing() {
        let (inputs, preset) = (presets::household(), Some(presets::HOUSEHOLD));
        assert!(encode(&inputs, preset).is_empty());
        let ((back, p), notices) = decode(Vec::new());
        assert_eq!((back, p), (inputs, preset));
        assert!(notices.is_empty());
    }

    #[test]
    fn another_preset_writes_only_its_name() {
        for p in presets::ALL.iter().filter(|p| p.key != DEFAULT_PRESET) {
            assert_eq!(
                encode(&(p.build)(), Some(p.key)),
                vec![("c.preset".to_string(), p.key.to_string())]
            );
        }
    }

    #[test]
    fn the_brief_examples_read() {
        let ((inputs, _), notices) = decode(pairs(
            "c.el=ef.2023.province.sichuan&c.gwp=ar6&c.l.0.kind=fuel&c.l.0.fuel=diesel&c.l.0.q=2\
             &c.fu=1&c.fu.unit=t&c.b=cradle_to_gate&c.price=ccer",
        ));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            inputs.electricity,
            ElectricityBasis::Emission {
                year: 2023,
                scope: EmissionScope::from_key("province.sichuan").unwrap()
            }
        );
        assert_eq!(inputs.gwp, GwpSet::Ar6);
        assert_eq!(inputs.boundary, Boundary::CradleToGate);
        assert_eq!(inputs.price, PriceChoice::Ccer2025);
        assert_eq!(
            inputs.functional_unit.kind,
            FunctionalUnitKind::TonneProduct
        );
        assert_eq!(
            inputs.lines,
            vec![Line {
                id: LineId(0),
                variant: Variant::Baseline,
                activity: Activity::Fuel {
                    fuel: Fuel::Diesel,
                    amount: 2.0,
                    unit: FuelUnit::Tonne,
                    non_co2: NonCo2::Omit
                }
            }]
        );
    }

    #[test]
    fn electricity_keys() {
        for (key, ok) in [
            ("cf.2024.national", true),
            ("cf.2024.coal.td", true),
            ("cf.2024.coal.td_with_losses", true),
            ("cf.2023.coal.td_with_losses", false),
            ("cf.2022.national", false),
            ("cf.2024.td", false),
            ("ef.2021.region.north", true),
            ("ef.2024.national", false),
            ("ef.2023.province.atlantis", false),
            ("xx.2023.national", false),
            ("cf", false),
            ("", false),
        ] {
            assert_eq!(electricity_from_key(key).is_some(), ok, "{key}");
            if let Some(b) = electricity_from_key(key) {
                assert_eq!(electricity_key(b), key);
            }
        }
        let b = ElectricityBasis::Emission {
            year: 2021,
            scope: EmissionScope::Region(Grid::North),
        };
        assert_eq!(electricity_key(b), "ef.2021.region.north");
    }

    #[test]
    fn hostile_values_give_notices_and_the_preset_value() {
        for (key, value) in [
            ("c.preset", "carbon.nowhere"),
            ("c.el", "cf.2099.national"),
            ("c.el", "abc"),
            ("c.gwp", "ar9"),
            ("c.fu", "0"),
            ("c.fu", "-1"),
            ("c.fu", "NaN"),
            ("c.fu", "1e999"),
            ("c.fu", "abc"),
            ("c.fu.unit", "parsec"),
            ("c.b", "moon"),
            ("c.price", "free"),
            ("c.n", "abc"),
            ("c.n", "-1"),
            ("c.l.0.q", "-1"),
            ("c.l.0.q", "NaN"),
            ("c.l.0.q", "inf"),
            ("c.l.0.q", "1e999"),
            ("c.l.0.q", "abc"),
            ("c.l.0.kind", "teleport"),
            ("c.l.0.id", "-3"),
            ("c.l.0.v", "c"),
            ("c.l.0.bm", "factory"),
            ("c.l.0.zz", "1"),
            ("c.zz", "1"),
        ] {
            let ((inputs, preset), notices) = decode(vec![(key.into(), value.into())]);
            assert_eq!(notices.len(), 1, "{key}={value}: {notices:?}");
            assert_eq!(notices[0].key, key);
            assert_eq!(
                (inputs, preset),
                (presets::household(), Some(presets::HOUSEHOLD)),
                "{key}={value}"
            );
        }
    }

    #[test]
    fn a_fuel_line_refuses_what_does_not_fit_its_fuel() {
        let ((inputs, _), notices) = decode(pairs(
            "c.l.0.kind=fuel&c.l.0.fuel=natural_gas&c.l.0.u=t&c.l.0.nc=ipcc&c.l.0.ch4=5&c.l.0.q=-2",
        ));
        let keys: Vec<_> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["c.l.0.q", "c.l.0.u", "c.l.0.nc", "c.l.0.ch4"]);
        assert_eq!(
            inputs.lines[0].activity,
            Activity::Fuel {
                fuel: Fuel::NaturalGas,
                amount: 1.0,
                unit: FuelUnit::WanNm3,
                non_co2: NonCo2::Omit
            }
        );
        let ((inputs, _), notices) = decode(pairs(
            "c.l.0.kind=fuel&c.l.0.nc=entered&c.l.0.ch4=NaN&c.l.0.n2o=0.6",
        ));
        assert_eq!(notices.len(), 1);
        assert!(matches!(
            inputs.lines[0].activity,
            Activity::Fuel { non_co2: NonCo2::Entered { ch4_kg_per_tj, n2o_kg_per_tj }, .. }
                if ch4_kg_per_tj.abs() < 1e-12 && (n2o_kg_per_tj - 0.6).abs() < 1e-12
        ));
    }

    #[test]
    fn ten_thousand_lines_are_refused_past_the_limit() {
        let mut p = vec![("c.n".to_string(), "10000".to_string())];
        for i in 0..10_000 {
            p.push((format!("c.l.{i}.kind"), "direct".to_string()));
        }
        let ((inputs, _), notices) = decode(p);
        assert_eq!(inputs.lines.len(), MAX_LINES);
        assert!(valid(&inputs));
        assert_eq!(notices[0].key, "c.n");
        assert_eq!(notices.len(), 1 + 10_000 - MAX_LINES);
        assert!(notices[1..]
            .iter()
            .all(|n| n.kind == NoticeKind::OutOfRange));
    }

    #[test]
    fn duplicate_ids_become_fresh_ones() {
        let ((inputs, _), notices) = decode(pairs(
            "c.n=3&c.l.1.kind=direct&c.l.2.kind=direct&c.l.2.id=0",
        ));
        assert!(notices.is_empty());
        let ids: Vec<u32> = inputs.lines.iter().map(|l| l.id.0).collect();
        assert_eq!(ids, [0, 1, 2]);
        let ((inputs, _), _) = decode(pairs("c.n=2&c.l.1.kind=direct&c.l.1.id=0"));
        let ids: Vec<u32> = inputs.lines.iter().map(|l| l.id.0).collect();
        assert_eq!(ids, [0, 1]);
    }
}
