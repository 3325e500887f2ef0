//! vCard 4.0 (RFC 6350) for one person or many. Written by hand: the format is small and
//! the crates that exist target vCard 3 or parsing.

use base64::Engine;

/// Escapes a text value (§3.4): backslash, comma, semicolon, newline.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (§3.2) without splitting a UTF-8 character, and ends
/// it with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// One card's content.
#[derive(Clone, Debug, Default)]
pub struct Card<'a> {
    pub uid: String,
    pub full_name: &'a str,
    pub org: &'a str,
    pub title: &'a str,
    pub email: &'a str,
    /// Only when the viewer may see them.
    pub phone_office: Option<&'a str>,
    pub phone_mobile: Option<&'a str>,
    pub office: &'a str,
    pub languages: Vec<String>,
    pub time_zone: &'a str,
    pub note: &'a str,
    pub photo_jpeg: Option<&'a [u8]>,
    pub categories: Vec<String>,
}

impl Card<'_> {
    pub fn write(&self, out: &mut String) {
        push_line(out, "BEGIN:VCARD");
        push_line(out, "VERSION:4.0");
        push_line(out, &format!("UID:{}", self.uid));
        push_line(out, &format!("FN:{}", escape(self.full_name)));
        // N as well as FN: Outlook, older phones and every vCard 3.0 reader file and sort
        // by it.
        let n = gctcp_domain::names::structured(self.full_name);
        push_line(
            out,
            &format!(
                "N:{};{};{};{};{}",
                escape(&n.family),
                escape(&n.given),
                escape(&n.additional),
                escape(&n.prefixes),
                escape(&n.suffixes)
            ),
        );
        push_line(out, "KIND:individual");
        if !self.org.is_empty() {
            push_line(out, &format!("ORG:{}", escape(self.org)));
        }
        if !self.title.is_empty() {
            push_line(out, &format!("TITLE:{}", escape(self.title)));
        }
        push_line(out, &format!("EMAIL;TYPE=work:{}", escape(self.email)));
        if let Some(p) = self.phone_office.filter(|p| !p.is_empty()) {
            push_line(out, &format!("TEL;TYPE=work,voice:{}", escape(p)));
        }
        if let Some(p) = self.phone_mobile.filter(|p| !p.is_empty()) {
            push_line(out, &format!("TEL;TYPE=cell,voice:{}", escape(p)));
        }
        if !self.office.is_empty() {
            // Free text: the street component of a work address.
            push_line(out, &format!("ADR;TYPE=work:;;{};;;;", escape(self.office)));
        }
        for (i, l) in self.languages.iter().enumerate() {
            push_line(out, &format!("LANG;PREF={}:{}", i + 1, escape(l)));
        }
        if !self.time_zone.is_empty() {
            push_line(out, &format!("TZ;VALUE=text:{}", escape(self.time_zone)));
        }
        if !self.categories.is_empty() {
            let cats: Vec<String> = self.categories.iter().map(|c| escape(c)).collect();
            push_line(out, &format!("CATEGORIES:{}", cats.join(",")));
        }
        if !self.note.is_empty() {
            push_line(out, &format!("NOTE:{}", escape(self.note)));
        }
        if let Some(jpeg) = self.photo_jpeg {
            let b64 = base64::engine::general_purpose::STANDARD.encode(jpeg);
            push_line(out, &format!("PHOTO:data:image/jpeg;base64,{b64}"));
        }
        push_line(out, "END:VCARD");
    }
}

/// A safe ASCII file name for a download (`José López` → `jose-lopez.vcf`).
pub fn file_name(name: &str, ext: &str) -> String {
    let folded = gctcp_domain::directory::fold(name);
    let mut slug: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        slug = "contact".into();
    }
    slug.truncate(60);
    format!("{slug}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("NOTE:{}", "é".repeat(100));
        push_line(&mut out, &long);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), long);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(file_name("José María López", "vcf"), "jose-maria-lopez.vcf");
        assert_eq!(file_name("王小明", "vcf"), "contact.vcf");
    }
}
