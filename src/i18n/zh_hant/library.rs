use crate::i18n::keys::LibraryText;

pub const TEXT: LibraryText = LibraryText {
    section_label: "報告數字與資料來源",
};
