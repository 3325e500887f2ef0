//! What each e-mail says, in the recipient's language (the words are in
//! `web/locales/*/mail.ftl`): one function per kind of letter.

use crate::mail::{Letter, Recipient};
use chrono::{DateTime, Utc};

/// The invitation to a new account: the one-time link to set a password.
pub fn invitation(to: &Recipient, org: &str, url: &str, expires: DateTime<Utc>) -> Letter {
    Letter {
        kind: "invitation",
        subject: to.t("mail-invitation-subject"),
        paragraphs: vec![
            to.t_args("mail-greeting", &[("name", to.name.clone())]),
            to.t_args("mail-invitation-body", &[("org", org.to_string())]),
        ],
        action: Some((to.t("mail-invitation-action"), url.to_string())),
        notes: vec![
            to.t_args("mail-link-expires", &[("when", to.time(expires))]),
            to.t("mail-invitation-ignore"),
        ],
        unsubscribe: None,
        calendar: None,
    }
}

/// A password-reset link issued by an administrator.
pub fn password_reset(to: &Recipient, url: &str, expires: DateTime<Utc>) -> Letter {
    Letter {
        kind: "password_reset",
        subject: to.t("mail-reset-subject"),
        paragraphs: vec![
            to.t_args("mail-greeting", &[("name", to.name.clone())]),
            to.t("mail-reset-body"),
        ],
        action: Some((to.t("mail-reset-action"), url.to_string())),
        notes: vec![
            to.t_args("mail-link-expires", &[("when", to.time(expires))]),
            to.t("mail-reset-ignore"),
        ],
        unsubscribe: None,
        calendar: None,
    }
}
