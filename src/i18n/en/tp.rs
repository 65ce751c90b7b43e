use crate::i18n::keys::TpText;

pub const TEXT: TpText = TpText {
    section_label: "Total-phosphorus calculator",
};
