use crate::i18n::keys::TpText;

pub const TEXT: TpText = TpText {
    section_label: "總磷減排計算器",
};
