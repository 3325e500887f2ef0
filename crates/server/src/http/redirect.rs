//! Where a browser may be sent back to: only paths on this site.

/// A local path to go back to after signing in, or `/`.
///
/// Only what a same-site path can be is accepted: the value is resolved as a URL against
/// a fixed origin the way a browser would (WHATWG parsing, which drops tabs and newlines
/// and treats `\\` as `/`), and kept only when the result is still on that origin. Values
/// with control characters or backslashes are refused outright, since browsers and
/// proxies disagree on them. What is returned is the parser's own serialization (path,
/// query, fragment), never the raw input.
pub fn safe_next(next: Option<&str>) -> String {
    const HOME: &str = "/";
    let Some(n) = next else {
        return HOME.into();
    };
    if !n.starts_with('/')
        || n.contains('\\')
        || n.chars().any(|c| c.is_control() || is_invisible_format(c))
    {
        return HOME.into();
    }
    static BASE: std::sync::LazyLock<url::Url> =
        std::sync::LazyLock::new(|| url::Url::parse("http://gctcp.invalid/").expect("base URL"));
    match BASE.join(n) {
        Ok(u)
            if u.origin() == BASE.origin() && u.username().is_empty() && u.password().is_none() =>
        {
            u[url::Position::BeforePath..].to_string()
        }
        _ => HOME.into(),
    }
}

/// Zero-width and bidirectional formatting characters: invisible in an address bar.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_paths_never_leave_the_site() {
        assert_eq!(
            safe_next(Some("/admin/accounts?q=x")),
            "/admin/accounts?q=x"
        );
        assert_eq!(safe_next(Some("/people/12#card")), "/people/12#card");
        assert_eq!(
            safe_next(Some("/people?q=jos%C3%A9")),
            "/people?q=jos%C3%A9"
        );
        // The usual open-redirect bypasses: every one must stay home.
        for evil in [
            "//evil.example",
            "//evil.example/x",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example/x",
            "/\n/evil.example/x",
            "/\r\n/evil.example",
            "\t//evil.example",
            " //evil.example",
            "/%09/evil.example",
            "///evil.example",
            "////evil.example",
            "/\\/evil.example",
            "//user:pw@evil.example",
            "//evil.example@gctcp.invalid",
            "//evil。example",
            "//evil%2Eexample",
            "/\u{200B}/evil.example",
            "/\u{202E}/elpmaxe.live",
            "evil.example",
            "",
        ] {
            let out = safe_next(Some(evil));
            assert!(
                out.starts_with('/') && !out.starts_with("//") && !out.contains('\\'),
                "{evil:?} gave {out:?}"
            );
            let u = url::Url::parse("https://gctcp.example/")
                .unwrap()
                .join(&out)
                .unwrap();
            assert_eq!(u.host_str(), Some("gctcp.example"), "{evil:?} gave {out:?}");
        }
        // Encoded slashes stay inside the path: still this site.
        assert_eq!(
            safe_next(Some("/%2F%2Fevil.example")),
            "/%2F%2Fevil.example"
        );
        assert_eq!(safe_next(Some("/\t/evil.example/x")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
