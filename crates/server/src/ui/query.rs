//! Query strings of searches: one parameter changed, and pages.

/// A search's query string with one parameter changed (`None` removes it); `value` gives
/// every other key's current value. Keys keep their order; empty values are left out.
pub fn query_with<'a>(
    keys: &[&str],
    value: impl Fn(&str) -> &'a str,
    key: &str,
    new: Option<&str>,
) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for k in keys {
        let v = if *k == key {
            new.unwrap_or("")
        } else {
            value(k)
        };
        if !v.trim().is_empty() {
            ser.append_pair(k, v.trim());
        }
    }
    ser.finish()
}

/// The link to page `page` of the search whose query string is `query`.
pub fn page_link(query: &str, page: impl std::fmt::Display) -> String {
    if query.is_empty() {
        format!("?page={page}")
    } else {
        format!("?{query}&page={page}")
    }
}
