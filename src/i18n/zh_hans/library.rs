use crate::i18n::keys::LibraryText;

pub const TEXT: LibraryText = LibraryText {
    section_label: "报告数字与数据来源",
};
