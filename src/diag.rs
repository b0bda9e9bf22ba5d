//! Diagnostics: a problem in a content file, with its position, rendered like rustc or as JSON.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
}

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
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    /// Places the diagnostic in a file at a byte span; line and column are computed from the text.
    pub fn at(mut self, rel: &str, display: &str, text: &str, span: Option<Range<usize>>) -> Diagnostic {
        self.rel = rel.to_string();
        self.file = display.to_string();
        if let Some(span) = span {
            let span = char_span(text, span);
            let (line, column) = line_col(text, span.start);
            self.line = line;
            self.column = column;
            self.span = Some(span);
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

pub fn count(diags: &[Diagnostic]) -> Counts {
    let mut c = Counts::default();
    for d in diags {
        match d.severity {
            Severity::Error => c.errors += 1,
            Severity::Warning => c.warnings += 1,
        }
    }
    c
}

/// Sorts diagnostics by file and position so output is stable and reads top to bottom.
/// Orders by place, then by everything else: `check` collects diagnostics on several cores, and the output must
/// not depend on which finished first.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.severity, &a.message, a.code, &a.hint)
            .cmp(&(&b.file, b.line, b.column, b.severity, &b.message, b.code, &b.hint))
    });
}

/// Renders like rustc: a header, the file:line:column, a snippet with the span underlined, and the hint.
pub fn render_human(
    diags: &[Diagnostic],
    sources: &BTreeMap<String, crate::content::files::Text>,
    color: bool,
) -> String {
    use ariadne::{Config, IndexType, Label, Report, ReportKind};
    let mut out = Vec::new();
    for d in diags {
        // Content is not trusted: an escape sequence in a file, or in an id quoted in a message, must not reach
        // the terminal through a diagnostic.
        let mut d = d.clone();
        d.message = crate::sanitize::sanitize(&d.message);
        d.hint = d.hint.as_deref().map(crate::sanitize::sanitize);
        d.file = crate::sanitize::sanitize(&d.file);
        let d = &d;
        let kind = match d.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
        };
        let text = sources.get(&d.rel).map(|t| crate::sanitize::visible_same_len(t));
        match (&d.span, text) {
            (Some(span), Some(text)) => {
                let id = d.file.clone();
                let mut report = Report::build(kind, (id.clone(), span.clone()))
                    .with_config(Config::default().with_color(color).with_index_type(IndexType::Byte))
                    .with_code(d.code)
                    .with_message(&d.message)
                    .with_label(Label::new((id.clone(), span.clone())).with_message("here"));
                if let Some(h) = &d.hint {
                    report = report.with_help(h);
                }
                let cache = ariadne::sources(vec![(id, text)]);
                if report.finish().write(cache, &mut out).is_err() {
                    out.extend(plain_line(d).into_bytes());
                }
            }
            _ => out.extend(plain_line(d).into_bytes()),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn plain_line(d: &Diagnostic) -> String {
    let sev = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut s = format!("{sev}[{}]: {}\n  --> {}\n", d.code, d.message, d.location());
    if let Some(h) = &d.hint {
        s.push_str(&format!("  help: {h}\n"));
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
