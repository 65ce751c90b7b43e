//! The page state and its reducer (the pattern of Yew's `function_todomvc` example).

use std::rc::Rc;

use qingshan_core::text::Lang;
use yew::Reducible;

/// The five views of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Calculator 1: ultra-low-emission retrofits.
    #[default]
    Ule,
    /// Calculator 2: total phosphorus.
    Tp,
    /// Calculator 3: carbon footprint.
    Carbon,
    /// The report's figures.
    Figures,
    /// The factor library.
    Sources,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 5] = [
        View::Ule,
        View::Tp,
        View::Carbon,
        View::Figures,
        View::Sources,
    ];

    /// Stable key (element ids, links).
    pub fn key(self) -> &'static str {
        match self {
            View::Ule => "ule",
            View::Tp => "tp",
            View::Carbon => "carbon",
            View::Figures => "figures",
            View::Sources => "sources",
        }
    }

    /// Reads a key written by [`View::key`].
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// Everything the page shows is a function of this.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// The user's language.
    pub lang: Lang,
    /// The view on screen.
    pub view: View,
}

/// What the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the language.
    SetLang(Lang),
    /// Show another view.
    Show(View),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Show(view) => next.view = view,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
