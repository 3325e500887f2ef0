//! Posts are written in Markdown (CommonMark with tables and strikethrough, rendered by
//! pulldown-cmark) and shown through ammonia's sanitizer: no script, no event handler,
//! no style, no frame, links only to http(s), mailto and this site, each opened without
//! access to its opener and not followed by search engines. Nothing here filters HTML by
//! hand.

use crate::AccountId;
use pulldown_cmark::{html, Options, Parser};
use std::collections::HashSet;
use std::sync::LazyLock;

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer nofollow"))
        .add_tags(["del", "table", "thead", "tbody", "tr", "th", "td"]);
    b
});

/// The sanitized HTML of a post.
pub fn render(src: &str) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(src.len() * 2);
    html::push_html(&mut raw, Parser::new_ext(src, opts));
    CLEANER.clean(&raw).to_string()
}

/// The people a post mentions: `@[Name](/people/ID)` (what the completion inserts).
pub fn mentions(src: &str) -> Vec<AccountId> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(at) = rest.find("@[") {
        rest = &rest[at + 2..];
        let Some(close) = rest.find("](/people/") else {
            break;
        };
        if rest[..close].contains('\n') {
            continue;
        }
        let after = &rest[close + "](/people/".len()..];
        let digits: String = after.chars().take_while(|c| c.is_ascii_digit()).collect();
        if !digits.is_empty() && after[digits.len()..].starts_with(')') {
            if let Ok(id) = digits.parse() {
                if !out.contains(&AccountId(id)) {
                    out.push(AccountId(id));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_dangerous_links_do_not_survive() {
        for attack in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<form action=\"https://evil.example\"><input name=p></form>",
        ] {
            let out = render(attack).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onload",
                "javascript:",
                "<iframe",
                "data:text",
                "style=",
                "<form",
                "<input",
            ] {
                assert!(!out.contains(bad), "{attack:?} → {out:?}");
            }
        }
    }

    #[test]
    fn markdown_renders_with_safe_links() {
        let out = render("**Bold** and [a report](https://www.un.org/ct) and [a resource](/library/12)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assert!(out.contains("<strong>Bold</strong>"));
        assert!(out.contains("href=\"https://www.un.org/ct\""));
        assert!(out.contains("rel=\"noopener noreferrer nofollow\""));
        assert!(out.contains("href=\"/library/12\""));
        assert!(out.contains("<table>"));
    }

    #[test]
    fn mentions_are_the_completions_links() {
        let m = mentions("Thanks @[Amani Njoroge](/people/12) and @[李明](/people/7), cc @[Amani Njoroge](/people/12); not [x](/people/9) nor @[y](/people/x)");
        assert_eq!(m, vec![AccountId(12), AccountId(7)]);
    }
}
