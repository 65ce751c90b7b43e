//! Section A of `factors.md`: ultra-low-emission (ULE, 超低排放) retrofits and heavy trucks.
//!
//! Id scheme (dotted, lower case; `<pol>` is `pm`, `so2`, `nox`, and where the source has them
//! `nmhc`, `nh3`, `pm10`, `pm25`, `tsp`, `vocs`):
//!
//! * `ule.limit.<sector>.<point>.<pol>`: ULE limit, mg/Nm³ (exact); `ule.limit.coking.cokeoven.<pol>.<region>` for
//!   stricter regional plans;
//! * `ule.refo2.<sector>.<point>`: reference O₂ of that limit, %;
//! * `ule.target.<sector>.<scope>.<year>`: policy targets, share of capacity;
//! * `ule.oldlimit.<standard>.<point>.<pol>[.special]`: the limits the retrofits replaced (exact);
//! * `ule.revision.gb16171_2024.<pol>`: expected cut of the 2024 coking standard;
//! * `ule.fluegas.<sector>.<point>`: specific flue-gas volume, Nm³/t product;
//! * `ule.baseline.steel.2018.<pol>[_share]`, `ule.intensity.steel.2018.<pol>` (derived),
//!   `ule.reduction.steel.<pol>`, `ule.outcome.*`, `ule.progress.*`, `ule.cost.steel.*`;
//! * `ule.inventory.<sector>.<year>.<pol>` and `ule.potential.sinter.<pol>`: CEMS inventories;
//! * `ule.output.<product>.<year>`, `ule.capacity.*`, `ule.utilisation.*`;
//! * `truck.*`: heavy trucks (NOx per km, diesel CO₂, consumption, mileage).

use super::{src, DERIVED, NONE_SEEN};
use crate::factors::model::{Derivation, FactorDef, Grade, Source, Theme};
use crate::t;
use crate::text::Text;
use crate::units::Unit::{
    self, Count, Fraction, GramsPerKm, KgCo2PerKg, KgCo2ePerLitre, KgPerTonne, KmPerYear, KwhPerKm,
    LitresPer100Km, MgPerNm3, Nm3PerTonne, PercentO2, TonnesPerYear, Yuan, YuanPerTonne,
};
use Grade::{Official, Secondary, Unverified};

const fn u(
    id: &'static str,
    name: Text,
    value: f64,
    unit: Unit,
    grade: Grade,
    source: &'static Source,
) -> FactorDef {
    FactorDef::given(id, Theme::Ule, name, value, unit, grade, source)
}

/// A ULE or replaced-standard limit: exact by definition.
const fn lim(
    id: &'static str,
    name: Text,
    value: f64,
    grade: Grade,
    source: &'static Source,
) -> FactorDef {
    u(id, name, value, MgPerNm3, grade, source).exact()
}

// ---- sources

const MEE_ET_AL: Text = t!("生态环境部等", "生態環境部等", "MEE et al.");
const STEEL_ULE: Source = src(
    "关于推进实施钢铁行业超低排放的意见",
    MEE_ET_AL,
    Some("环大气〔2019〕35号"),
    Some(2019),
);
const STEEL_ULE_ANNEX: Source = src(
    "关于推进实施钢铁行业超低排放的意见",
    MEE_ET_AL,
    Some("环大气〔2019〕35号，附件表"),
    Some(2019),
);
const CEMENT_ULE: Source = src(
    "关于推进实施水泥行业超低排放的意见",
    t!(
        "生态环境部等五部门",
        "生態環境部等五部門",
        "MEE and four other ministries",
    ),
    Some("环大气〔2024〕5号"),
    Some(2024),
);
const COKING_ULE: Source = src(
    "关于推进实施焦化行业超低排放的意见",
    t!("生态环境部", "生態環境部", "MEE"),
    Some("2024-01-19"),
    Some(2024),
);
const SHANDONG_COKING: Source = src(
    "山东省焦化行业超低排放地方方案（2022年）",
    t!("山东省", "山東省", "Shandong Province"),
    None,
    Some(2022),
);
const SHANXI_COKING: Source = src(
    "山西省焦化行业超低排放地方方案（2021年，新建项目）",
    t!("山西省", "山西省", "Shanxi Province"),
    None,
    Some(2021),
);
const MEP_AQSIQ: Text = t!(
    "环境保护部、国家质量监督检验检疫总局",
    "環境保護部、國家質量監督檢驗檢疫總局",
    "Ministry of Environmental Protection and AQSIQ",
);
const GB28662: Source = src(
    "GB 28662-2012 钢铁烧结、球团工业大气污染物排放标准",
    MEP_AQSIQ,
    None,
    Some(2012),
);
const GB16171: Source = src(
    "GB 16171-2012 炼焦化学工业污染物排放标准",
    MEP_AQSIQ,
    None,
    Some(2012),
);
const GB4915: Source = src(
    "GB 4915-2013 水泥工业大气污染物排放标准",
    MEP_AQSIQ,
    None,
    Some(2013),
);
const XINHUA_GB16171_2024: Source = src(
    "新华社关于 GB 16171-2024 发布的报道",
    t!(
        "新华社（转述生态环境部）",
        "新華社（轉述生態環境部）",
        "Xinhua (quoting MEE)",
    ),
    Some("2025-01-20"),
    Some(2025),
);
const EMEP: Source = src(
    "EMEP/EEA air pollutant emission inventory guidebook 2013",
    t!("欧洲环境署", "歐洲環境署", "European Environment Agency"),
    Some("2.A.1 Cement production, citing EU CLM BREF 2010; UNEP Stockholm Convention Toolkit, Annex 35"),
    Some(2013),
);
const HJ846_PERMIT: Source = src(
    "钢铁企业排污许可申请计算（依据 HJ 846-2017 排污许可证申请与核发技术规范 钢铁工业）",
    t!(
        "企业排污许可申报材料",
        "企業排污許可申報材料",
        "a plant's pollutant-permit application",
    ),
    None,
    None,
);
const COKE_OVEN_ESTIMATE: Source = Source {
    title: "工程估算（HJ 854-2017 应列有此值，未见）",
    publisher: t!(
        "无（工程经验值）",
        "無（工程經驗值）",
        "none (engineering estimate)",
    ),
    locator: None,
    year: None,
    url: None,
};
const MEE_BRIEFING_2019: Source = src(
    "生态环境部大气环境司 2019年新闻发布（钢铁行业排放）",
    t!(
        "生态环境部大气环境司",
        "生態環境部大氣環境司",
        "MEE Department of Atmospheric Environment",
    ),
    None,
    Some(2019),
);
const XINHUA_2019: Source = src(
    "新华社 2019年报道（2018年粗钢产量）",
    t!("新华社", "新華社", "Xinhua"),
    None,
    Some(2019),
);
const STEEL_OUTPUT: Source = src(
    "国家统计局、中国钢铁工业协会 粗钢产量数据",
    t!(
        "国家统计局、中国钢铁工业协会",
        "國家統計局、中國鋼鐵工業協會",
        "NBS, CISA",
    ),
    Some("CISA 2026-02"),
    Some(2026),
);
const MPI_2019: Source = src(
    "冶金工业规划研究院 钢铁行业超低排放减排效果测算",
    t!(
        "冶金工业规划研究院",
        "冶金工業規劃研究院",
        "China Metallurgical Industry Planning & Research Institute",
    ),
    None,
    Some(2019),
);
const CISA_PEOPLES_DAILY: Source = src(
    "人民日报报道（中国钢铁工业协会）",
    t!(
        "中国钢铁工业协会（人民日报）",
        "中國鋼鐵工業協會（人民日報）",
        "CISA (People's Daily)",
    ),
    Some("2025-08-10"),
    Some(2025),
);
const CISA: Text = t!(
    "中国钢铁工业协会",
    "中國鋼鐵工業協會",
    "China Iron and Steel Association (CISA)",
);
const CISA_PROGRESS: Source = src(
    "中国钢铁工业协会 钢铁行业超低排放改造进展",
    CISA,
    None,
    None,
);
const CISA_COST: Source = src(
    "中国钢铁工业协会 超低排放改造成本",
    CISA,
    Some("2023-12"),
    Some(2023),
);
const PAPER: Text = t!("学术论文", "學術論文", "peer-reviewed paper");
const LIU_2022: Source = src(
    "Liu J., Wang S., Yi H. et al. Sintering emissions and reduction potentials in China, 2017",
    PAPER,
    None,
    Some(2022),
);
const TANG_2020: Source = src(
    "Tang L., Xue X., Bo X. 等，《环境科学》",
    PAPER,
    Some("2020, 41(11)"),
    Some(2020),
);
const JIANG_2018: Source = src(
    "Jiang C. 等，《环境科学》",
    PAPER,
    Some("2018, 39(11)"),
    Some(2018),
);
const ATMOSPHERE_2023: Source = src(
    "Atmosphere (MDPI): independent coking plants, CEMS 2018",
    PAPER,
    Some("2023, 14(2): 348"),
    Some(2023),
);
const AAQR_2018: Source = src(
    "Aerosol and Air Quality Research: coking emissions 2015",
    PAPER,
    Some("2018, 18: 533"),
    Some(2018),
);
const SP_GLOBAL: Source = src(
    "S&P Global Commodity Insights（行业来源：粗钢产能）",
    t!(
        "标普全球大宗商品洞察",
        "標普全球大宗商品洞察",
        "S&P Global Commodity Insights",
    ),
    None,
    None,
);
const NBS_UTILISATION: Source = src(
    "国家统计局 2025年工业产能利用率",
    t!(
        "国家统计局",
        "國家統計局",
        "National Bureau of Statistics (NBS)",
    ),
    None,
    None,
);
const TRADE_PRESS: Text = t!("行业媒体", "行業媒體", "trade press");
const CLINKER_CAPACITY: Source = src(
    "行业媒体：水泥熟料产能（2025年年中）",
    TRADE_PRESS,
    None,
    None,
);
const NDRC_PLAN: Source = src(
    "国家发展改革委等 2024年水泥行业行动方案（熟料产能调控）",
    t!("国家发展改革委等", "國家發展改革委等", "NDRC et al."),
    None,
    Some(2024),
);
const CEMENT_OUTPUT: Source = src(
    "国家统计局 水泥产量（经论文与行业媒体转引）",
    t!(
        "国家统计局（转引）",
        "國家統計局（轉引）",
        "NBS, via papers and trade press",
    ),
    None,
    None,
);
const CEMENT_UTILISATION: Source = src("行业媒体：2023年水泥产能利用率", TRADE_PRESS, None, None);
const COKE_OUTPUT: Source = src(
    "国家统计局 焦炭产量（经 Mysteel 转引）",
    t!(
        "国家统计局（经我的钢铁网）",
        "國家統計局（經我的鋼鐵網）",
        "NBS, via Mysteel",
    ),
    None,
    None,
);
const WANG_2022: Source = src(
    "Wang J. … He K., real-world NOx of China-VI heavy-duty diesel trucks",
    t!(
        "《整体环境科学》（Sci. Total Environ.）",
        "《整體環境科學》（Sci. Total Environ.）",
        "Science of the Total Environment",
    ),
    Some("2022, 157209"),
    Some(2022),
);
const DESNZ: Source = src(
    "UK Government GHG Conversion Factors for Company Reporting",
    t!("英国能源安全与净零部", "英國能源安全與淨零部", "UK DESNZ"),
    None,
    None,
);
const IPCC_2006: Source = src(
    "2006 IPCC Guidelines for National Greenhouse Gas Inventories",
    t!(
        "政府间气候变化专门委员会",
        "政府間氣候變化專門委員會",
        "IPCC",
    ),
    Some("Vol. 2, Energy: 74,100 kg CO₂/TJ, 43.0 TJ/Gg"),
    Some(2006),
);

// ---- notes

const UPPER_BOUND: Text = t!(
    "旧标准限值到超低排放限值之差是浓度削减的上限：实际企业改造前已低于旧限值。可改用实测基线。",
    "舊標準限值到超低排放限值之差是濃度削減的上限：實際企業改造前已低於舊限值。可改用實測基線。",
    "Old limit → ULE limit is an upper bound on the concentration cut: real plants ran below the old limits before retrofit. A measured baseline can be used instead.",
);
const SPECIAL_UNVERIFIED: Text = t!(
    "特别排放限值，适用于重点地区；数值未经原文核实。",
    "特別排放限值，適用於重點地區；數值未經原文核實。",
    "Special limit (key regions); the value was not verified against the standard's text.",
);
const O2_UNVERIFIED: Text = t!(
    "基准氧含量未在原文中核实。",
    "基準氧含量未在原文中核實。",
    "The reference O₂ was not verified in the document's text.",
);
const HOURS_95: Text = t!(
    "达标判定：每月至少 95% 的生产小时满足小时均值限值。",
    "達標判定：每月至少 95% 的生產小時滿足小時均值限值。",
    "Compliance rule: at least 95 % of production hours each month meet the hourly limits.",
);
const COKING_COPY: Text = t!(
    "数值据一份转录国家原文的省级实施方案；国家文件附件未见。",
    "數值據一份轉錄國家原文的省級實施方案；國家文件附件未見。",
    "Values as copied in a provincial implementation plan that reproduces the national wording; the national annex itself was not seen.",
);
const REGIONAL_STRICTER: Text = t!(
    "比国家焦化超低排放限值更严的地方要求。",
    "比國家焦化超低排放限值更嚴的地方要求。",
    "A regional requirement stricter than the national coking ULE limit.",
);
const WEAK: Text = t!(
    "二手来源（弱）：请核实。",
    "二手來源（弱）：請核實。",
    "Secondary (weak): verify before relying on it.",
);
const SINTER_FLUE_GAS: Text = t!(
    "二手来源（弱）：数值读自一张破损的表格，请对照 HJ 846 核实；欧盟 BREF 给出 1,500–2,500 Nm³/t。",
    "二手來源（弱）：數值讀自一張破損的表格，請對照 HJ 846 核實；歐盟 BREF 給出 1,500–2,500 Nm³/t。",
    "Secondary (weak): value read from a damaged table, verify against HJ 846; the EU BREF gives 1,500–2,500 Nm³/t.",
);
const COKE_OVEN_GAS_NOTE: Text = t!(
    "工程估算值，未见出处；请输入本厂的实际值。（8% O₂）",
    "工程估算值，未見出處；請輸入本廠的實際值。（8% O₂）",
    "Engineering estimate; enter your plant's value. (at 8 % O₂)",
);
const NOT_OUTPUT: Text = t!(
    "产能不等于产量：计算时需乘以利用率。",
    "產能不等於產量：計算時需乘以利用率。",
    "Capacity is not output: multiply by a utilisation rate.",
);
const COST_NOTE: Text = t!(
    "来源写作“元/吨”；此处理解为每吨粗钢。",
    "來源寫作「元/噸」；此處理解為每噸粗鋼。",
    "The source says 'yuan/t'; read here as per tonne of crude steel.",
);
const RANGE_MIDPOINT: Text = t!(
    "来源只给出范围；中值为范围中点，不是发布数值。",
    "來源只給出範圍；中值為範圍中點，不是發佈數值。",
    "The source gives a range only; the central value is its midpoint, not a published figure.",
);

fn intensity(x: &[f64]) -> f64 {
    // t/yr ÷ t/yr = t/t; × 1,000 → kg/t.
    x[0] / x[1] * 1_000.0
}

const INTENSITY_FORMULA: Text = t!(
    "2018年排放量 ÷ 2018年粗钢产量（9.28亿吨）× 1000",
    "2018年排放量 ÷ 2018年粗鋼產量（9.28億噸）× 1000",
    "2018 emissions ÷ 2018 crude-steel output (928 Mt) × 1,000",
);

#[rustfmt::skip]
pub(super) static ALL: &[FactorDef] = &[
    // ---- A1. ULE limits (hourly average, mg/Nm³, dry, at the reference O₂)
    lim("ule.limit.steel.sinter.pm", t!("钢铁烧结机头 颗粒物 超低排放限值", "鋼鐵燒結機頭 顆粒物 超低排放限值", "Steel, sinter machine head: PM ULE limit"), 10.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.sinter.so2", t!("钢铁烧结机头 二氧化硫 超低排放限值", "鋼鐵燒結機頭 二氧化硫 超低排放限值", "Steel, sinter machine head: SO₂ ULE limit"), 35.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.sinter.nox", t!("钢铁烧结机头 氮氧化物 超低排放限值", "鋼鐵燒結機頭 氮氧化物 超低排放限值", "Steel, sinter machine head: NOx (as NO₂) ULE limit"), 50.0, Secondary, &STEEL_ULE),
    u("ule.refo2.steel.sinter", t!("钢铁烧结机头 基准氧含量", "鋼鐵燒結機頭 基準氧含量", "Steel, sinter machine head: reference O₂"), 16.0, PercentO2, Unverified, &STEEL_ULE).exact().note(&O2_UNVERIFIED),
    lim("ule.limit.steel.pellet.pm", t!("钢铁球团焙烧 颗粒物 超低排放限值", "鋼鐵球團焙燒 顆粒物 超低排放限值", "Steel, pellet induration: PM ULE limit"), 10.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.pellet.so2", t!("钢铁球团焙烧 二氧化硫 超低排放限值", "鋼鐵球團焙燒 二氧化硫 超低排放限值", "Steel, pellet induration: SO₂ ULE limit"), 35.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.pellet.nox", t!("钢铁球团焙烧 氮氧化物 超低排放限值", "鋼鐵球團焙燒 氮氧化物 超低排放限值", "Steel, pellet induration: NOx (as NO₂) ULE limit"), 50.0, Secondary, &STEEL_ULE),
    u("ule.refo2.steel.pellet", t!("钢铁球团焙烧 基准氧含量", "鋼鐵球團焙燒 基準氧含量", "Steel, pellet induration: reference O₂"), 18.0, PercentO2, Unverified, &STEEL_ULE).exact().note(&O2_UNVERIFIED),
    lim("ule.limit.steel.other.pm", t!("钢铁其他主要排放口 颗粒物 超低排放限值（原则上）", "鋼鐵其他主要排放口 顆粒物 超低排放限值（原則上）", "Steel, other main stacks: PM ULE limit (in principle)"), 10.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.other.so2", t!("钢铁其他主要排放口 二氧化硫 超低排放限值（原则上）", "鋼鐵其他主要排放口 二氧化硫 超低排放限值（原則上）", "Steel, other main stacks: SO₂ ULE limit (in principle)"), 50.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.other.nox", t!("钢铁其他主要排放口 氮氧化物 超低排放限值（原则上）", "鋼鐵其他主要排放口 氮氧化物 超低排放限值（原則上）", "Steel, other main stacks: NOx ULE limit (in principle)"), 200.0, Secondary, &STEEL_ULE),
    lim("ule.limit.steel.cokeoven.pm", t!("钢铁附件 焦炉烟囱 颗粒物 超低排放限值", "鋼鐵附件 焦爐煙囪 顆粒物 超低排放限值", "Steel annex, coke-oven stack: PM ULE limit"), 10.0, Unverified, &STEEL_ULE_ANNEX),
    lim("ule.limit.steel.cokeoven.so2", t!("钢铁附件 焦炉烟囱 二氧化硫 超低排放限值", "鋼鐵附件 焦爐煙囪 二氧化硫 超低排放限值", "Steel annex, coke-oven stack: SO₂ ULE limit"), 30.0, Unverified, &STEEL_ULE_ANNEX),
    lim("ule.limit.steel.cokeoven.nox", t!("钢铁附件 焦炉烟囱 氮氧化物 超低排放限值", "鋼鐵附件 焦爐煙囪 氮氧化物 超低排放限值", "Steel annex, coke-oven stack: NOx ULE limit"), 150.0, Unverified, &STEEL_ULE_ANNEX),
    u("ule.refo2.steel.cokeoven", t!("钢铁附件 焦炉烟囱 基准氧含量", "鋼鐵附件 焦爐煙囪 基準氧含量", "Steel annex, coke-oven stack: reference O₂"), 8.0, PercentO2, Unverified, &STEEL_ULE_ANNEX).exact(),
    lim("ule.limit.cement.kiln.pm", t!("水泥窑及窑尾余热利用系统 颗粒物 超低排放限值", "水泥窯及窯尾餘熱利用系統 顆粒物 超低排放限值", "Cement kiln and kiln-tail waste-heat system: PM ULE limit"), 10.0, Secondary, &CEMENT_ULE).note(&HOURS_95),
    lim("ule.limit.cement.kiln.so2", t!("水泥窑及窑尾余热利用系统 二氧化硫 超低排放限值", "水泥窯及窯尾餘熱利用系統 二氧化硫 超低排放限值", "Cement kiln and kiln-tail waste-heat system: SO₂ ULE limit"), 35.0, Secondary, &CEMENT_ULE).note(&HOURS_95),
    lim("ule.limit.cement.kiln.nox", t!("水泥窑及窑尾余热利用系统 氮氧化物 超低排放限值", "水泥窯及窯尾餘熱利用系統 氮氧化物 超低排放限值", "Cement kiln and kiln-tail waste-heat system: NOx ULE limit"), 50.0, Secondary, &CEMENT_ULE).note(&HOURS_95),
    u("ule.refo2.cement.kiln", t!("水泥窑 基准氧含量", "水泥窯 基準氧含量", "Cement kiln: reference O₂"), 10.0, PercentO2, Secondary, &CEMENT_ULE).exact(),
    lim("ule.limit.coking.cokeoven.pm", t!("焦化 焦炉烟囱 颗粒物 超低排放限值", "焦化 焦爐煙囪 顆粒物 超低排放限值", "Coking, coke-oven stack: PM ULE limit"), 10.0, Secondary, &COKING_ULE).note(&COKING_COPY),
    lim("ule.limit.coking.cokeoven.so2", t!("焦化 焦炉烟囱 二氧化硫 超低排放限值", "焦化 焦爐煙囪 二氧化硫 超低排放限值", "Coking, coke-oven stack: SO₂ ULE limit"), 30.0, Secondary, &COKING_ULE).note(&COKING_COPY),
    lim("ule.limit.coking.cokeoven.nox", t!("焦化 焦炉烟囱 氮氧化物 超低排放限值", "焦化 焦爐煙囪 氮氧化物 超低排放限值", "Coking, coke-oven stack: NOx ULE limit"), 150.0, Secondary, &COKING_ULE).note(&COKING_COPY),
    lim("ule.limit.coking.cokeoven.nmhc", t!("焦化 焦炉烟囱 非甲烷总烃 超低排放限值", "焦化 焦爐煙囪 非甲烷總烴 超低排放限值", "Coking, coke-oven stack: NMHC ULE limit"), 100.0, Secondary, &COKING_ULE).note(&COKING_COPY),
    lim("ule.limit.coking.cokeoven.nh3", t!("焦化 焦炉烟囱 氨 超低排放限值", "焦化 焦爐煙囪 氨 超低排放限值", "Coking, coke-oven stack: NH₃ ULE limit"), 8.0, Secondary, &COKING_ULE).note(&COKING_COPY),
    u("ule.refo2.coking.cokeoven", t!("焦化 焦炉烟囱 基准氧含量", "焦化 焦爐煙囪 基準氧含量", "Coking, coke-oven stack: reference O₂"), 8.0, PercentO2, Secondary, &COKING_ULE).exact(),
    lim("ule.limit.coking.cokeoven.pm.shandong", t!("山东（2022）焦炉烟囱 颗粒物 限值", "山東（2022）焦爐煙囪 顆粒物 限值", "Shandong (2022), coke-oven stack: PM limit"), 10.0, Secondary, &SHANDONG_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.cokeoven.so2.shandong", t!("山东（2022）焦炉烟囱 二氧化硫 限值", "山東（2022）焦爐煙囪 二氧化硫 限值", "Shandong (2022), coke-oven stack: SO₂ limit"), 30.0, Secondary, &SHANDONG_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.cokeoven.nox.shandong", t!("山东（2022）焦炉烟囱 氮氧化物 限值", "山東（2022）焦爐煙囪 氮氧化物 限值", "Shandong (2022), coke-oven stack: NOx limit"), 100.0, Secondary, &SHANDONG_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.cokeoven.pm.shanxi", t!("山西（2021，新建）焦炉烟囱 颗粒物 限值", "山西（2021，新建）焦爐煙囪 顆粒物 限值", "Shanxi (2021, new plants), coke-oven stack: PM limit"), 10.0, Secondary, &SHANXI_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.cokeoven.so2.shanxi", t!("山西（2021，新建）焦炉烟囱 二氧化硫 限值", "山西（2021，新建）焦爐煙囪 二氧化硫 限值", "Shanxi (2021, new plants), coke-oven stack: SO₂ limit"), 30.0, Secondary, &SHANXI_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.cokeoven.nox.shanxi", t!("山西（2021，新建）焦炉烟囱 氮氧化物 限值", "山西（2021，新建）焦爐煙囪 氮氧化物 限值", "Shanxi (2021, new plants), coke-oven stack: NOx limit"), 100.0, Secondary, &SHANXI_COKING).note(&REGIONAL_STRICTER),
    lim("ule.limit.coking.other.pm", t!("焦化 其他排放口 颗粒物 超低排放限值", "焦化 其他排放口 顆粒物 超低排放限值", "Coking, all other stacks: PM ULE limit"), 10.0, Secondary, &COKING_ULE).note(&HOURS_95),

    // ---- A1. Targets (share of capacity; policy targets, exact)
    u("ule.target.steel.national.2025", t!("钢铁超低排放目标：2025年底全国产能占比", "鋼鐵超低排放目標：2025年底全國產能佔比", "Steel ULE target: share of national capacity by end-2025"), 0.80, Fraction, Secondary, &STEEL_ULE).exact().year(2025),
    u("ule.target.coking.keyregion.2025", t!("焦化超低排放目标：2025年底重点区域产能占比", "焦化超低排放目標：2025年底重點區域產能佔比", "Coking ULE target: share of key-region capacity by end-2025"), 0.60, Fraction, Secondary, &COKING_ULE).exact().year(2025),
    u("ule.target.coking.national.2028", t!("焦化超低排放目标：2028年底全国产能占比", "焦化超低排放目標：2028年底全國產能佔比", "Coking ULE target: share of national capacity by end-2028"), 0.80, Fraction, Secondary, &COKING_ULE).exact().year(2028),
    u("ule.target.cement.keyregion.2025", t!("水泥超低排放目标：2025年底重点区域熟料产能占比", "水泥超低排放目標：2025年底重點區域熟料產能佔比", "Cement ULE target: share of key-region clinker capacity by end-2025"), 0.50, Fraction, Secondary, &CEMENT_ULE).exact().year(2025),
    u("ule.target.cement.national.2028", t!("水泥超低排放目标：2028年底全国熟料产能占比", "水泥超低排放目標：2028年底全國熟料產能佔比", "Cement ULE target: share of national clinker capacity by end-2028"), 0.80, Fraction, Secondary, &CEMENT_ULE).exact().year(2028),
    u("ule.target.clean_transport", t!("大宗物料清洁运输比例要求（钢铁、焦化）", "大宗物料清潔運輸比例要求（鋼鐵、焦化）", "Clean transport of bulk materials, required share (steel, coking)"), 0.80, Fraction, Secondary, &STEEL_ULE).exact()
        .note(&const { t!("钢铁与焦化超低排放意见均要求不低于 80%。", "鋼鐵與焦化超低排放意見均要求不低於 80%。", "At least 80 %, in both the steel and the coking ULE opinions.") }),

    // ---- A2. The limits the retrofits replaced
    lim("ule.oldlimit.gb28662.sinter.pm", t!("GB 28662-2012 烧结机头 颗粒物 排放限值", "GB 28662-2012 燒結機頭 顆粒物 排放限值", "GB 28662-2012, sinter machine head: PM limit"), 50.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.sinter.so2", t!("GB 28662-2012 烧结机头 二氧化硫 排放限值", "GB 28662-2012 燒結機頭 二氧化硫 排放限值", "GB 28662-2012, sinter machine head: SO₂ limit"), 200.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.sinter.nox", t!("GB 28662-2012 烧结机头 氮氧化物 排放限值", "GB 28662-2012 燒結機頭 氮氧化物 排放限值", "GB 28662-2012, sinter machine head: NOx limit"), 300.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.sinter.pm.special", t!("GB 28662-2012 烧结机头 颗粒物 特别排放限值", "GB 28662-2012 燒結機頭 顆粒物 特別排放限值", "GB 28662-2012, sinter machine head: PM special limit"), 40.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb28662.sinter.so2.special", t!("GB 28662-2012 烧结机头 二氧化硫 特别排放限值", "GB 28662-2012 燒結機頭 二氧化硫 特別排放限值", "GB 28662-2012, sinter machine head: SO₂ special limit"), 180.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb28662.sinter.nox.special", t!("GB 28662-2012 烧结机头 氮氧化物 特别排放限值", "GB 28662-2012 燒結機頭 氮氧化物 特別排放限值", "GB 28662-2012, sinter machine head: NOx special limit"), 300.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb28662.pellet.pm", t!("GB 28662-2012 球团焙烧 颗粒物 排放限值", "GB 28662-2012 球團焙燒 顆粒物 排放限值", "GB 28662-2012, pellet induration: PM limit"), 50.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.pellet.so2", t!("GB 28662-2012 球团焙烧 二氧化硫 排放限值", "GB 28662-2012 球團焙燒 二氧化硫 排放限值", "GB 28662-2012, pellet induration: SO₂ limit"), 200.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.pellet.nox", t!("GB 28662-2012 球团焙烧 氮氧化物 排放限值", "GB 28662-2012 球團焙燒 氮氧化物 排放限值", "GB 28662-2012, pellet induration: NOx limit"), 300.0, Secondary, &GB28662).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb28662.pellet.pm.special", t!("GB 28662-2012 球团焙烧 颗粒物 特别排放限值", "GB 28662-2012 球團焙燒 顆粒物 特別排放限值", "GB 28662-2012, pellet induration: PM special limit"), 40.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb28662.pellet.so2.special", t!("GB 28662-2012 球团焙烧 二氧化硫 特别排放限值", "GB 28662-2012 球團焙燒 二氧化硫 特別排放限值", "GB 28662-2012, pellet induration: SO₂ special limit"), 180.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb28662.pellet.nox.special", t!("GB 28662-2012 球团焙烧 氮氧化物 特别排放限值", "GB 28662-2012 球團焙燒 氮氧化物 特別排放限值", "GB 28662-2012, pellet induration: NOx special limit"), 300.0, Unverified, &GB28662).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb16171.cokeoven.pm", t!("GB 16171-2012 焦炉烟囱 颗粒物 排放限值", "GB 16171-2012 焦爐煙囪 顆粒物 排放限值", "GB 16171-2012, coke-oven stack: PM limit"), 30.0, Secondary, &GB16171).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb16171.cokeoven.so2", t!("GB 16171-2012 焦炉烟囱 二氧化硫 排放限值", "GB 16171-2012 焦爐煙囪 二氧化硫 排放限值", "GB 16171-2012, coke-oven stack: SO₂ limit"), 50.0, Secondary, &GB16171).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb16171.cokeoven.nox", t!("GB 16171-2012 焦炉烟囱 氮氧化物 排放限值", "GB 16171-2012 焦爐煙囪 氮氧化物 排放限值", "GB 16171-2012, coke-oven stack: NOx limit"), 500.0, Secondary, &GB16171).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb16171.cokeoven.pm.special", t!("GB 16171-2012 焦炉烟囱 颗粒物 特别排放限值", "GB 16171-2012 焦爐煙囪 顆粒物 特別排放限值", "GB 16171-2012, coke-oven stack: PM special limit"), 15.0, Unverified, &GB16171).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb16171.cokeoven.so2.special", t!("GB 16171-2012 焦炉烟囱 二氧化硫 特别排放限值", "GB 16171-2012 焦爐煙囪 二氧化硫 特別排放限值", "GB 16171-2012, coke-oven stack: SO₂ special limit"), 30.0, Unverified, &GB16171).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb16171.cokeoven.nox.special", t!("GB 16171-2012 焦炉烟囱 氮氧化物 特别排放限值", "GB 16171-2012 焦爐煙囪 氮氧化物 特別排放限值", "GB 16171-2012, coke-oven stack: NOx special limit"), 150.0, Unverified, &GB16171).note(&SPECIAL_UNVERIFIED),
    lim("ule.oldlimit.gb4915.kiln.pm", t!("GB 4915-2013 水泥窑及窑尾 颗粒物 排放限值", "GB 4915-2013 水泥窯及窯尾 顆粒物 排放限值", "GB 4915-2013, cement kiln and kiln tail: PM limit"), 30.0, Secondary, &GB4915).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb4915.kiln.so2", t!("GB 4915-2013 水泥窑及窑尾 二氧化硫 排放限值", "GB 4915-2013 水泥窯及窯尾 二氧化硫 排放限值", "GB 4915-2013, cement kiln and kiln tail: SO₂ limit"), 200.0, Secondary, &GB4915).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb4915.kiln.nox", t!("GB 4915-2013 水泥窑及窑尾 氮氧化物 排放限值", "GB 4915-2013 水泥窯及窯尾 氮氧化物 排放限值", "GB 4915-2013, cement kiln and kiln tail: NOx limit"), 400.0, Secondary, &GB4915).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb4915.kiln.pm.special", t!("GB 4915-2013 水泥窑及窑尾 颗粒物 特别排放限值（重点地区）", "GB 4915-2013 水泥窯及窯尾 顆粒物 特別排放限值（重點地區）", "GB 4915-2013, cement kiln and kiln tail: PM special limit (key regions)"), 20.0, Secondary, &GB4915).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb4915.kiln.so2.special", t!("GB 4915-2013 水泥窑及窑尾 二氧化硫 特别排放限值（重点地区）", "GB 4915-2013 水泥窯及窯尾 二氧化硫 特別排放限值（重點地區）", "GB 4915-2013, cement kiln and kiln tail: SO₂ special limit (key regions)"), 100.0, Secondary, &GB4915).note(&UPPER_BOUND),
    lim("ule.oldlimit.gb4915.kiln.nox.special", t!("GB 4915-2013 水泥窑及窑尾 氮氧化物 特别排放限值（重点地区）", "GB 4915-2013 水泥窯及窯尾 氮氧化物 特別排放限值（重點地區）", "GB 4915-2013, cement kiln and kiln tail: NOx special limit (key regions)"), 320.0, Secondary, &GB4915).note(&UPPER_BOUND),

    // ---- A2. The revised coking standard GB 16171-2024 (expected cuts, MEE via Xinhua)
    u("ule.revision.gb16171_2024.pm", t!("GB 16171-2024 预期焦化颗粒物减排比例", "GB 16171-2024 預期焦化顆粒物減排比例", "GB 16171-2024: expected cut in coking PM"), 0.50, Fraction, Secondary, &XINHUA_GB16171_2024),
    u("ule.revision.gb16171_2024.so2", t!("GB 16171-2024 预期焦化二氧化硫减排比例", "GB 16171-2024 預期焦化二氧化硫減排比例", "GB 16171-2024: expected cut in coking SO₂"), 0.40, Fraction, Secondary, &XINHUA_GB16171_2024),
    u("ule.revision.gb16171_2024.nox", t!("GB 16171-2024 预期焦化氮氧化物减排比例", "GB 16171-2024 預期焦化氮氧化物減排比例", "GB 16171-2024: expected cut in coking NOx"), 0.70, Fraction, Secondary, &XINHUA_GB16171_2024),
    u("ule.revision.gb16171_2024.vocs", t!("GB 16171-2024 预期焦化挥发性有机物减排比例", "GB 16171-2024 預期焦化揮發性有機物減排比例", "GB 16171-2024: expected cut in coking VOCs"), 0.50, Fraction, Secondary, &XINHUA_GB16171_2024),

    // ---- A3. Specific flue-gas volumes (Nm³ per t product, dry, at the reference O₂)
    u("ule.fluegas.cement.kiln", t!("水泥窑烟气量（每吨熟料）", "水泥窯煙氣量（每噸熟料）", "Cement kiln flue gas per t clinker"), 2_300.0, Nm3PerTonne, Official, &EMEP).range(1_500.0, 2_500.0)
        .note(&const { t!("平均值 2,300；现代窑 1,500–2,500。“官方”指该指南本身。", "平均值 2,300；現代窯 1,500–2,500。「官方」指該指南本身。", "Average 2,300; 1,500–2,500 for modern kilns. 'Official' refers to the guidebook itself.") }),
    u("ule.fluegas.steel.pellet", t!("球团焙烧烟气量（每吨球团，基准烟气量）", "球團焙燒煙氣量（每噸球團，基準煙氣量）", "Pellet induration flue gas per t pellet (reference volume)"), 2_480.0, Nm3PerTonne, Secondary, &HJ846_PERMIT)
        .note(&const { t!("该许可证计算自身打印的合计值可验算此数。", "該許可證計算自身列印的合計值可驗算此數。", "The permit calculation's own printed totals check the arithmetic.") }),
    u("ule.fluegas.steel.sinter", t!("烧结机头烟气量（每吨烧结矿，基准烟气量）", "燒結機頭煙氣量（每噸燒結礦，基準煙氣量）", "Sinter machine head flue gas per t sinter (reference volume)"), 2_830.0, Nm3PerTonne, Secondary, &HJ846_PERMIT).note(&SINTER_FLUE_GAS),
    u("ule.fluegas.steel.sinter_tail", t!("烧结机尾烟气量（每吨烧结矿）", "燒結機尾煙氣量（每噸燒結礦）", "Sinter machine tail flue gas per t sinter"), 1_300.0, Nm3PerTonne, Secondary, &HJ846_PERMIT).note(&WEAK),
    u("ule.fluegas.steel.blast_furnace", t!("高炉矿槽及出铁场烟气量（每吨铁水）", "高爐礦槽及出鐵場煙氣量（每噸鐵水）", "Blast-furnace stock house and cast house flue gas per t hot metal"), 6_150.0, Nm3PerTonne, Secondary, &HJ846_PERMIT).note(&WEAK),
    u("ule.fluegas.steel.converter_secondary", t!("转炉二次除尘烟气量（每吨钢）", "轉爐二次除塵煙氣量（每噸鋼）", "Converter secondary dedusting flue gas per t steel"), 1_550.0, Nm3PerTonne, Secondary, &HJ846_PERMIT).note(&WEAK),
    u("ule.fluegas.coking.cokeoven", t!("焦炉烟囱烟气量（每吨焦炭，8% O₂）", "焦爐煙囪煙氣量（每噸焦炭，8% O₂）", "Coke-oven stack flue gas per t coke (8 % O₂)"), 1_000.0, Nm3PerTonne, Unverified, &COKE_OVEN_ESTIMATE).note(&COKE_OVEN_GAS_NOTE),

    // ---- A4. Measured national baselines and reductions
    u("ule.baseline.steel.2018.so2", t!("2018年钢铁行业二氧化硫排放量", "2018年鋼鐵行業二氧化硫排放量", "Steel sector SO₂ emissions, 2018"), 1.06e6, TonnesPerYear, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.baseline.steel.2018.nox", t!("2018年钢铁行业氮氧化物排放量", "2018年鋼鐵行業氮氧化物排放量", "Steel sector NOx emissions, 2018"), 1.72e6, TonnesPerYear, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.baseline.steel.2018.pm", t!("2018年钢铁行业颗粒物排放量", "2018年鋼鐵行業顆粒物排放量", "Steel sector PM emissions, 2018"), 2.81e6, TonnesPerYear, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.baseline.steel.2018.so2_share", t!("2018年钢铁二氧化硫占全国排放比例（约）", "2018年鋼鐵二氧化硫佔全國排放比例（約）", "Steel share of national SO₂ emissions, 2018 (approx.)"), 0.07, Fraction, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.baseline.steel.2018.nox_share", t!("2018年钢铁氮氧化物占全国排放比例（约）", "2018年鋼鐵氮氧化物佔全國排放比例（約）", "Steel share of national NOx emissions, 2018 (approx.)"), 0.10, Fraction, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.baseline.steel.2018.pm_share", t!("2018年钢铁颗粒物占全国排放比例（约）", "2018年鋼鐵顆粒物佔全國排放比例（約）", "Steel share of national PM emissions, 2018 (approx.)"), 0.20, Fraction, Secondary, &MEE_BRIEFING_2019).year(2018),
    u("ule.output.steel.2018", t!("2018年粗钢产量", "2018年粗鋼產量", "Crude-steel output, 2018"), 928e6, TonnesPerYear, Secondary, &XINHUA_2019).year(2018),
    FactorDef::derived("ule.intensity.steel.2018.so2", Theme::Ule, t!("2018年钢铁二氧化硫排放强度", "2018年鋼鐵二氧化硫排放強度", "Steel SO₂ intensity, 2018"), KgPerTonne,
        &const { Derivation { formula: INTENSITY_FORMULA, inputs: &["ule.baseline.steel.2018.so2", "ule.output.steel.2018"], eval: intensity } }, &DERIVED).year(2018),
    FactorDef::derived("ule.intensity.steel.2018.nox", Theme::Ule, t!("2018年钢铁氮氧化物排放强度", "2018年鋼鐵氮氧化物排放強度", "Steel NOx intensity, 2018"), KgPerTonne,
        &const { Derivation { formula: INTENSITY_FORMULA, inputs: &["ule.baseline.steel.2018.nox", "ule.output.steel.2018"], eval: intensity } }, &DERIVED).year(2018),
    FactorDef::derived("ule.intensity.steel.2018.pm", Theme::Ule, t!("2018年钢铁颗粒物排放强度", "2018年鋼鐵顆粒物排放強度", "Steel PM intensity, 2018"), KgPerTonne,
        &const { Derivation { formula: INTENSITY_FORMULA, inputs: &["ule.baseline.steel.2018.pm", "ule.output.steel.2018"], eval: intensity } }, &DERIVED).year(2018),
    u("ule.reduction.steel.so2", t!("钢铁全面超低排放预期二氧化硫减排比例", "鋼鐵全面超低排放預期二氧化硫減排比例", "Expected SO₂ cut from full steel ULE"), 0.61, Fraction, Secondary, &MPI_2019),
    u("ule.reduction.steel.nox", t!("钢铁全面超低排放预期氮氧化物减排比例", "鋼鐵全面超低排放預期氮氧化物減排比例", "Expected NOx cut from full steel ULE"), 0.59, Fraction, Secondary, &MPI_2019),
    u("ule.reduction.steel.pm", t!("钢铁全面超低排放预期颗粒物减排比例", "鋼鐵全面超低排放預期顆粒物減排比例", "Expected PM cut from full steel ULE"), 0.81, Fraction, Secondary, &MPI_2019),
    u("ule.outcome.steel.reduction_min", t!("钢铁实际减排：较2018年“超过一半”", "鋼鐵實際減排：較2018年「超過一半」", "Actual steel outcome: emissions 'more than half' below 2018"), 0.50, Fraction, Secondary, &CISA_PEOPLES_DAILY)
        .note(&const { t!("来源说“超过一半”：0.5 是下限。", "來源說「超過一半」：0.5 是下限。", "The source says 'more than half': 0.5 is a lower bound.") }),
    u("ule.progress.steel.2025_07.capacity", t!("截至2025年7月完成超低排放改造的钢铁产能", "截至2025年7月完成超低排放改造的鋼鐵產能", "Steel capacity retrofitted to ULE by July 2025"), 600e6, TonnesPerYear, Secondary, &CISA_PROGRESS).year(2025).note(&NOT_OUTPUT),
    u("ule.progress.steel.2025_07.firms", t!("截至2025年7月完成超低排放改造的钢铁企业数", "截至2025年7月完成超低排放改造的鋼鐵企業數", "Steel firms retrofitted to ULE by July 2025"), 147.0, Count, Secondary, &CISA_PROGRESS).exact().year(2025),
    u("ule.progress.steel.2025_07.investment", t!("截至2025年7月钢铁超低排放累计投资（超过）", "截至2025年7月鋼鐵超低排放累計投資（超過）", "Steel ULE investment to July 2025 (more than)"), 300e9, Yuan, Secondary, &CISA_PROGRESS).year(2025)
        .note(&const { t!("来源说“超过3000亿元”：这是下限。", "來源說「超過3000億元」：這是下限。", "The source says 'more than 300 bn yuan': a lower bound.") }),
    u("ule.progress.steel.2025_end.capacity", t!("截至2025年底全流程超低排放改造的钢铁产能", "截至2025年底全流程超低排放改造的鋼鐵產能", "Steel capacity fully retrofitted to ULE by end-2025"), 844e6, TonnesPerYear, Secondary, &CISA_PROGRESS).year(2025)
        .note(&const { t!("2025年底数据的来源网址未见。产能不等于产量。", "2025年底數據的來源網址未見。產能不等於產量。", "Source URL of the end-2025 figure not seen. Capacity is not output.") }),
    u("ule.progress.steel.2025_end.firms", t!("截至2025年底全流程超低排放改造的钢铁企业数", "截至2025年底全流程超低排放改造的鋼鐵企業數", "Steel firms fully retrofitted to ULE by end-2025"), 225.0, Count, Secondary, &CISA_PROGRESS).exact().year(2025)
        .note(&const { t!("2025年底数据的来源网址未见。", "2025年底數據的來源網址未見。", "Source URL of the end-2025 figure not seen.") }),
    u("ule.progress.steel.2025_end.partial_capacity", t!("截至2025年底部分完成超低排放改造的钢铁产能（约）", "截至2025年底部分完成超低排放改造的鋼鐵產能（約）", "Steel capacity partially retrofitted by end-2025 (approx.)"), 100e6, TonnesPerYear, Secondary, &CISA_PROGRESS).year(2025)
        .note(&const { t!("2025年底数据的来源网址未见。", "2025年底數據的來源網址未見。", "Source URL of the end-2025 figure not seen.") }),
    u("ule.progress.steel.2025_end.partial_firms", t!("截至2025年底部分完成超低排放改造的钢铁企业数", "截至2025年底部分完成超低排放改造的鋼鐵企業數", "Steel firms partially retrofitted by end-2025"), 43.0, Count, Secondary, &CISA_PROGRESS).exact().year(2025)
        .note(&const { t!("2025年底数据的来源网址未见。", "2025年底數據的來源網址未見。", "Source URL of the end-2025 figure not seen.") }),
    u("ule.cost.steel.invest", t!("钢铁超低排放改造单位投资（每吨产能）", "鋼鐵超低排放改造單位投資（每噸產能）", "Steel ULE investment per t of capacity"), 450.0, YuanPerTonne, Secondary, &CISA_COST),
    u("ule.cost.steel.operating", t!("钢铁超低排放单位运行成本（每吨钢）", "鋼鐵超低排放單位運行成本（每噸鋼）", "Steel ULE operating cost per t of steel"), 200.0, YuanPerTonne, Secondary, &CISA_COST).note(&COST_NOTE),
    u("ule.inventory.sinter.2017.nox", t!("2017年烧结氮氧化物排放量（CEMS）", "2017年燒結氮氧化物排放量（CEMS）", "Sintering NOx emissions, 2017 (CEMS)"), 378.6e3, TonnesPerYear, Official, &LIU_2022).year(2017),
    u("ule.inventory.sinter.2017.so2", t!("2017年烧结二氧化硫排放量（CEMS）", "2017年燒結二氧化硫排放量（CEMS）", "Sintering SO₂ emissions, 2017 (CEMS)"), 169.0e3, TonnesPerYear, Official, &LIU_2022).year(2017),
    u("ule.inventory.sinter.2017.pm", t!("2017年烧结颗粒物排放量（CEMS）", "2017年燒結顆粒物排放量（CEMS）", "Sintering PM emissions, 2017 (CEMS)"), 51.9e3, TonnesPerYear, Official, &LIU_2022).year(2017),
    u("ule.potential.sinter.nox", t!("烧结全面达到超低排放的氮氧化物减排潜力", "燒結全面達到超低排放的氮氧化物減排潛力", "Sintering NOx cut if all plants met ULE"), 0.699, Fraction, Official, &LIU_2022).year(2017),
    u("ule.potential.sinter.so2", t!("烧结全面达到超低排放的二氧化硫减排潜力", "燒結全面達到超低排放的二氧化硫減排潛力", "Sintering SO₂ cut if all plants met ULE"), 0.529, Fraction, Official, &LIU_2022).year(2017),
    u("ule.potential.sinter.pm", t!("烧结全面达到超低排放的颗粒物减排潜力", "燒結全面達到超低排放的顆粒物減排潛力", "Sintering PM cut if all plants met ULE"), 0.564, Fraction, Official, &LIU_2022).year(2017),
    u("ule.inventory.cement.2018.pm", t!("2018年水泥颗粒物排放量（CEMS）", "2018年水泥顆粒物排放量（CEMS）", "Cement PM emissions, 2018 (CEMS)"), 72_893.0, TonnesPerYear, Official, &TANG_2020).year(2018),
    u("ule.inventory.cement.2018.so2", t!("2018年水泥二氧化硫排放量（CEMS）", "2018年水泥二氧化硫排放量（CEMS）", "Cement SO₂ emissions, 2018 (CEMS)"), 92_568.0, TonnesPerYear, Official, &TANG_2020).year(2018),
    u("ule.inventory.cement.2018.nox", t!("2018年水泥氮氧化物排放量（CEMS）", "2018年水泥氮氧化物排放量（CEMS）", "Cement NOx emissions, 2018 (CEMS)"), 878_394.0, TonnesPerYear, Official, &TANG_2020).year(2018),
    u("ule.inventory.cement.2010_2015.nox", t!("2010–2015年水泥氮氧化物年排放量", "2010–2015年水泥氮氧化物年排放量", "Cement NOx emissions per year, 2010–2015"), 1.835e6, TonnesPerYear, Official, &JIANG_2018).range(1.68e6, 1.99e6).note(&RANGE_MIDPOINT),
    u("ule.inventory.coking.2018.pm10", t!("2018年独立焦化企业 PM10 排放量（CEMS）", "2018年獨立焦化企業 PM10 排放量（CEMS）", "Independent coking PM10 emissions, 2018 (CEMS)"), 45.20e3, TonnesPerYear, Official, &ATMOSPHERE_2023).year(2018),
    u("ule.inventory.coking.2018.pm25", t!("2018年独立焦化企业 PM2.5 排放量（CEMS）", "2018年獨立焦化企業 PM2.5 排放量（CEMS）", "Independent coking PM2.5 emissions, 2018 (CEMS)"), 16.91e3, TonnesPerYear, Official, &ATMOSPHERE_2023).year(2018),
    u("ule.inventory.coking.2018.so2", t!("2018年独立焦化企业二氧化硫排放量（CEMS）", "2018年獨立焦化企業二氧化硫排放量（CEMS）", "Independent coking SO₂ emissions, 2018 (CEMS)"), 63.84e3, TonnesPerYear, Official, &ATMOSPHERE_2023).year(2018),
    u("ule.inventory.coking.2018.nox", t!("2018年独立焦化企业氮氧化物排放量（CEMS）", "2018年獨立焦化企業氮氧化物排放量（CEMS）", "Independent coking NOx emissions, 2018 (CEMS)"), 117.71e3, TonnesPerYear, Official, &ATMOSPHERE_2023).year(2018),
    u("ule.inventory.coking.2015.tsp", t!("2015年焦化总悬浮颗粒物排放量（自下而上）", "2015年焦化總懸浮微粒排放量（自下而上）", "Coking TSP emissions, 2015 (bottom-up)"), 368.36e3, TonnesPerYear, Official, &AAQR_2018).year(2015),
    u("ule.inventory.coking.2015.pm25", t!("2015年焦化 PM2.5 排放量（自下而上）", "2015年焦化 PM2.5 排放量（自下而上）", "Coking PM2.5 emissions, 2015 (bottom-up)"), 23.28e3, TonnesPerYear, Official, &AAQR_2018).year(2015),
    u("ule.inventory.coking.2015.so2", t!("2015年焦化二氧化硫排放量（自下而上）", "2015年焦化二氧化硫排放量（自下而上）", "Coking SO₂ emissions, 2015 (bottom-up)"), 402.54e3, TonnesPerYear, Official, &AAQR_2018).year(2015),
    u("ule.inventory.coking.2015.nox", t!("2015年焦化氮氧化物排放量（自下而上）", "2015年焦化氮氧化物排放量（自下而上）", "Coking NOx emissions, 2015 (bottom-up)"), 174.43e3, TonnesPerYear, Official, &AAQR_2018).year(2015),
    u("ule.inventory.coking.2015.vocs", t!("2015年焦化挥发性有机物排放量（自下而上）", "2015年焦化揮發性有機物排放量（自下而上）", "Coking VOC emissions, 2015 (bottom-up)"), 1_325.42e3, TonnesPerYear, Official, &AAQR_2018).year(2015),

    // ---- A5. Capacity and output (for utilisation defaults)
    u("ule.output.steel.2024", t!("2024年粗钢产量", "2024年粗鋼產量", "Crude-steel output, 2024"), 1_005e6, TonnesPerYear, Secondary, &STEEL_OUTPUT).year(2024),
    u("ule.output.steel.2025", t!("2025年粗钢产量", "2025年粗鋼產量", "Crude-steel output, 2025"), 960.81e6, TonnesPerYear, Secondary, &STEEL_OUTPUT).year(2025),
    u("ule.capacity.steel.2024", t!("2024年底粗钢产能（约）", "2024年底粗鋼產能（約）", "Crude-steel capacity, end-2024 (approx.)"), 1.275e9, TonnesPerYear, Secondary, &SP_GLOBAL).range(1.25e9, 1.30e9).year(2024)
        .note(&const { t!("二手来源（弱），行业来源约 12.5–13 亿吨；中值为范围中点。", "二手來源（弱），行業來源約 12.5–13 億噸；中值為範圍中點。", "Secondary (weak): industry sources say about 1.25–1.3 bn t; the central value is the midpoint.") }),
    u("ule.utilisation.ferrous.2025", t!("2025年黑色金属冶炼和压延加工业产能利用率", "2025年黑色金屬冶煉和壓延加工業產能利用率", "Ferrous smelting and rolling capacity utilisation, 2025"), 0.797, Fraction, Secondary, &NBS_UTILISATION).year(2025),
    u("ule.utilisation.ferrous.2025_q4", t!("2025年第四季度黑色金属冶炼和压延加工业产能利用率", "2025年第四季度黑色金屬冶煉和壓延加工業產能利用率", "Ferrous smelting and rolling capacity utilisation, Q4 2025"), 0.785, Fraction, Secondary, &NBS_UTILISATION).year(2025),
    u("ule.capacity.clinker.2025", t!("2025年年中水泥熟料产能", "2025年年中水泥熟料產能", "Clinker capacity, mid-2025"), 1.793e9, TonnesPerYear, Secondary, &CLINKER_CAPACITY).year(2025),
    u("ule.capacity.clinker.cap_2025", t!("2025年底水泥熟料产能政策上限（约）", "2025年底水泥熟料產能政策上限（約）", "Clinker capacity policy cap by end-2025 (approx.)"), 1.8e9, TonnesPerYear, Secondary, &NDRC_PLAN).year(2025),
    u("ule.output.cement.2018", t!("2018年水泥产量", "2018年水泥產量", "Cement output, 2018"), 2.177e9, TonnesPerYear, Secondary, &CEMENT_OUTPUT).year(2018),
    u("ule.output.cement.2023", t!("2023年水泥产量", "2023年水泥產量", "Cement output, 2023"), 2_022.9e6, TonnesPerYear, Secondary, &CEMENT_OUTPUT).year(2023),
    u("ule.output.cement.2025_jan_nov", t!("2025年1–11月水泥产量", "2025年1–11月水泥產量", "Cement output, January–November 2025"), 1_548.83e6, TonnesPerYear, Secondary, &CEMENT_OUTPUT).year(2025)
        .note(&const { t!("仅1–11月，不是全年。", "僅1–11月，不是全年。", "January–November only, not the full year.") }),
    u("ule.utilisation.cement.2023", t!("2023年水泥产能利用率", "2023年水泥產能利用率", "Cement capacity utilisation, 2023"), 0.722, Fraction, Secondary, &CEMENT_UTILISATION).year(2023).note(&WEAK),
    u("ule.output.coke.2023", t!("2023年焦炭产量（约）", "2023年焦炭產量（約）", "Coke output, 2023 (approx.)"), 490e6, TonnesPerYear, Secondary, &COKE_OUTPUT).year(2023),
    u("ule.output.coke.2025", t!("2025年焦炭产量", "2025年焦炭產量", "Coke output, 2025"), 504.12e6, TonnesPerYear, Secondary, &COKE_OUTPUT).year(2025),
    u("ule.output.coke.2025.metallurgical_share", t!("2025年焦炭产量中冶金焦占比（约）", "2025年焦炭產量中冶金焦佔比（約）", "Metallurgical share of coke output, 2025 (approx.)"), 0.87, Fraction, Secondary, &COKE_OUTPUT).year(2025),

    // ---- A6. Heavy trucks
    u("truck.nox.china6", t!("国六柴油重型货车实际道路氮氧化物排放", "國六柴油重型貨車實際道路氮氧化物排放", "Real-world NOx, China-VI diesel heavy truck"), 1.420, GramsPerKm, Official, &WANG_2022)
        .note(&const { t!("53 辆车实测。", "53 輛車實測。", "Measured on 53 vehicles.") }),
    u("truck.nox.china5", t!("国五柴油重型货车实际道路氮氧化物排放", "國五柴油重型貨車實際道路氮氧化物排放", "Real-world NOx, China-V diesel heavy truck"), 3.894, GramsPerKm, Official, &WANG_2022),
    u("truck.diesel.co2e_per_litre", t!("柴油二氧化碳当量排放因子（每升）", "柴油二氧化碳當量排放因子（每升）", "Diesel CO₂e per litre"), 2.66, KgCo2ePerLitre, Secondary, &DESNZ)
        .note(&const { t!("英国 DESNZ 的换算系数。", "英國 DESNZ 的換算係數。", "UK DESNZ conversion factor.") }),
    u("truck.diesel.co2_per_kg", t!("柴油二氧化碳排放因子（每千克，IPCC 2006）", "柴油二氧化碳排放因子（每公斤，IPCC 2006）", "Diesel CO₂ per kg (IPCC 2006)"), 3.186, KgCo2PerKg, Secondary, &IPCC_2006)
        .note(&const { t!("= 74,100 kg CO₂/TJ × 43.0 TJ/Gg。", "= 74,100 kg CO₂/TJ × 43.0 TJ/Gg。", "= 74,100 kg CO₂/TJ × 43.0 TJ/Gg.") }),
    u("truck.diesel.consumption", t!("重型牵引车柴油消耗", "重型牽引車柴油消耗", "Diesel consumption, heavy tractor"), 32.5, LitresPer100Km, Unverified, &NONE_SEEN).range(30.0, 35.0).note(&RANGE_MIDPOINT),
    u("truck.electric.consumption", t!("纯电动重型牵引车电耗", "純電動重型牽引車電耗", "Electricity use, battery-electric heavy tractor"), 1.65, KwhPerKm, Unverified, &NONE_SEEN).range(1.3, 2.0).note(&RANGE_MIDPOINT),
    u("truck.mileage.longhaul", t!("重型货车年行驶里程（长途）", "重型貨車年行駛里程（長途）", "Annual mileage, long-haul heavy truck"), 125_000.0, KmPerYear, Unverified, &NONE_SEEN).range(100_000.0, 150_000.0).note(&RANGE_MIDPOINT),
    u("truck.mileage.shuttle", t!("重型货车年行驶里程（短倒运输）", "重型貨車年行駛里程（短倒運輸）", "Annual mileage, shuttle heavy truck"), 65_000.0, KmPerYear, Unverified, &NONE_SEEN).range(50_000.0, 80_000.0).note(&RANGE_MIDPOINT),
];
