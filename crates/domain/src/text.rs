//! Text as it arrives from people: the one place that decides which characters are kept.
//!
//! Every form field and query parameter is cleaned the same way before anything reads
//! it (the server does it once, for every request): invalid UTF-8 becomes U+FFFD (as
//! browsers show it), and control characters are removed — NUL, the other C0 controls
//! except tab, line feed and carriage return, DEL and the C1 controls. They carry no
//! meaning in a name, a title or a search, they are invisible, and they arrive by
//! accident (text pasted from PDFs and old word processors); refusing a whole form for a
//! character its author cannot see or remove would be hostile, and storing it would
//! break the databases (PostgreSQL refuses NUL) and the files we write. Bidirectional
//! formatting characters are kept: right-to-left text needs them; pages isolate
//! people's text (`dir="auto"`, `<bdi>`) so they cannot reorder the page around it.

use std::borrow::Cow;

/// True for the characters `clean` removes.
pub fn is_unwanted(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Removes the characters no text field keeps (see the module's documentation).
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unwanted) {
        Cow::Owned(s.chars().filter(|c| !is_unwanted(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Bytes from outside as clean text: invalid UTF-8 replaced, unwanted characters removed.
pub fn clean_bytes(b: &[u8]) -> String {
    clean(&String::from_utf8_lossy(b)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_go_and_text_stays() {
        assert_eq!(clean("jo\0sé"), "josé");
        assert_eq!(clean("a\u{1}\u{1b}[31mb\u{7f}\u{85}c"), "a[31mbc");
        assert_eq!(
            clean("line one\r\nline two\tend"),
            "line one\r\nline two\tend"
        );
        assert_eq!(
            clean("\u{202e}evil\u{202c} مرحبا 王"),
            "\u{202e}evil\u{202c} مرحبا 王"
        );
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean_bytes(b"ok\xff\xfe\0!"), "ok\u{fffd}\u{fffd}!");
    }
}
