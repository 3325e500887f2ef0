//! Signing in and out, invitations, the first-administrator setup, and throttling.

mod invite;
mod login;

pub use invite::{invite_form, invite_submit, setup_form, setup_submit};
pub use login::{login_form, login_submit, logout};

use gctcp_domain::password::{self, PasswordProblem};

/// Checks a new password and its confirmation; returns the translated message key.
pub(crate) fn new_password_problem(
    pw: &str,
    confirm: &str,
    email: &str,
    name: &str,
) -> Option<&'static str> {
    if let Err(p) = password::check(pw, email, name) {
        return Some(match p {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Common => "password-common",
            PasswordProblem::ContainsContext => "password-context",
        });
    }
    if password::normalize(pw) != password::normalize(confirm) {
        return Some("password-mismatch");
    }
    None
}
