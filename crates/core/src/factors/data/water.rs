//! Section B of `factors.md`: total phosphorus (TP, 总磷).
//!
//! Id scheme (dotted, lower case):
//!
//! * `tp.gb18918.<new|old>.<1a|1b|2|3>`: municipal plant effluent classes, mg/L as P (exact);
//!   `new` = built from 2006-01-01, `old` = built before; `tp.upgrade.quasi_iv`: the quasi-Class IV upgrade;
//! * `tp.gb3838.<river|lake>.<i..v>`: surface-water classes, mg/L (exact);
//! * `tp.report.*`: the report's two figures and the average project derived from them;
//! * `tp.census2017.*`, `tp.wwtp.*`, `tp.influent.*`, `tp.farmland.*`, `tp.nonpoint.*`,
//!   `tp.manure.<animal>.<faeces|urine>`: loads and coefficients;
//! * `tp.sanlin.*`: the Yangtze "three phosphorus" (三磷) campaign;
//! * `tp.redfield.*`, `tp.algae.*`: Redfield stoichiometry and the algal-biomass ceiling.

use super::{src, DERIVED, NONE_SEEN};
use crate::factors::model::{Derivation, FactorDef, Grade, Source, Theme};
use crate::t;
use crate::text::Text;
use crate::units::Unit::{
    self, Count, CubicMetresPerDay, Fraction, GramsPerMol, KgPPerHectareYear, KgPPerTonneManure,
    KgPerKgP, MgPerLitre, MolarRatio, Ratio, TonnesPerYear,
};
use Grade::{Official, Secondary, Unverified};

const fn w(
    id: &'static str,
    name: Text,
    value: f64,
    unit: Unit,
    grade: Grade,
    source: &'static Source,
) -> FactorDef {
    FactorDef::given(id, Theme::Phosphorus, name, value, unit, grade, source)
}

/// A TP limit of a standard: exact by definition.
const fn lim(id: &'static str, name: Text, value: f64, source: &'static Source) -> FactorDef {
    w(id, name, value, MgPerLitre, Secondary, source).exact()
}

const fn derived(
    id: &'static str,
    name: Text,
    unit: Unit,
    derivation: &'static Derivation,
) -> FactorDef {
    FactorDef::derived(id, Theme::Phosphorus, name, unit, derivation, &DERIVED)
}

// ---- sources

const SEPA_AQSIQ: Text = t!(
    "国家环境保护总局、国家质量监督检验检疫总局",
    "國家環境保護總局、國家質量監督檢驗檢疫總局",
    "SEPA and AQSIQ",
);
const GB18918: Source = src(
    "GB 18918-2002 城镇污水处理厂污染物排放标准",
    SEPA_AQSIQ,
    None,
    Some(2002),
);
const QUASI_IV: Source = Source {
    title: "城镇污水处理厂“准IV类”提标要求（地方标准与要求）",
    publisher: t!(
        "地方生态环境部门",
        "地方生態環境部門",
        "local environmental authorities",
    ),
    locator: None,
    year: None,
    url: None,
};
const GB3838: Source = src(
    "GB 3838-2002 地表水环境质量标准",
    SEPA_AQSIQ,
    None,
    Some(2002),
);
const REPORT: Source = src(
    "2026年全国生态环境保护工作会议“划重点”成就篇",
    t!(
        "生态环境部",
        "生態環境部",
        "Ministry of Ecology and Environment (MEE)",
    ),
    Some("完成长江流域总磷减排工程2400余项，实现总磷减排1.17万吨"),
    Some(2026),
);
const CENSUS: Source = src(
    "第二次全国污染源普查公报",
    t!(
        "生态环境部、国家统计局、农业农村部",
        "生態環境部、國家統計局、農業農村部",
        "MEE, NBS, MARA",
    ),
    Some("2020-06-08，经《环境化学》2024 转引"),
    Some(2020),
);
const PAPER: Text = t!("学术论文", "學術論文", "peer-reviewed paper");
const QI_2020: Source = src(
    "Qi M. et al., Journal of Cleaner Production",
    PAPER,
    Some("2020, 253: 120003"),
    Some(2020),
);
const SUN_2017: Source = src(
    "Sun C. 等，《农业环境科学学报》",
    PAPER,
    Some("2017, 36(7): 1266"),
    Some(2017),
);
const WATER_SUPPLY: Source = src(
    "Water Supply: non-point phosphorus load of the upper Yangtze, 2004–2017",
    PAPER,
    Some("21(4): 1687"),
    None,
);
const SEPA_MANURE: Source = src(
    "国家环境保护总局 畜禽养殖业排污系数（2002，常被转载）",
    t!(
        "国家环境保护总局（转载）",
        "國家環境保護總局（轉載）",
        "SEPA (as commonly reproduced)",
    ),
    None,
    Some(2002),
);
const SANLIN: Source = src(
    "新华社报道：长江“三磷”专项排查整治（2019–2020）",
    t!(
        "新华社（转述生态环境部）",
        "新華社（轉述生態環境部）",
        "Xinhua (quoting MEE)",
    ),
    None,
    None,
);
const REDFIELD: Source = src(
    "Redfield A.C., Ketchum B.H., Richards F.A. The influence of organisms on the composition of sea-water",
    t!("《海洋》第2卷（学术著作）", "《海洋》第2卷（學術著作）", "The Sea, Vol. 2"),
    None,
    Some(1963),
);

// ---- notes

const UNVERIFIED_COEFF: Text = t!(
    "常被转载的系数，原始文件未见：仅作可修改的默认值。",
    "常被轉載的係數，原始文件未見：僅作可修改的預設值。",
    "A commonly reproduced coefficient whose primary source was not seen: an editable default only.",
);
const ALGAE_CEILING: Text = t!(
    "化学计量上限，不是观测到的藻华减少量。",
    "化學計量上限，不是觀測到的藻華減少量。",
    "A stoichiometric ceiling, not an observed bloom reduction.",
);
const NEW_PLANTS: Text = t!(
    "2006年1月1日起建设的污水处理厂。",
    "2006年1月1日起建設的污水處理廠。",
    "Plants built from 2006-01-01.",
);
const OLD_PLANTS: Text = t!(
    "2006年1月1日前建设的污水处理厂。",
    "2006年1月1日前建設的污水處理廠。",
    "Plants built before 2006-01-01.",
);

// ---- derivations

/// Molar masses (g/mol) used by the Redfield formula (CH₂O)₁₀₆(NH₃)₁₆(H₃PO₄).
const M_CH2O: f64 = 30.026;
const M_NH3: f64 = 17.031;
const M_H3PO4: f64 = 97.994;
const M_P: f64 = 30.974;
/// Water share of fresh algal cells, as factors.md's wet-biomass arithmetic assumes.
const ALGAE_WATER_SHARE: f64 = 0.70;

fn redfield_molar_mass(x: &[f64]) -> f64 {
    x[0] * M_CH2O + x[1] * M_NH3 + M_H3PO4
}
fn dry_algae_per_p(x: &[f64]) -> f64 {
    x[0] / M_P
}
fn wet_algae_per_p(x: &[f64]) -> f64 {
    x[0] / (1.0 - ALGAE_WATER_SHARE)
}
fn per_project(x: &[f64]) -> f64 {
    x[0] / x[1]
}
fn equivalent_flow(x: &[f64]) -> f64 {
    // t/yr ÷ (mg/L × 365 d) × 10⁶: 1 mg/L on 1 m³/d for a year is 365 g = 365 × 10⁻⁶ t.
    x[0] / ((x[1] - x[2]) * 365.0) * 1e6
}
fn total_from_share(x: &[f64]) -> f64 {
    x[0] / x[1]
}

#[rustfmt::skip]
pub(super) static ALL: &[FactorDef] = &[
    // ---- B1. GB 18918-2002 effluent classes (TP as P, mg/L)
    lim("tp.gb18918.new.1a", t!("GB 18918 一级A标准 总磷（2006年起建设）", "GB 18918 一級A標準 總磷（2006年起建設）", "GB 18918 Class 1A TP (plants from 2006)"), 0.5, &GB18918).note(&NEW_PLANTS),
    lim("tp.gb18918.new.1b", t!("GB 18918 一级B标准 总磷（2006年起建设）", "GB 18918 一級B標準 總磷（2006年起建設）", "GB 18918 Class 1B TP (plants from 2006)"), 1.0, &GB18918).note(&NEW_PLANTS),
    lim("tp.gb18918.new.2", t!("GB 18918 二级标准 总磷（2006年起建设）", "GB 18918 二級標準 總磷（2006年起建設）", "GB 18918 Class 2 TP (plants from 2006)"), 3.0, &GB18918).note(&NEW_PLANTS),
    lim("tp.gb18918.new.3", t!("GB 18918 三级标准 总磷（2006年起建设）", "GB 18918 三級標準 總磷（2006年起建設）", "GB 18918 Class 3 TP (plants from 2006)"), 5.0, &GB18918).note(&NEW_PLANTS),
    lim("tp.gb18918.old.1a", t!("GB 18918 一级A标准 总磷（2006年前建设）", "GB 18918 一級A標準 總磷（2006年前建設）", "GB 18918 Class 1A TP (plants before 2006)"), 1.0, &GB18918).note(&OLD_PLANTS),
    lim("tp.gb18918.old.1b", t!("GB 18918 一级B标准 总磷（2006年前建设）", "GB 18918 一級B標準 總磷（2006年前建設）", "GB 18918 Class 1B TP (plants before 2006)"), 1.5, &GB18918).note(&OLD_PLANTS),
    lim("tp.gb18918.old.2", t!("GB 18918 二级标准 总磷（2006年前建设）", "GB 18918 二級標準 總磷（2006年前建設）", "GB 18918 Class 2 TP (plants before 2006)"), 3.0, &GB18918).note(&OLD_PLANTS),
    lim("tp.gb18918.old.3", t!("GB 18918 三级标准 总磷（2006年前建设）", "GB 18918 三級標準 總磷（2006年前建設）", "GB 18918 Class 3 TP (plants before 2006)"), 5.0, &GB18918).note(&OLD_PLANTS),
    lim("tp.upgrade.quasi_iv", t!("准IV类提标 出水总磷", "準IV類提標 出水總磷", "Quasi-Class IV upgrade: effluent TP"), 0.3, &QUASI_IV),

    // ---- B1. GB 3838-2002 surface-water classes (TP, mg/L)
    lim("tp.gb3838.river.i", t!("GB 3838 河流 I类 总磷", "GB 3838 河流 I類 總磷", "GB 3838 rivers, Class I TP"), 0.02, &GB3838),
    lim("tp.gb3838.river.ii", t!("GB 3838 河流 II类 总磷", "GB 3838 河流 II類 總磷", "GB 3838 rivers, Class II TP"), 0.1, &GB3838),
    lim("tp.gb3838.river.iii", t!("GB 3838 河流 III类 总磷", "GB 3838 河流 III類 總磷", "GB 3838 rivers, Class III TP"), 0.2, &GB3838),
    lim("tp.gb3838.river.iv", t!("GB 3838 河流 IV类 总磷", "GB 3838 河流 IV類 總磷", "GB 3838 rivers, Class IV TP"), 0.3, &GB3838),
    lim("tp.gb3838.river.v", t!("GB 3838 河流 V类 总磷", "GB 3838 河流 V類 總磷", "GB 3838 rivers, Class V TP"), 0.4, &GB3838),
    lim("tp.gb3838.lake.i", t!("GB 3838 湖库 I类 总磷", "GB 3838 湖庫 I類 總磷", "GB 3838 lakes and reservoirs, Class I TP"), 0.01, &GB3838),
    lim("tp.gb3838.lake.ii", t!("GB 3838 湖库 II类 总磷", "GB 3838 湖庫 II類 總磷", "GB 3838 lakes and reservoirs, Class II TP"), 0.025, &GB3838),
    lim("tp.gb3838.lake.iii", t!("GB 3838 湖库 III类 总磷", "GB 3838 湖庫 III類 總磷", "GB 3838 lakes and reservoirs, Class III TP"), 0.05, &GB3838),
    lim("tp.gb3838.lake.iv", t!("GB 3838 湖库 IV类 总磷", "GB 3838 湖庫 IV類 總磷", "GB 3838 lakes and reservoirs, Class IV TP"), 0.1, &GB3838),
    lim("tp.gb3838.lake.v", t!("GB 3838 湖库 V类 总磷", "GB 3838 湖庫 V類 總磷", "GB 3838 lakes and reservoirs, Class V TP"), 0.2, &GB3838),

    // ---- B2. The report's figures and the average project
    w("tp.report.reduction_2025", t!("2025年长江流域总磷减排量（报告）", "2025年長江流域總磷減排量（報告）", "TP reduction in the Yangtze basin, 2025 (report)"), 11_700.0, TonnesPerYear, Official, &REPORT).year(2025),
    w("tp.report.projects_2025", t!("2025年长江流域总磷减排工程数（报告）", "2025年長江流域總磷減排工程數（報告）", "TP reduction projects in the Yangtze basin, 2025 (report)"), 2_400.0, Count, Official, &REPORT).exact().year(2025)
        .note(&const { t!("报告原文为“2400余项”，即 2,400 项以上。", "報告原文為「2400餘項」，即 2,400 項以上。", "The report says 'more than 2,400' (2400余项).") }),
    derived("tp.report.avg_per_project", t!("报告平均每项工程年总磷减排量", "報告平均每項工程年總磷減排量", "Average TP reduction per project (report figures)"), TonnesPerYear,
        &const { Derivation { formula: t!("1.17万吨 ÷ 2400项", "1.17萬噸 ÷ 2400項", "11,700 t ÷ 2,400 projects"), inputs: &["tp.report.reduction_2025", "tp.report.projects_2025"], eval: per_project } }).year(2025)
        .note(&const { t!("工程数为“2400余项”，故此平均值偏高（上限）。由报告数字推算，非报告数字。", "工程數為「2400餘項」，故此平均值偏高（上限）。由報告數字推算，非報告數字。", "The report counts 'more than 2,400' projects, so this average is an upper bound. Derived from the report's figures, not a report figure.") }),
    derived("tp.report.equivalent_plant_flow", t!("报告平均工程相当的污水厂规模（一级B→一级A）", "報告平均工程相當的污水廠規模（一級B→一級A）", "Plant flow equal to the average project (Class 1B → 1A)"), CubicMetresPerDay,
        &const { Derivation { formula: t!("平均年减排量 ÷ ((一级B − 一级A) × 365 天) × 10⁶", "平均年減排量 ÷ ((一級B − 一級A) × 365 天) × 10⁶", "average t/yr ÷ ((Class 1B − Class 1A) × 365 d) × 10⁶"), inputs: &["tp.report.avg_per_project", "tp.gb18918.new.1b", "tp.gb18918.new.1a"], eval: equivalent_flow } }).year(2025),

    // ---- B2. National loads
    w("tp.census2017.agri", t!("2017年农业源总磷排放量（二污普）", "2017年農業源總磷排放量（二污普）", "Agricultural TP discharge, 2017 (2nd census)"), 212_000.0, TonnesPerYear, Secondary, &CENSUS).year(2017),
    w("tp.census2017.agri_share", t!("2017年农业源占总磷排放比例", "2017年農業源佔總磷排放比例", "Agricultural share of TP discharge, 2017"), 0.672, Fraction, Secondary, &CENSUS).year(2017),
    derived("tp.census2017.total", t!("2017年全国总磷排放量（约）", "2017年全國總磷排放量（約）", "National TP discharge, 2017 (approx.)"), TonnesPerYear,
        &const { Derivation { formula: t!("农业源 21.20万吨 ÷ 67.2%", "農業源 21.20萬噸 ÷ 67.2%", "agriculture 212,000 t ÷ 67.2 %"), inputs: &["tp.census2017.agri", "tp.census2017.agri_share"], eval: total_from_share } }).year(2017),
    w("tp.census2017.reduction_vs_first", t!("二污普较一污普总磷排放降幅", "二污普較一污普總磷排放降幅", "TP discharge cut, 2nd vs 1st census"), 0.2546, Fraction, Secondary, &CENSUS).year(2017),
    w("tp.wwtp.discharge_2016", t!("2016年城镇污水处理厂处理后排放总磷", "2016年城鎮污水處理廠處理後排放總磷", "TP discharged by municipal plants after treatment, 2016"), 29_000.0, TonnesPerYear, Official, &QI_2020).year(2016),
    w("tp.wwtp.plants_2016", t!("上述统计涵盖的污水处理厂数", "上述統計涵蓋的污水處理廠數", "Municipal plants covered by that figure"), 1_822.0, Count, Official, &QI_2020).exact().year(2016),
    w("tp.influent.typical", t!("我国城镇污水厂典型进水总磷", "我國城鎮污水廠典型進水總磷", "Typical influent TP, Chinese municipal plants"), 4.0, MgPerLitre, Unverified, &NONE_SEEN).range(3.0, 5.0)
        .note(&const { t!("来源只给出 3–5 mg/L；中值为范围中点。", "來源只給出 3–5 mg/L；中值為範圍中點。", "Only 3–5 mg/L is given; the central value is the midpoint.") }),
    w("tp.farmland.runoff.yangtze_mid_lower", t!("长江中下游农田径流总磷流失（均值）", "長江中下游農田徑流總磷流失（均值）", "Farmland runoff TP loss, middle-lower Yangtze (mean)"), 0.61, KgPPerHectareYear, Official, &SUN_2017),
    w("tp.nonpoint.upper_yangtze", t!("长江上游面源总磷负荷", "長江上游面源總磷負荷", "Upper-Yangtze non-point TP load"), 24_900.0, TonnesPerYear, Official, &WATER_SUPPLY)
        .note(&const { t!("2004–2017年；24.9×10⁶ 千克/年。", "2004–2017年；24.9×10⁶ 公斤/年。", "2004–2017; 24.9 × 10⁶ kg/yr.") }),
    w("tp.nonpoint.upper_yangtze.share", t!("长江上游面源占总磷负荷比例", "長江上游面源佔總磷負荷比例", "Non-point share of the upper-Yangtze TP load"), 0.508, Fraction, Official, &WATER_SUPPLY),
    w("tp.manure.pig.faeces", t!("猪粪总磷含量", "豬糞總磷含量", "Pig faeces TP"), 3.41, KgPPerTonneManure, Unverified, &SEPA_MANURE).note(&UNVERIFIED_COEFF),
    w("tp.manure.pig.urine", t!("猪尿总磷含量", "豬尿總磷含量", "Pig urine TP"), 0.52, KgPPerTonneManure, Unverified, &SEPA_MANURE).note(&UNVERIFIED_COEFF),
    w("tp.manure.cattle.faeces", t!("牛粪总磷含量", "牛糞總磷含量", "Cattle faeces TP"), 1.18, KgPPerTonneManure, Unverified, &SEPA_MANURE).note(&UNVERIFIED_COEFF),
    w("tp.manure.cattle.urine", t!("牛尿总磷含量", "牛尿總磷含量", "Cattle urine TP"), 0.40, KgPPerTonneManure, Unverified, &SEPA_MANURE).note(&UNVERIFIED_COEFF),
    w("tp.manure.poultry.faeces", t!("家禽粪总磷含量", "家禽糞總磷含量", "Poultry manure TP"), 5.37, KgPPerTonneManure, Unverified, &SEPA_MANURE).note(&UNVERIFIED_COEFF),

    // ---- B2. The Yangtze "three phosphorus" campaign (2019–2020)
    w("tp.sanlin.sites_checked", t!("“三磷”排查点位总数", "「三磷」排查點位總數", "'Three phosphorus' sites checked"), 692.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites.mines", t!("“三磷”排查：磷矿", "「三磷」排查：磷礦", "'Three phosphorus' sites: phosphate mines"), 229.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites.fertiliser", t!("“三磷”排查：磷肥企业", "「三磷」排查：磷肥企業", "'Three phosphorus' sites: phosphate-fertiliser plants"), 252.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites.pesticide", t!("“三磷”排查：含磷农药企业", "「三磷」排查：含磷農藥企業", "'Three phosphorus' sites: P-pesticide plants"), 29.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites.yellow_phosphorus", t!("“三磷”排查：黄磷企业", "「三磷」排查：黃磷企業", "'Three phosphorus' sites: yellow-phosphorus plants"), 85.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites.phosphogypsum", t!("“三磷”排查：磷石膏库", "「三磷」排查：磷石膏庫", "'Three phosphorus' sites: phosphogypsum stacks"), 97.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sites_with_problems", t!("“三磷”排查发现问题的点位数", "「三磷」排查發現問題的點位數", "'Three phosphorus' sites with problems"), 276.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.problem_share", t!("“三磷”排查存在问题的点位占比", "「三磷」排查存在問題的點位佔比", "Share of 'three phosphorus' sites with problems"), 0.40, Fraction, Secondary, &SANLIN),
    w("tp.sanlin.sections_exceeding.before", t!("总磷超标断面数（整治前）", "總磷超標斷面數（整治前）", "Sections exceeding on TP (before)"), 137.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.sections_exceeding.after", t!("总磷超标断面数（整治后）", "總磷超標斷面數（整治後）", "Sections exceeding on TP (after)"), 109.0, Count, Secondary, &SANLIN).exact(),
    w("tp.sanlin.reduction_2016_2019.minjiang", t!("岷江总磷浓度降幅（2019年较2016年）", "岷江總磷濃度降幅（2019年較2016年）", "Minjiang TP cut, 2019 vs 2016"), 0.392, Fraction, Secondary, &SANLIN).year(2019),
    w("tp.sanlin.reduction_2016_2019.tuojiang", t!("沱江总磷浓度降幅（2019年较2016年）", "沱江總磷濃度降幅（2019年較2016年）", "Tuojiang TP cut, 2019 vs 2016"), 0.394, Fraction, Secondary, &SANLIN).year(2019),
    w("tp.sanlin.reduction_2016_2019.wujiang", t!("乌江总磷浓度降幅（2019年较2016年）", "烏江總磷濃度降幅（2019年較2016年）", "Wujiang TP cut, 2019 vs 2016"), 0.382, Fraction, Secondary, &SANLIN).year(2019),
    w("tp.sanlin.reduction_2016_2019.qingshuijiang", t!("清水江总磷浓度降幅（2019年较2016年）", "清水江總磷濃度降幅（2019年較2016年）", "Qingshuijiang TP cut, 2019 vs 2016"), 0.395, Fraction, Secondary, &SANLIN).year(2019),

    // ---- B3. Redfield stoichiometry and the algal ceiling
    w("tp.redfield.c_p", t!("雷德菲尔德比 C:P（摩尔比）", "雷德菲爾德比 C:P（莫耳比）", "Redfield ratio C:P (molar)"), 106.0, MolarRatio, Official, &REDFIELD).exact(),
    w("tp.redfield.n_p", t!("雷德菲尔德比 N:P（摩尔比）", "雷德菲爾德比 N:P（莫耳比）", "Redfield ratio N:P (molar)"), 16.0, MolarRatio, Official, &REDFIELD).exact(),
    w("tp.redfield.c_p_mass", t!("雷德菲尔德比 C:P（质量比，约）", "雷德菲爾德比 C:P（質量比，約）", "Redfield ratio C:P (by mass, approx.)"), 41.0, Ratio, Official, &REDFIELD).exact(),
    w("tp.redfield.n_p_mass", t!("雷德菲尔德比 N:P（质量比，约）", "雷德菲爾德比 N:P（質量比，約）", "Redfield ratio N:P (by mass, approx.)"), 7.2, Ratio, Official, &REDFIELD).exact(),
    derived("tp.redfield.molar_mass", t!("雷德菲尔德藻类分子的摩尔质量（每摩尔磷）", "雷德菲爾德藻類分子的莫耳質量（每莫耳磷）", "Molar mass of Redfield algal matter per mol P"), GramsPerMol,
        &const { Derivation { formula: t!("106 × M(CH₂O) + 16 × M(NH₃) + M(H₃PO₄)，M 取 30.026、17.031、97.994 克/摩尔", "106 × M(CH₂O) + 16 × M(NH₃) + M(H₃PO₄)，M 取 30.026、17.031、97.994 克/莫耳", "106 × M(CH₂O) + 16 × M(NH₃) + M(H₃PO₄), with M = 30.026, 17.031, 97.994 g/mol"), inputs: &["tp.redfield.c_p", "tp.redfield.n_p"], eval: redfield_molar_mass } }).exact(),
    derived("tp.algae.dry_per_kg_p", t!("每千克磷可支撑的藻类干重（化学计量上限）", "每公斤磷可支撐的藻類乾重（化學計量上限）", "Dry algal biomass per kg P (stoichiometric ceiling)"), KgPerKgP,
        &const { Derivation { formula: t!("摩尔质量 ÷ 30.974（磷的摩尔质量）", "莫耳質量 ÷ 30.974（磷的莫耳質量）", "molar mass ÷ 30.974 (molar mass of P)"), inputs: &["tp.redfield.molar_mass"], eval: dry_algae_per_p } }).exact().note(&ALGAE_CEILING),
    derived("tp.algae.wet_per_kg_p", t!("每千克磷可支撑的藻类湿重（化学计量上限）", "每公斤磷可支撐的藻類濕重（化學計量上限）", "Wet algal biomass per kg P (stoichiometric ceiling)"), KgPerKgP,
        &const { Derivation { formula: t!("干重 ÷ (1 − 70% 含水率)", "乾重 ÷ (1 − 70% 含水率)", "dry mass ÷ (1 − 70 % water)"), inputs: &["tp.algae.dry_per_kg_p"], eval: wet_algae_per_p } }).exact()
        .note(&const { t!("化学计量上限，不是观测到的藻华减少量；按细胞含水约 70% 计。", "化學計量上限，不是觀測到的藻華減少量；按細胞含水約 70% 計。", "A stoichiometric ceiling, not an observed bloom reduction; cells taken as about 70 % water.") }),
];
