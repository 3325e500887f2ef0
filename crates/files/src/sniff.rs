//! The type of a file, from its bytes only.

use crate::kind::{Kind, Refused};
use anyhow::{bail, Context};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// How much of a file's start is read to decide its type (and, for text, checked).
pub(crate) const HEAD: usize = 64 * 1024;
/// The most entries a ZIP may list before it is even opened (Office files have tens to a
/// few thousand); bounds the memory of reading a hostile central directory.
pub(crate) const ZIP_MAX_ENTRIES: u64 = 20_000;
/// The largest ZIP central directory accepted, for the same reason.
pub(crate) const ZIP_MAX_DIRECTORY: u64 = 8 << 20;
/// Decompressed bytes read from one ZIP entry at most (zip bombs).
pub(crate) const ZIP_ENTRY_LIMIT: u64 = 64 << 20;
/// Decompressed bytes read from all the entries of one ZIP at most (zip bombs).
pub(crate) const ZIP_TOTAL_LIMIT: u64 = 128 << 20;

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
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    catch_unwind(AssertUnwindSafe(f)).ok()
}

/// `%PDF-` within the first 1024 bytes (readers accept a little junk before the header),
/// but not after markup: an HTML page that merely contains `%PDF-` stays HTML.
pub(crate) fn is_pdf(head: &[u8]) -> bool {
    let window = &head[..head.len().min(1024)];
    match find(window, b"%PDF-") {
        Some(at) => !window[..at].contains(&b'<'),
        None => false,
    }
}

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Plain UTF-8 text that is not markup or a script. Checks the first 64 KiB only.
pub(crate) fn is_plain_text(head: &[u8], truncated: bool) -> bool {
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
pub(crate) fn zip_directory_is_sane(file: &mut File) -> io::Result<bool> {
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
pub(crate) fn open_zip(
    mut file: File,
) -> anyhow::Result<(zip::ZipArchive<BufReader<File>>, ZipNames)> {
    if !zip_directory_is_sane(&mut file)? {
        bail!("the ZIP directory is missing or too large");
    }
    let archive = zip::ZipArchive::new(BufReader::new(file)).context("not a readable ZIP")?;
    let names = ZipNames::of(&archive);
    Ok((archive, names))
}

/// The entry names of a ZIP, found exactly or, as OPC part names are, case-insensitively.
pub(crate) struct ZipNames {
    names: Vec<String>,
    by_lower: HashMap<String, usize>,
}

impl ZipNames {
    pub(crate) fn of<R: Read + Seek>(archive: &zip::ZipArchive<R>) -> ZipNames {
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
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.by_lower
            .get(&name.to_lowercase())
            .map(|&i| self.names[i].as_str())
    }

    pub(crate) fn any(&self, pred: impl Fn(&str) -> bool) -> bool {
        self.names.iter().any(|n| pred(&n.to_lowercase()))
    }

    /// Names of `dir` + `stem` + digits + `.xml` (case-insensitive), in numeric order.
    pub(crate) fn numbered(&self, dir: &str, stem: &str) -> Vec<String> {
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
pub(crate) fn sniff_zip(file: File) -> Result<Kind, Refused> {
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
pub(crate) fn sniff_cfb(file: File) -> Result<Kind, Refused> {
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
