use crate::i18n::keys::CarbonText;

pub const TEXT: CarbonText = CarbonText {
    section_label: "碳足迹计算器",
};
