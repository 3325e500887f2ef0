//! OpenDocument text files.

use super::package::*;
use std::fmt::Write as _;
use zip::CompressionMethod;

// ---------------------------------------------------------------------------------------
// ODT
// ---------------------------------------------------------------------------------------

const ODF_NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
    xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
    xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
    xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
    xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
    xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

const ODT_MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

const ODT_MANIFEST: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">",
    "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>",
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>",
    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>",
    "</manifest:manifest>"
);

fn odt_styles() -> String {
    format!(
        "{XML_DECL}<office:document-styles {ODF_NS} office:version=\"1.3\"><office:styles>\
         <style:style style:name=\"Standard\" style:family=\"paragraph\">\
         <style:paragraph-properties fo:margin-bottom=\"0.25cm\"/>\
         <style:text-properties fo:font-size=\"11pt\"/></style:style>\
         <style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" \
         style:parent-style-name=\"Standard\" style:next-style-name=\"Standard\" style:default-outline-level=\"1\">\
         <style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\" fo:keep-with-next=\"always\"/>\
         <style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/></style:style>\
         </office:styles></office:document-styles>"
    )
}

/// Paragraph text for ODF: runs of spaces as `text:s`, tabs and line breaks as elements
/// (ODF collapses plain whitespace).
pub(super) fn odf_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut spaces = 0usize;
    let mut at_start = true;
    let flush = |out: &mut String, spaces: &mut usize, at_start: bool| {
        if *spaces == 0 {
            return;
        }
        // A single space between words is kept as is; leading or repeated ones need text:s.
        let (plain, extra) = if at_start {
            (0, *spaces)
        } else {
            (1, *spaces - 1)
        };
        if plain == 1 {
            out.push(' ');
        }
        if extra > 0 {
            let _ = write!(out, "<text:s text:c=\"{extra}\"/>");
        }
        *spaces = 0;
    };
    for c in s.chars() {
        match c {
            ' ' => spaces += 1,
            '\t' | '\n' => {
                flush(&mut out, &mut spaces, at_start);
                out.push_str(if c == '\t' {
                    "<text:tab/>"
                } else {
                    "<text:line-break/>"
                });
                at_start = false;
            }
            c => {
                flush(&mut out, &mut spaces, at_start);
                out.push_str(&esc(c.encode_utf8(&mut [0; 4])));
                at_start = false;
            }
        }
    }
    if spaces > 0 {
        let _ = write!(out, "<text:s text:c=\"{spaces}\"/>");
    }
    out
}

/// A minimal OpenDocument text: `mimetype` first and stored, the manifest, content, styles
/// (a "Heading 1" for the title) and meta (the title).
pub fn odt(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut content =
        String::with_capacity(1024 + paragraphs.iter().map(|p| p.len() + 64).sum::<usize>());
    let _ = write!(
        content,
        "{XML_DECL}<office:document-content {ODF_NS} office:version=\"1.3\"><office:automatic-styles>\
         <style:style style:name=\"RTL\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\
         <style:paragraph-properties fo:text-align=\"end\" style:writing-mode=\"rl-tb\"/></style:style>\
         </office:automatic-styles><office:body><office:text>\
         <text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">{}</text:h>",
        odf_text(title)
    );
    for p in paragraphs {
        let style = if is_rtl(p) { "RTL" } else { "Standard" };
        let _ = write!(
            content,
            "<text:p text:style-name=\"{style}\">{}</text:p>",
            odf_text(p)
        );
    }
    content.push_str("</office:text></office:body></office:document-content>");
    let meta = format!(
        "{XML_DECL}<office:document-meta {ODF_NS} office:version=\"1.3\"><office:meta>\
         <dc:title>{}</dc:title><meta:generator>gctcp</meta:generator></office:meta></office:document-meta>",
        esc(title)
    );

    let mut p = Package::new();
    p.put(
        "mimetype",
        ODT_MIMETYPE.as_bytes(),
        CompressionMethod::Stored,
    );
    p.add("META-INF/manifest.xml", ODT_MANIFEST);
    p.add("content.xml", &content);
    p.add("styles.xml", &odt_styles());
    p.add("meta.xml", &meta);
    p.finish()
}
