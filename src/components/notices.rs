//! The notices about an opened link: what it held that could not be used, and the older factor
//! set it was made with.

use qingshan_core::codec::{Notice, NoticeKind};
use qingshan_core::factors::history::OlderSet;
use qingshan_core::factors::{Library, FACTOR_SET_VERSION};
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::factor::value_with_unit;
use crate::format::percent;
use crate::i18n::catalog;
use crate::state::Action;

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

/// Props of [`OlderSetNotice`].
#[derive(Properties, PartialEq)]
pub struct OlderSetNoticeProps {
    /// The older factor set the opened link was made with (nothing is shown when `None`).
    pub older: Option<OlderSet>,
    /// True when there is room for one more comparison variant.
    pub can_compare: bool,
    /// `UseCurrentFactors`, `CompareFactorSets` or `KeepOlderFactors`.
    pub on_action: Callback<Action>,
    /// The page's language.
    pub lang: Lang,
}

/// A link made with an older factor set: it opened with that set's values (issue 7); this lists
/// the factors whose values differ from the current set's and offers the current ones.
#[component]
pub fn OlderSetNotice(props: &OlderSetNoticeProps) -> Html {
    let Some(older) = &props.older else {
        return html! {};
    };
    let t = &catalog(props.lang).link;
    let lang = props.lang;
    let lib = Library::standard();
    let button = |label: &'static str, action: Action| {
        let onclick = props.on_action.reform(move |_: MouseEvent| action.clone());
        html! { <button type="button" {onclick}>{label}</button> }
    };
    let rows = older.changes.iter().filter_map(|c| {
        let f = lib.get(c.id)?;
        let change = if c.then.abs() > 0.0 {
            let r = (c.now - c.then) / c.then;
            format!("{}{}", if r > 0.0 { "+" } else { "" }, percent(r, 3))
        } else {
            "—".to_string()
        };
        Some(html! {
            <tr>
                <th scope="row">{f.def.name.get(lang)}<br /><code>{c.id}</code></th>
                <td>{value_with_unit(f, c.then, lang)}</td>
                <td>{value_with_unit(f, c.now, lang)}</td>
                <td>{change}</td>
            </tr>
        })
    });
    html! {
        <section class="link-notice older-set" role="status" aria-labelledby="older-set-title">
            <h2 id="older-set-title">{t.older_title}{" "}<code>{older.version.clone()}</code></h2>
            if older.changes.is_empty() {
                <p>{t.older_same}</p>
            } else {
                <p>{t.older_intro}</p>
                // A wide table on a phone scrolls inside this region; focusable and labelled so
                // a keyboard can scroll it too (as every other wide table of the page).
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="older-set-title">
                    <table class="older-set-table">
                        <thead><tr>
                            <th scope="col">{t.older_factor}</th>
                            <th scope="col">{older.version.clone()}</th>
                            <th scope="col">{format!("{FACTOR_SET_VERSION} ({})", t.older_current)}</th>
                            <th scope="col">{t.older_change}</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p>{t.older_changed_marker}</p>
            }
            <div class="button-row">
                {button(t.use_current, Action::UseCurrentFactors)}
                if props.can_compare && !older.changes.is_empty() {
                    {button(t.compare_sets, Action::CompareFactorSets)}
                }
                {button(t.keep_older, Action::KeepOlderFactors)}
            </div>
        </section>
    }
}
