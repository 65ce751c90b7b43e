//! Keys of the ranges-and-sensitivity parts (issue 9): the Monte Carlo range, the tornado chart,
//! the top-drivers sentence and the method note. Shared by every calculator.

text_struct! {
    /// Strings of the uncertainty parts.
    pub struct UncertaintyText {
        /// Label of the Monte Carlo range; `{n}` is the number of samples.
        pub mc_range: &'static str,
        /// Label of the three-point bound (every factor at its low, then at its high end).
        pub bounds: &'static str,
        /// Said when every Monte Carlo sample of the result rounds to the same shown value: its
        /// factors have no range, or the result does not depend on them in this scenario (a result
        /// of 0, e.g. electricity in a fuel-only footprint). Must stay true in both cases.
        pub no_spread: &'static str,
        /// Said when samples failed; `{failed}` and `{n}` are counts.
        pub failed: &'static str,
        /// Said when every sample failed.
        pub all_failed: &'static str,
        /// Title of the tornado chart.
        pub tornado_title: &'static str,
        /// What a tornado bar is.
        pub tornado_intro: &'static str,
        /// Legend: the output with the factor at its low end.
        pub at_low: &'static str,
        /// Legend: the output with the factor at its high end.
        pub at_high: &'static str,
        /// Label of the central line.
        pub central: &'static str,
        /// Column: the factor.
        pub col_factor: &'static str,
        /// Column: its share of the one-at-a-time spread.
        pub col_share: &'static str,
        /// Column: the unit.
        pub col_unit: &'static str,
        /// Summary of the table equivalent.
        pub as_table: &'static str,
        /// One driver: `{a}` its name, `{p}` its share.
        pub drivers_one: &'static str,
        /// Two or more drivers: `{a}`, `{p}`, then `{b}`, `{q}`.
        pub drivers_two: &'static str,
        /// Nothing moves the result.
        pub drivers_none: &'static str,
        /// Summary of the method note.
        pub method_title: &'static str,
        /// Method: the laws.
        pub method_laws: &'static str,
        /// Method: factors drawn once per sample and shared.
        pub method_shared: &'static str,
        /// Method: samples and seed; `{n}` is the number of samples.
        pub method_samples: &'static str,
        /// Method: the 90 % range.
        pub method_percentiles: &'static str,
        /// Method: the tornado's one-at-a-time swings.
        pub method_tornado: &'static str,
        /// Method: what is not sampled (user inputs and changed factors).
        pub method_constants: &'static str,
        /// Label of the buttons that choose which pollutant the ULE tornado is about.
        pub choose_output: &'static str,
        /// Short label of a secondary result's Monte Carlo range, before "a – b unit" ("90 %").
        pub range_short: &'static str,
        /// A secondary result whose samples do not spread (see `no_spread`: not always because its
        /// factors are exact).
        pub no_spread_short: &'static str,
        /// Column header of a table's Monte Carlo 90 % range.
        pub col_mc: &'static str,
        /// Method: every result, not only the headline, gets its range from the same samples.
        pub method_every: &'static str,
        /// Under a chart whose whiskers are the Monte Carlo range: what the whiskers are.
        pub whiskers_note: &'static str,
    }
}
