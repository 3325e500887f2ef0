//! The sweep's parts: the hostile values, the database fingerprint that proves a refused
//! request wrote nothing, one form swept field by field, and the declared routes.

use super::super::*;
use gctcp_testkit::html::Form;
use std::collections::BTreeSet;

/// The hostile values; `None` stands for invalid UTF-8 (sent as raw bytes).
pub(super) fn hostile() -> Vec<(&'static str, Option<String>)> {
    vec![
        ("NUL", Some("jo\0sé".into())),
        (
            "controls",
            Some("a\u{1}\u{8}\u{1b}[31mb\u{7f}\u{85}c".into()),
        ),
        ("invalid UTF-8", None),
        ("a megabyte", Some("M".repeat(1 << 20))),
        (
            "bidi override",
            Some("\u{202E}fdp.exe\u{202C} «نص» 文本".into()),
        ),
    ]
}

/// A URI cannot hold a megabyte (the `http` crate stops at 64 KB; hyper answers 414
/// before we see it, which `concurrency.rs` checks on the real server), so query
/// strings get the most a URI can carry instead.
pub(super) fn for_query(value: &Option<String>) -> Option<String> {
    value.as_ref().map(|v| {
        if v.len() > 60_000 {
            v[..60_000].to_string()
        } else {
            v.clone()
        }
    })
}

/// Invalid UTF-8, percent-encoded.
pub(super) const BAD_UTF8_ESCAPED: &str = "x%FF%FE%C3%28y";
pub(super) const BAD_UTF8_RAW: &[u8] = b"x\xff\xfe\xc3\x28y";

/// Tables whose content a refused request must not change (sessions, throttling and the
/// audit log legitimately record refusals).
pub(super) const TABLES: &[&str] = &[
    "accounts",
    "invitations",
    "organizations",
    "spaces",
    "space_members",
    "space_requests",
    "notifications",
    "outbox",
    "jobs",
    "account_languages",
    "account_themes",
    "account_pillars",
    "account_photos",
    "directory_docs",
    "resources",
    "resource_pillars",
    "resource_themes",
    "resource_readers_spaces",
    "resource_readers_orgs",
    "resource_files",
    "file_versions",
    "library_docs",
    "library_tokens",
    "projects",
    "project_partners",
    "project_countries",
    "project_regions",
    "project_donors",
    "activities",
    "activity_partners",
    "activity_countries",
    "activity_updates",
    "assessments",
    "recommendations",
    "recommendation_notes",
    "recommendation_projects",
    "recommendation_activities",
    "assessment_consents",
];

/// One round trip that summarises the database's content.
pub(super) async fn fingerprint(app: &TestApp) -> String {
    let counts: Vec<String> = TABLES
        .iter()
        .map(|t| format!("(SELECT COUNT(*) FROM {t})"))
        .collect();
    let sql = format!(
        "SELECT CAST({} AS TEXT) || '|' || CAST((SELECT generation FROM generations WHERE kind = 0) AS TEXT)
            || '|' || CAST((SELECT generation FROM generations WHERE kind = 1) AS TEXT)
            || '|' || CAST((SELECT generation FROM generations WHERE kind = 5) AS TEXT)
            || '|' || CAST((SELECT generation FROM generations WHERE kind = 6) AS TEXT)
            || '|' || COALESCE((SELECT CAST(MAX(updated_at) AS TEXT) FROM accounts), '')
            || '|' || COALESCE((SELECT CAST(MAX(updated_at) AS TEXT) FROM resources), '')",
        counts.join(" || ',' || ")
    );
    gctcp_store::query(sql)
        .scalar(app.db())
        .await
        .expect("fingerprint")
}

pub(super) fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A URL-encoded body (or query) with `target` set to `value` (raw invalid UTF-8 when
/// `None`) and every other field as the page gave it.
pub(super) fn encoded(
    defaults: &[(String, String)],
    target: &str,
    value: &Option<String>,
) -> String {
    let mut parts: Vec<String> = defaults
        .iter()
        .filter(|(k, _)| k != target)
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    parts.push(match value {
        Some(v) => format!("{}={}", encode(target), encode(v)),
        None => format!("{}={BAD_UTF8_ESCAPED}", encode(target)),
    });
    parts.join("&")
}

/// What the sweep asked and what it found.
#[derive(Default)]
pub(super) struct Sweep {
    pub(super) requested: BTreeSet<String>,
    pub(super) failures: Vec<String>,
    /// Action buttons, pressed last.
    pub(super) deferred: Vec<(String, Form)>,
    pub(super) requests: usize,
}

impl Sweep {
    pub(super) async fn check(
        &mut self,
        app: &TestApp,
        before: &str,
        what: String,
        path: &str,
        res: &TestResponse,
    ) {
        self.requests += 1;
        self.requested
            .insert(path.split(['?', '#']).next().unwrap_or("").to_string());
        if res.status.is_server_error() {
            self.failures.push(format!("{what}: {}", res.status));
        } else if res.status.is_client_error() {
            let after = fingerprint(app).await;
            if after != before {
                self.failures
                    .push(format!("{what}: refused with {} but wrote", res.status));
            }
        } else {
            // A clean save may start background text extraction; let it finish so that
            // it is not taken for a write by the next refused request.
            app.wait_for_text().await;
        }
    }
}

/// Submits `form` once per (field, hostile value).
pub(super) async fn sweep_form(
    app: &TestApp,
    c: &mut Client,
    page: &str,
    form: &Form,
    sweep: &mut Sweep,
) {
    let targets: BTreeSet<String> = form
        .fields
        .iter()
        .filter(|f| f.name != "csrf" && f.kind != "file")
        .map(|f| f.name.clone())
        .collect();
    if targets.is_empty() && !form.multipart {
        // Only a token: an action button (delete, deactivate…). Pressed at the end, so
        // that it does not take away what the rest of the sweep visits.
        sweep.deferred.push((page.to_string(), form.clone()));
        return;
    }
    if targets.is_empty() {
        // Nothing to vary (a file and its token): submitted once as it is.
        c.get(page).await;
        let before = fingerprint(app).await;
        let parts: Vec<(&str, Option<&str>, &[u8])> = form
            .fields
            .iter()
            .filter(|f| f.kind == "file")
            .map(|f| (f.name.as_str(), Some("notes.txt"), &b"Meeting notes."[..]))
            .collect();
        let res = if form.multipart {
            c.post_multipart(&form.action, &parts).await
        } else {
            c.post(&form.action, &[]).await
        };
        sweep
            .check(
                app,
                &before,
                format!("{} {} as it is", form.method, form.action),
                &form.action,
                &res,
            )
            .await;
        return;
    }
    for target in targets {
        for (label, value) in hostile() {
            // A fresh token: some answers (sign-in, errors) rotate or drop it.
            c.get(page).await;
            let defaults = form.defaults();
            let before = fingerprint(app).await;
            let what = format!("{} {} [{target}] {label}", form.method, form.action);
            let res = if form.method == "get" {
                let query = encoded(&defaults, &target, &for_query(&value));
                let sep = if form.action.contains('?') { '&' } else { '?' };
                let url = format!("{}{sep}{query}", form.action);
                c.get(&url).await
            } else if form.multipart {
                let mut parts: Vec<(String, Option<String>, Vec<u8>)> = defaults
                    .iter()
                    .filter(|(k, _)| *k != target && k != "csrf")
                    .map(|(k, v)| (k.clone(), None, v.clone().into_bytes()))
                    .collect();
                parts.push((
                    target.clone(),
                    None,
                    value
                        .clone()
                        .map(String::into_bytes)
                        .unwrap_or_else(|| BAD_UTF8_RAW.to_vec()),
                ));
                for f in form.fields.iter().filter(|f| f.kind == "file") {
                    parts.push((
                        f.name.clone(),
                        Some("notes.txt".into()),
                        b"Meeting notes, plain text.\n".to_vec(),
                    ));
                }
                let parts: Vec<(&str, Option<&str>, &[u8])> = parts
                    .iter()
                    .map(|(n, f, b)| (n.as_str(), f.as_deref(), b.as_slice()))
                    .collect();
                c.post_multipart(&form.action, &parts).await
            } else {
                let mut defaults = defaults.clone();
                let token = c.csrf.clone().unwrap_or_default();
                defaults.retain(|(k, _)| k != "csrf");
                defaults.push(("csrf".into(), token));
                let body = encoded(&defaults, &target, &value);
                c.post_bytes(
                    &form.action,
                    "application/x-www-form-urlencoded",
                    body.into_bytes(),
                )
                .await
            };
            sweep.check(app, &before, what, &form.action, &res).await;
        }
    }
}

/// Every `.route("…")` the server declares.
pub(super) fn declared_routes() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("server sources") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                let mut rest = text.as_str();
                while let Some(i) = rest.find(".route(") {
                    rest = rest[i + 7..].trim_start();
                    if let Some(r) = rest.strip_prefix('"') {
                        if let Some(end) = r.find('"') {
                            out.insert(r[..end].to_string());
                        }
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/server/src"),
        &mut out,
    );
    out
}

pub(super) fn matches_route(route: &str, path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    let r: Vec<&str> = route.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    if r.last().is_some_and(|s| s.starts_with("{*")) {
        return p.len() >= r.len()
            && r[..r.len() - 1]
                .iter()
                .zip(&p)
                .all(|(a, b)| a.starts_with('{') || a == b);
    }
    r.len() == p.len() && r.iter().zip(&p).all(|(a, b)| a.starts_with('{') || a == b)
}
