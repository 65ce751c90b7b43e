//! Keys of the link notices and sharing.

/// Strings of the link notices and sharing.
#[derive(Debug, PartialEq)]
pub struct LinkText {
    /// Heading of the notice listing what a link held that could not be used.
    pub notice_title: &'static str,
    /// Explains that the rest of the link was opened.
    pub notice_intro: &'static str,
    /// Button that hides the notice.
    pub dismiss: &'static str,
    /// An unknown key.
    pub unknown_key: &'static str,
    /// A value that cannot be read.
    pub bad_value: &'static str,
    /// A value outside what the input accepts.
    pub out_of_range: &'static str,
    /// A repeated key.
    pub duplicate: &'static str,
    /// The link comes from a newer version.
    pub newer_version: &'static str,
    /// The link's version is not a number.
    pub bad_version: &'static str,
    /// The link is too long.
    pub too_long: &'static str,
    /// The link was made with another factor set.
    pub other_factor_set: &'static str,
    /// A key changed by a migration.
    pub migrated: &'static str,
    /// Heading of the share panel.
    pub share_title: &'static str,
    /// What the link holds.
    pub share_intro: &'static str,
    /// Label of the read-only field with the link.
    pub link_label: &'static str,
    /// Button: copy the link.
    pub copy_link: &'static str,
    /// Said after copying.
    pub copied: &'static str,
    /// Said when the browser refused to copy.
    pub copy_failed: &'static str,
    /// Button: the system share sheet.
    pub system_share: &'static str,
    /// Caption of the QR code.
    pub qr_caption: &'static str,
    /// Said when the link is too long for a QR code.
    pub qr_too_long: &'static str,
}
