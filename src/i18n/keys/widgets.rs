//! Keys of the shared widgets: number fields, factor citations, charts, input problems.

text_struct! {
    /// Strings of the shared widgets.
    pub struct WidgetText {
        /// A field's text is not a number.
        pub invalid_number: &'static str,
        /// `Problem::NotFinite`.
        pub problem_not_finite: &'static str,
        /// `Problem::Negative`.
        pub problem_negative: &'static str,
        /// `Problem::NotPositive`.
        pub problem_not_positive: &'static str,
        /// `Problem::AboveOne`.
        pub problem_above_one: &'static str,
        /// `Problem::AfterAboveBefore`.
        pub problem_after_above_before: &'static str,
        /// `Problem::OxygenTooHigh`.
        pub problem_oxygen_too_high: &'static str,
        /// `Problem::TooLarge`.
        pub problem_too_large: &'static str,
        /// `CalcError::MissingFactor` (followed by the id).
        pub missing_factor: &'static str,
        /// Label of a factor's grade.
        pub grade: &'static str,
        /// Label of a factor's source.
        pub source: &'static str,
        /// Label of a factor's range.
        pub range: &'static str,
        /// The range is the source's own.
        pub range_published: &'static str,
        /// The range is the grade's default spread.
        pub range_assumed: &'static str,
        /// Exact by definition.
        pub range_exact: &'static str,
        /// Propagated from a derived factor's inputs.
        pub range_propagated: &'static str,
        /// Label of a derived factor's formula.
        pub formula: &'static str,
        /// Label of the year the data refers to.
        pub data_year: &'static str,
        /// Label of a factor's note.
        pub note: &'static str,
        /// Marks a factor the user changed.
        pub changed_by_you: &'static str,
        /// Button that restores the library's value.
        pub reset: &'static str,
        /// Label of the library's value next to a changed factor.
        pub library_value: &'static str,
        /// Summary of a chart's table equivalent.
        pub as_table: &'static str,
        /// Column header: item.
        pub col_item: &'static str,
        /// Column header: central value.
        pub col_central: &'static str,
        /// Column header: low end.
        pub col_low: &'static str,
        /// Column header: high end.
        pub col_high: &'static str,
        /// Column header: unit.
        pub col_unit: &'static str,
    }
}
