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

/// A text in the three languages. Every field is required, so a missing translation cannot
/// compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Simplified Chinese.
    pub zh_hans: &'static str,
    /// Traditional Chinese.
    pub zh_hant: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhHans => self.zh_hans,
            Lang::ZhHant => self.zh_hant,
            Lang::En => self.en,
        }
    }

    /// True when every language has a non-blank text.
    pub fn is_complete(&self) -> bool {
        [self.zh_hans, self.zh_hant, self.en]
            .iter()
            .all(|s| !s.trim().is_empty())
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
}
