//! Keys of the comparison panel.

text_struct! {
    /// Strings of the comparison panel.
    pub struct CompareText {
        /// Heading of the panel.
        pub title: &'static str,
        /// How comparing works.
        pub intro: &'static str,
        /// Button: keep the current scenario as a variant.
        pub keep: &'static str,
        /// Said when two variants are already kept.
        pub full: &'static str,
        /// Name of the current scenario's column.
        pub current: &'static str,
        /// Name of a variant's column (followed by its letter).
        pub variant: &'static str,
        /// Button: make a variant the current scenario.
        pub open: &'static str,
        /// Button: forget a variant.
        pub remove: &'static str,
        /// Column: difference from the current scenario.
        pub difference: &'static str,
        /// Caption of the difference table.
        pub table_caption: &'static str,
        /// Title of the overlaid chart.
        pub chart_title: &'static str,
        /// Said when the scenarios have no results in common.
        pub nothing: &'static str,
        /// Checkbox: show only the results that differ between scenarios.
        pub only_differ: &'static str,
        /// Said when no result differs.
        pub none_differ: &'static str,
        /// Label of the list choosing the unit of the chart.
        pub chart_unit: &'static str,
    }
}
