//! What each sector's result rests on: the method used, and every default that is an upper
//! bound, a proxy, a derived figure or an unverified value.

use std::rc::Rc;

use qingshan_core::text::Lang;
use qingshan_core::ule::{intensity, Method, PointKind, Pollutant, Sector, UleInputs, UleRanged};
use yew::prelude::*;

use crate::i18n::catalog;

/// Props of [`Notes`].
#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// The page's language.
    pub lang: Lang,
    /// The ranged results.
    pub results: Rc<UleRanged>,
    /// The inputs they come from.
    pub inputs: UleInputs,
    /// True when the user changed the coke-oven flue-gas volume.
    pub coke_volume_changed: bool,
}

/// One list item per sector: "Steel — intensity method: …".
#[component]
pub fn Notes(props: &NotesProps) -> Html {
    let lang = props.lang;
    let c = &catalog(lang).ule;
    let item = |sector: Sector| {
        let Ok(r) = props.results.sector(sector) else {
            return html! {};
        };
        let s = props.inputs.sector(sector);
        let mut notes: Vec<&'static str> = Vec::new();
        if s.utilisation.is_none() && sector.utilisation_is_proxy() {
            notes.push(c.note_utilisation_proxy);
        }
        match r.central.method {
            Method::Concentration => {
                if r.central.upper_bound {
                    notes.push(c.note_upper_bound);
                }
                let coke_on = s.point(PointKind::CokeOven).is_some_and(|p| p.enabled);
                if coke_on && !props.coke_volume_changed {
                    notes.push(c.note_coke_volume);
                }
            }
            Method::Intensity => {
                let derived = Pollutant::ALL.iter().any(|&p| {
                    s.intensity.get(p).is_none()
                        && matches!(
                            intensity::default_intensity(sector, p),
                            intensity::IntensityDefault::Derived { .. }
                        )
                });
                if derived {
                    notes.push(match sector {
                        Sector::Cement => c.note_derived_cement,
                        _ => c.note_derived_coking,
                    });
                }
                let proxy_cut = sector == Sector::Coking
                    && Pollutant::ALL.iter().any(|&p| s.reduction.get(p).is_none());
                if proxy_cut {
                    notes.push(c.note_coking_cut);
                }
                if sector == Sector::Steel {
                    notes.push(c.note_steel_expected);
                }
            }
        }
        let above = Pollutant::ALL
            .iter()
            .any(|&p| r.central.share_of_baseline.get(p).is_some_and(|x| x > 1.0));
        if above {
            notes.push(c.note_above_baseline);
        }
        html! {
            <li data-sector={sector.key()}>
                <strong>{sector.name().get(lang)}</strong>{" — "}
                <span class="ule-method-used">{c.method_used}{r.central.method.name().get(lang)}</span>
                { for notes.into_iter().map(|n| html! { <>{" "}{n}</> }) }
            </li>
        }
    };
    html! {
        <ul class="ule-notes">{ for Sector::ALL.into_iter().map(item) }</ul>
    }
}
