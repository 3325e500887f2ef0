//! A person's folded name summed up in two words kept in their entry, so that ordering a
//! search's matches (name beginning with the first term, then every term beginning a word
//! of the name, then the rest) reads the name itself only for the few entries that may
//! qualify. A search visits tens of thousands of entries; reading each name from wherever
//! it lives cost more than everything else the visit does.

use gctcp_domain::directory::{is_cjk, term_matches};

/// The name's first eight bytes, and a 64-bit Bloom filter of how its words begin.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Probe {
    head: u64,
    starts: u64,
}

/// The filter bit of a word's first byte alone (`None`) or of its first two bytes.
fn bit(first: u8, second: Option<u8>) -> u64 {
    let key = match second {
        None => first as u32,
        Some(b) => first as u32 | (b as u32) << 8 | 1 << 16,
    };
    1 << (key.wrapping_mul(0x9E37_79B1) >> 26)
}

/// Up to eight bytes as one word (missing bytes zero), and the mask of those present.
fn word(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len().min(8);
    let mut b = [0u8; 8];
    b[..n].copy_from_slice(&bytes[..n]);
    let mask = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (u64::from_le_bytes(b), mask)
}

impl Probe {
    pub(super) fn of(name: &str) -> Probe {
        let bytes = name.as_bytes();
        let mut starts = 0;
        let mut after_letter = false;
        // A word begins where a letter or digit follows none (`term_matches`).
        for (at, c) in name.char_indices() {
            let letter = c.is_alphanumeric();
            if letter && !after_letter {
                starts |= bit(bytes[at], None);
                if let Some(&b) = bytes.get(at + 1) {
                    starts |= bit(bytes[at], Some(b));
                }
            }
            after_letter = letter;
        }
        Probe {
            head: word(bytes).0,
            starts,
        }
    }
}

/// A query's terms, ready to be tested against entries.
pub(super) struct Names<'a> {
    terms: &'a [String],
    /// The first term's first eight bytes and their mask, when it holds no zero byte
    /// (a name shorter than the term then differs in its zero padding).
    head: Option<(u64, u64)>,
    /// Each term's filter bit (`None`: not a word beginning that the filter knows).
    bits: Vec<Option<u64>>,
}

impl<'a> Names<'a> {
    pub(super) fn new(terms: &'a [String]) -> Names<'a> {
        let prefix = terms.first().map(String::as_bytes).unwrap_or(b"");
        Names {
            terms,
            head: (!prefix.contains(&0)).then(|| word(prefix)),
            bits: terms
                .iter()
                .map(|t| {
                    let b = t.as_bytes();
                    let plain = !t.is_empty()
                        && !t.chars().any(is_cjk)
                        && t.chars().all(char::is_alphanumeric);
                    plain.then(|| bit(b[0], b.get(1).copied()))
                })
                .collect(),
        }
    }

    /// Whether the name begins with the first term (never, without terms).
    pub(super) fn prefix_of(&self, probe: Probe, name: &str) -> bool {
        let Some(prefix) = self.terms.first().filter(|p| !p.is_empty()) else {
            return false;
        };
        match self.head {
            Some((value, mask)) if probe.head & mask != value => false,
            Some(_) if prefix.len() <= 8 => true,
            _ => name.starts_with(prefix.as_str()),
        }
    }

    /// Whether every term begins a word of the name (never, without terms).
    pub(super) fn all_begin_words(&self, probe: Probe, name: &str) -> bool {
        !self.terms.is_empty()
            && !self.terms[0].is_empty()
            && self
                .bits
                .iter()
                .all(|b| b.is_none_or(|b| probe.starts & b != 0))
            && self.terms.iter().all(|t| term_matches(name, t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probe decides exactly as reading the name does, for every term that is a piece
    /// of one of the names (and some that are not), alone and in pairs.
    #[test]
    fn the_probe_decides_as_the_name_does() {
        let names = [
            "",
            "a",
            "ab",
            "jose maria lopez",
            "o'neil-smith jr",
            "ivan petrov",
            "محمد الحداد",
            "王小明",
            "anna-lena müller-lüdenscheidt",
            "x1 2y z",
            "abcdefghijklmno",
            "abcdefgh",
        ];
        let mut terms: Vec<String> = vec![
            String::new(),
            "\0".into(),
            "a\0".into(),
            "zzz".into(),
            "abcdefghij".into(),
            "abcdefgh".into(),
            "abcdefghx".into(),
        ];
        for n in &names {
            let chars: Vec<char> = n.chars().collect();
            for i in 0..chars.len() {
                for j in i + 1..=chars.len().min(i + 10) {
                    terms.push(chars[i..j].iter().collect());
                }
            }
        }
        for name in names {
            let probe = Probe::of(name);
            for (k, t) in terms.iter().enumerate() {
                for query in [
                    vec![t.clone()],
                    vec![t.clone(), terms[(k * 7) % terms.len()].clone()],
                ] {
                    let q = Names::new(&query);
                    let first = &query[0];
                    assert_eq!(
                        q.prefix_of(probe, name),
                        !first.is_empty() && name.starts_with(first.as_str()),
                        "prefix {query:?} of {name:?}"
                    );
                    assert_eq!(
                        q.all_begin_words(probe, name),
                        !first.is_empty() && query.iter().all(|t| term_matches(name, t)),
                        "words {query:?} of {name:?}"
                    );
                }
            }
        }
    }
}
