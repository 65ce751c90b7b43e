//! Keys of calculator 1, ultra-low-emission retrofits.

text_struct! {
    /// Strings of calculator 1, ultra-low-emission retrofits (without the heavy-trucks panel).
    pub struct UleText {
        /// Accessible name of the sector buttons.
        pub sector_switch: &'static str,
        /// Before the report's citation under the quote.
        pub quote_from: &'static str,
        /// Heading of the inputs panel, followed by the sector.
        pub inputs_title: &'static str,
        /// Followed by the sector's product.
        pub per_tonne_of: &'static str,
        /// Label: retrofitted capacity.
        pub capacity: &'static str,
        /// Hint before the report's capacity.
        pub capacity_report: &'static str,
        /// Hint after the report's capacity.
        pub capacity_report_source: &'static str,
        /// Marks an input that is the report's figure.
        pub from_report: &'static str,
        /// Label: utilisation rate.
        pub utilisation: &'static str,
        /// Summary of the utilisation factor's pedigree.
        pub utilisation_source: &'static str,
        /// Appended to the coking utilisation hint.
        pub utilisation_proxy: &'static str,
        /// Why the ferrous rate stands in for coking.
        pub utilisation_proxy_why: &'static str,
        /// Before a default's value or origin.
        pub default_is: &'static str,
        /// A required input with no sourced default is empty.
        pub required: &'static str,
        /// A sector's result is missing an input.
        pub needs_input: &'static str,
        /// Before the problem of a marked input.
        pub check_marked: &'static str,
        /// Legend of the method choice.
        pub method: &'static str,
        /// Radio: concentration method.
        pub method_concentration: &'static str,
        /// Radio: intensity method.
        pub method_intensity: &'static str,
        /// Before the reason for the default method.
        pub method_default: &'static str,
        /// Why steel defaults to the intensity method.
        pub default_method_steel: &'static str,
        /// Why coking defaults to the concentration method.
        pub default_method_coking: &'static str,
        /// Why cement defaults to the concentration method.
        pub default_method_cement: &'static str,
        /// Explains the concentration inputs.
        pub concentration_intro: &'static str,
        /// Checkbox: count this emission point.
        pub count_point: &'static str,
        /// Before the product of a point that makes the sector's product.
        pub ratio_fixed: &'static str,
        /// Ratio label, before the point's product.
        pub ratio_label_a: &'static str,
        /// Ratio label, between the two products.
        pub ratio_label_b: &'static str,
        /// Unit of a product ratio.
        pub ratio_unit: &'static str,
        /// Hint of a product ratio.
        pub ratio_required: &'static str,
        /// Warning on the coke-oven flue-gas volume.
        pub volume_unverified: &'static str,
        /// Before the reference O₂ of a point's concentrations.
        pub conc_at_ref: &'static str,
        /// A point whose limits have no reference O₂.
        pub no_ref_o2: &'static str,
        /// Label part: concentration before.
        pub before: &'static str,
        /// Label part: concentration after.
        pub after: &'static str,
        /// After the replaced standard's name in a hint.
        pub upper_bound_short: &'static str,
        /// Hint of a point with no sourced 'before' limit.
        pub before_required: &'static str,
        /// The ULE limit.
        pub ule_limit: &'static str,
        /// Explains the intensity inputs.
        pub intensity_intro: &'static str,
        /// Label part: baseline intensity.
        pub baseline_intensity: &'static str,
        /// Hint of a derived intensity.
        pub derived_default: &'static str,
        /// Summary of a derived value's formula and inputs.
        pub how_derived: &'static str,
        /// Label part: expected reduction share.
        pub reduction: &'static str,
        /// Hint where no reduction share is sourced.
        pub reduction_required: &'static str,
        /// Hint of a reduction share the user set.
        pub reduction_yours: &'static str,
        /// What the steel intensity method rests on.
        pub intensity_caveat_steel: &'static str,
        /// What the coking intensity method rests on.
        pub intensity_caveat_coking: &'static str,
        /// What the cement intensity method rests on.
        pub intensity_caveat_cement: &'static str,
        /// Button: reset the sector.
        pub reset_sector: &'static str,
        /// Heading of the results.
        pub results_title: &'static str,
        /// Explains the ranges.
        pub range_note: &'static str,
        /// Before a pollutant in the totals.
        pub total_avoided: &'static str,
        /// Some sectors lack an input.
        pub incomplete: &'static str,
        /// Before the method a sector's result used.
        pub method_used: &'static str,
        /// A result resting on old limits.
        pub note_upper_bound: &'static str,
        /// A result above the sector's whole national baseline.
        pub note_above_baseline: &'static str,
        /// A result resting on the unverified coke-oven volume.
        pub note_coke_volume: &'static str,
        /// A result resting on the proxy utilisation.
        pub note_utilisation_proxy: &'static str,
        /// A result resting on the derived cement intensity.
        pub note_derived_cement: &'static str,
        /// A result resting on the derived coking intensity.
        pub note_derived_coking: &'static str,
        /// A result resting on the GB 16171-2024 cuts.
        pub note_coking_cut: &'static str,
        /// What the steel intensity result rests on.
        pub note_steel_expected: &'static str,
        /// Title of the chart.
        pub chart_title: &'static str,
        /// Caption of the results table.
        pub table_caption: &'static str,
        /// Column: sector and pollutant.
        pub col_sector_pollutant: &'static str,
        /// Column: avoided.
        pub col_avoided: &'static str,
        /// Column: range.
        pub col_range: &'static str,
        /// Column: intensity before and after.
        pub col_intensity: &'static str,
        /// Column: share of the national baseline.
        pub col_share: &'static str,
        /// No comparable national baseline.
        pub no_baseline: &'static str,
        /// Which baseline each sector is compared with.
        pub baseline_note: &'static str,
        /// Heading of the steel costs.
        pub cost_title: &'static str,
        /// Investment.
        pub investment: &'static str,
        /// Yearly operating cost.
        pub operating: &'static str,
        /// Operating cost per tonne avoided.
        pub per_tonne: &'static str,
        /// Definition of the cost per tonne.
        pub per_tonne_definition: &'static str,
        /// Summary of the cost factors' pedigree.
        pub cost_sources: &'static str,
        /// Cost per tonne with nothing avoided.
        pub nothing_avoided: &'static str,
        /// 'per year' after yuan.
        pub year_unit: &'static str,
        /// Unit of an economic life.
        pub years_unit: &'static str,
        /// Unit of a cost per tonne of pollutant.
        pub yuan_per_t_pollutant: &'static str,
        /// Checkbox: annualise the investment.
        pub annualise: &'static str,
        /// What the annualised figures rest on.
        pub annualise_note: &'static str,
        /// Label: discount rate.
        pub annualise_rate: &'static str,
        /// Label: economic life.
        pub annualise_years: &'static str,
        /// Annualised investment.
        pub annualised_investment: &'static str,
        /// Cost per tonne including the annualised investment.
        pub per_tonne_with_investment: &'static str,
        /// Heading of the compliance check.
        pub check_title: &'static str,
        /// Explains the compliance check.
        pub check_intro: &'static str,
        /// Label: emission point.
        pub check_point: &'static str,
        /// Label: pollutant.
        pub check_pollutant: &'static str,
        /// Label: measured concentration.
        pub check_measured: &'static str,
        /// Label: measured O₂.
        pub check_o2: &'static str,
        /// Hint of the measured O₂.
        pub check_o2_hint: &'static str,
        /// Hint where the point has no reference O₂.
        pub check_no_ref_o2: &'static str,
        /// No measured value yet.
        pub check_enter: &'static str,
        /// No limit for this pollutant here.
        pub check_no_limit: &'static str,
        /// Verdict: compliant.
        pub compliant: &'static str,
        /// Verdict: not compliant.
        pub not_compliant: &'static str,
        /// Before the checked value.
        pub check_value: &'static str,
        /// Before the reference O₂ of a checked value.
        pub at_ref_o2: &'static str,
        /// The value was O₂-corrected.
        pub check_corrected: &'static str,
        /// The measured O₂ was not used.
        pub check_o2_ignored: &'static str,
        /// Before the margin below the limit.
        pub margin: &'static str,
        /// Button: use the corrected value as 'before'.
        pub use_as_before: &'static str,
        /// Button: use the corrected value as 'after'.
        pub use_as_after: &'static str,
        /// Summary of the limit's pedigree.
        pub limit_source: &'static str,
        /// What one reading can and cannot show.
        pub check_hourly: &'static str,
        /// Heading of the how-panel.
        pub explain_title: &'static str,
        /// Heading of a sector's factor list.
        pub factors_used: &'static str,
        /// Formula label: output.
        pub f_output_label: &'static str,
        /// Formula: output.
        pub f_output: &'static str,
        /// Formula label: concentration method.
        pub f_concentration_label: &'static str,
        /// Formula: concentration method.
        pub f_concentration: &'static str,
        /// Formula label: intensity method.
        pub f_intensity_label: &'static str,
        /// Formula: intensity method.
        pub f_intensity: &'static str,
        /// Formula label: O₂ correction.
        pub f_o2_label: &'static str,
        /// Formula: O₂ correction.
        pub f_o2: &'static str,
        /// Formula label: share of baseline.
        pub f_share_label: &'static str,
        /// Formula: share of baseline.
        pub f_share: &'static str,
        /// Formula label: steel cost.
        pub f_cost_label: &'static str,
        /// Formula: steel cost.
        pub f_cost: &'static str,
        /// Formula label: range.
        pub f_range_label: &'static str,
        /// How the range is obtained.
        pub f_range: &'static str,
    }
}
