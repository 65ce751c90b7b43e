//! Strings in the three languages the page speaks.

/// The page's languages. Simplified Chinese is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 简体中文
    #[default]
    ZhHans,
    /// 繁體中文
    ZhHant,
    /// English
    En,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// The BCP 47 tag written to `<html lang>` and stored as the user's choice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// Reads a tag as stored by [`Lang::tag`]; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Picks a language from a browser language tag (`navigator.languages` entry).
    ///
    /// Traditional Chinese for `zh-Hant*`, `zh-TW`, `zh-HK` and `zh-MO`; Simplified for any other
    /// `zh*`; English for `en*`; `None` for every other language (the caller tries the next one).
    pub fn from_browser_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        if t == "zh" || t.starts_with("zh-") {
            let hant = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"];
            if hant
                .iter()
                .any(|h| t == *h || t.starts_with(&format!("{h}-")))
            {
                return Some(Lang::ZhHant);
            }
            return Some(Lang::ZhHans);
        }
        if t == "en" || t.starts_with("en-") {
            return Some(Lang::En);
        }
        None
    }

    /// The first supported language among the browser's preferences, else Simplified Chinese.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_browser_tag)
            .unwrap_or_default()
    }
}

/// A text in the three languages. Write it with [`t!`](crate::t): every language is required,
/// so a missing translation cannot compile.
///
/// Stored as one literal, `"zh-Hans␟zh-Hant␟en"` (U+001F UNIT SEPARATOR between the three): one
/// `&str` (8 bytes of static table in wasm32) instead of three (24). There are ~750 texts in the
/// static tables, and a `&str`'s address compresses badly; this took 5 KB gzip off the wasm's data
/// (docs/size.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(&'static str);

/// A [`Text`] from its Simplified Chinese, Traditional Chinese and English literals (in that
/// order), joined at compile time. The arguments must be literals or `concat!` of literals.
#[macro_export]
macro_rules! t {
    ($zh_hans:expr, $zh_hant:expr, $en:expr $(,)?) => {
        $crate::text::Text::packed(concat!($zh_hans, "\u{1f}", $zh_hant, "\u{1f}", $en))
    };
}

/// The separator between the languages of a packed [`Text`].
const SEP: char = '\u{1f}';

impl Text {
    /// A text from its packed form (see [`t!`](crate::t)). Checked at compile time when used in
    /// a constant: exactly two separators, so no literal may contain U+001F itself.
    ///
    /// # Panics
    /// When `packed` does not hold exactly two separators (a compile error in a constant).
    pub const fn packed(packed: &'static str) -> Text {
        let b = packed.as_bytes();
        let mut i = 0;
        let mut seps = 0;
        while i < b.len() {
            if b[i] == 0x1f {
                seps += 1;
            }
            i += 1;
        }
        assert!(
            seps == 2,
            "a Text needs exactly three languages, without U+001F"
        );
        Text(packed)
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        let nth = match lang {
            Lang::ZhHans => 0,
            Lang::ZhHant => 1,
            Lang::En => 2,
        };
        self.0.split(SEP).nth(nth).unwrap_or_default()
    }

    /// The Simplified Chinese text.
    pub fn zh_hans(&self) -> &'static str {
        self.get(Lang::ZhHans)
    }

    /// The Traditional Chinese text.
    pub fn zh_hant(&self) -> &'static str {
        self.get(Lang::ZhHant)
    }

    /// The English text.
    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }

    /// True when every language has a non-blank text.
    pub fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|l| !self.get(*l).trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_right_script() {
        assert_eq!(Lang::from_browser_tag("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_browser_tag("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_browser_tag("zh-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_browser_tag("zh-Hans-HK"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_browser_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_browser_tag("zh_HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_browser_tag("zh-Hant-CN"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_browser_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_browser_tag("fr-FR"), None);
        assert_eq!(Lang::from_browser_tag("zht"), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_and_defaults_to_simplified() {
        assert_eq!(Lang::negotiate(["fr", "en-US", "zh-TW"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "ja"]), Lang::ZhHans);
        assert_eq!(Lang::negotiate([]), Lang::ZhHans);
    }

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("zh-CN"), None);
    }

    #[test]
    fn a_text_gives_each_language_its_own_part() {
        let x = crate::t!("简体", "繁體", "English, with commas");
        assert_eq!(x.get(Lang::ZhHans), "简体");
        assert_eq!(x.get(Lang::ZhHant), "繁體");
        assert_eq!(x.get(Lang::En), "English, with commas");
        assert_eq!(
            (x.zh_hans(), x.zh_hant(), x.en()),
            ("简体", "繁體", "English, with commas")
        );
        assert!(x.is_complete());
        assert!(!crate::t!("简体", " ", "English").is_complete());
        assert_eq!(crate::t!("", "", "").get(Lang::En), "");
    }

    #[test]
    #[should_panic(expected = "exactly three languages")]
    fn a_separator_inside_a_literal_is_refused() {
        let _ = Text::packed(concat!("a\u{1f}b", "\u{1f}", "c", "\u{1f}", "d"));
    }
}
