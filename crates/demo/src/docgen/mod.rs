//! Real small documents for demo data: PDF, DOCX, XLSX, PPTX and ODT written from scratch.
//!
//! Each is the smallest package that Word, Excel, PowerPoint, LibreOffice and the common
//! libraries open without complaint: the required parts only, fixed XML templates, no
//! timestamps (the same input gives the same bytes). All text is XML-escaped, and
//! characters that XML 1.0 forbids (most control characters) are dropped, since a single
//! one makes Word refuse a file. Right-to-left paragraphs (Arabic, Hebrew) are marked as
//! such. `gctcp demo` makes thousands of these, so nothing here does more than format
//! strings and deflate a few kilobytes.

mod odf;
mod ooxml;
mod package;
mod pdf;

pub use odf::odt;
pub use ooxml::{docx, pptx, xlsx};
pub use pdf::pdf;

#[cfg(test)]
mod tests {
    use super::odf::odf_text;
    use super::ooxml::{as_number, column, sheet_name};
    use super::package::esc;
    use super::pdf::*;

    #[test]
    fn escaping_drops_what_xml_forbids() {
        assert_eq!(
            esc("a & b <c> \"d\" 'e'\u{1}\u{FFFF}\tf"),
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;\tf"
        );
    }

    #[test]
    fn columns_and_numbers() {
        let names: Vec<String> = [0, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column)
            .collect();
        assert_eq!(names, ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
        for n in ["0", "42", "-3", "1200.5", "0.25"] {
            assert_eq!(as_number(n), Some(n));
        }
        for s in [
            "007",
            "1.",
            ".5",
            "1e5",
            "+41 22 917 1234",
            "",
            "-",
            "1234567890123456",
        ] {
            assert_eq!(as_number(s), None, "{s}");
        }
        assert_eq!(sheet_name("Budget [2025]: draft?"), "Budget 2025 draft");
        assert_eq!(sheet_name("'History'"), "Sheet1");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }

    #[test]
    fn odf_whitespace() {
        assert_eq!(odf_text("a b"), "a b");
        assert_eq!(odf_text("  a   b\tc\nd "), "<text:s text:c=\"2\"/>a <text:s text:c=\"2\"/>b<text:tab/>c<text:line-break/>d<text:s text:c=\"1\"/>");
        assert_eq!(odf_text("x<y"), "x&lt;y");
    }

    #[test]
    fn pdf_structure_is_consistent() {
        let paragraphs: Vec<String> = (0..200)
            .map(|i| format!("Paragraph {i} (with parentheses) and a backslash \\ here."))
            .collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let bytes = pdf("Title", &refs);
        // Latin-1 view: one char per byte, so string offsets are byte offsets.
        let text: String = bytes.iter().map(|&b| b as char).collect();
        let text = text.replace(|c: char| !c.is_ascii(), "?");
        // Every xref offset points at its object.
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let xref = &text[xref_at..];
        assert!(xref.starts_with("xref\n0 "));
        let mut n = 0;
        for (i, line) in xref
            .lines()
            .skip(3)
            .take_while(|l| l.ends_with(" n "))
            .enumerate()
        {
            let offset: usize = line[..10].parse().unwrap();
            assert!(
                text[offset..].starts_with(&format!("{} 0 obj\n", i + 1)),
                "object {}",
                i + 1
            );
            n += 1;
        }
        assert!(n > 7, "several pages");
        assert!(text.contains(&format!("/Size {}", n + 1)));
        assert!(text.contains("\\(with parentheses\\)") && text.contains("\\\\ here"));
        // Lines stay within the margins: no line is longer than ~100 characters.
        assert!(text
            .lines()
            .filter(|l| l.starts_with("BT "))
            .all(|l| l.len() < 140));
    }

    #[test]
    fn wrapping_cuts_long_words() {
        let words = winansi_words(&"x".repeat(300));
        let lines = wrap(&words, 11.0, false, 451.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.iter().map(Vec::len).sum::<usize>(), 300);
    }

    #[test]
    fn winansi_mapping() {
        assert_eq!(
            winansi_words("café — 5 €\u{301} Жук"),
            [
                b"caf\xE9".to_vec(),
                vec![0x97],
                b"5".to_vec(),
                b"\x80?".to_vec(),
                b"???".to_vec()
            ]
        );
        assert_eq!(winansi_words("e\u{301}t\u{e9}"), [b"\xE9t\xE9".to_vec()]);
    }
}
