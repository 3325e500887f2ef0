//! PDF files with the standard Helvetica font (Latin scripts).

use std::fmt::Write as _;
use unicode_normalization::UnicodeNormalization;

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
pub(super) fn glyph_width(b: u8) -> u32 {
    match b {
        32..=126 => HELVETICA[(b - 32) as usize] as u32,
        0x85 | 0x89 | 0x97 | 0x99 | 0x8C | 0x9C | 0xC6 | 0xE6 => 1000,
        0x91 | 0x92 | 0x82 | 0x8B | 0x9B => 333,
        0x95 => 350,
        _ => 667,
    }
}

/// A character in Windows-1252 (WinAnsiEncoding); `?` for anything else.
pub(super) fn winansi(c: char) -> u8 {
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
pub(super) fn winansi_words(text: &str) -> Vec<Vec<u8>> {
    let composed: String = text.nfc().collect();
    composed
        .split(|c: char| c.is_whitespace() && c != '\u{A0}')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(winansi).collect())
        .collect()
}

/// Greedy line breaking at `max` points for `size`-point text (`bold` widens by 10%).
pub(super) fn wrap(words: &[Vec<u8>], size: f32, bold: bool, max: f32) -> Vec<Vec<u8>> {
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
pub(super) fn pdf_string(out: &mut Vec<u8>, bytes: &[u8]) {
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
pub(super) fn pdf_text_string(s: &str) -> String {
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
