use super::*;
use std::collections::{BTreeMap, BTreeSet};

fn ftl_keys(lang: &str) -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("web/locales")
        .join(lang);
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((k, _)) = line.split_once('=') {
                let k = k.trim_end();
                if !k.is_empty()
                    && !line.starts_with([' ', '#', '\t'])
                    && k.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    keys.insert(k.to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn every_locale_has_every_key() {
    let en = ftl_keys("en");
    assert!(en.len() > 150, "{}", en.len());
    let mut report = BTreeMap::new();
    for lang in ["ar", "es", "fr", "ru", "zh"] {
        let keys = ftl_keys(lang);
        let missing: Vec<_> = en.difference(&keys).cloned().collect();
        let extra: Vec<_> = keys.difference(&en).cloned().collect();
        if !missing.is_empty() || !extra.is_empty() {
            report.insert(lang, (missing, extra));
        }
    }
    assert!(
        report.is_empty(),
        "locale keys differ from English (missing, extra): {report:#?}"
    );
}

#[test]
fn every_key_used_in_templates_and_code_exists() {
    let en = ftl_keys("en");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    let mut stack = vec![root.join("web/templates"), root.join("crates/server/src")];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for marker in ["t(\"", "text(\"", "ta(\"", "tn(\""] {
            for (i, _) in text.match_indices(marker) {
                // `ctx.t("…")`, `ctx.text("…")`, `i18n::t("…")`, not `headers.get("…")`.
                if i > 0
                    && (text.as_bytes()[i - 1].is_ascii_alphanumeric()
                        || text.as_bytes()[i - 1] == b'_')
                {
                    continue;
                }
                let rest = &text[i + marker.len()..];
                let key: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if rest[key.len()..].starts_with('"') && key.contains('-') {
                    used.insert(key);
                }
            }
        }
    }
    // Keys built from stored values (`tk(prefix, value, suffix)`).
    for e in gctcp_store::audit::EVENTS {
        used.insert(format!("event-{}", e.replace('.', "-")));
    }
    for t in gctcp_domain::library::DOC_TYPES {
        used.insert(format!("doc-type-{t}"));
    }
    for s in ["pending", "indexed", "failed", "none"] {
        used.insert(format!("library-text-{s}"));
    }
    for v in gctcp_domain::library::VISIBILITIES {
        used.insert(format!("library-visibility-{v}"));
    }
    for r in ["admin", "focal_point"] {
        used.insert(format!("role-{r}"));
    }
    for s in ["invited", "active", "deactivated"] {
        used.insert(format!("status-{s}"));
    }
    for r in ["chair", "vice_chair", "member"] {
        used.insert(format!("space-role-{r}"));
    }
    for k in gctcp_domain::cted::KINDS {
        used.insert(format!("cted-kind-{k}"));
    }
    for p in gctcp_domain::cted::PRIORITIES {
        used.insert(format!("cted-priority-{p}"));
    }
    for s in gctcp_domain::cted::STATUSES {
        used.insert(format!("cted-status-{s}"));
    }
    for h in gctcp_store::recommendations::HOWS {
        used.insert(format!("cted-how-{h}"));
    }
    for kind in [
        "not-found",
        "forbidden",
        "csrf",
        "bad-request",
        "too-large",
        "busy",
        "internal",
    ] {
        used.insert(format!("error-{kind}-title"));
        used.insert(format!("error-{kind}-body"));
    }
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(
        missing.is_empty(),
        "keys used but not defined in English: {missing:?}"
    );
}

dual!(
    accept_language_chooses_the_language_and_arabic_is_right_to_left,
    |app| {
        let expectations = [
            ("ar-EG,ar;q=0.9", "ar", "rtl"),
            ("zh-CN", "zh", "ltr"),
            ("es-419", "es", "ltr"),
            ("ru", "ru", "ltr"),
            ("fr-CA", "fr", "ltr"),
            ("de-DE", "en", "ltr"),
        ];
        for (header, lang, dir) in expectations {
            let mut c = app.client();
            c.accept_language = Some(header.into());
            let res = c.get("/login").await;
            res.assert_contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">"));
            res.assert_not_contains("Unknown localization key");
        }
    }
);

dual!(
    every_page_renders_in_every_language_without_missing_keys,
    |app| {
        let admin = app.admin().await;
        let fp = app.focal_point("fp@un.org", "KEN").await;
        let wg = app.working_group(1).await;
        app.add_to_space(wg, fp.id, SpaceRole::Chair).await;
        let doc = app
            .resource(&fp, "Guidance", "g.txt", b"Plain text guidance.")
            .await;
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            let mut c = app.signed_in(&admin).await;
            c.post("/language", &[("lang", lang), ("next", "/")]).await;
            for path in [
                "/".to_string(),
                "/profile".into(),
                "/organizations".into(),
                "/admin/accounts".into(),
                "/admin/accounts/new".into(),
                format!("/admin/accounts/{}", fp.id),
                "/admin/audit".into(),
                "/admin/spaces".into(),
                format!("/admin/spaces/{}", wg.0),
                "/admin/accounts/import".into(),
                "/people".into(),
                "/people?lang=xx&q=nobody".into(),
                format!("/people/{}", fp.id),
                format!("/people/{}/edit", fp.id),
                "/organizations/KEN".into(),
                "/organizations/UNODC".into(),
                "/library".into(),
                "/library?q=nothing-matches&type=tool".into(),
                "/library/new".into(),
                format!("/library/{doc}"),
                format!("/library/{doc}/edit"),
                "/library/deleted".into(),
                "/nowhere".into(),
            ] {
                let res = c.get(&path).await;
                res.assert_contains(&format!("<html lang=\"{lang}\""));
                res.assert_not_contains("Unknown localization key");
            }
        }
    }
);

dual!(the_language_switch_is_remembered, |app| {
    // Signed out: kept in the session.
    let mut c = app.client();
    c.get("/login").await;
    let res = c
        .post("/language", &[("lang", "ar"), ("next", "/login")])
        .await;
    assert_eq!(res.location(), "/login");
    c.get("/login").await.assert_contains("dir=\"rtl\"");
    // Signed in: stored in the profile, so it follows the person to a new browser.
    let fp = app.focal_point("lang@un.org", "KEN").await;
    let mut d = app.signed_in(&fp).await;
    d.get("/").await;
    d.post("/language", &[("lang", "zh"), ("next", "/profile")])
        .await;
    let mut e = app.signed_in(&fp).await;
    e.accept_language = Some("en".into());
    e.get("/").await.assert_contains("<html lang=\"zh\"");
    // An unknown language is refused, not stored.
    let res = e.post("/language", &[("lang", "xx"), ("next", "/")]).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
});
