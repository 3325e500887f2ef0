//! The crate's tests: sniffing, extraction (on real and generated files), names.

use crate::collect::Collector;
use crate::extract::*;
use crate::filename::*;
use crate::kind::*;
use crate::sniff::*;
use gctcp_demo::docgen;
use std::io::{self, Write};
use std::path::Path;
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
        .map(|i| {
            format!(
                "Paragraph {i}: the interoperability of national watchlists — café, naïve, 50 €."
            )
        })
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
