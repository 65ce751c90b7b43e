//! Which library factors a sector's calculation reads with the user's current inputs (for the
//! "how this is computed" panel, and for the sensitivity view to know what to vary).

use super::cost::{INVEST, OPERATING};
use super::intensity::{default_intensity, default_reduction, national_baseline};
use super::{Method, Pollutant, Sector, SectorInputs};

/// The factor ids `inputs` makes the calculation read, in the order the page lists them, each
/// once. A value the user entered instead of a default is not listed.
pub fn factors_used(inputs: &SectorInputs) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    let mut add = |id: &'static str| {
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    let sector = inputs.sector;
    if inputs.utilisation.is_none() {
        add(sector.utilisation_factor());
    }
    match inputs.method {
        Method::Concentration => {
            for p in inputs.points.iter().filter(|p| p.enabled) {
                add(p.kind.fluegas_factor());
                for &pol in p.kind.pollutants() {
                    if p.before.get(pol).is_none() {
                        p.kind.old_limit(pol).into_iter().for_each(&mut add);
                    }
                    if p.after.get(pol).is_none() {
                        p.kind.limits().limit(pol).into_iter().for_each(&mut add);
                    }
                }
                p.kind.limits().ref_o2().into_iter().for_each(&mut add);
            }
        }
        Method::Intensity => {
            for pol in Pollutant::ALL {
                if inputs.intensity.get(pol).is_none() {
                    default_intensity(sector, pol)
                        .inputs()
                        .into_iter()
                        .for_each(&mut add);
                }
                if inputs.reduction.get(pol).is_none() {
                    default_reduction(sector, pol)
                        .into_iter()
                        .for_each(&mut add);
                }
            }
        }
    }
    for pol in Pollutant::ALL {
        national_baseline(sector, pol)
            .into_iter()
            .for_each(&mut add);
    }
    if sector == Sector::Steel {
        add(INVEST);
        add(OPERATING);
    }
    ids
}
