//! A factor's pedigree on the page: value, unit, range, grade, source; and a field to change it.

use qingshan_core::factors::{Factor, Grade, Library, RangeBasis};
use qingshan_core::text::Lang;
use yew::prelude::*;

use crate::components::field::NumberField;
use crate::format::{percent, plain};
use crate::i18n::catalog;

/// A factor's value as the page prints it, with its unit ("0.5777 kg CO₂e/kWh (life cycle)",
/// "61%").
pub fn value_with_unit(f: &Factor, x: f64, lang: Lang) -> String {
    if f.unit().is_fraction() {
        percent(x, 4)
    } else {
        let u = f.unit().symbol(lang);
        if u.is_empty() {
            plain(x, 6, true)
        } else {
            format!("{} {u}", plain(x, 6, true))
        }
    }
}

/// The grade as a small badge (text, not colour alone, carries the meaning).
#[derive(Properties, PartialEq)]
pub struct GradeBadgeProps {
    /// The grade.
    pub grade: Grade,
    /// The page's language.
    pub lang: Lang,
}

/// A grade badge.
#[component]
pub fn GradeBadge(props: &GradeBadgeProps) -> Html {
    html! {
        <span class={classes!("grade", format!("grade-{}", props.grade.key()))}>
            {props.grade.name().get(props.lang)}
        </span>
    }
}

/// Props of [`FactorCite`].
#[derive(Properties, PartialEq)]
pub struct FactorCiteProps {
    /// The factor's id.
    pub id: AttrValue,
    /// The page's language.
    pub lang: Lang,
}

/// The pedigree of one factor: name, range and its basis, grade, source, formula, note.
#[component]
pub fn FactorCite(props: &FactorCiteProps) -> Html {
    let w = &catalog(props.lang).widgets;
    let lang = props.lang;
    let Some(f) = Library::standard().get(&props.id) else {
        return html! { <p class="field-error">{w.missing_factor}{props.id.clone()}</p> };
    };
    let d = f.def;
    let basis = match f.range_basis {
        RangeBasis::Published => w.range_published,
        RangeBasis::Assumed => w.range_assumed,
        RangeBasis::Exact => w.range_exact,
        RangeBasis::Propagated => w.range_propagated,
    };
    let range = if f.range_basis == RangeBasis::Exact {
        basis.to_string()
    } else {
        format!(
            "{} – {} ({basis})",
            value_with_unit(f, f.low, lang),
            value_with_unit(f, f.high, lang)
        )
    };
    let year = d.source.year.map(|y| y.to_string());
    let source = [
        Some(d.source.title),
        Some(d.source.publisher.get(lang)).filter(|p| !p.is_empty()),
        d.source.locator,
        year.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    html! {
        <dl class="cite">
            <dt>{w.grade}</dt>
            <dd><GradeBadge grade={d.grade} lang={lang} /></dd>
            <dt>{w.range}</dt>
            <dd>{range}</dd>
            if let Some(der) = f.derivation() {
                <dt>{w.formula}</dt>
                <dd class="formula">{der.formula.get(lang)}</dd>
            }
            if let Some(y) = d.year {
                <dt>{w.data_year}</dt>
                <dd>{y}</dd>
            }
            <dt>{w.source}</dt>
            <dd>
                {source}
                if let Some(url) = d.source.url {
                    {" · "}<span class="url">{url}</span>
                }
            </dd>
            if let Some(n) = d.note {
                <dt>{w.note}</dt>
                <dd>{n.get(lang)}</dd>
            }
        </dl>
    }
}

/// Props of [`FactorInput`].
#[derive(Properties, PartialEq)]
pub struct FactorInputProps {
    /// The factor's id.
    pub id: &'static str,
    /// The value in use (the user's, if they changed it; else the library's).
    pub value: f64,
    /// True when the user changed it.
    pub overridden: bool,
    /// Called with the user's value.
    pub on_set: Callback<(&'static str, f64)>,
    /// Called to go back to the library's value.
    pub on_reset: Callback<&'static str>,
    /// Overrides the label (default: the factor's name).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The page's language.
    pub lang: Lang,
}

/// A factor as an editable field, with its pedigree one click away and a reset button once the
/// user has changed it.
#[component]
pub fn FactorInput(props: &FactorInputProps) -> Html {
    let lang = props.lang;
    let w = &catalog(lang).widgets;
    let Some(f) = Library::standard().get(props.id) else {
        return html! { <p class="field-error">{w.missing_factor}{props.id}</p> };
    };
    let id = props.id;
    let on_change = props.on_set.reform(move |x: f64| (id, x));
    let field_id = format!("factor-{}", id.replace('.', "-"));
    let on_reset = {
        let cb = props.on_reset.clone();
        let field_id = field_id.clone();
        Callback::from(move |_| {
            cb.emit(id);
            // The reset button goes away with the override: keep focus on the field it reset.
            crate::platform::focus_id(&field_id, false);
        })
    };
    let (unit, scale) = if f.unit().is_fraction() {
        ("%", 100.0)
    } else {
        (f.unit().symbol(lang), 1.0)
    };
    let label = props
        .label
        .clone()
        .unwrap_or_else(|| AttrValue::from(f.def.name.get(lang)));
    let hint = props.overridden.then(|| {
        AttrValue::from(format!(
            "{} · {}: {}",
            w.changed_by_you,
            w.library_value,
            value_with_unit(f, f.value, lang)
        ))
    });
    html! {
        <div class={classes!("factor-input", props.overridden.then_some("overridden"))}>
            <NumberField id={field_id} label={label} unit={unit} value={props.value} scale={scale}
                on_change={on_change} hint={hint} changed={props.overridden} lang={lang} />
            <div class="factor-meta">
                <GradeBadge grade={f.grade()} lang={lang} />
                if props.overridden {
                    <button type="button" class="link-button" onclick={on_reset}>{w.reset}</button>
                }
                <details class="factor-details">
                    <summary>{w.source}</summary>
                    <FactorCite id={id} lang={lang} />
                </details>
            </div>
        </div>
    }
}
