//! The notice listing what an opened link held that could not be used.

use qingshan_core::codec::{Notice, NoticeKind};
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;

/// Props of [`LinkNotices`].
#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    /// The notices (nothing is shown when empty).
    pub notices: Vec<Notice>,
    /// Hides the notice.
    pub on_dismiss: Callback<()>,
    /// The page's language.
    pub lang: Lang,
}

/// The reason of a notice in `lang`.
pub fn reason(kind: &NoticeKind, lang: Lang) -> String {
    let t = &catalog(lang).link;
    match kind {
        NoticeKind::UnknownKey => t.unknown_key.to_string(),
        NoticeKind::BadValue => t.bad_value.to_string(),
        NoticeKind::OutOfRange => t.out_of_range.to_string(),
        NoticeKind::Duplicate => t.duplicate.to_string(),
        NoticeKind::NewerVersion(v) => format!("{} (v{v})", t.newer_version),
        NoticeKind::BadVersion => t.bad_version.to_string(),
        NoticeKind::TooLong => t.too_long.to_string(),
        NoticeKind::OtherFactorSet(v) => format!("{} ({v})", t.other_factor_set),
        NoticeKind::Migrated(v) => format!("{} (v{v})", t.migrated),
    }
}

/// What a link held that could not be used; rendered as text, never as markup.
#[component]
pub fn LinkNotices(props: &LinkNoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let t = &catalog(props.lang).link;
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="link-notice" role="status">
            <p><strong>{t.notice_title}</strong>{" "}{t.notice_intro}</p>
            <ul>
                { for props.notices.iter().map(|n| html! {
                    <li>
                        if !n.key.is_empty() {
                            <code>{ if n.value.is_empty() { n.key.clone() } else { format!("{}={}", n.key, n.value) } }</code>{" — "}
                        }
                        {reason(&n.kind, props.lang)}
                    </li>
                }) }
            </ul>
            <button type="button" onclick={on_dismiss}>{t.dismiss}</button>
        </div>
    }
}
