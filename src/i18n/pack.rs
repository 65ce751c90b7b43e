//! Language packs: one language's catalog as a text file (`assets/i18n/<tag>.txt`), which the
//! browser build fetches instead of compiling all three catalogs in (see the module above), and
//! that language's part of the core's numbered texts (factor names, notes, the report's
//! sentences: `qingshan_core::text`, "Texts by number").
//!
//! The format, version 2, UTF-8 with `\n` line ends:
//!
//! ```text
//! qingshan-i18n<TAB>2<TAB><tag><TAB><UI strings><TAB><keys hash><TAB><core texts><TAB><core hash>
//! <the first UI string>
//! …
//! <the first core text>
//! …
//! ```
//!
//! The UI strings come in the order the catalog's structs declare their fields (`keys/`), one per
//! line; no string contains a line break (`tests/i18n_packs.rs`). The keys hash is FNV-1a of
//! the field names in that order, so a pack written for another version of the keys (a field
//! added, removed, renamed or moved) is refused, never read shifted by one. The core texts come
//! by number, under the hash of the whole numbered set (`text::NUMBERED_HASH`), checked the same
//! way. Both sections' lengths are in the header, so a line lost or added anywhere is refused.
//! (The report-figures view in English also quotes each sentence in Simplified Chinese: it asks
//! for that pack when it opens, rather than every English reader loading those sentences.)

use super::{Catalog, Lang};
use qingshan_core::text;

/// The header's first field.
pub const MAGIC: &str = "qingshan-i18n";
/// The format version this build reads and writes.
pub const VERSION: &str = "2";

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
}

/// What a pack holds: the catalog and its language's core texts by number.
#[derive(Debug, PartialEq)]
pub struct Pack {
    /// The UI strings.
    pub catalog: Catalog,
    /// The core's numbered texts in the pack's language, by number.
    pub core: Vec<&'static str>,
}

/// Reads `text` as `lang`'s pack.
///
/// # Errors
/// [`PackError`] says which check failed; nothing is read from a pack that fails one.
pub fn parse(text: &'static str, lang: Lang) -> Result<Pack, PackError> {
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
    let len = fields.next().and_then(|n| n.parse::<usize>().ok());
    let hash = fields.next().and_then(|h| u64::from_str_radix(h, 16).ok());
    let core_len = fields.next().and_then(|n| n.parse::<usize>().ok());
    let core_hash = fields.next().and_then(|h| u64::from_str_radix(h, 16).ok());
    let (Some(len), Some(hash), Some(core_len), Some(core_hash), None) =
        (len, hash, core_len, core_hash, fields.next())
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
    let mut lines = body.lines();
    let strings: Vec<&'static str> = lines.by_ref().take(len).collect();
    let mut catalog = Catalog::EMPTY;
    if !catalog.fill(&strings) {
        return Err(PackError::Length);
    }
    let core: Vec<&'static str> = lines.by_ref().take(core_len).collect();
    if core.len() != core_len || lines.next().is_some() {
        return Err(PackError::Length);
    }
    Ok(Pack { catalog, core })
}

/// `catalog` written as `lang`'s pack, with `lang`'s part of the core's numbered texts (native
/// builds write the packs from the compiled-in catalogs and texts: `tests/i18n_packs.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn write(catalog: &Catalog, lang: Lang) -> String {
    let mut strings = Vec::with_capacity(Catalog::LEN);
    catalog.write(&mut strings);
    let core = text::pack_lines(lang);
    let mut out = format!(
        "{MAGIC}\t{VERSION}\t{}\t{}\t{:016x}\t{}\t{:016x}\n",
        lang.tag(),
        strings.len(),
        Catalog::KEYS_HASH,
        core.len(),
        text::NUMBERED_HASH
    );
    for s in strings.into_iter().chain(core) {
        out.push_str(s);
        out.push('\n');
    }
    out
}
