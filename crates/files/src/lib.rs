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

mod collect;
pub mod extract;
pub mod filename;
pub mod kind;
mod pdf;
pub mod photo;
pub mod sniff;

pub use extract::extract_text;
pub use filename::sanitize_filename;
pub use kind::{Kind, Refused};
pub use sniff::sniff;

#[cfg(test)]
mod tests;

/// An uploaded file judged acceptable: its kind (from the bytes) and the name it is
/// stored and downloaded under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub kind: Kind,
    pub filename: String,
}

/// The one acceptance check for every file that enters the library (uploads, demo
/// data): the type read from the bytes, the name made safe and matching the type.
/// Blocking (reads the file's head and, for ZIP and OLE2 files, their directories).
pub fn accept(path: &std::path::Path, filename: &str) -> Result<Accepted, Refused> {
    let kind = sniff(path)?;
    Ok(Accepted {
        kind,
        filename: sanitize_filename(filename, kind),
    })
}
