use crate::i18n::keys::ExportText;

pub const TEXT: ExportText = ExportText {
    title: "Export, import and print",
    intro: "The JSON holds the scenario, the values and sources of the factors used, the results and the versions, and imports back; the CSV holds the results for a spreadsheet.",
    json: "Download JSON",
    csv: "Download CSV",
    import: "Import a JSON file",
    print: "Print a report",
    imported: "Imported",
    unreadable: "The file could not be read; nothing was changed",
    not_json: "The file is not JSON; nothing was changed",
    not_export: "The file is not a Qingshan export; nothing was changed",
    col_section: "Calculator",
    col_key: "Key",
    col_item: "Item",
    col_central: "Central",
    col_low: "Low (all factors at their low ends)",
    col_high: "High (all factors at their high ends)",
    col_unit: "Unit",
    col_method: "Method",
    col_p5: "Monte Carlo 90 % range: 5th percentile",
    col_p95: "Monte Carlo 90 % range: 95th percentile",
};
