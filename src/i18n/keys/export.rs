//! Keys of the export, import and print panel.

text_struct! {
    /// Strings of the export, import and print panel.
    pub struct ExportText {
        /// Heading of the panel.
        pub title: &'static str,
        /// What the exports hold.
        pub intro: &'static str,
        /// Button: download the JSON export.
        pub json: &'static str,
        /// Button: download the CSV of the results.
        pub csv: &'static str,
        /// Label of the file input that imports a JSON export.
        pub import: &'static str,
        /// Button: print.
        pub print: &'static str,
        /// Said after a successful import.
        pub imported: &'static str,
        /// The file could not be read.
        pub unreadable: &'static str,
        /// The file is not JSON.
        pub not_json: &'static str,
        /// The JSON is not a Qingshan export.
        pub not_export: &'static str,
        /// CSV header: calculator.
        pub col_section: &'static str,
        /// CSV header: key.
        pub col_key: &'static str,
        /// CSV header: item.
        pub col_item: &'static str,
        /// CSV header: central.
        pub col_central: &'static str,
        /// CSV header: low end of the all-ends bound (every factor at its low end).
        pub col_low: &'static str,
        /// CSV header: high end of the all-ends bound (every factor at its high end).
        pub col_high: &'static str,
        /// CSV header: unit.
        pub col_unit: &'static str,
        /// CSV header: method.
        pub col_method: &'static str,
        /// CSV header: the Monte Carlo 5th percentile (low end of the page's 90 % range).
        pub col_p5: &'static str,
        /// CSV header: the Monte Carlo 95th percentile (high end of the page's 90 % range).
        pub col_p95: &'static str,
    }
}
