//! Keys of the page shell: header, navigation, view headings, footer.

text_struct! {
    /// Strings shared across the page.
    pub struct Common {
        /// The app's name.
        pub app_name: &'static str,
        /// One line under the name.
        pub tagline: &'static str,
        /// The skip link's text.
        pub skip_to_content: &'static str,
        /// The language switcher's label.
        pub language: &'static str,
        /// The footer's privacy line.
        pub privacy: &'static str,
        /// The footer's line on the data's origin.
        pub data_origin: &'static str,
        /// Shown in the page when the app meets an internal error.
        pub crashed: &'static str,
        /// The button that reloads after an internal error.
        pub reload: &'static str,
        /// Shown when a language's strings could not be loaded (offline before that language was
        /// ever saved, or a server error); `{lang}` is that language's own name.
        pub lang_unavailable: &'static str,
        /// Shown (after a moment) while the language the reader picked is loading; `{lang}` is
        /// that language's own name.
        pub lang_loading: &'static str,
        /// One line above the footer while the parts that wait for the split-out wasm (further
        /// results, the panels) are loading.
        pub loading_more: &'static str,
        /// Alert when the rest of the language's strings could not be loaded (as the split-out
        /// wasm's failure says it, scripts/split.mjs).
        pub rest_unavailable: &'static str,
    }
}

text_struct! {
    /// The main navigation.
    pub struct Nav {
        /// The navigation landmark's accessible name.
        pub label: &'static str,
        /// Ultra-low-emission retrofits.
        pub ule: &'static str,
        /// Total phosphorus.
        pub tp: &'static str,
        /// Carbon footprint.
        pub carbon: &'static str,
        /// The report's figures.
        pub figures: &'static str,
        /// The factor library.
        pub sources: &'static str,
    }
}

text_struct! {
    /// Heading and introduction of each view.
    pub struct Views {
        /// Ultra-low-emission retrofits: heading.
        pub ule_title: &'static str,
        /// Ultra-low-emission retrofits: introduction.
        pub ule_intro: &'static str,
        /// Total phosphorus: heading.
        pub tp_title: &'static str,
        /// Total phosphorus: introduction.
        pub tp_intro: &'static str,
        /// Carbon footprint: heading.
        pub carbon_title: &'static str,
        /// Carbon footprint: introduction.
        pub carbon_intro: &'static str,
        /// Report figures: heading.
        pub figures_title: &'static str,
        /// Report figures: introduction.
        pub figures_intro: &'static str,
        /// Sources: heading.
        pub sources_title: &'static str,
        /// Sources: introduction.
        pub sources_intro: &'static str,
    }
}
