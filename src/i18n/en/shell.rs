//! English. The page shell.

use crate::i18n::keys::{Common, Nav, Views};

pub const COMMON: Common = Common {
    app_name: "Qingshan",
    tagline: "The 2025 results of China's Ministry of Ecology and Environment, as numbers you can check and reuse",
    skip_to_content: "Skip to main content",
    language: "Language",
    privacy: "Everything is computed in your browser; nothing is sent to any server.",
    data_origin: "Data: the Ministry of Ecology and Environment's 2025 results and the official documents listed; every number shows its unit, source and quality grade.",
    crashed: "The page met an internal error and stopped. Your inputs are kept in the link: reload to continue.",
    reload: "Reload",
    lang_unavailable: "{lang} could not be loaded (the page may be offline), so it stays in this language.",
    lang_loading: "Loading {lang}…",
    loading_more: "The rest of the page is loading…",
    rest_unavailable: "Part of the app could not be loaded. Check the connection, then reload the page.",
};

pub const NAV: Nav = Nav {
    label: "Calculators and data",
    ule: "Ultra-low emissions",
    tp: "Phosphorus",
    carbon: "Carbon footprint",
    figures: "Report figures",
    sources: "Sources",
};

pub const VIEWS: Views = Views {
    ule_title: "What ultra-low-emission retrofits cut",
    ule_intro: "How much particulate matter, SO₂ and NOx a year the retrofitted steel, coking and cement capacity no longer emits; and the NOx and CO₂ that new-energy heavy trucks avoid.",
    tp_title: "Total phosphorus kept out of rivers and lakes",
    tp_intro: "What plant upgrades, industrial wastewater, farmland and livestock projects keep out of rivers and lakes each year, and what that equals in algae and in water brought to a quality class.",
    carbon_title: "Carbon footprint",
    carbon_intro: "Emissions of electricity, fuels and industrial processes, on China's official electricity carbon-footprint factors, electricity CO₂ emission factors and fuel defaults.",
    figures_title: "The report's figures",
    figures_intro: "The quantitative figures of the Ministry's 2025 results, by theme, each with the sentence it comes from.",
    sources_title: "Sources and factor library",
    sources_intro: "Every factor the calculators use: value, unit, range, quality grade and source.",
};
