//! The report's own figures (`shared/reference/report-figures.md`), as static data.
//!
//! Every figure quotes the sentence (or the clause, up to its full stop or semicolon) of the
//! report that contains it, exactly as the report writes it: in Simplified characters as in
//! `shared/seed/000_e45c85666a528bad.zh-Hans.txt`, in Traditional characters as in the copy as
//! received (`000_e45c85666a528bad.txt`, a mechanical conversion: it keeps the source's ASCII
//! commas and semicolons and a few of its character choices, e.g. `余`, `并`), with an English
//! rendering. [`Figure::literal`] keeps the report's own wording of the number (`3亿`, `2400余`,
//! `下降18.6%`) so that the tests can check that the value, the literal and the quoted sentence
//! agree. Nothing is parsed at run time.
//!
//! The report is cited as [`REPORT`]. Calculator presets find their figures through
//! [`by_preset`] and the keys in [`preset`].

mod data;

use crate::factors::Theme;
use crate::t;
use crate::text::{Lang, Text};
use crate::units::Unit;

/// The document the figures come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportSource {
    /// The title: the conference's name as the digest's heading gives it, with the series
    /// (“划重点”) and the part (“成就篇”) the text names itself.
    pub title: Text,
    /// Who published it.
    pub publisher: Text,
    /// The conference the digest summarises: its dates and place.
    pub conference: Text,
    /// Year of publication.
    pub year: u16,
    /// Month of publication (1–12).
    pub month: u8,
    /// How the text reached the project (the copy the quotes are checked against).
    pub copy: Text,
    /// The seed files' common stem in `shared/seed/` (and `crates/core/tests/data/seed/`).
    pub seed: &'static str,
}

impl ReportSource {
    /// A one-line citation in `lang`: publisher, title, month of publication.
    pub fn citation(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhHans | Lang::ZhHant => format!(
                "{}：《{}》，{}年{}月",
                self.publisher.get(lang),
                self.title.get(lang),
                self.year,
                self.month
            ),
            Lang::En => format!(
                "{}, “{}”, {}-{:02}",
                self.publisher.en(),
                self.title.en(),
                self.year,
                self.month
            ),
        }
    }
}

/// The report: the “achievements” part of the MEE's digest of the 2026 national
/// ecological-environment protection work conference, published January 2026.
pub const REPORT: ReportSource = ReportSource {
    title: t!(
        "2026年全国生态环境保护工作会议划重点·成就篇",
        "2026年全國生態環境保護工作會議劃重點·成就篇",
        "2026 National Ecological and Environmental Protection Work Conference: \
         Key Points — Achievements",
    ),
    publisher: t!(
        "生态环境部",
        "生態環境部",
        "Ministry of Ecology and Environment (MEE)",
    ),
    conference: t!(
        "2026年1月14日至15日，北京",
        "2026年1月14日至15日，北京",
        "14–15 January 2026, Beijing",
    ),
    year: 2026,
    month: 1,
    copy: t!(
        "网易号转载文本；收到的副本为繁体字，简体文本由其机械转换而来。",
        "網易號轉載文本；收到的副本為繁體字，簡體文本由其機械轉換而來。",
        "Text as reprinted on NetEase Hao; the copy was received in Traditional characters and \
         the Simplified text converted from it mechanically.",
    ),
    seed: "000_e45c85666a528bad",
};

/// The calculator presets that start from a report figure. A figure names its preset in
/// [`Figure::preset`]; these constants are the only valid values.
pub mod preset {
    /// Steel ULE retrofit (2025 crude-steel capacity).
    pub const ULE_STEEL: &str = "ule.steel";
    /// Coking ULE retrofit (2025 coking capacity).
    pub const ULE_COKING: &str = "ule.coking";
    /// Cement ULE retrofit (2025 clinker capacity).
    pub const ULE_CEMENT: &str = "ule.cement";
    /// New-energy heavy trucks (2025 sales).
    pub const ULE_TRUCKS: &str = "ule.trucks";
    /// Total-phosphorus reduction in the Yangtze basin (2025).
    pub const TP_REPORT: &str = "tp.report";
    /// Electricity carbon-footprint factor, 2024 data.
    pub const CARBON_ELECTRICITY_2024: &str = "carbon.electricity_2024";
    /// The national carbon market (sectors added in 2025).
    pub const CARBON_ETS: &str = "carbon.ets";

    /// Every preset key.
    pub const ALL: [&str; 7] = [
        ULE_STEEL,
        ULE_COKING,
        ULE_CEMENT,
        ULE_TRUCKS,
        TP_REPORT,
        CARBON_ELECTRICITY_2024,
        CARBON_ETS,
    ];
}

/// The theme a figure is shown under: the four calculator themes, then the context panel's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FigureTheme {
    /// Ultra-low-emission retrofits of steel, coking and cement capacity.
    Ule,
    /// New-energy heavy trucks.
    Transport,
    /// Water: total phosphorus in the Yangtze basin, and the water context figures.
    Water,
    /// Climate and carbon: carbon market, carbon footprint, NDC.
    Carbon,
    /// Eliminations and builds over the 14th Five-Year Plan (2021–2025).
    FiveYearPlan,
    /// Air (context).
    Air,
    /// Soil and groundwater (context).
    Soil,
    /// Solid waste (context).
    SolidWaste,
    /// Green development: environmental-impact assessment (context).
    GreenDevelopment,
    /// Inspections, complaints, reform (context).
    Governance,
}

impl FigureTheme {
    /// Every theme, in page order.
    pub const ALL: [FigureTheme; 10] = [
        FigureTheme::Ule,
        FigureTheme::Transport,
        FigureTheme::Water,
        FigureTheme::Carbon,
        FigureTheme::FiveYearPlan,
        FigureTheme::Air,
        FigureTheme::Soil,
        FigureTheme::SolidWaste,
        FigureTheme::GreenDevelopment,
        FigureTheme::Governance,
    ];

    /// Stable key; every figure id of the theme starts with it and a dot.
    pub fn key(self) -> &'static str {
        match self {
            FigureTheme::Ule => "ule",
            FigureTheme::Transport => "transport",
            FigureTheme::Water => "water",
            FigureTheme::Carbon => "carbon",
            FigureTheme::FiveYearPlan => "fyp14",
            FigureTheme::Air => "air",
            FigureTheme::Soil => "soil",
            FigureTheme::SolidWaste => "solid_waste",
            FigureTheme::GreenDevelopment => "green",
            FigureTheme::Governance => "governance",
        }
    }

    /// The theme's name in the three languages.
    pub fn name(self) -> Text {
        match self {
            FigureTheme::Ule => t!(
                "超低排放改造",
                "超低排放改造",
                "Ultra-low-emission retrofits",
            ),
            FigureTheme::Transport => t!("新能源重卡", "新能源重卡", "New-energy heavy trucks"),
            FigureTheme::Water => t!("水环境", "水環境", "Water"),
            FigureTheme::Carbon => t!("气候与碳", "氣候與碳", "Climate and carbon"),
            FigureTheme::FiveYearPlan => t!(
                "“十四五”时期（2021—2025年）",
                "“十四五”時期（2021—2025年）",
                "14th Five-Year Plan (2021–2025)",
            ),
            FigureTheme::Air => t!("大气", "大氣", "Air"),
            FigureTheme::Soil => t!("土壤与地下水", "土壤與地下水", "Soil and groundwater"),
            FigureTheme::SolidWaste => t!("固体废物", "固體廢物", "Solid waste"),
            FigureTheme::GreenDevelopment => t!("绿色发展", "綠色發展", "Green development"),
            FigureTheme::Governance => t!("督察与改革", "督察與改革", "Inspection and governance"),
        }
    }

    /// True for the four themes the calculators are built around.
    pub fn is_calculator(self) -> bool {
        matches!(
            self,
            FigureTheme::Ule | FigureTheme::Transport | FigureTheme::Water | FigureTheme::Carbon
        )
    }

    /// The calculator (factor-library theme) the theme's preset figures open: the trucks are
    /// part of the ULE calculator, the phosphorus figures of the total-phosphorus one. `None`
    /// for the context themes.
    pub fn calculator(self) -> Option<Theme> {
        match self {
            FigureTheme::Ule | FigureTheme::Transport => Some(Theme::Ule),
            FigureTheme::Water => Some(Theme::Phosphorus),
            FigureTheme::Carbon => Some(Theme::Carbon),
            _ => None,
        }
    }
}

/// How exact the report's number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As written, no qualifier.
    Exact,
    /// A lower bound: “余”, “多” (e.g. `2400余`, `5100多万`), “+” in English.
    AtLeast,
    /// Approximate: “约” (about) or “近” (nearly, just under).
    About,
}

impl Qualifier {
    /// The qualifier as a word to put before the number; `None` for [`Qualifier::Exact`].
    pub fn text(self) -> Option<Text> {
        match self {
            Qualifier::Exact => None,
            Qualifier::AtLeast => Some(t!("多于", "多於", "more than")),
            Qualifier::About => Some(t!("约", "約", "about")),
        }
    }
}

/// The period a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Span {
    /// Reported as a result of [`Figure::year`] (the report's account of that year; the text
    /// does not always say “全年”).
    Year,
    /// The 14th Five-Year Plan, 2021 to [`Figure::year`] (“十四五”).
    FiveYearPlan,
    /// Cumulative to the report's date from a start the report does not state (“累计”,
    /// “截至目前”), or a state at that date.
    Cumulative,
}

impl Span {
    /// The span's name in the three languages.
    pub fn text(self) -> Text {
        match self {
            Span::Year => t!("年度", "年度", "in the year"),
            Span::FiveYearPlan => t!(
                "“十四五”期间（2021—2025年）",
                "“十四五”期間（2021—2025年）",
                "14th Five-Year Plan (2021–2025)",
            ),
            Span::Cumulative => t!("累计", "累計", "cumulative to date"),
        }
    }
}

/// What a figure counts or measures. The value is always in exactly this unit; shares and
/// percentage points are stored as fractions of 1 (96.7 % → 0.967, −47 pp → −0.47).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FigureUnit {
    /// Tonnes of production capacity (per year, as capacity always is).
    TonnesOfCapacity,
    /// Tonnes of total phosphorus (as P).
    TonnesOfPhosphorus,
    /// Tonnes (of waste).
    Tonnes,
    /// Square kilometres.
    SquareKilometres,
    /// Yuan (RMB).
    Yuan,
    /// A share, or a relative change, stored as a fraction of 1 and shown as %.
    Percent,
    /// A difference of two shares, stored as a fraction of 1 and shown as percentage points.
    PercentagePoints,
    /// A calendar year (a data year or a target year).
    Year,
    /// Vehicles.
    Vehicles,
    /// Boilers.
    Boilers,
    /// Appliances (units or sets).
    Appliances,
    /// Projects.
    Projects,
    /// Standards.
    Standards,
    /// Technical guides.
    TechnicalGuides,
    /// Facilities.
    Facilities,
    /// Households.
    Households,
    /// Outfalls.
    Outfalls,
    /// Problems found or solved.
    Problems,
    /// Plots of land.
    Plots,
    /// Chemical industrial parks.
    ChemicalParks,
    /// Sites checked.
    Sites,
    /// Tailings ponds.
    TailingsPonds,
    /// Provinces.
    Provinces,
    /// Public complaints and reports.
    Complaints,
    /// Compensation mechanisms.
    Mechanisms,
    /// Enterprises.
    Enterprises,
    /// Industrial sectors.
    Sectors,
}

impl FigureUnit {
    /// The unit as printed after the number, in the three languages.
    pub fn text(self) -> Text {
        match self {
            FigureUnit::TonnesOfCapacity => t!("吨产能", "噸產能", "t of capacity"),
            FigureUnit::TonnesOfPhosphorus => t!("吨总磷", "噸總磷", "t TP"),
            FigureUnit::Tonnes => t!("吨", "噸", "t"),
            FigureUnit::SquareKilometres => t!("平方公里", "平方公里", "km²"),
            FigureUnit::Yuan => t!("元", "元", "yuan"),
            FigureUnit::Percent => t!("%", "%", "%"),
            FigureUnit::PercentagePoints => t!("个百分点", "個百分點", "percentage points"),
            FigureUnit::Year => t!("年", "年", "year"),
            FigureUnit::Vehicles => t!("辆", "輛", "vehicles"),
            FigureUnit::Boilers => t!("台锅炉", "臺鍋爐", "boilers"),
            FigureUnit::Appliances => t!("台（套）", "臺（套）", "appliances"),
            FigureUnit::Projects => t!("个项目", "個項目", "projects"),
            FigureUnit::Standards => t!("项标准", "項標準", "standards"),
            FigureUnit::TechnicalGuides => t!("项技术指南", "項技術指南", "technical guides"),
            FigureUnit::Facilities => t!("个设施", "個設施", "facilities"),
            FigureUnit::Households => t!("户", "戶", "households"),
            FigureUnit::Outfalls => t!("个排污口", "個排污口", "outfalls"),
            FigureUnit::Problems => t!("个问题", "個問題", "problems"),
            FigureUnit::Plots => t!("个地块", "個地塊", "plots"),
            FigureUnit::ChemicalParks => t!("个化工园区", "個化工園區", "chemical parks"),
            FigureUnit::Sites => t!("个点位", "個點位", "sites"),
            FigureUnit::TailingsPonds => t!("座尾矿库", "座尾礦庫", "tailings ponds"),
            FigureUnit::Provinces => t!("个省份", "個省份", "provinces"),
            FigureUnit::Complaints => t!("件", "件", "complaints"),
            FigureUnit::Mechanisms => t!("个机制", "個機制", "mechanisms"),
            FigureUnit::Enterprises => t!("家企业", "家企業", "enterprises"),
            FigureUnit::Sectors => t!("个行业", "個行業", "sectors"),
        }
    }

    /// True for the units stored as fractions of 1 and shown multiplied by 100.
    pub fn is_share(self) -> bool {
        matches!(self, FigureUnit::Percent | FigureUnit::PercentagePoints)
    }

    /// The factor-library unit a calculator reads the value in: tonnes as
    /// [`Unit::Tonnes`], shares and percentage points as [`Unit::Fraction`], counts as
    /// [`Unit::Count`]. `None` for years, areas and money, which no calculator input takes.
    pub fn base_unit(self) -> Option<Unit> {
        match self {
            FigureUnit::TonnesOfCapacity | FigureUnit::TonnesOfPhosphorus | FigureUnit::Tonnes => {
                Some(Unit::Tonnes)
            }
            FigureUnit::Percent | FigureUnit::PercentagePoints => Some(Unit::Fraction),
            FigureUnit::SquareKilometres | FigureUnit::Yuan | FigureUnit::Year => None,
            FigureUnit::Vehicles
            | FigureUnit::Boilers
            | FigureUnit::Appliances
            | FigureUnit::Projects
            | FigureUnit::Standards
            | FigureUnit::TechnicalGuides
            | FigureUnit::Facilities
            | FigureUnit::Households
            | FigureUnit::Outfalls
            | FigureUnit::Problems
            | FigureUnit::Plots
            | FigureUnit::ChemicalParks
            | FigureUnit::Sites
            | FigureUnit::TailingsPonds
            | FigureUnit::Provinces
            | FigureUnit::Complaints
            | FigureUnit::Mechanisms
            | FigureUnit::Enterprises
            | FigureUnit::Sectors => Some(Unit::Count),
        }
    }
}

/// One figure of the report.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Stable id: lower case, dotted, starting with the theme's key (e.g.
    /// `ule.steel.capacity_2025`). Never renamed once released: links and tests depend on it.
    pub id: &'static str,
    /// The theme it is shown under.
    pub theme: FigureTheme,
    /// A short name in the three languages.
    pub label: Text,
    /// The value in base units of [`Figure::unit`]: 万 and 亿 expanded (3亿 → 3.0e8), shares
    /// as fractions of 1, decreases negative (下降18.6% → −0.186).
    pub value: f64,
    /// How exact the report's number is.
    pub qualifier: Qualifier,
    /// What the value counts or measures.
    pub unit: FigureUnit,
    /// The report's own wording of the number, as it appears in the Simplified sentence:
    /// qualifier, digits, 万/亿, 余/多, % or 个百分点, and 增长/下降 for a change (`3亿`,
    /// `约3万`, `5100多万`, `下降47个百分点`). For a count the report gives as a list, the list
    /// itself (`钢铁、水泥、铝冶炼`: three sectors).
    pub literal: &'static str,
    /// The year the figure refers to; for a span, its last year.
    pub year: u16,
    /// The period it covers.
    pub span: Span,
    /// The report's sentence (or clause) containing the figure: Simplified and Traditional
    /// verbatim from the seed files, English a faithful rendering.
    pub sentence: Text,
    /// Caveats a page or a calculation using the figure must show. A reference: most figures
    /// have none, and the few notes are shared, so the table holds one pointer each.
    pub note: Option<&'static Text>,
    /// The calculator preset that starts from this figure (a key of [`preset::ALL`]).
    pub preset: Option<&'static str>,
}

impl Figure {
    /// True when a calculator preset uses the figure.
    pub fn is_calculator_figure(&self) -> bool {
        self.preset.is_some()
    }
}

/// Every figure, grouped by theme in page order and, within a theme, in the report's order.
pub fn all() -> &'static [Figure] {
    data::FIGURES
}

/// The figure with this id.
pub fn get(id: &str) -> Option<&'static Figure> {
    data::FIGURES.iter().find(|f| f.id == id)
}

/// The figures of one theme, in the report's order.
pub fn by_theme(theme: FigureTheme) -> impl Iterator<Item = &'static Figure> {
    data::FIGURES.iter().filter(move |f| f.theme == theme)
}

/// The figures a calculator preset starts from (a key of [`preset::ALL`]).
pub fn by_preset(key: &str) -> impl Iterator<Item = &'static Figure> + '_ {
    data::FIGURES
        .iter()
        .filter(move |f| f.preset.is_some_and(|p| p == key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};
    use std::path::{Path, PathBuf};

    const HANS: &str = "000_e45c85666a528bad.zh-Hans.txt";
    const HANT: &str = "000_e45c85666a528bad.txt";

    // ---- Reading the report's text

    /// The copy kept in the repository (preferred: the tests never need `shared/`).
    fn in_repo_seed(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/seed")
            .join(name)
    }

    /// `shared/seed/` beside the repository (`../shared` from its root), then under
    /// `$QINGSHAN_SHARED` (the path of a `shared/` folder).
    fn shared_seed_dirs() -> Vec<PathBuf> {
        let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed")];
        if let Some(dir) = std::env::var_os("QINGSHAN_SHARED") {
            dirs.push(PathBuf::from(dir).join("seed"));
        }
        dirs
    }

    fn seed(name: &str) -> String {
        let mut tried = vec![in_repo_seed(name)];
        tried.extend(shared_seed_dirs().into_iter().map(|d| d.join(name)));
        for path in &tried {
            if let Ok(text) = std::fs::read_to_string(path) {
                return text;
            }
        }
        panic!(
            "the report's text `{name}` is in none of {tried:?}: restore \
             crates/core/tests/data/seed/ from shared/seed/, or set QINGSHAN_SHARED to the \
             shared/ folder"
        );
    }

    /// Character (not byte) offset of the first occurrence of `needle` in `hay`.
    fn char_offset(hay: &str, needle: &str) -> Option<usize> {
        hay.find(needle).map(|i| hay[..i].chars().count())
    }

    /// Simplified → Traditional pairs the converter applied to the seed (the two files are
    /// aligned character by character).
    fn conversion_pairs() -> HashMap<char, char> {
        let (hans, hant) = (seed(HANS), seed(HANT));
        assert_eq!(
            hans.chars().count(),
            hant.chars().count(),
            "seeds not aligned"
        );
        hans.chars()
            .zip(hant.chars())
            .filter(|(a, b)| a != b)
            .collect()
    }

    // ---- Reading a literal the way the report writes numbers

    /// Value of a literal: qualifier, digits, 万/亿 (or 萬/億), 余/多, % or 个百分点, with
    /// 增长/下降 for a change; a literal without digits is a list, worth its item count.
    fn parse_literal(lit: &str) -> f64 {
        if !lit.chars().any(|c| c.is_ascii_digit()) {
            return lit.split('、').count() as f64;
        }
        let mut rest = lit;
        let mut sign = 1.0;
        for (word, s) in [("下降", -1.0), ("增长", 1.0), ("增長", 1.0)] {
            if let Some(r) = rest.strip_prefix(word) {
                rest = r;
                sign = s;
            }
        }
        for q in ["约", "約", "近"] {
            if let Some(r) = rest.strip_prefix(q) {
                rest = r;
            }
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let mut v: f64 = rest[..end]
            .replace(',', "")
            .parse()
            .unwrap_or_else(|e| panic!("literal {lit:?}: {e}"));
        let mut tail = &rest[end..];
        while let Some(c) = tail.chars().next() {
            if let Some(r) = tail
                .strip_prefix("个百分点")
                .or_else(|| tail.strip_prefix("個百分點"))
            {
                v /= 100.0;
                tail = r;
                continue;
            }
            match c {
                '万' | '萬' => v *= 1e4,
                '亿' | '億' => v *= 1e8,
                '%' => v /= 100.0,
                '余' | '餘' | '多' => {}
                _ => panic!("unexpected {c:?} in literal {lit:?}"),
            }
            tail = &tail[c.len_utf8()..];
        }
        sign * v
    }

    fn qualifier_of(lit: &str) -> Qualifier {
        if lit.contains(['余', '餘', '多']) {
            Qualifier::AtLeast
        } else if lit.contains(['约', '約', '近']) {
            Qualifier::About
        } else {
            Qualifier::Exact
        }
    }

    /// Character offset of an occurrence of `lit` in `sentence` that is a whole number (not
    /// `2%` inside `6.2%`, not `3亿` inside `3亿余`). The report writes no thousands
    /// separators, so a comma after a number ends its clause.
    fn whole_occurrence(sentence: &str, lit: &str) -> Option<usize> {
        let numeric_before = |c: char| c.is_ascii_digit() || matches!(c, '.' | '约' | '近');
        let numeric_after =
            |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '万' | '亿' | '余' | '多');
        sentence.match_indices(lit).find_map(|(i, _)| {
            let before = sentence[..i].chars().next_back();
            let after = sentence[i + lit.len()..].chars().next();
            (!before.is_some_and(numeric_before) && !after.is_some_and(numeric_after))
                .then(|| sentence[..i].chars().count())
        })
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    // ---- Writing a value the way the English sentence does

    fn trimmed(x: f64) -> String {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }

    fn with_thousands(x: f64) -> String {
        let digits = format!("{x:.0}");
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    fn en_number(f: &Figure) -> Option<String> {
        if !f.literal.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let v = f.value.abs();
        Some(match f.unit {
            FigureUnit::Percent => format!("{}%", trimmed(v * 100.0)),
            FigureUnit::PercentagePoints => format!("{} percentage points", trimmed(v * 100.0)),
            FigureUnit::Year => trimmed(v),
            _ if v >= 1e12 => format!("{} trillion", trimmed(v / 1e12)),
            _ if v >= 1e9 => format!("{} billion", trimmed(v / 1e9)),
            _ if v >= 1e6 => format!("{} million", trimmed(v / 1e6)),
            _ if v.fract().abs() < 1e-9 => with_thousands(v),
            _ => trimmed(v),
        })
    }

    /// Every three-language text of the module, with where it comes from.
    fn own_texts() -> Vec<(String, Text)> {
        let mut texts = vec![
            ("REPORT.title".to_string(), REPORT.title),
            ("REPORT.publisher".to_string(), REPORT.publisher),
            ("REPORT.conference".to_string(), REPORT.conference),
            ("REPORT.copy".to_string(), REPORT.copy),
        ];
        for theme in FigureTheme::ALL {
            texts.push((format!("theme {theme:?}"), theme.name()));
        }
        for q in [Qualifier::AtLeast, Qualifier::About] {
            texts.extend(q.text().map(|t| (format!("qualifier {q:?}"), t)));
        }
        for s in [Span::Year, Span::FiveYearPlan, Span::Cumulative] {
            texts.push((format!("span {s:?}"), s.text()));
        }
        for f in all() {
            texts.push((format!("{} label", f.id), f.label));
            texts.push((format!("{} unit", f.id), f.unit.text()));
            texts.extend(f.note.map(|n| (format!("{} note", f.id), *n)));
        }
        texts
    }

    // ---- The tests

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for f in all() {
            assert!(seen.insert(f.id), "duplicate id {}", f.id);
            let well_formed = f.id.split('.').count() >= 2
                && f.id.split('.').all(|seg| {
                    seg.starts_with(|c: char| c.is_ascii_lowercase())
                        && !seg.ends_with('_')
                        && !seg.contains("__")
                        && seg
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                });
            assert!(well_formed, "malformed id {:?}", f.id);
            assert!(
                f.id.starts_with(&format!("{}.", f.theme.key())),
                "{} does not start with its theme's key {}",
                f.id,
                f.theme.key()
            );
        }
    }

    #[test]
    fn the_reference_figures_are_there_with_their_values() {
        // report-figures.md, tables "The three themes" and "14th Five-Year Plan eliminations";
        // values read by hand from the report.
        use FigureTheme::{Carbon, FiveYearPlan as Fyp, Transport, Ule, Water};
        use Qualifier::{About, AtLeast, Exact};
        let expected: [(&str, FigureTheme, f64, Qualifier); 16] = [
            ("ule.steel.capacity_2025", Ule, 3.0e8, Exact),
            ("ule.coking.capacity_2025", Ule, 2.7e8, Exact),
            ("ule.cement.capacity_2025", Ule, 4.7e8, Exact),
            (
                "transport.nev_heavy_trucks_2025",
                Transport,
                197_000.0,
                Exact,
            ),
            (
                "transport.nev_heavy_trucks_growth_2025",
                Transport,
                1.72,
                Exact,
            ),
            ("water.tp.projects_2025", Water, 2_400.0, AtLeast),
            ("water.tp.reduction_2025", Water, 11_700.0, Exact),
            ("carbon.pcf_standards", Carbon, 13.0, Exact),
            ("carbon.electricity_cf_factors", Carbon, 2024.0, Exact),
            ("carbon.ets_expansion", Carbon, 3.0, Exact),
            ("carbon.ndc_2035", Carbon, 2035.0, Exact),
            ("fyp14.sinter_eliminated", Fyp, 1.2e8, AtLeast),
            ("fyp14.coke_ovens_eliminated", Fyp, 68_260_000.0, Exact),
            ("fyp14.coal_boilers_eliminated", Fyp, 30_000.0, About),
            ("fyp14.old_vehicles_eliminated", Fyp, 3.0e7, About),
            ("fyp14.rural_sewage_facilities", Fyp, 39_000.0, AtLeast),
        ];
        for (id, theme, value, qualifier) in expected {
            let f = get(id).unwrap_or_else(|| panic!("{id} missing"));
            assert_eq!(f.theme, theme, "{id}");
            assert!(close(f.value, value), "{id}: {} ≠ {value}", f.value);
            assert_eq!(f.qualifier, qualifier, "{id}");
        }
        assert!(get("ule.steel").is_none());
    }

    #[test]
    fn every_sentence_is_quoted_verbatim_from_the_seed() {
        let (hans, hant) = (seed(HANS), seed(HANT));
        for f in all() {
            let s = f.sentence;
            let at_hans = char_offset(&hans, s.zh_hans())
                .unwrap_or_else(|| panic!("{}: zh_hans sentence not in {HANS}", f.id));
            let at_hant = char_offset(&hant, s.zh_hant())
                .unwrap_or_else(|| panic!("{}: zh_hant sentence not in {HANT}", f.id));
            assert_eq!(
                at_hans, at_hant,
                "{}: the two sentences are not the same passage",
                f.id
            );
            // A whole sentence or clause: it starts after a full stop, a semicolon or a line
            // break, and ends with one.
            assert!(
                s.zh_hans().ends_with(['。', ';', '；']),
                "{}: sentence does not end at a full stop or semicolon",
                f.id
            );
            let before = hans.chars().nth(at_hans.wrapping_sub(1));
            assert!(
                at_hans == 0 || matches!(before, Some('\n' | '。' | ';' | '；')),
                "{}: sentence starts mid-sentence (after {before:?})",
                f.id
            );
        }
    }

    #[test]
    fn literals_are_in_the_sentences_and_read_as_the_values() {
        let mut pairs = HashSet::new();
        for f in all() {
            assert!(
                pairs.insert((f.sentence.zh_hans(), f.literal)),
                "{}: same literal in the same sentence as another figure",
                f.id
            );
            let at = whole_occurrence(f.sentence.zh_hans(), f.literal)
                .unwrap_or_else(|| panic!("{}: literal {:?} not in its sentence", f.id, f.literal));
            let parsed = parse_literal(f.literal);
            assert!(
                close(parsed, f.value),
                "{}: literal {:?} reads {parsed}, value is {}",
                f.id,
                f.literal,
                f.value
            );
            assert_eq!(qualifier_of(f.literal), f.qualifier, "{}: qualifier", f.id);
            // The same words in the Traditional sentence, at the same place, read the same.
            let hant: String = f
                .sentence
                .zh_hant()
                .chars()
                .skip(at)
                .take(f.literal.chars().count())
                .collect();
            assert!(
                close(parse_literal(&hant), f.value),
                "{}: zh_hant {hant:?} does not read {}",
                f.id,
                f.value
            );
            assert_eq!(
                qualifier_of(&hant),
                f.qualifier,
                "{}: zh_hant qualifier",
                f.id
            );
        }
    }

    #[test]
    fn english_sentences_give_the_same_numbers() {
        for f in all() {
            if let Some(n) = en_number(f) {
                assert!(
                    f.sentence.en().contains(&n),
                    "{}: English sentence lacks {n:?}: {}",
                    f.id,
                    f.sentence.en()
                );
            }
        }
    }

    #[test]
    fn values_fit_their_units() {
        for f in all() {
            assert!(f.value.is_finite(), "{}", f.id);
            match f.unit {
                FigureUnit::Percent | FigureUnit::PercentagePoints => {
                    assert!(
                        f.value.abs() <= 10.0,
                        "{}: share not stored as a fraction",
                        f.id
                    );
                }
                FigureUnit::Year => assert!((2000.0..=2100.0).contains(&f.value), "{}", f.id),
                _ => assert!(f.value > 0.0, "{}: negative count or quantity", f.id),
            }
            if f.unit.base_unit() == Some(Unit::Count) {
                assert!(f.value.fract().abs() < 1e-9, "{}: fractional count", f.id);
            }
            assert_eq!(f.year, 2025, "{}", f.id);
            if f.span == Span::FiveYearPlan {
                assert!(f.sentence.zh_hans().contains("“十四五”"), "{}", f.id);
            }
        }
    }

    #[test]
    fn every_text_is_complete() {
        for f in all() {
            assert!(f.sentence.is_complete(), "{} sentence", f.id);
        }
        for (what, text) in own_texts() {
            assert!(text.is_complete(), "{what} incomplete: {text:?}");
        }
    }

    #[test]
    fn traditional_texts_are_traditional() {
        let pairs = conversion_pairs();
        // Characters the converter changed that are also standard Traditional characters.
        let also_traditional = ['台', '准', '岩'];
        let simplified_only = |c: &char| pairs.contains_key(c) && !also_traditional.contains(c);
        for f in all() {
            if f.sentence.zh_hans().chars().any(|c| pairs.contains_key(&c)) {
                assert_ne!(f.sentence.zh_hant(), f.sentence.zh_hans(), "{}", f.id);
            }
        }
        for (what, text) in own_texts() {
            if text.zh_hans().chars().any(|c| pairs.contains_key(&c)) {
                assert_ne!(
                    text.zh_hant(),
                    text.zh_hans(),
                    "{what}: zh_hant is the Simplified text"
                );
            }
            let left: String = text.zh_hant().chars().filter(simplified_only).collect();
            assert!(
                left.is_empty(),
                "{what}: Simplified characters {left:?} in zh_hant"
            );
            assert_eq!(
                text.zh_hant().chars().count(),
                text.zh_hans().chars().count(),
                "{what}: the two scripts should say the same thing"
            );
        }
    }

    #[test]
    fn presets_name_the_right_figures() {
        for f in all() {
            if let Some(p) = f.preset {
                assert!(preset::ALL.contains(&p), "{}: unknown preset {p}", f.id);
                assert!(
                    f.theme.is_calculator(),
                    "{}: context figure with a preset",
                    f.id
                );
                assert!(f.theme.calculator().is_some(), "{}", f.id);
            }
        }
        for key in preset::ALL {
            assert!(
                by_preset(key).next().is_some(),
                "no figure for preset {key}"
            );
        }
        let ids = |key| by_preset(key).map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids(preset::ULE_STEEL), ["ule.steel.capacity_2025"]);
        assert_eq!(ids(preset::ULE_COKING), ["ule.coking.capacity_2025"]);
        assert_eq!(ids(preset::ULE_CEMENT), ["ule.cement.capacity_2025"]);
        assert_eq!(
            ids(preset::ULE_TRUCKS),
            [
                "transport.nev_heavy_trucks_2025",
                "transport.nev_heavy_trucks_growth_2025"
            ]
        );
        assert_eq!(
            ids(preset::TP_REPORT),
            ["water.tp.projects_2025", "water.tp.reduction_2025"]
        );
        assert_eq!(
            ids(preset::CARBON_ELECTRICITY_2024),
            ["carbon.electricity_cf_factors"]
        );
        assert_eq!(ids(preset::CARBON_ETS), ["carbon.ets_expansion"]);
        assert_eq!(by_preset("nope").count(), 0);
    }

    #[test]
    fn the_trucks_figures_carry_the_consistency_note() {
        let trucks = get("transport.nev_heavy_trucks_2025").map(|f| f.value);
        let growth = get("transport.nev_heavy_trucks_growth_2025").map(|f| f.value);
        let (Some(trucks), Some(growth)) = (trucks, growth) else {
            panic!("trucks figures missing");
        };
        let implied_2024 = trucks / (1.0 + growth);
        assert!(
            (71_500.0..73_000.0).contains(&implied_2024),
            "{implied_2024}"
        );
        for f in by_preset(preset::ULE_TRUCKS) {
            let note = f.note.unwrap_or_else(|| panic!("{}: no note", f.id));
            for part in ["72,000", "82,000", "172%"] {
                assert!(note.en().contains(part), "{}: note lacks {part}", f.id);
            }
            assert!(note.zh_hans().contains("7.2万") && note.zh_hans().contains("8.2万"));
            assert!(note.zh_hant().contains("7.2萬") && note.zh_hant().contains("8.2萬"));
        }
    }

    #[test]
    fn lookups_and_themes() {
        assert_eq!(all().len(), 54);
        for f in all() {
            assert_eq!(get(f.id).map(|g| g.id), Some(f.id));
        }
        assert!(get("").is_none());
        let mut total = 0;
        for theme in FigureTheme::ALL {
            let n = by_theme(theme)
                .inspect(|f| assert_eq!(f.theme, theme))
                .count();
            assert!(n > 0, "no figure for {theme:?}");
            total += n;
        }
        assert_eq!(total, all().len());
        // all() is grouped by theme, in page order.
        assert!(all().windows(2).all(|w| w[0].theme <= w[1].theme));
        let keys: HashSet<_> = FigureTheme::ALL.iter().map(|t| t.key()).collect();
        assert_eq!(keys.len(), FigureTheme::ALL.len());
        assert!(FigureTheme::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_report_is_cited() {
        for lang in Lang::ALL {
            let c = REPORT.citation(lang);
            assert!(
                c.contains(REPORT.title.get(lang)) && c.contains("2026"),
                "{c}"
            );
        }
        assert_eq!((REPORT.year, REPORT.month), (2026, 1));
        assert!(in_repo_seed(&format!("{}.txt", REPORT.seed)).exists());
        assert!(in_repo_seed(&format!("{}.zh-Hans.txt", REPORT.seed)).exists());
    }

    #[test]
    fn the_in_repo_seed_is_the_shared_one() {
        let mut compared = 0;
        for name in [HANS, HANT] {
            let ours = std::fs::read(in_repo_seed(name)).unwrap_or_else(|e| {
                panic!("{name} missing from crates/core/tests/data/seed/ ({e}): copy it from shared/seed/")
            });
            for dir in shared_seed_dirs() {
                if let Ok(theirs) = std::fs::read(dir.join(name)) {
                    assert!(ours == theirs, "{name} differs from {}", dir.display());
                    compared += 1;
                }
            }
        }
        if compared == 0 {
            eprintln!("shared/seed/ not found: the in-repo seed copy was not compared");
        }
    }
}
