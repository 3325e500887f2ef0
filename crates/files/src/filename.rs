//! Names under which files are stored and downloaded.

use crate::kind::Kind;

/// The longest download name, in characters (extension included).
pub(crate) const MAX_NAME: usize = 120;

/// A safe download name: keeps letters in any script, digits, spaces, '-', '_', '.', '(' ')';
/// strips path components, control chars, quotes, leading dots; collapses whitespace; caps
/// length at ~120 chars (keeping the extension); falls back to "file"; and makes the
/// extension match `kind`.
///
/// Details:
/// - combining marks are kept with the letters they belong to (Arabic vowels, Devanagari);
/// - control and format characters (bidirectional overrides such as U+202E, zero-width
///   characters) and quotes are removed; any other punctuation or symbol becomes a space,
///   so "Plan:final" gives "Plan final";
/// - trailing dots and spaces are removed (Windows drops them), Windows device names
///   (`CON`, `NUL`, `COM1`, …) get a leading underscore;
/// - an extension accepted for `kind` is kept as written (`.jpeg`, `.TXT`, `.csv`);
///   otherwise a last suffix that looks like an extension (1–5 ASCII letters/digits, at
///   least one letter) is replaced, and anything else gets the kind's extension added:
///   "report.exe" → "report.pdf", "Minutes v1.2" → "Minutes v1.2.pdf".
pub fn sanitize_filename(name: &str, kind: Kind) -> String {
    use unicode_normalization::char::is_combining_mark;

    let base = name
        .rsplit(['/', '\\'])
        .find(|part| !part.trim().is_empty())
        .unwrap_or("");
    let mut cleaned = String::with_capacity(base.len());
    let mut space = false;
    for c in base.chars() {
        if c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '-' | '_' | '.' | '(' | ')') {
            if space && !cleaned.is_empty() {
                cleaned.push(' ');
            }
            space = false;
            cleaned.push(c);
        } else if c.is_whitespace() || !(c.is_control() || is_invisible(c) || is_quote(c)) {
            // Whitespace, punctuation and symbols separate words.
            space = true;
        }
        // Controls, invisible format characters and quotes are dropped.
    }
    let trimmed = cleaned
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);

    let (stem, ext) = match trimmed.rfind('.') {
        Some(dot) => {
            let ext = &trimmed[dot + 1..];
            if kind
                .accepted_extensions()
                .contains(&ext.to_ascii_lowercase().as_str())
            {
                (&trimmed[..dot], ext.to_string())
            } else if (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
                && ext.chars().any(|c| c.is_ascii_alphabetic())
            {
                (&trimmed[..dot], kind.extension().to_string())
            } else {
                (trimmed, kind.extension().to_string())
            }
        }
        None => (trimmed, kind.extension().to_string()),
    };
    let stem = stem.trim_end_matches(['.', ' ']);
    let room = MAX_NAME - ext.chars().count() - 1;
    let mut stem: String = stem.chars().take(room).collect();
    stem.truncate(stem.trim_end_matches(['.', ' ']).len());
    if stem.is_empty() {
        stem = "file".to_string();
    }
    let upper = stem.to_ascii_uppercase();
    let device = matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.len() == 4
            && upper.as_bytes()[3].is_ascii_digit());
    if device {
        stem.insert(0, '_');
    }
    format!("{stem}.{ext}")
}

/// Invisible format characters: bidirectional controls (U+202A–U+202E, U+2066–U+2069,
/// U+200E/F, U+061C), zero-width characters, soft hyphen, word joiner, BOM, annotations.
fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
    )
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

// ---------------------------------------------------------------------------------------
