//! A column of folded texts, one per item of an in-memory list (activities, projects),
//! searched for a term in one pass.
//!
//! Searching each item's text in turn costs a searcher's set-up and a call per item; at
//! 50,000 activities that was most of a search's time. Here the texts are laid end to end,
//! each followed by a line break, and `memchr::memmem` runs once over the whole column:
//! after a hit it jumps to the next item's start, so an item costs nothing unless it
//! holds the term. A line break never occurs in folded text (`fold` turns whitespace into
//! one space) nor in a search term (`terms` splits on spaces), so no hit spans two items.

use memchr::memmem::Finder;

#[derive(Default)]
pub struct Texts {
    all: String,
    /// Where each item's text starts in `all`, and one more: the column's end.
    starts: Vec<usize>,
}

impl Texts {
    /// The column of these texts, in the list's order.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Texts {
        let mut all = String::new();
        let mut starts = vec![0];
        for t in texts {
            all.push_str(t);
            all.push('\n');
            starts.push(all.len());
        }
        Texts { all, starts }
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// For each item, whether its text contains `term` (an empty term is in every text; one
    /// with a line break, in none).
    pub fn containing(&self, term: &str) -> Vec<bool> {
        let mut hit = vec![false; self.len()];
        if term.contains('\n') {
            return hit;
        }
        if term.is_empty() {
            hit.fill(true);
            return hit;
        }
        let finder = Finder::new(term.as_bytes());
        let bytes = self.all.as_bytes();
        let mut pos = 0;
        while let Some(at) = finder.find(&bytes[pos..]) {
            let at = pos + at;
            // The item whose text holds `at`: the last start at or before it.
            let item = self.starts.partition_point(|s| *s <= at) - 1;
            hit[item] = true;
            pos = self.starts[item + 1];
            if pos >= bytes.len() {
                break;
            }
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::Texts;

    #[test]
    fn each_item_holds_a_term_exactly_when_its_own_text_does() {
        let texts = [
            "training of prison officers",
            "",
            "border management workshop",
            "تدريب ضباط السجون",
            "ba",
            "nana",
            "bana",
            "培训 监狱 官员",
        ];
        let col = Texts::new(texts);
        assert_eq!(col.len(), texts.len());
        for term in [
            "a", "ba", "an", "ana", "nab", "ing", "s o", "officers", "ضباط", "监狱", "x", "\n", "",
            "rs\nb", "ab",
        ] {
            let want: Vec<bool> = texts
                .iter()
                .map(|t| !term.contains('\n') && t.contains(term))
                .collect();
            assert_eq!(col.containing(term), want, "term {term:?}");
        }
        assert!(Texts::new([]).containing("a").is_empty());
    }
}
