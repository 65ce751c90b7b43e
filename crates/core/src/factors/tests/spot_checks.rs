//! Values, ranges, grades and caveats checked one by one against factors.md.

use super::*;

#[test]
fn spot_checks() {
    let lib = lib();
    let expected = [
        ("carbon.elec.cf.2024.national", 0.5777),
        ("carbon.elec.cf.2023.national", 0.6205),
        ("carbon.elec.cf.2024.td_with_losses", 0.0327),
        ("carbon.elec.ef.2023.region.southwest", 0.2472),
        ("carbon.elec.ef.2021.national", 0.5568),
        ("carbon.elec.ef.2023.national_ex_market", 0.6096),
        ("carbon.elec.ef.2022.fossil", 0.8325),
        ("carbon.elec.ef.2023.province.sichuan", 0.1564),
        ("carbon.elec.ef.2021.province.yunnan", 0.1235),
        ("carbon.elec.ef.2022.province.inner_mongolia", 0.6849),
        ("carbon.elec.ef.2023.province.xinjiang", 0.6021),
        ("tp.gb3838.lake.iii", 0.05),
        ("tp.gb3838.river.iii", 0.2),
        ("tp.gb18918.new.1a", 0.5),
        ("tp.gb18918.old.1b", 1.5),
        ("tp.upgrade.quasi_iv", 0.3),
        ("ule.limit.cement.kiln.nox", 50.0),
        ("ule.limit.steel.sinter.so2", 35.0),
        ("ule.limit.coking.cokeoven.nox", 150.0),
        ("ule.oldlimit.gb4915.kiln.nox", 400.0),
        ("ule.oldlimit.gb4915.kiln.nox.special", 320.0),
        ("ule.oldlimit.gb28662.sinter.so2.special", 180.0),
        ("ule.oldlimit.gb16171.cokeoven.nox", 500.0),
        ("ule.fluegas.cement.kiln", 2_300.0),
        ("ule.fluegas.steel.sinter", 2_830.0),
        ("ule.reduction.steel.pm", 0.81),
        ("ule.cost.steel.invest", 450.0),
        ("ule.cost.steel.operating", 200.0),
        ("ule.inventory.cement.2018.nox", 878_394.0),
        ("truck.nox.china6", 1.420),
        ("tp.manure.pig.faeces", 3.41),
        ("tp.report.reduction_2025", 11_700.0),
        ("carbon.fuel.lng.ncv", 51.498),
        ("carbon.gwp.ar5.ch4", 28.0),
        ("carbon.gwp.ar5_feedback.sf6", 26_087.0),
        ("carbon.gwp.ar6.n2o", 273.0),
        ("carbon.price.cea.2025", 62.36),
        ("carbon.price.ccer.2025", 70.76),
        ("carbon.sce.electricity", 0.1229),
        ("carbon.process.limestone", 0.4397),
        ("carbon.aluminium.ac_power.new_cap", 13_000.0),
    ];
    for (id, v) in expected {
        assert_close(value(&lib, id), v, 1e-12, id);
    }
}

#[test]
fn published_ranges_are_used_where_the_source_gives_one() {
    let lib = lib();
    let ranges = [
        ("ule.fluegas.cement.kiln", 2_300.0, 1_500.0, 2_500.0),
        ("truck.diesel.consumption", 32.5, 30.0, 35.0),
        ("truck.electric.consumption", 1.65, 1.3, 2.0),
        ("truck.mileage.longhaul", 125_000.0, 100_000.0, 150_000.0),
        ("truck.mileage.shuttle", 65_000.0, 50_000.0, 80_000.0),
        ("tp.influent.typical", 4.0, 3.0, 5.0),
        ("carbon.intensity.steel.bf_bof", 1.9, 1.8, 2.0),
        ("carbon.intensity.steel.scrap_eaf", 0.5, 0.4, 0.6),
        ("carbon.price.cea.2025", 62.36, 50.0, 105.66),
        (
            "ule.inventory.cement.2010_2015.nox",
            1.835e6,
            1.68e6,
            1.99e6,
        ),
    ];
    for (id, v, lo, hi) in ranges {
        let f = get(&lib, id);
        assert_eq!(f.range_basis, RangeBasis::Published, "{id}");
        assert_close(f.value, v, 1e-12, id);
        assert_close(f.low, lo, 1e-12, id);
        assert_close(f.high, hi, 1e-12, id);
    }
    // Grade defaults elsewhere: official ±5 %, secondary ±10 %, unverified ±30 %.
    let cf = get(&lib, "carbon.elec.cf.2024.national");
    assert_close(cf.low, 0.5777 * 0.95, 1e-12, "official −5 %");
    let sichuan = get(&lib, "carbon.elec.ef.2023.province.sichuan");
    assert_close(sichuan.high, 0.1564 * 1.1, 1e-12, "secondary +10 %");
    let pig = get(&lib, "tp.manure.pig.faeces");
    assert_close(pig.low, 3.41 * 0.7, 1e-12, "unverified −30 %");
}

#[test]
fn grades_and_caveats_follow_factors_md() {
    let lib = lib();
    let grades = [
        ("ule.limit.steel.sinter.so2", Grade::Secondary),
        ("ule.refo2.steel.sinter", Grade::Unverified),
        ("ule.limit.steel.cokeoven.nox", Grade::Unverified),
        ("ule.oldlimit.gb28662.sinter.so2", Grade::Secondary),
        ("ule.oldlimit.gb28662.sinter.so2.special", Grade::Unverified),
        ("ule.oldlimit.gb4915.kiln.so2.special", Grade::Secondary),
        ("ule.fluegas.cement.kiln", Grade::Official),
        ("ule.fluegas.coking.cokeoven", Grade::Unverified),
        ("ule.inventory.sinter.2017.nox", Grade::Official),
        ("truck.diesel.consumption", Grade::Unverified),
        ("tp.report.reduction_2025", Grade::Official),
        ("tp.report.projects_2025", Grade::Official),
        ("tp.report.avg_per_project", Grade::Derived),
        ("tp.manure.pig.faeces", Grade::Unverified),
        ("tp.redfield.c_p", Grade::Official),
        ("carbon.elec.cf.2023.wind", Grade::Official),
        ("carbon.elec.cf.2024.wind", Grade::Secondary),
        ("carbon.elec.cf.2024.coal", Grade::Secondary),
        ("carbon.elec.cf.2024.td_with_losses", Grade::Official),
        ("carbon.elec.ef.2021.national_ex_market", Grade::Secondary),
        ("carbon.elec.ef.2022.national_ex_market", Grade::Official),
        ("carbon.elec.ef.2021.region.north", Grade::Secondary),
        ("carbon.elec.ef.2022.region.north", Grade::Official),
        ("carbon.elec.ef.2021.fossil", Grade::Official),
        ("carbon.elec.ef.2022.province.beijing", Grade::Secondary),
        ("carbon.gwp.ar6.ch4_non_fossil", Grade::Unverified),
        ("carbon.fuel.diesel.co2", Grade::Derived),
        ("carbon.fuel.diesel.ncv", Grade::Secondary),
    ];
    for (id, g) in grades {
        assert_eq!(get(&lib, id).grade(), g, "{id}");
    }
    let note = |id: &str| get(&lib, id).def.note.map(Text::en).unwrap_or_default();
    assert!(note("ule.fluegas.coking.cokeoven").contains("enter your plant's value"));
    assert!(note("ule.fluegas.steel.sinter").contains("damaged table"));
    assert!(note("ule.fluegas.steel.blast_furnace").contains("weak"));
    assert!(note("ule.oldlimit.gb28662.sinter.so2").contains("upper bound"));
    assert!(note("carbon.elec.cf.2024.national").contains("Life-cycle"));
    assert!(note("carbon.elec.ef.2023.national").contains("CO₂ only"));
    assert!(note("carbon.fuel.lng.ncv").contains("44.2"));
    assert!(note("carbon.price.cea.2025").contains("105.66"));
}

#[test]
fn secondary_2024_footprints_match_the_official_changes() {
    // factors.md C1: the official notice gives the changes; the values come from a copy.
    let lib = lib();
    for (key, official_change) in [
        ("national", -0.069),
        ("coal", -0.021),
        ("gas", -0.06),
        ("photovoltaic", -0.0459),
        ("biomass", -0.116),
    ] {
        let a = value(&lib, &format!("carbon.elec.cf.2023.{key}"));
        let b = value(&lib, &format!("carbon.elec.cf.2024.{key}"));
        let change = b / a - 1.0;
        assert!(
            (change - official_change).abs() < 0.001,
            "{key}: {change} vs {official_change}"
        );
    }
}

#[test]
fn market_and_campaign_figures_are_consistent() {
    let lib = lib();
    // 14.63 bn yuan ÷ 235 Mt ≈ the 62.36 yuan/t average.
    let implied = value(&lib, "carbon.market.cea.2025.turnover")
        / value(&lib, "carbon.market.cea.2025.volume");
    assert_close(implied, 62.36, 0.005, "CEA turnover ÷ volume");
    // The five site types add up to the 692 checked; 276 of them is 40 %.
    let sites: f64 = [
        "mines",
        "fertiliser",
        "pesticide",
        "yellow_phosphorus",
        "phosphogypsum",
    ]
    .iter()
    .map(|k| value(&lib, &format!("tp.sanlin.sites.{k}")))
    .sum();
    assert_close(
        sites,
        value(&lib, "tp.sanlin.sites_checked"),
        1e-12,
        "692 sites",
    );
    assert_close(
        276.0 / 692.0,
        value(&lib, "tp.sanlin.problem_share"),
        0.01,
        "40 %",
    );
    // IPCC diesel: 74,100 kg/TJ × 43.0 TJ/Gg = 3.186 kg CO₂/kg.
    let ipcc = value(&lib, "carbon.ipcc.diesel.co2") * value(&lib, "carbon.ipcc.diesel.ncv") / 1e6;
    assert_close(
        ipcc,
        value(&lib, "truck.diesel.co2_per_kg"),
        0.001,
        "IPCC diesel",
    );
    // Stoichiometric calcination: CO₂ / CaCO₃ and 2 CO₂ / CaMg(CO₃)₂.
    assert_close(
        44.009 / 100.086,
        value(&lib, "carbon.process.limestone"),
        0.001,
        "CaCO₃",
    );
    assert_close(
        88.018 / 184.40,
        value(&lib, "carbon.process.dolomite"),
        0.001,
        "dolomite",
    );
}
