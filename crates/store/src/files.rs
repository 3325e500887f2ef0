//! File types of the resource library: what may be stored, how it is served and named, and
//! the text that search indexes.
//!
//! Decisions, in short:
//! - The type comes from the bytes only ([`sniff`]); the name a person gives a file never
//!   decides anything. Only the thirteen [`Kind`]s are accepted; everything else — HTML, SVG,
//!   XML, scripts, executables, archives, unknown binaries — is refused, because a stored file
//!   is later served to other people and must never be active content.
//! - Office files that carry macros (a VBA project or Excel 4 macro sheets in OOXML, Basic or
//!   scripts in OpenDocument, the `Macros` / `_VBA_PROJECT_CUR` storages of Word and Excel
//!   97–2003) are refused too: they are the most common way malware travels in documents.
//!   (A PowerPoint 97–2003 VBA project lives inside its main stream and is not detected.)
//! - Text extraction ([`extract_text`]) is for search: it returns plain words separated by
//!   single spaces, never layout. It runs on hostile input, so every parser is wrapped in
//!   `catch_unwind`, ZIP entries are read through byte caps, and PDFs are checked for
//!   decompression bombs before a parser sees them.

use anyhow::{anyhow, bail, Context};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// The file types the library accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Doc,
    Xls,
    Ppt,
    Text,
    Png,
    Jpeg,
}

impl Kind {
    /// Every kind, in a stable order (the order of the codes in the database and filters).
    pub const ALL: [Kind; 13] = [
        Kind::Pdf,
        Kind::Docx,
        Kind::Xlsx,
        Kind::Pptx,
        Kind::Odt,
        Kind::Ods,
        Kind::Odp,
        Kind::Doc,
        Kind::Xls,
        Kind::Ppt,
        Kind::Text,
        Kind::Png,
        Kind::Jpeg,
    ];

    /// The short stable code stored in the database and used in URLs.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Docx => "docx",
            Kind::Xlsx => "xlsx",
            Kind::Pptx => "pptx",
            Kind::Odt => "odt",
            Kind::Ods => "ods",
            Kind::Odp => "odp",
            Kind::Doc => "doc",
            Kind::Xls => "xls",
            Kind::Ppt => "ppt",
            Kind::Text => "txt",
            Kind::Png => "png",
            Kind::Jpeg => "jpeg",
        }
    }

    /// The kind of a [`code`](Self::code); `None` for anything else (exact, lower case).
    pub fn from_code(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// The registered IANA media type, as sent in `Content-Type`.
    ///
    /// Text carries `charset=utf-8`: [`sniff`] only accepts UTF-8 text, and a `text/plain`
    /// response without a charset would leave browsers guessing the encoding.
    pub fn mime(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Kind::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Kind::Odt => "application/vnd.oasis.opendocument.text",
            Kind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Kind::Odp => "application/vnd.oasis.opendocument.presentation",
            Kind::Doc => "application/msword",
            Kind::Xls => "application/vnd.ms-excel",
            Kind::Ppt => "application/vnd.ms-powerpoint",
            Kind::Text => "text/plain; charset=utf-8",
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
        }
    }

    /// The usual file-name extension, without the dot (`jpg` for JPEG, `txt` for text).
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Text => "txt",
            Kind::Jpeg => "jpg",
            other => other.code(),
        }
    }

    /// Whether browsers show the file inline themselves (PDF viewer, images). Everything
    /// else is only ever downloaded.
    pub fn previewable(self) -> bool {
        matches!(self, Kind::Pdf | Kind::Png | Kind::Jpeg)
    }

    /// Whether [`extract_text`] can read the text. The binary Office 97–2003 formats are
    /// stored and served but not indexed (their record formats need a dedicated parser).
    pub fn extractable(self) -> bool {
        matches!(
            self,
            Kind::Pdf
                | Kind::Docx
                | Kind::Xlsx
                | Kind::Pptx
                | Kind::Odt
                | Kind::Ods
                | Kind::Odp
                | Kind::Text
        )
    }

    /// Extensions (lower case) that may stay on a download name of this kind. For text only
    /// inert ones: a text file named `x.js` or `x.bat` is renamed `x.txt`, so a download can
    /// never be run by a double click.
    fn accepted_extensions(self) -> &'static [&'static str] {
        match self {
            Kind::Text => &["txt", "text", "csv", "tsv", "md", "markdown", "json", "log"],
            Kind::Jpeg => &["jpg", "jpeg"],
            Kind::Pdf => &["pdf"],
            Kind::Docx => &["docx"],
            Kind::Xlsx => &["xlsx"],
            Kind::Pptx => &["pptx"],
            Kind::Odt => &["odt"],
            Kind::Ods => &["ods"],
            Kind::Odp => &["odp"],
            Kind::Doc => &["doc"],
            Kind::Xls => &["xls"],
            Kind::Ppt => &["ppt"],
            Kind::Png => &["png"],
        }
    }
}

/// Why [`sniff`] refused a file.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// The file has no bytes.
    Empty,
    /// Not one of the accepted kinds (or unreadable, or an Office file with macros).
    NotAllowed,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Refused::Empty => "the file is empty",
            Refused::NotAllowed => "this type of file is not accepted",
        })
    }
}

impl std::error::Error for Refused {}

/// How much of a file's start is read to decide its type (and, for text, checked).
const HEAD: usize = 64 * 1024;
/// The most entries a ZIP may list before it is even opened (Office files have tens to a
/// few thousand); bounds the memory of reading a hostile central directory.
const ZIP_MAX_ENTRIES: u64 = 20_000;
/// The largest ZIP central directory accepted, for the same reason.
const ZIP_MAX_DIRECTORY: u64 = 8 << 20;
/// Decompressed bytes read from one ZIP entry at most (zip bombs).
const ZIP_ENTRY_LIMIT: u64 = 64 << 20;
/// Decompressed bytes read from all the entries of one ZIP at most (zip bombs).
const ZIP_TOTAL_LIMIT: u64 = 128 << 20;

/// Identifies the type from the bytes (never the name). Reads only what it needs from the
/// file: the first 64 KiB, plus the central directory of a ZIP or the directory of an OLE2
/// compound file. A file that cannot be read is refused as [`Refused::NotAllowed`].
pub fn sniff(path: &Path) -> Result<Kind, Refused> {
    let mut file = File::open(path).map_err(|_| Refused::NotAllowed)?;
    let mut head = Vec::with_capacity(HEAD);
    (&mut file)
        .take(HEAD as u64 + 1)
        .read_to_end(&mut head)
        .map_err(|_| Refused::NotAllowed)?;
    if head.is_empty() {
        return Err(Refused::Empty);
    }
    let truncated = head.len() > HEAD;
    head.truncate(HEAD);

    if is_pdf(&head) {
        return Ok(Kind::Pdf);
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok(Kind::Png);
    }
    if head.starts_with(b"\xFF\xD8\xFF") {
        return Ok(Kind::Jpeg);
    }
    if head.starts_with(b"PK\x03\x04") {
        return guarded(|| sniff_zip(file)).unwrap_or(Err(Refused::NotAllowed));
    }
    if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return guarded(|| sniff_cfb(file)).unwrap_or(Err(Refused::NotAllowed));
    }
    if is_plain_text(&head, truncated) {
        return Ok(Kind::Text);
    }
    Err(Refused::NotAllowed)
}

/// Runs a parser, turning a panic into `None`.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// `%PDF-` within the first 1024 bytes (readers accept a little junk before the header),
/// but not after markup: an HTML page that merely contains `%PDF-` stays HTML.
fn is_pdf(head: &[u8]) -> bool {
    let window = &head[..head.len().min(1024)];
    match find(window, b"%PDF-") {
        Some(at) => !window[..at].contains(&b'<'),
        None => false,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Plain UTF-8 text that is not markup or a script. Checks the first 64 KiB only.
fn is_plain_text(head: &[u8], truncated: bool) -> bool {
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = match std::str::from_utf8(body) {
        Ok(s) => s,
        // The 64 KiB cut may split the last character.
        Err(e) if truncated && e.error_len().is_none() => {
            std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    let mut chars = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        chars += 1;
        if c == '\0' {
            return false;
        }
        if (c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C'))
            || ('\u{80}'..='\u{9F}').contains(&c)
        {
            controls += 1;
        }
    }
    // "Almost none": one stray control character, or one in a thousand.
    if controls > 1 + chars / 1000 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let start = lower.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    const STARTS: [&str; 6] = ["<!doctype", "<html", "<?xml", "<svg", "<script", "#!"];
    const ANYWHERE: [&str; 6] = [
        "<html",
        "<script",
        "<svg",
        "<body",
        "<iframe",
        "<!doctype html",
    ];
    !STARTS.iter().any(|p| start.starts_with(p)) && !ANYWHERE.iter().any(|p| lower.contains(p))
}

/// Reads the end-of-central-directory record and checks the counts it announces before the
/// zip crate reads the whole directory into memory. ZIP64 archives are refused: no Office
/// document comes near 65,535 entries or 4 GiB.
fn zip_directory_is_sane(file: &mut File) -> io::Result<bool> {
    let len = file.metadata()?.len();
    if len < 22 {
        return Ok(false);
    }
    let tail_len = len.min(22 + 65_535);
    file.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = Vec::with_capacity(tail_len as usize);
    (&mut *file).take(tail_len).read_to_end(&mut tail)?;
    file.seek(SeekFrom::Start(0))?;
    let Some(at) = (0..=tail.len() - 22)
        .rev()
        .find(|&i| tail[i..].starts_with(b"PK\x05\x06"))
    else {
        return Ok(false);
    };
    let entries = u16::from_le_bytes([tail[at + 10], tail[at + 11]]) as u64;
    let size =
        u32::from_le_bytes([tail[at + 12], tail[at + 13], tail[at + 14], tail[at + 15]]) as u64;
    Ok(entries != 0xFFFF
        && size != 0xFFFF_FFFF
        && entries <= ZIP_MAX_ENTRIES
        && size <= ZIP_MAX_DIRECTORY)
}

/// Opens a ZIP after checking its directory, with the entry names it holds.
fn open_zip(mut file: File) -> anyhow::Result<(zip::ZipArchive<BufReader<File>>, ZipNames)> {
    if !zip_directory_is_sane(&mut file)? {
        bail!("the ZIP directory is missing or too large");
    }
    let archive = zip::ZipArchive::new(BufReader::new(file)).context("not a readable ZIP")?;
    let names = ZipNames::of(&archive);
    Ok((archive, names))
}

/// The entry names of a ZIP, found exactly or, as OPC part names are, case-insensitively.
struct ZipNames {
    names: Vec<String>,
    by_lower: HashMap<String, usize>,
}

impl ZipNames {
    fn of<R: Read + Seek>(archive: &zip::ZipArchive<R>) -> ZipNames {
        let names: Vec<String> = archive
            .file_names_raw()
            .map(|raw| String::from_utf8_lossy(raw).into_owned())
            .collect();
        let by_lower = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_lowercase(), i))
            .collect();
        ZipNames { names, by_lower }
    }

    /// The stored spelling of `name`, if the archive has it.
    fn get(&self, name: &str) -> Option<&str> {
        self.by_lower
            .get(&name.to_lowercase())
            .map(|&i| self.names[i].as_str())
    }

    fn any(&self, pred: impl Fn(&str) -> bool) -> bool {
        self.names.iter().any(|n| pred(&n.to_lowercase()))
    }

    /// Names of `dir` + `stem` + digits + `.xml` (case-insensitive), in numeric order.
    fn numbered(&self, dir: &str, stem: &str) -> Vec<String> {
        let prefix = format!("{dir}{stem}");
        let mut found: Vec<(u64, String)> = self
            .names
            .iter()
            .filter_map(|n| {
                let lower = n.to_lowercase();
                let digits = lower.strip_prefix(&prefix)?.strip_suffix(".xml")?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                Some((digits.parse().unwrap_or(u64::MAX), n.clone()))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, n)| n).collect()
    }
}

/// OOXML by `[Content_Types].xml` and its top folder; OpenDocument by its `mimetype` entry.
fn sniff_zip(file: File) -> Result<Kind, Refused> {
    let (mut archive, names) = open_zip(file).map_err(|_| Refused::NotAllowed)?;
    if names.get("[Content_Types].xml").is_some() {
        let families = [
            ("word/", Kind::Docx),
            ("xl/", Kind::Xlsx),
            ("ppt/", Kind::Pptx),
        ];
        let present: Vec<Kind> = families
            .iter()
            .filter(|(dir, _)| names.any(|n| n.starts_with(dir)))
            .map(|&(_, k)| k)
            .collect();
        let macros = names.any(|n| n.ends_with("vbaproject.bin") || n.contains("/macrosheets/"));
        return match present[..] {
            [kind] if !macros => Ok(kind),
            _ => Err(Refused::NotAllowed),
        };
    }
    if let Some(name) = names.get("mimetype").map(str::to_owned) {
        if names.any(|n| n.starts_with("basic/") || n.starts_with("scripts/")) {
            return Err(Refused::NotAllowed);
        }
        let mut mimetype = String::new();
        let entry = archive.by_name(&name).map_err(|_| Refused::NotAllowed)?;
        entry
            .take(200)
            .read_to_string(&mut mimetype)
            .map_err(|_| Refused::NotAllowed)?;
        return match mimetype.trim() {
            "application/vnd.oasis.opendocument.text" => Ok(Kind::Odt),
            "application/vnd.oasis.opendocument.spreadsheet" => Ok(Kind::Ods),
            "application/vnd.oasis.opendocument.presentation" => Ok(Kind::Odp),
            _ => Err(Refused::NotAllowed),
        };
    }
    Err(Refused::NotAllowed)
}

/// Word, Excel and PowerPoint 97–2003 by their main stream; other compound files (MSI
/// installers, encrypted OOXML, Outlook messages, …) are refused.
fn sniff_cfb(file: File) -> Result<Kind, Refused> {
    let cfb = cfb::CompoundFile::open(BufReader::new(file)).map_err(|_| Refused::NotAllowed)?;
    let kind = if cfb.is_stream("/WordDocument") {
        Kind::Doc
    } else if cfb.is_stream("/Workbook") || cfb.is_stream("/Book") {
        Kind::Xls
    } else if cfb.is_stream("/PowerPoint Document") {
        Kind::Ppt
    } else {
        return Err(Refused::NotAllowed);
    };
    if cfb.exists("/Macros") || cfb.exists("/_VBA_PROJECT_CUR") {
        return Err(Refused::NotAllowed);
    }
    Ok(kind)
}

// ---------------------------------------------------------------------------------------
// Text extraction
// ---------------------------------------------------------------------------------------

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
fn package(
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

/// Accumulates text: collapses whitespace (and control characters) into single spaces,
/// never starts or ends with one, and stops at `max` characters.
struct Collector {
    out: String,
    max: usize,
    count: usize,
    pending_space: bool,
}

impl Collector {
    fn new(max: usize) -> Collector {
        Collector {
            out: String::with_capacity(max.min(1 << 20)),
            max,
            count: 0,
            pending_space: false,
        }
    }

    fn full(&self) -> bool {
        self.count >= self.max
    }

    /// Marks a word boundary.
    fn sep(&mut self) {
        self.pending_space = true;
    }

    fn push(&mut self, c: char) {
        if self.full() {
            return;
        }
        if c.is_whitespace() || c.is_control() {
            self.pending_space = true;
            return;
        }
        if c == '\u{FEFF}' {
            return;
        }
        if self.pending_space && self.count > 0 {
            if self.count + 2 > self.max {
                self.count = self.max;
                return;
            }
            self.out.push(' ');
            self.count += 1;
        }
        self.pending_space = false;
        self.out.push(c);
        self.count += 1;
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if self.full() {
                return;
            }
            self.push(c);
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Text files, read in chunks until `max` characters are collected.
fn text_file(path: &Path, out: &mut Collector) -> anyhow::Result<()> {
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
struct Rules {
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
fn walk_xml<R: BufRead>(
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
struct Capped<R> {
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
struct Zip {
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

// ---------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------

mod pdf {
    //! PDF text through `pdf-extract` (on `lopdf`), with defences its decoders lack:
    //! - before parsing, every stream in the raw file is decoded into a counter (never into
    //!   memory), through nested Flate and ASCII85 layers as lopdf would decode them, and
    //!   the file is refused if one layer of one stream decodes past 128 MiB or everything
    //!   together past 512 MiB: lopdf inflates object and cross-reference streams while
    //!   loading, without limits;
    //! - encrypted files (we do not decrypt) and LZW streams (obsolete and unbounded in
    //!   lopdf) are refused the same way;
    //! - after loading, image data is dropped (text extraction never needs it) and pages
    //!   whose content streams add up to more than 32 MiB are refused;
    //! - extraction stops at the wanted number of characters or after 30 seconds.
    //!
    //! What remains is CPU time: a page may draw the same form thousands of times. Running
    //! extraction in a child process with resource limits is the complete answer.

    use super::{find, Collector};
    use anyhow::{bail, Context};
    use flate2::read::{DeflateDecoder, ZlibDecoder};
    use pdf_extract::{Document, MediaBox, Object, OutputDev, OutputError, Transform};
    use std::cell::Cell;
    use std::io::{self, BufReader, Read};
    use std::path::Path;
    use std::time::{Duration, Instant};

    /// Larger files are not parsed.
    const MAX_FILE: u64 = 256 << 20;
    /// The most one layer of one stream may decode to.
    const MAX_STREAM: u64 = 128 << 20;
    /// The most all streams of a file may decode to together. Scanned PDFs with Flate
    /// images can pass it; they have no text layer to lose.
    const MAX_INFLATED: u64 = 512 << 20;
    /// The most the content streams of one page may decode to (lopdf joins them in memory).
    const MAX_PAGE_CONTENT: u64 = 32 << 20;
    /// Extraction stops after this long, keeping the text found so far.
    const TIME_LIMIT: Duration = Duration::from_secs(30);

    pub(super) fn extract(path: &Path, out: &mut Collector) -> anyhow::Result<()> {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_FILE {
            bail!("the PDF is too large to index");
        }
        prescan(&bytes)?;
        let mut doc = Document::load_mem(&bytes).context("not a readable PDF")?;
        drop(bytes);
        if doc.is_encrypted() {
            bail!("the PDF is encrypted");
        }
        strip_images_and_check_pages(&mut doc)?;

        let mut sink = Sink::new(out.max);
        let result = pdf_extract::output_doc(&doc, &mut sink);
        let text = sink.text;
        if let Err(e) = result {
            if !sink.stopped && text.trim().is_empty() {
                return Err(anyhow::anyhow!("{e:?}")).context("the PDF text could not be read");
            }
        }
        for line in logical_order(&text).lines() {
            out.sep();
            for c in line.chars() {
                push_normalized(out, c);
            }
        }
        Ok(())
    }

    /// NFKC for presentation forms and ligatures only (glyph-level artefacts of how PDF
    /// fonts map to Unicode): `ﻣ` → `م`, `ﬁ` → `fi`. Everything else is kept as written.
    fn push_normalized(out: &mut Collector, c: char) {
        if matches!(c as u32, 0xFB00..=0xFB06 | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFC) {
            use unicode_normalization::UnicodeNormalization;
            for n in std::iter::once(c).nfkc() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }

    // --- bombs ---------------------------------------------------------------------

    /// One encoding lopdf may undo: Flate (zlib, or raw deflate after two bytes when zlib
    /// fails, as lopdf retries) and ASCII85. LZW is refused before this.
    #[derive(Clone, Copy)]
    enum Layer {
        Zlib,
        RawDeflate,
        Ascii85,
    }

    /// Measures what a stream decodes to, as lopdf would decode it, by streaming it through
    /// the decoders into a counter: nothing decoded is kept, whatever the nesting.
    struct Meter {
        /// The most one layer may decode to.
        limit: u64,
        /// Whether to try ASCII85 (only when the file names it: lopdf follows /Filter).
        ascii85: bool,
        /// Input bytes that ASCII85 layers may still read, for the whole file: ASCII85 runs
        /// until a byte outside its alphabet, so a crafted file could make every stream's
        /// attempt read to the end of the file.
        ascii85_budget: Cell<u64>,
    }

    impl Meter {
        fn new(limit: u64, ascii85: bool) -> Meter {
            Meter {
                limit,
                ascii85,
                ascii85_budget: Cell::new(256 << 20),
            }
        }

        fn open<'a>(&'a self, base: &'a [u8], chain: &[Layer]) -> Box<dyn Read + 'a> {
            let mut reader: Box<dyn Read + 'a> = Box::new(base);
            for layer in chain {
                reader = match layer {
                    Layer::Zlib => Box::new(ZlibDecoder::new(reader)),
                    Layer::RawDeflate => {
                        let mut two = [0u8; 2];
                        let _ = reader.read_exact(&mut two);
                        Box::new(DeflateDecoder::new(reader))
                    }
                    Layer::Ascii85 => Box::new(Ascii85 {
                        inner: BufReader::new(reader),
                        budget: &self.ascii85_budget,
                        group: 0,
                        count: 0,
                        pending: Vec::new(),
                        done: false,
                    }),
                };
            }
            reader
        }

        /// Bytes decoded through `chain` (to the end or the first error, as lopdf keeps a
        /// partial result); an error past the limit.
        fn count(&self, base: &[u8], chain: &[Layer]) -> anyhow::Result<u64> {
            let mut reader = self.open(base, chain);
            let mut buf = vec![0u8; 32 * 1024];
            let mut n = 0u64;
            while let Ok(k) = reader.read(&mut buf) {
                if k == 0 {
                    break;
                }
                n += k as u64;
                if n > self.limit {
                    bail!("the PDF decompresses to too much data");
                }
            }
            if self.ascii85_budget.get() == 0 {
                bail!("the PDF is too complex to index");
            }
            Ok(n)
        }

        /// The bytes a stream body decodes to through every layer found, summed.
        fn decoded_size(&self, body: &[u8]) -> anyhow::Result<u64> {
            let mut chain = Vec::new();
            let mut total = 0;
            while chain.len() < 16 {
                let mut found = 0;
                for layer in [Layer::Zlib, Layer::RawDeflate, Layer::Ascii85] {
                    if matches!(layer, Layer::Ascii85) && !self.ascii85 {
                        continue;
                    }
                    chain.push(layer);
                    found = self.count(body, &chain)?;
                    if found > 0 {
                        break;
                    }
                    chain.pop();
                }
                if found == 0 {
                    return Ok(total);
                }
                total += found;
            }
            bail!("the PDF nests encodings too deeply")
        }
    }

    /// ASCII85 decoding as lopdf does it (`z` is four zeros; it stops at the first byte
    /// outside the alphabet), reading from a budget.
    struct Ascii85<'a, R> {
        inner: BufReader<R>,
        budget: &'a Cell<u64>,
        group: u32,
        count: u8,
        pending: Vec<u8>,
        done: bool,
    }

    impl<R: Read> Read for Ascii85<'_, R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            while self.pending.len() < buf.len().max(4) && !self.done {
                let mut byte = [0u8; 1];
                if self.inner.read(&mut byte)? == 0 || self.budget.get() == 0 {
                    self.done = true;
                    break;
                }
                self.budget.set(self.budget.get() - 1);
                match byte[0] {
                    b if b.is_ascii_whitespace() => {}
                    b'z' if self.count == 0 => self.pending.extend_from_slice(&[0; 4]),
                    b @ b'!'..=b'u' => {
                        self.group = self.group.wrapping_mul(85).wrapping_add((b - b'!') as u32);
                        self.count += 1;
                        if self.count == 5 {
                            self.pending.extend_from_slice(&self.group.to_be_bytes());
                            (self.group, self.count) = (0, 0);
                        }
                    }
                    _ => self.done = true,
                }
            }
            let n = self.pending.len().min(buf.len());
            buf[..n].copy_from_slice(&self.pending[..n]);
            self.pending.drain(..n);
            Ok(n)
        }
    }

    /// Walks every `stream` keyword of the raw file (structure-independent, so hidden or
    /// broken objects are counted too) and checks names that we refuse.
    fn prescan(bytes: &[u8]) -> anyhow::Result<()> {
        prescan_with(bytes, MAX_STREAM, MAX_INFLATED)
    }

    fn prescan_with(bytes: &[u8], max_stream: u64, max_total: u64) -> anyhow::Result<()> {
        let mut ascii85 = false;
        for name in names(bytes) {
            match name.as_slice() {
                b"Encrypt" => bail!("the PDF is encrypted"),
                b"LZWDecode" | b"LZW" => bail!("the PDF uses LZW compression"),
                b"ASCII85Decode" | b"A85" => ascii85 = true,
                _ => {}
            }
        }
        let meter = Meter::new(max_stream, ascii85);
        let mut total = 0u64;
        let mut at = 0;
        while let Some(found) = find(&bytes[at..], b"stream") {
            let keyword = at + found;
            at = keyword + 6;
            if keyword >= 3 && &bytes[keyword - 3..keyword] == b"end" {
                continue;
            }
            let mut start = at;
            if bytes.get(start) == Some(&b'\r') {
                start += 1;
            }
            if bytes.get(start) == Some(&b'\n') {
                start += 1;
            }
            let size = meter.decoded_size(&bytes[start..])?;
            total += size;
            if total > max_total {
                bail!("the PDF decompresses to too much data");
            }
        }
        Ok(())
    }

    /// The PDF names (`/Name`, with `#xx` escapes decoded) in the raw bytes.
    fn names(bytes: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let slash = i + bytes.get(i..)?.iter().position(|&b| b == b'/')?;
            let mut name = Vec::new();
            let mut j = slash + 1;
            while let Some(&b) = bytes.get(j) {
                if b.is_ascii_whitespace() || b"/[]()<>{}%".contains(&b) || b == 0 {
                    break;
                }
                if b == b'#' {
                    if let Some(hex) = bytes.get(j + 1..j + 3) {
                        if let Ok(v) =
                            u8::from_str_radix(std::str::from_utf8(hex).unwrap_or("x"), 16)
                        {
                            name.push(v);
                            j += 3;
                            continue;
                        }
                    }
                }
                name.push(b);
                j += 1;
            }
            i = j.max(slash + 1);
            Some(name)
        })
    }

    fn strip_images_and_check_pages(doc: &mut Document) -> anyhow::Result<()> {
        for object in doc.objects.values_mut() {
            if let Object::Stream(stream) = object {
                let is_image = stream
                    .dict
                    .get(b"Subtype")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"Image");
                if is_image {
                    stream.set_content(Vec::new());
                }
            }
        }
        for (_, page) in doc.get_pages() {
            let mut total = 0u64;
            for id in doc.get_page_contents(page) {
                if let Ok(Object::Stream(stream)) = doc.get_object(id) {
                    let size = match stream.filters() {
                        Ok(filters) if !filters.is_empty() => {
                            let ascii85 = filters
                                .iter()
                                .any(|f| *f == b"ASCII85Decode" || *f == b"A85");
                            let meter = Meter::new(MAX_PAGE_CONTENT, ascii85);
                            meter
                                .decoded_size(&stream.content)?
                                .max(stream.content.len() as u64)
                        }
                        _ => stream.content.len() as u64,
                    };
                    total += size;
                }
                if total > MAX_PAGE_CONTENT {
                    bail!("a page of the PDF is too large to index");
                }
            }
        }
        Ok(())
    }

    // --- text ----------------------------------------------------------------------

    /// Collects characters like pdf-extract's plain-text output (new line when the baseline
    /// moves, space when a gap opens), stopping at `max` non-space characters or the time
    /// limit by failing the output (pdf-extract then stops).
    struct Sink {
        text: String,
        wanted: usize,
        seen: usize,
        stopped: bool,
        deadline: Instant,
        last_end: f64,
        last_y: f64,
        first_char: bool,
        page_height: f64,
    }

    impl Sink {
        fn new(wanted: usize) -> Sink {
            Sink {
                text: String::new(),
                wanted,
                seen: 0,
                stopped: false,
                deadline: Instant::now() + TIME_LIMIT,
                last_end: 100_000.0,
                last_y: 0.0,
                first_char: false,
                page_height: 0.0,
            }
        }

        fn check(&mut self) -> Result<(), OutputError> {
            if self.seen > self.wanted || Instant::now() > self.deadline {
                self.stopped = true;
                return Err(OutputError::FormatError(std::fmt::Error));
            }
            Ok(())
        }
    }

    impl OutputDev for Sink {
        fn begin_page(
            &mut self,
            _: u32,
            media_box: &MediaBox,
            _: Option<(f64, f64, f64, f64)>,
        ) -> Result<(), OutputError> {
            self.page_height = media_box.ury - media_box.lly;
            self.text.push('\n');
            self.check()
        }
        fn end_page(&mut self) -> Result<(), OutputError> {
            self.text.push('\n');
            self.check()
        }
        fn output_character(
            &mut self,
            trm: &Transform,
            width: f64,
            _: f64,
            font_size: f64,
            ch: &str,
        ) -> Result<(), OutputError> {
            let (x, y) = (trm.m31, self.page_height - trm.m32);
            let size_x = trm.m11 * font_size + trm.m21 * font_size;
            let size_y = trm.m12 * font_size + trm.m22 * font_size;
            let size = (size_x * size_y).abs().sqrt();
            if self.first_char {
                let dy = (y - self.last_y).abs();
                if dy > size * 1.5 || (x < self.last_end && dy > size * 0.5) {
                    self.text.push('\n');
                }
                if x > self.last_end + size * 0.1 {
                    self.text.push(' ');
                }
            }
            self.text.push_str(ch);
            self.seen += ch.chars().filter(|c| !c.is_whitespace()).count();
            self.first_char = false;
            self.last_y = y;
            self.last_end = x + width * size;
            self.check()
        }
        fn begin_word(&mut self) -> Result<(), OutputError> {
            self.first_char = true;
            Ok(())
        }
        fn end_word(&mut self) -> Result<(), OutputError> {
            Ok(())
        }
        fn end_line(&mut self) -> Result<(), OutputError> {
            Ok(())
        }
    }

    // --- right-to-left text ----------------------------------------------------------

    /// Right-to-left letters and marks (Hebrew, Arabic, Syriac, Thaana, NKo and their
    /// presentation forms).
    fn is_rtl(c: char) -> bool {
        matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFC)
    }

    /// Letters and digits that are not right-to-left.
    fn is_ltr_strong(c: char) -> bool {
        c.is_alphanumeric() && !is_rtl(c)
    }

    #[derive(PartialEq, Clone, Copy)]
    enum Form {
        Isolated,
        Final,
        Initial,
        Medial,
    }

    /// The positional form of an Arabic Presentation Forms-B letter.
    fn form(c: char) -> Option<Form> {
        // Group sizes from U+FE80 (hamza) to U+FEFC (lam-alef): 1, 2 or 4 forms each, in
        // the order isolated, final, initial, medial.
        const GROUPS: [u32; 40] = [
            1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 2, 2, 4, 2, 2, 2, 2,
        ];
        let code = c as u32;
        if !(0xFE80..=0xFEFC).contains(&code) {
            return None;
        }
        let mut start = 0xFE80;
        for size in GROUPS {
            if code < start + size {
                return Some(
                    [Form::Isolated, Form::Final, Form::Initial, Form::Medial]
                        [(code - start) as usize],
                );
            }
            start += size;
        }
        None
    }

    /// Whether the document's Arabic is in visual order: words that begin with a final form
    /// or end with an initial form (visual) against the reverse (logical); without
    /// presentation forms, words ending in "لا" (visual "ال", the article) against words
    /// beginning with "ال".
    fn looks_visual(text: &str) -> bool {
        let (mut visual, mut logical) = (0i64, 0i64);
        let (mut visual_al, mut logical_al) = (0i64, 0i64);
        for word in text
            .split(|c: char| !is_rtl(c))
            .filter(|w| w.chars().count() >= 2)
        {
            let first = word.chars().next();
            let last = word.chars().last();
            match (first.and_then(form), last.and_then(form)) {
                (Some(Form::Final), _) | (_, Some(Form::Initial)) => visual += 1,
                (Some(Form::Initial), _) | (_, Some(Form::Final)) => logical += 1,
                _ => {}
            }
            if word.chars().count() >= 3 {
                if word.starts_with("ال") {
                    logical_al += 1;
                }
                if word.ends_with("لا") {
                    visual_al += 1;
                }
            }
        }
        if visual + logical > 0 {
            visual > logical
        } else {
            visual_al > logical_al
        }
    }

    /// Puts right-to-left runs written in visual order back in logical order: within each
    /// line, every stretch from one RTL character to the last RTL character before a
    /// left-to-right letter or digit is reversed. Left-to-right text stays as it is, so a
    /// mixed line keeps every word readable (the order of runs may remain visual).
    pub(super) fn logical_order(text: &str) -> String {
        if !text.chars().any(is_rtl) || !looks_visual(text) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        for line in text.split('\n') {
            let chars: Vec<char> = line.chars().collect();
            // A line of right-to-left text alone (with spaces and punctuation) is reversed
            // whole, so that the full stop at its visual left comes last again.
            if !chars.iter().any(|&c| is_ltr_strong(c)) {
                out.extend(chars.iter().rev());
                out.push('\n');
                continue;
            }
            let mut i = 0;
            while i < chars.len() {
                if !is_rtl(chars[i]) {
                    out.push(chars[i]);
                    i += 1;
                    continue;
                }
                // Extend over RTL characters and neutrals, stopping before LTR strong chars.
                let mut end = i;
                let mut j = i;
                while j < chars.len() && !is_ltr_strong(chars[j]) {
                    if is_rtl(chars[j]) {
                        end = j;
                    }
                    j += 1;
                }
                out.extend(chars[i..=end].iter().rev());
                i = end + 1;
            }
            out.push('\n');
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn visual_arabic_is_reordered() {
            // "مكافحة الإرهاب" as Skia writes it: presentation forms, visual order.
            let visual: String = "مكافحة الإرهاب".chars().rev().collect();
            let shaped: String = visual
                .chars()
                .map(|c| match c {
                    'ة' => 'ﺔ',
                    'م' => 'ﻣ',
                    _ => c,
                })
                .collect();
            let fixed = logical_order(&shaped);
            let mut out = Collector::new(100);
            for c in fixed.chars() {
                push_normalized(&mut out, c);
            }
            assert_eq!(out.finish(), "مكافحة الإرهاب");
        }

        #[test]
        fn logical_arabic_is_kept() {
            let text = "مكافحة الإرهاب والتطرف العنيف";
            assert_eq!(logical_order(text), text);
        }

        #[test]
        fn deflate_bomb_is_refused() {
            use std::io::Write;
            let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            enc.write_all(&vec![0u8; 3 << 20]).unwrap();
            let bomb = enc.finish().unwrap();
            let mut pdf =
                b"%PDF-1.4\n1 0 obj\n<< /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
            pdf.extend_from_slice(&bomb);
            pdf.extend_from_slice(b"\nendstream\nendobj\n");
            // The real limits are 128/512 MiB; the same code runs here with 1/2 MiB.
            let err = prescan_with(&pdf, 1 << 20, 2 << 20)
                .unwrap_err()
                .to_string();
            assert!(err.contains("too much"), "{err}");
            assert!(prescan_with(&pdf, 8 << 20, 8 << 20).is_ok());
            // Two 3 MiB streams: each under the per-stream limit, together over the total.
            let mut two = pdf.clone();
            two.extend_from_slice(&pdf[9..]);
            assert!(prescan_with(&two, 4 << 20, 7 << 20).is_ok());
            let err = prescan_with(&two, 4 << 20, 5 << 20)
                .unwrap_err()
                .to_string();
            assert!(err.contains("too much"), "{err}");
            // A bomb inside a second layer of Flate.
            let mut outer =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            outer.write_all(&bomb).unwrap();
            let nested = outer.finish().unwrap();
            let mut pdf =
                b"%PDF-1.4\n1 0 obj\n<< /Filter [/FlateDecode /FlateDecode] >>\nstream\n".to_vec();
            pdf.extend_from_slice(&nested);
            assert!(prescan_with(&pdf, 1 << 20, 2 << 20).is_err());
            // A bomb behind 1 MiB of incompressible padding in the second layer: layers are
            // decoded as streams, not by looking at a prefix.
            let mut inner =
                flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
            let mut x = 0x2545_F491_4F6C_DD1Du64;
            let noise: Vec<u8> = (0..1 << 20)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            inner.write_all(&noise).unwrap();
            inner.write_all(&vec![0u8; 6 << 20]).unwrap();
            let mut layer2 = b"xx".to_vec();
            layer2.extend_from_slice(&inner.finish().unwrap());
            assert!(layer2.len() < 2 << 20, "{}", layer2.len());
            let mut outer =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            outer.write_all(&layer2).unwrap();
            let mut pdf = b"%PDF-1.4\n<< >>\nstream\n".to_vec();
            pdf.extend_from_slice(&outer.finish().unwrap());
            assert!(prescan_with(&pdf, 8 << 20, 16 << 20).is_ok());
            assert!(prescan_with(&pdf, 3 << 20, 16 << 20).is_err());
            // ASCII85 around Flate, only when the file names ASCII85.
            let a85 = ascii85_encode(&bomb);
            let mut pdf =
                b"%PDF-1.4\n<< /Filter [/ASCII85Decode /FlateDecode] >>\nstream\n".to_vec();
            pdf.extend_from_slice(&a85);
            pdf.extend_from_slice(b"~>\nendstream\n");
            assert!(prescan_with(&pdf, 1 << 20, 2 << 20).is_err());
            assert!(prescan_with(&pdf, 8 << 20, 8 << 20).is_ok());
        }

        fn ascii85_encode(data: &[u8]) -> Vec<u8> {
            let mut out = Vec::new();
            for chunk in data.chunks(4) {
                let mut group = [0u8; 4];
                group[..chunk.len()].copy_from_slice(chunk);
                let mut v = u32::from_be_bytes(group);
                let mut digits = [0u8; 5];
                for d in digits.iter_mut().rev() {
                    *d = b'!' + (v % 85) as u8;
                    v /= 85;
                }
                out.extend_from_slice(&digits[..chunk.len() + 1]);
            }
            out
        }

        #[test]
        fn ascii85_reader_matches_lopdf() {
            let data = b"Hello, ASCII85 world! 0123456789";
            let mut encoded = ascii85_encode(&data[..32]);
            encoded.extend_from_slice(b"~>");
            let meter = Meter::new(1 << 20, true);
            let mut decoded = Vec::new();
            meter
                .open(&encoded, &[Layer::Ascii85])
                .read_to_end(&mut decoded)
                .unwrap();
            assert_eq!(decoded, &data[..32]);
        }

        #[test]
        fn escaped_encrypt_name_is_seen() {
            let names: Vec<Vec<u8>> = names(b"<< /Encr#79pt 5 0 R /Size 3 >>").collect();
            assert!(names.contains(&b"Encrypt".to_vec()));
            assert!(prescan(b"trailer << /Encr#79pt 5 0 R >>").is_err());
        }
    }
}

// ---------------------------------------------------------------------------------------
// Download names
// ---------------------------------------------------------------------------------------

/// The longest download name, in characters (extension included).
const MAX_NAME: usize = 120;

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
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docgen;
    use std::io::Write;
    use std::path::PathBuf;

    const REPORT_PDF: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/library/report.pdf"
    );
    const GUIDANCE_DOCX: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/library/guidance.docx"
    );

    /// A file in the temp dir, removed when dropped.
    struct Temp(PathBuf);
    impl Temp {
        fn new(name: &str, bytes: &[u8]) -> Temp {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "gctcp-files-{}-{}-{name}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::write(&path, bytes).unwrap();
            Temp(path)
        }
    }
    impl Drop for Temp {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    fn sniff_bytes(bytes: &[u8]) -> Result<Kind, Refused> {
        sniff(&Temp::new("sniff", bytes).0)
    }

    fn text_of(bytes: &[u8], kind: Kind) -> String {
        extract_text(&Temp::new("extract", bytes).0, kind, 100_000).unwrap()
    }

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        for (name, data) in entries {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn codes_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
            assert!(!kind.mime().is_empty());
            assert!(kind.accepted_extensions().contains(&kind.extension()));
        }
        assert_eq!(Kind::from_code("exe"), None);
        assert_eq!(Kind::Jpeg.extension(), "jpg");
        assert_eq!(Kind::Text.extension(), "txt");
        let previewable: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.previewable()).collect();
        assert_eq!(previewable, [Kind::Pdf, Kind::Png, Kind::Jpeg]);
    }

    #[test]
    fn fixtures_are_sniffed() {
        assert_eq!(sniff(Path::new(REPORT_PDF)), Ok(Kind::Pdf));
        assert_eq!(sniff(Path::new(GUIDANCE_DOCX)), Ok(Kind::Docx));
    }

    #[test]
    fn signatures_are_sniffed() {
        assert_eq!(sniff_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Ok(Kind::Png));
        assert_eq!(sniff_bytes(b"\xFF\xD8\xFF\xE0\0\x10JFIF\0"), Ok(Kind::Jpeg));
        assert_eq!(sniff_bytes(b"junk\n%PDF-1.7\n"), Ok(Kind::Pdf));
        assert_eq!(
            sniff_bytes("Réunion du groupe de travail\r\nДата: 12.03\tالمكان\n".as_bytes()),
            Ok(Kind::Text)
        );
        assert_eq!(
            sniff_bytes(b"\xEF\xBB\xBFname,country\nA,KEN\n"),
            Ok(Kind::Text)
        );
    }

    #[test]
    fn dangerous_and_unknown_files_are_refused() {
        let refused = [
            b"<!DOCTYPE html><html><body><script>alert(1)</script>%PDF-1.4".as_slice(),
            b"<html><body>%PDF-1.4</body></html>",
            b"\n  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            b"<?xml version=\"1.0\"?><svg/>",
            b"#!/bin/sh\nrm -rf /\n",
            b"Notes\n<iframe src=x></iframe>\n",
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0",
            b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
            b"\xCF\xFA\xED\xFE\x07\0\0\x01",
            b"\x1F\x8B\x08\0\0\0\0\0",
            b"Rar!\x1A\x07\x01\0",
            b"text with \x1B[31m many \x1B[0m escape \x1B[1m codes \x1B[0m",
            b"\xFF\xFEh\0i\0",
        ];
        for bytes in refused {
            assert_eq!(
                sniff_bytes(bytes),
                Err(Refused::NotAllowed),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
        assert_eq!(sniff_bytes(b""), Err(Refused::Empty));
        let random_zip = zip_of(&[("readme.txt", b"hello"), ("bin/tool.exe", b"MZ")]);
        assert_eq!(sniff_bytes(&random_zip), Err(Refused::NotAllowed));
        let macro_docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
            ("word/vbaProject.bin", b"\xD0\xCF"),
        ]);
        assert_eq!(sniff_bytes(&macro_docx), Err(Refused::NotAllowed));
        let odf_template = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.graphics")]);
        assert_eq!(sniff_bytes(&odf_template), Err(Refused::NotAllowed));
        assert_eq!(
            sniff(Path::new("/nonexistent/gctcp/file")),
            Err(Refused::NotAllowed)
        );
    }

    #[test]
    fn html_renamed_pdf_is_refused() {
        let t = Temp::new(
            "invoice.pdf",
            b"<html><head><title>Invoice</title></head><body>pay</body></html>",
        );
        assert_eq!(sniff(&t.0), Err(Refused::NotAllowed));
    }

    #[test]
    fn compound_files_are_classified() {
        fn cfb_with(streams: &[&str]) -> Vec<u8> {
            let mut c = cfb::CompoundFile::create(io::Cursor::new(Vec::new())).unwrap();
            for s in streams {
                if s.ends_with('/') {
                    c.create_storage(s.trim_end_matches('/')).unwrap();
                } else {
                    c.create_stream(s).unwrap().write_all(b"data").unwrap();
                }
            }
            c.flush().unwrap();
            c.into_inner().into_inner()
        }
        assert_eq!(
            sniff_bytes(&cfb_with(&["/WordDocument", "/1Table"])),
            Ok(Kind::Doc)
        );
        assert_eq!(sniff_bytes(&cfb_with(&["/Workbook"])), Ok(Kind::Xls));
        assert_eq!(sniff_bytes(&cfb_with(&["/Book"])), Ok(Kind::Xls));
        assert_eq!(
            sniff_bytes(&cfb_with(&["/PowerPoint Document", "/Current User"])),
            Ok(Kind::Ppt)
        );
        assert_eq!(
            sniff_bytes(&cfb_with(&["/WordDocument", "/Macros/"])),
            Err(Refused::NotAllowed)
        );
        assert_eq!(
            sniff_bytes(&cfb_with(&["/EncryptionInfo", "/EncryptedPackage"])),
            Err(Refused::NotAllowed)
        );
        assert_eq!(
            sniff_bytes(&cfb_with(&["/SummaryInformation"])),
            Err(Refused::NotAllowed)
        );
    }

    #[test]
    fn report_pdf_text() {
        let text = extract_text(Path::new(REPORT_PDF), Kind::Pdf, 100_000).unwrap();
        assert!(
            text.contains("Border security and biometrics: practical guidance"),
            "{text}"
        );
        assert!(
            text.contains("interoperability") && text.contains("watchlists"),
            "{text}"
        );
        assert!(
            text.contains("Противодействие финансированию терроризма"),
            "{text}"
        );
        assert!(text.contains("биометрия"), "{text}");
        assert!(text.contains("مكافحة الإرهاب"), "{text}");
        assert!(text.contains("边境安全"), "{text}");
        assert!(!text.contains("  ") && !text.contains('\n'), "{text}");
    }

    #[test]
    fn guidance_docx_text() {
        let text = extract_text(Path::new(GUIDANCE_DOCX), Kind::Docx, 100_000).unwrap();
        assert!(
            text.starts_with("Guidance on protecting soft targets "),
            "{text}"
        );
        assert!(
            text.contains("vulnerability assessment") && text.contains("stadiums"),
            "{text}"
        );
        assert!(text.contains("Защита уязвимых объектов"), "{text}");
        assert!(text.contains("حماية الأهداف الضعيفة"), "{text}");
        assert!(text.contains("软目标保护"), "{text}");
    }

    #[test]
    fn max_chars_is_respected() {
        for (path, kind) in [(REPORT_PDF, Kind::Pdf), (GUIDANCE_DOCX, Kind::Docx)] {
            for max in [1, 7, 40, 100] {
                let text = extract_text(Path::new(path), kind, max).unwrap();
                assert!(text.chars().count() <= max, "{max}: {text}");
                assert!(text.chars().count() >= max - 1, "{max}: {text}");
                assert_eq!(text.trim(), text);
            }
            assert_eq!(extract_text(Path::new(path), kind, 0).unwrap(), "");
        }
        let t = Temp::new("long.txt", "слово ".repeat(50_000).as_bytes());
        let text = extract_text(&t.0, Kind::Text, 1000).unwrap();
        assert_eq!(text.chars().count(), 1000);
        assert!(
            text.starts_with("слово слово ") && text.ends_with(" слов"),
            "{text}"
        );
    }

    #[test]
    fn text_files_are_collapsed_and_decoded() {
        let bytes = "\u{FEFF}  Meeting\r\n\r\n\tnotes:  Встреча\x0C 会议  \n".as_bytes();
        assert_eq!(text_of(bytes, Kind::Text), "Meeting notes: Встреча 会议");
        // A multi-byte character across the 64 KiB read boundary survives.
        let mut long = "a".repeat(HEAD - 1);
        long.push('ж');
        long.push_str(" end");
        assert!(text_of(long.as_bytes(), Kind::Text).ends_with("aж end"));
        assert_eq!(
            text_of(b"ok \xFF\xFE bad", Kind::Text),
            "ok \u{FFFD}\u{FFFD} bad"
        );
    }

    #[test]
    fn docgen_outputs_sniff_and_extract() {
        let paragraphs = [
            "Counter-terrorism coordination: interoperability of watchlists.",
            "Противодействие финансированию терроризма",
            "مكافحة الإرهاب",
            "边境安全 & <cooperation>",
        ];
        let docx = docgen::docx("Annual report", &paragraphs);
        assert_eq!(sniff_bytes(&docx), Ok(Kind::Docx));
        let text = text_of(&docx, Kind::Docx);
        assert!(text.starts_with("Annual report"), "{text}");
        for p in paragraphs {
            assert!(text.contains(p), "{p} in {text}");
        }

        let odt = docgen::odt("Annual report", &paragraphs);
        assert_eq!(sniff_bytes(&odt), Ok(Kind::Odt));
        let text = text_of(&odt, Kind::Odt);
        assert!(text.starts_with("Annual report"), "{text}");
        for p in paragraphs {
            assert!(text.contains(p), "{p} in {text}");
        }

        let slides = [
            "First slide\nwith two lines",
            "Вторая страница",
            "الشريحة الثالثة",
        ];
        let pptx = docgen::pptx("Briefing", &slides);
        assert_eq!(sniff_bytes(&pptx), Ok(Kind::Pptx));
        assert_eq!(
            text_of(&pptx, Kind::Pptx),
            "Briefing First slide with two lines Вторая страница الشريحة الثالثة"
        );

        let rows = vec![
            vec![
                "Entity".to_string(),
                "Country".to_string(),
                "Budget".to_string(),
            ],
            vec![
                "UNODC".to_string(),
                "Кения".to_string(),
                "1200.5".to_string(),
            ],
            vec![
                "CTED & OICT".to_string(),
                "مصر".to_string(),
                "007".to_string(),
            ],
        ];
        let xlsx = docgen::xlsx("Budget 2025", &rows);
        assert_eq!(sniff_bytes(&xlsx), Ok(Kind::Xlsx));
        let text = text_of(&xlsx, Kind::Xlsx);
        for word in [
            "Entity",
            "Country",
            "UNODC",
            "Кения",
            "CTED & OICT",
            "مصر",
            "007",
        ] {
            assert!(text.contains(word), "{word} in {text}");
        }

        let long: Vec<String> = (0..120)
            .map(|i| format!("Paragraph {i}: the interoperability of national watchlists — café, naïve, 50 €."))
            .collect();
        let long_refs: Vec<&str> = long.iter().map(String::as_str).collect();
        let pdf = docgen::pdf("Border security", &long_refs);
        assert_eq!(sniff_bytes(&pdf), Ok(Kind::Pdf));
        let text = text_of(&pdf, Kind::Pdf);
        assert!(text.starts_with("Border security Paragraph 0:"), "{text}");
        assert!(
            text.contains(
                "Paragraph 119: the interoperability of national watchlists — café, naïve, 50 €."
            ),
            "{text}"
        );
        let cyrillic = docgen::pdf("Заголовок", &["Текст"]);
        assert_eq!(text_of(&cyrillic, Kind::Pdf), "????????? ?????");
    }

    #[test]
    fn zip_bombs_are_cut() {
        // The real caps are 64/128 MiB; the same code runs here with 1/2 MiB.
        let mut xml = b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>start ".to_vec();
        xml.extend(std::iter::repeat_n(b' ', 4 << 20));
        xml.extend_from_slice(b"end</w:t></w:r></w:p></w:body></w:document>");
        let footer = b"<w:ftr xmlns:w=\"w\"><w:p><w:r><w:t>footer</w:t></w:r></w:p></w:ftr>";
        let bomb = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", &xml),
            ("word/footer1.xml", footer),
        ]);
        assert!(bomb.len() < 64 << 10);
        assert_eq!(sniff_bytes(&bomb), Ok(Kind::Docx));
        // Unbounded, the whole text.
        assert_eq!(text_of(&bomb, Kind::Docx), "start end footer");
        let t = Temp::new("bomb.docx", &bomb);
        let mut out = Collector::new(1000);
        package(&t.0, Kind::Docx, &mut out, 1 << 20, 2 << 20).unwrap();
        assert_eq!(out.finish(), "start footer");
        let mut out = Collector::new(1000);
        package(&t.0, Kind::Docx, &mut out, 1 << 20, 1 << 20).unwrap();
        assert_eq!(out.finish(), "start");
    }

    #[test]
    fn broken_files_give_errors_not_panics() {
        for kind in [Kind::Pdf, Kind::Docx, Kind::Xlsx, Kind::Pptx, Kind::Odt] {
            let t = Temp::new(
                "broken",
                b"%PDF-1.4\nPK\x03\x04 this is not really anything",
            );
            assert!(extract_text(&t.0, kind, 100).is_err(), "{kind:?}");
        }
        let t = Temp::new("image", b"\x89PNG\r\n\x1a\n");
        assert!(extract_text(&t.0, Kind::Png, 100).is_err());
        assert!(extract_text(Path::new("/nonexistent/gctcp"), Kind::Text, 100).is_err());
    }

    #[test]
    fn download_names() {
        assert_eq!(
            sanitize_filename("../../etc/passwd", Kind::Text),
            "passwd.txt"
        );
        assert_eq!(
            sanitize_filename("..\\..\\Windows\\system.ini", Kind::Text),
            "system.txt"
        );
        assert_eq!(
            sanitize_filename("invoice\u{202E}fdp.exe", Kind::Pdf),
            "invoicefdp.pdf"
        );
        assert_eq!(sanitize_filename("report.exe", Kind::Pdf), "report.pdf");
        assert_eq!(
            sanitize_filename("تقرير مكافحة الإرهاب.pdf", Kind::Pdf),
            "تقرير مكافحة الإرهاب.pdf"
        );
        assert_eq!(
            sanitize_filename("Доклад (итог).docx", Kind::Docx),
            "Доклад (итог).docx"
        );
        assert_eq!(sanitize_filename("边境安全.pdf", Kind::Pdf), "边境安全.pdf");
        assert_eq!(sanitize_filename("photo.JPEG", Kind::Jpeg), "photo.JPEG");
        assert_eq!(sanitize_filename("photo.png", Kind::Jpeg), "photo.jpg");
        assert_eq!(sanitize_filename("NOTES.TXT", Kind::Text), "NOTES.TXT");
        assert_eq!(
            sanitize_filename("contacts.csv", Kind::Text),
            "contacts.csv"
        );
        assert_eq!(sanitize_filename("run.js", Kind::Text), "run.txt");
        assert_eq!(
            sanitize_filename("Minutes v1.2", Kind::Docx),
            "Minutes v1.2.docx"
        );
        assert_eq!(
            sanitize_filename("  \"Plan\":\tfinal\n\n  draft  ", Kind::Odt),
            "Plan final draft.odt"
        );
        assert_eq!(sanitize_filename("...hidden", Kind::Text), "hidden.txt");
        assert_eq!(sanitize_filename("", Kind::Pdf), "file.pdf");
        assert_eq!(sanitize_filename("../..", Kind::Pdf), "file.pdf");
        assert_eq!(sanitize_filename("\u{0}\u{7}\u{1B}", Kind::Png), "file.png");
        assert_eq!(sanitize_filename("con.txt", Kind::Text), "_con.txt");
        assert_eq!(
            sanitize_filename("a\u{200B}b\u{2066}c", Kind::Pdf),
            "abc.pdf"
        );
        assert_eq!(
            sanitize_filename("«Итоги» — 2025", Kind::Pdf),
            "Итоги 2025.pdf"
        );
        let long = format!("{}.pdf", "Очень длинное название ".repeat(20));
        let safe = sanitize_filename(&long, Kind::Pdf);
        assert!(
            safe.chars().count() <= MAX_NAME && safe.chars().count() > 100,
            "{safe}"
        );
        assert!(
            safe.starts_with("Очень длинное") && safe.ends_with(".pdf") && !safe.contains(" .pdf"),
            "{safe}"
        );
    }
}
