//! Charts drawn by the server as SVG: horizontal bars (optionally in two parts, such as
//! funded and missing) and a matrix of counts. Each chart is an image with a title and a
//! description for screen readers and no link inside (an image holds nothing to
//! operate); its numbers, with links, are in a table next to it (the page's), so nothing
//! is only in the picture. Right-to-left pages get mirrored charts.
//! Every text is escaped here; the markup is safe to insert as is.

use std::fmt::Write;

/// Width of the drawing, in its own units (the SVG scales to its box).
const W: f64 = 640.0;
const ROW: f64 = 26.0;
const LABEL: f64 = 230.0;
const VALUE: f64 = 110.0;
const LABEL_CHARS: usize = 34;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// One bar: its label, its parts (CSS class, value) drawn end to end, and the text
/// written after it.
pub struct Bar {
    pub label: String,
    pub parts: Vec<(&'static str, i64)>,
    pub value: String,
}

/// What a chart says about itself.
pub struct Caption<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
}

fn open(out: &mut String, c: &Caption, height: f64, rtl: bool) {
    let _ = write!(
        out,
        r#"<svg class="chart" id="{id}" viewBox="0 0 {W} {height}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc" direction="{dir}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>"#,
        id = escape(c.id),
        title = escape(c.title),
        desc = escape(c.desc),
        dir = if rtl { "rtl" } else { "ltr" },
    );
}

/// Horizontal bars, scaled to the largest bar.
pub fn bars(c: &Caption, bars: &[Bar], rtl: bool) -> String {
    let max = bars
        .iter()
        .map(|b| b.parts.iter().map(|(_, v)| (*v).max(0)).sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let span = W - LABEL - VALUE - 16.0;
    let height = ROW * bars.len().max(1) as f64 + 4.0;
    let mut out = String::new();
    open(&mut out, c, height, rtl);
    // Mirrors an x position and width for right-to-left pages.
    let x = |x: f64, w: f64| if rtl { W - x - w } else { x };
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW + 2.0;
        let _ = write!(
            out,
            r#"<g class="bar"><title>{}: {}</title>"#,
            escape(&b.label),
            escape(&b.value)
        );
        // In right-to-left charts the label sits at the right, anchored at its end
        // (which, with direction rtl, is its left side).
        let (lx, la) = if rtl {
            (W - 4.0, "start")
        } else {
            (LABEL - 8.0, "end")
        };
        let _ = write!(
            out,
            r#"<text x="{lx}" y="{ty}" text-anchor="{la}" class="label">{}</text>"#,
            escape(&short(&b.label, LABEL_CHARS)),
            ty = y + ROW * 0.62,
        );
        let mut at = LABEL;
        for (class, v) in &b.parts {
            let w = (*v).max(0) as f64 / max * span;
            if w > 0.0 {
                let _ = write!(
                    out,
                    r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="{w:.1}" height="{:.1}"/>"#,
                    x(at, w),
                    y + 3.0,
                    ROW - 8.0,
                );
            }
            at += w;
        }
        // "start" follows the direction: rightwards in LTR, leftwards in RTL.
        let vx = if rtl { W - at - 6.0 } else { at + 6.0 };
        let _ = write!(
            out,
            r#"<text x="{vx:.1}" y="{ty}" text-anchor="start" class="value">{}</text></g>"#,
            escape(&b.value),
            ty = y + ROW * 0.62,
        );
    }
    out.push_str("</svg>");
    out
}

/// A matrix of counts: rows × columns, each cell a square whose shade grows with its
/// count (the count written in it). Column labels are written slanted above.
pub fn matrix(
    c: &Caption,
    rows: &[String],
    columns: &[String],
    cells: &[Vec<i64>],
    rtl: bool,
) -> String {
    let head = 150.0;
    let label = 170.0;
    let cols = columns.len().max(1) as f64;
    // Room at the end for the last columns' slanted labels.
    let cell = ((W - label - 100.0) / cols).min(40.0);
    let height = head + ROW * rows.len().max(1) as f64 + 4.0;
    let max = cells.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let mut out = String::new();
    open(&mut out, c, height, rtl);
    let x = |x: f64, w: f64| if rtl { W - x - w } else { x };
    for (j, col) in columns.iter().enumerate() {
        let cx = x(label + j as f64 * cell, cell) + cell / 2.0;
        let angle = if rtl { 45 } else { -45 };
        let _ = write!(
            out,
            r#"<text class="label col" transform="translate({cx:.1},{:.1}) rotate({angle})" text-anchor="start">{}</text>"#,
            head - 6.0,
            escape(&short(col, 24)),
        );
    }
    for (i, (row, counts)) in rows.iter().zip(cells).enumerate() {
        let y = head + i as f64 * ROW;
        let (lx, la) = if rtl {
            (W - 4.0, "start")
        } else {
            (label - 8.0, "end")
        };
        let _ = write!(
            out,
            r#"<text x="{lx}" y="{:.1}" text-anchor="{la}" class="label">{}</text>"#,
            y + ROW * 0.62,
            escape(&short(row, 24)),
        );
        for (j, n) in counts.iter().enumerate() {
            let cx = x(label + j as f64 * cell, cell);
            let shade = if *n == 0 {
                0
            } else {
                1 + ((*n as f64 / max) * 4.0).ceil() as i64
            };
            let col = columns.get(j).map(String::as_str).unwrap_or("");
            let _ = write!(
                out,
                r#"<g><title>{}, {}: {n}</title><rect class="cell s{}" x="{cx:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/>"#,
                escape(row),
                escape(col),
                shade.min(5),
                y + 2.0,
                cell - 3.0,
                ROW - 5.0,
            );
            if *n > 0 {
                let _ = write!(
                    out,
                    r#"<text class="count{}" x="{:.1}" y="{:.1}" text-anchor="middle">{n}</text>"#,
                    if shade >= 4 { " on-dark" } else { "" },
                    cx + (cell - 3.0) / 2.0,
                    y + ROW * 0.62,
                );
            }
            out.push_str("</g>");
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_escape_text_and_scale_to_the_largest_bar() {
        let c = Caption {
            id: "c",
            title: "Gap <by> theme",
            desc: "d",
        };
        let svg = bars(
            &c,
            &[
                Bar {
                    label: "A & B".into(),
                    parts: vec![("funded", 50), ("gap", 50)],
                    value: "100".into(),
                },
                Bar {
                    label: "<script>".into(),
                    parts: vec![("funded", 25)],
                    value: "25".into(),
                },
            ],
            false,
        );
        assert!(svg.contains("Gap &lt;by&gt; theme"));
        assert!(svg.contains("A &amp; B"));
        assert!(!svg.contains("<script>"));
        // The first bar spans the whole width; the second a quarter of it.
        let span = W - LABEL - VALUE - 16.0;
        assert!(svg.contains(&format!(r#"width="{:.1}""#, span / 2.0)));
        assert!(svg.contains(&format!(r#"width="{:.1}""#, span / 4.0)));
        let rtl = bars(&c, &[], true);
        assert!(rtl.contains(r#"direction="rtl""#));
    }
}
