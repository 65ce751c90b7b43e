//! Keys of the heavy-trucks panel (part of calculator 1). Templates mark a value with
//! `{x}`, `{a}`, `{b}`: the panel replaces them.

text_struct! {
    /// Strings of the heavy-trucks panel.
    pub struct TrucksText {
        /// The panel's heading.
        pub title: &'static str,
        /// The panel's introduction.
        pub intro: &'static str,
        /// Label of the report's sentence.
        pub quote_label: &'static str,
        /// Label of the figure's statistical-base note.
        pub caveat_label: &'static str,
        /// Accessible name of the preset buttons.
        pub presets_label: &'static str,
        /// Preset: the report's figure, long-haul.
        pub preset_report: &'static str,
        /// Preset: the report's figure, shuttle duty.
        pub preset_shuttle: &'static str,
        /// Heading of the inputs.
        pub inputs_heading: &'static str,
        /// Label of the truck count.
        pub trucks_label: &'static str,
        /// Unit of the truck count.
        pub trucks_unit: &'static str,
        /// Hint under the truck count.
        pub trucks_hint: &'static str,
        /// Legend of the baseline choice.
        pub baseline_legend: &'static str,
        /// China-VI baseline.
        pub baseline_china6: &'static str,
        /// China-V baseline.
        pub baseline_china5: &'static str,
        /// Legend of the duty choice.
        pub duty_legend: &'static str,
        /// Long-haul duty.
        pub duty_longhaul: &'static str,
        /// Shuttle duty.
        pub duty_shuttle: &'static str,
        /// Legend of the diesel-factor choice.
        pub diesel_legend: &'static str,
        /// Per-litre diesel factor.
        pub diesel_per_litre: &'static str,
        /// Per-kilogram diesel factor.
        pub diesel_per_kg: &'static str,
        /// Label of the diesel density.
        pub density_label: &'static str,
        /// Unit of the diesel density.
        pub density_unit: &'static str,
        /// Hint under the diesel density.
        pub density_hint: &'static str,
        /// Error: no density entered.
        pub density_missing: &'static str,
        /// Legend of the electricity-factor choice.
        pub grid_legend: &'static str,
        /// The CO₂ emission factor (default).
        pub grid_emission: &'static str,
        /// The life-cycle carbon-footprint factor.
        pub grid_footprint: &'static str,
        /// Why the footprint factor leans against the electric trucks.
        pub grid_footprint_note: &'static str,
        /// Label of the electricity factor's year.
        pub grid_year: &'static str,
        /// Label of the emission factor's area.
        pub grid_scope: &'static str,
        /// Group: national scopes.
        pub grid_scope_national: &'static str,
        /// Group: regional grids.
        pub grid_scope_regions: &'static str,
        /// Group: provinces.
        pub grid_scope_provinces: &'static str,
        /// Label of the footprint factor's generation type.
        pub grid_source: &'static str,
        /// Heading of the editable factors.
        pub factors_heading: &'static str,
        /// Note on the unverified defaults.
        pub unverified_note: &'static str,
        /// Heading of the results.
        pub results_heading: &'static str,
        /// NOx avoided.
        pub nox_label: &'static str,
        /// What the NOx figure leaves out.
        pub nox_note: &'static str,
        /// Tailpipe CO₂ avoided (the gas follows in brackets).
        pub tailpipe_label: &'static str,
        /// Electricity used.
        pub electricity_label: &'static str,
        /// Emissions of the electricity (the gas follows in brackets).
        pub grid_label: &'static str,
        /// The net result.
        pub net_label: &'static str,
        /// Net saving; {x} is the amount with its unit.
        pub net_avoided: &'static str,
        /// Net increase; {x} is the amount with its unit.
        pub net_more: &'static str,
        /// No net difference.
        pub net_zero: &'static str,
        /// The net's range spans zero.
        pub net_uncertain: &'static str,
        /// Label of the net's signed range.
        pub net_range: &'static str,
        /// Label of a result's range.
        pub range_label: &'static str,
        /// Both sides count the same gas {a}.
        pub gases_same: &'static str,
        /// The sides count different things: tailpipe {a}, electricity {b}.
        pub gases_differ: &'static str,
        /// Label of the electricity factor used.
        pub grid_used: &'static str,
        /// Title of the CO₂ chart; {a} and {b} are the gases of the tailpipe and the electricity.
        pub chart_co2_title: &'static str,
        /// Bar: tailpipe avoided.
        pub bar_tailpipe: &'static str,
        /// Bar: electricity emissions (drawn negative).
        pub bar_grid: &'static str,
        /// Bar: net.
        pub bar_net: &'static str,
        /// Title of the per-km chart; {a} and {b} are the gases of the tailpipe and the electricity.
        pub chart_km_title: &'static str,
        /// Bar: diesel truck per km.
        pub bar_diesel_km: &'static str,
        /// Bar: electric truck per km.
        pub bar_electric_km: &'static str,
        /// Unit: kg per km.
        pub unit_kg_per_km: &'static str,
        /// Prefix of a calculation error.
        pub cannot_compute: &'static str,
        /// A factor's problem: {a} the factor's name, {b} the problem.
        pub factor_problem: &'static str,
        /// No electricity factor for the choice.
        pub grid_missing: &'static str,
        /// Heading of the explanation.
        pub method_heading: &'static str,
        /// Heading of the formulas.
        pub method_formulas: &'static str,
        /// Formula: fleet km.
        pub f_km: &'static str,
        /// Formula: NOx.
        pub f_nox: &'static str,
        /// Formula: diesel.
        pub f_diesel: &'static str,
        /// Formula: tailpipe, per litre.
        pub f_tailpipe_litre: &'static str,
        /// Formula: tailpipe, per kg.
        pub f_tailpipe_kg: &'static str,
        /// Formula: electricity.
        pub f_electricity: &'static str,
        /// Formula: electricity emissions.
        pub f_grid: &'static str,
        /// Formula: net.
        pub f_net: &'static str,
        /// Label of a formula with the values in use.
        pub method_worked: &'static str,
        /// Unit: litres per year.
        pub unit_litres_per_year: &'static str,
        /// How the ranges are computed.
        pub method_range: &'static str,
        /// Heading of the inputs table.
        pub method_inputs: &'static str,
        /// Column header: value.
        pub col_value: &'static str,
        /// Heading of the factors table.
        pub method_factors: &'static str,
        /// Column header: factor.
        pub col_factor: &'static str,
        /// Heading of the assumptions.
        pub method_notes: &'static str,
        /// Assumption: one for one replacement.
        pub a_replace: &'static str,
        /// Assumption: electricity drawn from the grid.
        pub a_electricity: &'static str,
        /// Results are per year of operation.
        pub a_year: &'static str,
        /// Label of the report's citation.
        pub a_report: &'static str,
    }
}
