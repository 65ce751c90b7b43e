//! The main navigation between the five views.

use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::i18n::catalog;
use crate::state::View;

/// Props of [`MainNav`].
#[derive(Properties, PartialEq)]
pub struct MainNavProps {
    /// The current language.
    pub lang: Lang,
    /// The view on screen.
    pub current: View,
    /// Called with the view the user picks.
    pub on_show: Callback<View>,
}

/// The label of a view in the navigation.
pub fn view_label(lang: Lang, view: View) -> &'static str {
    let n = &catalog(lang).nav;
    match view {
        View::Ule => n.ule,
        View::Tp => n.tp,
        View::Carbon => n.carbon,
        View::Figures => n.figures,
        View::Sources => n.sources,
    }
}

/// The main navigation: one button per view; the current one is marked `aria-current`.
#[component]
pub fn MainNav(props: &MainNavProps) -> Html {
    let n = &catalog(props.lang).nav;
    html! {
        <nav class="main-nav" aria-label={n.label}>
            <ul>
                { for View::ALL.iter().map(|&v| {
                    let on_show = props.on_show.clone();
                    let current = v == props.current;
                    html! {
                        <li>
                            <button type="button"
                                id={format!("nav-{}", v.key())}
                                aria-current={current.then_some("page")}
                                aria-controls="main"
                                onclick={Callback::from(move |_| on_show.emit(v))}>
                                {view_label(props.lang, v)}
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
