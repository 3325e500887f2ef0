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
#[derive(Clone)]
pub struct ActiveFilter {
    pub label: String,
    pub remove_link: String,
}

/// A search page's filter selects, rendered, with the chips of the filters set.
pub struct Rendered {
    pub html: String,
    pub chips: Vec<ActiveFilter>,
}

#[derive(askama::Template)]
#[template(path = "partials/facets.html")]
struct Block<'a> {
    ctx: &'a Ctx,
    facets: &'a [Facet],
}

/// What a rendered block depends on: the page, the language, the page's query (without
/// its page number), and the filters' counts — by identity: a search answer is kept and
/// shared (its counts are one `Arc` for every page of it), so the address of the counts
/// names them, and the entry holds them so that the address is not reused while it is
/// kept. The reference data it was labelled with is kept beside it and compared by
/// identity too.
#[derive(PartialEq, Eq, Hash)]
struct Key {
    page: &'static str,
    lang: &'static str,
    query: String,
    counts: usize,
}

struct Kept {
    catalog: std::sync::Arc<gctcp_store::catalog::Catalog>,
    /// Holds the counts named by the key's address.
    _counts: std::sync::Arc<dyn std::any::Any + Send + Sync>,
    rendered: std::sync::Arc<Rendered>,
}

/// Blocks kept, at most this many (then all are dropped and made again as asked): a
/// block is a few dozen kilobytes, so this bounds the memory to a few megabytes.
const KEPT_BLOCKS: usize = 128;

/// The longest query whose block is kept.
const KEPT_QUERY_MAX: usize = 1024;

/// The filter selects of `page` for these counts, rendered once per language, query,
/// answer and reference data, then served as they are: labelling, ordering, formatting
/// and escaping some hundreds of options is most of a browse page's work, and the same
/// page is asked again and again. `build` makes the facets and chips when they are not
/// kept.
pub fn rendered<T: Send + Sync + 'static>(
    ctx: &Ctx,
    page: &'static str,
    catalog: &std::sync::Arc<gctcp_store::catalog::Catalog>,
    query: String,
    counts: &std::sync::Arc<T>,
    build: impl FnOnce() -> (Vec<Facet>, Vec<ActiveFilter>),
) -> std::sync::Arc<Rendered> {
    use askama::Template;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    static KEPT: Mutex<Option<HashMap<Key, Kept>>> = Mutex::new(None);
    let make = |build: Box<dyn FnOnce() -> (Vec<Facet>, Vec<ActiveFilter>) + '_>| {
        let (facets, chips) = build();
        let html = Block {
            ctx,
            facets: &facets,
        }
        .render()
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "the filters could not be rendered");
            String::new()
        });
        Arc::new(Rendered { html, chips })
    };
    // A query longer than anyone types (a pasted megabyte) is served but not kept: the
    // kept blocks' memory stays bounded by what people actually ask.
    if query.len() > KEPT_QUERY_MAX {
        return make(Box::new(build));
    }
    let key = Key {
        page,
        lang: ctx.lang,
        query,
        counts: Arc::as_ptr(counts) as usize,
    };
    {
        let kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = kept.as_ref().and_then(|k| k.get(&key)) {
            if Arc::ptr_eq(&k.catalog, catalog) {
                return k.rendered.clone();
            }
        }
    }
    let r = make(Box::new(build));
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    let map = kept.get_or_insert_with(HashMap::new);
    if map.len() >= KEPT_BLOCKS {
        map.clear();
    }
    map.insert(
        key,
        Kept {
            catalog: catalog.clone(),
            _counts: counts.clone(),
            rendered: r.clone(),
        },
    );
    r
}
