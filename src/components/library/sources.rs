//! The view of the factor library: the factor set's version and range policy, then every factor
//! in a searchable, filterable table.
//!
//! Filtering is the core's pure [`SearchIndex::mask`]; this view only keeps the query (a small
//! reducer local to the view: the search is not part of a scenario) and renders the rows. Every
//! factor is a keyed [`FactorRow`] (props: id, language, hidden), created once; a keystroke only
//! toggles the `hidden` attribute of the rows whose match changed, which costs a fraction of
//! creating and removing rows (measured: see docs/library.md).
//!
//! Layout: the table sits in a scrolling region (sideways and down, with a sticky header row and
//! a sticky name column), so a 360 px phone never scrolls the page sideways; the table keeps its
//! semantics (`th scope`), which a card layout built from `display: block` would lose in some
//! screen readers.

use std::rc::Rc;

use qingshan_core::factors::search::{data_years, FactorQuery, SearchIndex, YearFilter};
use qingshan_core::factors::{Factor, Grade, Library, RangeBasis, Theme, FACTOR_SET_VERSION};
use qingshan_core::text::Lang;
use qingshan_core::units::Unit;
use yew::prelude::*;

use crate::app::{use_count_in_steps, use_packs};
use crate::components::factor::GradeBadge;
use crate::format::{percent, quantity};
use crate::i18n::catalog;
use crate::state::Action;

/// Props of [`SourcesView`].
#[derive(Properties, PartialEq)]
pub struct SourcesViewProps {
    /// The page's language.
    pub lang: Lang,
    /// Sends an action to the page's reducer (e.g. open a calculator preset).
    pub on_action: Callback<Action>,
    /// The query to start with (default: none, every factor shown).
    #[prop_or_default]
    pub initial_query: Option<FactorQuery>,
}

/// The key of a year filter in the year `<select>`: `""` (any), `"none"`, or the year.
pub fn year_filter_key(y: YearFilter) -> String {
    match y {
        YearFilter::Any => String::new(),
        YearFilter::NoYear => "none".to_string(),
        YearFilter::Year(y) => y.to_string(),
    }
}

/// Reads a key written by [`year_filter_key`]; anything else is [`YearFilter::Any`].
pub fn parse_year_filter(key: &str) -> YearFilter {
    match key {
        "none" => YearFilter::NoYear,
        k => k.parse().map_or(YearFilter::Any, YearFilter::Year),
    }
}

/// Reads a theme key ([`Theme::key`]); anything else is no filter.
pub fn parse_theme(key: &str) -> Option<Theme> {
    Theme::ALL.into_iter().find(|t| t.key() == key)
}

/// Reads a grade key ([`Grade::key`]); anything else is no filter.
pub fn parse_grade(key: &str) -> Option<Grade> {
    Grade::ALL.into_iter().find(|g| g.key() == key)
}

/// Fills a template's `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |s, (k, v)| {
        s.replace(&format!("{{{k}}}"), v)
    })
}

/// A number of the table in the factor's unit, shares as percentages (the unit column says %).
pub fn table_number(f: &Factor, x: f64, sig: u32, lang: Lang) -> String {
    let x = if f.unit().is_fraction() { x * 100.0 } else { x };
    quantity(x, sig, lang)
}

/// The unit column: the unit's symbol, or "ratio (no unit)" for a pure ratio.
pub fn unit_text(unit: Unit, lang: Lang) -> &'static str {
    let s = unit.symbol(lang);
    if s.is_empty() {
        catalog(lang).library.unit_ratio
    } else {
        s
    }
}

/// The colon after a label: full width in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::ZhHans | Lang::ZhHant => "：",
    }
}

/// The view's search state (local to the view).
#[derive(Clone, Debug, Default, PartialEq)]
struct QueryState(FactorQuery);

enum QueryEdit {
    Text(String),
    Theme(Option<Theme>),
    Grade(Option<Grade>),
    Year(YearFilter),
    Clear,
}

impl Reducible for QueryState {
    type Action = QueryEdit;

    fn reduce(self: Rc<Self>, action: QueryEdit) -> Rc<Self> {
        let mut q = self.0.clone();
        match action {
            QueryEdit::Text(t) => q.text = t,
            QueryEdit::Theme(t) => q.theme = t,
            QueryEdit::Grade(g) => q.grade = g,
            QueryEdit::Year(y) => q.year = y,
            QueryEdit::Clear => q = FactorQuery::default(),
        }
        if q == self.0 {
            self
        } else {
            Rc::new(QueryState(q))
        }
    }
}

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Rows of the factor table added per frame when the view opens ([`use_count_in_steps`]).
const ROWS_PER_FRAME: usize = 60;

/// The view of the factor library.
#[component]
pub fn SourcesView(props: &SourcesViewProps) -> Html {
    let lang = props.lang;
    let l = &catalog(lang).library;
    let w = &catalog(lang).widgets;
    let initial = props.initial_query.clone().unwrap_or_default();
    let query = use_reducer_eq(move || QueryState(initial));
    // A factor's name matches in any of the three languages, but the browser has a language's
    // names only once its pack is in (qingshan_core::text, "Texts by number"): this view asks
    // for the other two packs and searches again as each arrives.
    use_packs(Lang::ALL.to_vec());
    let texts = qingshan_core::text::generation();
    // One flag per factor, in library order: shown or hidden.
    let mask: Rc<Vec<bool>> = use_memo((query.0.clone(), texts), |(q, _)| {
        SearchIndex::standard().mask(q)
    });
    let shown = mask.iter().filter(|keep| **keep).count();
    let years = use_memo((), |()| data_years(Library::standard()));
    let total = Library::standard().len();
    let q = &query.0;
    // The rows appear 60 per frame when the view opens (466 at once were one task of ~360 ms
    // on a fast desktop; docs/performance.md, "Boot in stages"), at the end of the table's own
    // scrolling region. The count above says how many match from the first frame.
    let rows = use_count_in_steps(total, ROWS_PER_FRAME);

    let on_text = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                query.dispatch(QueryEdit::Text(input.value()));
            }
        })
    };
    let on_theme = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            query.dispatch(QueryEdit::Theme(parse_theme(&select_value(&e))));
        })
    };
    let on_grade = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            query.dispatch(QueryEdit::Grade(parse_grade(&select_value(&e))));
        })
    };
    let on_year = {
        let query = query.clone();
        Callback::from(move |e: Event| {
            query.dispatch(QueryEdit::Year(parse_year_filter(&select_value(&e))));
        })
    };
    let on_clear = {
        let query = query.clone();
        Callback::from(move |_| query.dispatch(QueryEdit::Clear))
    };

    let count = fill(
        l.count_shown,
        &[("shown", &shown.to_string()), ("total", &total.to_string())],
    );
    let year_key = year_filter_key(q.year);

    html! {
        <div class="sources">
            <FactorSetInfo lang={lang} />
            // Unlabelled: the scrolling table region below carries the heading's name (two
            // landmarks with one name would be ambiguous).
            <section class="factor-library">
                <h2 id="factor-table-heading">{l.table_heading}</h2>
                <div class="factor-filters" role="search" aria-label={l.filters_label}>
                    <div class="filter filter-search">
                        <label for="factor-search">{l.search_label}</label>
                        <input id="factor-search" type="search" autocomplete="off" spellcheck="false"
                            value={q.text.clone()} aria-describedby="factor-search-hint"
                            oninput={on_text} />
                        <p id="factor-search-hint" class="field-hint">{l.search_hint}</p>
                    </div>
                    <div class="filter">
                        <label for="factor-theme">{l.theme_label}</label>
                        <select id="factor-theme" onchange={on_theme}>
                            <option value="" selected={q.theme.is_none()}>{l.theme_all}</option>
                            { for Theme::ALL.iter().map(|t| html! {
                                <option value={t.key()} selected={q.theme == Some(*t)}>
                                    {t.name().get(lang)}
                                </option>
                            }) }
                        </select>
                    </div>
                    <div class="filter">
                        <label for="factor-grade">{w.grade}</label>
                        <select id="factor-grade" onchange={on_grade}>
                            <option value="" selected={q.grade.is_none()}>{l.grade_all}</option>
                            { for Grade::ALL.iter().map(|g| html! {
                                <option value={g.key()} selected={q.grade == Some(*g)}>
                                    {g.name().get(lang)}
                                </option>
                            }) }
                        </select>
                    </div>
                    <div class="filter">
                        <label for="factor-year">{w.data_year}</label>
                        <select id="factor-year" onchange={on_year}>
                            <option value="" selected={year_key.is_empty()}>{l.year_all}</option>
                            { for years.iter().map(|y| {
                                let key = y.to_string();
                                let selected = key == year_key;
                                html! { <option value={key} selected={selected}>{y}</option> }
                            }) }
                            <option value="none" selected={year_key == "none"}>{l.year_none}</option>
                        </select>
                    </div>
                    <div class="filter filter-clear">
                        <button type="button" onclick={on_clear} disabled={q.is_empty()}>{l.clear}</button>
                    </div>
                </div>
                <p class="factor-count" role="status">{count}</p>
                if shown == 0 {
                    <p class="notice">{l.no_match}</p>
                }
                <p class="scroll-hint">{l.scroll_hint}</p>
                <div class="factor-table-wrap" role="region" tabindex="0"
                    aria-labelledby="factor-table-heading">
                    <table class="factor-table">
                        <thead>
                            <tr>
                                <th scope="col">{l.col_name}</th>
                                <th scope="col">{l.col_id}</th>
                                <th scope="col" class="num">{l.col_value}</th>
                                <th scope="col">{w.col_unit}</th>
                                <th scope="col">{w.range}</th>
                                <th scope="col">{w.grade}</th>
                                <th scope="col" class="num">{w.data_year}</th>
                                <th scope="col">{w.source}</th>
                                <th scope="col">{l.col_details}</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for Library::standard().iter().zip(mask.iter()).take(rows).map(|(f, keep)| html! {
                                <FactorRow key={f.def.id} id={f.def.id} lang={lang} hidden={!*keep} />
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
        </div>
    }
}

/// Props of [`FactorSetInfo`].
#[derive(Properties, PartialEq)]
pub struct FactorSetInfoProps {
    /// The page's language.
    pub lang: Lang,
}

/// The factor set's version, content hash and size, and the range policy.
#[component]
pub fn FactorSetInfo(props: &FactorSetInfoProps) -> Html {
    let lang = props.lang;
    let l = &catalog(lang).library;
    let lib = Library::standard();
    let hash = use_memo((), |()| lib.content_hash());
    html! {
        <section class="panel factor-set" aria-labelledby="factor-set-heading">
            <h2 id="factor-set-heading">{l.set_heading}</h2>
            <dl class="set-facts">
                <dt>{l.set_version}</dt>
                <dd><code class="factor-set-version">{FACTOR_SET_VERSION}</code></dd>
                <dt>{l.set_hash}</dt>
                <dd><code class="factor-set-hash">{(*hash).clone()}</code></dd>
                <dt>{l.set_size}</dt>
                <dd>{lib.len()}</dd>
            </dl>
            <p>{l.set_changelog}</p>
            <h3>{l.ranges_heading}</h3>
            <ul class="range-policy">
                <li>{l.ranges_published}</li>
                <li>{l.ranges_exact}</li>
                <li>
                    {l.ranges_assumed}
                    <ul class="grade-spreads">
                        { for Grade::ALL.iter().filter(|g| **g != Grade::Derived).map(|g| html! {
                            <li>
                                <GradeBadge grade={*g} lang={lang} />
                                {" ±"}{percent(g.default_spread(), 3)}
                            </li>
                        }) }
                    </ul>
                </li>
                <li>{l.ranges_propagated}</li>
            </ul>
            <p class="method-note">{l.ranges_doc}</p>
        </section>
    }
}

/// Props of [`FactorRow`].
#[derive(Properties, PartialEq)]
pub struct FactorRowProps {
    /// The factor's id.
    pub id: &'static str,
    /// The page's language.
    pub lang: Lang,
    /// Hidden by the search (the row stays in the page, `hidden`).
    #[prop_or_default]
    pub hidden: bool,
}

/// One factor as a table row: name, id, value, unit, range and its basis, grade, data year,
/// source, formula and notes.
#[component]
pub fn FactorRow(props: &FactorRowProps) -> Html {
    // The cells depend on the factor and the language only: built once, so that hiding or
    // showing the row re-renders nothing but the `<tr>`.
    let cells = use_memo((props.id, props.lang), |(id, lang)| factor_cells(id, *lang));
    let grade = Library::standard()
        .get(props.id)
        .map_or("missing", |f| f.def.grade.key());
    html! {
        <tr class={classes!("factor-row", format!("grade-row-{grade}"))} hidden={props.hidden}>
            {(*cells).clone()}
        </tr>
    }
}

/// The cells of a factor's row.
fn factor_cells(id: &str, lang: Lang) -> Html {
    let text = catalog(lang);
    let (l, w) = (&text.library, &text.widgets);
    let Some(f) = Library::standard().get(id) else {
        return html! {
            <td colspan="9" class="field-error">{w.missing_factor}{id.to_string()}</td>
        };
    };
    let d = f.def;
    let range = match f.range_basis {
        RangeBasis::Exact => html! {
            <span class="range-basis basis-exact">{w.range_exact}</span>
        },
        basis => {
            let (class, label) = match basis {
                RangeBasis::Published => ("basis-published", w.range_published.to_string()),
                RangeBasis::Propagated => ("basis-propagated", w.range_propagated.to_string()),
                _ => (
                    "basis-assumed",
                    format!(
                        "{} · ±{}",
                        w.range_assumed,
                        percent(d.grade.default_spread(), 3)
                    ),
                ),
            };
            html! {
                <>
                    <span class="range-values">
                        {table_number(f, f.low, 4, lang)}{" – "}{table_number(f, f.high, 4, lang)}
                    </span>
                    <span class={classes!("range-basis", class)}>{label}</span>
                </>
            }
        }
    };
    // Given values as the source prints them; derived ones without false precision.
    let value_sig = if f.derivation().is_some() { 4 } else { 6 };
    let published = d
        .source
        .year
        .map(|y| fill(l.published_year, &[("year", &y.to_string())]));
    let source = [
        Some(d.source.title),
        Some(d.source.publisher.get(lang)).filter(|p| !p.is_empty()),
        d.source.locator,
        published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <>
            <th scope="row" class="factor-name">{d.name.get(lang)}</th>
            <td class="factor-id"><code>{d.id}</code></td>
            <td class="num factor-value">{table_number(f, f.value, value_sig, lang)}</td>
            <td class="factor-unit">{unit_text(d.unit, lang)}</td>
            <td class="factor-range">{range}</td>
            <td><GradeBadge grade={d.grade} lang={lang} /></td>
            <td class="num">
                if let Some(y) = d.year {
                    {y}
                } else {
                    <span aria-hidden="true">{"—"}</span>
                    <span class="visually-hidden">{l.year_none}</span>
                }
            </td>
            <td class="factor-source">
                {source}
                if let Some(url) = d.source.url {
                    {" · "}<a href={url} rel="noopener noreferrer">{url}</a>
                }
            </td>
            <td class="factor-details">
                if let Some(der) = f.derivation() {
                    <div class="factor-formula">
                        <span class="detail-label">{w.formula}{colon(lang)}</span>
                        <span class="formula">{der.formula.get(lang)}</span>
                    </div>
                    <div class="factor-inputs">
                        <span class="detail-label">{l.inputs}{colon(lang)}</span>
                        { for der.inputs.iter().enumerate().map(|(i, id)| html! {
                            <>
                                if i > 0 { {", "} }
                                <code>{*id}</code>
                            </>
                        }) }
                    </div>
                }
                if let Some(n) = d.note {
                    <div class="factor-note">{n.get(lang)}</div>
                }
            </td>
        </>
    }
}
