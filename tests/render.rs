//! The page shell renders natively (Yew's `ServerRenderer`, no browser): landmarks, labelled
//! controls and headings in each language.

use qingshan::app::{App, AppProps};
use qingshan::i18n::{catalog, Lang};

async fn render(lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang,
        ..AppProps::default()
    })
    .render()
    .await
}

#[tokio::test]
async fn shell_has_landmarks_and_labelled_controls_in_every_language() {
    for lang in Lang::ALL {
        let html = render(lang).await;
        let c = catalog(lang);
        for landmark in ["<header", "<nav", "<main", "<footer", "<h1"] {
            assert!(html.contains(landmark), "{lang:?}: no {landmark} in {html}");
        }
        assert!(html.contains(&format!("aria-label=\"{}\"", c.nav.label)));
        assert!(html.contains("<label for=\"lang-select\""));
        assert!(html.contains("id=\"lang-select\""));
        assert!(
            html.contains(c.views.ule_title),
            "{lang:?}: first view is not the ULE view"
        );
        assert!(html.contains(&format!("lang=\"{}\"", lang.tag())));
        assert!(html.contains(c.common.skip_to_content));
        // Exactly one view is marked current.
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
    }
}

#[tokio::test]
async fn a_link_opens_its_view_and_lists_what_it_ignored_as_text() {
    let html = yew::LocalServerRenderer::<App>::with_props(AppProps {
        lang: Lang::ZhHans,
        fragment: "v=1&lang=en&view=sources&%3Cimg%20src%3Dx%3E=1&f.carbon.price.cea.2025=x".into(),
    })
    .render()
    .await;
    let c = catalog(Lang::En);
    assert!(
        html.contains(c.views.sources_title),
        "the link's view and language"
    );
    assert!(html.contains(c.link.notice_title));
    assert!(html.contains(c.link.unknown_key) && html.contains(c.link.bad_value));
    assert!(
        !html.contains("<img"),
        "a hostile key is shown as text, never as markup"
    );
    assert!(html.contains("&lt;img"));
}
