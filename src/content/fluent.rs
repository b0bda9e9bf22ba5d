//! What a Fluent file holds, read with fluent-syntax: which messages, where, and which variables they use.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::files::SourceFile;
use crate::diag::Diagnostic;

/// One message (or term) of a Fluent file.
#[derive(Debug, Clone)]
pub struct FtlEntry {
    pub id: String,
    pub is_term: bool,
    pub has_value: bool,
    /// Byte offset of the id in the file.
    pub offset: usize,
    pub attributes: BTreeMap<String, AttrInfo>,
    /// Variables the value uses.
    pub vars: BTreeSet<String>,
    /// Messages and terms the value refers to.
    pub refs: BTreeSet<String>,
}

#[derive(Debug, Clone, Default)]
pub struct AttrInfo {
    pub vars: BTreeSet<String>,
    pub refs: BTreeSet<String>,
}

/// A Fluent file. Its messages are read on first use: playing needs only the text of the chosen locales (handed to
/// fluent-bundle), so the other locales are never analysed, which keeps start-up fast.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub rel: String,
    pub display: String,
    pub lang: String,
    /// The file name without `.ftl`: `ui`, `redflags`, a scenario id.
    pub name: String,
    pub text: String,
    parsed: std::sync::OnceLock<(Vec<FtlEntry>, Vec<Diagnostic>)>,
}

impl FtlFile {
    pub fn new(f: &SourceFile, lang: &str) -> FtlFile {
        let name = f.rel.rsplit('/').next().unwrap_or("").trim_end_matches(".ftl").to_string();
        FtlFile {
            rel: f.rel.clone(),
            display: f.display.clone(),
            lang: lang.to_string(),
            name,
            text: f.text.clone(),
            parsed: std::sync::OnceLock::new(),
        }
    }

    /// The messages and terms of the file, in order.
    pub fn entries(&self) -> &[FtlEntry] {
        &self.parsed().0
    }

    /// Syntax errors (and a file nested too deep), as diagnostics.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.parsed().1
    }

    fn parsed(&self) -> &(Vec<FtlEntry>, Vec<Diagnostic>) {
        self.parsed.get_or_init(|| self.analyse())
    }

    fn analyse(&self) -> (Vec<FtlEntry>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        // fluent-syntax parses nested placeables by recursion: a hostile file could overflow the stack.
        if let Some(at) = too_deep(&self.text) {
            diags.push(
                Diagnostic::error("too-deep", format!("placeables are nested more than {MAX_NESTING} levels deep"))
                    .at(&self.rel, &self.display, &self.text, Some(at..at + 1))
                    .hint("no message needs this; the file is skipped (its messages fall back to English)"),
            );
            return (Vec::new(), diags);
        }
        let (resource, errors) = match fluent_syntax::parser::parse(self.text.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        for e in &errors {
            diags.push(
                Diagnostic::error("fluent-syntax", format!("Fluent syntax error: {}", e.kind))
                    .at(&self.rel, &self.display, &self.text, Some(e.pos.clone()))
                    .hint(
                        "a message is `id = text`; continuation lines and `.attribute = text` lines are indented; \
                         a literal brace is written {\"{\"}; this message is skipped and the game falls back to English",
                    ),
            );
        }
        let mut offsets = entry_offsets(&self.text);
        let mut entries = Vec::new();
        for entry in &resource.body {
            let (id, is_term, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let key = if is_term { format!("-{id}") } else { id.to_string() };
            let offset =
                offsets.get_mut(&key).and_then(|q| if q.is_empty() { None } else { Some(q.remove(0)) }).unwrap_or(0);
            let mut vars = BTreeSet::new();
            let mut refs = BTreeSet::new();
            if let Some(p) = value {
                walk_pattern(p, &mut vars, &mut refs);
            }
            let mut attrs = BTreeMap::new();
            for a in attributes {
                let mut info = AttrInfo::default();
                walk_pattern(&a.value, &mut info.vars, &mut info.refs);
                attrs.insert(a.id.name.to_string(), info);
            }
            entries.push(FtlEntry {
                id: id.to_string(),
                is_term,
                has_value: value.is_some(),
                offset,
                attributes: attrs,
                vars,
                refs,
            });
        }
        (entries, diags)
    }

    pub fn messages(&self) -> impl Iterator<Item = &FtlEntry> {
        self.entries().iter().filter(|e| !e.is_term)
    }
}

/// The deepest nesting of `{` a Fluent file may have.
pub const MAX_NESTING: usize = 24;

/// The offset where braces first nest deeper than MAX_NESTING, skipping string literals inside placeables.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Where each entry's id starts, found by scanning lines, since fluent-syntax keeps no positions.
fn entry_offsets(text: &str) -> BTreeMap<String, Vec<usize>> {
    let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next();
        if matches!(first, Some('a'..='z' | 'A'..='Z' | '-')) {
            let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let rest = line[id.len()..].trim_start();
            if rest.starts_with('=') && !id.is_empty() {
                out.entry(id).or_default().push(offset);
            }
        }
        offset += line.len();
    }
    out
}

fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, refs);
        }
    }
}

fn walk_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for v in variants {
                walk_pattern(&v.value, vars, refs);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, vars, refs),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_args(arguments, vars, refs),
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            refs.insert(format!("-{}", id.name));
            if let Some(a) = arguments {
                walk_args(a, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars, refs),
        _ => {}
    }
}

fn walk_args(a: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for p in &a.positional {
        walk_inline(p, vars, refs);
    }
    for n in &a.named {
        walk_inline(&n.value, vars, refs);
    }
}
