//! QR codes drawn on the page, from the link itself (no network, no image files).

use std::fmt::Write;

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as an SVG path over a square of `size` modules (plus a 4-module quiet zone on each
/// side, as ISO/IEC 18004 asks), or `None` if the text is too long for any QR code.
#[derive(Clone, Debug, PartialEq)]
pub struct QrSvg {
    /// Modules per side, without the quiet zone.
    pub size: i32,
    /// `M x y h1v1h-1z` for each dark module, offset by the quiet zone.
    pub path: String,
}

/// The quiet zone, in modules.
pub const QUIET: i32 = 4;

/// Encodes `text` with error correction level M (15 %), or L if M does not fit.
///
/// Always in byte mode (`encode_binary`). `encode_text` would pick the numeric or alphanumeric
/// mode only for text made of digits or of upper-case letters and `$%*+-./: `; a page URL
/// always has lower-case letters (the scheme at least), so it gets byte mode either way and
/// the code is the same module for module, without the mode-detection code in the wasm
/// (docs/size.md).
pub fn encode(text: &str) -> Option<QrSvg> {
    let data = text.as_bytes();
    let qr = QrCode::encode_binary(data, QrCodeEcc::Medium)
        .or_else(|_| QrCode::encode_binary(data, QrCodeEcc::Low))
        .ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                let _ = write!(path, "M{} {}h1v1h-1z", x + QUIET, y + QUIET);
            }
        }
    }
    Some(QrSvg { size, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path `encode` would have drawn with `QrCode::encode_text` (its mode detection).
    fn text_mode_path(text: &str) -> String {
        let qr = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        let mut path = String::new();
        for y in 0..qr.size() {
            for x in 0..qr.size() {
                if qr.get_module(x, y) {
                    let _ = write!(path, "M{} {}h1v1h-1z", x + QUIET, y + QUIET);
                }
            }
        }
        path
    }

    #[test]
    fn page_urls_give_the_same_code_as_text_mode() {
        for url in [
            "https://example.org/qingshan/",
            "http://127.0.0.1:8080/#v=1&view=tp&p.m.0.t=plant&p.m.0.flow=20000",
            "https://example.org/%E9%9D%92%E5%B1%B1/#v=1&view=carbon&c.l.0.q=1.5E3",
        ] {
            assert_eq!(encode(url).unwrap().path, text_mode_path(url), "{url}");
        }
    }

    #[test]
    fn too_long_for_any_code() {
        assert_eq!(encode(&"x".repeat(3000)), None);
    }
}
