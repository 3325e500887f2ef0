//! The resource library: uploads, downloads, type checks, size limits, access by space
//! and by organization (denials as well as grants), text extraction and search, language
//! versions, versions, editing, soft deletion and restoration.

mod files;
mod search;
mod versions;

pub use super::*;
use sha2::{Digest, Sha256};

const PDF: &[u8] = include_bytes!("../../fixtures/library/report.pdf");
const DOCX: &[u8] = include_bytes!("../../fixtures/library/guidance.docx");

/// A resource's description as the form sends it.
fn fields<'a>(title: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("title", title),
        ("summary", ""),
        ("doc_type", "guidance"),
        ("symbol", ""),
        ("lang", "en"),
        ("published_on", "2024-03-15"),
        ("visibility", "all"),
        ("url", ""),
        ("file_lang", "en"),
    ];
    for (k, v) in extra {
        if let Some(slot) = f.iter_mut().find(|(key, _)| key == k) {
            slot.1 = v;
        } else {
            f.push((k, v));
        }
    }
    f
}

/// Submits the "add a resource" form (the file part last, as browsers send it).
async fn add(c: &mut Client, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> TestResponse {
    c.get("/library/new").await;
    let mut parts: Vec<(&str, Option<&str>, &[u8])> = fields
        .iter()
        .map(|(k, v)| (*k, None, v.as_bytes()))
        .collect();
    if let Some((name, bytes)) = file {
        parts.push(("file", Some(name), bytes));
    }
    c.post_multipart("/library/new", &parts).await
}

/// Adds a resource and returns its ID.
async fn added(c: &mut Client, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> i64 {
    let res = add(c, fields, file).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let loc = res.location().to_string();
    loc.trim_start_matches("/library/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The current versions of a resource's files.
async fn versions(app: &TestApp, id: i64) -> Vec<i64> {
    gctcp_store::library::get(app.db(), id)
        .await
        .unwrap()
        .unwrap()
        .files
        .iter()
        .map(|f| f.current().id)
        .collect()
}

fn sha256(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// Every file in a directory tree (blob store and staging).
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            out.push(p);
        }
    }
    out
}

/// Finds with `q` and returns the titles listed.
async fn titles_found(c: &mut Client, q: &str) -> Vec<String> {
    let url = format!(
        "/library?q={}",
        url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
    );
    let page = c.get(&url).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
        .split("class=\"resource-title\"")
        .skip(1)
        .filter_map(|s| {
            let start = s.find("<bdi>")? + 5;
            let end = s[start..].find("</bdi>")?;
            Some(gctcp_testkit::html::unescape(&s[start..start + end]))
        })
        .collect()
}
