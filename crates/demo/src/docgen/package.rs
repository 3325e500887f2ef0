//! What the Office Open XML and OpenDocument formats share: XML escaping, ZIP packages,
//! content types and relationships.

use std::fmt::Write as _;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

// ---------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------

/// Text as XML character data or attribute value: escaped, without the characters XML 1.0
/// does not allow (control characters other than tab, LF and CR; U+FFFE, U+FFFF).
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether the first letter with a direction is right-to-left.
pub(super) fn is_rtl(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFC))
}

/// An OPC/ODF package being written in memory.
pub(super) struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
}

impl Package {
    pub(super) fn new() -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::with_capacity(16 * 1024))),
        }
    }

    pub(super) fn put(&mut self, name: &str, data: &[u8], method: CompressionMethod) {
        let options = SimpleFileOptions::default().compression_method(method);
        // Writing to memory cannot fail.
        self.zip.start_file(name, options).expect("in-memory zip");
        self.zip.write_all(data).expect("in-memory zip");
    }

    pub(super) fn add(&mut self, name: &str, data: &str) {
        self.put(name, data.as_bytes(), CompressionMethod::Deflated);
    }

    pub(super) fn finish(self) -> Vec<u8> {
        self.zip.finish().expect("in-memory zip").into_inner()
    }
}

pub(super) const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
pub(super) const NS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
pub(super) const REL_DOC: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
pub(super) const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
pub(super) const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";

/// `[Content_Types].xml` with the given overrides (part name, content type).
pub(super) fn content_types(overrides: &[(String, &str)]) -> String {
    let mut x = String::from(XML_DECL);
    x.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    );
    for (part, ct) in overrides {
        let _ = write!(x, "<Override PartName=\"{part}\" ContentType=\"{ct}\"/>");
    }
    x.push_str(&format!(
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"{CT_CORE}\"/></Types>"
    ));
    x
}

/// A relationships part: (id, type, target).
pub(super) fn rels(list: &[(String, &str, String)]) -> String {
    let mut x = String::from(XML_DECL);
    x.push_str(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    for (id, kind, target) in list {
        let _ = write!(
            x,
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        );
    }
    x.push_str("</Relationships>");
    x
}

/// `_rels/.rels`: the main part and the core properties.
pub(super) fn package_rels(main: &str) -> String {
    rels(&[
        ("rId1".into(), REL_DOC, main.to_string()),
        ("rId2".into(), REL_CORE, "docProps/core.xml".to_string()),
    ])
}

/// `docProps/core.xml` with the title.
pub(super) fn core_props(title: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>gctcp</dc:creator></cp:coreProperties>",
        esc(title)
    )
}
