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

use crate::collect::Collector;
use crate::sniff::find;
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
                    if let Ok(v) = u8::from_str_radix(std::str::from_utf8(hex).unwrap_or("x"), 16) {
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
        1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 2, 2, 4, 2, 2, 2, 2,
    ];
    let code = c as u32;
    if !(0xFE80..=0xFEFC).contains(&code) {
        return None;
    }
    let mut start = 0xFE80;
    for size in GROUPS {
        if code < start + size {
            return Some(
                [Form::Isolated, Form::Final, Form::Initial, Form::Medial][(code - start) as usize],
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
        let mut pdf = b"%PDF-1.4\n1 0 obj\n<< /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
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
        let mut outer = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        outer.write_all(&bomb).unwrap();
        let nested = outer.finish().unwrap();
        let mut pdf =
            b"%PDF-1.4\n1 0 obj\n<< /Filter [/FlateDecode /FlateDecode] >>\nstream\n".to_vec();
        pdf.extend_from_slice(&nested);
        assert!(prescan_with(&pdf, 1 << 20, 2 << 20).is_err());
        // A bomb behind 1 MiB of incompressible padding in the second layer: layers are
        // decoded as streams, not by looking at a prefix.
        let mut inner = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
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
        let mut outer = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        outer.write_all(&layer2).unwrap();
        let mut pdf = b"%PDF-1.4\n<< >>\nstream\n".to_vec();
        pdf.extend_from_slice(&outer.finish().unwrap());
        assert!(prescan_with(&pdf, 8 << 20, 16 << 20).is_ok());
        assert!(prescan_with(&pdf, 3 << 20, 16 << 20).is_err());
        // ASCII85 around Flate, only when the file names ASCII85.
        let a85 = ascii85_encode(&bomb);
        let mut pdf = b"%PDF-1.4\n<< /Filter [/ASCII85Decode /FlateDecode] >>\nstream\n".to_vec();
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
