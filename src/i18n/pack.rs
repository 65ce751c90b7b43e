//! Language packs: one language's catalog as a text file (`assets/i18n/<tag>.txt`), which the
//! browser build fetches instead of compiling all three catalogs in (see the module above).
//!
//! The format, version 1, UTF-8 with `\n` line ends:
//!
//! ```text
//! qingshan-i18n<TAB>1<TAB><language tag><TAB><number of strings><TAB><keys hash, 16 hex digits>
//! <the first string>
//! <the second string>
//! …
//! ```
//!
//! The strings come in the order the catalog's structs declare their fields (`keys/`), one per
//! line; no string contains a line break (`tests/i18n_packs.rs`). The keys hash is FNV-1a of
//! the field names in that order, so a pack written for another version of the keys (a field
//! added, removed, renamed or moved) is refused, never read shifted by one.

use super::{Catalog, Lang};

/// The header's first field.
pub const MAGIC: &str = "qingshan-i18n";
/// The format version this build reads and writes.
pub const VERSION: &str = "1";

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
    /// A pack for other keys (another version of the app).
    Keys,
    /// Fewer or more strings than the keys.
    Length,
}

/// Reads `text` as `lang`'s pack.
///
/// # Errors
/// [`PackError`] says which check failed; nothing is read from a pack that fails one.
pub fn parse(text: &'static str, lang: Lang) -> Result<Catalog, PackError> {
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
    let (Some(len), Some(hash), None) = (len, hash, fields.next()) else {
        return Err(PackError::Header);
    };
    if len != Catalog::LEN || hash != Catalog::KEYS_HASH {
        return Err(PackError::Keys);
    }
    let strings: Vec<&'static str> = body.lines().collect();
    let mut catalog = Catalog::EMPTY;
    if !catalog.fill(&strings) {
        return Err(PackError::Length);
    }
    Ok(catalog)
}

/// `catalog` written as `lang`'s pack (native builds write the packs from the compiled-in
/// catalogs: `tests/i18n_packs.rs`).
pub fn write(catalog: &Catalog, lang: Lang) -> String {
    let mut strings = Vec::with_capacity(Catalog::LEN);
    catalog.write(&mut strings);
    let mut out = format!(
        "{MAGIC}\t{VERSION}\t{}\t{}\t{:016x}\n",
        lang.tag(),
        strings.len(),
        Catalog::KEYS_HASH
    );
    for s in strings {
        out.push_str(s);
        out.push('\n');
    }
    out
}
