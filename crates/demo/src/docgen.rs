//! Real small documents for demo data: PDF, DOCX, XLSX, PPTX and ODT written from scratch.
//!
//! Each is the smallest package that Word, Excel, PowerPoint, LibreOffice and the common
//! libraries open without complaint: the required parts only, fixed XML templates, no
//! timestamps (the same input gives the same bytes). All text is XML-escaped, and
//! characters that XML 1.0 forbids (most control characters) are dropped, since a single
//! one makes Word refuse a file. Right-to-left paragraphs (Arabic, Hebrew) are marked as
//! such. `gctcp demo` makes thousands of these, so nothing here does more than format
//! strings and deflate a few kilobytes.

use std::fmt::Write as _;
use std::io::{Cursor, Write};
use unicode_normalization::UnicodeNormalization;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

// ---------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------

/// Text as XML character data or attribute value: escaped, without the characters XML 1.0
/// does not allow (control characters other than tab, LF and CR; U+FFFE, U+FFFF).
fn esc(s: &str) -> String {
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
fn is_rtl(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFC))
}

/// An OPC/ODF package being written in memory.
struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
}

impl Package {
    fn new() -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::with_capacity(16 * 1024))),
        }
    }

    fn put(&mut self, name: &str, data: &[u8], method: CompressionMethod) {
        let options = SimpleFileOptions::default().compression_method(method);
        // Writing to memory cannot fail.
        self.zip.start_file(name, options).expect("in-memory zip");
        self.zip.write_all(data).expect("in-memory zip");
    }

    fn add(&mut self, name: &str, data: &str) {
        self.put(name, data.as_bytes(), CompressionMethod::Deflated);
    }

    fn finish(self) -> Vec<u8> {
        self.zip.finish().expect("in-memory zip").into_inner()
    }
}

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const NS_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DOC: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";

/// `[Content_Types].xml` with the given overrides (part name, content type).
fn content_types(overrides: &[(String, &str)]) -> String {
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
fn rels(list: &[(String, &str, String)]) -> String {
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
fn package_rels(main: &str) -> String {
    rels(&[
        ("rId1".into(), REL_DOC, main.to_string()),
        ("rId2".into(), REL_CORE, "docProps/core.xml".to_string()),
    ])
}

/// `docProps/core.xml` with the title.
fn core_props(title: &str) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:creator>gctcp</dc:creator></cp:coreProperties>",
        esc(title)
    )
}

// ---------------------------------------------------------------------------------------
// DOCX
// ---------------------------------------------------------------------------------------

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const DOCX_STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:docDefaults><w:rPrDefault><w:rPr>",
    "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Arial\"/>",
    "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
    "<w:lang w:val=\"en-GB\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>",
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
    "<w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/>",
    "</w:pPr></w:pPrDefault></w:docDefaults>",
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>",
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>",
    "<w:rPr><w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>",
    "</w:styles>"
);

/// One `w:p`: tabs and line breaks become `w:tab` / `w:br`.
fn docx_paragraph(x: &mut String, text: &str, style: Option<&str>) {
    let rtl = is_rtl(text);
    x.push_str("<w:p>");
    if style.is_some() || rtl {
        x.push_str("<w:pPr>");
        if let Some(style) = style {
            let _ = write!(x, "<w:pStyle w:val=\"{style}\"/>");
        }
        if rtl {
            x.push_str("<w:bidi/>");
        }
        x.push_str("</w:pPr>");
    }
    x.push_str("<w:r>");
    if rtl {
        x.push_str("<w:rPr><w:rtl/></w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            x.push_str("<w:br/>");
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                x.push_str("<w:tab/>");
            }
            if !part.is_empty() {
                let _ = write!(x, "<w:t xml:space=\"preserve\">{}</w:t>", esc(part));
            }
        }
    }
    x.push_str("</w:r></w:p>");
}

/// A minimal WordprocessingML package: the title as a "Heading 1" paragraph, then one
/// paragraph per item; A4 pages; the title in the document properties.
pub fn docx(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    let mut doc =
        String::with_capacity(1024 + paragraphs.iter().map(|p| p.len() + 80).sum::<usize>());
    doc.push_str(XML_DECL);
    let _ = write!(
        doc,
        "<w:document xmlns:w=\"{NS_W}\" xmlns:r=\"{NS_REL}\"><w:body>"
    );
    docx_paragraph(&mut doc, title, Some("Heading1"));
    for p in paragraphs {
        docx_paragraph(&mut doc, p, None);
    }
    doc.push_str(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" \
         w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
    );

    let mut p = Package::new();
    p.add(
        "[Content_Types].xml",
        &content_types(&[
            (
                "/word/document.xml".into(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            ),
            (
                "/word/styles.xml".into(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            ),
        ]),
    );
    p.add("_rels/.rels", &package_rels("word/document.xml"));
    p.add("docProps/core.xml", &core_props(title));
    p.add("word/document.xml", &doc);
    p.add(
        "word/_rels/document.xml.rels",
        &rels(&[(
            "rId1".into(),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
            "styles.xml".into(),
        )]),
    );
    p.add("word/styles.xml", DOCX_STYLES);
    p.finish()
}

// ---------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------

const NS_SSML: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// Two cell formats: 0 normal, 1 bold (the header row).
const XLSX_STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>",
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);

/// The column letters of a 0-based index: A … Z, AA, AB, …
fn column(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Whether a cell is written as a number: plain decimals that survive the round trip
/// (no leading zeros, at most 15 significant digits), so "007" or a phone number stays text.
fn as_number(s: &str) -> Option<&str> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'))
        && !(digits.contains('.') && frac.is_empty())
        && int.len() + frac.len() <= 15;
    ok.then_some(s)
}

/// An Excel sheet name: no `[]:*?/\`, not starting or ending with an apostrophe, at most
/// 31 characters, not the reserved "History".
fn sheet_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    let name: String = cleaned
        .trim()
        .trim_matches('\'')
        .trim()
        .chars()
        .take(31)
        .collect();
    let name = name.trim().to_string();
    if name.is_empty() || name.eq_ignore_ascii_case("history") {
        "Sheet1".to_string()
    } else {
        name
    }
}

/// A minimal SpreadsheetML package: one sheet named after the title, the first row in bold,
/// text as inline strings, plain decimals as numbers.
pub fn xlsx(title: &str, rows: &[Vec<String>]) -> Vec<u8> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut sheet =
        String::with_capacity(1024 + rows.iter().flatten().map(|c| c.len() + 64).sum::<usize>());
    sheet.push_str(XML_DECL);
    let _ = write!(
        sheet,
        "<worksheet xmlns=\"{NS_SSML}\" xmlns:r=\"{NS_REL}\">"
    );
    if !rows.is_empty() {
        let _ = write!(
            sheet,
            "<dimension ref=\"A1:{}{}\"/>",
            column(columns - 1),
            rows.len()
        );
    }
    let _ = write!(
        sheet,
        "<cols><col min=\"1\" max=\"{columns}\" width=\"24\" customWidth=\"1\"/></cols><sheetData>"
    );
    for (r, row) in rows.iter().enumerate() {
        let _ = write!(sheet, "<row r=\"{}\">", r + 1);
        let style = if r == 0 { " s=\"1\"" } else { "" };
        for (c, value) in row.iter().enumerate() {
            let cell = format!("{}{}", column(c), r + 1);
            if value.is_empty() {
                continue;
            }
            match as_number(value) {
                Some(n) => {
                    let _ = write!(sheet, "<c r=\"{cell}\"{style}><v>{n}</v></c>");
                }
                None => {
                    let _ = write!(
                        sheet,
                        "<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                        esc(value)
                    );
                }
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");

    let workbook = format!(
        "{XML_DECL}<workbook xmlns=\"{NS_SSML}\" xmlns:r=\"{NS_REL}\"><sheets>\
         <sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        esc(&sheet_name(title))
    );
    let mut p = Package::new();
    p.add(
        "[Content_Types].xml",
        &content_types(&[
            (
                "/xl/workbook.xml".into(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            ),
            (
                "/xl/worksheets/sheet1.xml".into(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            ),
            (
                "/xl/styles.xml".into(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            ),
        ]),
    );
    p.add("_rels/.rels", &package_rels("xl/workbook.xml"));
    p.add("docProps/core.xml", &core_props(title));
    p.add("xl/workbook.xml", &workbook);
    p.add(
        "xl/_rels/workbook.xml.rels",
        &rels(&[
            (
                "rId1".into(),
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                "worksheets/sheet1.xml".into(),
            ),
            (
                "rId2".into(),
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
                "styles.xml".into(),
            ),
        ]),
    );
    p.add("xl/worksheets/sheet1.xml", &sheet);
    p.add("xl/styles.xml", XLSX_STYLES);
    p.finish()
}

// ---------------------------------------------------------------------------------------
// PPTX
// ---------------------------------------------------------------------------------------

const NS_PML: &str = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
    xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
    xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

/// The empty group every shape tree starts with.
const SP_TREE_ROOT: &str =
    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
    <p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>\
    <a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

/// The Office theme reduced to what the schema requires.
const PPTX_THEME: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements>",
    "<a:clrScheme name=\"Office\">",
    "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>",
    "<a:dk2><a:srgbClr val=\"1F3864\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>",
    "<a:accent1><a:srgbClr val=\"009EDB\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>",
    "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>",
    "<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>",
    "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>",
    "</a:clrScheme>",
    "<a:fontScheme name=\"Office\">",
    "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>",
    "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>",
    "</a:fontScheme>",
    "<a:fmtScheme name=\"Office\"><a:fillStyleLst>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>",
    "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>",
    "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>",
    "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>",
    "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>",
    "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>",
    "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>",
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
);

fn pptx_master() -> String {
    format!(
        "{XML_DECL}<p:sldMaster {NS_PML}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>\
         <p:spTree>{SP_TREE_ROOT}</p:spTree></p:cSld>\
         <p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" \
         accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>\
         <p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
         <p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz=\"4000\"/></a:lvl1pPr></p:titleStyle>\
         <p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"2400\"/></a:lvl1pPr></p:bodyStyle>\
         <p:otherStyle><a:lvl1pPr><a:defRPr sz=\"1800\"/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>"
    )
}

fn pptx_layout() -> String {
    format!(
        "{XML_DECL}<p:sldLayout {NS_PML} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">\
         <p:spTree>{SP_TREE_ROOT}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

/// A text box: position and size in EMU, paragraphs in points, bold or not.
struct TextBox<'a> {
    id: u32,
    y: i64,
    height: i64,
    size: u32,
    bold: bool,
    lines: &'a [&'a str],
}

fn pptx_textbox(x: &mut String, b: &TextBox) {
    let _ = write!(
        x,
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{}\" name=\"TextBox {}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
         <p:spPr><a:xfrm><a:off x=\"609600\" y=\"{}\"/><a:ext cx=\"10972800\" cy=\"{}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>\
         <p:txBody><a:bodyPr wrap=\"square\" rtlCol=\"0\"/><a:lstStyle/>",
        b.id,
        b.id - 1,
        b.y,
        b.height
    );
    for line in b.lines {
        let rtl = is_rtl(line);
        x.push_str("<a:p>");
        if rtl {
            x.push_str("<a:pPr algn=\"r\" rtl=\"1\"/>");
        }
        let _ = write!(
            x,
            "<a:r><a:rPr lang=\"en-GB\" sz=\"{}\"{} dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
            b.size * 100,
            if b.bold { " b=\"1\"" } else { "" },
            esc(line)
        );
    }
    x.push_str("</p:txBody></p:sp>");
}

fn pptx_slide(boxes: &[TextBox]) -> String {
    let mut x = String::with_capacity(2048);
    x.push_str(XML_DECL);
    let _ = write!(x, "<p:sld {NS_PML}><p:cSld><p:spTree>{SP_TREE_ROOT}");
    for b in boxes {
        pptx_textbox(&mut x, b);
    }
    x.push_str("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
    x
}

/// A minimal PresentationML package (16:9): a title slide, then one slide per item whose
/// first line is the slide's heading and further lines its body. Includes the slide master,
/// layout and theme that PowerPoint requires.
pub fn pptx(title: &str, slides: &[&str]) -> Vec<u8> {
    let mut contents = Vec::with_capacity(slides.len() + 1);
    contents.push(pptx_slide(&[TextBox {
        id: 2,
        y: 2286000,
        height: 1600200,
        size: 40,
        bold: true,
        lines: &[title],
    }]));
    for slide in slides {
        let lines: Vec<&str> = slide
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let (heading, body) = lines
            .split_first()
            .map(|(h, b)| (*h, b))
            .unwrap_or(("", &[]));
        let heading = [heading];
        let mut boxes = vec![TextBox {
            id: 2,
            y: 457200,
            height: 1143000,
            size: 32,
            bold: true,
            lines: &heading,
        }];
        if !body.is_empty() {
            boxes.push(TextBox {
                id: 3,
                y: 1828800,
                height: 4572000,
                size: 20,
                bold: false,
                lines: body,
            });
        }
        contents.push(pptx_slide(&boxes));
    }

    let mut overrides = vec![
        (
            "/ppt/presentation.xml".to_string(),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        ),
        (
            "/ppt/slideMasters/slideMaster1.xml".to_string(),
            "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml",
        ),
        (
            "/ppt/slideLayouts/slideLayout1.xml".to_string(),
            "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml",
        ),
        (
            "/ppt/theme/theme1.xml".to_string(),
            "application/vnd.openxmlformats-officedocument.theme+xml",
        ),
    ];
    let mut presentation_rels = vec![
        (
            "rId1".to_string(),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster",
            "slideMasters/slideMaster1.xml".to_string(),
        ),
        (
            "rId2".to_string(),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
            "theme/theme1.xml".to_string(),
        ),
    ];
    let mut slide_ids = String::new();
    for i in 1..=contents.len() {
        overrides.push((
            format!("/ppt/slides/slide{i}.xml"),
            "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
        ));
        presentation_rels.push((
            format!("rId{}", i + 2),
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide",
            format!("slides/slide{i}.xml"),
        ));
        let _ = write!(
            slide_ids,
            "<p:sldId id=\"{}\" r:id=\"rId{}\"/>",
            255 + i,
            i + 2
        );
    }
    let presentation = format!(
        "{XML_DECL}<p:presentation {NS_PML} saveSubsetFonts=\"1\">\
         <p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
         <p:sldIdLst>{slide_ids}</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/>\
         <p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>"
    );

    let mut p = Package::new();
    p.add("[Content_Types].xml", &content_types(&overrides));
    p.add("_rels/.rels", &package_rels("ppt/presentation.xml"));
    p.add("docProps/core.xml", &core_props(title));
    p.add("ppt/presentation.xml", &presentation);
    p.add("ppt/_rels/presentation.xml.rels", &rels(&presentation_rels));
    p.add("ppt/slideMasters/slideMaster1.xml", &pptx_master());
    p.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        &rels(&[
            (
                "rId1".into(),
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout",
                "../slideLayouts/slideLayout1.xml".into(),
            ),
            (
                "rId2".into(),
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
                "../theme/theme1.xml".into(),
            ),
        ]),
    );
    p.add("ppt/slideLayouts/slideLayout1.xml", &pptx_layout());
    let layout_rel = rels(&[(
        "rId1".into(),
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster",
        "../slideMasters/slideMaster1.xml".into(),
    )]);
    p.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", &layout_rel);
    p.add("ppt/theme/theme1.xml", PPTX_THEME);
    let slide_rel = rels(&[(
        "rId1".into(),
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout",
        "../slideLayouts/slideLayout1.xml".into(),
    )]);
    for (i, slide) in contents.iter().enumerate() {
        p.add(&format!("ppt/slides/slide{}.xml", i + 1), slide);
        p.add(
            &format!("ppt/slides/_rels/slide{}.xml.rels", i + 1),
            &slide_rel,
        );
    }
    p.finish()
}

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
fn odf_text(s: &str) -> String {
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

// ---------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------

/// Helvetica advance widths (1/1000 em) for WinAnsi codes 32–126, from the standard AFM.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
    778, // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];

/// The width of a WinAnsi byte in Helvetica (1/1000 em); codes above 126 get a generous
/// average so that lines never overflow.
fn glyph_width(b: u8) -> u32 {
    match b {
        32..=126 => HELVETICA[(b - 32) as usize] as u32,
        0x85 | 0x89 | 0x97 | 0x99 | 0x8C | 0x9C | 0xC6 | 0xE6 => 1000,
        0x91 | 0x92 | 0x82 | 0x8B | 0x9B => 333,
        0x95 => 350,
        _ => 667,
    }
}

/// A character in Windows-1252 (WinAnsiEncoding); `?` for anything else.
fn winansi(c: char) -> u8 {
    match c as u32 {
        0x20..=0x7E | 0xA0..=0xFF => c as u32 as u8,
        _ => match c {
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8A,
            '‹' => 0x8B,
            'Œ' => 0x8C,
            'Ž' => 0x8E,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9A,
            '›' => 0x9B,
            'œ' => 0x9C,
            'ž' => 0x9E,
            'Ÿ' => 0x9F,
            _ => b'?',
        },
    }
}

/// Words of a paragraph in WinAnsi (composed first, so "e" + combining acute is "é").
fn winansi_words(text: &str) -> Vec<Vec<u8>> {
    let composed: String = text.nfc().collect();
    composed
        .split(|c: char| c.is_whitespace() && c != '\u{A0}')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(winansi).collect())
        .collect()
}

/// Greedy line breaking at `max` points for `size`-point text (`bold` widens by 10%).
fn wrap(words: &[Vec<u8>], size: f32, bold: bool, max: f32) -> Vec<Vec<u8>> {
    let scale = size / 1000.0 * if bold { 1.1 } else { 1.0 };
    let width = |w: &[u8]| w.iter().map(|&b| glyph_width(b)).sum::<u32>() as f32 * scale;
    let space = glyph_width(b' ') as f32 * scale;
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    let mut used = 0.0f32;
    for word in words {
        // A word wider than a line is cut wherever it must be.
        let mut pieces: Vec<&[u8]> = Vec::new();
        let mut rest: &[u8] = word;
        while width(rest) > max {
            let mut cut = 1;
            while cut < rest.len() && width(&rest[..cut + 1]) <= max {
                cut += 1;
            }
            pieces.push(&rest[..cut]);
            rest = &rest[cut..];
        }
        pieces.push(rest);
        for piece in pieces {
            let w = width(piece);
            if !line.is_empty() && used + space + w > max {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            if !line.is_empty() {
                line.push(b' ');
                used += space;
            }
            line.extend_from_slice(piece);
            used += w;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF literal string: `\`, `(` and `)` escaped; other bytes as they are.
fn pdf_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'(');
    for &b in bytes {
        if matches!(b, b'\\' | b'(' | b')') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
}

/// A text string for the document information: UTF-16BE with a byte-order mark, in hex, so
/// the title keeps every script even though the page text is WinAnsi.
fn pdf_text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in s.encode_utf16() {
        let _ = write!(out, "{unit:04X}");
    }
    out.push('>');
    out
}

/// A valid PDF 1.4 on A4 pages in Helvetica (a standard font, WinAnsiEncoding, so nothing
/// is embedded): the title in bold, then the paragraphs, wrapped to the margins and
/// continued on new pages as needed. Characters outside WinAnsi print as `?`; the title
/// in the document information keeps them.
pub fn pdf(title: &str, paragraphs: &[&str]) -> Vec<u8> {
    const PAGE_W: f32 = 595.0;
    const PAGE_H: f32 = 842.0;
    const MARGIN: f32 = 72.0;
    const TITLE_SIZE: f32 = 18.0;
    const BODY_SIZE: f32 = 11.0;
    const GAP: f32 = 8.0;
    let max = PAGE_W - 2.0 * MARGIN;

    /// A paragraph laid out in lines.
    struct Block {
        font: &'static str,
        size: f32,
        leading: f32,
        lines: Vec<Vec<u8>>,
        space_after: f32,
    }
    let mut blocks = Vec::with_capacity(paragraphs.len() + 1);
    blocks.push(Block {
        font: "F2",
        size: TITLE_SIZE,
        leading: 24.0,
        lines: wrap(&winansi_words(title), TITLE_SIZE, true, max),
        space_after: 10.0,
    });
    for p in paragraphs {
        blocks.push(Block {
            font: "F1",
            size: BODY_SIZE,
            leading: 15.0,
            lines: wrap(&winansi_words(p), BODY_SIZE, false, max),
            space_after: GAP,
        });
    }

    let mut pages: Vec<Vec<u8>> = vec![Vec::new()];
    let mut y = PAGE_H - MARGIN;
    for Block {
        font,
        size,
        leading,
        lines,
        space_after,
    } in &blocks
    {
        for line in lines {
            if y - leading < MARGIN {
                pages.push(Vec::new());
                y = PAGE_H - MARGIN;
            }
            y -= leading;
            let page = pages.last_mut().expect("a page");
            let _ = write!(VecWriter(page), "BT /{font} {size} Tf {MARGIN} {y:.1} Td ");
            pdf_string(page, line);
            page.extend_from_slice(b" Tj ET\n");
        }
        y -= space_after;
    }

    // Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then a page and its content each.
    let page_count = pages.len();
    let mut out: Vec<u8> = Vec::with_capacity(2048 + pages.iter().map(Vec::len).sum::<usize>());
    out.extend_from_slice(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    let mut offsets: Vec<usize> = Vec::with_capacity(5 + 2 * page_count);
    let mut object = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        let _ = writeln!(VecWriter(out), "{} 0 obj", offsets.len());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    };
    object(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
    let kids: Vec<String> = (0..page_count)
        .map(|i| format!("{} 0 R", 6 + 2 * i))
        .collect();
    object(
        &mut out,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {page_count} >>",
            kids.join(" ")
        )
        .as_bytes(),
    );
    object(
        &mut out,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    );
    object(
        &mut out,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    );
    object(
        &mut out,
        format!("<< /Title {} /Producer (gctcp) >>", pdf_text_string(title)).as_bytes(),
    );
    for (i, content) in pages.iter().enumerate() {
        object(
            &mut out,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                7 + 2 * i
            )
            .as_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(content);
        stream.extend_from_slice(b"endstream");
        object(&mut out, &stream);
    }
    let xref = out.len();
    let _ = write!(
        VecWriter(&mut out),
        "xref\n0 {}\n0000000000 65535 f \n",
        offsets.len() + 1
    );
    for offset in &offsets {
        let _ = writeln!(VecWriter(&mut out), "{offset:010} 00000 n ");
    }
    let _ = write!(
        VecWriter(&mut out),
        "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        offsets.len() + 1
    );
    out
}

/// `fmt::Write` into a byte buffer (the PDF is bytes, mostly ASCII).
struct VecWriter<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for VecWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
