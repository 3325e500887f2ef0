//! Factories: people, resources, memberships and profiles made through the same use
//! cases the product runs (`gctcp_app`), so tests start from states the product can
//! reach.

use crate::{Person, TestApp, PASSWORD};
use gctcp_app::accounts::{self, Request};
use gctcp_app::Actor;
use gctcp_domain::{AccountId, PlatformRole, SpaceId, SpaceRole};
use gctcp_store::directory::ProfileFields;

impl TestApp {
    /// Provisions an account (as the command line would) and returns its one-time
    /// invitation URL.
    pub async fn invite(
        &self,
        email: &str,
        name: &str,
        org: &str,
        role: PlatformRole,
    ) -> (AccountId, String) {
        let req = Request {
            email: email.into(),
            name: name.into(),
            org_code: org.into(),
            title: String::new(),
            role: Some(role),
        };
        let invited = accounts::provision(&self.state, &Actor::cli(), &req)
            .await
            .expect("provision")
            .expect("valid provisioning request");
        (invited.account, invited.url)
    }

    /// An active account with the standard test password (its invitation followed).
    pub async fn person(&self, email: &str, name: &str, org: &str, role: PlatformRole) -> Person {
        let (id, url) = self.invite(email, name, org, role).await;
        let token = url.rsplit('/').next().expect("token").to_string();
        let used = gctcp_app::auth::use_link(&self.state, &token, PASSWORD, PASSWORD, None)
            .await
            .expect("accept invitation");
        assert_eq!(used, gctcp_app::auth::LinkUse::Done(id));
        Person {
            id,
            email: email.into(),
            name: name.into(),
            password: PASSWORD.into(),
        }
    }

    pub async fn admin(&self) -> Person {
        self.person("admin@un.org", "Amina Admin", "UNOCT", PlatformRole::Admin)
            .await
    }

    pub async fn focal_point(&self, email: &str, org: &str) -> Person {
        let name = email
            .split('@')
            .next()
            .unwrap_or("Focal Point")
            .replace('.', " ");
        self.person(email, &name, org, PlatformRole::FocalPoint)
            .await
    }

    /// Waits until the background extractor has processed every uploaded file (at most
    /// 60 s: extraction of the test files takes milliseconds).
    pub async fn wait_for_text(&self) {
        for _ in 0..1200 {
            if gctcp_store::library::pending(self.db())
                .await
                .expect("pending")
                == 0
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("text extraction did not finish");
    }

    /// What the policy knows of a person (as the session layer builds it).
    pub async fn actor(&self, p: &Person) -> Actor {
        let authed = gctcp_server::session::load_authed(&self.state, p.id)
            .await
            .expect("load")
            .expect("active account");
        Actor::person(&authed.viewer, None)
    }

    /// A resource visible to all focal points, with one file, added by `by` through the
    /// upload path (type from the bytes, stored, text extracted in the background).
    pub async fn resource(&self, by: &Person, title: &str, filename: &str, bytes: &[u8]) -> i64 {
        let actor = self.actor(by).await;
        let org = actor.viewer.as_ref().expect("a person").org;
        let fields = gctcp_store::library::Fields {
            valid: gctcp_domain::library::Valid {
                title: title.into(),
                summary: String::new(),
                doc_type: "report".into(),
                symbol: String::new(),
                url: None,
                lang: "en".into(),
                published_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 15).expect("date"),
                visibility: "all".into(),
            },
            org,
            space: None,
            pillars: vec![1],
            themes: vec![],
            reader_spaces: vec![],
            reader_orgs: vec![],
        };
        let staged = self.state.blobs.stage_bytes(bytes).await.expect("stage");
        let upload = gctcp_app::library::accept_upload(&self.state, filename, staged)
            .await
            .expect("an accepted file");
        gctcp_app::library::create(&self.state, &actor, &fields, &[("en", &upload)])
            .await
            .expect("resource")
    }

    /// The space ID of working group `n`.
    pub async fn working_group(&self, n: i64) -> SpaceId {
        gctcp_store::spaces::list(self.db())
            .await
            .expect("spaces")
            .into_iter()
            .find(|s| s.wg_number == Some(n))
            .map(|s| s.space_id())
            .expect("working group exists")
    }

    pub async fn add_to_space(&self, space: SpaceId, who: AccountId, role: SpaceRole) {
        let email = gctcp_store::accounts::by_id(self.db(), who)
            .await
            .expect("query")
            .expect("account")
            .email;
        gctcp_app::spaces::set_member(&self.state, &Actor::cli(), space, &email, role)
            .await
            .expect("membership");
    }

    /// Fills a person's directory profile (languages, themes by ID, phones…), with the
    /// directory row refreshed in the same transaction, as a save does.
    pub async fn profile(&self, who: &Person, edit: impl FnOnce(&mut ProfileFields)) {
        let a = gctcp_store::accounts::by_id(self.db(), who.id)
            .await
            .expect("query")
            .expect("account");
        let p = gctcp_store::directory::person(self.db(), who.id)
            .await
            .expect("query")
            .expect("person");
        let exp = gctcp_store::directory::expertise(self.db(), who.id)
            .await
            .expect("query");
        let mut f = ProfileFields {
            display_name: a.display_name,
            title: a.title,
            phone_office: p.phone_office,
            phone_mobile: p.phone_mobile,
            office: p.office,
            bio: p.bio,
            phone_visibility: p.phone_visibility,
            time_zone: a.time_zone,
            ui_locale: a.ui_locale,
            languages: exp.languages,
            themes: exp.themes,
            pillars: exp.pillars,
            org: None,
        };
        edit(&mut f);
        let mut tx = self.db().begin().await.expect("begin");
        gctcp_store::directory::save_profile(&mut tx, who.id, &f)
            .await
            .expect("save profile");
        gctcp_store::directory::refresh(&mut tx, who.id)
            .await
            .expect("refresh");
        tx.commit().await.expect("commit");
    }

    /// The ID of a thematic area by its slug.
    pub async fn theme(&self, slug: &str) -> i64 {
        gctcp_store::directory::themes(self.db())
            .await
            .expect("themes")
            .into_iter()
            .find(|t| t.slug == slug)
            .expect("theme")
            .id
    }
}
