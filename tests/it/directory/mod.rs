//! The contact directory, on both databases.

mod cards;
mod pages;
mod search;

pub use super::*;
pub use gctcp_store::directory::ProfileFields;

/// The IDs of the people a result page lists, in order.
fn result_ids(body: &str) -> Vec<i64> {
    let marker = "class=\"person-name\" href=\"/people/";
    body.match_indices(marker)
        .filter_map(|(i, _)| body[i + marker.len()..].split('"').next()?.parse().ok())
        .collect()
}

struct World {
    admin: Person,
    viewer: Person,
    jose: Person,
    ivan: Person,
    mohamed: Person,
    wang: Person,
    amara: Person,
    gone: Person,
    wg2: gctcp_domain::SpaceId,
}

async fn world(app: &TestApp) -> World {
    let admin = app.admin().await;
    let viewer = app
        .person(
            "viewer@mofa.go.jp",
            "Haruto Sato",
            "JPN",
            PlatformRole::FocalPoint,
        )
        .await;
    let jose = app
        .person(
            "jose.lopez@maec.es",
            "José María López",
            "ESP",
            PlatformRole::FocalPoint,
        )
        .await;
    let ivan = app
        .person(
            "i.petrov@mid.ru",
            "Иван Петров",
            "RUS",
            PlatformRole::FocalPoint,
        )
        .await;
    let mohamed = app
        .person(
            "m.abdallah@mfa.gov.eg",
            "مُحَمَّد عبد الله",
            "EGY",
            PlatformRole::FocalPoint,
        )
        .await;
    let wang = app
        .person(
            "wang.xm@un.org",
            "王小明",
            "UNODC",
            PlatformRole::FocalPoint,
        )
        .await;
    let amara = app
        .person(
            "a.okafor@iom.int",
            "Amara Okafor",
            "IOM",
            PlatformRole::FocalPoint,
        )
        .await;
    let gone = app
        .person(
            "gone@mfa.go.ke",
            "Gone Person",
            "KEN",
            PlatformRole::FocalPoint,
        )
        .await;
    app.invite(
        "pending@mfa.go.ke",
        "Pending Person",
        "KEN",
        PlatformRole::FocalPoint,
    )
    .await;
    gctcp_app::accounts::deactivate(&app.state, &gctcp_app::Actor::cli(), gone.id)
        .await
        .unwrap();
    let border = app.theme("border-security").await;
    let cft = app.theme("cft").await;
    let pcve = app.theme("pcve").await;
    let set = |langs: &[&str], themes: Vec<i64>, title: &str, tz: &str| {
        let langs: Vec<String> = langs.iter().map(|s| s.to_string()).collect();
        let title = title.to_string();
        let tz = tz.to_string();
        move |f: &mut ProfileFields| {
            f.languages = langs;
            f.themes = themes;
            f.title = title;
            f.time_zone = tz;
        }
    };
    app.profile(
        &jose,
        set(
            &["es", "en"],
            vec![border],
            "Counsellor, Border Security",
            "Europe/Madrid",
        ),
    )
    .await;
    app.profile(
        &ivan,
        set(&["ru", "en"], vec![cft], "First Secretary", "Europe/Moscow"),
    )
    .await;
    app.profile(
        &mohamed,
        set(&["ar", "fr"], vec![pcve], "Director", "Africa/Cairo"),
    )
    .await;
    app.profile(
        &wang,
        set(
            &["zh", "en"],
            vec![border, cft],
            "Programme Officer",
            "Asia/Shanghai",
        ),
    )
    .await;
    app.profile(
        &amara,
        set(&["en", "fr"], vec![], "Migration Officer", "Europe/Zurich"),
    )
    .await;
    let wg2 = app.working_group(2).await;
    app.add_to_space(wg2, jose.id, SpaceRole::Member).await;
    app.add_to_space(wg2, wang.id, SpaceRole::ViceChair).await;
    World {
        admin,
        viewer,
        jose,
        ivan,
        mohamed,
        wang,
        amara,
        gone,
        wg2,
    }
}

/// Unfolds a vCard and returns its (name with parameters, value) lines.
fn vcard_lines(text: &str) -> Vec<(String, String)> {
    assert!(text.contains("\r\n"), "vCard lines end with CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (k, v) = l.split_once(':').expect("property:value");
            (
                k.to_string(),
                v.replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\n", "\n")
                    .replace("\\\\", "\\"),
            )
        })
        .collect()
}

fn prop<'a>(lines: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|(k, _)| k == name || k.starts_with(&format!("{name};")))
        .map(|(_, v)| v.as_str())
        .collect()
}
