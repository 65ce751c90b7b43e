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
pub fn encode(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium)
        .or_else(|_| QrCode::encode_text(text, QrCodeEcc::Low))
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
