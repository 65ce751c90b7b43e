use crate::i18n::keys::TpText;

pub const TEXT: TpText = TpText {
    section_label: "总磷减排计算器",
};
