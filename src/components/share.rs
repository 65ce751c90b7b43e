//! Share the scenario: the link, a copy button, the system share sheet, a QR code.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::export::APP_VERSION;
use crate::i18n::catalog;
use crate::platform;
use crate::qr;

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The scenario's link fragment (without `#`).
    pub fragment: AttrValue,
    /// The page's language.
    pub lang: Lang,
}

/// The share panel.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = &catalog(props.lang).link;
    let url = platform::page_url(&props.fragment);
    let copied = use_state(|| None::<bool>);
    {
        // A new link clears the "copied" message.
        let copied = copied.clone();
        use_effect_with(props.fragment.clone(), move |_| copied.set(None));
    }
    let qr = use_memo(url.clone(), |u| qr::encode(u));
    let hash = use_memo((), |()| {
        qingshan_core::factors::Library::standard().content_hash()
    });

    let on_copy = {
        let copied = copied.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            platform::copy_text(url.clone(), Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let on_share = {
        let url = url.clone();
        let title = catalog(props.lang).common.app_name;
        Callback::from(move |_: MouseEvent| platform::share(title, &url))
    };
    let status = match *copied {
        Some(true) => t.copied,
        Some(false) => t.copy_failed,
        None => "",
    };

    html! {
        <section class="share panel" aria-labelledby="share-title">
            <h2 id="share-title">{t.share_title}</h2>
            <p class="method-note">{t.share_intro}</p>
            // On paper (print stylesheet) the panel becomes the report's reference: the link as
            // text, the QR code that reopens it, and the versions the numbers were made with.
            <div class="print-only">
                <p><strong>{t.print_scenario}</strong></p>
                <p class="print-url">{url.clone()}</p>
                <p>{format!("{} {APP_VERSION} · {} {} ({})", t.print_app,
                    t.print_factor_set, qingshan_core::factors::FACTOR_SET_VERSION, *hash)}</p>
            </div>
            <div class="share-row">
                <label for="share-url" class="visually-hidden">{t.link_label}</label>
                <input id="share-url" type="text" readonly=true value={url.clone()} />
                <button type="button" id="share-copy" onclick={on_copy}>{t.copy_link}</button>
                if platform::can_share() {
                    <button type="button" onclick={on_share}>{t.system_share}</button>
                }
                <span class="share-status" role="status">{status}</span>
            </div>
            {
                match &*qr {
                    Some(q) => {
                        let side = q.size + 2 * qr::QUIET;
                        html! {
                            <figure class="qr">
                                <svg viewBox={format!("0 0 {side} {side}")} role="img"
                                    aria-labelledby="qr-caption" shape-rendering="crispEdges">
                                    <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                                    <path d={q.path.clone()} fill="#000" />
                                </svg>
                                <figcaption id="qr-caption">{t.qr_caption}</figcaption>
                            </figure>
                        }
                    }
                    None => html! { <p class="notice">{t.qr_too_long}</p> },
                }
            }
        </section>
    }
}
