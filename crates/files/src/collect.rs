//! Text as extractors gather it, whatever the format.

/// Accumulates text: collapses whitespace (and control characters) into single spaces,
/// never starts or ends with one, and stops at `max` characters.
pub(crate) struct Collector {
    pub(crate) out: String,
    pub(crate) max: usize,
    pub(crate) count: usize,
    pub(crate) pending_space: bool,
}

impl Collector {
    pub(crate) fn new(max: usize) -> Collector {
        Collector {
            out: String::with_capacity(max.min(1 << 20)),
            max,
            count: 0,
            pending_space: false,
        }
    }

    pub(crate) fn full(&self) -> bool {
        self.count >= self.max
    }

    /// Marks a word boundary.
    pub(crate) fn sep(&mut self) {
        self.pending_space = true;
    }

    pub(crate) fn push(&mut self, c: char) {
        if self.full() {
            return;
        }
        if c.is_whitespace() || c.is_control() {
            self.pending_space = true;
            return;
        }
        if c == '\u{FEFF}' {
            return;
        }
        if self.pending_space && self.count > 0 {
            if self.count + 2 > self.max {
                self.count = self.max;
                return;
            }
            self.out.push(' ');
            self.count += 1;
        }
        self.pending_space = false;
        self.out.push(c);
        self.count += 1;
    }

    pub(crate) fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if self.full() {
                return;
            }
            self.push(c);
        }
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}
