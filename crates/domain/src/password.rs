//! Password rules after NIST SP 800-63B rev. 4 (§3.1.1.2):
//! - at least 15 characters while single-factor sign-in is the only option;
//! - at least 64 characters allowed (we allow 256), any Unicode, no composition rules,
//!   no truncation: the whole normalized string is hashed;
//! - Unicode NFKC normalization before counting, checking and hashing, so the same
//!   password typed on another keyboard or OS still matches;
//! - rejection of commonly used passwords (a bundled list of ~29,000) and of
//!   context-specific words (the product's name, the person's e-mail and name).

use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

pub const MIN_CHARS: usize = 15;
pub const MAX_CHARS: usize = 256;

/// Words that belong to the service itself.
const SERVICE_WORDS: &[&str] = &["gctcp", "counterterrorism", "unoct"];

static COMMON_LIST: &str = include_str!("../../../reference/common-passwords.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// Appears in the list of commonly used or breached passwords, or is one character repeated.
    Common,
    /// Contains the product's name or the person's own e-mail or name.
    ContainsContext,
}

impl PasswordProblem {
    /// Stable key suffix for translated messages.
    pub fn key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::Common => "password-common",
            PasswordProblem::ContainsContext => "password-context",
        }
    }
}

/// NFKC-normalizes a password. Hash and verify this form, never the raw input.
pub fn normalize(raw: &str) -> String {
    raw.nfkc().collect()
}

fn common_set() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON_LIST
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.to_lowercase())
            .collect()
    })
}

/// Number of entries in the bundled common-password list.
pub fn common_list_len() -> usize {
    common_set().len()
}

/// Lower-cased, accents folded, letters and digits only: "Ana-María López" → "anamarialopez".
fn squash(s: &str) -> String {
    s.to_lowercase()
        .nfkd()
        .filter(|c| c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// Checks a (raw) password against the rules. `email` and `name` are the person's own.
pub fn check(raw: &str, email: &str, name: &str) -> Result<(), PasswordProblem> {
    let pw = normalize(raw);
    let chars = pw.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = pw.to_lowercase();
    let distinct: HashSet<char> = lower.chars().collect();
    if common_set().contains(&lower) || common_set().contains(lower.trim()) || distinct.len() <= 2 {
        return Err(PasswordProblem::Common);
    }
    let squashed = squash(&pw);
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    let mut context: Vec<String> = SERVICE_WORDS.iter().map(|s| s.to_string()).collect();
    context.push(squash(&email));
    context.push(squash(local));
    context.push(squash(name));
    // Each part of a name long enough to be distinctive ("gonzalez", not "al").
    context.extend(
        name.split_whitespace()
            .map(squash)
            .filter(|w| w.chars().count() >= 5),
    );
    if context
        .iter()
        .filter(|w| w.chars().count() >= 4)
        .any(|w| squashed.contains(w.as_str()))
    {
        return Err(PasswordProblem::ContainsContext);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "maria.gonzalez@mofa.gob.es";
    const NAME: &str = "María González";

    #[test]
    fn bundled_list_has_at_least_ten_thousand_entries() {
        assert!(common_list_len() >= 10_000, "{}", common_list_len());
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        assert_eq!(
            check("short pass", EMAIL, NAME),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check("fourteen chars", EMAIL, NAME),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(check("fifteen chars!!", EMAIL, NAME), Ok(()));
        // 14 Chinese characters are 42 bytes but still too short; 15 are enough.
        assert_eq!(
            check("反恐怖主义办公室协调平台密码", EMAIL, NAME),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(check("反恐怖主义办公室协调平台的密码", EMAIL, NAME), Ok(()));
        assert_eq!(check("كلمة مرور طويلة جدا", EMAIL, NAME), Ok(()));
    }

    #[test]
    fn long_passwords_are_allowed_up_to_the_limit() {
        let long = "correct horse battery staple ".repeat(8); // 232 chars
        assert_eq!(check(&long, EMAIL, NAME), Ok(()));
        let too_long = "x y z w ".repeat(40); // 320 chars
        assert_eq!(check(&too_long, EMAIL, NAME), Err(PasswordProblem::TooLong));
    }

    #[test]
    fn no_composition_rules() {
        assert_eq!(check("all lower case words here", EMAIL, NAME), Ok(()));
    }

    #[test]
    fn common_and_repetitive_passwords_are_refused() {
        assert_eq!(
            check("123456789987654321", EMAIL, NAME),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check("1QAZ2WSX3EDC4RFV", EMAIL, NAME),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check("aaaaaaaaaaaaaaaaaaaa", EMAIL, NAME),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check("abababababababab", EMAIL, NAME),
            Err(PasswordProblem::Common)
        );
    }

    #[test]
    fn context_words_are_refused() {
        assert_eq!(
            check("my gctcp password 2026", EMAIL, NAME),
            Err(PasswordProblem::ContainsContext)
        );
        assert_eq!(
            check("maria.gonzalez@mofa.gob.es", EMAIL, NAME),
            Err(PasswordProblem::ContainsContext)
        );
        assert_eq!(
            check("hello maria gonzalez!", EMAIL, NAME),
            Err(PasswordProblem::ContainsContext)
        );
        assert_eq!(
            check("GONZALEZ is my family", EMAIL, NAME),
            Err(PasswordProblem::ContainsContext)
        );
        // Short name parts are not distinctive enough to refuse on their own.
        assert_eq!(check("al and bo went hiking", "al@un.org", "Al Bo"), Ok(()));
    }

    #[test]
    fn normalization_makes_equivalent_input_equal() {
        // "ﬁ" ligature (U+FB01) and full-width letters normalize to ASCII under NFKC.
        assert_eq!(normalize("ﬁne ＡＢＣ"), "fine ABC");
        // Composed and decomposed "é" are the same password.
        assert_eq!(normalize("e\u{301}"), normalize("\u{e9}"));
    }
}
