//! The contact directory, on both databases.

use super::*;
use gctcp_store::directory::ProfileFields;

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

dual!(
    search_finds_people_in_every_script_and_by_every_field,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let cases: Vec<(&str, Vec<i64>)> = vec![
            ("jose", vec![w.jose.id.0]),
            ("JOSÉ", vec![w.jose.id.0]),
            ("lopez maria", vec![w.jose.id.0]),
            ("Иван", vec![w.ivan.id.0]),
            ("иван", vec![w.ivan.id.0]),
            ("محمد", vec![w.mohamed.id.0]),
            ("王", vec![w.wang.id.0]),
            ("小明", vec![w.wang.id.0]),
            ("unodc", vec![w.wang.id.0]),
            ("counsellor", vec![w.jose.id.0]),
            ("mid.ru", vec![w.ivan.id.0]),
            ("border security", vec![w.jose.id.0, w.wang.id.0]),
            ("边境", vec![w.jose.id.0, w.wang.id.0]),
            ("毒品", vec![w.wang.id.0]),
            ("王 unodc", vec![w.wang.id.0]),
            ("王 spain", vec![]),
            ("Gone Person", vec![]),
            ("pending", vec![]),
        ];
        for (q, want) in cases {
            let url = format!(
                "/people?q={}",
                url::form_urlencoded::byte_serialize(q.as_bytes()).collect::<String>()
            );
            let res = c.get(&url).await;
            assert_eq!(res.status, StatusCode::OK, "{q}");
            let mut got = result_ids(&res.body);
            got.sort();
            let mut want = want.clone();
            want.sort();
            assert_eq!(got, want, "search {q:?}");
            if want.is_empty() {
                res.assert_contains("No one matches");
            }
        }
    }
);

dual!(
    every_filter_narrows_and_filters_combine_with_counts,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let esp = gctcp_store::orgs::by_code(app.db(), "ESP")
            .await
            .unwrap()
            .unwrap()
            .id;
        let border = app.theme("border-security").await;
        let ids = |v: Vec<&Person>| {
            let mut v: Vec<i64> = v.iter().map(|p| p.id.0).collect();
            v.sort();
            v
        };
        let cases: Vec<(String, Vec<i64>)> = vec![
            ("org_type=compact_observer".into(), ids(vec![&w.amara])),
            (
                "org_type=compact_member".into(),
                ids(vec![&w.admin, &w.wang]),
            ),
            (format!("org={esp}"), ids(vec![&w.jose])),
            ("region=Europe".into(), ids(vec![&w.jose, &w.ivan])),
            ("subregion=Eastern+Europe".into(), ids(vec![&w.ivan])),
            ("group=African+States".into(), ids(vec![&w.mohamed])),
            (format!("space={}", w.wg2.0), ids(vec![&w.jose, &w.wang])),
            (format!("theme={border}"), ids(vec![&w.jose, &w.wang])),
            ("lang=ar".into(), ids(vec![&w.mohamed])),
            (
                format!("theme={border}&org_type=member_state"),
                ids(vec![&w.jose]),
            ),
            ("lang=en&region=Europe".into(), ids(vec![&w.jose, &w.ivan])),
            ("lang=fr&q=okafor".into(), ids(vec![&w.amara])),
            ("lang=zh&region=Europe".into(), vec![]),
        ];
        for (qs, want) in cases {
            let res = c.get(&format!("/people?{qs}")).await;
            let mut got = result_ids(&res.body);
            got.sort();
            assert_eq!(got, want, "filter {qs}");
        }
        // Each filter value says how many people it would leave, given the other filters.
        let res = c.get("/people?lang=en").await;
        res.assert_contains(">Europe (2)</option>");
        res.assert_contains(&format!(
            "value=\"{border}\">Border security and management (2)</option>"
        ));
        let res = c.get("/people?region=Europe").await;
        res.assert_contains(">English (2)</option>")
            .assert_contains(">Español (1)</option>");
        // An empty combination says so and offers to remove each filter.
        let res = c.get("/people?lang=zh&region=Europe").await;
        res.assert_contains("No one matches")
            .assert_contains("Try removing a filter")
            .assert_contains("href=\"/people?region=Europe\"");
    }
);

dual!(
    the_directory_never_shows_invited_or_deactivated_people,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let all = c.get("/people").await;
        let ids = result_ids(&all.body);
        assert_eq!(ids.len(), 7, "admin, viewer and five colleagues");
        assert!(!ids.contains(&w.gone.id.0));
        all.assert_not_contains("Pending Person")
            .assert_not_contains("Gone Person");
        assert_eq!(
            c.get(&format!("/people/{}", w.gone.id)).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.get(&format!("/people/{}/vcard", w.gone.id)).await.status,
            StatusCode::NOT_FOUND
        );
        let pending = gctcp_store::accounts::by_email(app.db(), "pending@mfa.go.ke")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            c.get(&format!("/people/{}", pending.id)).await.status,
            StatusCode::NOT_FOUND
        );
        c.get("/organizations/KEN")
            .await
            .assert_not_contains("Gone Person")
            .assert_not_contains("Pending Person");
        // Reactivated, the person is back.
        gctcp_app::accounts::reactivate(&app.state, &gctcp_app::Actor::cli(), w.gone.id)
            .await
            .unwrap();
        assert!(result_ids(&c.get("/people?q=gone").await.body).contains(&w.gone.id.0));
    }
);

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

dual!(
    phone_numbers_follow_the_owners_choice_on_pages_and_in_vcards,
    |app| {
        let w = world(&app).await;
        app.profile(&w.jose, |f| {
            f.phone_office = "+34 91 379 9700".into();
            f.phone_mobile = "+34 600 000 001".into();
            f.phone_visibility = "co_members".into();
        })
        .await;
        let page = format!("/people/{}", w.jose.id);
        let card = format!("/people/{}/vcard", w.jose.id);
        // A stranger (no shared space) sees neither number, on the page or in the vCard.
        let mut stranger = app.signed_in(&w.ivan).await;
        stranger
            .get(&page)
            .await
            .assert_not_contains("379 9700")
            .assert_contains("Shown only to members");
        let v = stranger.get(&card).await;
        assert!(prop(&vcard_lines(&v.body), "TEL").is_empty(), "{}", v.body);
        // A co-member of working group 2 sees them.
        let mut co = app.signed_in(&w.wang).await;
        co.get(&page).await.assert_contains("+34 91 379 9700");
        assert_eq!(
            prop(&vcard_lines(&co.get(&card).await.body), "TEL"),
            vec!["+34 91 379 9700", "+34 600 000 001"]
        );
        // Administrators and the person see them.
        app.signed_in(&w.admin)
            .await
            .get(&page)
            .await
            .assert_contains("+34 91 379 9700");
        app.signed_in(&w.jose)
            .await
            .get(&page)
            .await
            .assert_contains("+34 91 379 9700");
        // Opened to every focal point, the stranger sees them too.
        app.profile(&w.jose, |f| f.phone_visibility = "all".into())
            .await;
        stranger.get(&page).await.assert_contains("+34 91 379 9700");
    }
);

dual!(vcards_are_valid_version_4_and_carry_the_profile, |app| {
    let w = world(&app).await;
    app.profile(&w.jose, |f| {
        f.office = "Plaza de la Provincia 1; Madrid".into();
        f.bio = "Works on border management.\nSpeaks at INTERPOL events.".into();
    })
    .await;
    let mut c = app.signed_in(&w.viewer).await;
    let res = c.get(&format!("/people/{}/vcard", w.jose.id)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("text/vcard"));
    assert!(res
        .header("content-disposition")
        .unwrap()
        .contains("jose-maria-lopez.vcf"));
    let lines = vcard_lines(&res.body);
    assert_eq!(
        lines.first().unwrap(),
        &("BEGIN".to_string(), "VCARD".to_string())
    );
    assert_eq!(
        lines.last().unwrap(),
        &("END".to_string(), "VCARD".to_string())
    );
    assert_eq!(prop(&lines, "VERSION"), vec!["4.0"]);
    assert_eq!(prop(&lines, "FN"), vec!["José María López"]);
    assert_eq!(prop(&lines, "TITLE"), vec!["Counsellor, Border Security"]);
    assert_eq!(prop(&lines, "ORG"), vec!["Spain"]);
    assert_eq!(prop(&lines, "EMAIL"), vec!["jose.lopez@maec.es"]);
    assert_eq!(prop(&lines, "LANG"), vec!["en", "es"]);
    assert_eq!(prop(&lines, "TZ"), vec!["Europe/Madrid"]);
    assert_eq!(
        prop(&lines, "NOTE"),
        vec!["Works on border management.\nSpeaks at INTERPOL events."]
    );
    assert_eq!(
        prop(&lines, "ADR"),
        vec![";;Plaza de la Provincia 1; Madrid;;;;"]
    );
    assert!(prop(&lines, "UID")[0].ends_with(&format!("/people/{}", w.jose.id)));
});

dual!(
    vcards_name_everyone_for_address_books_read_by_a_real_parser,
    |app| {
        let w = world(&app).await;
        app.person(
            "l.vdberg@minbuza.nl",
            "Ludwig van der Berg",
            "NLD",
            PlatformRole::FocalPoint,
        )
        .await;
        app.person(
            "f.ahmed@mofa.gov.sa",
            "فاطمة الزهراء",
            "SAU",
            PlatformRole::FocalPoint,
        )
        .await;
        app.person(
            "wang.wei@un.org",
            "WANG Wei",
            "UNDP",
            PlatformRole::FocalPoint,
        )
        .await;
        let mut a = app.signed_in(&w.admin).await;
        let res = a.get("/people/export.vcf").await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        // Every card has N next to FN.
        let lines = vcard_lines(&res.body);
        assert_eq!(prop(&lines, "N").len(), prop(&lines, "FN").len());
        // vobject, a third-party parser, reads every card and its structured name.
        let out = gctcp_testkit::python::run("vcard_read.py", &res.bytes);
        let cards: Vec<serde_json::Value> = serde_json::from_str(&out).expect("JSON");
        let name = |email: &str| {
            let c = cards
                .iter()
                .find(|c| c["email"] == email)
                .unwrap_or_else(|| panic!("{email} in {out}"));
            (
                c["family"].as_str().unwrap().to_string(),
                c["given"].as_str().unwrap().to_string(),
            )
        };
        let t = |f: &str, g: &str| (f.to_string(), g.to_string());
        assert_eq!(name("jose.lopez@maec.es"), t("López", "José"));
        assert_eq!(name("i.petrov@mid.ru"), t("Петров", "Иван"));
        assert_eq!(name("wang.xm@un.org"), t("王", "小明"));
        assert_eq!(name("m.abdallah@mfa.gov.eg"), t("عبد الله", "مُحَمَّد"));
        assert_eq!(name("l.vdberg@minbuza.nl"), t("van der Berg", "Ludwig"));
        assert_eq!(name("f.ahmed@mofa.gov.sa"), t("الزهراء", "فاطمة"));
        assert_eq!(name("wang.wei@un.org"), t("WANG", "Wei"));
        // A single card too.
        let one = a.get(&format!("/people/{}/vcard", w.amara.id)).await;
        let out = gctcp_testkit::python::run("vcard_read.py", &one.bytes);
        assert!(out.contains("\"family\": \"Okafor\""), "{out}");
    }
);

dual!(
    bulk_exports_respect_the_limit_privacy_and_roles_and_are_audited,
    |app| {
        let app = TestApp::with_config(app.backend, |c| c.export_limit = 3).await;
        let w = world(&app).await;
        app.profile(&w.mohamed, |f| f.phone_office = "+20 2 1234 5678".into())
            .await;
        let mut c = app.signed_in(&w.viewer).await;
        let res = c.get("/people/export.vcf").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("Too many people")
            .assert_contains("7 people")
            .assert_contains("at most 3");
        let res = c.get("/people/export.vcf?lang=en").await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "4 people speak English"
        );
        let res = c.get("/people/export.vcf?lang=fr").await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.body.matches("BEGIN:VCARD").count(), 2);
        let lines = vcard_lines(&res.body);
        let mut names = prop(&lines, "FN");
        names.sort();
        assert_eq!(names, vec!["Amara Okafor", "مُحَمَّد عبد الله"]);
        assert!(
            prop(&lines, "TEL").is_empty(),
            "phones stay private in bulk exports too"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'directory.exported'")
                .await,
            1
        );
        // CSV: administrators only.
        assert_eq!(
            c.get("/people/export.csv").await.status,
            StatusCode::FORBIDDEN
        );
        let mut a = app.signed_in(&w.admin).await;
        let res = a.get("/people/export.csv?region=Europe").await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.header("content-type").unwrap().starts_with("text/csv"));
        let body = res.body.trim_start_matches('\u{feff}');
        let mut lines = body.lines();
        assert_eq!(lines.next().unwrap(), "name,email,organization_code,organization,title,phone_office,phone_mobile,office,time_zone");
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().any(|r| r.contains("i.petrov@mid.ru")));
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE event = 'directory.exported'")
                .await,
            2
        );
    }
);

dual!(
    editing_ones_profile_saves_everything_and_refuses_bad_input,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.amara).await;
        c.get("/profile")
            .await
            .assert_contains("Who sees my telephone numbers");
        let victims = app.theme("victims").await.to_string();
        let fields = |phone: &'static str| {
            vec![
                ("name", "Amara N. Okafor"),
                ("title", "Senior Migration Officer"),
                ("phone_office", phone),
                ("phone_mobile", ""),
                ("office", "Route des Morillons 17, Geneva"),
                ("bio", "Border and migration management."),
                ("phone_visibility", "all"),
                ("time_zone", "Europe/Zurich"),
                ("locale", "fr"),
                ("languages", "en"),
                ("languages", "fr"),
                ("languages", "sw"),
                ("pillars", "3"),
            ]
        };
        let mut bad = fields("call me maybe");
        bad.push(("themes", victims.as_str()));
        let res = c.post("/profile", &bad).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("A telephone number may contain");
        assert_eq!(
            gctcp_store::directory::person(app.db(), w.amara.id)
                .await
                .unwrap()
                .unwrap()
                .title,
            "Migration Officer",
            "nothing saved"
        );
        let mut good = fields("+41 22 717 9111");
        good.push(("themes", victims.as_str()));
        let res = c.post("/profile", &good).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = c.get(&format!("/people/{}", w.amara.id)).await;
        page.assert_contains("Amara N. Okafor")
            .assert_contains("Senior Migration Officer")
            .assert_contains("Kiswahili")
            .assert_contains("+41 22 717 9111");
        let exp = gctcp_store::directory::expertise(app.db(), w.amara.id)
            .await
            .unwrap();
        assert_eq!(exp.languages, vec!["en", "fr", "sw"]);
        assert_eq!(exp.pillars, vec![3]);
        // The search document follows: the new title and expertise are searchable at once.
        let mut v = app.signed_in(&w.viewer).await;
        assert_eq!(
            result_ids(&v.get("/people?q=senior+migration").await.body),
            vec![w.amara.id.0]
        );
        assert_eq!(
            result_ids(&v.get(&format!("/people?theme={victims}")).await.body),
            vec![w.amara.id.0]
        );
        assert_eq!(
            result_ids(&v.get("/people?lang=sw").await.body),
            vec![w.amara.id.0]
        );
    }
);

dual!(
    administrators_edit_any_profile_and_its_organization_others_cannot,
    |app| {
        let w = world(&app).await;
        let edit = format!("/people/{}/edit", w.ivan.id);
        let mut other = app.signed_in(&w.viewer).await;
        assert_eq!(other.get(&edit).await.status, StatusCode::FORBIDDEN);
        let res = other
            .post(
                &edit,
                &[
                    ("name", "Hacked"),
                    ("phone_visibility", "all"),
                    ("time_zone", "UTC"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let mut a = app.signed_in(&w.admin).await;
        a.get(&edit).await.assert_contains("Profile of Иван Петров");
        let kaz = gctcp_store::orgs::by_code(app.db(), "KAZ")
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        let res = a
            .post(
                &edit,
                &[
                    ("org", kaz.as_str()),
                    ("name", "Иван Петров"),
                    ("title", "Ambassador"),
                    ("phone_visibility", "co_members"),
                    ("time_zone", "Asia/Almaty"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let acct = gctcp_store::accounts::by_id(app.db(), w.ivan.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (acct.org_code.as_str(), acct.title.as_str()),
            ("KAZ", "Ambassador")
        );
        let mut v = app.signed_in(&w.viewer).await;
        assert_eq!(
            result_ids(&v.get("/people?subregion=Central+Asia").await.body),
            vec![w.ivan.id.0]
        );
    }
);

fn png_bytes() -> Vec<u8> {
    let img = image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A JPEG with an EXIF segment holding a (fake) GPS position.
fn jpeg_with_exif() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(300, 200, image::Rgb([200, 30, 30]));
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let payload = b"Exif\0\0GPSLatitude=46.2044N;secret-location";
    let mut seg = vec![0xFF, 0xE1];
    seg.extend(((payload.len() + 2) as u16).to_be_bytes());
    seg.extend(payload);
    let mut out = jpeg[..2].to_vec();
    out.extend(seg);
    out.extend(&jpeg[2..]);
    out
}

dual!(
    photos_are_resized_stripped_and_checked_by_their_bytes,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.jose).await;
        c.get("/profile").await;
        let upload = jpeg_with_exif();
        assert!(upload.windows(15).any(|x| x == b"secret-location"));
        let res = c
            .post_multipart("/profile/photo", &[("photo", Some("me.jpg"), &upload)])
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let mut v = app.signed_in(&w.viewer).await;
        let photo = v.get(&format!("/people/{}/photo", w.jose.id)).await;
        assert_eq!(photo.status, StatusCode::OK);
        assert_eq!(photo.header("content-type"), Some("image/jpeg"));
        let bytes = photo.bytes.clone();
        assert!(
            !bytes.windows(15).any(|x| x == b"secret-location"),
            "metadata is stripped"
        );
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (256, 256));
        v.get(&format!("/people/{}", w.jose.id))
            .await
            .assert_contains(&format!("src=\"/people/{}/photo\"", w.jose.id));

        // A PNG works too; an HTML file named .jpg does not.
        assert_eq!(
            c.post_multipart("/profile/photo", &[("photo", Some("me.png"), &png_bytes())])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        c.get("/profile").await;
        let res = c
            .post_multipart(
                "/profile/photo",
                &[(
                    "photo",
                    Some("evil.jpg"),
                    b"<html><script>alert(1)</script>",
                )],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        res.assert_contains("not a JPEG or PNG");
        // Without the token in the URL, an upload is refused.
        let res = c
            .post_multipart(
                "/profile/photo?csrf=wrong",
                &[("photo", Some("me.png"), &png_bytes())],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        // Someone else cannot change my photo.
        v.get("/").await;
        let res = v
            .post_multipart(
                &format!("/people/{}/photo", w.jose.id),
                &[("remove", None, b"1")],
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        // I can remove it.
        c.get("/profile").await;
        assert_eq!(
            c.post_multipart("/profile/photo", &[("remove", None, b"1")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            v.get(&format!("/people/{}/photo", w.jose.id)).await.status,
            StatusCode::NOT_FOUND
        );
    }
);

dual!(
    person_pages_show_spaces_expertise_and_people_on_the_same_themes,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let res = c.get(&format!("/people/{}", w.jose.id)).await;
        res.assert_contains("José María López")
            .assert_contains("Border management and law enforcement")
            .assert_contains("Border security and management");
        res.assert_contains("Español")
            .assert_contains("Europe/Madrid")
            .assert_contains("People working on the same themes");
        let similar_start = res.body.find("People working on the same themes").unwrap();
        assert_eq!(result_ids(&res.body[similar_start..]), vec![w.wang.id.0]);
        let res = c.get(&format!("/people/{}", w.wang.id)).await;
        let similar_start = res.body.find("People working on the same themes").unwrap();
        let mut ids = result_ids(&res.body[similar_start..]);
        ids.sort();
        let mut want = vec![w.jose.id.0, w.ivan.id.0];
        want.sort();
        assert_eq!(ids, want);
    }
);

dual!(
    organization_pages_list_focal_points_and_the_groups_an_entity_leads,
    |app| {
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        let res = c.get("/organizations/esp").await;
        assert_eq!(res.status, StatusCode::OK);
        res.assert_contains("Spain")
            .assert_contains("José María López")
            .assert_contains("Southern Europe");
        let res = c.get("/organizations/UNODC").await;
        res.assert_contains("王小明")
            .assert_contains("Working group 4")
            .assert_contains("Working group 2");
        assert_eq!(
            c.get("/organizations/NOPE").await.status,
            StatusCode::NOT_FOUND
        );
        let res = c.get("/organizations?kind=compact_observer").await;
        res.assert_contains(">IOM<").assert_not_contains(">UNODC<");
        let res = c
            .get("/organizations?region=Africa&group=African+States&q=eg")
            .await;
        res.assert_contains("Egypt").assert_not_contains("Spain");
    }
);

dual!(every_node_sees_a_change_made_through_another, |app| {
    let w = world(&app).await;
    // A second app node on the same database, with its own in-memory index.
    let (node_b, state_b) =
        gctcp_server::app((*app.state.config).clone(), app.db().clone()).unwrap();
    let mut a = app.signed_in(&w.amara).await;
    let mut b = Client::new(node_b);
    b.sign_in(&w.viewer.email, &w.viewer.password).await;
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        Vec::<i64>::new(),
        "node B's index is built"
    );
    a.get("/profile").await;
    let res = a
        .post(
            "/profile",
            &[
                ("name", "Amara Okafor"),
                ("title", "Officer"),
                ("phone_visibility", "all"),
                ("time_zone", "UTC"),
                ("languages", "sw"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        vec![w.amara.id.0],
        "node B answers from current data"
    );
    // Membership changes move the space facet everywhere too.
    app.add_to_space(w.wg2, w.amara.id, SpaceRole::Member).await;
    let mut got = result_ids(&b.get(&format!("/people?space={}", w.wg2.0)).await.body);
    got.sort();
    let mut want = vec![w.jose.id.0, w.wang.id.0, w.amara.id.0];
    want.sort();
    assert_eq!(got, want);
    // Deactivation and reactivation reach node B's index; so does a bulk change.
    gctcp_app::accounts::deactivate(&app.state, &gctcp_app::Actor::cli(), w.amara.id)
        .await
        .unwrap();
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        Vec::<i64>::new()
    );
    gctcp_app::accounts::reactivate(&app.state, &gctcp_app::Actor::cli(), w.amara.id)
        .await
        .unwrap();
    assert_eq!(
        result_ids(&b.get("/people?lang=sw").await.body),
        vec![w.amara.id.0]
    );
    let before = b.get("/people").await;
    assert!(
        before.body.contains("7 people"),
        "admin, viewer and five colleagues"
    );
    gctcp_demo::people::generate(app.db(), 30, 1, None)
        .await
        .unwrap();
    b.get("/people").await.assert_contains("37 people");
    // Names stay in order after changes applied one by one.
    app.profile(&w.viewer, |f| f.display_name = "Aaron Aardvark".into())
        .await;
    let first = result_ids(&b.get("/people").await.body)[0];
    assert_eq!(first, w.viewer.id.0);
    // Single-person changes were applied incrementally; the bulk insert forced one rebuild.
    let (rebuilds, catch_ups) = state_b.directory.stats();
    assert_eq!(
        rebuilds, 2,
        "the first build and the one after the bulk insert"
    );
    assert!(catch_ups >= 4, "{catch_ups}");
});

dual!(avatar_initials_skip_the_arabic_article, |app| {
    let viewer = app.focal_point("viewer@un.org", "UNODC").await;
    for (email, name) in [
        ("m.ahmad@mofa.gov.jo", "محمد الأحمد"),
        ("y.alali@mofa.gov.sa", "يوسف العلي"),
        ("a.alameri@mofa.gov.ae", "عائشة العامري"),
    ] {
        app.person(email, name, "JOR", PlatformRole::FocalPoint)
            .await;
    }
    let mut c = app.signed_in(&viewer).await;
    let page = c.get("/people").await;
    assert_eq!(page.status, StatusCode::OK);
    let initials: Vec<String> = page
        .body
        .split("<span class=\"avatar initials\" aria-hidden=\"true\">")
        .skip(1)
        .map(|s| gctcp_testkit::html::unescape(&s[..s.find('<').unwrap()]))
        .filter(|i| i != "V")
        .collect();
    assert_eq!(initials.len(), 3, "{}", page.body);
    for i in &initials {
        // Never «لا», «يا», «عا»: the article's letters.
        assert!(
            !i.contains('ا') && !i.contains('ل'),
            "initials {i:?} come from the article"
        );
    }
    let mut sorted = initials.clone();
    sorted.sort();
    let mut expected = vec!["م\u{200C}أ", "ي\u{200C}ع", "ع\u{200C}ع"];
    expected.sort();
    assert_eq!(sorted, expected);
});
