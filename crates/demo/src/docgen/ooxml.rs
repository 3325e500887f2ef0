//! Word, Excel and PowerPoint files (Office Open XML).

use super::package::*;
use std::fmt::Write as _;

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
pub(super) fn column(mut i: usize) -> String {
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
pub(super) fn as_number(s: &str) -> Option<&str> {
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
pub(super) fn sheet_name(title: &str) -> String {
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
