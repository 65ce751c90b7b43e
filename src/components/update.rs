//! The offline and update notice: says when the page has become usable offline, and when a new
//! version is ready, with the button that switches to it ([`crate::pwa`] runs the flow).
//!
//! A view function rather than a `#[component]`: it has no state or hooks of its own, and a
//! component instance would add about 1.8 KB of wasm (0.6 KB gzip) to the first load.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::pwa::Status;

/// A live region (`role="status"`, always in the page so screen readers announce what appears
/// in it) holding the notice for `status`, if any. `on_update` is the user's word to switch to
/// the new version now; `on_dismiss` closes the notice.
pub fn update_banner(
    lang: Lang,
    status: Status,
    on_update: &Callback<()>,
    on_dismiss: &Callback<()>,
) -> Html {
    let t = &catalog(lang).pwa;
    let (id, text) = match status {
        Status::Idle => return html! { <div class="pwa-status" role="status" /> },
        Status::OfflineReady => ("offline-ready", t.offline_ready),
        Status::UpdateReady => ("update-ready", t.update_ready),
    };
    let on_update = on_update.reform(|_: MouseEvent| ());
    let on_dismiss = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="pwa-status" role="status">
            <div class="notice pwa-notice" {id}>
                <p>{text}</p>
                if status == Status::UpdateReady {
                    <button type="button" class="primary" id="update-now" onclick={on_update}>
                        {t.update_now}
                    </button>
                }
                <button type="button" onclick={on_dismiss}>{t.dismiss}</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct Props {
        lang: Lang,
        status: Status,
    }

    #[component]
    fn Harness(p: &Props) -> Html {
        update_banner(p.lang, p.status, &Callback::noop(), &Callback::noop())
    }

    async fn render(lang: Lang, status: Status) -> String {
        yew::LocalServerRenderer::<Harness>::with_props(Props { lang, status })
            .render()
            .await
    }

    #[tokio::test]
    async fn says_nothing_when_idle_but_keeps_the_live_region() {
        let html = render(Lang::En, Status::Idle).await;
        assert!(html.contains("role=\"status\""), "{html}");
        assert!(!html.contains("<button"), "{html}");
    }

    #[tokio::test]
    async fn update_notice_has_its_text_and_two_buttons_in_every_language() {
        for lang in Lang::ALL {
            let t = &catalog(lang).pwa;
            let html = render(lang, Status::UpdateReady).await;
            assert!(html.contains(t.update_ready), "{lang:?}: {html}");
            assert!(html.contains(t.update_now), "{lang:?}: {html}");
            assert!(html.contains(t.dismiss), "{lang:?}: {html}");
            assert_eq!(html.matches("<button type=\"button\"").count(), 2);
        }
    }

    #[tokio::test]
    async fn offline_notice_has_no_update_button() {
        let t = &catalog(Lang::ZhHant).pwa;
        let html = render(Lang::ZhHant, Status::OfflineReady).await;
        assert!(html.contains(t.offline_ready), "{html}");
        assert!(!html.contains(t.update_now), "{html}");
        assert!(html.contains(t.dismiss), "{html}");
    }
}
