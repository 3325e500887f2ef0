//! The CT/PVE project compendium: statuses, amounts in whole US dollars, and what a set
//! of projects asks for, has and misses.

/// A project's life: in the pipeline (seeking funds), active, closed.
pub const STATUSES: [&str; 3] = ["pipeline", "active", "closed"];

/// The largest amount accepted (a trillion dollars): far above any real project, low
/// enough that sums over every project never overflow.
pub const MAX_USD: i64 = 1_000_000_000_000;

/// An amount of whole US dollars as people type it: "1250000", "1,250,000", "1 250 000",
/// "1.250.000", "1'250'000", "US$ 1,250,000", "1250000 USD". Separators must group by
/// three, so that "1.5" or "1,50" (a fraction) is refused rather than misread.
pub fn parse_usd(s: &str) -> Option<i64> {
    let mut t = s.trim();
    for prefix in ["US$", "USD", "$"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start();
        }
    }
    for suffix in ["USD", "US$", "$"] {
        if let Some(rest) = t.strip_suffix(suffix) {
            t = rest.trim_end();
        }
    }
    if t.is_empty() {
        return None;
    }
    let groups: Vec<&str> = t
        .split([',', '.', ' ', '\u{a0}', '\u{202f}', '\'', '_'])
        .collect();
    let (first, rest) = groups.split_first()?;
    if first.is_empty()
        || first.len() > 13
        || !first.bytes().all(|b| b.is_ascii_digit())
        || rest
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: i64 = groups.concat().parse().ok()?;
    (n <= MAX_USD).then_some(n)
}

/// What one project, or a set of them, asks for and has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Money {
    pub requested: i64,
    pub funded: i64,
    /// What is still missing: per project `max(requested − funded, 0)`, then summed, so
    /// that one project's surplus never hides another's gap.
    pub gap: i64,
    pub projects: i64,
}

impl Money {
    pub fn of(requested: i64, funded: i64) -> Money {
        Money {
            requested,
            funded,
            gap: (requested - funded).max(0),
            projects: 1,
        }
    }

    pub fn add(&mut self, other: Money) {
        self.requested += other.requested;
        self.funded += other.funded;
        self.gap += other.gap;
        self.projects += other.projects;
    }

    /// The share of what is requested that is funded, in whole percent (0 when nothing
    /// is requested), capped at 100.
    pub fn funded_percent(&self) -> i64 {
        if self.requested <= 0 {
            0
        } else {
            (self.funded.min(self.requested) * 100 / self.requested).clamp(0, 100)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_write_them() {
        for (s, n) in [
            ("0", 0),
            ("1250000", 1_250_000),
            ("1,250,000", 1_250_000),
            ("1.250.000", 1_250_000),
            ("1 250 000", 1_250_000),
            ("1\u{a0}250\u{a0}000", 1_250_000),
            ("1'250'000", 1_250_000),
            ("US$ 1,250,000", 1_250_000),
            ("$500", 500),
            ("2,000 USD", 2000),
            (" 42 ", 42),
        ] {
            assert_eq!(parse_usd(s), Some(n), "{s:?}");
        }
        for s in [
            "",
            "1.5",
            "1,50",
            "12,34,567",
            "-5",
            "abc",
            "1e6",
            "US$",
            ",000",
            "1,,000",
            "99999999999999",
        ] {
            assert_eq!(parse_usd(s), None, "{s:?}");
        }
    }

    #[test]
    fn a_surplus_never_hides_another_gap() {
        let mut m = Money::default();
        m.add(Money::of(100, 150));
        m.add(Money::of(100, 20));
        assert_eq!(
            m,
            Money {
                requested: 200,
                funded: 170,
                gap: 80,
                projects: 2
            }
        );
        assert_eq!(m.funded_percent(), 85);
        assert_eq!(Money::default().funded_percent(), 0);
        assert_eq!(Money::of(10, 50).funded_percent(), 100);
    }
}
