//! Reference names in the six languages: every page names Member States, entities,
//! regions, themes and working groups in the reader's language, finds them by their
//! name in any of the six, and sorts them in the reader's collation.

use super::*;

/// The page's text between `<main` and `</main>` (the header's language switcher names
/// the languages in themselves, which is not a reference name).
/// What it shows, not its markup (links' addresses keep English values).
fn main_text(page: &str) -> String {
    let start = page.find("<main").unwrap_or(0);
    let end = page[start..]
        .find("</main>")
        .map(|e| start + e)
        .unwrap_or(page.len());
    let mut shown = String::new();
    let mut in_tag = false;
    for ch in page[start..end].chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => shown.push(c),
            _ => {}
        }
    }
    shown
}

dual!(
    a_member_state_is_found_by_its_name_in_each_of_the_six_languages,
    |app| {
        let fp = app
            .person(
                "a.diop@diplomatie.gouv.sn",
                "Awa Diop",
                "SEN",
                PlatformRole::FocalPoint,
            )
            .await;
        let _other = app
            .person(
                "k.otieno@mfa.go.ke",
                "Kamau Otieno",
                "KEN",
                PlatformRole::FocalPoint,
            )
            .await;
        let mut c = app.signed_in(&fp).await;
        for name in [
            "السنغال",
            "Senegal",
            "Sénégal",
            "senegal",
            "Сенегал",
            "塞内加尔",
        ] {
            let q = urlencode(name);
            let people = c.get(&format!("/people?q={q}")).await;
            people
                .assert_contains("Awa Diop")
                .assert_not_contains("Kamau Otieno");
            let orgs = c.get(&format!("/organizations?q={q}")).await;
            orgs.assert_contains("/organizations/SEN\"")
                .assert_not_contains("/organizations/KEN\"");
            let found = c.get(&format!("/search?q={q}")).await;
            found.assert_contains("/organizations/SEN\"");
        }
        // A French or Spanish acronym finds its entity; an Arabic theme name finds people
        // whose expertise it is.
        c.get("/organizations?q=ONUDC")
            .await
            .assert_contains("/organizations/UNODC\"");
        c.get("/organizations?q=ACNUR")
            .await
            .assert_contains("/organizations/UNHCR\"");
        let theme = app.theme("border-security").await;
        app.profile(&fp, |f| f.themes = vec![theme]).await;
        let arabic_theme: String = app
            .text("SELECT name_ar FROM themes WHERE slug = 'border-security'")
            .await;
        assert!(!arabic_theme.is_empty());
        let word = arabic_theme
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap();
        c.get(&format!("/people?q={}", urlencode(word)))
            .await
            .assert_contains("Awa Diop")
            .assert_not_contains("Kamau Otieno");
    }
);

dual!(pages_name_reference_data_in_the_readers_language, |app| {
    let fp = app
        .person(
            "a.diop@diplomatie.gouv.sn",
            "Awa Diop",
            "SEN",
            PlatformRole::FocalPoint,
        )
        .await;
    let mut c = app.signed_in(&fp).await;
    let expect = [
        ("ar", "السنغال", "أفريقيا", "مجموعة الدول الأفريقية"),
        ("fr", "Sénégal", "Afrique", "Groupe des États d'Afrique"),
        ("es", "Senegal", "África", "Grupo de los Estados de África"),
        ("ru", "Сенегал", "Африка", "Группа африканских государств"),
        ("zh", "塞内加尔", "非洲", "非洲国家组"),
        ("en", "Senegal", "Africa", "African States"),
    ];
    for (lang, state, region, group) in expect {
        c.post("/language", &[("lang", lang), ("next", "/")]).await;
        let page = plain(&c.get("/organizations/SEN").await);
        assert!(page.contains(&format!("<title>{state}")), "{lang}: title");
        let text = main_text(&page);
        assert!(text.contains(region), "{lang}: region {region}");
        assert!(text.contains(group), "{lang}: group {group}");
        if lang != "en" && lang != "es" {
            for english in ["Senegal", "Africa", "Western Africa", "African States"] {
                assert!(!text.contains(english), "{lang}: {english} on the page");
            }
        }
        // The person's organization, on the directory and the dashboard.
        let people = plain(&c.get("/people?q=diop").await);
        assert!(main_text(&people).contains(state), "{lang}");
        let home = plain(&c.get("/").await);
        assert!(main_text(&home).contains(state), "{lang}");
        // The region filter of the directory; the working group UNOCT chairs.
        let people = plain(&c.get("/people").await);
        assert!(people.contains(region), "{lang}: region filter");
        let wg1: String = app
            .text(&format!(
                "SELECT name_{lang} FROM spaces WHERE wg_number = 1"
            ))
            .await;
        let unoct = plain(&c.get("/organizations/UNOCT").await);
        assert!(unoct.contains(&wg1), "{lang}: working group 1");
    }
});

dual!(
    organizations_sort_in_the_readers_collation_and_come_in_pages,
    |app| {
        let fp = app.focal_point("sort@un.org", "KEN").await;
        let mut c = app.signed_in(&fp).await;
        c.post("/language", &[("lang", "fr"), ("next", "/")]).await;
        let page = c.get("/organizations?kind=member_state").await;
        page.assert_contains("193");
        assert!(
            !page.body.contains("Zimbabwe"),
            "the first page holds 50 rows"
        );
        // In Africa, Égypte and Éthiopie sort with the E's, around Eswatini (not after Z).
        let africa = plain(
            &c.get("/organizations?kind=member_state&region=Africa")
                .await,
        );
        let at = |name: &str| africa.find(name).unwrap_or_else(|| panic!("{name}"));
        assert!(at("Afrique du Sud") < at("Égypte"));
        assert!(at("Égypte") < at("Eswatini"));
        assert!(at("Eswatini") < at("Éthiopie"));
        assert!(at("Éthiopie") < at("Gabon"));
        let last = c.get("/organizations?kind=member_state&page=4").await;
        last.assert_contains("Zimbabwe").assert_contains("4 / 4");
        // By number of focal points, with the filters kept.
        let by_people = c.get("/organizations?kind=member_state&sort=people").await;
        by_people.assert_contains("aria-sort=\"descending\"");
        let kenya = by_people
            .body
            .find("/organizations/KEN\"")
            .expect("Kenya first");
        let afghanistan = by_people
            .body
            .find("/organizations/AFG\"")
            .expect("then others");
        assert!(kenya < afghanistan);
        assert!(plain(&by_people).contains("href=\"/organizations?kind=member_state&sort=code\""));
        // Chinese by pinyin: 阿富汗 (Afghanistan, ā) comes first among the States.
        c.post("/language", &[("lang", "zh"), ("next", "/")]).await;
        let zh = c.get("/organizations?kind=member_state").await;
        let first_row = zh.body.find("<tbody>").unwrap();
        let afg = zh.body[first_row..].find("阿富汗").unwrap();
        let chn = zh.body[first_row..].find("中国").unwrap_or(usize::MAX);
        assert!(afg < chn);
        // Hostile input is a search that finds nothing, not an error.
        for q in ["%00", "%E2%80%AE", "%FF%FE", "a%01b"] {
            let r = c
                .get(&format!("/organizations?q={q}&page=99999999999999999999"))
                .await;
            assert!(r.status.is_success() || r.status.is_client_error(), "{q}");
        }
    }
);

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The page's text as the reader sees it (entities decoded).
fn plain(page: &TestResponse) -> String {
    gctcp_testkit::html::unescape(&page.body)
}
