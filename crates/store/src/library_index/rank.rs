//! The order of a library search's matches: best match first, then newest.

use memchr::memmem::Finder;

/// How well a resource matches the terms: a term in the title (or symbol) counts most,
/// then in the summary, then anywhere in the text (it matched somewhere).
///
/// The terms come as `memmem` finders made once per answer: a broad query scores tens of
/// thousands of resources, and `str::contains` prepares its search anew on each (it was
/// a fifth of the server's time under a load of new broad queries).
pub(super) fn score(title: &str, summary: &str, terms: &[Finder<'_>]) -> u32 {
    terms
        .iter()
        .map(|t| {
            if t.find(title.as_bytes()).is_some() {
                4
            } else if t.find(summary.as_bytes()).is_some() {
                2
            } else {
                1
            }
        })
        .sum()
}

/// The highest score `terms` terms can give (every one in the title).
pub(super) fn top(terms: usize) -> u32 {
    4 * terms as u32
}

/// The first `keep` of `hits` (in the snapshot's newest-first order) by descending
/// `score_of`, equal scores keeping that order. Scoring stops once `keep` of them have
/// the `top` score: nothing after them can come before them. A broad term ("ter",
/// 40,000 of 50,000 resources) fills its thousand from the first few thousand matches
/// instead of scoring every one.
pub(super) fn best_first(
    hits: &[usize],
    keep: usize,
    top: u32,
    score_of: impl Fn(usize) -> u32,
) -> Vec<usize> {
    let mut scored: Vec<(u32, usize)> = Vec::with_capacity(hits.len().min(4 * keep));
    let mut full = 0;
    for &at in hits {
        if full == keep {
            return scored
                .into_iter()
                .filter(|(s, _)| *s == top)
                .map(|(_, at)| at)
                .collect();
        }
        let s = score_of(at);
        full += usize::from(s == top);
        scored.push((s, at));
    }
    // Stable: equal scores keep the newest-first order.
    scored.sort_by_key(|h| std::cmp::Reverse(h.0));
    scored.truncate(keep);
    scored.into_iter().map(|(_, at)| at).collect()
}

/// `best_first` for one term, where a score is 4 (in the title), 2 (in the summary) or 1:
/// the first `keep` are the title matches in order, then the summary matches, then the
/// rest. Titles are searched until `keep` match; summaries only until the list is full
/// (a broad term, matched mostly in the text of files, no longer has every summary of
/// its thousands of matches searched).
pub(super) fn best_first_one(
    hits: &[usize],
    keep: usize,
    in_title: impl Fn(usize) -> bool,
    in_summary: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(keep.min(hits.len()));
    let mut rest: Vec<usize> = Vec::new();
    for &at in hits {
        if out.len() == keep {
            return out;
        }
        if in_title(at) {
            out.push(at);
        } else {
            rest.push(at);
        }
    }
    let mut last: Vec<usize> = Vec::new();
    for &at in &rest {
        if out.len() == keep {
            return out;
        }
        if in_summary(at) {
            out.push(at);
        } else {
            last.push(at);
        }
    }
    out.extend(last.into_iter().take(keep - out.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_counts_most_in_the_title_then_in_the_summary() {
        let f = |t: &'static str| Finder::new(t.as_bytes());
        let (title, summary) = (
            "countering terrorism | a/res/72/284",
            "victims of terrorism",
        );
        assert_eq!(score(title, summary, &[f("terror")]), 4);
        assert_eq!(score(title, summary, &[f("victim")]), 2);
        assert_eq!(score(title, summary, &[f("border")]), 1);
        assert_eq!(score(title, summary, &[f("a/res/72"), f("victim")]), 6);
        assert_eq!(top(2), 8);
    }

    #[test]
    fn the_first_ones_are_those_a_whole_stable_sort_gives() {
        // Against sorting every hit, over pseudo-random scores, lists and lengths kept,
        // with many ties and runs of top scores (where scoring stops early).
        let mut seed = 11u64;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for round in 0..400 {
            let terms = 1 + next(3) as u32;
            let n = next(300) as usize;
            let scores: Vec<u32> = (0..n)
                .map(|_| {
                    if round % 2 == 0 && next(3) > 0 {
                        top(terms as usize)
                    } else {
                        terms + next(3 * terms as u64 + 1) as u32
                    }
                })
                .collect();
            let hits: Vec<usize> = (0..n).filter(|_| next(5) > 0).collect();
            let mut whole: Vec<usize> = hits.clone();
            whole.sort_by_key(|at| std::cmp::Reverse(scores[*at]));
            // One term: in the title (4), the summary (2) or neither (1), some rounds with
            // few in titles, so that summaries decide.
            let one: Vec<u32> = (0..n)
                .map(|_| match next(if round % 3 == 0 { 20 } else { 4 }) {
                    0 => 4,
                    1 | 2 => 2,
                    _ => 1,
                })
                .collect();
            let mut whole_one: Vec<usize> = hits.clone();
            whole_one.sort_by_key(|at| std::cmp::Reverse(one[*at]));
            for keep in [0, 1, 2, 5, 17, 100, 1000] {
                let got = best_first(&hits, keep, top(terms as usize), |at| scores[at]);
                let want: Vec<usize> = whole.iter().take(keep).copied().collect();
                assert_eq!(got, want, "round {round}, keep {keep}");
                let got = best_first_one(&hits, keep, |at| one[at] == 4, |at| one[at] == 2);
                let want: Vec<usize> = whole_one.iter().take(keep).copied().collect();
                assert_eq!(got, want, "one term: round {round}, keep {keep}");
            }
        }
    }
}
