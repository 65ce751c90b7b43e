//! The calculator's part of the scenario link ([`crate::codec`]): every input of [`UleInputs`]
//! under the prefix `u.`, written only where it differs from the report preset
//! (`UleInputs::default()`).
//!
//! # Keys
//!
//! The link key of an input is its stable input key ([`keys`]) with `ule.` replaced by `u.`
//! ([`link_key`]): `ule.cement.kiln.before.nox` → `u.cement.kiln.before.nox`. The inputs that
//! have no input key (they cannot be wrong, so no error names them) follow the same pattern:
//!
//! | key | value | rule on reading |
//! |---|---|---|
//! | `u.<sector>.capacity` | t/yr | ≥ 0 ([`crate::eval::non_negative`]) |
//! | `u.<sector>.utilisation` | 0–1 | [`crate::eval::share`] |
//! | `u.<sector>.method` | `conc` or `int` ([`Method::key`]) | one of the two |
//! | `u.<sector>.<point>.on` | `1` / `0` | a flag |
//! | `u.<sector>.<point>.ratio` | t/t | ≥ 0 |
//! | `u.<sector>.<point>.before.<pol>`, `….after.<pol>` | mg/Nm³ | ≥ 0; only the pollutants the point counts ([`PointKind::pollutants`]) |
//! | `u.<sector>.intensity.<pol>` | kg/t | ≥ 0 |
//! | `u.<sector>.reduction.<pol>` | 0–1 | share |
//! | `u.annualise` | `1` / `0` | a flag |
//! | `u.annualise.rate` | 0–1 per year | share |
//! | `u.annualise.years` | years | > 0 ([`crate::eval::positive`]) |
//! | `u.check.point` | a [`LimitPoint::key`], e.g. `cement.kiln` | one of the seven |
//! | `u.check.pollutant` | `pm`, `so2`, `nox` | one the point has a limit for |
//! | `u.check.measured` | mg/Nm³ | ≥ 0 |
//! | `u.check.o2` | % O₂ | 0 ≤ O₂ < 21 (the O₂ correction's rule) |
//!
//! `<sector>` is [`Sector::key`], `<point>` [`PointKind::key`], `<pol>` [`Pollutant::key`].
//!
//! # Rules
//!
//! * An optional input (`None` = the default, or "not given yet") is written when the user gave
//!   a value, even one equal to the default: the link restores what the user typed.
//! * Each number is checked with the rule the calculation applies to that input alone, so a
//!   link never opens a value the calculation would refuse by itself; a refused value keeps the
//!   preset and becomes a notice. Rules across inputs (an "after" above its "before") are left
//!   to the calculation, which shows them at the field exactly as when typed.
//! * The emission points are a fixed set per sector, addressed by their stable key (no index,
//!   no count): a key for a point or pollutant the sector does not have is not read and is
//!   reported as unknown by [`Reader::finish`].
//! * `u.annualise.rate` or `u.annualise.years` turn annualisation on even without
//!   `u.annualise=1`; the writer always writes `u.annualise=1` when it is on.
//! * A check pollutant the chosen point has no limit for is refused with a notice; without a
//!   valid pollutant the check takes the point's first one (as the page does when the point
//!   changes).
//! * The writing order (sectors in page order; in each, capacity, utilisation, method, the
//!   points in page order, intensities, reductions; then annualisation and the check) is part of
//!   the canonical form the fixtures record.

use super::compliance::ComplianceInputs;
use super::{
    keys, report_capacity, Annualise, LimitPoint, Method, PerPollutant, PointKind, Pollutant,
    Sector, SectorInputs, UleInputs,
};
use crate::codec::{fields_number, LinkFields, NoticeKind, Reader, Writer};
use crate::eval::{non_negative, positive, share, CalcError};

/// The key prefix of the calculator's part of the link.
pub const PREFIX: &str = "u.";

/// `u.annualise`: annualise the steel investment (`1`) or not.
pub const ANNUALISE: &str = "u.annualise";
/// `u.check.point`: the compliance check's emission point ([`LimitPoint::key`]).
pub const CHECK_POINT: &str = "u.check.point";
/// `u.check.pollutant`: the compliance check's pollutant ([`Pollutant::key`]).
pub const CHECK_POLLUTANT: &str = "u.check.pollutant";

/// The link key of an input key (`ule.x` → `u.x`); a key without the `ule.` prefix is put under
/// `u.` whole.
pub fn link_key(input_key: &str) -> String {
    let rest = input_key.strip_prefix("ule.").unwrap_or(input_key);
    format!("{PREFIX}{rest}")
}

/// `u.<sector>.method`.
pub fn method_key(sector: Sector) -> String {
    format!("{PREFIX}{}.method", sector.key())
}

/// `u.<sector>.<point>.on`.
pub fn point_on_key(kind: PointKind) -> String {
    format!("{PREFIX}{}.{}.on", kind.sector().key(), kind.key())
}

impl Sector {
    /// Reads a key written by [`Sector::key`].
    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl Pollutant {
    /// Reads a key written by [`Pollutant::key`].
    pub fn from_key(key: &str) -> Option<Pollutant> {
        Pollutant::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl Method {
    /// Reads a key written by [`Method::key`].
    pub fn from_key(key: &str) -> Option<Method> {
        [Method::Concentration, Method::Intensity]
            .into_iter()
            .find(|m| m.key() == key)
    }
}

/// The O₂ rule of the correction (0 ≤ O₂ < 21 %), for `u.check.o2`.
fn oxygen(x: f64) -> Result<f64, CalcError> {
    let x = non_negative(keys::CHECK_O2, x)?;
    if x < 21.0 {
        Ok(x)
    } else {
        Err(CalcError::Input {
            field: keys::CHECK_O2,
            problem: crate::eval::Problem::OxygenTooHigh,
        })
    }
}

type Rule = fn(&'static str, f64) -> Result<f64, CalcError>;

/// Writes `x` if the user gave it (and it is a number at all).
fn write_opt(w: &mut Writer, input_key: &str, x: Option<f64>) {
    if let Some(x) = x.filter(|x| x.is_finite()) {
        w.text(link_key(input_key), fields_number(x));
    }
}

/// Reads an optional input: `Some` if the link holds a valid value, else `default`.
fn read_opt(r: &mut Reader, input_key: &'static str, rule: Rule) -> Option<f64> {
    r.num(&link_key(input_key), |x| rule(input_key, x))
}

fn write_sector(w: &mut Writer, s: &SectorInputs) {
    let sector = s.sector;
    let k = keys::sector(sector);
    w.num(link_key(k.capacity), s.capacity, report_capacity(sector));
    write_opt(w, k.utilisation, s.utilisation);
    w.word(
        method_key(sector),
        s.method.key(),
        sector.default_method().key(),
    );
    for p in &s.points {
        let pk = keys::point(p.kind);
        w.flag(point_on_key(p.kind), p.enabled, p.kind.enabled_by_default());
        write_opt(w, pk.ratio, p.ratio);
        for &pol in p.kind.pollutants() {
            write_opt(w, pk.before.get(pol), *p.before.get(pol));
        }
        for &pol in p.kind.pollutants() {
            write_opt(w, pk.after.get(pol), *p.after.get(pol));
        }
    }
    for pol in Pollutant::ALL {
        write_opt(w, k.intensity.get(pol), *s.intensity.get(pol));
    }
    for pol in Pollutant::ALL {
        write_opt(w, k.reduction.get(pol), *s.reduction.get(pol));
    }
}

fn read_sector(r: &mut Reader, sector: Sector) -> SectorInputs {
    let mut s = SectorInputs::preset(sector);
    let k = keys::sector(sector);
    if let Some(x) = read_opt(r, k.capacity, non_negative) {
        s.capacity = x;
    }
    s.utilisation = read_opt(r, k.utilisation, share);
    if let Some(m) = r.word(&method_key(sector), Method::from_key) {
        s.method = m;
    }
    for p in &mut s.points {
        let pk = keys::point(p.kind);
        if let Some(on) = r.flag(&point_on_key(p.kind)) {
            p.enabled = on;
        }
        p.ratio = read_opt(r, pk.ratio, non_negative);
        for &pol in p.kind.pollutants() {
            *p.before.get_mut(pol) = read_opt(r, pk.before.get(pol), non_negative);
            *p.after.get_mut(pol) = read_opt(r, pk.after.get(pol), non_negative);
        }
    }
    s.intensity = PerPollutant::from_fn(|pol| read_opt(r, k.intensity.get(pol), non_negative));
    s.reduction = PerPollutant::from_fn(|pol| read_opt(r, k.reduction.get(pol), share));
    s
}

fn write_check(w: &mut Writer, c: &ComplianceInputs) {
    let d = ComplianceInputs::default();
    w.word(CHECK_POINT, c.point.key(), d.point.key());
    w.word(CHECK_POLLUTANT, c.pollutant.key(), d.pollutant.key());
    write_opt(w, keys::CHECK_MEASURED, c.measured);
    write_opt(w, keys::CHECK_O2, c.o2_measured);
}

fn read_check(r: &mut Reader) -> ComplianceInputs {
    let mut c = ComplianceInputs::default();
    if let Some(point) = r.word(CHECK_POINT, LimitPoint::from_key) {
        c.point = point;
    }
    if let Some(v) = r.take(CHECK_POLLUTANT) {
        match Pollutant::from_key(&v) {
            Some(pol) if c.point.limit(pol).is_some() => c.pollutant = pol,
            Some(_) => r.notice(CHECK_POLLUTANT, &v, NoticeKind::OutOfRange),
            None => r.notice(CHECK_POLLUTANT, &v, NoticeKind::BadValue),
        }
    }
    if c.point.limit(c.pollutant).is_none() {
        c.pollutant = c.point.pollutants().next().unwrap_or(Pollutant::Pm);
    }
    c.measured = read_opt(r, keys::CHECK_MEASURED, non_negative);
    c.o2_measured = r.num(&link_key(keys::CHECK_O2), oxygen);
    c
}

impl LinkFields for UleInputs {
    fn write(&self, w: &mut Writer) {
        for s in &self.sectors {
            write_sector(w, s);
        }
        if let Some(a) = self.annualise {
            w.text(ANNUALISE, "1");
            write_opt(w, keys::ANNUALISE_RATE, a.rate);
            write_opt(w, keys::ANNUALISE_YEARS, a.years);
        }
        write_check(w, &self.check);
    }

    fn read(r: &mut Reader) -> Self {
        let sectors = Sector::ALL.map(|s| read_sector(r, s));
        let on = r.flag(ANNUALISE);
        let rate = read_opt(r, keys::ANNUALISE_RATE, share);
        let years = read_opt(r, keys::ANNUALISE_YEARS, positive);
        let annualise = (on == Some(true) || rate.is_some() || years.is_some())
            .then_some(Annualise { rate, years });
        UleInputs {
            sectors,
            annualise,
            check: read_check(r),
        }
    }
}

#[cfg(test)]
mod tests;
