//! The page shell renders natively (Yew's `ServerRenderer`, no browser): landmarks, labelled
//! controls and headings in each language.

use qingshan::app::{App, AppProps};
use qingshan::i18n::{catalog, Lang};

async fn render(lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps { lang })
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
