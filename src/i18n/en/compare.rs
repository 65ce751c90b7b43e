use crate::i18n::keys::CompareText;

pub const TEXT: CompareText = CompareText {
    title: "Compare scenarios",
    intro: "Keep the current scenario as a variant, then change the inputs: up to three scenarios side by side. Variants travel in the link too.",
    keep: "Keep this scenario as a variant",
    full: "Two variants are kept at most",
    current: "Current",
    variant: "Variant",
    open: "Make current",
    remove: "Remove",
    difference: "Difference",
    table_caption: "Results of each scenario and their difference from the current one",
    chart_title: "Results side by side",
    nothing: "These scenarios have no results in common",
    only_differ: "Only results that differ",
    none_differ: "No result differs between these scenarios. Untick the box above to see them all.",
    chart_unit: "Chart the results in",
};
