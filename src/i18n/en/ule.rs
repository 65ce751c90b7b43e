use crate::i18n::keys::UleText;

pub const TEXT: UleText = UleText {
    section_label: "Ultra-low-emission retrofit calculator",
};
