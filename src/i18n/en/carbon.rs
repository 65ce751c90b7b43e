use crate::i18n::keys::CarbonText;

pub const TEXT: CarbonText = CarbonText {
    section_label: "Carbon-footprint calculator",
};
