//! The contact directory's pure rules: search-text folding, query terms, organization
//! types, the languages people may declare, and who sees phone numbers.

use crate::policy::Viewer;
use crate::{AccountId, SpaceId};
use unicode_normalization::UnicodeNormalization;

/// Folds text for search, identically for both databases: compatibility-decomposed,
/// combining marks removed (é → e, أ → ا, ё → е, Arabic vowel marks dropped), lower case,
/// runs of whitespace collapsed. Chinese and other scripts pass through unchanged.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        // Arabic tatweel (ـ) is decoration, not a letter.
        if c == '\u{640}' {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The terms of a search box entry: folded, split on whitespace, at most 8, each at most
/// 64 characters (a pasted paragraph must not become a very expensive query).
pub fn terms(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|t| !t.is_empty())
        .take(8)
        .map(|t| t.chars().take(64).collect())
        .collect()
}

/// Whether a search term matches folded text as the directory's text search does: the
/// start of a word (words split on anything that is not a letter or digit), or anywhere
/// for a term in Chinese, Japanese or Korean characters.
pub fn term_matches(folded: &str, term: &str) -> bool {
    if term.is_empty() {
        return false;
    }
    if term.chars().any(is_cjk) {
        return folded.contains(term);
    }
    // Where a word of the text begins with the term: the term (letters and digits only,
    // else no word holds it) found where no letter or digit comes just before (this runs
    // once per candidate of a directory search).
    if !term.chars().all(char::is_alphanumeric) {
        return false;
    }
    // Names and e-mail addresses are short: a byte loop beats building a searcher.
    let (text, t) = (folded.as_bytes(), term.as_bytes());
    if text.len() < t.len() {
        return false;
    }
    (0..=text.len() - t.len()).any(|at| {
        // A match begins with the term's first byte, never inside a character.
        text[at] == t[0]
            && &text[at..at + t.len()] == t
            && !folded[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Chinese, Japanese or Korean characters: written without spaces, searched with one or
/// two characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Single characters and pairs of every CJK run in the (folded) text, without duplicates:
/// "王小明" → 王, 小, 明, 王小, 小明.
pub fn cjk_grams(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |g: String| {
        if !out.contains(&g) {
            out.push(g);
        }
    };
    for run in text.split(|c: char| !is_cjk(c)).filter(|r| !r.is_empty()) {
        let chars: Vec<char> = run.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            push(c.to_string());
            if let Some(next) = chars.get(i + 1) {
                push(format!("{c}{next}"));
            }
        }
    }
    out
}

/// The three kinds of organization the directory filters on.
pub const ORG_TYPES: [&str; 3] = ["member_state", "compact_member", "compact_observer"];

/// `member_state`, `compact_member` or `compact_observer`.
pub fn org_type(kind: &str, compact_status: Option<&str>) -> &'static str {
    match (kind, compact_status) {
        ("member_state", _) => "member_state",
        (_, Some("observer")) => "compact_observer",
        _ => "compact_member",
    }
}

/// Languages a person may say they speak: the six UN languages first, then other
/// languages common among focal points (ISO 639-1 codes).
pub const SPOKEN_LANGUAGES: [&str; 24] = [
    "ar", "zh", "en", "fr", "ru", "es", "pt", "de", "it", "tr", "fa", "ur", "hi", "bn", "id", "ms",
    "sw", "ha", "am", "so", "uz", "kk", "ja", "ko",
];

/// Each language's name in itself: understood by its speakers whatever the interface language.
pub fn language_autonym(code: &str) -> &'static str {
    match code {
        "ar" => "العربية",
        "zh" => "中文",
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "es" => "Español",
        "pt" => "Português",
        "de" => "Deutsch",
        "it" => "Italiano",
        "tr" => "Türkçe",
        "fa" => "فارسی",
        "ur" => "اردو",
        "hi" => "हिन्दी",
        "bn" => "বাংলা",
        "id" => "Bahasa Indonesia",
        "ms" => "Bahasa Melayu",
        "sw" => "Kiswahili",
        "ha" => "Hausa",
        "am" => "አማርኛ",
        "so" => "Soomaali",
        "uz" => "Oʻzbekcha",
        "kk" => "Қазақша",
        "ja" => "日本語",
        "ko" => "한국어",
        _ => "?",
    }
}

pub fn is_spoken_language(code: &str) -> bool {
    SPOKEN_LANGUAGES.contains(&code)
}

/// Who may see a person's phone numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneVisibility {
    /// Every focal point.
    All,
    /// Only people who share a space with the owner, and administrators.
    CoMembers,
}

impl PhoneVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneVisibility::All => "all",
            PhoneVisibility::CoMembers => "co_members",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "all" => Some(PhoneVisibility::All),
            "co_members" => Some(PhoneVisibility::CoMembers),
            _ => None,
        }
    }
}

/// May `viewer` see the phone numbers of `owner`, who chose `visibility` and belongs to
/// `owner_spaces`? The owner and administrators always may.
pub fn can_see_phones(
    viewer: &Viewer,
    owner: AccountId,
    visibility: PhoneVisibility,
    owner_spaces: &[SpaceId],
) -> bool {
    viewer.id == owner
        || viewer.is_admin()
        || visibility == PhoneVisibility::All
        || owner_spaces.iter().any(|s| viewer.spaces.contains_key(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_match_the_start_of_words_or_cjk_anywhere() {
        assert!(term_matches(&fold("José Ramírez-Ortega"), "ort"));
        assert!(term_matches(&fold("José Ramírez-Ortega"), "jose"));
        assert!(!term_matches(&fold("José Ramírez-Ortega"), "mir"));
        assert!(term_matches("王伟", "伟"));
        assert!(term_matches(&fold("a.wang@un.org"), "wang"));
        assert!(!term_matches("anything", ""));
        // Word by word, as the text index splits: every term against every text.
        let texts = [
            "jose ramirez-ortega",
            "aaa baab ab-ab",
            "محمد عبد الله",
            "иван петров-водкин",
            "o'brien x1 1x",
            "",
            "ab",
        ];
        let terms = [
            "a", "ab", "aa", "ort", "عبد", "водк", "брien", "x1", "1x", "b", "-ab", "a b",
        ];
        for text in texts {
            for term in terms {
                let by_words = text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with(term));
                assert_eq!(term_matches(text, term), by_words, "{term:?} in {text:?}");
            }
        }
    }
    use crate::{OrgId, PlatformRole, SpaceRole};
    use std::collections::BTreeMap;

    #[test]
    fn folding_matches_across_accents_case_and_scripts() {
        assert_eq!(fold("José María"), "jose maria");
        assert_eq!(fold("  ÉLODIE   Dupré "), "elodie dupre");
        assert_eq!(fold("Иван ПЕТРОВ"), "иван петров");
        assert_eq!(fold("Алёна"), "алена");
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("إبراهيم"), "ابراهيم");
        assert_eq!(fold("محـــمد"), "محمد");
        assert_eq!(fold("王小明"), "王小明");
        assert_eq!(fold("Ｕｎｏｄｃ"), "unodc");
    }

    #[test]
    fn cjk_text_is_indexed_by_characters_and_pairs() {
        assert_eq!(cjk_grams("王小明"), vec!["王", "王小", "小", "小明", "明"]);
        assert_eq!(
            cjk_grams("li wei 李伟 | 外交部"),
            vec!["李", "李伟", "伟", "外", "外交", "交", "交部", "部"]
        );
        assert!(cjk_grams("José María").is_empty());
        assert!(is_cjk('王') && is_cjk('か') && is_cjk('한') && !is_cjk('a') && !is_cjk('ж'));
    }

    #[test]
    fn query_terms_are_bounded() {
        assert_eq!(terms("  José   UNODC "), vec!["jose", "unodc"]);
        assert_eq!(terms("a b c d e f g h i j").len(), 8);
        assert_eq!(terms(&"x".repeat(500))[0].len(), 64);
        assert!(terms("   ").is_empty());
    }

    #[test]
    fn org_types() {
        assert_eq!(org_type("member_state", None), "member_state");
        assert_eq!(org_type("compact_entity", Some("member")), "compact_member");
        assert_eq!(
            org_type("compact_entity", Some("observer")),
            "compact_observer"
        );
    }

    #[test]
    fn phone_numbers_follow_the_owners_choice() {
        let owner = AccountId(1);
        let s1 = SpaceId(10);
        let viewer = |id: i64, role: PlatformRole, spaces: &[SpaceId]| Viewer {
            id: AccountId(id),
            org: OrgId(5),
            role,
            spaces: spaces
                .iter()
                .map(|s| (*s, SpaceRole::Member))
                .collect::<BTreeMap<_, _>>(),
        };
        let stranger = viewer(2, PlatformRole::FocalPoint, &[SpaceId(99)]);
        let co_member = viewer(3, PlatformRole::FocalPoint, &[s1]);
        let admin = viewer(4, PlatformRole::Admin, &[]);
        let me = viewer(1, PlatformRole::FocalPoint, &[]);
        let vis = PhoneVisibility::CoMembers;
        assert!(!can_see_phones(&stranger, owner, vis, &[s1]));
        assert!(can_see_phones(&co_member, owner, vis, &[s1]));
        assert!(can_see_phones(&admin, owner, vis, &[s1]));
        assert!(can_see_phones(&me, owner, vis, &[]));
        assert!(
            !can_see_phones(&co_member, owner, vis, &[]),
            "no shared space, no phones"
        );
        assert!(can_see_phones(&stranger, owner, PhoneVisibility::All, &[]));
    }
}
