//! Text for search, from PDF, OOXML, OpenDocument and plain-text files.

use crate::collect::Collector;
use crate::kind::Kind;
use crate::pdf;
use crate::sniff::*;
use anyhow::{anyhow, bail, Context};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Blocking. Text of the document, whitespace-collapsed, at most `max_chars` characters.
///
/// Words are separated by single spaces wherever the format separates them (paragraphs,
/// cells, tabs, line breaks, slides), never inside a word split across formatting runs.
/// Parsers run under `catch_unwind`; a panic becomes an error. Kinds that are not
/// [`extractable`](Kind::extractable) give an error. Per format:
/// - text: the file as UTF-8 (invalid sequences past the sniffed start become U+FFFD);
/// - DOCX: body, footnotes, endnotes, headers and footers (`w:t`; deleted text, field codes
///   and the VML fallback copies of text boxes left out);
/// - XLSX: the shared strings, then inline strings of the sheets;
/// - PPTX: the slides in presentation order;
/// - ODF: the text of `content.xml` (tracked deletions and comments left out);
/// - PDF: via `pdf-extract`, after a check for decompression bombs; encrypted and
///   LZW-compressed PDFs give an error. Arabic that a producer wrote in visual order with
///   presentation forms (as Chromium/Skia does) is put back in logical order and normal
///   letters so that it can be searched.
///
/// A document larger than the caps (64 MiB per ZIP entry, 128 MiB per ZIP) gives the text
/// read up to the cap.
pub fn extract_text(path: &Path, kind: Kind, max_chars: usize) -> anyhow::Result<String> {
    if !kind.extractable() {
        bail!("text cannot be extracted from {} files", kind.code());
    }
    if max_chars == 0 {
        return Ok(String::new());
    }
    match catch_unwind(AssertUnwindSafe(|| extract_inner(path, kind, max_chars))) {
        Ok(result) => result,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(anyhow!(
                "the {} parser failed on this file: {what}",
                kind.code()
            ))
        }
    }
}

fn extract_inner(path: &Path, kind: Kind, max_chars: usize) -> anyhow::Result<String> {
    let mut out = Collector::new(max_chars);
    match kind {
        Kind::Text => text_file(path, &mut out)?,
        Kind::Pdf => pdf::extract(path, &mut out)?,
        _ => package(path, kind, &mut out, ZIP_ENTRY_LIMIT, ZIP_TOTAL_LIMIT)?,
    }
    Ok(out.finish())
}

/// OOXML and OpenDocument packages, reading at most `entry_limit` decompressed bytes from
/// one entry and `total_limit` from all.
pub(crate) fn package(
    path: &Path,
    kind: Kind,
    out: &mut Collector,
    entry_limit: u64,
    total_limit: u64,
) -> anyhow::Result<()> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let (archive, names) = open_zip(file)?;
    let mut zip = Zip {
        archive,
        names,
        budget: total_limit,
        entry_limit,
    };
    match kind {
        Kind::Docx => docx(&mut zip, out),
        Kind::Xlsx => xlsx(&mut zip, out),
        Kind::Pptx => pptx(&mut zip, out),
        Kind::Odt | Kind::Ods | Kind::Odp => zip.part("content.xml", &ODF, out, true),
        _ => bail!("{} is not a package format", kind.code()),
    }
}

/// Text files, read in chunks until `max` characters are collected.
pub(crate) fn text_file(path: &Path, out: &mut Collector) -> anyhow::Result<()> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut reader = BufReader::with_capacity(HEAD, file);
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            if !carry.is_empty() {
                out.push_str(&String::from_utf8_lossy(&carry));
            }
            return Ok(());
        }
        carry.extend_from_slice(chunk);
        let used = chunk.len();
        reader.consume(used);
        // Decode all complete characters; keep an incomplete one for the next chunk.
        let mut start = 0;
        loop {
            match std::str::from_utf8(&carry[start..]) {
                Ok(s) => {
                    out.push_str(s);
                    start = carry.len();
                    break;
                }
                Err(e) => {
                    let valid = start + e.valid_up_to();
                    out.push_str(std::str::from_utf8(&carry[start..valid]).unwrap_or_default());
                    match e.error_len() {
                        Some(bad) => {
                            out.push('\u{FFFD}');
                            start = valid + bad;
                        }
                        None => {
                            start = valid;
                            break;
                        }
                    }
                }
            }
        }
        carry.drain(..start);
        if out.full() {
            return Ok(());
        }
    }
}

/// Which elements of an XML part hold text, separate words, or are skipped whole. Names
/// are local names (prefixes vary between producers).
pub(crate) struct Rules {
    /// Character data is collected only inside these; empty means everywhere.
    text: &'static [&'static str],
    /// A word boundary at their start and end.
    breaks: &'static [&'static str],
    /// Ignored with everything inside.
    skip: &'static [&'static str],
}

/// WordprocessingML: runs of text in `w:t`. `mc:Fallback` holds a VML copy of each text box
/// (the text would come twice); `w:delText` is deleted text, `w:instrText` field codes.
const DOCX: Rules = Rules {
    text: &["t"],
    breaks: &["p", "tab", "br", "cr", "tc", "ptab"],
    skip: &["Fallback", "delText", "instrText"],
};
/// DrawingML text of slides: `a:t` in `a:p`; table cells.
const PPTX: Rules = Rules {
    text: &["t"],
    breaks: &["p", "br", "tc"],
    skip: &["Fallback"],
};
/// Shared strings: one `si` per string; `rPh` is phonetic guidance (Japanese).
const XLSX_STRINGS: Rules = Rules {
    text: &["t"],
    breaks: &["si"],
    skip: &["rPh"],
};
/// Worksheets: inline strings (`c/is/t`); values in `v` are numbers or shared-string indexes.
const XLSX_SHEET: Rules = Rules {
    text: &["t"],
    breaks: &["c", "is"],
    skip: &["rPh"],
};
/// OpenDocument `content.xml`: all character data; `text:s` and `text:tab` are spaces.
const ODF: Rules = Rules {
    text: &[],
    breaks: &[
        "p",
        "h",
        "tab",
        "s",
        "line-break",
        "table-cell",
        "list-item",
        "note-citation",
        "note-body",
        "frame",
    ],
    skip: &["tracked-changes", "annotation", "script", "scripts"],
};

/// Reads the text of one XML document under `rules`.
pub(crate) fn walk_xml<R: BufRead>(
    input: R,
    rules: &Rules,
    out: &mut Collector,
) -> Result<(), quick_xml::Error> {
    let mut xml = quick_xml::Reader::from_reader(input);
    {
        let config = xml.config_mut();
        config.trim_text(false);
        config.check_end_names = false;
        config.expand_empty_elements = false;
    }
    let mut buf = Vec::new();
    let mut in_text = 0usize;
    let mut skipping = 0usize;
    let collect_all = rules.text.is_empty();
    while !out.full() {
        buf.clear();
        match xml.read_event_into(&mut buf)? {
            Event::Start(e) => {
                let local = e.local_name();
                let name = local.as_ref();
                if rules.skip.contains(&name) {
                    skipping += 1;
                } else if skipping == 0 {
                    if rules.breaks.contains(&name) {
                        out.sep();
                    }
                    if rules.text.contains(&name) {
                        in_text += 1;
                    }
                }
            }
            Event::End(e) => {
                let local = e.local_name();
                let name = local.as_ref();
                if rules.skip.contains(&name) {
                    skipping = skipping.saturating_sub(1);
                } else if skipping == 0 {
                    if rules.breaks.contains(&name) {
                        out.sep();
                    }
                    if rules.text.contains(&name) {
                        in_text = in_text.saturating_sub(1);
                    }
                }
            }
            Event::Empty(e) if skipping == 0 && rules.breaks.contains(&e.local_name().as_ref()) => {
                out.sep()
            }
            Event::Text(t) if skipping == 0 && (collect_all || in_text > 0) => out.push_str(&t),
            Event::CData(t) if skipping == 0 && (collect_all || in_text > 0) => out.push_str(&t),
            Event::GeneralRef(r) if skipping == 0 && (collect_all || in_text > 0) => {
                let c = match &*r {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                if let Some(c) = c {
                    out.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

/// Reads at most `left` bytes, then reports the end of input and remembers that it cut.
pub(crate) struct Capped<R> {
    inner: R,
    left: u64,
    used: u64,
    cut: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            let mut probe = [0u8; 1];
            if self.inner.read(&mut probe)? > 0 {
                self.cut = true;
            }
            return Ok(0);
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        self.used += n as u64;
        Ok(n)
    }
}

/// An open OOXML/ODF package with what is left of its decompression budget.
pub(crate) struct Zip {
    archive: zip::ZipArchive<BufReader<File>>,
    names: ZipNames,
    budget: u64,
    entry_limit: u64,
}

impl Zip {
    /// Collects the text of one part. A missing part is fine unless `required`; a broken
    /// one is an error only when `required` (a bad header must not lose the body's text).
    fn part(
        &mut self,
        name: &str,
        rules: &Rules,
        out: &mut Collector,
        required: bool,
    ) -> anyhow::Result<()> {
        let Some(stored) = self.names.get(name).map(str::to_owned) else {
            if required {
                bail!("the document has no {name}");
            }
            return Ok(());
        };
        if self.budget == 0 || out.full() {
            return Ok(());
        }
        let entry = match self.archive.by_name(&stored) {
            Ok(entry) => entry,
            Err(e) if required => return Err(anyhow!(e).context(format!("cannot read {name}"))),
            Err(_) => return Ok(()),
        };
        let mut capped = Capped {
            inner: entry,
            left: self.entry_limit.min(self.budget),
            used: 0,
            cut: false,
        };
        out.sep();
        let result = walk_xml(BufReader::new(&mut capped), rules, out);
        self.budget = self.budget.saturating_sub(capped.used);
        out.sep();
        match result {
            Ok(()) => Ok(()),
            // Cut by a cap: keep what was read.
            Err(_) if capped.cut => Ok(()),
            Err(e) if required => Err(anyhow!(e).context(format!("{name} is not well-formed XML"))),
            Err(_) => Ok(()),
        }
    }

    /// The whole of a small part (relationships, presentation.xml), capped at 8 MiB.
    fn small_part(&mut self, name: &str) -> Option<String> {
        let stored = self.names.get(name)?.to_owned();
        let entry = self.archive.by_name(&stored).ok()?;
        let mut text = String::new();
        entry.take(8 << 20).read_to_string(&mut text).ok()?;
        self.budget = self.budget.saturating_sub(text.len() as u64);
        Some(text)
    }
}

fn docx(zip: &mut Zip, out: &mut Collector) -> anyhow::Result<()> {
    zip.part("word/document.xml", &DOCX, out, true)?;
    for part in ["word/footnotes.xml", "word/endnotes.xml"] {
        zip.part(part, &DOCX, out, false)?;
    }
    for part in zip
        .names
        .numbered("word/", "header")
        .into_iter()
        .chain(zip.names.numbered("word/", "footer"))
    {
        zip.part(&part, &DOCX, out, false)?;
    }
    Ok(())
}

fn xlsx(zip: &mut Zip, out: &mut Collector) -> anyhow::Result<()> {
    let has_strings = zip.names.get("xl/sharedStrings.xml").is_some();
    zip.part("xl/sharedStrings.xml", &XLSX_STRINGS, out, false)?;
    let sheets = zip.names.numbered("xl/worksheets/", "sheet");
    if sheets.is_empty() && !has_strings {
        bail!("the workbook has no sheets");
    }
    for sheet in sheets {
        zip.part(&sheet, &XLSX_SHEET, out, false)?;
    }
    Ok(())
}

fn pptx(zip: &mut Zip, out: &mut Collector) -> anyhow::Result<()> {
    let mut slides = slide_order(zip).unwrap_or_default();
    if slides.is_empty() {
        slides = zip.names.numbered("ppt/slides/", "slide");
    }
    if slides.is_empty() {
        bail!("the presentation has no slides");
    }
    for slide in slides {
        zip.part(&slide, &PPTX, out, false)?;
    }
    Ok(())
}

/// The slide parts in presentation order: `p:sldIdLst` of `ppt/presentation.xml`, resolved
/// through `ppt/_rels/presentation.xml.rels`.
fn slide_order(zip: &mut Zip) -> Option<Vec<String>> {
    let presentation = zip.small_part("ppt/presentation.xml")?;
    let rels = zip.small_part("ppt/_rels/presentation.xml.rels")?;
    let mut ids = Vec::new();
    let mut xml = quick_xml::Reader::from_str(&presentation);
    loop {
        match xml.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sldId" => {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == "id" && a.key.as_ref() != "id")?;
                ids.push(id.value.into_owned());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut targets = HashMap::new();
    let mut xml = quick_xml::Reader::from_str(&rels);
    loop {
        match xml.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let get = |key: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key)
                        .map(|a| a.value.into_owned())
                };
                if let (Some(id), Some(target)) = (get("Id"), get("Target")) {
                    targets.insert(id, target);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(
        ids.iter()
            .filter_map(|id| targets.get(id))
            .map(|t| match t.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("ppt/{t}"),
            })
            .collect(),
    )
}
