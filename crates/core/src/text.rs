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
/// # Texts by number
/// Texts are *numbered*: the build script (`build.rs`) lists every `t!` of the core's sources
/// whose arguments are plain literals, and the texts macros assemble from
/// `texts-built-by-macros.tsv` (kept exact by `tests::macro_built_texts_are_listed`), and `t!`
/// finds its literal in that list at compile time. A numbered text holds only its number, so the browser build carries no text
/// at all for it: the page reads the reader's language from its language pack (the app writes
/// the packs from [`pack_lines`] and hands them to [`install`]). Native builds (tests,
/// server-side rendering) have every numbered text compiled in, so nothing needs installing
/// there. This took ≈ 23 KB gzip off the first load (docs/size.md, "Core texts in the packs").
///
/// A text the build script did not number (a new macro-built one not yet listed, say) is stored
/// as one literal, `"zh-Hans␟zh-Hant␟en"` (U+001F UNIT SEPARATOR between the three), as every
/// text was before: it costs bytes, never a wrong text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(Repr);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Repr {
    /// Its place in [`generated::HASHES`], and in every language pack.
    Numbered(u16),
    /// The three languages in one literal.
    Packed(&'static str),
}

/// A [`Text`] from its Simplified Chinese, Traditional Chinese and English literals (in that
/// order), joined and looked up at compile time. The arguments must be literals or `concat!` of
/// literals.
#[macro_export]
macro_rules! t {
    ($zh_hans:expr, $zh_hant:expr, $en:expr $(,)?) => {
        const { $crate::text::Text::lookup(concat!($zh_hans, "\u{1f}", $zh_hant, "\u{1f}", $en)) }
    };
}

/// The separator between the languages of a packed [`Text`].
const SEP: char = '\u{1f}';

/// The build script's list (see [`Text`]). Generated: hashes are written as plain hex.
#[allow(clippy::unreadable_literal)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}

/// How many texts are numbered: the lines of a language pack's core section.
pub const NUMBERED: usize = generated::HASHES.len();

/// A hash of the numbered texts (all languages): a pack written for another set is refused.
pub const NUMBERED_HASH: u64 = {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < generated::HASHES.len() {
        let b = generated::HASHES[i].to_le_bytes();
        let mut j = 0;
        while j < 8 {
            h = (h ^ b[j] as u64).wrapping_mul(FNV_PRIME);
            j += 1;
        }
        i += 1;
    }
    h
};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

impl Text {
    /// A text from its packed form (see [`t!`](crate::t)), unnumbered. Checked at compile time
    /// when used in a constant: exactly two separators, so no literal may contain U+001F itself.
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
        Text(Repr::Packed(packed))
    }

    /// The numbered text for `packed` if the build script numbered it, else the packed text.
    /// Meant for compile time (`t!` calls it in a `const` block).
    ///
    /// # Panics
    /// As [`Text::packed`].
    pub const fn lookup(packed: &'static str) -> Text {
        let text = Text::packed(packed);
        let b = packed.as_bytes();
        let mut h = FNV_OFFSET;
        let mut i = 0;
        while i < b.len() {
            h = (h ^ b[i] as u64).wrapping_mul(FNV_PRIME);
            i += 1;
        }
        let (mut lo, mut hi) = (0, generated::HASHES.len());
        while lo < hi {
            let mid = usize::midpoint(lo, hi);
            if generated::HASHES[mid] == h {
                // At most u16::MAX texts: `install` and the packs count them in u16.
                assert!(mid <= u16::MAX as usize, "too many numbered texts");
                #[allow(clippy::cast_possible_truncation)]
                return Text(Repr::Numbered(mid as u16));
            }
            if generated::HASHES[mid] < h {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        text
    }

    /// Its number, if the build script numbered it (its line in a pack's core section).
    pub fn number(&self) -> Option<usize> {
        match self.0 {
            Repr::Numbered(n) => Some(usize::from(n)),
            Repr::Packed(_) => None,
        }
    }

    /// The text in `lang`. A numbered text whose language is not installed (the browser build,
    /// before its pack is in) is empty.
    pub fn get(&self, lang: Lang) -> &'static str {
        match self.0 {
            Repr::Packed(p) => part(p, lang),
            Repr::Numbered(n) => installed::get(lang, usize::from(n)),
        }
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

/// `lang`'s part of a packed text.
fn part(packed: &'static str, lang: Lang) -> &'static str {
    let nth = match lang {
        Lang::ZhHans => 0,
        Lang::ZhHant => 1,
        Lang::En => 2,
    };
    packed.split(SEP).nth(nth).unwrap_or_default()
}

/// `lang`'s part of every numbered text, by number: a language pack's core section (native
/// builds, which write the packs).
#[cfg(not(target_arch = "wasm32"))]
pub fn pack_lines(lang: Lang) -> Vec<&'static str> {
    generated::TEXTS.iter().map(|p| part(p, lang)).collect()
}

/// Makes `texts` (`lang`'s part of every numbered text, by number, as [`pack_lines`] lists them)
/// the numbered texts in `lang` for this thread, for the page's lifetime. Returns `false`, and
/// installs nothing, when there are not [`NUMBERED`] of them.
///
/// A native build has them all already; installing there overrides them (for tests of the
/// browser's path).
pub fn install(lang: Lang, texts: &[&'static str]) -> bool {
    installed::install(lang, texts)
}

/// Incremented by every [`install`]: what was built from texts (a search index) is stale when
/// it changes.
pub fn generation() -> u32 {
    installed::generation()
}

/// The numbered texts installed per language, and the native build's own.
mod installed {
    use super::Lang;
    use std::cell::{Cell, RefCell};

    thread_local! {
        static TABLES: RefCell<[Vec<&'static str>; 3]> = const { RefCell::new([Vec::new(), Vec::new(), Vec::new()]) };
        static GENERATION: Cell<u32> = const { Cell::new(0) };
    }

    fn slot(lang: Lang) -> usize {
        match lang {
            Lang::ZhHans => 0,
            Lang::ZhHant => 1,
            Lang::En => 2,
        }
    }

    pub(super) fn get(lang: Lang, n: usize) -> &'static str {
        let installed = TABLES.with(|t| t.borrow()[slot(lang)].get(n).copied());
        match installed {
            Some(s) => s,
            None => compiled_in(lang, n),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn compiled_in(lang: Lang, n: usize) -> &'static str {
        super::generated::TEXTS
            .get(n)
            .map_or("", |p| super::part(p, lang))
    }

    #[cfg(target_arch = "wasm32")]
    fn compiled_in(_lang: Lang, _n: usize) -> &'static str {
        ""
    }

    pub(super) fn install(lang: Lang, texts: &[&'static str]) -> bool {
        if texts.len() != super::NUMBERED {
            return false;
        }
        TABLES.with(|t| t.borrow_mut()[slot(lang)] = texts.to_vec());
        GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
        true
    }

    pub(super) fn generation() -> u32 {
        GENERATION.with(Cell::get)
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

    /// The build script's scan works: with the list of macro-built texts, it numbers every
    /// report sentence and label and all of the factor library's text.
    #[test]
    fn all_texts_are_numbered() {
        for f in crate::figures::all() {
            assert!(f.sentence.number().is_some(), "{}", f.id);
            assert!(f.label.number().is_some(), "{}", f.id);
        }
        let (mut numbered, mut all) = (0, 0);
        for f in crate::factors::Library::standard().iter() {
            let d = f.def;
            for t in [Some(&d.name), Some(&d.source.publisher), d.note] {
                let Some(t) = t else { continue };
                let bytes: usize = Lang::ALL.iter().map(|l| t.get(*l).len()).sum();
                all += bytes;
                if t.number().is_some() {
                    numbered += bytes;
                }
            }
        }
        assert!(
            numbered * 100 >= all * 85,
            "{numbered} of {all} bytes numbered"
        );
        // A numbered text reads the same as its literal would.
        let x = crate::t!("简体", "繁體", "English, with commas");
        assert_eq!(x.get(Lang::En), "English, with commas");
    }

    /// The texts macros assemble (factor names built from a fuel, region or province name),
    /// which the build script cannot find in the sources, are listed in
    /// `texts-built-by-macros.tsv`, and numbered from there. This walks every such text the
    /// core hands out and fails when the list is not exactly those;
    /// `UPDATE_PACKS=1 cargo test -p qingshan-core macro_built` rewrites it (then rewrite the
    /// language packs: `UPDATE_PACKS=1 cargo test --test i18n_packs`).
    #[test]
    fn macro_built_texts_are_listed() {
        use crate::factors::{electricity::Province, Library, ValueDef};
        let mut texts: Vec<Text> = Vec::new();
        for f in Library::standard().iter() {
            let d = f.def;
            texts.extend([d.name, d.source.publisher]);
            texts.extend(d.note.copied());
            if let ValueDef::Derived(der) = d.value {
                texts.push(der.formula);
            }
        }
        texts.extend(Province::ALL.iter().map(|p| p.name()));
        texts.extend(crate::carbon::Fuel::ALL.iter().map(|f| f.name()));
        let mut lines: Vec<String> = texts
            .iter()
            .filter_map(|t| match t.0 {
                Repr::Packed(p) => Some(p),
                Repr::Numbered(n) if generated::EXTRA[usize::from(n)] => {
                    Some(generated::TEXTS[usize::from(n)])
                }
                Repr::Numbered(_) => None,
            })
            .filter(|p| !p.contains(['\n', '\t', '\r']))
            .map(|p| p.replace(SEP, "\t"))
            .collect();
        lines.sort();
        lines.dedup();
        let listed: String = lines.iter().flat_map(|l| [l.as_str(), "\n"]).collect();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/texts-built-by-macros.tsv");
        if std::env::var_os("UPDATE_PACKS").is_some() {
            std::fs::write(path, &listed).unwrap_or_else(|e| panic!("{path}: {e}"));
            return;
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == listed,
            "{path} is not the list of macro-built texts; run \
             `UPDATE_PACKS=1 cargo test -p qingshan-core macro_built`, then \
             `UPDATE_PACKS=1 cargo test --test i18n_packs`, and commit both"
        );
        // Listed, they are numbered: nothing the walk found is left in the wasm.
        assert!(texts.iter().all(|t| t.number().is_some()));
    }

    #[test]
    fn a_text_the_scan_did_not_see_is_kept_whole() {
        // Built at run time, so the build script cannot have listed it.
        let packed: &'static str = format!("甲{SEP}乙{SEP}C").leak();
        let text = Text::lookup(packed);
        assert_eq!(text.number(), None);
        assert_eq!(
            (text.zh_hans(), text.zh_hant(), text.en()),
            ("甲", "乙", "C")
        );
    }

    #[test]
    #[should_panic(expected = "exactly three languages")]
    fn a_separator_inside_a_literal_is_refused() {
        let _ = Text::packed(concat!("a\u{1f}b", "\u{1f}", "c", "\u{1f}", "d"));
    }
}
