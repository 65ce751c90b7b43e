use crate::i18n::keys::UleText;

pub const TEXT: UleText = UleText {
    section_label: "超低排放改造计算器",
};
