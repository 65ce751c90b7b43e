//! Invalid inputs give typed errors naming the input; a required value left empty is asked for.

use super::*;
use crate::eval::{CalcError, Problem};
use crate::ule::compliance::{check, ComplianceInputs};

fn err(field: &'static str, problem: Problem) -> Result<SectorResult, CalcError> {
    Err(CalcError::Input { field, problem })
}

fn run(s: &SectorInputs) -> Result<SectorResult, CalcError> {
    calculate_sector(s, None, &central())
}

#[test]
fn bad_capacity_and_utilisation() {
    let mut s = SectorInputs::preset(Sector::Steel);
    s.capacity = -1.0;
    assert_eq!(run(&s), err("ule.steel.capacity", Problem::Negative));
    s.capacity = f64::NAN;
    assert_eq!(run(&s), err("ule.steel.capacity", Problem::NotFinite));
    s.capacity = 1e6;
    s.utilisation = Some(1.2);
    assert_eq!(run(&s), err("ule.steel.utilisation", Problem::AboveOne));
    s.utilisation = Some(f64::INFINITY);
    assert_eq!(run(&s), err("ule.steel.utilisation", Problem::NotFinite));
    s.utilisation = Some(-0.1);
    assert_eq!(run(&s), err("ule.steel.utilisation", Problem::Negative));
}

#[test]
fn after_above_before_is_refused() {
    let mut s = SectorInputs::preset(Sector::Cement);
    if let Some(p) = s.point_mut(PointKind::Kiln) {
        p.before.nox = Some(40.0); // below the ULE limit of 50 used as "after"
    }
    assert_eq!(
        run(&s),
        err("ule.cement.kiln.after.nox", Problem::AfterAboveBefore)
    );
    if let Some(p) = s.point_mut(PointKind::Kiln) {
        p.after.nox = Some(-3.0);
    }
    assert_eq!(run(&s), err("ule.cement.kiln.after.nox", Problem::Negative));
}

#[test]
fn steel_concentration_asks_for_the_ratios() {
    let mut s = SectorInputs::preset(Sector::Steel);
    s.method = Method::Concentration;
    assert_eq!(run(&s), err("ule.steel.sinter.ratio", Problem::NotFinite));
    if let Some(p) = s.point_mut(PointKind::SinterHead) {
        p.ratio = Some(1.2);
    }
    assert_eq!(run(&s), err("ule.steel.pellet.ratio", Problem::NotFinite));
    if let Some(p) = s.point_mut(PointKind::Pellet) {
        p.enabled = false;
    }
    assert!(run(&s).is_ok());
    // A dedusting point has no sourced "before": switched on, it asks for one.
    if let Some(p) = s.point_mut(PointKind::BlastFurnace) {
        p.enabled = true;
        p.ratio = Some(0.9);
    }
    assert_eq!(
        run(&s),
        err("ule.steel.blast_furnace.before.pm", Problem::NotFinite)
    );
}

#[test]
fn cement_intensity_asks_for_the_reduction_share() {
    let mut s = SectorInputs::preset(Sector::Cement);
    s.method = Method::Intensity;
    assert_eq!(run(&s), err("ule.cement.reduction.pm", Problem::NotFinite));
    s.reduction = PerPollutant::splat(Some(1.5));
    assert_eq!(run(&s), err("ule.cement.reduction.pm", Problem::AboveOne));
    s.reduction = PerPollutant::splat(Some(0.3));
    s.intensity.so2 = Some(-1.0);
    assert_eq!(run(&s), err("ule.cement.intensity.so2", Problem::Negative));
}

#[test]
fn one_bad_sector_leaves_the_others() {
    let mut inputs = UleInputs::default();
    inputs.sector_mut(Sector::Coking).capacity = -5.0;
    let out = calculate(&inputs, &central());
    assert!(!out.complete);
    assert!(out.sectors[Sector::Coking.index()].is_err());
    let steel = out.sectors[0].as_ref().map_or(0.0, |r| r.avoided.nox);
    let cement = out.sectors[2].as_ref().map_or(0.0, |r| r.avoided.nox);
    assert!(steel > 0.0 && cement > 0.0);
    assert_close("total", out.total.nox, steel + cement, 1e-12);
}

#[test]
fn bad_annualisation_and_oxygen() {
    // A bad rate or life spoils the annualised figure only, not the sector's result.
    let s = SectorInputs::preset(Sector::Steel);
    let cost = |a| {
        calculate_sector(&s, Some(a), &central())
            .ok()
            .and_then(|r| r.cost)
            .and_then(|c| c.annualised_investment)
    };
    let input = |field, problem| Some(Err(CalcError::Input { field, problem }));
    assert_eq!(
        cost(Annualise {
            rate: Some(0.05),
            years: Some(0.0)
        }),
        input("ule.annualise.years", Problem::NotPositive)
    );
    assert_eq!(
        cost(Annualise {
            rate: None,
            years: Some(10.0)
        }),
        input("ule.annualise.rate", Problem::NotFinite)
    );
    let i = ComplianceInputs {
        point: LimitPoint::SteelSinter,
        pollutant: Pollutant::So2,
        measured: Some(20.0),
        o2_measured: Some(21.0),
    };
    assert_eq!(
        check(&i, &central()),
        Err(CalcError::Input {
            field: "ule.check.o2",
            problem: Problem::OxygenTooHigh
        })
    );
}

#[test]
fn keys_are_unique_and_dotted() {
    let all: Vec<_> = keys::all().collect();
    let set: std::collections::BTreeSet<_> = all.iter().collect();
    assert_eq!(set.len(), all.len(), "duplicate key");
    for k in all {
        assert!(k.starts_with("ule.") && !k.contains(' '), "{k}");
    }
}

#[test]
fn every_factor_the_calculator_reads_is_in_the_library() {
    let lib = Library::standard();
    let mut ids: Vec<&str> = vec![cost::INVEST, cost::OPERATING];
    for s in Sector::ALL {
        ids.push(s.utilisation_factor());
        for p in Pollutant::ALL {
            ids.extend(intensity::default_intensity(s, p).inputs());
            ids.extend(intensity::default_reduction(s, p));
            ids.extend(intensity::national_baseline(s, p));
        }
    }
    for k in PointKind::ALL {
        ids.push(k.fluegas_factor());
        for p in k.pollutants() {
            ids.extend(k.old_limit(*p));
            ids.extend(k.limits().limit(*p));
        }
    }
    for l in LimitPoint::ALL {
        ids.extend(l.pollutants().filter_map(|p| l.limit(p)));
        ids.extend(l.ref_o2());
    }
    for id in ids {
        assert!(lib.get(id).is_some(), "{id} missing from the library");
    }
}

#[test]
fn factors_used_follow_the_inputs() {
    let lib = Library::standard();
    let cement = SectorInputs::preset(Sector::Cement);
    let ids = factors_used(&cement);
    for id in [
        "ule.utilisation.cement.2023",
        "ule.fluegas.cement.kiln",
        "ule.oldlimit.gb4915.kiln.nox",
        "ule.limit.cement.kiln.nox",
        "ule.refo2.cement.kiln",
        "ule.inventory.cement.2018.nox",
    ] {
        assert!(ids.contains(&id), "{id} not listed");
    }
    let mut mine = cement.clone();
    mine.utilisation = Some(0.5);
    if let Some(p) = mine.point_mut(PointKind::Kiln) {
        p.before.nox = Some(300.0);
    }
    let ids = factors_used(&mine);
    assert!(!ids.contains(&"ule.utilisation.cement.2023"));
    assert!(!ids.contains(&"ule.oldlimit.gb4915.kiln.nox"));
    let steel = factors_used(&SectorInputs::preset(Sector::Steel));
    assert!(
        steel.contains(&"ule.intensity.steel.2018.pm") && steel.contains(&"ule.cost.steel.invest")
    );
    for s in Sector::ALL {
        for id in factors_used(&SectorInputs::preset(s)) {
            assert!(lib.get(id).is_some(), "{id}");
        }
    }
}
