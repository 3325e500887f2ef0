//! The thematic resource library: document types and the validation of a resource's
//! description. Who may read or change a resource is decided by `policy::can`.

use chrono::{Datelike, NaiveDate};

/// The kinds of document the Compact shares.
pub const DOC_TYPES: [&str; 8] = [
    "report",
    "guidance",
    "tool",
    "presentation",
    "meeting_record",
    "resolution",
    "training",
    "other",
];

pub fn is_doc_type(s: &str) -> bool {
    DOC_TYPES.contains(&s)
}

/// The six official languages of the United Nations come first in every language picker.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Who may read a resource, as stored.
pub const VISIBILITIES: [&str; 3] = ["all", "spaces", "orgs"];

pub const TITLE_MAX: usize = 300;
pub const SUMMARY_MAX: usize = 5000;
pub const SYMBOL_MAX: usize = 80;
pub const URL_MAX: usize = 2000;

/// A resource's description as submitted, before it is trusted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub summary: String,
    pub doc_type: String,
    pub symbol: String,
    pub url: String,
    pub lang: String,
    pub published_on: String,
    pub visibility: String,
    pub reader_spaces: Vec<i64>,
    pub reader_orgs: Vec<i64>,
}

/// One problem with a draft: the field and a message key (translated by the server).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub key: &'static str,
}

/// The checked, normalized description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Valid {
    pub title: String,
    pub summary: String,
    pub doc_type: String,
    pub symbol: String,
    pub url: Option<String>,
    pub lang: String,
    pub published_on: NaiveDate,
    pub visibility: String,
}

fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A UN document symbol: letters, digits and the separators the UN uses
/// (`A/RES/60/288`, `S/2024/123`, `CTC/2019/Add.1`, `S/RES/2396 (2017)`).
pub fn is_symbol(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= SYMBOL_MAX
        && s.chars().any(|c| c.is_alphanumeric())
        && s.chars()
            .all(|c| c.is_alphanumeric() || "/.-_() ,".contains(c))
}

/// Checks a draft against `today` (publication dates may not lie in the future, beyond
/// a day's slack for time zones). `is_language` says which language codes exist.
pub fn validate(
    d: &Draft,
    today: NaiveDate,
    is_language: impl Fn(&str) -> bool,
) -> Result<Valid, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |field, key| problems.push(Problem { field, key });
    let title = tidy(&d.title);
    if title.is_empty() {
        problem("title", "library-error-title-required");
    } else if title.chars().count() > TITLE_MAX {
        problem("title", "library-error-title-long");
    }
    let summary = d.summary.trim().replace("\r\n", "\n");
    if summary.chars().count() > SUMMARY_MAX {
        problem("summary", "library-error-summary-long");
    }
    if !is_doc_type(&d.doc_type) {
        problem("doc_type", "library-error-type");
    }
    let symbol = tidy(&d.symbol);
    if !symbol.is_empty() && !is_symbol(&symbol) {
        problem("symbol", "library-error-symbol");
    }
    let url = d.url.trim();
    let url = if url.is_empty() {
        None
    } else {
        let ok = url.len() <= URL_MAX
            && (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() > "https://x".len()
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            problem("url", "library-error-url");
        }
        Some(url.to_string())
    };
    if !is_language(&d.lang) {
        problem("lang", "library-error-lang");
    }
    let published_on = match NaiveDate::parse_from_str(d.published_on.trim(), "%Y-%m-%d") {
        Ok(date) if date > today.succ_opt().unwrap_or(today) => {
            problem("published_on", "library-error-date-future");
            None
        }
        Ok(date) if date.year_ce().1 < 1945 => {
            problem("published_on", "library-error-date");
            None
        }
        Ok(date) => Some(date),
        Err(_) => {
            problem("published_on", "library-error-date");
            None
        }
    };
    match d.visibility.as_str() {
        "all" => {}
        "spaces" if d.reader_spaces.is_empty() => {
            problem("visibility", "library-error-spaces-required")
        }
        "orgs" if d.reader_orgs.is_empty() => problem("visibility", "library-error-orgs-required"),
        "spaces" | "orgs" => {}
        _ => problem("visibility", "library-error-visibility"),
    }
    match (problems.is_empty(), published_on) {
        (true, Some(published_on)) => Ok(Valid {
            title,
            summary,
            doc_type: d.doc_type.clone(),
            symbol,
            url,
            lang: d.lang.clone(),
            published_on,
            visibility: d.visibility.clone(),
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn good() -> Draft {
        Draft {
            title: "  Madrid   Guiding Principles ".into(),
            summary: "On foreign terrorist fighters.".into(),
            doc_type: "guidance".into(),
            symbol: "S/2015/939".into(),
            url: String::new(),
            lang: "en".into(),
            published_on: "2015-12-23".into(),
            visibility: "all".into(),
            reader_spaces: vec![],
            reader_orgs: vec![],
        }
    }

    fn keys(d: &Draft) -> Vec<&'static str> {
        match validate(d, today(), |l| l == "en" || l == "ar") {
            Ok(_) => vec![],
            Err(p) => p.into_iter().map(|p| p.key).collect(),
        }
    }

    #[test]
    fn a_good_draft_is_tidied() {
        let v = validate(&good(), today(), |l| l == "en").unwrap();
        assert_eq!(v.title, "Madrid Guiding Principles");
        assert_eq!(v.url, None);
        assert_eq!(
            v.published_on,
            NaiveDate::from_ymd_opt(2015, 12, 23).unwrap()
        );
    }

    #[test]
    fn each_problem_is_named() {
        let mut d = good();
        d.title = " ".into();
        d.doc_type = "memo".into();
        d.symbol = "<script>".into();
        d.url = "javascript:alert(1)".into();
        d.lang = "xx".into();
        d.published_on = "2030-01-01".into();
        d.visibility = "spaces".into();
        assert_eq!(
            keys(&d),
            vec![
                "library-error-title-required",
                "library-error-type",
                "library-error-symbol",
                "library-error-url",
                "library-error-lang",
                "library-error-date-future",
                "library-error-spaces-required",
            ]
        );
        let mut d = good();
        d.published_on = "23/12/2015".into();
        d.visibility = "orgs".into();
        assert_eq!(
            keys(&d),
            vec!["library-error-date", "library-error-orgs-required"]
        );
    }

    #[test]
    fn un_symbols() {
        for s in [
            "A/RES/60/288",
            "S/RES/2396 (2017)",
            "CTC/2019/Add.1",
            "S/2015/939",
        ] {
            assert!(is_symbol(s), "{s}");
        }
        for s in ["", "<b>", "a\"b", "///"] {
            assert!(!is_symbol(s), "{s}");
        }
    }
}
