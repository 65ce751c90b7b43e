//! Keys of calculator 2, total phosphorus.

text_struct! {
    /// Strings of calculator 2, total phosphorus. A `{name}` in a string is replaced by the page.
    pub struct TpText {
        /// Heading of the report panel.
        pub report_title: &'static str,
        /// Before the report figure's caveat.
        pub report_note_label: &'static str,
        /// Heading: what the report implies per project.
        pub per_project_title: &'static str,
        /// The average project's reduction.
        pub per_project: &'static str,
        /// Caveat of the average (derived, upper bound).
        pub per_project_note: &'static str,
        /// Summary of a derived value's pedigree.
        pub how_derived: &'static str,
        /// The average project as a plant upgrade.
        pub plant_equivalent: &'static str,
        /// How the plant equivalent is derived.
        pub plant_equivalent_note: &'static str,
        /// Button restoring the report preset.
        pub reset_to_report: &'static str,
        /// Heading of the measure list.
        pub measures_title: &'static str,
        /// Introduction of the measure list.
        pub measures_intro: &'static str,
        /// Before the running total.
        pub total_label: &'static str,
        /// The list is empty.
        pub no_measures: &'static str,
        /// Label of the add buttons.
        pub add_measure: &'static str,
        /// Measure kind: municipal plant upgrade.
        pub kind_plant: &'static str,
        /// Measure kind: industrial wastewater.
        pub kind_industrial: &'static str,
        /// Measure kind: farmland.
        pub kind_farmland: &'static str,
        /// Measure kind: livestock.
        pub kind_livestock: &'static str,
        /// Measure kind: entered directly.
        pub kind_direct: &'static str,
        /// Measure kind: efficiency on a shared load.
        pub kind_efficiency: &'static str,
        /// Button: move a measure up.
        pub move_up: &'static str,
        /// Button: move a measure down.
        pub move_down: &'static str,
        /// Button: remove a measure.
        pub remove: &'static str,
        /// Label of a measure's or load's own name.
        pub name_label: &'static str,
        /// Before a measure's result.
        pub avoids: &'static str,
        /// Before the reason a measure is not counted.
        pub not_counted: &'static str,
        /// A measure without a result in the method panel.
        pub not_counted_short: &'static str,
        /// Label of a range.
        pub range: &'static str,
        /// Hint of an input with no sourced default.
        pub no_default_hint: &'static str,
        /// Error of a required input left empty.
        pub required: &'static str,
        /// Label: flow.
        pub flow: &'static str,
        /// Label: effluent TP before.
        pub before: &'static str,
        /// Label: effluent TP after.
        pub after: &'static str,
        /// Option: the user's own value.
        pub own_value: &'static str,
        /// Label: the user's concentration.
        pub own_concentration: &'static str,
        /// Hint of the example plant flow.
        pub example_flow_hint: &'static str,
        /// Label: area.
        pub area: &'static str,
        /// Label: loss-coefficient choice.
        pub coefficient: &'static str,
        /// Label: the user's loss coefficient.
        pub own_coefficient: &'static str,
        /// Label: removal share.
        pub removal: &'static str,
        /// Label: number of animals.
        pub heads: &'static str,
        /// Label: manure per animal per year.
        pub manure_per_head: &'static str,
        /// Hint: manure mass is not in the sources.
        pub manure_per_head_hint: &'static str,
        /// Label: manure TP choice.
        pub manure_p: &'static str,
        /// Label: the user's manure TP.
        pub own_manure_p: &'static str,
        /// Caveat of the manure coefficients.
        pub unverified_manure: &'static str,
        /// Label: where a direct load comes from.
        pub direct_source: &'static str,
        /// Label: the user's direct load.
        pub direct_load: &'static str,
        /// Caveat: the report's total used as t/yr.
        pub report_total_as_yearly: &'static str,
        /// Label: the shared load an efficiency acts on.
        pub acts_on: &'static str,
        /// Label: removal efficiency.
        pub efficiency: &'static str,
        /// How an efficiency is credited.
        pub efficiency_note: &'static str,
        /// Heading of the shared loads.
        pub loads_title: &'static str,
        /// The combination rule.
        pub loads_intro: &'static str,
        /// Heading of the worked example.
        pub example_title: &'static str,
        /// The worked example.
        pub example_text: &'static str,
        /// The worked example's conclusion.
        pub example_credit: &'static str,
        /// A shared load's default name (followed by A, B …).
        pub load_default_name: &'static str,
        /// Label: how a shared load's baseline is given.
        pub baseline_kind: &'static str,
        /// Option: baseline entered.
        pub baseline_entered: &'static str,
        /// Option: baseline from flow and concentration.
        pub baseline_flow: &'static str,
        /// Option: baseline from farmland.
        pub baseline_farmland: &'static str,
        /// Label: a shared load's baseline.
        pub baseline: &'static str,
        /// Label: TP concentration.
        pub concentration: &'static str,
        /// Before the number of measures counted on a load.
        pub measures_counted: &'static str,
        /// Button: add a shared load.
        pub add_load: &'static str,
        /// Button: add a measure on this load.
        pub add_on_load: &'static str,
        /// Button: remove a load and its measures ({n}: their number).
        pub remove_load: &'static str,
        /// Heading of the settings.
        pub settings_title: &'static str,
        /// Label: operating days.
        pub days: &'static str,
        /// Hint of the operating days.
        pub days_hint: &'static str,
        /// Label: the dilution's water body.
        pub water_body: &'static str,
        /// Label: the dilution's class.
        pub water_class: &'static str,
        /// Option: rivers.
        pub water_river: &'static str,
        /// Option: lakes and reservoirs.
        pub water_lake: &'static str,
        /// A surface-water class ({c}: its numeral).
        pub class_name: &'static str,
        /// Heading of the results.
        pub results_title: &'static str,
        /// Before the reason nothing can be computed.
        pub cannot_compute: &'static str,
        /// What the range means.
        pub range_note: &'static str,
        /// Measures left out ({n}: their number).
        pub incomplete: &'static str,
        /// Caption of the equivalences table.
        pub equivalences_caption: &'static str,
        /// Column: the equivalence.
        pub col_what: &'static str,
        /// Column: central value.
        pub col_central: &'static str,
        /// Column: range.
        pub col_range: &'static str,
        /// Column: unit.
        pub col_unit: &'static str,
        /// Row: share of the report's total.
        pub share_report: &'static str,
        /// Caveat of the report share.
        pub share_report_note: &'static str,
        /// Row: share of the national discharge ({year}, {t}: its year and tonnes).
        pub share_national: &'static str,
        /// How the national total is derived.
        pub share_national_note: &'static str,
        /// Row: the total in average projects ({t}: t/yr each).
        pub projects_equivalent: &'static str,
        /// Unit: projects.
        pub unit_projects: &'static str,
        /// Row: dry algal biomass.
        pub algae_dry: &'static str,
        /// Row: wet algal biomass.
        pub algae_wet: &'static str,
        /// Label of every algae figure.
        pub algae_ceiling: &'static str,
        /// Row: dilution ({limit}: the limit's name, {c}: its value).
        pub dilution: &'static str,
        /// How the dilution is computed.
        pub dilution_note: &'static str,
        /// Title of the chart.
        pub chart_title: &'static str,
        /// Unit: tonnes of TP per year.
        pub unit_t_tp_per_yr: &'static str,
        /// Unit: tonnes per year.
        pub unit_t_per_yr: &'static str,
        /// Unit: cubic metres per year.
        pub unit_m3_per_yr: &'static str,
        /// Unit: hectares.
        pub unit_ha: &'static str,
        /// Unit: animals.
        pub unit_heads: &'static str,
        /// Unit: tonnes per animal per year.
        pub unit_t_per_head_yr: &'static str,
        /// Unit: days.
        pub unit_days: &'static str,
        /// Heading of the method panel.
        pub how_title: &'static str,
        /// Sub-heading: the method.
        pub how_method: &'static str,
        /// Method: concentration-based measures.
        pub how_concentration: &'static str,
        /// Formula: concentration-based measures.
        pub formula_concentration: &'static str,
        /// Method: farmland.
        pub how_farmland: &'static str,
        /// Formula: farmland.
        pub formula_farmland: &'static str,
        /// Method: livestock.
        pub how_livestock: &'static str,
        /// Formula: livestock.
        pub formula_livestock: &'static str,
        /// Method: combination.
        pub how_combination: &'static str,
        /// Formula: combination.
        pub formula_combination: &'static str,
        /// Method: comparison with the report and the country.
        pub how_report: &'static str,
        /// Formula: comparisons.
        pub formula_report: &'static str,
        /// Method: algae.
        pub how_algae: &'static str,
        /// Formula: algae.
        pub formula_algae: &'static str,
        /// Method: dilution.
        pub how_dilution: &'static str,
        /// Formula: dilution.
        pub formula_dilution: &'static str,
        /// Method: ranges.
        pub how_ranges: &'static str,
        /// Sub-heading: each measure's arithmetic.
        pub how_measures: &'static str,
        /// Sub-heading: factors used.
        pub how_factors: &'static str,
        /// How changing a factor works.
        pub how_factors_note: &'static str,
        /// Marks an entered value in a formula.
        pub entered: &'static str,
        /// In a formula: the share left by earlier measures.
        pub left_by_earlier: &'static str,
        /// Name of an input that is a factor.
        pub a_factor: &'static str,
    }
}
