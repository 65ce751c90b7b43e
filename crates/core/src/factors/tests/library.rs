//! Invariants of the whole built-in library: ids, names, sources, ranges, grades, scripts.

use super::*;

#[test]
fn library_builds_and_the_standard_library_is_the_same() {
    let lib = lib();
    assert!(lib.len() > 400, "only {} factors", lib.len());
    assert_eq!(Library::standard().len(), lib.len());
    assert_eq!(Library::standard().content_hash(), lib.content_hash());
}

#[test]
fn ids_are_unique_lowercase_dotted_and_grouped_by_theme() {
    let lib = lib();
    let mut seen = std::collections::HashSet::new();
    for f in lib.iter() {
        let id = f.id();
        assert!(seen.insert(id), "duplicate id {id}");
        let segments: Vec<&str> = id.split('.').collect();
        assert!(segments.len() >= 3, "{id}: fewer than three segments");
        for s in &segments {
            assert!(!s.is_empty(), "{id}: empty segment");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{id}: segment {s} is not lower-case ASCII"
            );
        }
        let prefix_ok = match f.def.theme {
            Theme::Ule => id.starts_with("ule.") || id.starts_with("truck."),
            Theme::Phosphorus => id.starts_with("tp."),
            Theme::Carbon => id.starts_with("carbon."),
        };
        assert!(
            prefix_ok,
            "{id}: prefix does not match theme {:?}",
            f.def.theme
        );
    }
}

#[test]
fn every_factor_is_named_sourced_and_complete() {
    for f in lib().iter() {
        let id = f.id();
        assert!(f.def.name.is_complete(), "{id}: name incomplete");
        assert!(
            !f.def.source.title.trim().is_empty(),
            "{id}: no source title"
        );
        assert!(
            f.def.source.publisher.is_complete(),
            "{id}: publisher incomplete"
        );
        if let Some(note) = f.def.note {
            assert!(note.is_complete(), "{id}: note incomplete");
        }
        if let Some(d) = f.derivation() {
            assert!(d.formula.is_complete(), "{id}: formula incomplete");
            assert!(!d.inputs.is_empty(), "{id}: derived from nothing");
        }
        // factors.md gives no URLs for these sources.
        assert_eq!(f.def.source.url, None, "{id}: url not from factors.md");
        if let Some(y) = f.def.year {
            assert!((1960..=2040).contains(&y), "{id}: year {y}");
        }
    }
}

#[test]
fn values_are_finite_and_inside_their_ranges() {
    for f in lib().iter() {
        let id = f.id();
        assert!(
            f.value.is_finite() && f.low.is_finite() && f.high.is_finite(),
            "{id}"
        );
        assert!(
            f.low <= f.value && f.value <= f.high,
            "{id}: {} ∉ [{}, {}]",
            f.value,
            f.low,
            f.high
        );
        if f.range_basis == RangeBasis::Exact {
            assert!(
                close(f.low, f.value, 1e-12) && close(f.high, f.value, 1e-12),
                "{id}"
            );
        }
        if f.def.unit == crate::units::Unit::Fraction {
            assert!(
                f.low >= 0.0 && f.high <= 1.0,
                "{id}: share range leaves 0–1"
            );
        }
    }
}

#[test]
fn derived_grade_goes_with_a_formula_and_only_with_one() {
    for f in lib().iter() {
        assert_eq!(
            f.derivation().is_some(),
            f.grade() == Grade::Derived,
            "{}: grade {:?} and derivation disagree",
            f.id(),
            f.grade()
        );
        if f.grade() == Grade::Derived {
            assert_eq!(
                *f.def.source,
                data::DERIVED,
                "{}: derived but cites a publisher",
                f.id()
            );
        }
    }
}

#[test]
fn limits_standards_targets_counts_and_stoichiometry_are_exact() {
    let exact_prefixes = [
        "ule.limit.",
        "ule.oldlimit.",
        "ule.refo2.",
        "ule.target.",
        "tp.gb18918.",
        "tp.gb3838.",
        "tp.upgrade.quasi_iv",
        "tp.redfield.",
        "tp.algae.",
        "carbon.gwp.",
        "carbon.process.limestone",
        "carbon.process.dolomite",
    ];
    let lib = lib();
    for f in lib.iter() {
        let by_id = exact_prefixes.iter().any(|p| f.id().starts_with(p));
        if by_id || f.def.unit == crate::units::Unit::Count {
            assert_eq!(f.range_basis, RangeBasis::Exact, "{} is not exact", f.id());
        }
    }
    // And nothing measured is exact by accident.
    assert_eq!(
        get(&lib, "ule.fluegas.steel.pellet").range_basis,
        RangeBasis::Assumed
    );
    assert_eq!(
        get(&lib, "carbon.elec.cf.2024.national").range_basis,
        RangeBasis::Assumed
    );
}

/// Characters that exist only in Simplified Chinese: a Traditional text containing one is a
/// copy of the Simplified text, not a translation.
const SIMPLIFIED_ONLY: &str =
    "电钢铁烧结机颗气总国发热价产业环标区东华级类个与对应净观数据计厂转炉态规废车辆货\
湿质设处统单亿万门关权实现务线输损时户为这们历报项测预优护论学会员长险团庆辽宁苏广贵云陕肃龙内\
库烟囱窑矿尘场铝锭阳极烃挥养粪猪农径乌黄药断吨运驶牵纯动压炼围盖额证愿贡献经济锅尔当进浓该仅\
张读请际验协适录载样写于";

#[test]
fn traditional_texts_are_traditional() {
    let check = |id: &str, what: &str, text: &Text| {
        let bad: Vec<char> = text
            .zh_hant()
            .chars()
            .filter(|c| SIMPLIFIED_ONLY.contains(*c))
            .collect();
        assert!(
            bad.is_empty(),
            "{id}: {what} zh-Hant has simplified {bad:?}: {}",
            text.zh_hant()
        );
    };
    let lib = lib();
    for f in lib.iter() {
        check(f.id(), "name", &f.def.name);
        check(f.id(), "publisher", &f.def.source.publisher);
        if let Some(n) = &f.def.note {
            check(f.id(), "note", n);
        }
        if let Some(d) = f.derivation() {
            check(f.id(), "formula", &d.formula);
        }
    }
    for p in Province::ALL {
        check(p.key(), "province", &p.name());
    }
    for g in GenerationType::ALL {
        check(g.key(), "generation type", &g.name());
    }
    for g in Grid::ALL {
        check(g.key(), "grid", &g.name());
    }
    // The check itself can fail.
    assert!(SIMPLIFIED_ONLY.contains('电') && !SIMPLIFIED_ONLY.contains('電'));
}

#[test]
fn the_unverified_national_average_0_5703_is_not_a_default() {
    for f in lib().iter() {
        assert!(!close(f.value, 0.5703, 1e-9), "{} = 0.5703", f.id());
    }
}

/// The groups `Library::standard` resolves one by one are the sections, in page order.
#[test]
fn the_groups_are_the_sections_in_order() {
    let grouped: Vec<&[FactorDef]> = data::GROUPS
        .iter()
        .flat_map(|g| (g.sections)().iter().copied())
        .collect();
    assert_eq!(grouped.len(), data::SECTIONS.len());
    for (g, s) in grouped.iter().zip(data::SECTIONS) {
        assert!(
            std::ptr::eq(*g, *s),
            "a group's sections differ from SECTIONS"
        );
    }
}

/// A lookup resolves the group its id names; so each factor must be in that group, and a
/// derived factor's inputs too (else resolving a group alone would miss them).
#[test]
fn every_factor_and_every_input_is_in_the_group_its_id_names() {
    let group_of = |id: &str| {
        let owners: Vec<usize> = data::GROUPS
            .iter()
            .enumerate()
            .filter(|(_, g)| g.theme.id_prefixes().iter().any(|p| id.starts_with(p)))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(owners.len(), 1, "{id} is named by {} groups", owners.len());
        owners[0]
    };
    let mut derived = 0;
    for (i, g) in data::GROUPS.iter().enumerate() {
        for d in (g.sections)().iter().flat_map(|s| s.iter()) {
            assert_eq!(group_of(d.id), i, "{} is declared in another group", d.id);
            if let ValueDef::Derived(der) = d.value {
                derived += 1;
                for input in der.inputs {
                    assert_eq!(
                        group_of(input),
                        i,
                        "{}: input {input} is in another group",
                        d.id
                    );
                }
            }
        }
    }
    assert!(derived > 10, "only {derived} derived factors were checked");
}

/// Asking for a ULE factor resolves group A only; the numbers are those of the whole library
/// resolved at once.
#[test]
fn a_lookup_resolves_only_the_group_it_needs() {
    let lazy = Library::grouped();
    let resolved = |lib: &Library| -> Vec<bool> {
        lib.parts
            .iter()
            .map(|p| p.resolved.get().is_some())
            .collect()
    };
    assert_eq!(resolved(&lazy), [false, false, false]);
    let id = "ule.limit.steel.sinter.pm";
    let whole = lib();
    assert_eq!(
        lazy.get(id).map(|f| f.value),
        whole.get(id).map(|f| f.value)
    );
    assert!(lazy.get(id).is_some());
    assert_eq!(resolved(&lazy), [true, false, false]);
    let tp = "tp.gb18918.new.1a";
    assert_eq!(
        lazy.get(tp).map(|f| (f.value, f.low, f.high)),
        whole.get(tp).map(|f| (f.value, f.low, f.high))
    );
    assert_eq!(resolved(&lazy), [true, true, false]);
    assert!(lazy.get("nothing.with.this.prefix").is_none());
    assert_eq!(resolved(&lazy), [true, true, false]);
    // Listing resolves the rest, in page order.
    assert_eq!(lazy.len(), whole.len());
    assert_eq!(resolved(&lazy), [true, true, true]);
    let ids: Vec<&str> = lazy.iter().map(Factor::id).collect();
    let whole_ids: Vec<&str> = whole.iter().map(Factor::id).collect();
    assert_eq!(ids, whole_ids);
    assert_eq!(lazy.content_hash(), whole.content_hash());
}
