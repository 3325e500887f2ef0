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

/// Chinese, Japanese and Korean characters: scripts written without spaces between
/// words (Korean's spaces separate phrases, with particles attached), where a word is
/// often one or two characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'      // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'    // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'    // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'    // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'    // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'    // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'    // half-width Katakana
        | '\u{20000}'..='\u{3134F}') // CJK extensions B–G
}

/// Letters of the scripts whose words are looked up whole in the word index (by their
/// beginning): Latin, Greek, Cyrillic. Digits count too. Arabic is not among them: its
/// words take prefixes (و، ال، ب) and are matched as substrings.
pub fn is_word_letter(c: char) -> bool {
    c.is_alphanumeric()
        && (!c.is_alphabetic()
            || matches!(c as u32, 0x41..=0x24F | 0x370..=0x52F | 0x1E00..=0x1FFF))
}

/// How the search looks up one (folded) term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// A word of an alphabetic script (or a number): the word index, as a word beginning.
    Word,
    /// One or two Chinese, Japanese or Korean characters: the word index holds every
    /// such character and pair of adjacent characters as a token.
    Gram,
    /// Three characters or more of anything else (Arabic, longer CJK, symbols such as
    /// A/RES/60/288): the trigram index, as a substring.
    Substring,
    /// One or two characters of another kind ("UN"): matched against titles, symbols and
    /// summaries only (as a word beginning, "un" would match most of any text).
    Short,
}

pub fn lookup(term: &str) -> Lookup {
    let n = term.chars().count();
    if n == 0 {
        Lookup::Short
    } else if n <= 2 && term.chars().all(is_cjk) {
        Lookup::Gram
    } else if n <= 2 {
        Lookup::Short
    } else if term.chars().all(is_word_letter) {
        Lookup::Word
    } else {
        Lookup::Substring
    }
}

/// Most tokens one document contributes to the word index, and most bytes they take.
/// PostgreSQL builds a `tsvector` of them, which may not exceed 1 MiB (each token costs
/// its bytes plus about six); 60,000 distinct words is more than a 1,000-page report
/// holds, and about the distinct character pairs of a long Chinese one.
pub const MAX_INDEX_TOKENS: usize = 60_000;
pub const MAX_INDEX_BYTES: usize = 600_000;

/// The tokens of the word index for a folded text, space-separated, each once: the
/// words of alphabetic scripts and numbers, and every Chinese, Japanese or Korean
/// character and pair of adjacent such characters. Returns also whether the text had
/// more distinct tokens than `MAX_INDEX_TOKENS` (the rest are left out).
pub fn index_tokens(folded: &str) -> (String, bool) {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let mut cut = false;
    let mut push = |token: &str, out: &mut String| -> bool {
        if seen.len() >= MAX_INDEX_TOKENS || out.len() + token.len() >= MAX_INDEX_BYTES {
            return !seen.contains(token);
        }
        if seen.insert(token.to_string()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(token);
        }
        false
    };
    let mut word = String::new();
    let mut prev_cjk: Option<char> = None;
    for c in folded.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                cut |= push(&word, &mut out);
                word.clear();
            }
            let mut buf = [0u8; 4];
            cut |= push(c.encode_utf8(&mut buf), &mut out);
            if let Some(p) = prev_cjk {
                let pair: String = [p, c].iter().collect();
                cut |= push(&pair, &mut out);
            }
            prev_cjk = Some(c);
            continue;
        }
        prev_cjk = None;
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            if word.chars().all(is_word_letter) {
                cut |= push(&word, &mut out);
            }
            word.clear();
        }
    }
    if !word.is_empty() && word.chars().all(is_word_letter) {
        cut |= push(&word, &mut out);
    }
    (out, cut)
}

#[cfg(test)]
mod index_tests {
    use super::*;

    #[test]
    fn terms_go_where_they_can_be_found() {
        assert_eq!(lookup("terrorism"), Lookup::Word);
        assert_eq!(lookup("терроризм"), Lookup::Word);
        assert_eq!(lookup("2396"), Lookup::Word);
        assert_eq!(lookup("反恐"), Lookup::Gram);
        assert_eq!(lookup("恐"), Lookup::Gram);
        assert_eq!(lookup("테러"), Lookup::Gram);
        assert_eq!(lookup("テロ"), Lookup::Gram);
        assert_eq!(lookup("反恐战略"), Lookup::Substring);
        assert_eq!(lookup("الإرهاب"), Lookup::Substring);
        assert_eq!(lookup("a/res/60/288"), Lookup::Substring);
        assert_eq!(lookup("un"), Lookup::Short);
        assert_eq!(lookup("ال"), Lookup::Short);
    }

    #[test]
    fn tokens_hold_words_and_cjk_characters_and_pairs() {
        let (t, cut) = index_tokens("反恐战略协调会议纪要 counter-terrorism 2017 الإرهاب terrorism");
        let tokens: Vec<&str> = t.split(' ').collect();
        for want in [
            "反",
            "恐",
            "反恐",
            "战略",
            "会议",
            "纪要",
            "counter",
            "terrorism",
            "2017",
        ] {
            assert!(tokens.contains(&want), "{want} in {t}");
        }
        assert!(
            !tokens.contains(&"الإرهاب"),
            "Arabic goes to the trigram index"
        );
        assert!(!tokens.contains(&"恐战略"));
        assert_eq!(
            tokens.iter().filter(|t| **t == "terrorism").count(),
            1,
            "each once"
        );
        assert!(!cut);
        // Korean and Japanese too; pairs never cross a space or punctuation.
        let (t, _) = index_tokens("테러 방지, テロ対策");
        let tokens: Vec<&str> = t.split(' ').collect();
        for want in ["테러", "방지", "テロ", "対策", "ロ対"] {
            assert!(tokens.contains(&want), "{want} in {t}");
        }
        assert!(!tokens.contains(&"러방"));
    }

    #[test]
    fn the_token_budget_is_reported() {
        let many: String = (0..MAX_INDEX_TOKENS + 10)
            .map(|i| format!("w{i} "))
            .collect();
        let (t, cut) = index_tokens(&many);
        assert!(cut);
        assert_eq!(t.split(' ').count(), MAX_INDEX_TOKENS);
    }
}
