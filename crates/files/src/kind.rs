//! The file kinds the library accepts, and why a file is refused.

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
    pub(crate) fn accepted_extensions(self) -> &'static [&'static str] {
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
