//! Filters with counts, as search pages show them (the directory's and the library's).

use crate::ui::ctx::Ctx;

/// One value of a filter with the number of items it would leave.
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: i64,
    pub selected: bool,
}

/// A filter as the page shows it.
pub struct Facet {
    pub key: &'static str,
    pub label_key: &'static str,
    pub options: Vec<FacetOption>,
}

/// A filter's options as the page shows them — each value with the count it would leave,
/// the current value kept (with 0) when nothing has it so that it can be removed — and,
/// when it is set, the chip that removes it (`remove_link`).
/// How a filter's options are ordered.
pub enum Order<'a> {
    /// As given (years newest first, types and pillars in their own order).
    Given,
    /// By label in the reader's collation.
    ByLabel,
    /// By a place already known for each value (organizations: `names::org_labels`).
    ByRank(&'a dyn Fn(&str) -> u32),
}

pub fn facet(
    ctx: &Ctx,
    (key, label_key): (&'static str, &'static str),
    current: &str,
    values: Vec<(String, i64)>,
    label: impl Fn(&str) -> String,
    order: Order<'_>,
    remove_link: String,
) -> (Facet, Option<ActiveFilter>) {
    let mut options: Vec<FacetOption> = values
        .into_iter()
        .map(|(v, n)| FacetOption {
            label: label(&v),
            selected: v == current,
            value: v,
            count: n,
        })
        .collect();
    if !current.is_empty() && !options.iter().any(|o| o.selected) {
        options.push(FacetOption {
            label: label(current),
            value: current.to_string(),
            count: 0,
            selected: true,
        });
    }
    match order {
        Order::Given => {}
        Order::ByLabel => crate::i18n::sort_by_name(ctx.lang, &mut options, |o| &o.label),
        Order::ByRank(rank) => options.sort_by_cached_key(|o| rank(&o.value)),
    }
    let chip = (!current.is_empty()).then(|| ActiveFilter {
        label: format!("{}: {}", ctx.t(label_key), label(current)),
        remove_link,
    });
    (
        Facet {
            key,
            label_key,
            options,
        },
        chip,
    )
}

/// An active filter the empty-result message offers to remove.
pub struct ActiveFilter {
    pub label: String,
    pub remove_link: String,
}
