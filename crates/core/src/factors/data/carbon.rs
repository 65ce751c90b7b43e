//! Section C of `factors.md`: carbon footprint.
//!
//! Id scheme (dotted, lower case):
//!
//! * `carbon.elec.cf.<year>.<type>`: electricity carbon-footprint factor (life cycle,
//!   kg CO₂e/kWh), 2023 and 2024; `<type>` is a [`GenerationType`] key (`national`, `coal`, `gas`,
//!   `hydro`, `nuclear`, `wind`, `photovoltaic`, `solar_thermal`, `biomass`, `td`, and
//!   `td_with_losses` for 2024 only);
//! * `carbon.elec.ef.<year>.<scope>`: electricity CO₂ emission factor (CO₂ only, kg CO₂/kWh),
//!   2021–2023; `<scope>` is `national`, `national_ex_market`, `fossil`, `region.<grid>` or
//!   `province.<province>` (see [`crate::factors::electricity`]);
//! * `carbon.fuel.<fuel>.<ncv|cc|of|co2>`: Chinese default fuel parameters and the derived CO₂
//!   per unit of fuel;
//! * `carbon.ipcc.*`: IPCC 2006 fallbacks; `carbon.sce.*`: standard-coal equivalents;
//! * `carbon.gwp.<ar5|ar5_feedback|ar6>.<gas>`: 100-year global-warming potentials;
//! * `carbon.price.<cea|ccer>.2025`, `carbon.market.*`, `carbon.ets.*`, `carbon.ndc2035.*`;
//! * `carbon.intensity.*`, `carbon.process.*`, `carbon.aluminium.*`: sector figures;
//! * `carbon.household.*`: everyday equivalents.
//!
//! [`GenerationType`]: crate::factors::electricity::GenerationType

use super::{src, DERIVED, NONE_SEEN};
use crate::factors::model::{Derivation, FactorDef, Grade, Source, Theme};
use crate::t;
use crate::text::Text;
use crate::units::Unit::{
    self, Count, Fraction, GjPer10kNm3, GjPerTonne, Gwp100, KgCo2PerKwh, KgCo2PerNm3,
    KgCo2eLifeCyclePerKwh, KgCo2ePerTonne, KgPerTj, KgcePerKwh, KgcePerNm3, KwhPerTonne,
    KwhPerYear, PersonsPerHousehold, TCo2PerTonne, TCo2ePerTonne, TCo2ePerYear, TcPerTj,
    TonnesPerYear, Yuan, YuanPerTCo2,
};
use crate::units::CO2_PER_C;
use Grade::{Official, Secondary, Unverified};

const fn c(
    id: &'static str,
    name: Text,
    value: f64,
    unit: Unit,
    grade: Grade,
    source: &'static Source,
) -> FactorDef {
    FactorDef::given(id, Theme::Carbon, name, value, unit, grade, source)
}

// ---- C1. Electricity carbon-footprint factors (life cycle, kg CO₂e/kWh)

const MEE_NBS_NEA: Text = t!(
    "生态环境部、国家统计局、国家能源局",
    "生態環境部、國家統計局、國家能源局",
    "MEE, NBS, NEA",
);
const CF_2023: Source = src(
    "生态环境部 国家统计局 国家能源局公告 2025年第3号（2023年电力碳足迹因子数据）",
    MEE_NBS_NEA,
    Some("公告 2025年第3号，2025-01-17"),
    Some(2025),
);
const CF_2024: Source = src(
    "2024年电力碳足迹因子数据（生态环境部、国家统计局、国家能源局通知）",
    MEE_NBS_NEA,
    Some("2025-09-28 签发，2025-10-23 发布"),
    Some(2025),
);
const LIFE_CYCLE: Text = t!(
    "全生命周期碳足迹因子（kg CO₂e/kWh），用于产品碳足迹；不可用于组织层面（范围二）核算。未发布区域或省级碳足迹因子。",
    "全生命週期碳足跡因子（kg CO₂e/kWh），用於產品碳足跡；不可用於組織層面（範疇二）核算。未發佈區域或省級碳足跡因子。",
    "Life-cycle carbon-footprint factor (kg CO₂e/kWh) for product footprints; not for organisational (Scope 2) accounting. No regional or provincial footprint factors were published.",
);
const LIFE_CYCLE_COPY: Text = t!(
    "全生命周期碳足迹因子（kg CO₂e/kWh）。数值取自第三方转载，官方原文未见。",
    "全生命週期碳足跡因子（kg CO₂e/kWh）。數值取自第三方轉載，官方原文未見。",
    "Life-cycle carbon-footprint factor (kg CO₂e/kWh). Value from a third-party copy; the official text was not seen for it.",
);

const fn cf(id: &'static str, name: Text, value: f64, grade: Grade, year: u16) -> FactorDef {
    let source = if year == 2023 { &CF_2023 } else { &CF_2024 };
    let note = if matches!(grade, Grade::Official) {
        &LIFE_CYCLE
    } else {
        &LIFE_CYCLE_COPY
    };
    c(id, name, value, KgCo2eLifeCyclePerKwh, grade, source)
        .year(year)
        .note(note)
}

/// A secondary footprint value whose change against 2023 matches the official percentage.
const fn cf_checked(id: &'static str, name: Text, value: f64, note: &'static Text) -> FactorDef {
    cf(id, name, value, Secondary, 2024).note(note)
}

#[rustfmt::skip]
pub(super) static ELECTRICITY_FOOTPRINT: &[FactorDef] = &[
    cf("carbon.elec.cf.2023.national", t!("2023年全国平均电力碳足迹因子", "2023年全國平均電力碳足跡因子", "Electricity carbon-footprint factor 2023: national average"), 0.6205, Official, 2023),
    cf("carbon.elec.cf.2023.coal", t!("2023年煤电碳足迹因子", "2023年煤電碳足跡因子", "Electricity carbon-footprint factor 2023: coal power"), 0.9440, Secondary, 2023),
    cf("carbon.elec.cf.2023.gas", t!("2023年气电碳足迹因子", "2023年氣電碳足跡因子", "Electricity carbon-footprint factor 2023: gas power"), 0.4792, Secondary, 2023),
    cf("carbon.elec.cf.2023.hydro", t!("2023年水电碳足迹因子", "2023年水電碳足跡因子", "Electricity carbon-footprint factor 2023: hydropower"), 0.0143, Secondary, 2023),
    cf("carbon.elec.cf.2023.nuclear", t!("2023年核电碳足迹因子", "2023年核電碳足跡因子", "Electricity carbon-footprint factor 2023: nuclear power"), 0.0065, Secondary, 2023),
    cf("carbon.elec.cf.2023.wind", t!("2023年风电碳足迹因子", "2023年風電碳足跡因子", "Electricity carbon-footprint factor 2023: wind power"), 0.0336, Official, 2023),
    cf("carbon.elec.cf.2023.photovoltaic", t!("2023年光伏发电碳足迹因子", "2023年光伏發電碳足跡因子", "Electricity carbon-footprint factor 2023: photovoltaic"), 0.0545, Official, 2023),
    cf("carbon.elec.cf.2023.solar_thermal", t!("2023年光热发电碳足迹因子", "2023年光熱發電碳足跡因子", "Electricity carbon-footprint factor 2023: solar thermal"), 0.0313, Secondary, 2023),
    cf("carbon.elec.cf.2023.biomass", t!("2023年生物质发电碳足迹因子", "2023年生物質發電碳足跡因子", "Electricity carbon-footprint factor 2023: biomass"), 0.0457, Official, 2023),
    cf("carbon.elec.cf.2023.td", t!("2023年输配电碳足迹因子（不含损耗）", "2023年輸配電碳足跡因子（不含損耗）", "Electricity carbon-footprint factor 2023: transmission and distribution, excluding losses"), 0.0036, Official, 2023),
    cf("carbon.elec.cf.2024.national", t!("2024年全国平均电力碳足迹因子", "2024年全國平均電力碳足跡因子", "Electricity carbon-footprint factor 2024: national average"), 0.5777, Official, 2024),
    cf_checked("carbon.elec.cf.2024.coal", t!("2024年煤电碳足迹因子", "2024年煤電碳足跡因子", "Electricity carbon-footprint factor 2024: coal power"), 0.9240,
        &const { t!("全生命周期（kg CO₂e/kWh）。第三方转载值，与官方公布的 −2.1% 一致。", "全生命週期（kg CO₂e/kWh）。第三方轉載值，與官方公佈的 −2.1% 一致。", "Life cycle (kg CO₂e/kWh). Third-party copy; matches the official −2.1 %.") }),
    cf_checked("carbon.elec.cf.2024.gas", t!("2024年气电碳足迹因子", "2024年氣電碳足跡因子", "Electricity carbon-footprint factor 2024: gas power"), 0.4503,
        &const { t!("全生命周期（kg CO₂e/kWh）。第三方转载值，与官方公布的 −6% 一致。", "全生命週期（kg CO₂e/kWh）。第三方轉載值，與官方公佈的 −6% 一致。", "Life cycle (kg CO₂e/kWh). Third-party copy; matches the official −6 %.") }),
    cf("carbon.elec.cf.2024.hydro", t!("2024年水电碳足迹因子", "2024年水電碳足跡因子", "Electricity carbon-footprint factor 2024: hydropower"), 0.0141, Secondary, 2024),
    cf("carbon.elec.cf.2024.nuclear", t!("2024年核电碳足迹因子", "2024年核電碳足跡因子", "Electricity carbon-footprint factor 2024: nuclear power"), 0.0065, Secondary, 2024),
    cf("carbon.elec.cf.2024.wind", t!("2024年风电碳足迹因子", "2024年風電碳足跡因子", "Electricity carbon-footprint factor 2024: wind power"), 0.0324, Secondary, 2024),
    cf_checked("carbon.elec.cf.2024.photovoltaic", t!("2024年光伏发电碳足迹因子", "2024年光伏發電碳足跡因子", "Electricity carbon-footprint factor 2024: photovoltaic"), 0.0520,
        &const { t!("全生命周期（kg CO₂e/kWh）。第三方转载值，与官方公布的 −4.59% 一致。", "全生命週期（kg CO₂e/kWh）。第三方轉載值，與官方公佈的 −4.59% 一致。", "Life cycle (kg CO₂e/kWh). Third-party copy; matches the official −4.59 %.") }),
    cf("carbon.elec.cf.2024.solar_thermal", t!("2024年光热发电碳足迹因子", "2024年光熱發電碳足跡因子", "Electricity carbon-footprint factor 2024: solar thermal"), 0.0312, Secondary, 2024),
    cf_checked("carbon.elec.cf.2024.biomass", t!("2024年生物质发电碳足迹因子", "2024年生物質發電碳足跡因子", "Electricity carbon-footprint factor 2024: biomass"), 0.0404,
        &const { t!("全生命周期（kg CO₂e/kWh）。第三方转载值，与官方公布的 −11.6% 一致。", "全生命週期（kg CO₂e/kWh）。第三方轉載值，與官方公佈的 −11.6% 一致。", "Life cycle (kg CO₂e/kWh). Third-party copy; matches the official −11.6 %.") }),
    cf("carbon.elec.cf.2024.td", t!("2024年输配电碳足迹因子（不含损耗）", "2024年輸配電碳足跡因子（不含損耗）", "Electricity carbon-footprint factor 2024: transmission and distribution, excluding losses"), 0.0046, Official, 2024),
    cf("carbon.elec.cf.2024.td_with_losses", t!("2024年输配电碳足迹因子（含损耗）", "2024年輸配電碳足跡因子（含損耗）", "Electricity carbon-footprint factor 2024: transmission and distribution, including losses"), 0.0327, Official, 2024)
        .note(&const { t!("全生命周期（kg CO₂e/kWh）。约值；只有2024年公布了含损耗的数值。", "全生命週期（kg CO₂e/kWh）。約值；只有2024年公佈了含損耗的數值。", "Life cycle (kg CO₂e/kWh). Approximate; a value including losses was published for 2024 only.") }),
];

// ---- C2. Electricity CO₂ emission factors (CO₂ only, kg CO₂/kWh)

const MEE_NBS: Text = t!(
    "生态环境部、国家统计局（国家应对气候变化战略研究和国际合作中心测算）",
    "生態環境部、國家統計局（國家應對氣候變化戰略研究和國際合作中心測算）",
    "MEE and NBS (computed by the National Center for Climate Change Strategy)",
);
const EF_2021: Source = src(
    "生态环境部 国家统计局公告 2024年第12号（2021年电力二氧化碳排放因子）",
    MEE_NBS,
    Some("公告 2024年第12号"),
    Some(2024),
);
const EF_2022: Source = src(
    "生态环境部 国家统计局公告 2024年第33号（2022年电力二氧化碳排放因子）",
    MEE_NBS,
    Some("公告 2024年第33号，2024-12-20"),
    Some(2024),
);
const EF_2023: Source = src(
    "生态环境部 国家统计局公告 2025年第47号（2023年电力二氧化碳排放因子）",
    MEE_NBS,
    Some("公告 2025年第47号，2025-12-31"),
    Some(2025),
);
const CPCD: Source = src(
    "中国产品全生命周期温室气体排放系数库（公开导出数据）",
    t!(
        "中国产品全生命周期温室气体排放系数库",
        "中國產品全生命週期溫室氣體排放係數庫",
        "China Products Carbon Footprint Factors Database (CPCD)",
    ),
    None,
    None,
);
const CO2_ONLY: Text = t!(
    "仅二氧化碳（kg CO₂/kWh），用于组织层面（范围二）核算；不是全生命周期碳足迹因子。2021年区域与“不含市场化交易非化石能源”数值取自第三方转载（二手）。",
    "僅二氧化碳（kg CO₂/kWh），用於組織層面（範疇二）核算；不是全生命週期碳足跡因子。2021年區域與「不含市場化交易非化石能源」數值取自第三方轉載（二手）。",
    "CO₂ only (kg CO₂/kWh), for organisational (Scope 2) accounting; not a life-cycle footprint factor. The 2021 regional and 'excluding market-traded non-fossil' values come from a third-party copy (secondary).",
);
const CO2_ONLY_PROVINCE: Text = t!(
    "仅二氧化碳（kg CO₂/kWh），省级平均。取自中国产品全生命周期温室气体排放系数库的公开导出，已与2022年官方前五/后五名单及2023年“20省下降、10省上升”核对。西藏未发布。",
    "僅二氧化碳（kg CO₂/kWh），省級平均。取自中國產品全生命週期溫室氣體排放係數庫的公開匯出，已與2022年官方前五/後五名單及2023年「20省下降、10省上升」核對。西藏未發佈。",
    "CO₂ only (kg CO₂/kWh), provincial average. From a public export of the China Products Carbon Footprint Factors Database, checked against the official 2022 top/bottom-five lists and the 2023 '20 provinces fell, 10 rose'. Tibet not published.",
);

const fn ef(
    id: &'static str,
    name: Text,
    value: f64,
    grade: Grade,
    year: u16,
    source: &'static Source,
    note: &'static Text,
) -> FactorDef {
    c(id, name, value, KgCo2PerKwh, grade, source)
        .year(year)
        .note(note)
}

/// One row per scope, three years each: expands to the 2021, 2022 and 2023 factors.
macro_rules! emission_table {
    (
        $table:ident, $prefix:literal, [$szh:literal, $szht:literal, $sen:literal],
        [$s1:expr, $s2:expr, $s3:expr], $note:expr;
        $( ($key:literal, $zh:literal, $zht:literal, $en:literal,
            [$v1:literal, $g1:ident], [$v2:literal, $g2:ident], [$v3:literal, $g3:ident]) ),* $(,)?
    ) => {
        pub(super) static $table: &[FactorDef] = &[ $(
            ef(concat!("carbon.elec.ef.2021.", $prefix, $key),
               t!(concat!("2021年电力二氧化碳排放因子：", $zh, $szh), concat!("2021年電力二氧化碳排放因子：", $zht, $szht), concat!("Electricity CO₂ emission factor 2021: ", $en, $sen)),
               $v1, $g1, 2021, &$s1, &$note),
            ef(concat!("carbon.elec.ef.2022.", $prefix, $key),
               t!(concat!("2022年电力二氧化碳排放因子：", $zh, $szh), concat!("2022年電力二氧化碳排放因子：", $zht, $szht), concat!("Electricity CO₂ emission factor 2022: ", $en, $sen)),
               $v2, $g2, 2022, &$s2, &$note),
            ef(concat!("carbon.elec.ef.2023.", $prefix, $key),
               t!(concat!("2023年电力二氧化碳排放因子：", $zh, $szh), concat!("2023年電力二氧化碳排放因子：", $zht, $szht), concat!("Electricity CO₂ emission factor 2023: ", $en, $sen)),
               $v3, $g3, 2023, &$s3, &$note),
        )* ];
    };
}

#[rustfmt::skip]
emission_table! {
    ELECTRICITY_EMISSION, "", ["", "", ""], [EF_2021, EF_2022, EF_2023], CO2_ONLY;
    ("national", "全国平均", "全國平均", "national average", [0.5568, Official], [0.5366, Official], [0.5306, Official]),
    ("national_ex_market", "全国（不含市场化交易的非化石能源电量）", "全國（不含市場化交易的非化石能源電量）", "national, excluding market-traded non-fossil power", [0.5942, Secondary], [0.5856, Official], [0.6096, Official]),
    ("fossil", "全国化石能源电力", "全國化石能源電力", "national fossil-fuel power", [0.8426, Official], [0.8325, Official], [0.8273, Official]),
    ("region.north", "华北区域电网", "華北區域電網", "North China grid", [0.7120, Secondary], [0.6776, Official], [0.6361, Official]),
    ("region.northeast", "东北区域电网", "東北區域電網", "Northeast China grid", [0.6012, Secondary], [0.5564, Official], [0.5122, Official]),
    ("region.east", "华东区域电网", "華東區域電網", "East China grid", [0.5992, Secondary], [0.5617, Official], [0.5500, Official]),
    ("region.central", "华中区域电网", "華中區域電網", "Central China grid", [0.5354, Secondary], [0.5395, Official], [0.5271, Official]),
    ("region.northwest", "西北区域电网", "西北區域電網", "Northwest China grid", [0.5951, Secondary], [0.5857, Official], [0.5543, Official]),
    ("region.south", "南方区域电网", "南方區域電網", "South China grid", [0.4326, Secondary], [0.3869, Official], [0.4042, Official]),
    ("region.southwest", "西南区域电网", "西南區域電網", "Southwest China grid", [0.2113, Secondary], [0.2268, Official], [0.2472, Official]),
}

/// One row per province: the [`Province`] enum and its 2021–2023 emission factors.
macro_rules! provinces {
    ($( $variant:ident = ($key:literal, $zh:literal, $zht:literal, $en:literal, $v1:literal, $v2:literal, $v3:literal) ),* $(,)?) => {
        /// A province (or municipality, autonomous region) with published provincial electricity
        /// CO₂ emission factors: the 30 of mainland China except Tibet, which was not published.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Province {
            $( #[doc = $en] $variant, )*
        }

        impl Province {
            /// Every province, in the order of the published tables.
            pub const ALL: &[Province] = &[ $( Province::$variant, )* ];

            /// Stable key used in factor ids and links (e.g. `beijing`).
            pub fn key(self) -> &'static str {
                match self { $( Province::$variant => $key, )* }
            }

            /// The province's name in the three languages.
            pub fn name(self) -> Text {
                match self { $( Province::$variant => t!($zh, $zht, $en), )* }
            }

            /// Reads a key written by [`Province::key`].
            pub fn from_key(key: &str) -> Option<Province> {
                Province::ALL.iter().copied().find(|p| p.key() == key)
            }
        }

        emission_table! {
            ELECTRICITY_PROVINCES, "province.", ["（省级平均）", "（省級平均）", " (provincial average)"],
            [CPCD, CPCD, CPCD], CO2_ONLY_PROVINCE;
            $( ($key, $zh, $zht, $en, [$v1, Secondary], [$v2, Secondary], [$v3, Secondary]) ),*
        }
    };
}

#[rustfmt::skip]
provinces! {
    Beijing = ("beijing", "北京", "北京", "Beijing", 0.5688, 0.5580, 0.5554),
    Tianjin = ("tianjin", "天津", "天津", "Tianjin", 0.7355, 0.7041, 0.6796),
    Hebei = ("hebei", "河北", "河北", "Hebei", 0.7901, 0.7252, 0.6516),
    Shanxi = ("shanxi", "山西", "山西", "Shanxi", 0.7222, 0.7096, 0.6634),
    InnerMongolia = ("inner_mongolia", "内蒙古", "內蒙古", "Inner Mongolia", 0.7025, 0.6849, 0.6479),
    Liaoning = ("liaoning", "辽宁", "遼寧", "Liaoning", 0.5876, 0.5626, 0.4878),
    Jilin = ("jilin", "吉林", "吉林", "Jilin", 0.5629, 0.4932, 0.4671),
    Heilongjiang = ("heilongjiang", "黑龙江", "黑龍江", "Heilongjiang", 0.6342, 0.5368, 0.5229),
    Shanghai = ("shanghai", "上海", "上海", "Shanghai", 0.5834, 0.5849, 0.5737),
    Jiangsu = ("jiangsu", "江苏", "江蘇", "Jiangsu", 0.6451, 0.5978, 0.5827),
    Zhejiang = ("zhejiang", "浙江", "浙江", "Zhejiang", 0.5422, 0.5153, 0.4974),
    Anhui = ("anhui", "安徽", "安徽", "Anhui", 0.7075, 0.6782, 0.6553),
    Fujian = ("fujian", "福建", "福建", "Fujian", 0.4711, 0.4092, 0.4211),
    Jiangxi = ("jiangxi", "江西", "江西", "Jiangxi", 0.5835, 0.5752, 0.5836),
    Shandong = ("shandong", "山东", "山東", "Shandong", 0.6838, 0.6410, 0.6191),
    Henan = ("henan", "河南", "河南", "Henan", 0.6369, 0.6058, 0.5897),
    Hubei = ("hubei", "湖北", "湖北", "Hubei", 0.3672, 0.4364, 0.4044),
    Hunan = ("hunan", "湖南", "湖南", "Hunan", 0.5138, 0.4900, 0.4976),
    Guangdong = ("guangdong", "广东", "廣東", "Guangdong", 0.4715, 0.4403, 0.4419),
    Guangxi = ("guangxi", "广西", "廣西", "Guangxi", 0.5154, 0.4044, 0.4476),
    Hainan = ("hainan", "海南", "海南", "Hainan", 0.4524, 0.4184, 0.3648),
    Chongqing = ("chongqing", "重庆", "重慶", "Chongqing", 0.4743, 0.5227, 0.5581),
    Sichuan = ("sichuan", "四川", "四川", "Sichuan", 0.1255, 0.1404, 0.1564),
    Guizhou = ("guizhou", "贵州", "貴州", "Guizhou", 0.5182, 0.4989, 0.5683),
    Yunnan = ("yunnan", "云南", "雲南", "Yunnan", 0.1235, 0.1073, 0.1333),
    Shaanxi = ("shaanxi", "陕西", "陝西", "Shaanxi", 0.6336, 0.6558, 0.6335),
    Gansu = ("gansu", "甘肃", "甘肅", "Gansu", 0.4955, 0.4772, 0.4471),
    Qinghai = ("qinghai", "青海", "青海", "Qinghai", 0.1326, 0.1567, 0.1796),
    Ningxia = ("ningxia", "宁夏", "寧夏", "Ningxia", 0.6546, 0.6423, 0.6187),
    Xinjiang = ("xinjiang", "新疆", "新疆", "Xinjiang", 0.6577, 0.6231, 0.6021),
}

// ---- C3. Fuels: Chinese default parameters and the derived CO₂ per unit

const GBT_32151_22: Source = src(
    "GB/T 32151.22-2024",
    t!(
        "国家市场监督管理总局、国家标准化管理委员会",
        "國家市場監督管理總局、國家標準化管理委員會",
        "SAMR and SAC",
    ),
    Some("附录C：常用化石燃料相关参数缺省值（转录生态环境部行业核算指南）"),
    Some(2024),
);
const LNG_NCV: Text = t!(
    "其他版本的指南取 44.2 GJ/t：请核对所用版本。",
    "其他版本的指南取 44.2 GJ/t：請核對所用版本。",
    "Other versions of the guideline use 44.2 GJ/t: check which one applies.",
);

/// How a fuel is measured: by mass (solid and liquid fuels, NCV in GJ/t) or by volume (gaseous
/// fuels, NCV in GJ/10⁴ Nm³).
#[derive(Clone, Copy)]
enum Basis {
    Mass,
    Volume,
}

/// t CO₂/t = GJ/t × t C/TJ × OF × 44/12 × 10⁻³ (GJ → TJ).
fn co2_per_tonne(x: &[f64]) -> f64 {
    x[0] * x[1] * x[2] * CO2_PER_C * 1e-3
}

/// kg CO₂/Nm³ = GJ/10⁴Nm³ × t C/TJ × OF × 44/12 × 10⁻³ (GJ → TJ) × 10³ (t → kg) ÷ 10⁴ (per Nm³).
fn co2_per_nm3(x: &[f64]) -> f64 {
    x[0] * x[1] * x[2] * CO2_PER_C * 1e-4
}

impl Basis {
    const fn ncv_unit(self) -> Unit {
        match self {
            Basis::Mass => GjPerTonne,
            Basis::Volume => GjPer10kNm3,
        }
    }
    const fn co2_unit(self) -> Unit {
        match self {
            Basis::Mass => TCo2PerTonne,
            Basis::Volume => KgCo2PerNm3,
        }
    }
    const fn eval(self) -> fn(&[f64]) -> f64 {
        match self {
            Basis::Mass => co2_per_tonne,
            Basis::Volume => co2_per_nm3,
        }
    }
    const fn formula(self) -> Text {
        match self {
            Basis::Mass => t!(
                "低位发热量 (GJ/t) × 单位热值含碳量 (t C/TJ) × 碳氧化率 × 44/12 × 10⁻³",
                "低位發熱量 (GJ/t) × 單位熱值含碳量 (t C/TJ) × 碳氧化率 × 44/12 × 10⁻³",
                "NCV (GJ/t) × carbon content (t C/TJ) × oxidation × 44/12 × 10⁻³",
            ),
            Basis::Volume => t!(
                "低位发热量 (GJ/万Nm³) × 单位热值含碳量 (t C/TJ) × 碳氧化率 × 44/12 × 10⁻⁴",
                "低位發熱量 (GJ/萬Nm³) × 單位熱值含碳量 (t C/TJ) × 碳氧化率 × 44/12 × 10⁻⁴",
                "NCV (GJ/10⁴ Nm³) × carbon content (t C/TJ) × oxidation × 44/12 × 10⁻⁴",
            ),
        }
    }
}

const fn fuel(
    id: &'static str,
    name: Text,
    value: f64,
    unit: Unit,
    note: Option<&'static Text>,
) -> FactorDef {
    let def = c(id, name, value, unit, Secondary, &GBT_32151_22);
    match note {
        Some(n) => def.note(n),
        None => def,
    }
}

/// One row per fuel: expands to its NCV, carbon content, oxidation rate and derived CO₂ factor.
macro_rules! fuels {
    ($( ($key:literal, $zh:literal, $zht:literal, $en:literal, $basis:ident, $ncv:literal, $cc:literal, $of:literal, $ncv_note:expr) ),* $(,)?) => {
        pub(super) static FUELS: &[FactorDef] = &[ $(
            fuel(concat!("carbon.fuel.", $key, ".ncv"), t!(concat!($zh, " 低位发热量"), concat!($zht, " 低位發熱量"), concat!($en, ": net calorific value")), $ncv, Basis::$basis.ncv_unit(), $ncv_note),
            fuel(concat!("carbon.fuel.", $key, ".cc"), t!(concat!($zh, " 单位热值含碳量"), concat!($zht, " 單位熱值含碳量"), concat!($en, ": carbon content per unit of energy")), $cc, TcPerTj, None),
            fuel(concat!("carbon.fuel.", $key, ".of"), t!(concat!($zh, " 碳氧化率"), concat!($zht, " 碳氧化率"), concat!($en, ": carbon oxidation rate")), $of, Fraction, None),
            FactorDef::derived(
                concat!("carbon.fuel.", $key, ".co2"), Theme::Carbon,
                t!(concat!($zh, " 二氧化碳排放因子"), concat!($zht, " 二氧化碳排放因子"), concat!($en, ": CO₂ per unit of fuel")),
                Basis::$basis.co2_unit(),
                &const { Derivation {
                    formula: Basis::$basis.formula(),
                    inputs: &[concat!("carbon.fuel.", $key, ".ncv"), concat!("carbon.fuel.", $key, ".cc"), concat!("carbon.fuel.", $key, ".of")],
                    eval: Basis::$basis.eval(),
                } },
                &DERIVED,
            ),
        )* ];
    };
}

#[rustfmt::skip]
fuels! {
    ("anthracite", "无烟煤", "無煙煤", "Anthracite", Mass, 26.7, 27.4, 0.94, None),
    ("bituminous", "烟煤", "煙煤", "Bituminous coal", Mass, 19.570, 26.1, 0.93, None),
    ("lignite", "褐煤", "褐煤", "Lignite", Mass, 11.9, 28.0, 0.96, None),
    ("washed_coal", "洗精煤", "洗精煤", "Washed coal", Mass, 26.334, 25.41, 0.90, None),
    ("coke", "焦炭", "焦炭", "Coke", Mass, 28.435, 29.5, 0.93, None),
    ("crude_oil", "原油", "原油", "Crude oil", Mass, 41.816, 20.1, 0.98, None),
    ("fuel_oil", "燃料油", "燃料油", "Fuel oil", Mass, 41.816, 21.1, 0.98, None),
    ("gasoline", "汽油", "汽油", "Gasoline", Mass, 43.070, 18.9, 0.98, None),
    ("diesel", "柴油", "柴油", "Diesel", Mass, 42.652, 20.2, 0.98, None),
    ("kerosene", "一般煤油", "一般煤油", "Kerosene", Mass, 43.070, 19.6, 0.98, None),
    ("lpg", "液化石油气", "液化石油氣", "LPG", Mass, 50.179, 17.2, 0.98, None),
    ("lng", "液化天然气", "液化天然氣", "LNG", Mass, 51.498, 15.3, 0.98, Some(&LNG_NCV)),
    ("natural_gas", "天然气", "天然氣", "Natural gas", Volume, 389.31, 15.3, 0.99, None),
    ("coke_oven_gas", "焦炉煤气", "焦爐煤氣", "Coke-oven gas", Volume, 179.81, 13.58, 0.99, None),
    ("blast_furnace_gas", "高炉煤气", "高爐煤氣", "Blast-furnace gas", Volume, 33.00, 70.8, 0.99, None),
    ("converter_gas", "转炉煤气", "轉爐煤氣", "Converter gas", Volume, 84.00, 49.6, 0.99, None),
}

// ---- The rest of section C

const IPCC_2006: Source = src(
    "2006 IPCC Guidelines for National Greenhouse Gas Inventories",
    t!(
        "政府间气候变化专门委员会",
        "政府間氣候變化專門委員會",
        "IPCC",
    ),
    Some("Vol. 2, Energy"),
    Some(2006),
);
const IPCC_FALLBACK: Text = t!(
    "IPCC 2006 缺省值：中国缺省值缺失时的备选（如原煤不在中国缺省值表中）。",
    "IPCC 2006 預設值：中國預設值缺失時的備選（如原煤不在中國預設值表中）。",
    "IPCC 2006 default: the fallback where no Chinese default exists (raw coal, for instance, is not in the Chinese table).",
);
const GBT_2589: Source = src(
    "GB/T 2589 综合能耗计算通则",
    t!(
        "国家市场监督管理总局、国家标准化管理委员会",
        "國家市場監督管理總局、國家標準化管理委員會",
        "SAMR and SAC",
    ),
    None,
    None,
);
const OPENCLIMATEDATA: Text = t!(
    "IPCC（经 openclimatedata 汇编）",
    "IPCC（經 openclimatedata 彙編）",
    "IPCC, as compiled by openclimatedata",
);
const AR5: Source = src(
    "IPCC AR5 WG1",
    OPENCLIMATEDATA,
    Some("Table 8.A.1"),
    Some(2013),
);
const AR6: Source = src(
    "IPCC AR6 WG1",
    OPENCLIMATEDATA,
    Some("Table 7.SM.7"),
    Some(2021),
);
const GWP_CHOICE: Text = t!(
    "中国标准规定使用哪一套未经确认：组织核算默认 AR5（无反馈），结果中注明所选。",
    "中國標準規定使用哪一套未經確認：組織核算預設 AR5（無回饋），結果中註明所選。",
    "Which set Chinese standards prescribe was not confirmed: AR5 (no feedback) is the default for organisational accounting, and the result states the choice.",
);
const ETS_PLAN: Source = src(
    "全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案",
    t!("生态环境部", "生態環境部", "MEE"),
    Some("2025-03-21"),
    Some(2025),
);
const SECONDARY_REPORTS: Text = t!("二手报道", "二手報導", "secondary reports");
const ETS_PRESS: Source = src(
    "全国碳市场扩围与配额分配（2024–2025年度）相关报道",
    SECONDARY_REPORTS,
    None,
    Some(2025),
);
const MARKET_2025: Source = src(
    "全国碳市场 2025 年交易统计（二手报道）",
    SECONDARY_REPORTS,
    None,
    None,
);
const NDC_2035: Source = src(
    "中国2035年国家自主贡献",
    t!("中国政府", "中國政府", "Government of China"),
    None,
    None,
);
const STEEL_PRESS: Source = src(
    "行业资料：我国吨钢二氧化碳排放强度",
    SECONDARY_REPORTS,
    None,
    None,
);
const WORLDSTEEL: Source = src(
    "worldsteel Sustainability Indicators",
    t!(
        "世界钢铁协会",
        "世界鋼鐵協會",
        "World Steel Association (worldsteel)",
    ),
    None,
    None,
);
const CLINKER_PRESS: Source = src(
    "行业资料：硅酸盐水泥熟料碳排放（门到门）",
    SECONDARY_REPORTS,
    None,
    None,
);
const CALCINATION: Source = src(
    "行业资料：碳酸盐煅烧二氧化碳排放因子（化学计量）",
    SECONDARY_REPORTS,
    None,
    None,
);
const ALU_DRAFT: Source = src(
    "生态环境部 铝冶炼行业温室气体排放核算指南（征求意见稿）缺省值",
    t!(
        "生态环境部（征求意见稿，经二手来源）",
        "生態環境部（徵求意見稿，經二手來源）",
        "MEE (draft guideline, via a secondary source)",
    ),
    None,
    None,
);
const ALU_STATS: Source = src(
    "行业统计：电解铝电耗、产能与产量",
    SECONDARY_REPORTS,
    None,
    None,
);
const ALU_PLAN: Source = src(
    "铝工业高质量发展实施方案（2025—2027年）",
    t!("工业和信息化部等", "工業和信息化部等", "MIIT et al."),
    Some("2025-03-28"),
    Some(2025),
);
const NEA: Source = src(
    "国家能源局 全社会用电量统计",
    t!(
        "国家能源局",
        "國家能源局",
        "National Energy Administration (NEA)",
    ),
    None,
    None,
);
const NBS_POPULATION: Source = src(
    "国家统计局 年末人口数据",
    t!(
        "国家统计局",
        "國家統計局",
        "National Bureau of Statistics (NBS)",
    ),
    None,
    None,
);
const CENSUS_2020: Source = src(
    "第七次全国人口普查公报",
    t!(
        "国家统计局",
        "國家統計局",
        "National Bureau of Statistics (NBS)",
    ),
    None,
    None,
);
const RANGE_MIDPOINT: Text = t!(
    "来源只给出范围；中值为范围中点，不是发布数值。",
    "來源只給出範圍；中值為範圍中點，不是發佈數值。",
    "The source gives a range only; the central value is its midpoint, not a published figure.",
);

fn ratio(x: &[f64]) -> f64 {
    x[0] / x[1]
}
fn product(x: &[f64]) -> f64 {
    x[0] * x[1]
}

#[rustfmt::skip]
pub(super) static ALL: &[FactorDef] = &[
    // ---- C3. IPCC 2006 fallbacks and standard-coal equivalents
    c("carbon.ipcc.diesel.co2", t!("柴油二氧化碳缺省排放因子（IPCC 2006）", "柴油二氧化碳預設排放因子（IPCC 2006）", "Diesel CO₂ default (IPCC 2006)"), 74_100.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.diesel.ncv", t!("柴油低位发热量（IPCC 2006）", "柴油低位發熱量（IPCC 2006）", "Diesel net calorific value (IPCC 2006)"), 43.0, GjPerTonne, Secondary, &IPCC_2006)
        .note(&const { t!("43.0 TJ/Gg，即 43.0 GJ/t。", "43.0 TJ/Gg，即 43.0 GJ/t。", "43.0 TJ/Gg, i.e. 43.0 GJ/t.") }),
    c("carbon.ipcc.gasoline.co2", t!("汽油二氧化碳缺省排放因子（IPCC 2006）", "汽油二氧化碳預設排放因子（IPCC 2006）", "Gasoline CO₂ default (IPCC 2006)"), 69_300.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.fuel_oil.co2", t!("燃料油二氧化碳缺省排放因子（IPCC 2006）", "燃料油二氧化碳預設排放因子（IPCC 2006）", "Fuel oil CO₂ default (IPCC 2006)"), 77_400.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.lpg.co2", t!("液化石油气二氧化碳缺省排放因子（IPCC 2006）", "液化石油氣二氧化碳預設排放因子（IPCC 2006）", "LPG CO₂ default (IPCC 2006)"), 63_100.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.natural_gas.co2", t!("天然气二氧化碳缺省排放因子（IPCC 2006）", "天然氣二氧化碳預設排放因子（IPCC 2006）", "Natural gas CO₂ default (IPCC 2006)"), 56_100.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.anthracite.co2", t!("无烟煤二氧化碳缺省排放因子（IPCC 2006）", "無煙煤二氧化碳預設排放因子（IPCC 2006）", "Anthracite CO₂ default (IPCC 2006)"), 98_300.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.other_bituminous.co2", t!("其他烟煤二氧化碳缺省排放因子（IPCC 2006）", "其他煙煤二氧化碳預設排放因子（IPCC 2006）", "Other bituminous coal CO₂ default (IPCC 2006)"), 94_600.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.coke.co2", t!("焦炭二氧化碳缺省排放因子（IPCC 2006）", "焦炭二氧化碳預設排放因子（IPCC 2006）", "Coke CO₂ default (IPCC 2006)"), 107_100.0, KgPerTj, Secondary, &IPCC_2006).note(&IPCC_FALLBACK),
    c("carbon.ipcc.liquid.ch4", t!("液体燃料固定源燃烧甲烷缺省排放因子（IPCC 2006）", "液體燃料固定源燃燒甲烷預設排放因子（IPCC 2006）", "CH₄ default, liquid fuels in stationary combustion (IPCC 2006)"), 3.0, KgPerTj, Secondary, &IPCC_2006),
    c("carbon.ipcc.liquid.n2o", t!("液体燃料固定源燃烧氧化亚氮缺省排放因子（IPCC 2006）", "液體燃料固定源燃燒氧化亞氮預設排放因子（IPCC 2006）", "N₂O default, liquid fuels in stationary combustion (IPCC 2006)"), 0.6, KgPerTj, Secondary, &IPCC_2006),
    c("carbon.sce.electricity", t!("电力折标准煤系数（当量值）", "電力折標準煤係數（當量值）", "Standard-coal equivalent of electricity"), 0.1229, KgcePerKwh, Secondary, &GBT_2589),
    c("carbon.sce.natural_gas", t!("天然气折标准煤系数", "天然氣折標準煤係數", "Standard-coal equivalent of natural gas"), 1.2143, KgcePerNm3, Secondary, &GBT_2589),

    // ---- C4. Global-warming potentials (100-year); conventional constants, exact
    c("carbon.gwp.ar5.ch4", t!("甲烷全球变暖潜势（AR5，无反馈）", "甲烷全球暖化潛勢（AR5，無回饋）", "GWP₁₀₀ of CH₄ (AR5, no feedback)"), 28.0, Gwp100, Secondary, &AR5).exact().note(&GWP_CHOICE),
    c("carbon.gwp.ar5.n2o", t!("氧化亚氮全球变暖潜势（AR5，无反馈）", "氧化亞氮全球暖化潛勢（AR5，無回饋）", "GWP₁₀₀ of N₂O (AR5, no feedback)"), 265.0, Gwp100, Secondary, &AR5).exact().note(&GWP_CHOICE),
    c("carbon.gwp.ar5.sf6", t!("六氟化硫全球变暖潜势（AR5，无反馈）", "六氟化硫全球暖化潛勢（AR5，無回饋）", "GWP₁₀₀ of SF₆ (AR5, no feedback)"), 23_500.0, Gwp100, Secondary, &AR5).exact().note(&GWP_CHOICE),
    c("carbon.gwp.ar5.cf4", t!("四氟化碳全球变暖潜势（AR5，无反馈）", "四氟化碳全球暖化潛勢（AR5，無回饋）", "GWP₁₀₀ of CF₄ (AR5, no feedback)"), 6_630.0, Gwp100, Secondary, &AR5).exact().note(&GWP_CHOICE),
    c("carbon.gwp.ar5.c2f6", t!("六氟乙烷全球变暖潜势（AR5，无反馈）", "六氟乙烷全球暖化潛勢（AR5，無回饋）", "GWP₁₀₀ of C₂F₆ (AR5, no feedback)"), 11_100.0, Gwp100, Secondary, &AR5).exact().note(&GWP_CHOICE),
    c("carbon.gwp.ar5_feedback.ch4", t!("甲烷全球变暖潜势（AR5，含气候—碳反馈）", "甲烷全球暖化潛勢（AR5，含氣候—碳回饋）", "GWP₁₀₀ of CH₄ (AR5, with climate-carbon feedback)"), 34.0, Gwp100, Secondary, &AR5).exact(),
    c("carbon.gwp.ar5_feedback.n2o", t!("氧化亚氮全球变暖潜势（AR5，含气候—碳反馈）", "氧化亞氮全球暖化潛勢（AR5，含氣候—碳回饋）", "GWP₁₀₀ of N₂O (AR5, with climate-carbon feedback)"), 298.0, Gwp100, Secondary, &AR5).exact(),
    c("carbon.gwp.ar5_feedback.sf6", t!("六氟化硫全球变暖潜势（AR5，含气候—碳反馈）", "六氟化硫全球暖化潛勢（AR5，含氣候—碳回饋）", "GWP₁₀₀ of SF₆ (AR5, with climate-carbon feedback)"), 26_087.0, Gwp100, Secondary, &AR5).exact(),
    c("carbon.gwp.ar5_feedback.cf4", t!("四氟化碳全球变暖潜势（AR5，含气候—碳反馈）", "四氟化碳全球暖化潛勢（AR5，含氣候—碳回饋）", "GWP₁₀₀ of CF₄ (AR5, with climate-carbon feedback)"), 7_349.0, Gwp100, Secondary, &AR5).exact(),
    c("carbon.gwp.ar5_feedback.c2f6", t!("六氟乙烷全球变暖潜势（AR5，含气候—碳反馈）", "六氟乙烷全球暖化潛勢（AR5，含氣候—碳回饋）", "GWP₁₀₀ of C₂F₆ (AR5, with climate-carbon feedback)"), 12_340.0, Gwp100, Secondary, &AR5).exact(),
    c("carbon.gwp.ar6.ch4", t!("甲烷全球变暖潜势（AR6）", "甲烷全球暖化潛勢（AR6）", "GWP₁₀₀ of CH₄ (AR6)"), 27.9, Gwp100, Secondary, &AR6).exact(),
    c("carbon.gwp.ar6.ch4_fossil", t!("化石源甲烷全球变暖潜势（AR6）", "化石源甲烷全球暖化潛勢（AR6）", "GWP₁₀₀ of fossil CH₄ (AR6)"), 29.8, Gwp100, Secondary, &AR6).exact(),
    c("carbon.gwp.ar6.ch4_non_fossil", t!("非化石源甲烷全球变暖潜势（AR6）", "非化石源甲烷全球暖化潛勢（AR6）", "GWP₁₀₀ of non-fossil CH₄ (AR6)"), 27.0, Gwp100, Unverified, &AR6).exact()
        .note(&const { t!("未经核实。", "未經核實。", "Unverified.") }),
    c("carbon.gwp.ar6.n2o", t!("氧化亚氮全球变暖潜势（AR6）", "氧化亞氮全球暖化潛勢（AR6）", "GWP₁₀₀ of N₂O (AR6)"), 273.0, Gwp100, Secondary, &AR6).exact(),
    c("carbon.gwp.ar6.sf6", t!("六氟化硫全球变暖潜势（AR6）", "六氟化硫全球暖化潛勢（AR6）", "GWP₁₀₀ of SF₆ (AR6)"), 25_200.0, Gwp100, Secondary, &AR6).exact(),
    c("carbon.gwp.ar6.cf4", t!("四氟化碳全球变暖潜势（AR6）", "四氟化碳全球暖化潛勢（AR6）", "GWP₁₀₀ of CF₄ (AR6)"), 7_380.0, Gwp100, Secondary, &AR6).exact(),
    c("carbon.gwp.ar6.c2f6", t!("六氟乙烷全球变暖潜势（AR6）", "六氟乙烷全球暖化潛勢（AR6）", "GWP₁₀₀ of C₂F₆ (AR6)"), 12_400.0, Gwp100, Secondary, &AR6).exact(),

    // ---- C5. National carbon market, 2025
    c("carbon.ets.expansion.added_emissions", t!("钢铁、水泥、铝冶炼纳入全国碳市场新增覆盖排放量（约）", "鋼鐵、水泥、鋁冶煉納入全國碳市場新增覆蓋排放量（約）", "Emissions added by bringing steel, cement and aluminium smelting into the national ETS (approx.)"), 3e9, TCo2ePerYear, Official, &ETS_PLAN)
        .note(&const { t!("约30亿吨 CO₂e；覆盖气体为 CO₂、CF₄、C₂F₆。", "約30億噸 CO₂e；覆蓋氣體為 CO₂、CF₄、C₂F₆。", "About 3 bn t CO₂e; gases covered: CO₂, CF₄, C₂F₆.") }),
    c("carbon.ets.expansion.coverage_share", t!("扩围后全国碳市场覆盖全国二氧化碳排放的比例（超过）", "擴圍後全國碳市場覆蓋全國二氧化碳排放的比例（超過）", "Share of national CO₂ covered by the ETS after the expansion (more than)"), 0.60, Fraction, Official, &ETS_PLAN)
        .note(&const { t!("原文为“超过60%”：这是下限。", "原文為「超過60%」：這是下限。", "The text says 'more than 60 %': a lower bound.") }),
    c("carbon.ets.aluminium.enterprises", t!("纳入全国碳市场的电解铝企业数", "納入全國碳市場的電解鋁企業數", "Electrolytic-aluminium enterprises covered by the ETS"), 98.0, Count, Secondary, &ETS_PRESS).exact(),
    c("carbon.ets.aluminium.capacity", t!("纳入全国碳市场的电解铝产能（约）", "納入全國碳市場的電解鋁產能（約）", "Electrolytic-aluminium capacity covered by the ETS (approx.)"), 45e6, TonnesPerYear, Secondary, &ETS_PRESS),
    c("carbon.price.cea.2025", t!("2025年全国碳排放配额（CEA）成交均价", "2025年全國碳排放配額（CEA）成交均價", "National carbon allowance (CEA) average price, 2025"), 62.36, YuanPerTCo2, Secondary, &MARKET_2025).range(50.0, 105.66).year(2025)
        .note(&const { t!("范围：低值约 50 元（2025年10月下旬）；高值为历史最高收盘价 105.66 元（2024-11-13，并非2025年价格）。", "範圍：低值約 50 元（2025年10月下旬）；高值為歷史最高收盤價 105.66 元（2024-11-13，並非2025年價格）。", "Range: low about 50 yuan (late October 2025); high is the record close of 105.66 yuan (2024-11-13, not a 2025 price).") }),
    c("carbon.market.cea.2025.volume", t!("2025年全国碳排放配额成交量", "2025年全國碳排放配額成交量", "CEA volume traded, 2025"), 235e6, TonnesPerYear, Secondary, &MARKET_2025).year(2025),
    c("carbon.market.cea.2025.turnover", t!("2025年全国碳排放配额成交额", "2025年全國碳排放配額成交額", "CEA turnover, 2025"), 14.63e9, Yuan, Secondary, &MARKET_2025).year(2025),
    c("carbon.price.ccer.2025", t!("2025年国家核证自愿减排量（CCER）成交均价", "2025年國家核證自願減排量（CCER）成交均價", "CCER average price, 2025"), 70.76, YuanPerTCo2, Secondary, &MARKET_2025).year(2025),
    c("carbon.market.ccer.2025.volume", t!("2025年国家核证自愿减排量成交量", "2025年國家核證自願減排量成交量", "CCER volume traded, 2025"), 8.84e6, TonnesPerYear, Secondary, &MARKET_2025).year(2025),
    c("carbon.ndc2035.cut_from_peak", t!("2035年全经济范围温室气体净排放较峰值下降比例", "2035年全經濟範圍溫室氣體淨排放較峰值下降比例", "2035 NDC: economy-wide net GHG emissions below peak"), 0.085, Fraction, Official, &NDC_2035).range(0.07, 0.10).year(2035).note(&RANGE_MIDPOINT),

    // ---- C6. Sector intensities
    c("carbon.intensity.steel.national", t!("我国粗钢平均二氧化碳排放强度（约）", "我國粗鋼平均二氧化碳排放強度（約）", "Crude steel, national average CO₂ intensity (approx.)"), 1.8, TCo2PerTonne, Secondary, &STEEL_PRESS),
    c("carbon.intensity.steel.world.2019", t!("全球钢铁平均二氧化碳排放强度 2019（世界钢铁协会）", "全球鋼鐵平均二氧化碳排放強度 2019（世界鋼鐵協會）", "Steel, global average CO₂ intensity 2019 (worldsteel)"), 1.85, TCo2PerTonne, Secondary, &WORLDSTEEL).year(2019),
    c("carbon.intensity.steel.world.2020", t!("全球钢铁平均二氧化碳排放强度 2020（世界钢铁协会）", "全球鋼鐵平均二氧化碳排放強度 2020（世界鋼鐵協會）", "Steel, global average CO₂ intensity 2020 (worldsteel)"), 1.89, TCo2PerTonne, Secondary, &WORLDSTEEL).year(2020),
    c("carbon.intensity.steel.world.2021", t!("全球钢铁平均二氧化碳排放强度 2021（世界钢铁协会）", "全球鋼鐵平均二氧化碳排放強度 2021（世界鋼鐵協會）", "Steel, global average CO₂ intensity 2021 (worldsteel)"), 1.91, TCo2PerTonne, Secondary, &WORLDSTEEL).year(2021),
    c("carbon.intensity.steel.bf_bof", t!("长流程（高炉—转炉）吨钢二氧化碳排放", "長流程（高爐—轉爐）噸鋼二氧化碳排放", "BF-BOF steel CO₂ intensity"), 1.9, TCo2PerTonne, Unverified, &NONE_SEEN).range(1.8, 2.0).note(&RANGE_MIDPOINT),
    c("carbon.intensity.steel.scrap_eaf", t!("短流程（废钢—电炉）吨钢二氧化碳排放", "短流程（廢鋼—電爐）噸鋼二氧化碳排放", "Scrap-EAF steel CO₂ intensity"), 0.5, TCo2PerTonne, Unverified, &NONE_SEEN).range(0.4, 0.6).note(&RANGE_MIDPOINT),
    c("carbon.intensity.clinker", t!("硅酸盐水泥熟料碳排放（门到门）", "矽酸鹽水泥熟料碳排放（門到門）", "Portland clinker CO₂e (gate to gate)"), 535.0, KgCo2ePerTonne, Secondary, &CLINKER_PRESS)
        .note(&const { t!("以碳酸盐分解排放为主。", "以碳酸鹽分解排放為主。", "Mostly calcination.") }),
    c("carbon.process.limestone", t!("石灰石煅烧二氧化碳排放因子", "石灰石煅燒二氧化碳排放因子", "Limestone calcination CO₂"), 0.4397, TCo2PerTonne, Secondary, &CALCINATION).exact()
        .note(&const { t!("化学计量值（CaCO₃）。", "化學計量值（CaCO₃）。", "Stoichiometric (CaCO₃).") }),
    c("carbon.process.dolomite", t!("白云石煅烧二氧化碳排放因子", "白雲石煅燒二氧化碳排放因子", "Dolomite calcination CO₂"), 0.4773, TCo2PerTonne, Secondary, &CALCINATION).exact()
        .note(&const { t!("化学计量值（CaMg(CO₃)₂）。", "化學計量值（CaMg(CO₃)₂）。", "Stoichiometric (CaMg(CO₃)₂).") }),
    c("carbon.process.aluminium.anode", t!("电解铝阳极消耗二氧化碳排放（每吨铝）", "電解鋁陽極消耗二氧化碳排放（每噸鋁）", "Aluminium anode consumption CO₂e per t Al"), 1.424, TCo2ePerTonne, Secondary, &ALU_DRAFT),
    c("carbon.process.aluminium.pfc", t!("电解铝阳极效应全氟化碳排放（每吨铝）", "電解鋁陽極效應全氟碳化物排放（每噸鋁）", "Aluminium anode-effect PFC, CO₂e per t Al"), 0.1454, TCo2ePerTonne, Secondary, &ALU_DRAFT),
    c("carbon.aluminium.ac_power.2016", t!("2016年铝锭综合交流电耗", "2016年鋁錠綜合交流電耗", "Aluminium ingot AC power use, 2016"), 13_599.0, KwhPerTonne, Secondary, &ALU_STATS).year(2016),
    c("carbon.aluminium.ac_power.2012", t!("2012年铝锭综合交流电耗", "2012年鋁錠綜合交流電耗", "Aluminium ingot AC power use, 2012"), 13_844.0, KwhPerTonne, Secondary, &ALU_STATS).year(2012),
    c("carbon.aluminium.ac_power.new_cap", t!("新建置换电解铝产能交流电耗上限", "新建置換電解鋁產能交流電耗上限", "AC power limit for new replacement aluminium capacity"), 13_000.0, KwhPerTonne, Secondary, &ALU_PLAN).exact(),
    c("carbon.aluminium.capacity_cap", t!("电解铝产能上限", "電解鋁產能上限", "Primary aluminium capacity cap"), 45e6, TonnesPerYear, Secondary, &ALU_STATS),
    c("carbon.aluminium.capacity.2023", t!("2023年底电解铝产能", "2023年底電解鋁產能", "Primary aluminium capacity, end-2023"), 44.43e6, TonnesPerYear, Secondary, &ALU_STATS).year(2023),
    c("carbon.aluminium.output.2023", t!("2023年电解铝产量", "2023年電解鋁產量", "Primary aluminium output, 2023"), 41.59e6, TonnesPerYear, Secondary, &ALU_STATS).year(2023),
    c("carbon.aluminium.recycled_saving", t!("再生铝较原铝节约的二氧化碳（每吨，约）", "再生鋁較原鋁節約的二氧化碳（每噸，約）", "CO₂ saved by recycled vs primary aluminium, per t (approx.)"), 10.0, TCo2PerTonne, Secondary, &ALU_STATS),

    // ---- C8. Everyday equivalents
    c("carbon.household.residential_kwh.2024", t!("2024年城乡居民生活用电量", "2024年城鄉居民生活用電量", "Urban and rural residential electricity use, 2024"), 14_942e8, KwhPerYear, Secondary, &NEA).year(2024),
    c("carbon.household.residential_kwh.2025", t!("2025年城乡居民生活用电量", "2025年城鄉居民生活用電量", "Urban and rural residential electricity use, 2025"), 15_880e8, KwhPerYear, Secondary, &NEA).year(2025),
    c("carbon.household.population.2024", t!("2024年末全国人口", "2024年末全國人口", "Population at end-2024"), 140_828e4, Count, Secondary, &NBS_POPULATION).exact().year(2024),
    c("carbon.household.population.2025", t!("2025年末全国人口", "2025年末全國人口", "Population at end-2025"), 140_489e4, Count, Secondary, &NBS_POPULATION).exact().year(2025),
    c("carbon.household.persons_per_household", t!("家庭户平均规模", "家庭戶平均規模", "Persons per family household"), 2.62, PersonsPerHousehold, Secondary, &CENSUS_2020).year(2020),
    FactorDef::derived("carbon.household.kwh_per_person", Theme::Carbon, t!("人均居民生活用电量（2025）", "人均居民生活用電量（2025）", "Residential electricity per person (2025)"), KwhPerYear,
        &const { Derivation { formula: t!("15,880亿千瓦时 ÷ 140,489万人", "15,880億千瓦時 ÷ 140,489萬人", "1,588.0 TWh ÷ 1,404.89 million people"), inputs: &["carbon.household.residential_kwh.2025", "carbon.household.population.2025"], eval: ratio } }, &DERIVED).year(2025),
    FactorDef::derived("carbon.household.kwh_per_household", Theme::Carbon, t!("户均居民生活用电量（2025）", "戶均居民生活用電量（2025）", "Residential electricity per household (2025)"), KwhPerYear,
        &const { Derivation { formula: t!("人均用电量 × 2.62 人/户", "人均用電量 × 2.62 人/戶", "per person × 2.62 persons per household"), inputs: &["carbon.household.kwh_per_person", "carbon.household.persons_per_household"], eval: product } }, &DERIVED).year(2025),
];
