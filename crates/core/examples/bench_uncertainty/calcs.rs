//! Three synthetic calculations shaped like the real calculators, reading real factor ids of the
//! library (the real calculators replace them in the browser benchmark once they land).

use qingshan_core::eval::{non_negative, share, CalcError, FactorValues};

const POLLUTANTS: [&str; 3] = ["pm", "so2", "nox"];

/// Calculator 1's shape: three sectors × three pollutants (intensity method for steel,
/// concentration method for coking and cement: flue gas × (old limit − ULE limit) × output), the
/// report's heavy trucks, totals. 15 outputs, about 40 factor reads per run.
pub fn ule_like(f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let mut out = Vec::with_capacity(15);
    // Steel: capacity (Mt → t) × utilisation × intensity (kg/t) × expected cut → t/yr.
    let steel = f.input("bench.steel.capacity", 300.0e6);
    let steel = non_negative("bench.steel.capacity", steel)?
        * share(
            "ule.utilisation.ferrous.2025",
            f.get("ule.utilisation.ferrous.2025")?,
        )?;
    let intensity = [
        ("ule.intensity.steel.2018.pm", "ule.reduction.steel.pm"),
        ("ule.intensity.steel.2018.so2", "ule.reduction.steel.so2"),
        ("ule.intensity.steel.2018.nox", "ule.reduction.steel.nox"),
    ];
    for (i, r) in intensity {
        out.push(steel * f.get(i)? * share(r, f.get(r)?)? / 1000.0);
    }
    // Coking and cement: Nm³/t × (mg/Nm³ before − after) × t/yr × 10⁻⁹ → t/yr.
    let coke = f.input("bench.coke.output", f.get("ule.output.coke.2025")?);
    let clinker = f.get("ule.capacity.clinker.2025")? * f.get("ule.utilisation.cement.2023")?;
    let sectors: [(f64, &str, [&str; 3], [&str; 3]); 2] = [
        (
            coke,
            "ule.fluegas.coking.cokeoven",
            [
                "ule.oldlimit.gb16171.cokeoven.pm",
                "ule.oldlimit.gb16171.cokeoven.so2",
                "ule.oldlimit.gb16171.cokeoven.nox",
            ],
            [
                "ule.limit.coking.cokeoven.pm",
                "ule.limit.coking.cokeoven.so2",
                "ule.limit.coking.cokeoven.nox",
            ],
        ),
        (
            clinker,
            "ule.fluegas.cement.kiln",
            [
                "ule.oldlimit.gb4915.kiln.pm",
                "ule.oldlimit.gb4915.kiln.so2",
                "ule.oldlimit.gb4915.kiln.nox",
            ],
            [
                "ule.limit.cement.kiln.pm",
                "ule.limit.cement.kiln.so2",
                "ule.limit.cement.kiln.nox",
            ],
        ),
    ];
    for (output, gas, before, after) in sectors {
        let gas = f.get(gas)?;
        for k in 0..POLLUTANTS.len() {
            let cut = (f.get(before[k])? - f.get(after[k])?).max(0.0);
            out.push(output * gas * cut * 1e-9);
        }
    }
    // Totals per pollutant.
    for k in 0..3 {
        out.push(out[k] + out[3 + k] + out[6 + k]);
    }
    // Heavy trucks: NOx (g/km × km/yr), tailpipe CO₂ (L/100 km × kg/L), electricity CO₂.
    let trucks = f.input("bench.trucks", 197_000.0);
    let km = trucks * f.get("truck.mileage.longhaul")?;
    out.push(km * (f.get("truck.nox.china5")? - f.get("truck.nox.china6")?).max(0.0) * 1e-6);
    let tailpipe = km * f.get("truck.diesel.consumption")? / 100.0
        * f.get("truck.diesel.co2e_per_litre")?
        / 1000.0;
    let grid =
        km * f.get("truck.electric.consumption")? * f.get("carbon.elec.cf.2024.national")? / 1000.0;
    out.push(tailpipe);
    out.push(tailpipe - grid);
    Ok(out)
}

/// Calculator 3's shape: twelve activity lines (electricity by province with ids built at run
/// time, fuels whose CO₂ factors are derived from NCV × carbon content × oxidation, clinker),
/// a total and a carbon price. 14 outputs.
pub fn carbon_like(provinces: &[String], f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let mut lines = Vec::with_capacity(14);
    for (k, id) in provinces.iter().enumerate() {
        let kwh = 1.0e6 * (k as f64 + 1.0);
        let factor = f
            .value(id)
            .ok_or(CalcError::MissingFactor("carbon.elec.ef"))?;
        lines.push(kwh * factor);
    }
    lines.push(120.0 * f.get("carbon.elec.cf.2024.national")?);
    let fuels = [
        ("carbon.fuel.diesel.co2", 800.0),
        ("carbon.fuel.gasoline.co2", 300.0),
        ("carbon.fuel.bituminous.co2", 5_000.0),
        ("carbon.fuel.coke.co2", 2_000.0),
        ("carbon.fuel.natural_gas.co2", 9_000.0),
    ];
    for (id, qty) in fuels {
        lines.push(qty * f.get(id)? * 1000.0);
    }
    lines.push(1.0e5 * f.get("carbon.intensity.clinker")?);
    let total: f64 = lines.iter().sum();
    lines.push(total);
    Ok(lines)
}

/// Calculator 2's shape: five measures on one load combined as 1 − Π(1 − ηᵢ), plant upgrades
/// by effluent class, manure and farmland lines. 8 outputs.
pub fn tp_like(f: &dyn FactorValues) -> Result<Vec<f64>, CalcError> {
    let flow = f.input("bench.tp.flow", 2.0e5); // m³/d
    let upgrade = [
        ("tp.gb18918.new.1b", "tp.gb18918.new.1a"),
        ("tp.gb18918.new.1a", "tp.upgrade.quasi_iv"),
        ("tp.gb18918.new.2", "tp.gb18918.new.1b"),
    ];
    let mut out = Vec::with_capacity(8);
    for (before, after) in upgrade {
        out.push(flow * 365.0 * (f.get(before)? - f.get(after)?).max(0.0) * 1e-6);
    }
    let pigs = 1.0e5 * (f.get("tp.manure.pig.faeces")? + f.get("tp.manure.pig.urine")?);
    let cattle = 1.0e4 * (f.get("tp.manure.cattle.faeces")? + f.get("tp.manure.cattle.urine")?);
    let shares = [0.3, 0.2, 0.1, 0.25, 0.15];
    let kept: f64 = shares.iter().map(|s| 1.0 - s).product();
    out.push((pigs + cattle) * (1.0 - kept) / 1000.0);
    out.push(5.0e4 * f.get("tp.farmland.runoff.yangtze_mid_lower")? * 0.3);
    let total: f64 = out.iter().sum();
    out.push(total);
    out.push(total / f.get("tp.report.reduction_2025")?);
    out.push(total * f.get("tp.algae.wet_per_kg_p")? * 1000.0);
    Ok(out)
}
