//! Keys of calculator 3, carbon footprint.

text_struct! {
    /// Strings of calculator 3, carbon footprint.
    pub struct CarbonText {
        /// Heading of the presets panel.
        pub presets_heading: &'static str,
        /// Preset title: household.
        pub preset_household: &'static str,
        /// Preset title: aluminium (product footprint).
        pub preset_aluminium: &'static str,
        /// Preset title: aluminium as the carbon market counts it.
        pub preset_ets: &'static str,
        /// Preset title: steel.
        pub preset_steel: &'static str,
        /// Preset title: clinker.
        pub preset_clinker: &'static str,
        /// Preset title: heavy truck.
        pub preset_truck: &'static str,
        /// Preset description: household.
        pub note_household: &'static str,
        /// Preset description: aluminium.
        pub note_aluminium: &'static str,
        /// Preset description: aluminium, carbon market.
        pub note_ets: &'static str,
        /// Preset description: steel.
        pub note_steel: &'static str,
        /// Preset description: clinker.
        pub note_clinker: &'static str,
        /// Preset description: heavy truck.
        pub note_truck: &'static str,
        /// Before the current preset's title.
        pub started_from: &'static str,
        /// Before a quoted report sentence.
        pub report_says: &'static str,
        /// Heading of the electricity-factor panel.
        pub basis_heading: &'static str,
        /// One basis per scenario.
        pub basis_one_per_scenario: &'static str,
        /// Legend of the kind radio group.
        pub kind_legend: &'static str,
        /// Name: carbon-footprint factor.
        pub kind_footprint: &'static str,
        /// Name: CO₂ emission factor.
        pub kind_emission: &'static str,
        /// Radio label: carbon-footprint factor.
        pub kind_footprint_long: &'static str,
        /// Radio label: CO₂ emission factor.
        pub kind_emission_long: &'static str,
        /// Short kind: life cycle.
        pub kind_footprint_short: &'static str,
        /// Short kind: CO₂ only.
        pub kind_emission_short: &'static str,
        /// What the footprint factor is for.
        pub footprint_use: &'static str,
        /// What the emission factor is for.
        pub emission_use: &'static str,
        /// Label: data year.
        pub year: &'static str,
        /// Label: generation type.
        pub generation: &'static str,
        /// Label: emission-factor scope.
        pub scope: &'static str,
        /// Option group: national scopes.
        pub scope_national_group: &'static str,
        /// Option group: regional grids.
        pub scope_grids_group: &'static str,
        /// Option group: provinces.
        pub scope_provinces_group: &'static str,
        /// Label: transmission and distribution.
        pub td: &'static str,
        /// T&D not added.
        pub td_none: &'static str,
        /// T&D excluding losses.
        pub td_excl: &'static str,
        /// T&D including losses.
        pub td_incl: &'static str,
        /// Hint under the T&D choice.
        pub td_note: &'static str,
        /// Heading of the lines panel.
        pub lines_heading: &'static str,
        /// A line (followed by its number).
        pub line: &'static str,
        /// Line kind: electricity.
        pub kind_electricity: &'static str,
        /// Line kind: electricity from a published figure.
        pub kind_electricity_use: &'static str,
        /// Line kind: fuel.
        pub kind_fuel: &'static str,
        /// Line kind: heavy truck.
        pub kind_vehicle: &'static str,
        /// Line kind: process.
        pub kind_process: &'static str,
        /// Line kind: direct entry.
        pub kind_direct: &'static str,
        /// Label: kind of line to add.
        pub add_kind: &'static str,
        /// Button: add a line.
        pub add_line: &'static str,
        /// Button: remove a line.
        pub remove_line: &'static str,
        /// No lines.
        pub empty_lines: &'static str,
        /// Label: the line's variant.
        pub variant: &'static str,
        /// Variant A.
        pub variant_a: &'static str,
        /// Variant B.
        pub variant_b: &'static str,
        /// Variant A, short.
        pub variant_a_short: &'static str,
        /// Variant B, short.
        pub variant_b_short: &'static str,
        /// Label: quantity.
        pub quantity: &'static str,
        /// Label: unit.
        pub unit: &'static str,
        /// Label: count.
        pub count: &'static str,
        /// Label: distance.
        pub distance: &'static str,
        /// Label: published per-unit figure.
        pub use_benchmark: &'static str,
        /// Label: fuel.
        pub fuel: &'static str,
        /// Label: process.
        pub process: &'static str,
        /// Label: vehicle.
        pub vehicle: &'static str,
        /// Label: CH₄ and N₂O.
        pub non_co2: &'static str,
        /// CH₄/N₂O not counted.
        pub non_co2_omit: &'static str,
        /// CH₄/N₂O: IPCC liquid-fuel default.
        pub non_co2_ipcc: &'static str,
        /// CH₄/N₂O: the user's factors.
        pub non_co2_entered: &'static str,
        /// No CH₄/N₂O default for this fuel.
        pub non_co2_ask: &'static str,
        /// Label: CH₄ factor.
        pub ch4_factor: &'static str,
        /// Label: N₂O factor.
        pub n2o_factor: &'static str,
        /// Label: gas of a direct entry.
        pub direct_gas: &'static str,
        /// Direct entry already in CO₂e.
        pub direct_co2e: &'static str,
        /// Before a line's result.
        pub line_result: &'static str,
        /// Process: clinker.
        pub process_clinker: &'static str,
        /// Process: limestone.
        pub process_limestone: &'static str,
        /// Process: dolomite.
        pub process_dolomite: &'static str,
        /// Process: aluminium anode.
        pub process_al_anode: &'static str,
        /// Process: aluminium PFC.
        pub process_al_pfc: &'static str,
        /// Process: steel national average.
        pub process_steel: &'static str,
        /// Process: BF-BOF steel.
        pub process_steel_bf_bof: &'static str,
        /// Process: scrap-EAF steel.
        pub process_steel_eaf: &'static str,
        /// Unit: t clinker.
        pub material_clinker: &'static str,
        /// Unit: t limestone.
        pub material_limestone: &'static str,
        /// Unit: t dolomite.
        pub material_dolomite: &'static str,
        /// Unit: t aluminium.
        pub material_aluminium: &'static str,
        /// Unit: t crude steel.
        pub material_steel: &'static str,
        /// Unit: household-years.
        pub count_household_year: &'static str,
        /// Unit: person-years.
        pub count_person_year: &'static str,
        /// Vehicle: diesel truck.
        pub vehicle_diesel: &'static str,
        /// Vehicle: electric truck.
        pub vehicle_electric: &'static str,
        /// kWh.
        pub unit_kwh: &'static str,
        /// MWh.
        pub unit_mwh: &'static str,
        /// 10⁴ kWh.
        pub unit_wan_kwh: &'static str,
        /// Tonnes.
        pub unit_t: &'static str,
        /// Kilograms.
        pub unit_kg: &'static str,
        /// Normal cubic metres.
        pub unit_nm3: &'static str,
        /// 10⁴ Nm³.
        pub unit_wan_nm3: &'static str,
        /// Kilometres.
        pub unit_km: &'static str,
        /// Litres.
        pub unit_litre: &'static str,
        /// kg per TJ.
        pub unit_kg_per_tj: &'static str,
        /// kg CO₂e.
        pub unit_kg_co2e: &'static str,
        /// t CO₂e.
        pub unit_t_co2e: &'static str,
        /// Yuan.
        pub unit_yuan: &'static str,
        /// Heading of the settings panel.
        pub settings_heading: &'static str,
        /// Label: functional unit amount.
        pub fu_amount: &'static str,
        /// Label: functional unit.
        pub fu_kind: &'static str,
        /// FU: t of product.
        pub fu_t: &'static str,
        /// FU: kg of product.
        pub fu_kg: &'static str,
        /// FU: pieces.
        pub fu_piece: &'static str,
        /// FU: MWh delivered.
        pub fu_mwh: &'static str,
        /// FU: household-years.
        pub fu_household_year: &'static str,
        /// FU: vehicle-years.
        pub fu_vehicle_year: &'static str,
        /// Label: system boundary.
        pub boundary: &'static str,
        /// Hint under the boundary.
        pub boundary_hint: &'static str,
        /// Boundary: cradle to gate.
        pub boundary_cradle_to_gate: &'static str,
        /// Boundary: cradle to grave.
        pub boundary_cradle_to_grave: &'static str,
        /// Boundary: gate to gate.
        pub boundary_gate_to_gate: &'static str,
        /// Boundary: use stage.
        pub boundary_use_stage: &'static str,
        /// Boundary: not stated.
        pub boundary_not_stated: &'static str,
        /// Label: GWP set.
        pub gwp: &'static str,
        /// Hint under the GWP set.
        pub gwp_note: &'static str,
        /// GWP: AR5.
        pub gwp_ar5: &'static str,
        /// GWP: AR5 with feedback.
        pub gwp_ar5_feedback: &'static str,
        /// GWP: AR6.
        pub gwp_ar6: &'static str,
        /// Label: carbon price.
        pub price: &'static str,
        /// Price: CEA.
        pub price_cea: &'static str,
        /// Price: CCER.
        pub price_ccer: &'static str,
        /// Hint under the price.
        pub price_note: &'static str,
        /// Heading of the line-factors panel.
        pub factors_heading: &'static str,
        /// Introduction of the line-factors panel.
        pub factors_intro: &'static str,
        /// Heading of the results.
        pub results_heading: &'static str,
        /// Total.
        pub total: &'static str,
        /// Before a range.
        pub range: &'static str,
        /// Before the functional unit.
        pub per: &'static str,
        /// Label: cost at the carbon price.
        pub cost: &'static str,
        /// Change on site.
        pub change_on_site: &'static str,
        /// Net change.
        pub change_net: &'static str,
        /// Change in money.
        pub change_cost: &'static str,
        /// Note on changes.
        pub change_note: &'static str,
        /// Label: electricity factor used.
        pub basis_used: &'static str,
        /// No line uses electricity.
        pub no_electricity: &'static str,
        /// Label: boundary in the result.
        pub boundary_label: &'static str,
        /// Label: GWP set in the result.
        pub gwp_label: &'static str,
        /// GWP not used.
        pub gwp_unused: &'static str,
        /// CO₂-only factor with a product boundary.
        pub emission_product_warning: &'static str,
        /// Before the unverified factors.
        pub unverified_notice: &'static str,
        /// Before the derived factors.
        pub derived_notice: &'static str,
        /// Caption: by source.
        pub by_source: &'static str,
        /// Column: source.
        pub source_col: &'static str,
        /// Source: on site.
        pub on_site: &'static str,
        /// Source: electricity.
        pub electricity: &'static str,
        /// Source: entered.
        pub entered: &'static str,
        /// Chart: by line.
        pub by_line_chart: &'static str,
        /// Chart: by gas.
        pub by_gas_chart: &'static str,
        /// Caption: by line and gas.
        pub by_line_and_gas: &'static str,
        /// Gas: CO₂.
        pub gas_co2: &'static str,
        /// Gas: CH₄.
        pub gas_ch4: &'static str,
        /// Gas: N₂O.
        pub gas_n2o: &'static str,
        /// Gas: PFCs.
        pub gas_pfc: &'static str,
        /// Gas: CO₂e not split.
        pub gas_unsplit: &'static str,
        /// No result.
        pub fix_inputs: &'static str,
        /// Before a factor's name in an error.
        pub err_factor: &'static str,
        /// Unpublished factor.
        pub err_unpublished: &'static str,
        /// Unit does not fit the fuel.
        pub err_unit_mismatch: &'static str,
        /// No CH₄/N₂O default.
        pub err_no_default: &'static str,
        /// Heading: how this is computed.
        pub how_heading: &'static str,
        /// Summary of the explanation.
        pub how_summary: &'static str,
        /// Introduction of the explanation.
        pub how_intro: &'static str,
        /// Formula: electricity.
        pub f_electricity: &'static str,
        /// Formula: electricity from a figure.
        pub f_electricity_use: &'static str,
        /// Formula: fuel.
        pub f_fuel: &'static str,
        /// Formula: diesel truck.
        pub f_diesel_truck: &'static str,
        /// Formula: electric truck.
        pub f_electric_truck: &'static str,
        /// Formula: process.
        pub f_process: &'static str,
        /// Formula: direct entry.
        pub f_direct: &'static str,
        /// Totals, per unit and cost.
        pub how_totals: &'static str,
        /// How the range is made.
        pub how_range: &'static str,
        /// The two kinds of electricity factor.
        pub how_kinds: &'static str,
        /// Heading: factors used.
        pub factors_cited: &'static str,
    }
}
