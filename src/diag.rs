//! Diagnostics: a problem in a content file, with its position, rendered like rustc or as JSON.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable short name for the kind of problem, e.g. `unknown-node`, for editors and for the docs.
    pub code: &'static str,
    pub message: String,
    /// The file as the user knows it (the path on disk, or the layout path for shipped content).
    pub file: String,
    /// The layout path (`scenarios/x.toml`), used to find the text again for snippets.
    #[serde(skip)]
    pub rel: String,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    pub line: usize,
    pub column: usize,
    /// What to do about it.
    pub hint: Option<String>,
    /// For the line that stands for the problems of one kind in one file past `MAX_PER_KIND`: how many it stands
    /// for. Zero for every other diagnostic.
    #[serde(skip_serializing_if = "is_zero")]
    pub hidden: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The most diagnostics of one kind (code and severity) one file gets; the rest are counted in one more line.
/// A hostile file with one line of 10,000 unknown red flags made `check` write 1.5 GB.
pub const MAX_PER_KIND: usize = 50;

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: String::new(),
            rel: String::new(),
            span: None,
            line: 0,
            column: 0,
            hint: None,
            hidden: 0,
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    /// Places the diagnostic in a file at a byte span. Line and column are computed later, by `locate`, for all
    /// the diagnostics of a file in one pass: one at a time, each scanned the file from its start, and `check` of a
    /// file with a few hundred thousand problems on one line was quadratic.
    pub fn at(mut self, rel: &str, display: &str, text: &str, span: Option<Range<usize>>) -> Diagnostic {
        self.rel = rel.to_string();
        self.file = display.to_string();
        if let Some(span) = span {
            self.span = Some(char_span(text, span));
        }
        self
    }

    /// Places the diagnostic in a file without a position.
    pub fn in_file(mut self, rel: &str, display: &str) -> Diagnostic {
        self.rel = rel.to_string();
        self.file = display.to_string();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(mut self, hint: Option<String>) -> Diagnostic {
        if hint.is_some() {
            self.hint = hint;
        }
        self
    }

    pub fn location(&self) -> String {
        if self.line > 0 { format!("{}:{}:{}", self.file, self.line, self.column) } else { self.file.clone() }
    }
}

/// A byte span snapped outwards to character boundaries and at least one character long where the text allows:
/// parsers report byte positions that may fall inside a multi-byte character (Chinese, Thai), and a snippet
/// renderer slicing there would panic.
pub fn char_span(text: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    if end == start && end < text.len() {
        end += 1;
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    start..end
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut at = offset;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

/// How many errors and warnings, the hidden ones (past `MAX_PER_KIND`) included.
pub fn count(diags: &[Diagnostic]) -> Counts {
    let mut c = Counts::default();
    for d in diags {
        let n = d.hidden.max(1);
        match d.severity {
            Severity::Error => c.errors += n,
            Severity::Warning => c.warnings += n,
        }
    }
    c
}

/// Sorts diagnostics by file and position so output is stable and reads top to bottom.
/// Orders by place, then by everything else: `check` collects diagnostics on several cores, and the output must
/// not depend on which finished first. The place is the byte span (the order of line and column), so sorting
/// needs no positions computed; a line standing for hidden ones comes after those shown.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let place = |d: &Diagnostic| (d.hidden > 0, d.span.as_ref().map(|s| (s.start, s.end)), d.line, d.column);
        (&a.file, place(a), a.severity, &a.message, a.code, &a.hint).cmp(&(
            &b.file,
            place(b),
            b.severity,
            &b.message,
            b.code,
            &b.hint,
        ))
    });
}

/// Keeps the first `MAX_PER_KIND` diagnostics of each kind in each file, in the order given, and adds after the
/// last one kept a line that says how many more there are.
pub fn cap(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen: std::collections::HashMap<(String, &'static str, Severity), (usize, usize)> =
        std::collections::HashMap::new();
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diags.len().min(4096));
    let mut hidden: Vec<(usize, Diagnostic)> = Vec::new();
    for d in diags {
        let key = (d.file.clone(), d.code, d.severity);
        let entry = seen.entry(key).or_insert((0, 0));
        entry.0 += 1;
        if entry.0 <= MAX_PER_KIND {
            kept.push(d);
            entry.1 = kept.len();
        } else if entry.0 == MAX_PER_KIND + 1 {
            hidden.push((0, Diagnostic { hidden: 1, span: None, line: 0, column: 0, hint: None, ..d }));
        } else if let Some((_, h)) =
            hidden.iter_mut().find(|(_, h)| h.file == d.file && h.code == d.code && h.severity == d.severity)
        {
            h.hidden += 1;
        }
    }
    if hidden.is_empty() {
        return kept;
    }
    for (at, h) in &mut hidden {
        *at = seen[&(h.file.clone(), h.code, h.severity)].1;
        h.message = format!("{} more problem(s) of this kind (`{}`) in this file are not shown", h.hidden, h.code);
        h.hint = Some(format!(
            "fix the {MAX_PER_KIND} above first; `check` lists at most {MAX_PER_KIND} of a kind per file"
        ));
    }
    // Inserted from the back, so earlier places stay right.
    hidden.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, h) in hidden {
        kept.insert(at, h);
    }
    kept
}

/// Computes line and column of every placed diagnostic, one pass over each file's text however many problems it
/// has. `text_of` gives a file's text by its layout path.
pub fn locate<'t>(diags: &mut [Diagnostic], text_of: impl Fn(&str) -> Option<&'t str>) {
    let mut by_file: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in diags.iter().enumerate() {
        if d.span.is_some() {
            by_file.entry(d.rel.as_str()).or_default().push(i);
        }
    }
    let mut places: Vec<(usize, (usize, usize))> = Vec::new();
    for (rel, mut idx) in by_file {
        let Some(text) = text_of(rel) else { continue };
        idx.sort_by_key(|&i| diags[i].span.as_ref().map_or(0, |s| s.start));
        let (mut pos, mut line, mut col) = (0usize, 1usize, 1usize);
        for i in idx {
            let mut at = diags[i].span.as_ref().map_or(0, |s| s.start).min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let seg = &text[pos..at];
            match memchr::memrchr(b'\n', seg.as_bytes()) {
                Some(last) => {
                    line += memchr::memchr_iter(b'\n', seg.as_bytes()).count();
                    col = seg[last + 1..].chars().count() + 1;
                }
                None => col += seg.chars().count(),
            }
            pos = at;
            places.push((i, (line, col)));
        }
    }
    for (i, (line, col)) in places {
        diags[i].line = line;
        diags[i].column = col;
    }
}

/// Renders like rustc, one style for every diagnostic: a header with the code, the file:line:column, the line
/// with the span underlined (a window around it on a long line), and the hint. Written by hand rather than with a
/// snippet library, so the diagnostics with a position and those without read the same.
pub fn render_human(
    diags: &[Diagnostic],
    sources: &BTreeMap<String, crate::content::files::Text>,
    color: bool,
) -> String {
    let mut out = String::new();
    for d in diags {
        // Content is not trusted: an escape sequence in a file, or in an id quoted in a message, must not reach
        // the terminal through a diagnostic.
        let mut d = d.clone();
        d.message = crate::sanitize::sanitize(&d.message);
        d.hint = d.hint.as_deref().map(crate::sanitize::sanitize);
        d.file = crate::sanitize::sanitize(&d.file);
        let d = &d;
        let text = sources.get(&d.rel).map(|t| &**t);
        match (&d.span, text) {
            (Some(span), Some(text)) if d.line > 0 && span.end <= text.len() => {
                let bytes = text.as_bytes();
                let from = memchr::memrchr(b'\n', &bytes[..span.start]).map_or(0, |i| i + 1);
                let to = memchr::memchr(b'\n', &bytes[span.end..]).map_or(text.len(), |i| span.end + i);
                out.push_str(&windowed(d, text, span.clone(), from, to - from <= SNIPPET_BYTES, color));
            }
            _ => out.push_str(&plain_line(d, color)),
        }
    }
    out
}

/// `error[code]: message` (in colour at a terminal: red for errors, yellow for warnings).
fn header(d: &Diagnostic, color: bool) -> String {
    let (sev, paint) = match d.severity {
        Severity::Error => ("error", "\x1b[1;31m"),
        Severity::Warning => ("warning", "\x1b[1;33m"),
    };
    if color {
        format!("{paint}{sev}[{}]\x1b[0m\x1b[1m: {}\x1b[0m\n", d.code, d.message)
    } else {
        format!("{sev}[{}]: {}\n", d.code, d.message)
    }
}

/// Lines around a span longer than this are shown as a window around the span, not whole.
pub const SNIPPET_BYTES: usize = 400;
/// How much of a long line a window shows on each side of the span, and of the span itself.
const WINDOW_BYTES: usize = 60;

/// A diagnostic with its line: the whole line when `whole`, else the part around the span, marked with `…` where
/// it is cut; the span underlined.
fn windowed(d: &Diagnostic, text: &str, span: Range<usize>, line_start: usize, whole: bool, color: bool) -> String {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[span.start..]).map_or(text.len(), |i| span.start + i);
    let (span_end, start, end) = if whole {
        (floor(span.end.min(line_end)).max(span.start), line_start, line_end)
    } else {
        let span_end = floor(span.end.min(line_end).min(span.start + 2 * WINDOW_BYTES)).max(span.start);
        (
            span_end,
            floor(span.start.saturating_sub(WINDOW_BYTES).max(line_start)),
            floor((span_end + WINDOW_BYTES).min(line_end)),
        )
    };
    let lead = if start > line_start { "…" } else { "" };
    let tail = if end < line_end { "…" } else { "" };
    let shown = crate::sanitize::visible_same_len(&text[start..end]);
    let pad = lead.chars().count() + text[start..span.start].chars().count();
    let marks = text[span.start..span_end].chars().count().max(1);
    let number = d.line.to_string();
    let gutter = " ".repeat(number.len());
    let mut s = header(d, color);
    s.push_str(&format!(
        "{gutter} --> {}\n{gutter} |\n{number} | {lead}{shown}{tail}\n{gutter} | {}{} here\n",
        d.location(),
        " ".repeat(pad),
        "^".repeat(marks),
    ));
    if let Some(h) = &d.hint {
        s.push_str(&format!("{gutter} = help: {h}\n"));
    }
    s
}

fn plain_line(d: &Diagnostic, color: bool) -> String {
    let mut s = header(d, color);
    s.push_str(&format!("  --> {}\n", d.location()));
    if let Some(h) = &d.hint {
        s.push_str(&format!("  = help: {h}\n"));
    }
    s
}

/// One line per diagnostic, for places where a snippet would be too much (the TUI's error screen).
pub fn render_short(d: &Diagnostic) -> String {
    let d = &Diagnostic {
        message: crate::sanitize::sanitize(&d.message),
        hint: d.hint.as_deref().map(crate::sanitize::sanitize),
        file: crate::sanitize::sanitize(&d.file),
        ..d.clone()
    };
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    match &d.hint {
        Some(h) => format!("{}: {sev}: {} ({h})", d.location(), d.message),
        None => format!("{}: {sev}: {}", d.location(), d.message),
    }
}

/// The nearest of `candidates` to `word`, if it is close enough to be a likely typo. Ties go to the first in alphabetical order, so the answer does
/// not depend on the order candidates come in (some come from hash maps).
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(word, c);
        if score > 0.8 && best.is_none_or(|(s, b)| score > s || (score == s && c < b)) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    nearest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `locate` in one pass agrees with `line_col` one diagnostic at a time, in any order, in wide scripts.
    #[test]
    fn locate_agrees_with_line_col() {
        let text = "ภาษา = ไทย\nid = \"x\"\n\n中文 = { $n }\nlast";
        let offsets: Vec<usize> = (0..=text.len()).rev().filter(|i| text.is_char_boundary(*i)).collect();
        let mut diags: Vec<Diagnostic> =
            offsets.iter().map(|&o| Diagnostic::error("x", "m").at("f", "f", text, Some(o..o))).collect();
        locate(&mut diags, |_| Some(text));
        for (d, &o) in diags.iter().zip(&offsets) {
            assert_eq!((d.line, d.column), line_col(text, o), "at {o}");
        }
    }

    #[test]
    fn cap_keeps_the_first_of_a_kind_and_counts_the_rest() {
        let mut diags: Vec<Diagnostic> = (0..MAX_PER_KIND + 7)
            .map(|i| {
                Diagnostic::error("unknown-node", format!("{i}")).at("a", "a", "x".repeat(100).as_str(), Some(i..i + 1))
            })
            .collect();
        diags.push(Diagnostic::warning("other", "w").at("a", "a", "xx", Some(0..1)));
        sort(&mut diags);
        let capped = cap(diags);
        assert_eq!(capped.len(), MAX_PER_KIND + 2);
        let summary = capped.iter().find(|d| d.hidden > 0).unwrap();
        assert_eq!((summary.hidden, summary.code), (7, "unknown-node"));
        assert_eq!(count(&capped), Counts { errors: MAX_PER_KIND + 7, warnings: 1 });
    }
}
