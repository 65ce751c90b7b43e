use crate::i18n::keys::LibraryText;

pub const TEXT: LibraryText = LibraryText {
    section_label: "Report figures and sources",
};
