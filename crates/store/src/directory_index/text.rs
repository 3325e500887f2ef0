//! Each listed person's own text (`directory::doc_text`: name, title, e-mail and office),
//! searched in memory. A search for a term the node has not seen before asked the
//! database's text index (pg_trgm, FTS5), which found and rechecked its rows: about
//! 0.7 ms of PostgreSQL's time for a new three-letter query at 100,000 people, the
//! largest part of such a search. Here a term of three bytes or more is looked up by its
//! byte trigrams (a text holds the term only if it holds every one of them) and
//! confirmed on the text itself; a shorter one is looked for in every text, as the
//! database's LIKE did. The same substring rule as before, on either database.
//!
//! Kept with the snapshot and brought forward with it: a change re-reads the people it
//! names, whose texts leave their trigrams' lists and come back in new places.

use crate::follow::intersect;
use std::collections::HashMap;
use std::sync::Arc;

/// The distinct byte trigrams of a text, as 24-bit keys, sorted.
fn grams(s: &str) -> Vec<u32> {
    let mut g: Vec<u32> = s
        .as_bytes()
        .windows(3)
        .map(|w| (w[0] as u32) << 16 | (w[1] as u32) << 8 | w[2] as u32)
        .collect();
    g.sort_unstable();
    g.dedup();
    g
}

#[derive(Clone, Default)]
pub(super) struct OwnText {
    /// Each text in its place, with its person; a place emptied by a change stays empty
    /// (the lists below stay ascending) until the whole is laid out again.
    places: Vec<Option<(i64, Arc<str>)>>,
    place_of: HashMap<i64, u32>,
    /// For each trigram, the places of the texts holding it, ascending.
    grams: HashMap<u32, Arc<[u32]>>,
}

impl OwnText {
    /// Every person's text, laid out afresh.
    pub(super) fn new<'a>(texts: impl Iterator<Item = (i64, &'a str)>) -> OwnText {
        let mut lists: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut out = OwnText::default();
        for (id, text) in texts {
            let at = out.places.len() as u32;
            for g in grams(text) {
                lists.entry(g).or_default().push(at);
            }
            out.places.push(Some((id, Arc::from(text))));
            out.place_of.insert(id, at);
        }
        out.grams = lists.into_iter().map(|(g, l)| (g, l.into())).collect();
        out
    }

    /// This text with the people `ids` taken out and `texts` (those of them still
    /// listed) put back.
    pub(super) fn with<'a>(
        &self,
        ids: &[i64],
        texts: impl Iterator<Item = (i64, &'a str)>,
    ) -> OwnText {
        let mut next = self.clone();
        let mut gone: HashMap<u32, Vec<u32>> = HashMap::new();
        for id in ids {
            let Some(at) = next.place_of.remove(id) else {
                continue;
            };
            if let Some((_, text)) = next.places[at as usize].take() {
                for g in grams(&text) {
                    gone.entry(g).or_default().push(at);
                }
            }
        }
        let mut added: HashMap<u32, Vec<u32>> = HashMap::new();
        for (id, text) in texts {
            if next.place_of.contains_key(&id) {
                continue;
            }
            let at = next.places.len() as u32;
            for g in grams(text) {
                added.entry(g).or_default().push(at);
            }
            next.places.push(Some((id, Arc::from(text))));
            next.place_of.insert(id, at);
        }
        let live = next.place_of.len();
        if next.places.len() > 2 * live + 1024 {
            // Mostly emptied places: lay the rest out again.
            let texts: Vec<(i64, Arc<str>)> = next.places.into_iter().flatten().collect();
            return OwnText::new(texts.iter().map(|(id, t)| (*id, &**t)));
        }
        // Sorted, so that taking them out of a list of 100,000 halves instead of scanning.
        gone.values_mut().for_each(|l| l.sort_unstable());
        let mut touched: Vec<u32> = gone.keys().chain(added.keys()).copied().collect();
        touched.sort_unstable();
        touched.dedup();
        for g in touched {
            let old = next.grams.get(&g).map(|l| &l[..]).unwrap_or(&[]);
            let out = gone.get(&g).map(|l| &l[..]).unwrap_or(&[]);
            // New places come after every old one: appended, the list stays ascending.
            let list: Vec<u32> = old
                .iter()
                .copied()
                .filter(|at| out.binary_search(at).is_err())
                .chain(added.get(&g).into_iter().flatten().copied())
                .collect();
            if list.is_empty() {
                next.grams.remove(&g);
            } else {
                next.grams.insert(g, list.into());
            }
        }
        next
    }

    /// The people whose text holds every term (in no particular order).
    pub(super) fn matches(&self, terms: &[String]) -> Vec<i64> {
        // Terms with the fewest candidates first, so the others are confirmed on those.
        let mut within: Option<Vec<u32>> = None;
        let mut terms: Vec<&String> = terms.iter().collect();
        terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
        for t in terms {
            within = Some(self.term(t, within.as_deref()));
        }
        within
            .unwrap_or_default()
            .into_iter()
            .filter_map(|at| self.places[at as usize].as_ref().map(|(id, _)| *id))
            .collect()
    }

    /// The places (among `within`, if given) whose text holds `t`, ascending.
    fn term(&self, t: &str, within: Option<&[u32]>) -> Vec<u32> {
        let keys = grams(t);
        let candidates: Vec<u32> = if keys.is_empty() {
            // Shorter than a trigram: every text is a candidate.
            match within {
                Some(w) => w.to_vec(),
                None => (0..self.places.len() as u32).collect(),
            }
        } else {
            let mut lists: Vec<&[u32]> = keys
                .iter()
                .map(|g| self.grams.get(g).map(|l| &l[..]).unwrap_or(&[]))
                .collect();
            lists.sort_by_key(|l| l.len());
            let mut c = match within {
                Some(w) => intersect(w, lists[0]),
                None => lists[0].to_vec(),
            };
            if let Some(second) = lists.get(1) {
                c = intersect(&c, second);
            }
            c
        };
        candidates
            .into_iter()
            .filter(|at| {
                self.places[*at as usize]
                    .as_ref()
                    .is_some_and(|(_, text)| text.contains(t))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> Vec<(i64, String)> {
        [
            "jose maria lopez | counsellor, border security | jose.lopez@maec.es",
            "ivan petrov | first secretary | i.petrov@mid.ru",
            "محمد الحداد | مستشار | m.haddad@mofa.gov.jo",
            "王小明 | 参赞 | wang@unodc.example.org",
            "ab",
            "",
            "anna-lena müller | legal adviser | a.mueller@auswaertiges-amt.de | berlin",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (i as i64 + 10, t.to_string()))
        .collect()
    }

    /// What the database's LIKE answered: every term a substring of the text.
    fn like(texts: &[(i64, String)], terms: &[String]) -> Vec<i64> {
        let mut ids: Vec<i64> = texts
            .iter()
            .filter(|(_, t)| terms.iter().all(|q| t.contains(q.as_str())))
            .map(|(id, _)| *id)
            .collect();
        ids.sort();
        ids
    }

    fn queries(texts: &[(i64, String)]) -> Vec<Vec<String>> {
        let mut pieces: Vec<String> = vec!["zz".into(), "x".into(), "".into(), "ab".into()];
        for (_, t) in texts {
            let chars: Vec<char> = t.chars().collect();
            for i in (0..chars.len()).step_by(3) {
                for len in [1, 2, 3, 4, 7] {
                    if i + len <= chars.len() {
                        pieces.push(chars[i..i + len].iter().collect());
                    }
                }
            }
        }
        let mut out: Vec<Vec<String>> = pieces.iter().map(|p| vec![p.clone()]).collect();
        for (k, p) in pieces.iter().enumerate() {
            out.push(vec![p.clone(), pieces[(k * 13 + 5) % pieces.len()].clone()]);
        }
        out
    }

    fn check(index: &OwnText, texts: &[(i64, String)]) {
        for q in queries(texts) {
            let mut got = index.matches(&q);
            got.sort();
            assert_eq!(got, like(texts, &q), "{q:?}");
        }
    }

    /// Laid out afresh, then changed person by person (texts edited, people gone and
    /// back, new people), the index answers as LIKE does on the texts of the moment.
    #[test]
    fn answers_as_like_does_through_changes() {
        let mut texts = texts();
        let index = OwnText::new(texts.iter().map(|(id, t)| (*id, t.as_str())));
        check(&index, &texts);
        // An edit, a departure and a newcomer at once.
        texts[1].1 = "ivan petrov | counsellor | ivan.petrov@mid.ru".into();
        let gone = texts.remove(4);
        texts.push((
            99,
            "lars andersen | coordinator | lars@imo.example.org".into(),
        ));
        let changed = [texts[1].0, gone.0, 99];
        let mut ids = changed.to_vec();
        ids.sort();
        let fresh: Vec<(i64, String)> = texts
            .iter()
            .filter(|(id, _)| changed.contains(id))
            .cloned()
            .collect();
        let index = index.with(&ids, fresh.iter().map(|(id, t)| (*id, t.as_str())));
        check(&index, &texts);
        // Many edits of one person: emptied places are laid out again, answers unchanged.
        let mut index = index;
        for n in 0..3000 {
            texts[0].1 = format!("jose maria lopez | counsellor {n} | jose.lopez@maec.es");
            index = index.with(
                &[texts[0].0],
                std::iter::once((texts[0].0, texts[0].1.as_str())),
            );
        }
        assert!(index.places.len() < 2 * texts.len() + 1100);
        check(&index, &texts);
    }
}
