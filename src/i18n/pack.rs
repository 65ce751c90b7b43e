//! Language packs: one language's catalog as text files (`assets/i18n/<tag>.txt` and
//! `<tag>.more.txt`), which the browser build fetches instead of compiling all three catalogs in
//! (see the module above), with that language's part of the core's numbered texts (factor names,
//! notes, the report's sentences: `qingshan_core::text`, "Texts by number").
//!
//! # Two parts (docs/size.md, "The first view's pack")
//!
//! A language comes in two files. The *first* holds what the first view can show before the
//! split-out wasm arrives (the page's frame, the ultra-low-emission view, the shared widgets:
//! [`FIRST_VIEW_PARTS`], and every core text except the other calculators' and other figures':
//! [`rest_of_core`]); the *more* file holds everything else. A page opened without a link
//! fetches the first with the wasm and the other when it is idle, with the split-out wasm;
//! what needs it waits for both (`src/app.rs`, `AfterSplit`; `components::views`). A page
//! opened by a link, a language switch and the offline cache load both before showing anything.
//!
//! # The format, version 3, UTF-8 with `\n` line ends
//!
//! ```text
//! qingshan-i18n<TAB>3<TAB><tag><TAB><part><TAB><UI strings><TAB><keys hash><TAB><core texts><TAB><core hash><TAB><UI mask><TAB><core mask>
//! <the first UI string this part holds>
//! …
//! <the first core text this part holds>
//! …
//! ```
//!
//! `part` is `1` (the first view's) or `2` (the rest). The counts and hashes are the whole
//! catalog's and the whole numbered set's, in both parts. Each mask says which strings the part
//! holds, in hex, one bit per string (byte `k` covers strings `8k`–`8k+7`, lowest bit first);
//! the two parts' masks are complements, checked when the second is added to the first.
//!
//! The UI strings come in the order the catalog's structs declare their fields (`keys/`), one per
//! line; no string contains a line break (`tests/i18n_packs.rs`). The keys hash is FNV-1a of
//! the field names in that order, so a pack written for another version of the keys (a field
//! added, removed, renamed or moved) is refused, never read shifted by one. The core texts come
//! by number, under the hash of the whole numbered set (`text::NUMBERED_HASH`), checked the same
//! way. The masks give both sections' lengths, so a line lost or added anywhere is refused.
//! (The report-figures view in English also quotes each sentence in Simplified Chinese: it asks
//! for that pack when it opens, rather than every English reader loading those sentences.)

use super::{Catalog, Lang};
use qingshan_core::text;

/// The header's first field.
pub const MAGIC: &str = "qingshan-i18n";
/// The format version this build reads and writes.
pub const VERSION: &str = "3";

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a (64-bit) of `names`, each followed by a 0 byte. Run at compile time by the keys'
/// `KEYS_HASH`.
pub const fn keys_hash(names: &[&str]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < names.len() {
        h = fnv_extend(fnv_extend(h, names[i].as_bytes()), &[0]);
        i += 1;
    }
    h
}

/// FNV-1a of the parts' hashes (their little-endian bytes), in order.
pub const fn combine(hashes: &[u64]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < hashes.len() {
        h = fnv_extend(h, &hashes[i].to_le_bytes());
        i += 1;
    }
    h
}

/// FNV-1a's step over `bytes`, from the hash `h` so far.
const fn fnv_extend(mut h: u64, bytes: &[u8]) -> u64 {
    let mut j = 0;
    while j < bytes.len() {
        h ^= bytes[j] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        j += 1;
    }
    h
}

/// Why a text is not a pack this build can read for the language asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack, or another version of the format.
    Header,
    /// A pack for another language.
    Lang,
    /// A pack for other keys or other core texts (another version of the app).
    Keys,
    /// Fewer or more strings than the header says.
    Length,
    /// The second part without the first, or two parts that do not complete each other.
    Parts,
}

/// The catalog's parts the first view's file holds (`Catalog::PARTS` names them): the page's
/// frame, the ultra-low-emission view and what it shares with the others. The rest (the heavy
/// trucks, total phosphorus, carbon, the library views, export, comparison, sharing and link
/// notices) is only shown after the second file is in. `tests/first_view_pack.rs` renders the
/// first view with the rest blanked out and fails if any of it shows.
pub const FIRST_VIEW_PARTS: &[&str] = &[
    "common",
    "nav",
    "views",
    "ule",
    "widgets",
    "pwa",
    "uncertainty",
];

/// One file of a language: the strings it holds, at their places in the whole.
#[derive(Debug, PartialEq)]
pub struct Part {
    /// 1 (the first view's) or 2 (the rest).
    pub part: u8,
    /// Every UI string, empty where this part does not hold it.
    pub ui: Vec<&'static str>,
    /// Which UI strings this part holds.
    pub ui_mask: Vec<bool>,
    /// Every numbered core text, empty where this part does not hold it.
    pub core: Vec<&'static str>,
    /// Which core texts this part holds.
    pub core_mask: Vec<bool>,
}

/// A language's strings: the catalog and its core texts by number.
#[derive(Debug, PartialEq)]
pub struct Pack {
    /// The UI strings.
    pub catalog: Catalog,
    /// The core's numbered texts in the pack's language, by number.
    pub core: Vec<&'static str>,
}

impl Part {
    /// The catalog as far as this part holds it (the rest empty), and its core texts.
    pub fn pack(&self) -> Pack {
        let mut catalog = Catalog::EMPTY;
        // The length was checked by `parse`.
        let _ = catalog.fill(&self.ui);
        Pack {
            catalog,
            core: self.core.clone(),
        }
    }

    /// The whole language: this first part with `rest`, its second.
    ///
    /// # Errors
    /// [`PackError::Parts`] unless `self` is a first part and `rest` the second part whose masks
    /// are exactly the complements of `self`'s.
    pub fn complete(&self, rest: &Part) -> Result<Pack, PackError> {
        let complements =
            |a: &[bool], b: &[bool]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x != y);
        if self.part != 1
            || rest.part != 2
            || !complements(&self.ui_mask, &rest.ui_mask)
            || !complements(&self.core_mask, &rest.core_mask)
        {
            return Err(PackError::Parts);
        }
        let merge = |a: &[&'static str], b: &[&'static str], mask: &[bool]| -> Vec<&'static str> {
            a.iter()
                .zip(b)
                .zip(mask)
                .map(|((x, y), first)| if *first { *x } else { *y })
                .collect()
        };
        let mut catalog = Catalog::EMPTY;
        let _ = catalog.fill(&merge(&self.ui, &rest.ui, &self.ui_mask));
        Ok(Pack {
            catalog,
            core: merge(&self.core, &rest.core, &self.core_mask),
        })
    }
}

/// Reads `text` as a part of `lang`'s pack.
///
/// # Errors
/// [`PackError`] says which check failed; nothing is read from a pack that fails one.
pub fn parse(text: &'static str, lang: Lang) -> Result<Part, PackError> {
    // A byte-order mark, as some tools and hosts add to text files, is not part of the header.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (header, body) = text.split_once('\n').ok_or(PackError::Header)?;
    let mut fields = header.trim_end_matches('\r').split('\t');
    if fields.next() != Some(MAGIC) || fields.next() != Some(VERSION) {
        return Err(PackError::Header);
    }
    if fields.next() != Some(lang.tag()) {
        return Err(PackError::Lang);
    }
    let part = match fields.next() {
        Some("1") => 1,
        Some("2") => 2,
        _ => return Err(PackError::Header),
    };
    let len = fields.next().and_then(|n| n.parse::<usize>().ok());
    let hash = fields.next().and_then(|h| u64::from_str_radix(h, 16).ok());
    let core_len = fields.next().and_then(|n| n.parse::<usize>().ok());
    let core_hash = fields.next().and_then(|h| u64::from_str_radix(h, 16).ok());
    let ui_mask = fields.next();
    let core_mask = fields.next();
    let (
        Some(len),
        Some(hash),
        Some(core_len),
        Some(core_hash),
        Some(ui_mask),
        Some(core_mask),
        None,
    ) = (
        len,
        hash,
        core_len,
        core_hash,
        ui_mask,
        core_mask,
        fields.next(),
    )
    else {
        return Err(PackError::Header);
    };
    if len != Catalog::LEN
        || hash != Catalog::KEYS_HASH
        || core_len != text::NUMBERED
        || core_hash != text::NUMBERED_HASH
    {
        return Err(PackError::Keys);
    }
    let (Some(ui_mask), Some(core_mask)) =
        (read_mask(ui_mask, len), read_mask(core_mask, core_len))
    else {
        return Err(PackError::Header);
    };
    let mut lines = body.lines();
    let mut fill = |mask: &[bool]| -> Option<Vec<&'static str>> {
        mask.iter()
            .map(|held| if *held { lines.next() } else { Some("") })
            .collect()
    };
    let (Some(ui), Some(core)) = (fill(&ui_mask), fill(&core_mask)) else {
        return Err(PackError::Length);
    };
    if lines.next().is_some() {
        return Err(PackError::Length);
    }
    Ok(Part {
        part,
        ui,
        ui_mask,
        core,
        core_mask,
    })
}

/// A mask of `n` bits from its hex (see the module docs); `None` unless it has exactly the
/// digits `n` bits need and no bit set past `n`.
fn read_mask(hex: &str, n: usize) -> Option<Vec<bool>> {
    let bytes = hex.as_bytes();
    if bytes.len() != n.div_ceil(8) * 2 {
        return None;
    }
    let mut mask = Vec::with_capacity(n);
    for (k, pair) in bytes.chunks(2).enumerate() {
        let byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        for bit in 0..8 {
            let set = byte & (1 << bit) != 0;
            if k * 8 + bit < n {
                mask.push(set);
            } else if set {
                return None;
            }
        }
    }
    Some(mask)
}

/// `mask` in hex (see the module docs).
#[cfg(not(target_arch = "wasm32"))]
fn write_mask(mask: &[bool]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(mask.len().div_ceil(8) * 2);
    for chunk in mask.chunks(8) {
        let byte = chunk
            .iter()
            .enumerate()
            .fold(0u8, |b, (i, set)| if *set { b | (1 << i) } else { b });
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// Which UI strings the first view's file holds: those of [`FIRST_VIEW_PARTS`].
#[cfg(not(target_arch = "wasm32"))]
pub fn first_view_ui() -> Vec<bool> {
    Catalog::PARTS
        .iter()
        .flat_map(|(name, len)| std::iter::repeat_n(FIRST_VIEW_PARTS.contains(name), *len))
        .collect()
}

/// The numbered core texts only the rest of the page shows: the names, sources, notes and
/// formulas of the total-phosphorus and carbon factors, the provinces and fuels, and the
/// sentences and labels of the report's figures other than the ultra-low-emission ones, except
/// any text the ultra-low-emission factors or figures, or the report's citation, also use. Everything else (units, method
/// words, messages, whatever is not listed here) is in the first view's file.
#[cfg(not(target_arch = "wasm32"))]
pub fn rest_of_core() -> Vec<bool> {
    use qingshan_core::factors::{electricity::Province, Library, ValueDef};
    use qingshan_core::text::Text;
    let mut first: Vec<Text> = Vec::new();
    let mut rest: Vec<Text> = Vec::new();
    for f in Library::standard().iter() {
        let d = f.def;
        let mut texts = vec![d.name, d.source.publisher];
        texts.extend(d.note.copied());
        if let ValueDef::Derived(der) = d.value {
            texts.push(der.formula);
        }
        if d.id.starts_with("ule.") || d.id.starts_with("truck.") {
            first.extend(texts);
        } else {
            rest.extend(texts);
        }
    }
    for f in qingshan_core::figures::all() {
        let texts = [f.sentence, f.label];
        if f.id.starts_with("ule.") {
            first.extend(texts);
        } else {
            rest.extend(texts);
        }
    }
    // The report the first view quotes, cited under the quote.
    let report = &qingshan_core::figures::REPORT;
    first.extend([
        report.title,
        report.publisher,
        report.conference,
        report.copy,
    ]);
    rest.extend(Province::ALL.iter().map(|p| p.name()));
    rest.extend(qingshan_core::carbon::Fuel::ALL.iter().map(|f| f.name()));
    let mut mask = vec![false; text::NUMBERED];
    for n in rest.iter().filter_map(Text::number) {
        mask[n] = true;
    }
    for n in first.iter().filter_map(Text::number) {
        mask[n] = false;
    }
    mask
}

/// `catalog` written as `lang`'s pack, with `lang`'s part of the core's numbered texts, in its
/// two files: the first view's and the rest (native builds write the packs from the
/// compiled-in catalogs and texts: `tests/i18n_packs.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn write(catalog: &Catalog, lang: Lang) -> [String; 2] {
    let mut strings = Vec::with_capacity(Catalog::LEN);
    catalog.write(&mut strings);
    let core = text::pack_lines(lang);
    let ui_first = first_view_ui();
    let core_first: Vec<bool> = rest_of_core().iter().map(|rest| !rest).collect();
    [1u8, 2].map(|part| {
        let holds = |first: &bool| (part == 1) == *first;
        let ui_mask: Vec<bool> = ui_first.iter().map(holds).collect();
        let core_mask: Vec<bool> = core_first.iter().map(holds).collect();
        let mut out = format!(
            "{MAGIC}\t{VERSION}\t{}\t{part}\t{}\t{:016x}\t{}\t{:016x}\t{}\t{}\n",
            lang.tag(),
            strings.len(),
            Catalog::KEYS_HASH,
            core.len(),
            text::NUMBERED_HASH,
            write_mask(&ui_mask),
            write_mask(&core_mask),
        );
        let held = strings
            .iter()
            .zip(&ui_mask)
            .chain(core.iter().zip(&core_mask))
            .filter(|(_, held)| **held);
        for (s, _) in held {
            out.push_str(s);
            out.push('\n');
        }
        out
    })
}
