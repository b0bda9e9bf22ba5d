//! What a Fluent file holds, read with fluent-syntax: which messages, where, and which variables they use.

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
    /// In the file's order. A message has few attributes, and a large pack has tens of thousands of messages:
    /// plain vectors here keep `check`'s memory a third smaller than maps and sets did.
    pub attributes: Vec<(String, AttrInfo)>,
    /// Variables the value uses, sorted, each once.
    pub vars: Vec<String>,
    /// Which of those the value uses only to choose a variant (`{ $count -> ... }`) and never shows: bit `i` for
    /// `vars[i]`. A mask, not a list: a large pack has tens of thousands of messages, and `check` keeps them all.
    pub selector_only: u64,
    /// Messages and terms the value refers to, sorted, each once.
    pub refs: Vec<String>,
}

impl FtlEntry {
    pub fn attribute(&self, name: &str) -> Option<&AttrInfo> {
        self.attributes.iter().find(|(a, _)| a == name).map(|(_, info)| info)
    }

    pub fn has_attribute(&self, name: &str) -> bool {
        self.attribute(name).is_some()
    }

    pub fn attribute_infos(&self) -> impl Iterator<Item = &AttrInfo> {
        self.attributes.iter().map(|(_, info)| info)
    }
}

#[derive(Debug, Clone, Default)]
pub struct AttrInfo {
    pub vars: Vec<String>,
    /// As `FtlEntry::selector_only`.
    pub selector_only: u64,
    pub refs: Vec<String>,
}

/// The variables of `vars` a pattern shows: all but those its `selector_only` mask marks. A variable past the 64th
/// counts as shown.
pub fn shown_vars(vars: &[String], selector_only: u64) -> impl Iterator<Item = &String> {
    vars.iter().enumerate().filter(move |(i, _)| *i >= 64 || selector_only & (1 << i) == 0).map(|(_, v)| v)
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
    pub text: super::files::Text,
    parsed: std::sync::OnceLock<(Vec<FtlEntry>, Vec<Diagnostic>)>,
    /// The file as fluent-bundle reads it, parsed once and shared by every player's bundles: a room of 300 would
    /// otherwise hold 300 copies of the same messages.
    resource: std::sync::OnceLock<Option<std::sync::Arc<fluent_bundle::FluentResource>>>,
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
            resource: std::sync::OnceLock::new(),
        }
    }

    /// The file for fluent-bundle; none for a file nested too deep to parse safely (fluent-syntax recurses into
    /// nested placeables; `check` reports it, and play falls back along the chain). A file with syntax errors still
    /// gives its good messages.
    pub fn resource(&self) -> Option<std::sync::Arc<fluent_bundle::FluentResource>> {
        self.resource
            .get_or_init(|| {
                if too_deep(&self.text).is_some() {
                    return None;
                }
                let res = match fluent_bundle::FluentResource::try_new(self.text.to_string()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                Some(std::sync::Arc::new(res))
            })
            .clone()
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
                Diagnostic::error(
                    "too-deep",
                    format!("placeables and call arguments are nested more than {MAX_NESTING} levels deep"),
                )
                .at(&self.rel, &self.display, &self.text, Some(at..at + 1))
                .hint("no message needs this; the file is skipped (its messages fall back to English)"),
            );
            return (Vec::new(), diags);
        }
        let (resource, errors) = match fluent_syntax::parser::parse(&*self.text) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        for e in &errors {
            if let Some(d) = self.plain_words(e.pos.start) {
                diags.push(d);
                continue;
            }
            diags.push(
                Diagnostic::error("fluent-syntax", format!("Fluent syntax error: {}", e.kind))
                    .at(&self.rel, &self.display, &self.text, Some(e.pos.clone()))
                    .hint(
                        "a message is `id = text`; continuation lines and `.attribute = text` lines are indented; \
                         a literal brace is written {\"{\"}; this message is skipped and the game falls back to English",
                    ),
            );
        }
        let mut entries = Vec::with_capacity(resource.body.len());
        let mut calls = Vec::new();
        for entry in &resource.body {
            let (value, attributes) = match entry {
                ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
                _ => continue,
            };
            value.into_iter().for_each(|p| functions(p, &mut calls));
            attributes.iter().for_each(|a| functions(&a.value, &mut calls));
        }
        for name in calls {
            let at = self.offset_of(name).map(|at| at..at + name.len());
            diags.push(
                Diagnostic::error("fluent-function", format!("`{name}()` is not a function the game knows"))
                    .at(&self.rel, &self.display, &self.text, at)
                    .hint(format!(
                        "the game has no Fluent functions, and formats numbers for each language by itself: write \
                         {{ $count }} rather than {{ {name}($count) }}"
                    )),
            );
        }
        for entry in &resource.body {
            let (id, is_term, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let offset = self.offset_of(id).map_or(0, |at| if is_term { at.saturating_sub(1) } else { at });
            let mut uses = Uses::default();
            if let Some(p) = value {
                uses.pattern(p);
            }
            let (vars, selector_only, refs) = uses.done();
            let mut attrs: Vec<(String, AttrInfo)> = Vec::with_capacity(attributes.len());
            for a in attributes {
                let mut uses = Uses::default();
                uses.pattern(&a.value);
                let (vars, selector_only, refs) = uses.done();
                let info = AttrInfo { vars, selector_only, refs };
                // As in a map: a repeated attribute replaces the earlier one.
                match attrs.iter_mut().find(|(n, _)| n == a.id.name) {
                    Some(slot) => slot.1 = info,
                    None => attrs.push((a.id.name.to_string(), info)),
                }
            }
            entries.push(FtlEntry {
                id: id.to_string(),
                is_term,
                has_value: value.is_some(),
                offset,
                attributes: attrs,
                vars,
                selector_only,
                refs,
            });
        }
        (entries, diags)
    }

    /// The Fluent mistakes authors make most, in plain words: a tab, or a line of a message that is not
    /// indented. Looks at the line of the error and the one after it.
    fn plain_words(&self, at: usize) -> Option<Diagnostic> {
        let text: &str = &self.text;
        let at = at.min(text.len());
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let next_start = text[at..].find('\n').map(|i| at + i + 1);
        for start in [Some(line_start), next_start].into_iter().flatten() {
            let line = text[start..].split('\n').next().unwrap_or("");
            if let Some(tab) = line.find('\t').filter(|i| line[..*i].trim().is_empty()) {
                let at = start + tab;
                return Some(
                    Diagnostic::error(
                        "fluent-syntax",
                        "this line is indented with a tab, which Fluent does not accept",
                    )
                    .at(&self.rel, &self.display, text, Some(at..at + 1))
                    .hint("indent with spaces (four, as in the rest of the file) instead of the tab"),
                );
            }
        }
        // A line of words at the start of a line, after a message: Fluent takes its first word for an id.
        let line = text[line_start..].split('\n').next().unwrap_or("");
        let first = line.split_whitespace().next().unwrap_or("");
        let looks_like_text = !line.contains('=') && !line.starts_with([' ', '#', '.', '-']) && !first.is_empty();
        let after_message = line_start > 0 && !text[..line_start - 1].ends_with('\n');
        if looks_like_text && after_message {
            return Some(
                Diagnostic::error("fluent-syntax", "this line continues a message but is not indented")
                    .at(&self.rel, &self.display, text, Some(line_start..line_start + first.len()))
                    .hint("indent it with four spaces: lines of one message are indented, and a line at the start is a new `id = ...`"),
            );
        }
        None
    }

    /// Where a slice of this file's text starts. fluent-syntax keeps no positions, but its AST borrows from the
    /// text, so an id's place is where its slice points.
    fn offset_of(&self, part: &str) -> Option<usize> {
        let start = self.text.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(start)?;
        (at + part.len() <= self.text.len()).then_some(at)
    }

    pub fn messages(&self) -> impl Iterator<Item = &FtlEntry> {
        self.entries().iter().filter(|e| !e.is_term)
    }
}

/// The deepest nesting a Fluent file may have: placeables (`{`) and call arguments (`NUMBER(`, `-term(`) together.
/// fluent-syntax parses both by recursion; 24 levels need a few kilobytes of stack, far within
/// `threads::STACK_BYTES`, and no message needs more than three or four.
pub const MAX_NESTING: usize = 24;

/// The offset where placeables and call arguments first nest deeper than MAX_NESTING, skipping string literals
/// inside placeables. A `(` counts only inside a placeable (outside, it is text); a `}` closes its placeable and
/// every `(` left open in it, so a stray `(` in a variant's text costs at most that placeable.
pub fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut open: Vec<u8> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if open.is_empty() {
            // Outside placeables only `{` matters, and no byte of a multi-byte UTF-8 character is ASCII, so
            // memchr can jump from one to the next.
            let Some(i) = memchr::memchr(b'{', &bytes[at..]) else { break };
            at += i;
        }
        let i = at;
        at += 1;
        match bytes[i] {
            c @ (b'{' | b'(') => {
                open.push(c);
                if open.len() > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => while open.pop().is_some_and(|c| c != b'{') {},
            b')' if open.last() == Some(&b'(') => {
                open.pop();
            }
            b'"' => {
                // A string literal inside a placeable: skip to its end, past escaped characters.
                // An unterminated string runs to the end of the line; a backslash at the very end escapes nothing.
                loop {
                    let Some(j) = bytes.get(at..).and_then(|rest| memchr::memchr3(b'"', b'\\', b'\n', rest)) else {
                        at = bytes.len();
                        break;
                    };
                    at += j + 1;
                    if bytes[at - 1] != b'\\' {
                        break;
                    }
                    at += 1;
                }
            }
            _ => {}
        }
    }
    None
}

/// The reference for `too_deep`, a byte at a time; the tests hold the fast one to it.
#[cfg(test)]
fn too_deep_slowly(text: &str) -> Option<usize> {
    let mut open: Vec<u8> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (i, &c) in text.as_bytes().iter().enumerate() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'{' => open.push(c),
            b'(' if !open.is_empty() => open.push(c),
            b'}' => {
                while let Some(top) = open.pop() {
                    if top == b'{' {
                        break;
                    }
                }
            }
            b')' if open.last() == Some(&b'(') => {
                open.pop();
            }
            b'"' if !open.is_empty() => in_string = true,
            _ => {}
        }
        if open.len() > MAX_NESTING {
            return Some(i);
        }
    }
    None
}

/// The names of the functions a pattern calls (`NUMBER` in `{ NUMBER($n) }`), in order.
fn functions<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| functions(&v.value, out));
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline<'s>(i: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
        match i {
            ast::InlineExpression::FunctionReference { id, arguments } => {
                out.push(id.name);
                args(arguments, out);
            }
            ast::InlineExpression::TermReference { arguments: Some(a), .. } => args(a, out),
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn args<'s>(a: &ast::CallArguments<&'s str>, out: &mut Vec<&'s str>) {
        a.positional.iter().for_each(|p| inline(p, out));
        a.named.iter().for_each(|n| inline(&n.value, out));
    }
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

/// Sorted, each once.
fn tidy(names: &mut Vec<String>) {
    names.sort_unstable();
    names.dedup();
}

/// The variables and references of a pattern, and whether each variable is shown or only chooses a variant.
#[derive(Default)]
struct Uses {
    refs: Vec<String>,
    shown: Vec<String>,
    selectors: Vec<String>,
}

impl Uses {
    /// (every variable, the mask of those only selectors use, the references), each sorted, each once.
    fn done(mut self) -> (Vec<String>, u64, Vec<String>) {
        tidy(&mut self.shown);
        tidy(&mut self.selectors);
        tidy(&mut self.refs);
        let mut all = self.shown.clone();
        all.extend(self.selectors.iter().cloned());
        tidy(&mut all);
        let mut only = 0u64;
        for (i, v) in all.iter().enumerate().take(64) {
            if self.shown.binary_search(v).is_err() {
                only |= 1 << i;
            }
        }
        (all, only, self.refs)
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                self.expr(expression);
            }
        }
    }

    fn expr(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, true);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(i) => self.inline(i, false),
        }
    }

    /// `selector`: whether the expression chooses a variant (`{ $n -> ...}`, `{ NUMBER($n) -> ...}`).
    fn inline(&mut self, i: &ast::InlineExpression<&str>, selector: bool) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                let to = if selector { &mut self.selectors } else { &mut self.shown };
                to.push(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.args(arguments, selector),
            ast::InlineExpression::MessageReference { id, .. } => {
                self.refs.push(id.name.to_string());
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.refs.push(format!("-{}", id.name));
                if let Some(a) = arguments {
                    self.args(a, selector);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expr(expression),
            _ => {}
        }
    }

    fn args(&mut self, a: &ast::CallArguments<&str>, selector: bool) {
        for p in &a.positional {
            self.inline(p, selector);
        }
        for n in &a.named {
            self.inline(&n.value, selector);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_that_only_choose_a_variant_are_told_apart_from_shown_ones() {
        let text = "a = { $n ->\n    [one] one\n   *[other] many\n}\n\
                    b = { NUMBER($n) ->\n    [one] { $n } item\n   *[other] { $who } has { $n }\n}\n\
                    c = { $x }\n    .hint = { $k ->\n       *[other] { $shown }\n    }\n";
        let f =
            FtlFile::new(&SourceFile { rel: "locales/en/x.ftl".into(), display: "x".into(), text: text.into() }, "en");
        let e = f.entries();
        assert!(f.diagnostics().iter().all(|d| d.code == "fluent-function"), "{:?}", f.diagnostics());
        let shown = |vars: &[String], mask| shown_vars(vars, mask).cloned().collect::<Vec<_>>();
        assert_eq!(e[0].vars, ["n"]);
        assert!(shown(&e[0].vars, e[0].selector_only).is_empty(), "$n only chooses");
        assert_eq!(e[1].vars, ["n", "who"]);
        assert_eq!(shown(&e[1].vars, e[1].selector_only), ["n", "who"], "$n is shown in a variant");
        assert_eq!(shown(&e[2].vars, e[2].selector_only), ["x"]);
        let hint = e[2].attribute("hint").unwrap();
        assert_eq!(hint.vars, ["k", "shown"]);
        assert_eq!(shown(&hint.vars, hint.selector_only), ["shown"]);
    }

    #[test]
    fn too_deep_agrees_with_the_byte_by_byte_scan() {
        let deep = format!("x = {}a{}", "{".repeat(30), "}".repeat(30));
        let cases = [
            "a = plain text\n".to_string(),
            deep.clone(),
            format!("x = {{ \"{}\" }}\n{deep}", "{".repeat(40)),
            format!("x = {{ \"a\\\"{}\" }}", "{".repeat(40)),
            format!("x = {{ \"unterminated {}\nnext = {}", "{".repeat(5), "{".repeat(30)),
            format!("ภาษา = {{ \"ไทย\\\\\" }}{}", "{".repeat(26)),
            "}}}} = {{{{".to_string(),
            // Call arguments nest like placeables: this overflowed the stack of `check`, `list` and `play`.
            format!("x = {{ {}1{} }}", "NUMBER(".repeat(30), ")".repeat(30)),
            format!("x = {{ {}1{} }}", "-t(a: ".repeat(30), ")".repeat(30)),
            format!("x = {{ $n -> [a] {} *[b] c }}{}", "(".repeat(20), "{".repeat(20)),
            "x = ((((((((((((((((((((((((((((((((((((((".to_string(),
            // Found by the proptest below: a backslash as the last byte inside a string inside a placeable, and
            // a string that never ends, with braces in it.
            "x = { \"\\".to_string(),
            format!("{}\"{{{{\"\"{}", "{".repeat(10), "{".repeat(15)),
            format!("\"{}\"", "{".repeat(30)),
        ];
        for c in &cases {
            assert_eq!(too_deep(c), too_deep_slowly(c), "{c:?}");
        }
        assert!(too_deep(&deep).is_some());
        assert!(too_deep(&cases[7]).is_some() && too_deep(&cases[8]).is_some(), "calls nest");
        assert_eq!(too_deep(&cases[9]), None, "a stray ( in a variant is closed by its placeable");
        assert_eq!(too_deep(&cases[10]), None, "( outside a placeable is text");
        assert_eq!(too_deep("a = { \"{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\" }"), None);
    }

    proptest::proptest! {
        #[test]
        fn too_deep_agrees_on_any_mix_of_braces_quotes_and_escapes(
            parts in proptest::collection::vec(proptest::sample::select(vec!["{", "}", "\"", "\\", "\n", "a", "ไ", "{{{{{", "(", ")", "NUMBER((((("]), 0..300)
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(too_deep(&text), too_deep_slowly(&text));
        }
    }
}
