//! Units of the factor library and the calculators.
//!
//! A factor's unit is a value of [`Unit`], never a free string, so the page can print it in the
//! user's language and a calculator can check that it reads the factor it expects (see
//! [`crate::factors::Factor::value_in`]). The two kinds of electricity factor have different
//! units ([`Unit::KgCo2eLifeCyclePerKwh`] and [`Unit::KgCo2PerKwh`]) so they cannot be mixed.

use crate::t;
use crate::text::{Lang, Text};

/// Every unit a factor or an input can have. The value is always expressed in exactly this unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    // ---- air: concentrations, volumes, masses
    /// mg/Nm³ (dry flue gas at the reference O₂).
    MgPerNm3,
    /// % O₂ by volume (reference oxygen content).
    PercentO2,
    /// Nm³ of dry flue gas per tonne of product.
    Nm3PerTonne,
    /// kg of pollutant per tonne of product.
    KgPerTonne,
    /// tonnes (of product, capacity or pollutant).
    Tonnes,
    /// tonnes per year.
    TonnesPerYear,
    /// g per km driven.
    GramsPerKm,
    /// litres per 100 km.
    LitresPer100Km,
    /// kWh per km.
    KwhPerKm,
    /// km per year.
    KmPerYear,
    /// yuan per tonne (of capacity or product).
    YuanPerTonne,
    /// yuan per year per tonne of capacity.
    YuanPerTonneYear,
    /// yuan (a sum of money, e.g. an investment total).
    Yuan,
    // ---- water
    /// mg/L (as P for total phosphorus).
    MgPerLitre,
    /// m³ per day (a treatment plant's flow).
    CubicMetresPerDay,
    /// kg P per hectare per year.
    KgPPerHectareYear,
    /// kg TP per tonne of manure.
    KgPPerTonneManure,
    /// kg of dry (or wet) algal biomass per kg P.
    KgPerKgP,
    // ---- carbon
    /// kg CO₂e per kWh, life-cycle (electricity carbon-footprint factor, 电力碳足迹因子).
    KgCo2eLifeCyclePerKwh,
    /// kg CO₂ per kWh, CO₂ only (electricity CO₂ emission factor, 电力二氧化碳排放因子).
    KgCo2PerKwh,
    /// GJ per tonne (net calorific value).
    GjPerTonne,
    /// GJ per 10⁴ Nm³ (net calorific value of gaseous fuels).
    GjPer10kNm3,
    /// tonnes of carbon per TJ.
    TcPerTj,
    /// kg of gas per TJ (IPCC defaults).
    KgPerTj,
    /// t CO₂ per tonne (of fuel or product).
    TCo2PerTonne,
    /// kg CO₂ per Nm³ of gaseous fuel.
    KgCo2PerNm3,
    /// kg CO₂e per litre of fuel.
    KgCo2ePerLitre,
    /// kg CO₂ per kg of fuel.
    KgCo2PerKg,
    /// t CO₂e per tonne of product.
    TCo2ePerTonne,
    /// kg CO₂e per tonne of product.
    KgCo2ePerTonne,
    /// tonnes CO₂e per year (e.g. emissions a carbon market covers).
    TCo2ePerYear,
    /// kg standard coal equivalent per kWh.
    KgcePerKwh,
    /// kg standard coal equivalent per Nm³.
    KgcePerNm3,
    /// kWh per tonne of product.
    KwhPerTonne,
    /// kWh per year.
    KwhPerYear,
    /// kg CO₂e per kg of gas (100-year global-warming potential).
    Gwp100,
    /// yuan per tonne CO₂ (or CO₂e).
    YuanPerTCo2,
    // ---- dimensionless and counts
    /// A share from 0 to 1, shown as %.
    Fraction,
    /// A pure ratio (e.g. 44/12, Redfield C:P).
    Ratio,
    /// A count (projects, trucks, enterprises, people).
    Count,
    /// persons per household.
    PersonsPerHousehold,
    /// mol per mol.
    MolarRatio,
    /// g per mol.
    GramsPerMol,
}

impl Unit {
    /// The unit's symbol in `lang`.
    pub fn symbol(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }

    /// The unit's symbol in the three languages.
    #[allow(clippy::too_many_lines)]
    pub fn text(self) -> Text {
        match self {
            Unit::MgPerNm3 => t!("mg/Nm³", "mg/Nm³", "mg/Nm³"),
            Unit::PercentO2 => t!("% O₂", "% O₂", "% O₂"),
            Unit::Nm3PerTonne => t!("Nm³/吨产品", "Nm³/噸產品", "Nm³/t product"),
            Unit::KgPerTonne => t!("千克/吨", "公斤/噸", "kg/t"),
            Unit::Tonnes => t!("吨", "噸", "t"),
            Unit::TonnesPerYear => t!("吨/年", "噸/年", "t/yr"),
            Unit::GramsPerKm => t!("克/公里", "克/公里", "g/km"),
            Unit::LitresPer100Km => t!("升/百公里", "升/百公里", "L/100 km"),
            Unit::KwhPerKm => t!("千瓦时/公里", "千瓦時/公里", "kWh/km"),
            Unit::KmPerYear => t!("公里/年", "公里/年", "km/yr"),
            Unit::YuanPerTonne => t!("元/吨", "元/噸", "yuan/t"),
            Unit::YuanPerTonneYear => t!("元/(吨·年)", "元/(噸·年)", "yuan/(t·yr)"),
            Unit::Yuan => t!("元", "元", "yuan"),
            Unit::MgPerLitre => t!("毫克/升", "毫克/升", "mg/L"),
            Unit::CubicMetresPerDay => t!("立方米/日", "立方公尺/日", "m³/d"),
            Unit::KgPPerHectareYear => t!("千克磷/(公顷·年)", "公斤磷/(公頃·年)", "kg P/(ha·yr)"),
            Unit::KgPPerTonneManure => t!("千克总磷/吨粪污", "公斤總磷/噸糞汙", "kg TP/t manure"),
            Unit::KgPerKgP => t!("千克/千克磷", "公斤/公斤磷", "kg/kg P"),
            Unit::KgCo2eLifeCyclePerKwh => t!(
                "千克CO₂e/千瓦时（全生命周期）",
                "公斤CO₂e/千瓦時（全生命週期）",
                "kg CO₂e/kWh (life cycle)",
            ),
            Unit::KgCo2PerKwh => t!(
                "千克CO₂/千瓦时（仅CO₂）",
                "公斤CO₂/千瓦時（僅CO₂）",
                "kg CO₂/kWh (CO₂ only)",
            ),
            Unit::GjPerTonne => t!("GJ/吨", "GJ/噸", "GJ/t"),
            Unit::GjPer10kNm3 => t!("GJ/万Nm³", "GJ/萬Nm³", "GJ/10⁴ Nm³"),
            Unit::TcPerTj => t!("吨碳/TJ", "噸碳/TJ", "t C/TJ"),
            Unit::KgPerTj => t!("千克/TJ", "公斤/TJ", "kg/TJ"),
            Unit::TCo2PerTonne => t!("吨CO₂/吨", "噸CO₂/噸", "t CO₂/t"),
            Unit::KgCo2PerNm3 => t!("千克CO₂/Nm³", "公斤CO₂/Nm³", "kg CO₂/Nm³"),
            Unit::KgCo2ePerLitre => t!("千克CO₂e/升", "公斤CO₂e/升", "kg CO₂e/L"),
            Unit::KgCo2PerKg => t!("千克CO₂/千克", "公斤CO₂/公斤", "kg CO₂/kg"),
            Unit::TCo2ePerTonne => t!("吨CO₂e/吨", "噸CO₂e/噸", "t CO₂e/t"),
            Unit::KgCo2ePerTonne => t!("千克CO₂e/吨", "公斤CO₂e/噸", "kg CO₂e/t"),
            Unit::TCo2ePerYear => t!("吨CO₂e/年", "噸CO₂e/年", "t CO₂e/yr"),
            Unit::KgcePerKwh => t!("千克标准煤/千瓦时", "公斤標準煤/千瓦時", "kgce/kWh"),
            Unit::KgcePerNm3 => t!("千克标准煤/Nm³", "公斤標準煤/Nm³", "kgce/Nm³"),
            Unit::KwhPerTonne => t!("千瓦时/吨", "千瓦時/噸", "kWh/t"),
            Unit::KwhPerYear => t!("千瓦时/年", "千瓦時/年", "kWh/yr"),
            Unit::Gwp100 => t!("GWP₁₀₀", "GWP₁₀₀", "GWP₁₀₀"),
            Unit::YuanPerTCo2 => t!("元/吨CO₂", "元/噸CO₂", "yuan/t CO₂"),
            Unit::Fraction => t!("%", "%", "%"),
            Unit::Ratio | Unit::MolarRatio => t!("", "", ""),
            Unit::Count => t!("个", "個", "units"),
            Unit::PersonsPerHousehold => t!("人/户", "人/戶", "persons/household"),
            Unit::GramsPerMol => t!("克/摩尔", "克/莫耳", "g/mol"),
        }
    }

    /// True for shares stored as 0–1 and shown as percentages.
    pub fn is_fraction(self) -> bool {
        matches!(self, Unit::Fraction)
    }
}

/// Carbon to CO₂ mass ratio, 44/12 (molar masses 44.0095 and 12.011 rounded as the Chinese
/// accounting guidelines and IPCC 2006 do).
pub const CO2_PER_C: f64 = 44.0 / 12.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_electricity_units_never_read_alike() {
        for lang in Lang::ALL {
            assert_ne!(
                Unit::KgCo2eLifeCyclePerKwh.symbol(lang),
                Unit::KgCo2PerKwh.symbol(lang)
            );
        }
    }

    #[test]
    fn co2_per_c_is_44_over_12() {
        assert!((CO2_PER_C - 3.666_666_666).abs() < 1e-8);
    }
}
