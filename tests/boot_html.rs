//! The static first paint in `index.html` is the app's own first render, cut after the first
//! view's introduction (docs/performance.md, "First paint before the wasm").
//!
//! `index.html` holds, between `<!-- boot:begin` and `<!-- boot:end -->`, one copy per language
//! of what [`App`] renders with no link: the skip link, the header, the navigation, the first
//! view's heading and introduction and the report sentence it quotes (the largest paint), closed
//! where it is cut. A small inline
//! script in `index.html` shows the copy of the language `src/platform.rs` will pick (stored
//! choice, then the browser's languages, else Simplified Chinese) and none when the URL has a
//! fragment (a link may name another view or language); Yew's mount empties `<body>` and paints
//! the same elements in the same place.
//!
//! This test renders the block from the app (Yew's `LocalServerRenderer`, as in tests/render.rs)
//! and fails when `index.html` differs, so the static text cannot drift from the i18n catalog or
//! the components. To rewrite the block after a change:
//!
//! ```text
//! QINGSHAN_WRITE_BOOT=1 cargo test --test boot_html
//! ```

// The helpers below run only inside these tests; a render they cannot cut is a failed test.
#![allow(clippy::expect_used)]

use std::fmt::Write as _;

use qingshan::app::{App, AppProps};
use qingshan::i18n::Lang;

/// The last element of the static copy: the report's sentence quoted at the top of the first
/// view, which is the largest paint on a phone in English (in Chinese it is the introduction).
/// Everything after it depends on the inputs or is below the fold.
const FIRST_PAINT_ENDS: &str = "<blockquote class=\"quote\"";

const BEGIN: &str = "<!-- boot:begin";
const END: &str = "<!-- boot:end -->";

/// Elements with no end tag.
const VOID: [&str; 8] = ["meta", "input", "br", "img", "hr", "link", "source", "wbr"];

/// Attributes that name or point at an id: the copies are inert and three languages would
/// repeat every id, so none is kept (the app's own render has them).
const ID_ATTRS: [&str; 5] = [
    "id",
    "for",
    "aria-controls",
    "aria-labelledby",
    "aria-describedby",
];

async fn render(lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang,
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await
}

/// One tag of `html` starting at `at` (which is a `<`): its end (after `>`), its name, and
/// whether it closes (`</x>`). Quoted attribute values may hold `>`.
fn tag_at(html: &str, at: usize) -> Option<(usize, String, bool)> {
    let rest = &html[at..];
    if rest.starts_with("<!--") {
        return Some((at + rest.find("-->")? + 3, String::new(), false));
    }
    let closing = rest.starts_with("</");
    let name: String = rest[if closing { 2 } else { 1 }..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let mut quote = None;
    for (i, ch) in rest.char_indices() {
        match (quote, ch) {
            (None, '"' | '\'') => quote = Some(ch),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some((at + i + 1, name.to_ascii_lowercase(), closing)),
            _ => {}
        }
    }
    None
}

/// `html` cut right after the end of the element whose start tag contains `marker`, with every
/// element still open at that point closed.
fn cut_after(html: &str, marker: &str) -> String {
    let start = html.find(marker).expect("the marker is in the render");
    let mut open: Vec<String> = Vec::new();
    let mut at = 0;
    let mut cut = None;
    let mut depth_at_marker = None;
    while let Some(off) = html[at..].find('<') {
        let pos = at + off;
        let (end, name, closing) = tag_at(html, pos).expect("well-formed render");
        if name.is_empty() {
            at = end;
            continue;
        }
        if closing {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "balanced tags");
            if depth_at_marker == Some(open.len()) {
                cut = Some(end);
                break;
            }
        } else if !VOID.contains(&name.as_str()) && !html[..end].ends_with("/>") {
            if pos <= start && start < end {
                depth_at_marker = Some(open.len());
            }
            open.push(name);
        }
        at = end;
    }
    let cut = cut.expect("the marked element ends");
    let mut out = html[..cut].to_string();
    for name in open.iter().rev() {
        let _ = write!(out, "</{name}>");
    }
    out
}

/// `html` without the attributes in [`ID_ATTRS`] (values are quoted by Yew's renderer).
fn strip_id_attrs(html: &str) -> String {
    let mut out = html.to_string();
    for attr in ID_ATTRS {
        let needle = format!(" {attr}=\"");
        while let Some(i) = out.find(&needle) {
            let value_end =
                out[i + needle.len()..].find('"').expect("closing quote") + i + needle.len() + 1;
            out.replace_range(i..value_end, "");
        }
    }
    out
}

/// The block between the markers, as it must stand in `index.html`.
async fn boot_block() -> String {
    let mut out = String::from(
        "<!-- boot:begin: written by tests/boot_html.rs from the app's own render; do not edit \
         (QINGSHAN_WRITE_BOOT=1 cargo test --test boot_html) -->\n  <div class=\"boot\">\n",
    );
    for lang in Lang::ALL {
        let html = render(lang).await;
        let copy = strip_id_attrs(&cut_after(&html, FIRST_PAINT_ENDS));
        // `inert`: the copy cannot be clicked, focused or read before the app replaces it.
        let copy = copy.replacen("<div lang=", "<div inert lang=", 1);
        assert!(copy.starts_with("<div inert lang=\""), "{copy}");
        let _ = writeln!(out, "    {copy}");
    }
    out.push_str("  </div>\n  ");
    out.push_str(END);
    out
}

fn index_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")
}

#[tokio::test]
async fn index_html_holds_the_apps_first_render_in_each_language() {
    let want = boot_block().await;
    let path = index_path();
    let index = std::fs::read_to_string(&path).expect("index.html");
    let begin = index.find(BEGIN).expect("index.html has the boot block");
    let end = index.find(END).expect("index.html closes the boot block") + END.len();
    let have = &index[begin..end];
    if have != want && std::env::var_os("QINGSHAN_WRITE_BOOT").is_some() {
        let out = format!("{}{}{}", &index[..begin], want, &index[end..]);
        std::fs::write(&path, out).expect("write index.html");
        return;
    }
    assert!(
        have == want,
        "index.html's static first paint differs from the app's render; \
         run QINGSHAN_WRITE_BOOT=1 cargo test --test boot_html\n--- index.html\n{have}\n--- app\n{want}"
    );
}

#[tokio::test]
async fn each_copy_is_the_first_view_up_to_its_introduction() {
    let block = boot_block().await;
    for lang in Lang::ALL {
        let views = &qingshan::i18n::catalog(lang).views;
        let line = block
            .lines()
            .find(|l| l.contains(&format!("<div inert lang=\"{}\"", lang.tag())))
            .expect("one copy per language");
        assert!(line.contains(views.ule_title) && line.contains(views.ule_intro));
        assert!(
            line.ends_with("</cite></blockquote></div></div></section></main></div>"),
            "{line}"
        );
        assert!(!line.contains(" id=\""), "no id in a copy");
    }
}

#[test]
fn the_cut_closes_what_is_open() {
    let html = "<div a=\"x>y\"><br><main><p class=\"intro\">t<b>u</b></p><p>later</p></main></div>";
    assert_eq!(
        cut_after(html, "class=\"intro\""),
        "<div a=\"x>y\"><br><main><p class=\"intro\">t<b>u</b></p></main></div>"
    );
    assert_eq!(
        strip_id_attrs("<a id=\"x\" for=\"y\" b=\"1\">"),
        "<a b=\"1\">"
    );
}
