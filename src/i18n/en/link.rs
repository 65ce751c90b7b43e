use crate::i18n::keys::LinkText;

pub const TEXT: LinkText = LinkText {
    notice_title: "Part of this link could not be used",
    notice_intro: "The link opened with what could be read; this was ignored:",
    dismiss: "Dismiss",
    unknown_key: "unknown item",
    bad_value: "value that cannot be read",
    out_of_range: "value out of the allowed range",
    duplicate: "repeated item (the first one was used)",
    newer_version: "made by a newer version of Qingshan; some parts may not be read",
    bad_version: "the link's version cannot be read",
    too_long: "the link is too long; the rest was not read",
    other_factor_set: "made with another factor-set version; numbers may differ",
    migrated: "converted to the current format",
};
