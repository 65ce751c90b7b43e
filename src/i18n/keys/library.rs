//! Keys of the report-figures and sources views.
//!
//! Strings with `{name}` placeholders are templates: the view replaces each placeholder with a
//! number or a name (never with translated text of its own).

text_struct! {
    /// Strings of the report-figures and sources views.
    pub struct LibraryText {
        // ---- Sources view: the factor set
        /// Heading of the factor-set block.
        pub set_heading: &'static str,
        /// Label of the factor set's version.
        pub set_version: &'static str,
        /// Label of the library's content hash.
        pub set_hash: &'static str,
        /// Label of the number of factors.
        pub set_size: &'static str,
        /// Where the changes between versions are listed (names CHANGELOG-factors.md).
        pub set_changelog: &'static str,
        /// Heading of the range policy.
        pub ranges_heading: &'static str,
        /// Ranges the source gives.
        pub ranges_published: &'static str,
        /// Exact values: limits, targets, constants, counts.
        pub ranges_exact: &'static str,
        /// Ranges assumed from the grade (followed by the list of spreads per grade).
        pub ranges_assumed: &'static str,
        /// Derived factors: first-order propagation.
        pub ranges_propagated: &'static str,
        /// Where the full policy is written (names docs/factor-ranges.md).
        pub ranges_doc: &'static str,

        // ---- Sources view: the table
        /// Heading of the searchable table.
        pub table_heading: &'static str,
        /// Accessible name of the group of search and filter controls.
        pub filters_label: &'static str,
        /// Label of the search field.
        pub search_label: &'static str,
        /// What the search field looks in.
        pub search_hint: &'static str,
        /// Label of the theme (calculator) filter.
        pub theme_label: &'static str,
        /// The theme filter's "no filter" choice.
        pub theme_all: &'static str,
        /// The grade filter's "no filter" choice.
        pub grade_all: &'static str,
        /// The data-year filter's "no filter" choice.
        pub year_all: &'static str,
        /// The data-year filter's choice for factors without a data year.
        pub year_none: &'static str,
        /// Button that clears the search and the filters.
        pub clear: &'static str,
        /// Template: `{shown}` of `{total}` factors shown.
        pub count_shown: &'static str,
        /// Shown when nothing matches.
        pub no_match: &'static str,
        /// Tells narrow screens that the table scrolls sideways.
        pub scroll_hint: &'static str,
        /// Column: the factor's id.
        pub col_id: &'static str,
        /// Column: the factor's name.
        pub col_name: &'static str,
        /// Column: the factor's central value.
        pub col_value: &'static str,
        /// Column: formula (derived factors) and notes.
        pub col_details: &'static str,
        /// Label before a derived factor's input ids.
        pub inputs: &'static str,
        /// Shown in the unit column for a pure ratio.
        pub unit_ratio: &'static str,
        /// Template: the source's publication `{year}`.
        pub published_year: &'static str,

        // ---- Report-figures view
        /// Label before the report's citation.
        pub quoted_from: &'static str,
        /// Label before the conference's dates and place.
        pub conference: &'static str,
        /// Template: `{figures}` figures under `{themes}` themes.
        pub figures_count: &'static str,
        /// Under a context theme: no calculator starts from its figures.
        pub context_theme: &'static str,
        /// Label of a figure's value.
        pub fig_value: &'static str,
        /// Label of the report's own wording of the number.
        pub fig_literal: &'static str,
        /// Label of the period a figure covers.
        pub fig_period: &'static str,
        /// Template: a calendar `{year}`.
        pub year_fmt: &'static str,
        /// Label of the report's sentence (in the user's script).
        pub sentence_label: &'static str,
        /// Label of the English rendering of the sentence.
        pub english_rendering: &'static str,
        /// Label of the original Simplified Chinese sentence shown with the English rendering.
        pub original_sentence: &'static str,
        /// Button that opens the calculator preset built on a figure (followed by the
        /// calculator's name).
        pub open_in_calculator: &'static str,
    }
}
