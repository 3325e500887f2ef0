//! An audit entry's details in the reader's language: the `key=value` pairs the use
//! cases write (`gctcp_store::audit::quoted`) become labelled values, with the space,
//! role, status and count named as the page names them and a link to what they are
//! about. Entries written before the pairs (free text) are shown as written.

use crate::ui::ctx::Ctx;
use gctcp_domain::SpaceId;
use gctcp_store::catalog::Catalog;

/// One labelled value of an entry.
pub struct Part {
    pub label: String,
    pub value: String,
    pub link: Option<String>,
}

/// The pairs of a detail, in order; `None` if it is not written as pairs.
pub fn pairs(detail: &str) -> Option<Vec<(&str, String)>> {
    let mut out = Vec::new();
    let mut rest = detail.trim_start();
    while !rest.is_empty() {
        let eq = rest.find('=')?;
        let key = &rest[..eq];
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        rest = &rest[eq + 1..];
        let value = if let Some(quoted) = rest.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = quoted.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => value.extend(chars.next().map(|(_, c)| c)),
                    '"' => {
                        end = Some(i + 1);
                        break;
                    }
                    c => value.push(c),
                }
            }
            rest = &quoted[end?..];
            value
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            let value = rest[..end].to_string();
            rest = &rest[end..];
            value
        };
        out.push((key, value));
        rest = rest.trim_start();
    }
    Some(out)
}

/// The keys pages label (`audit-key-…`); others are shown by their name.
const KEYS: &[&str] = &[
    "space",
    "role",
    "from",
    "to",
    "status",
    "count",
    "open",
    "format",
    "how",
    "source",
    "event",
    "item",
    "resource",
    "thread",
    "post",
    "message",
    "job",
    "kind",
    "search",
    "title",
    "file",
    "email",
    "occurrence",
    "assessment",
    "assessments",
    "recommendation",
    "state",
    "grantee",
    "until",
    "consent",
    "split_at",
    "new",
    "version",
];

/// An entry's details for the page.
pub fn describe(ctx: &Ctx, catalog: &Catalog, event: &str, detail: &str) -> Vec<Part> {
    let Some(pairs) = pairs(detail) else {
        return vec![Part {
            label: String::new(),
            value: detail.to_string(),
            link: None,
        }];
    };
    let id = |v: &str| v.parse::<i64>().ok();
    pairs
        .into_iter()
        .map(|(key, value)| {
            let label = if KEYS.contains(&key) {
                ctx.t(&format!("audit-key-{key}"))
            } else {
                key.to_string()
            };
            let (value, link) = match key {
                "space" => match id(&value).and_then(|n| catalog.space(SpaceId(n))) {
                    Some(s) => (
                        s.name(ctx.lang).to_string(),
                        Some(format!("/spaces/{}", s.id)),
                    ),
                    None => (value, None),
                },
                "role" | "from" | "to" if event.starts_with("space.") => {
                    (ctx.tk("space-role-", &value, ""), None)
                }
                "role" | "from" | "to" => (ctx.tk("role-", &value, ""), None),
                "status" if event.starts_with("recommendation") => {
                    (ctx.tk("cted-status-", &value, ""), None)
                }
                "status" => (ctx.tk("plan-status-", &value, ""), None),
                "how" if event == "recommendations.read" => (ctx.tk("cted-how-", &value, ""), None),
                "kind" if event.starts_with("assessment.") => {
                    (ctx.tk("cted-kind-", &value, ""), None)
                }
                "assessment" => match id(&value) {
                    Some(n) => (format!("#{n}"), Some(format!("/assessments/{n}"))),
                    None => (value, None),
                },
                "assessments" | "recommendation" | "consent" => (
                    value
                        .split(',')
                        .map(|n| format!("#{n}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    None,
                ),
                "state" => match id(&value).and_then(|n| catalog.org(gctcp_domain::OrgId(n))) {
                    Some(o) => (o.name(ctx.lang).to_string(), None),
                    None => (value, None),
                },
                "grantee" if value == "all" => (ctx.t("cted-consent-all-entities"), None),
                "grantee" => match catalog.org_by_code(&value) {
                    Some(o) => (o.name(ctx.lang).to_string(), None),
                    None => (value, None),
                },
                "count" => match id(&value) {
                    Some(n) => (ctx.num(n), None),
                    None => (value, None),
                },
                "open" => (
                    ctx.t(if value == "true" {
                        "audit-yes"
                    } else {
                        "audit-no"
                    }),
                    None,
                ),
                "format" => (value.to_uppercase(), None),
                "how" | "source" => (ctx.tk(&format!("audit-{key}-"), &value, ""), None),
                "event" | "item" | "resource" | "thread" | "message" => match id(&value) {
                    Some(n) => {
                        let path = match key {
                            "event" => "calendar/events",
                            "item" => "plan",
                            "resource" => "library",
                            "thread" => "discussions",
                            _ => "admin/outbox",
                        };
                        (format!("#{n}"), Some(format!("/{path}/{n}")))
                    }
                    None => (value, None),
                },
                "job" => (format!("#{value}"), Some("/admin/jobs".to_string())),
                "search" if value.is_empty() => (ctx.t("audit-search-all"), Some("/people".into())),
                "search" => (value.replace('&', " · "), Some(format!("/people?{value}"))),
                _ => (value, None),
            };
            Part { label, value, link }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::pairs;

    #[test]
    fn details_read_back_as_written() {
        let title = gctcp_store::audit::quoted(r#"The "Madrid" \ guiding principles"#);
        let detail = format!("how=download resource=12 title={title} version=3 file=\"a b.pdf\"");
        let got = pairs(&detail).expect("pairs");
        assert_eq!(
            got,
            [
                ("how", "download".to_string()),
                ("resource", "12".into()),
                ("title", r#"The "Madrid" \ guiding principles"#.into()),
                ("version", "3".into()),
                ("file", "a b.pdf".into()),
            ]
        );
        assert_eq!(pairs(""), Some(vec![]));
        // Free text from before the pairs is not taken apart.
        assert_eq!(pairs("resource 12 \"Title\""), None);
        assert_eq!(pairs("download resource 12"), None);
        assert_eq!(pairs("title=\"unterminated"), None);
    }
}
