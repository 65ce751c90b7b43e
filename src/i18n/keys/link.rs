//! Keys of the link notices and sharing.

text_struct! {
    /// Strings of the link notices and sharing.
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
        /// Heading of the notice about a link made with an older factor set (the version follows).
        pub older_title: &'static str,
        /// Says the link opened with the older set's values.
        pub older_intro: &'static str,
        /// Said when the older set's values equal the current ones.
        pub older_same: &'static str,
        /// Column: the factor.
        pub older_factor: &'static str,
        /// Suffix of the current set's column heading.
        pub older_current: &'static str,
        /// Column: relative change from the old value to the current one.
        pub older_change: &'static str,
        /// Button: replace the older set's values by the current ones.
        pub use_current: &'static str,
        /// Button: keep the older-set scenario as a variant and use the current factors.
        pub compare_sets: &'static str,
        /// Button: keep the older set's values and hide the notice.
        pub keep_older: &'static str,
        /// Explains that the older values show as changed factors.
        pub older_changed_marker: &'static str,
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
        /// Printed report: heading of the scenario's reference (link, QR code, versions).
        pub print_scenario: &'static str,
        /// Printed report: before the app's version.
        pub print_app: &'static str,
        /// Printed report: before the factor set's version.
        pub print_factor_set: &'static str,
    }
}
