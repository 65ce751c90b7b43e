//! Keys of the offline and update notices.

text_struct! {
    /// Strings of the offline and update notices.
    pub struct PwaText {
        /// Shown when a new version has been downloaded.
        pub update_ready: &'static str,
        /// The button that reloads into the new version.
        pub update_now: &'static str,
        /// Shown once, when the page has been saved for offline use on its first visit.
        pub offline_ready: &'static str,
        /// The button that closes a notice.
        pub dismiss: &'static str,
    }
}
