//! Profiles, photos, person and organization pages.

use super::*;

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
            .assert_contains("Madrid (UTC+")
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

dual!(
    an_organization_page_kept_as_rendered_shows_every_change_at_once,
    |app| {
        // The page's body is rendered once per language, minute and generation of what it
        // shows (`orgs::body`): a change is on the next view, in every language.
        let w = world(&app).await;
        let mut c = app.signed_in(&w.viewer).await;
        for _ in 0..2 {
            c.get("/organizations/esp")
                .await
                .assert_contains("José María López")
                .assert_contains("Southern Europe");
        }
        let mut j = app.signed_in(&w.jose).await;
        let res = j
            .post(
                "/profile",
                &[
                    ("name", "José María López Ortega"),
                    ("title", "Consejero"),
                    ("locale", "es"),
                    ("time_zone", "Europe/Madrid"),
                    ("phone_visibility", "co_members"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        c.get("/organizations/esp")
            .await
            .assert_contains("José María López Ortega")
            .assert_contains("Consejero");
        // Someone new at the Spanish mission is listed on the next view.
        app.focal_point("nueva@maec.es", "ESP").await;
        c.get("/organizations/esp")
            .await
            .assert_contains("<bdi>nueva</bdi>");
        // The same page in French is French, not the English one kept.
        c.post("/language", &[("lang", "fr"), ("next", "/")]).await;
        c.get("/organizations/esp")
            .await
            .assert_contains("José María López Ortega")
            .assert_contains("Europe méridionale")
            .assert_not_contains("Southern Europe");
    }
);
