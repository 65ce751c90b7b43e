//! Searching and filtering the factor library (the page's Sources view).
//!
//! A [`FactorQuery`] combines free text with three filters: theme, grade and data year. The text
//! is split into terms at white space; a factor matches when **every** term occurs in at least
//! one of its searchable fields:
//!
//! * the id (`carbon.elec.cf.2024.national`);
//! * the name in all three languages, so Simplified and Traditional input each find the factor
//!   by its name in that script (`碳足迹` and `碳足跡` find the same factors);
//! * the source's title (in the document's own language, usually Simplified Chinese), its
//!   publisher in the three languages, and its locator (table, annex, notice number).
//!
//! Matching is case-insensitive and ignores the differences [`fold`] removes: full-width Latin
//! letters and digits, and sub- and superscript digits (`co2` finds `CO₂`, `nm3` finds `Nm³`).
//! Notes are not searched: they repeat words such as "official" that would match almost
//! everything. Traditional input is not converted to Simplified, so a Traditional search for a
//! word of a (Simplified) source title finds nothing; names are in both scripts.
//!
//! Everything here is a pure function of the library and the query; [`SearchIndex`] only
//! precomputes each factor's folded text once so that a keystroke costs one pass of substring
//! searches over 466 short strings.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Factor, FactorDef, Grade, Library, Theme};
use crate::text::Lang;

/// Which data years a query keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum YearFilter {
    /// Every factor, with or without a data year.
    #[default]
    Any,
    /// Factors whose data refer to this year ([`FactorDef::year`]).
    Year(u16),
    /// Factors with no data year (limits, constants, coefficients).
    NoYear,
}

impl YearFilter {
    /// True when a factor with data year `year` passes the filter.
    pub fn matches(self, year: Option<u16>) -> bool {
        match self {
            YearFilter::Any => true,
            YearFilter::Year(y) => year == Some(y),
            YearFilter::NoYear => year.is_none(),
        }
    }
}

/// A search of the factor library: free text and three filters, all optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FactorQuery {
    /// Free text, as the user typed it (terms separated by white space, all required).
    pub text: String,
    /// Keep only this theme.
    pub theme: Option<Theme>,
    /// Keep only this grade.
    pub grade: Option<Grade>,
    /// Keep only these data years.
    pub year: YearFilter,
}

impl FactorQuery {
    /// True when the query keeps every factor (no text, no filter).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.theme.is_none()
            && self.grade.is_none()
            && self.year == YearFilter::Any
    }

    /// The query's text as folded terms (see [`fold`]); empty when there is no text.
    pub fn terms(&self) -> Vec<String> {
        self.text.split_whitespace().map(fold).collect()
    }

    /// True when `f` passes the filters and contains every term of the text.
    pub fn matches(&self, f: &Factor) -> bool {
        self.passes_filters(f.def) && contains_all(&haystack(f.def), &self.terms())
    }

    fn passes_filters(&self, d: &FactorDef) -> bool {
        self.theme.is_none_or(|t| t == d.theme)
            && self.grade.is_none_or(|g| g == d.grade)
            && self.year.matches(d.year)
    }
}

fn contains_all(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}

/// Folds text for matching: lower case; full-width ASCII (`ＣＯ２`) and the ideographic space to
/// ASCII; sub- and superscript digits to plain digits.
///
/// Lower case is [`lower`]'s: the letters of Latin (ASCII and Latin-1), Greek and Cyrillic, not
/// all of Unicode. `char::to_lowercase` would bring the standard library's case tables (≈ 11 KB
/// of data, ≈ 4.7 KB gzip, in the part of the wasm every first visit loads: docs/size.md). A
/// search matches a folded query against folded library text, so folding only the scripts the
/// library's cased letters come from matches exactly what full folding would: a letter of
/// another script, folded or not, is in no haystack. A test holds the library to that.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            // Full-width forms of the printable ASCII range.
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2080}'..='\u{2089}' => char::from_u32(c as u32 - 0x2080 + '0' as u32).unwrap_or(c),
            '\u{2070}' => '0',
            '\u{00b9}' => '1',
            '\u{00b2}' => '2',
            '\u{00b3}' => '3',
            '\u{2074}'..='\u{2079}' => char::from_u32(c as u32 - 0x2070 + '0' as u32).unwrap_or(c),
            c => c,
        };
        out.push(lower(c));
    }
    out
}

/// The lower case of a capital letter of Latin (ASCII and Latin-1), Greek or Cyrillic; any
/// other character as it is.
#[must_use]
pub fn lower(c: char) -> char {
    let shift = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'Α'..='Ρ' | 'Σ'..='Ϋ' | 'А'..='Я' => 0x20,
        'Ѐ'..='Џ' => 0x50,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

/// The folded searchable text of a factor: its fields, one per line (a term never contains a
/// line break, so a match never spans two fields).
pub fn haystack(d: &FactorDef) -> String {
    let mut fields: Vec<&str> = vec![d.id];
    fields.extend(Lang::ALL.iter().map(|l| d.name.get(*l)));
    fields.push(d.source.title);
    fields.extend(Lang::ALL.iter().map(|l| d.source.publisher.get(*l)));
    fields.extend(d.source.locator);
    fold(&fields.join("\n"))
}

/// A library with each factor's searchable text folded once.
#[derive(Debug)]
pub struct SearchIndex<'a> {
    library: &'a Library,
    haystacks: Vec<String>,
}

impl<'a> SearchIndex<'a> {
    /// Folds the searchable text of every factor of `library`.
    pub fn new(library: &'a Library) -> Self {
        let haystacks = library.iter().map(|f| haystack(f.def)).collect();
        SearchIndex { library, haystacks }
    }

    /// The index of [`Library::standard`], built on first use and again whenever the texts
    /// change: in the browser, a language's factor names arrive with its language pack
    /// ([`crate::text::install`]), and a name matches only in the languages that have arrived.
    pub fn standard() -> Rc<SearchIndex<'static>> {
        thread_local! {
            static INDEX: RefCell<Option<(u32, Rc<SearchIndex<'static>>)>> =
                const { RefCell::new(None) };
        }
        let generation = crate::text::generation();
        INDEX.with(|cell| {
            let mut cell = cell.borrow_mut();
            if let Some((built, index)) = &*cell {
                if *built == generation {
                    return Rc::clone(index);
                }
            }
            let index = Rc::new(SearchIndex::new(Library::standard()));
            *cell = Some((generation, Rc::clone(&index)));
            index
        })
    }

    /// The library it indexes.
    pub fn library(&self) -> &'a Library {
        self.library
    }

    /// The factors that match `query`, in library order.
    pub fn filter(&self, query: &FactorQuery) -> Vec<&'a Factor> {
        self.library
            .iter()
            .zip(self.mask(query))
            .filter_map(|(f, keep)| keep.then_some(f))
            .collect()
    }

    /// For each factor, in library order: does it match `query`? (The page keeps every row
    /// and hides the others, which is cheaper than creating and removing them.)
    pub fn mask(&self, query: &FactorQuery) -> Vec<bool> {
        let terms = query.terms();
        self.library
            .iter()
            .zip(&self.haystacks)
            .map(|(f, h)| query.passes_filters(f.def) && contains_all(h, &terms))
            .collect()
    }
}

/// Every data year the library's factors refer to, newest first, each once.
pub fn data_years(library: &Library) -> Vec<u16> {
    // A binary-search insert into the descending list, rather than sort + dedup: a few dozen
    // distinct years, and no sort routine instantiated for `u16` in the wasm (docs/size.md).
    let mut years: Vec<u16> = Vec::new();
    for y in library.iter().filter_map(|f| f.def.year) {
        if let Err(at) = years.binary_search_by(|probe| y.cmp(probe)) {
            years.insert(at, y);
        }
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    fn ids(found: &[&Factor]) -> BTreeSet<&'static str> {
        found.iter().map(|f| f.def.id).collect()
    }

    fn query(text: &str) -> FactorQuery {
        FactorQuery {
            text: text.to_string(),
            ..FactorQuery::default()
        }
    }

    fn index() -> Rc<SearchIndex<'static>> {
        SearchIndex::standard()
    }

    #[test]
    fn the_empty_query_keeps_all_466_factors_in_order() {
        let all = index().filter(&FactorQuery::default());
        assert_eq!(all.len(), 466);
        assert!(FactorQuery::default().is_empty());
        let lib_order: Vec<&str> = Library::standard().iter().map(|f| f.def.id).collect();
        let found: Vec<&str> = all.iter().map(|f| f.def.id).collect();
        assert_eq!(found, lib_order);
        // White space alone is no text.
        assert_eq!(index().filter(&query("  \u{3000} ")).len(), 466);
    }

    /// factors.md, section C, official figures mentioning 2024 in id, name, source title,
    /// publisher or locator:
    /// * C1 (footprint factors): the 2024 column's official rows are the national average
    ///   (0.5777), T&D excluding losses (0.0046) and T&D including losses (≈ 0.0327); wind,
    ///   photovoltaic and biomass are official for 2023 only.
    /// * C2 (emission factors): the 2021 data are in 公告 2024年第12号 and the 2022 data in
    ///   公告 2024年第33号, so every official 2021 and 2022 value matches by its source. Official
    ///   2021: national and fossil (the ex-market and regional 2021 values are secondary).
    ///   Official 2022: national, ex-market, fossil and the seven regional grids. The
    ///   provincial values are secondary.
    /// * C3–C8: the only other official carbon figures (ETS work plan 2025, NDC 2035) do not
    ///   mention 2024; GB/T 32151.22-2024 is secondary.
    #[test]
    fn carbon_official_2024_finds_the_factors_counted_from_factors_md() {
        let q = FactorQuery {
            text: "2024".into(),
            theme: Some(Theme::Carbon),
            grade: Some(Grade::Official),
            year: YearFilter::Any,
        };
        let mut expected: BTreeSet<&str> = [
            "carbon.elec.cf.2024.national",
            "carbon.elec.cf.2024.td",
            "carbon.elec.cf.2024.td_with_losses",
            "carbon.elec.ef.2021.national",
            "carbon.elec.ef.2021.fossil",
            "carbon.elec.ef.2022.national",
            "carbon.elec.ef.2022.national_ex_market",
            "carbon.elec.ef.2022.fossil",
        ]
        .into_iter()
        .collect();
        for grid in [
            "north",
            "northeast",
            "east",
            "central",
            "northwest",
            "south",
            "southwest",
        ] {
            expected.insert(Box::leak(
                format!("carbon.elec.ef.2022.region.{grid}").into_boxed_str(),
            ));
        }
        assert_eq!(expected.len(), 3 + 2 + 10);
        let found = index().filter(&q);
        assert_eq!(ids(&found), expected);
        // The pure predicate agrees with the index.
        let by_predicate: Vec<&Factor> = Library::standard()
            .iter()
            .filter(|f| q.matches(f))
            .collect();
        assert_eq!(ids(&by_predicate), expected);

        // The same filters with data year 2024 instead of the text: C1's three official 2024
        // rows only (C2's data years are 2021–2023).
        let by_year = FactorQuery {
            text: String::new(),
            year: YearFilter::Year(2024),
            ..q
        };
        assert_eq!(
            ids(&index().filter(&by_year)),
            [
                "carbon.elec.cf.2024.national",
                "carbon.elec.cf.2024.td",
                "carbon.elec.cf.2024.td_with_losses"
            ]
            .into_iter()
            .collect()
        );
    }

    /// factors.md C1 has 10 footprint rows for 2023 and 11 for 2024 (T&D including losses is
    /// 2024 only): 21 factors, found alike by their Simplified, Traditional and English names.
    #[test]
    fn simplified_traditional_and_english_names_find_the_same_footprint_factors() {
        let hans = ids(&index().filter(&query("碳足迹因子")));
        let hant = ids(&index().filter(&query("碳足跡因子")));
        let en = ids(&index().filter(&query("Electricity CARBON-footprint factor")));
        assert_eq!(hans.len(), 21, "{hans:?}");
        assert_eq!(hans, hant);
        assert_eq!(hans, en);
        assert!(hans.iter().all(|id| id.starts_with("carbon.elec.cf.")));
    }

    /// `lower` against the standard library's full case mapping: never a different letter, and
    /// the same as it on every character of the library's searchable text, so a search finds
    /// what full case folding would.
    #[test]
    fn lower_case_agrees_with_unicode_where_the_library_needs_it() {
        let full = |c: char| -> Option<char> {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => Some(x),
                _ => None,
            }
        };
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let ours = lower(c);
            assert!(ours == c || Some(ours) == full(c), "{c:?} → {ours:?}");
        }
        let mut unfolded = BTreeSet::new();
        for f in Library::standard().iter() {
            let mut fields: Vec<&str> = vec![f.def.id, f.def.source.title];
            for l in Lang::ALL {
                fields.push(f.def.name.get(l));
                fields.push(f.def.source.publisher.get(l));
            }
            fields.extend(f.def.source.locator);
            for c in fields.iter().flat_map(|t| t.chars()) {
                if Some(lower(c)) != full(c) {
                    unfolded.insert(c);
                }
            }
        }
        // Full-width capitals are folded to ASCII before `lower`, so they are not missed.
        unfolded.retain(|c| !('\u{ff21}'..='\u{ff3a}').contains(c));
        assert!(
            unfolded.is_empty(),
            "letters `lower` does not fold: {unfolded:?}"
        );
    }

    #[test]
    fn terms_are_all_required_and_folded() {
        // Two terms: only the 2024 national footprint factor is both "2024" and "national
        // average" among the footprint factors.
        let found = ids(&index().filter(&query("碳足迹 2024 national")));
        assert_eq!(
            found,
            ["carbon.elec.cf.2024.national"].into_iter().collect()
        );
        // Full-width and subscript forms fold to ASCII: "ＣＯ2" finds the names with CO₂.
        assert_eq!(fold("ＣＯ２"), "co2");
        assert_eq!(fold("ΣÉÞЖЁ Straße"), "σéþжё straße");
        assert_eq!(fold("CO₂e Nm³"), "co2e nm3");
        let co2 = index().filter(&query("ＣＯ2"));
        assert!(co2.iter().all(|f| haystack(f.def).contains("co2")));
        assert_eq!(co2.len(), index().filter(&query("co₂")).len());
        assert!(!co2.is_empty());
        // A term found nowhere empties the result.
        assert!(index().filter(&query("2024 zzzz-no-such-word")).is_empty());
    }

    #[test]
    fn publisher_title_and_locator_are_searched() {
        // The 2023 footprint factors are in notice 公告 2025年第3号 (factors.md C1): 10 rows.
        let notice = index().filter(&query("2025年第3号"));
        assert_eq!(notice.len(), 10);
        assert!(notice
            .iter()
            .all(|f| f.def.id.starts_with("carbon.elec.cf.2023.")));
        // The publisher's English abbreviation finds the same factors as its Chinese name.
        let q = |text: &str| FactorQuery {
            text: text.into(),
            theme: Some(Theme::Carbon),
            ..FactorQuery::default()
        };
        assert_eq!(
            ids(&index().filter(&q("MEE, NBS, NEA"))),
            ids(&index().filter(&q("生态环境部、国家统计局、国家能源局")))
        );
    }

    #[test]
    fn data_years_are_distinct_and_newest_first() {
        let years = data_years(Library::standard());
        assert!(years.windows(2).all(|w| w[0] > w[1]));
        // factors.md: the NDC's target year and the C1/C2 data years are all there.
        for y in [2035, 2024, 2023, 2022, 2021, 2018] {
            assert!(years.contains(&y), "{y} missing from {years:?}");
        }
    }

    #[test]
    fn each_filter_partitions_the_library() {
        let n = |q: FactorQuery| index().filter(&q).len();
        let total = Library::standard().len();
        let by_theme: usize = Theme::ALL
            .iter()
            .map(|t| {
                n(FactorQuery {
                    theme: Some(*t),
                    ..FactorQuery::default()
                })
            })
            .sum();
        assert_eq!(by_theme, total);
        let by_grade: Vec<usize> = Grade::ALL
            .iter()
            .map(|g| {
                n(FactorQuery {
                    grade: Some(*g),
                    ..FactorQuery::default()
                })
            })
            .collect();
        // CHANGELOG-factors.md 2026.1: 66 official, 344 secondary, 27 derived, 29 unverified.
        assert_eq!(by_grade, vec![66, 344, 27, 29]);
        let mut by_year: usize = data_years(Library::standard())
            .into_iter()
            .map(|y| {
                n(FactorQuery {
                    year: YearFilter::Year(y),
                    ..FactorQuery::default()
                })
            })
            .sum();
        by_year += n(FactorQuery {
            year: YearFilter::NoYear,
            ..FactorQuery::default()
        });
        assert_eq!(by_year, total);
    }

    fn arb_query() -> impl Strategy<Value = FactorQuery> {
        let theme = prop::option::of(prop::sample::select(Theme::ALL.to_vec()));
        let grade = prop::option::of(prop::sample::select(Grade::ALL.to_vec()));
        let year = prop_oneof![
            Just(YearFilter::Any),
            Just(YearFilter::NoYear),
            (2010u16..2036).prop_map(YearFilter::Year),
        ];
        let words = prop::sample::select(vec![
            "", "2024", "carbon", "碳", "電", "电", "ule", "Official", "MEE", "co2", "限值", "tp.",
            "x", "ＧＢ", "2023",
        ]);
        (prop::collection::vec(words, 0..3), theme, grade, year).prop_map(
            |(words, theme, grade, year)| FactorQuery {
                text: words.join(" "),
                theme,
                grade,
                year,
            },
        )
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_and_results_are_a_subsequence(text in ".{0,40}") {
            let found = index().filter(&query(&text));
            prop_assert!(found.len() <= 466);
            let order: Vec<&str> = Library::standard().iter().map(|f| f.def.id).collect();
            let mut pos = 0;
            for f in &found {
                let i = order[pos..].iter().position(|id| *id == f.def.id);
                prop_assert!(i.is_some(), "{} out of order", f.def.id);
                pos += i.unwrap_or(0) + 1;
            }
        }

        #[test]
        fn a_further_term_or_filter_never_adds_factors(q in arb_query(), extra in "[a-z0-9]{0,3}") {
            let base = ids(&index().filter(&q));
            let narrower = FactorQuery { text: format!("{} {extra}", q.text), ..q.clone() };
            prop_assert!(ids(&index().filter(&narrower)).is_subset(&base));
            let themed = FactorQuery { theme: Some(Theme::Carbon), ..q.clone() };
            if q.theme.is_none() {
                prop_assert!(ids(&index().filter(&themed)).is_subset(&base));
            }
        }

        #[test]
        fn the_mask_marks_exactly_the_filtered_factors(q in arb_query()) {
            let mask = index().mask(&q);
            prop_assert_eq!(mask.len(), 466);
            let by_mask: BTreeSet<&str> = Library::standard()
                .iter()
                .zip(&mask)
                .filter_map(|(f, keep)| keep.then_some(f.def.id))
                .collect();
            prop_assert_eq!(by_mask, ids(&index().filter(&q)));
        }

        #[test]
        fn case_does_not_matter_and_the_predicate_agrees(q in arb_query()) {
            let upper = FactorQuery { text: q.text.to_uppercase(), ..q.clone() };
            prop_assert_eq!(ids(&index().filter(&q)), ids(&index().filter(&upper)));
            let by_predicate: Vec<&Factor> =
                Library::standard().iter().filter(|f| q.matches(f)).collect();
            prop_assert_eq!(ids(&index().filter(&q)), ids(&by_predicate));
        }
    }
}
