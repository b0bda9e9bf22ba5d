//! Loading content: files -> typed values with positions, and the plain model the engine plays.

pub mod files;
pub mod fluent;
pub mod msgid;
pub mod types;

use std::collections::BTreeMap;

pub use files::{ContentSource, Files, SourceFile};
pub use fluent::FtlFile;

use crate::diag::{Diagnostic, did_you_mean};
use crate::model;
use types::*;

/// A parsed TOML file with where it came from.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub rel: String,
    pub display: String,
    pub value: T,
}

/// Everything in a content set, parsed as far as it would parse, with the problems found doing so.
#[derive(Debug, Default)]
pub struct Content {
    pub files: Files,
    pub scenarios: Vec<Parsed<ScenarioFile>>,
    pub redflags: Option<Parsed<RedflagsFile>>,
    pub sources: Option<Parsed<SourcesFile>>,
    pub resources: Option<Parsed<ResourcesFile>>,
    pub quiz: Option<Parsed<QuizFile>>,
    /// Locale tag (the folder name) -> its Fluent files.
    pub locales: BTreeMap<String, Vec<FtlFile>>,
    /// Problems reading or parsing; `check` adds the rest.
    pub diagnostics: Vec<Diagnostic>,
}

pub const SOURCE_LOCALE: &str = "en";

/// The catalogue files: anything else in scenarios/ is a scenario.
pub const CATALOG_FILES: [&str; 4] = ["redflags.toml", "sources.toml", "resources.toml", "quiz.toml"];

impl Content {
    pub fn load(source: &ContentSource) -> Content {
        Content::from_files(Files::load(source))
    }

    pub fn from_files(files: Files) -> Content {
        let mut c = Content::default();
        for p in &files.problems {
            c.diagnostics.push(
                Diagnostic::error("unreadable", p.message.clone()).in_file(&p.display, &p.display).hint(p.hint.clone()),
            );
        }
        for path in &files.ignored {
            c.diagnostics.push(
                Diagnostic::warning(
                    "ignored-file",
                    "the game does not read this file: only .toml and .ftl files count",
                )
                .in_file(path, path)
                .hint("if it is content, rename it to end in .toml (in scenarios/) or .ftl (in locales/<lang>/)"),
            );
        }
        // Each file parses on its own, so a large pack parses on all cores; the results keep the files' order.
        let tomls: Vec<&SourceFile> = files
            .under("scenarios/")
            .filter(|f| {
                let name = &f.rel["scenarios/".len()..];
                let read = name.ends_with(".toml") && !name.contains('/');
                if !read && name.ends_with(".toml") {
                    c.diagnostics.push(misplaced(f, "scenario files are read from scenarios/ itself, not its folders"));
                }
                read
            })
            .collect();
        let parsed: Vec<(AnyToml, Vec<Diagnostic>)> = {
            use rayon::prelude::*;
            tomls.par_iter().map(|f| AnyToml::parse(f)).collect()
        };
        for (t, diags) in parsed {
            c.diagnostics.extend(diags);
            match t {
                AnyToml::Redflags(p) => c.redflags = p,
                AnyToml::Sources(p) => c.sources = p,
                AnyToml::Resources(p) => c.resources = p,
                AnyToml::Quiz(p) => c.quiz = p,
                AnyToml::Scenario(p) => c.scenarios.extend(p.map(|b| *b)),
            }
        }
        for f in files.under("locales/") {
            let rest = &f.rel["locales/".len()..];
            let Some((lang, name)) = rest.split_once('/') else {
                c.diagnostics.push(misplaced(f, "Fluent files are read from a language's folder, like locales/en/"));
                continue;
            };
            if !name.ends_with(".ftl") || name.contains('/') {
                if name.ends_with(".ftl") {
                    c.diagnostics
                        .push(misplaced(f, "Fluent files are read from locales/<lang>/ itself, not its folders"));
                }
                continue;
            }
            let stem = name.trim_end_matches(".ftl");
            if !msgid::is_valid_id(stem) {
                c.diagnostics.push(
                    Diagnostic::warning(
                        "file-name",
                        format!(
                            "`{}` is not named like the others: file names are ids, with dashes",
                            crate::sanitize::sanitize(name)
                        ),
                    )
                    .in_file(&f.rel, &f.display)
                    .hint(format!(
                        "rename it to `{}.ftl`; `locales` and `locales update` match files to English by name",
                        crate::sanitize::sanitize(&stem.to_ascii_lowercase().replace(['_', ' '], "-"))
                    )),
                );
            }
            let ftl = FtlFile::new(f, lang);
            c.locales.entry(lang.to_string()).or_default().push(ftl);
        }
        c.files = files;
        c
    }

    /// The text of every file by layout path, for rendering snippets.
    pub fn sources_by_rel(&self) -> BTreeMap<String, files::Text> {
        self.files.map.iter().map(|(k, v)| (k.clone(), v.text.clone())).collect()
    }

    pub fn scenario(&self, id: &str) -> Option<&Parsed<ScenarioFile>> {
        self.scenarios.iter().find(|s| s.value.id.get_ref() == id)
    }
}

/// One parsed file of scenarios/, by its kind.
enum AnyToml {
    Redflags(Option<Parsed<RedflagsFile>>),
    Sources(Option<Parsed<SourcesFile>>),
    Resources(Option<Parsed<ResourcesFile>>),
    Quiz(Option<Parsed<QuizFile>>),
    // Boxed: a scenario file is much larger than the catalogues.
    Scenario(Option<Box<Parsed<ScenarioFile>>>),
}

impl AnyToml {
    fn parse(f: &SourceFile) -> (AnyToml, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let t = match &f.rel["scenarios/".len()..] {
            "redflags.toml" => AnyToml::Redflags(parse_toml(f, &mut d)),
            "sources.toml" => AnyToml::Sources(parse_toml(f, &mut d)),
            "resources.toml" => AnyToml::Resources(parse_toml(f, &mut d)),
            "quiz.toml" => AnyToml::Quiz(parse_toml(f, &mut d)),
            _ => AnyToml::Scenario(parse_toml(f, &mut d).map(Box::new)),
        };
        (t, d)
    }
}

/// Parses one TOML file; a syntax or type error becomes a diagnostic at its position.
pub fn parse_toml<T: serde::de::DeserializeOwned>(f: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Parsed<T>> {
    if f.text.trim().is_empty() {
        diags.push(
            Diagnostic::error("empty-file", "the file is empty")
                .in_file(&f.rel, &f.display)
                .hint("write the file's fields (see docs/format.md) or remove the file"),
        );
        return None;
    }
    match toml::from_str::<T>(&f.text) {
        Ok(value) => Some(Parsed { rel: f.rel.clone(), display: f.display.clone(), value }),
        Err(e) => {
            let (message, hint) = explain_toml_error(e.message());
            let (message, hint, span) = plain_toml_words(&f.text, e.span(), message, hint);
            diags.push(Diagnostic::error("toml", message).at(&f.rel, &f.display, &f.text, span).maybe_hint(hint));
            None
        }
    }
}

/// The TOML mistakes authors make most, in plain words, placed where the author can see them: a quote left open
/// (at the quote that opened it), text in curly quotes, a number in quotes.
fn plain_toml_words(
    text: &str,
    span: Option<std::ops::Range<usize>>,
    message: String,
    hint: Option<String>,
) -> (String, Option<String>, Option<std::ops::Range<usize>>) {
    let Some(at) = span.clone() else { return (message, hint, span) };
    let start = at.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    if message.starts_with("invalid basic string") || message.starts_with("invalid literal string") {
        let quote = if message.contains("literal") { '\'' } else { '"' };
        if let Some(open) = line.find(quote) {
            let open = line_start + open;
            return (
                "this quote is not closed on its line".into(),
                Some(format!("end the text with {quote} on the same line: `id = {quote}offer{quote}`")),
                Some(open..open + 1),
            );
        }
    }
    let curly = |c: char| matches!(c, '“' | '”' | '‘' | '’' | '„' | '«' | '»');
    if let Some((i, c)) = line.char_indices().find(|(_, c)| curly(*c))
        && (message.contains("quoted") || message.contains("invalid") || message.contains("expected"))
    {
        let at = line_start + i;
        return (
            format!("`{c}` is a typographic quote, which TOML does not read as a quote"),
            Some("type straight quotes, like \"offer\"; word processors change them, so edit TOML in a plain-text editor".into()),
            Some(at..at + c.len_utf8()),
        );
    }
    const WHOLE: [&str; 6] = ["u8", "u16", "u32", "u64", "usize", "an integer"];
    const NUMBER: [&str; 9] = ["u8", "u16", "u32", "u64", "i32", "i64", "f64", "an integer", "a number"];
    if let Some(rest) = message.strip_prefix("invalid type: string ")
        && let Some((value, expected)) = rest.split_once(", expected ")
    {
        let bare = value.trim_matches('"');
        if NUMBER.contains(&expected.trim()) || expected.trim() == "integer" {
            return (
                format!("{value} is text in quotes, but this needs a number"),
                Some(format!("write the number without quotes: {bare}")),
                span,
            );
        }
        if expected.trim() == "a boolean" {
            return (
                format!("{value} is text in quotes, but this needs true or false"),
                Some(format!("write {bare} without quotes")),
                span,
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: floating point `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
        && WHOLE.contains(&expected.trim())
    {
        return (
            format!("`{value}` is not a whole number"),
            Some("this needs a whole number, like 3, without a decimal point".into()),
            span,
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: integer `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
        && WHOLE.contains(&expected.trim())
        && value.starts_with('-')
    {
        return (format!("`{value}` is below zero"), Some("this needs a whole number of 0 or more".into()), span);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
        && (expected.trim() == "a string" || expected.trim() == "a borrowed string")
    {
        let value = found.split_once('`').map_or("...", |(_, v)| v.trim_end_matches('`'));
        let kind = match found.split(' ').next().unwrap_or("") {
            "integer" | "floating" => "a number",
            "boolean" => "true or false",
            "sequence" => "a list",
            "map" => "a table",
            _ => "something else",
        };
        return (
            format!("this needs text in quotes, not {kind}"),
            Some(format!("write it in straight quotes: \"{value}\"")),
            span,
        );
    }
    if message.starts_with("string values must be quoted") {
        let word =
            &text[start..].split(|c: char| c.is_whitespace() || c == ',' || c == '}' || c == ']').next().unwrap_or("");
        return ("text must be in quotes".into(), Some(format!("write it in straight quotes: \"{word}\"")), span);
    }
    // A list or an inline table left open: the parser notices only where the next thing begins, often on a later
    // line, and asks for a comma. The author needs the bracket that opened it.
    let missing_comma = message.starts_with("missing comma between array elements")
        || message.starts_with("missing comma between key-value pairs");
    if missing_comma && let Some((open, bracket)) = unclosed(text, start) {
        let rest = text[start..].trim_start_matches([' ', '\t']);
        let at_line_start = text[line_start..start].trim().is_empty();
        let is_key = |s: &str| {
            let key_end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'));
            key_end.is_some_and(|e| e > 0 && s[e..].trim_start().starts_with('='))
        };
        let ends_list =
            bracket == '[' && (rest.starts_with('}') || (at_line_start && (is_key(rest) || rest.starts_with('['))));
        let ends_table = bracket == '{' && at_line_start && text[..open].rfind('\n') != text[..start].rfind('\n');
        if ends_list || ends_table {
            let (what, close) = if bracket == '[' { ("list", ']') } else { ("table", '}') };
            return (
                format!("this {what} is not closed"),
                Some(format!(
                    "end it with `{close}` after its last item (or, if it goes on, put a comma between its items)"
                )),
                Some(open..open + 1),
            );
        }
    }
    if missing_comma {
        return (
            "a comma is missing before this".into(),
            Some("the items of a list, and the fields inside { ... }, are separated by commas".into()),
            span,
        );
    }
    (message, hint, span)
}

/// The innermost `[` or `{` still open at `at`, and which: strings and comments skipped.
fn unclosed(text: &str, at: usize) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut chars = text[..at.min(text.len())].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '[' | '{' => open.push((i, c)),
            ']' | '}' => {
                open.pop();
            }
            '#' => while chars.next_if(|(_, c)| *c != '\n').is_some() {},
            '"' | '\'' => {
                let mut escaped = false;
                while let Some((_, s)) = chars.next_if(|(_, s)| *s != '\n') {
                    if s == c && !escaped {
                        break;
                    }
                    escaped = c == '"' && s == '\\' && !escaped;
                }
            }
            _ => {}
        }
    }
    open.pop()
}

/// Turns serde's wording into an educator's, and suggests the nearest field name for an unknown one.
fn explain_toml_error(msg: &str) -> (String, Option<String>) {
    let msg = msg.trim().to_string();
    if let Some(rest) = msg.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        let fields: Vec<&str> =
            expected.split('`').filter(|s| !s.trim().is_empty() && !s.contains(',') && *s != " or ").collect();
        let fields: Vec<&str> = fields.into_iter().filter(|s| !s.starts_with("one of")).map(|s| s.trim()).collect();
        let hint = did_you_mean(field, fields.iter().copied())
            .or_else(|| Some(format!("the fields allowed here are: {}", fields.join(", "))));
        return (format!("unknown field `{field}`"), hint);
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `")
        && let Some((word, expected)) = rest.split_once("`, expected ")
    {
        let words: Vec<&str> = expected
            .split('`')
            .map(str::trim)
            .filter(|s| !s.is_empty() && *s != "," && *s != "or" && !s.starts_with("one of"))
            .collect();
        let hint =
            did_you_mean(word, words.iter().copied()).or_else(|| Some(format!("allowed values: {}", words.join(", "))));
        return (format!("`{word}` is not an allowed value here"), hint);
    }
    if let Some(field) = msg.strip_prefix("missing field `").and_then(|r| r.strip_suffix('`')) {
        return (format!("missing field `{field}`"), Some(format!("add `{field} = ...` (see docs/format.md)")));
    }
    if msg.contains("duplicate key") {
        return (msg, Some("each key may appear once in a table; remove or rename one".into()));
    }
    (msg, None)
}

/// Builds the engine's model from parsed content. Call only on content that `check` found free of errors;
/// anything still missing is skipped rather than trusted.
pub fn compile(content: &Content) -> model::Library {
    let mut lib = model::Library::default();
    for s in &content.scenarios {
        let scenario = compile_scenario(&s.value);
        lib.scenarios.insert(scenario.id.clone(), scenario);
    }
    if let Some(r) = &content.redflags {
        for (id, d) in &r.value.redflag {
            lib.redflags.insert(
                id.get_ref().clone(),
                model::Redflag {
                    id: id.get_ref().clone(),
                    number: *d.number.get_ref(),
                    stage: *d.stage.get_ref(),
                    sources: ids(&d.sources),
                },
            );
        }
    }
    if let Some(s) = &content.sources {
        for (id, d) in &s.value.source {
            lib.sources.insert(
                id.get_ref().clone(),
                model::Source {
                    id: id.get_ref().clone(),
                    publisher: d.publisher.get_ref().clone(),
                    short: d.short.as_ref().map(|s| s.get_ref().clone()),
                    title: d.title.get_ref().clone(),
                    year: *d.year.get_ref(),
                    url: d.url.get_ref().clone(),
                    checked: d.checked.get_ref().clone(),
                },
            );
        }
    }
    if let Some(r) = &content.resources {
        lib.resources = compile_resources(&r.value);
    }
    if let Some(q) = &content.quiz {
        lib.quiz = q
            .value
            .item
            .iter()
            .map(|(id, d)| model::QuizItem {
                id: id.get_ref().clone(),
                kind: *d.kind.get_ref(),
                genuine: *d.genuine.get_ref(),
                redflags: ids(&d.redflags),
                countries: d.countries.iter().map(|c| c.get_ref().clone()).collect(),
            })
            .collect();
    }
    lib
}

/// One scenario as the engine plays it.
pub fn compile_scenario(f: &ScenarioFile) -> model::Scenario {
    let mut nodes = BTreeMap::new();
    for (nid, n) in &f.nodes {
        let channel = n
            .channel
            .as_ref()
            .map(|c| *c.get_ref())
            .or_else(|| {
                n.from.as_ref().and_then(|c| f.characters.get(c.get_ref().as_str())).map(|c| *c.channel.get_ref())
            })
            .unwrap_or(Channel::Narration);
        let kind = if let Some(o) = &n.ending {
            model::NodeKind::Ending(*o.get_ref())
        } else if let Some(next) = &n.next {
            model::NodeKind::Next(next.get_ref().clone())
        } else {
            let mut choices: Vec<model::Choice> =
                n.choices.as_ref().map(|c| c.get_ref().iter().filter_map(compile_choice).collect()).unwrap_or_default();
            // A choice under threat notices or misses nothing; `check` warns when one names a red flag, and the
            // engine, the debrief and the records never count it.
            if is_coerced(n) {
                for c in &mut choices {
                    c.spots.clear();
                    c.misses.clear();
                }
            }
            model::NodeKind::Choices(choices)
        };
        nodes.insert(
            nid.get_ref().clone(),
            model::Node {
                id: nid.get_ref().clone(),
                from: n.from.as_ref().map(|c| c.get_ref().clone()),
                channel,
                lines: ids(&n.lines),
                effects: effects(&n.set, &n.clear, &n.add),
                coerced: is_coerced(n),
                genuine: n.genuine.as_ref().is_some_and(|b| *b.get_ref()),
                kind,
            },
        );
    }
    let vars = f
        .vars
        .iter()
        .map(|(k, v)| {
            let values = v
                .pick
                .get_ref()
                .iter()
                .map(|p| match p.get_ref() {
                    PickValue::Int(i) => model::VarValue::Number(*i as f64),
                    PickValue::Float(x) => model::VarValue::Number(*x),
                    PickValue::Message(m) => model::VarValue::Message(m.clone()),
                })
                .collect();
            (k.get_ref().clone(), values)
        })
        .collect();
    let redflags = scenario_redflags(f);
    model::Scenario {
        id: f.id.get_ref().clone(),
        start: f.start.get_ref().clone(),
        minutes: *f.minutes.get_ref(),
        content_note: f.content_note.as_ref().is_some_and(|b| *b.get_ref()),
        help: f.help.as_ref().map(|h| *h.get_ref()).unwrap_or_default(),
        characters: f.characters.iter().map(|(k, c)| (k.get_ref().clone(), *c.channel.get_ref())).collect(),
        vars,
        nodes,
        redflags,
    }
}

pub fn compile_resources(r: &ResourcesFile) -> model::Resources {
    model::Resources {
        list: r
            .resource
            .iter()
            .map(|(id, d)| model::Resource {
                id: id.get_ref().clone(),
                countries: d.countries.iter().map(|c| c.get_ref().clone()).collect(),
                contact: d.contact.get_ref().clone(),
                source: d.source.as_ref().map(|s| s.get_ref().clone()),
                checked: d.checked.get_ref().clone(),
                name: d.name.as_ref().map(|s| s.get_ref().clone()),
                description: d.description.as_ref().map(|s| s.get_ref().clone()),
                kinds: d.kinds.as_ref().map(|k| k.get_ref().iter().map(|k| *k.get_ref()).collect()).unwrap_or_default(),
            })
            .collect(),
        locale_countries: r.locales.iter().map(|(k, v)| (k.get_ref().clone(), v.get_ref().clone())).collect(),
    }
}

/// The red flags a scenario teaches: its explicit list, or every one its choices name.
pub fn scenario_redflags(f: &ScenarioFile) -> Vec<String> {
    if let Some(v) = &f.redflags
        && let toml::Value::Array(items) = v.get_ref()
    {
        return items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect();
    }
    let mut out: Vec<String> = Vec::new();
    for n in f.nodes.values().filter(|n| !is_coerced(n)) {
        if let Some(choices) = &n.choices {
            for c in choices.get_ref() {
                for r in c.spots.iter().chain(c.misses.iter()) {
                    if !out.contains(r.get_ref()) {
                        out.push(r.get_ref().clone());
                    }
                }
            }
        }
    }
    out
}

/// Whether a node is marked `coerced = true`: the player acts under threat there.
pub fn is_coerced(n: &NodeDef) -> bool {
    n.coerced.as_ref().is_some_and(|b| *b.get_ref())
}

fn compile_choice(c: &ChoiceDef) -> Option<model::Choice> {
    Some(model::Choice {
        id: c.id.get_ref().clone(),
        goto: c.goto.as_ref()?.get_ref().clone(),
        conditions: model::Conditions {
            requires: ids(&c.requires),
            unless: ids(&c.unless),
            min: counters(&c.min),
            max: counters(&c.max),
        },
        effects: effects(&c.set, &c.clear, &c.add),
        spots: ids(&c.spots),
        misses: ids(&c.misses),
    })
}

fn ids(list: &[Id]) -> Vec<String> {
    list.iter().map(|i| i.get_ref().clone()).collect()
}

fn counters(c: &Counters) -> Vec<(String, i64)> {
    c.iter().map(|(k, v)| (k.get_ref().clone(), *v.get_ref())).collect()
}

fn effects(set: &[Id], clear: &[Id], add: &Counters) -> model::Effects {
    model::Effects { set: ids(set), clear: ids(clear), add: counters(add) }
}

/// A country code as the resource files use them: two capital letters (ISO 3166), or `*` for everyone.
pub fn valid_country(c: &str) -> bool {
    c == "*" || (c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()))
}

/// A facilitator's own list of help resources (`--resources FILE`), in the format of scenarios/resources.toml,
/// with the words in `name` and `description` fields since a local list is rarely translated.
pub fn load_resources_file(path: &std::path::Path) -> Result<model::Resources, Vec<Diagnostic>> {
    let display = path.display().to_string();
    let unreadable = |message: String| {
        vec![
            Diagnostic::error("unreadable", message)
                .in_file(&display, &display)
                .hint("give the path of a TOML file like scenarios/resources.toml"),
        ]
    };
    let text = files::read_limited(path).map_err(|e| unreadable(format!("the resources file {e}")))?;
    let f = SourceFile { rel: display.clone(), display: display.clone(), text: text.into() };
    let mut diags = Vec::new();
    let diags_of = |mut d: Vec<Diagnostic>| {
        crate::diag::sort(&mut d);
        let mut d = crate::diag::cap(d);
        crate::diag::locate(&mut d, |_| Some(&*f.text));
        d
    };
    let Some(parsed) = parse_toml::<ResourcesFile>(&f, &mut diags) else { return Err(diags_of(diags)) };
    for (id, r) in &parsed.value.resource {
        if r.name.is_none() {
            diags.push(
                Diagnostic::error("missing-field", format!("the resource `{}` has no name", id.get_ref()))
                    .at(&f.rel, &f.display, &f.text, Some(id.span()))
                    .hint("add name = \"...\" (and description = \"...\"): a local list carries its own words"),
            );
        }
        for c in r.countries.iter() {
            if !valid_country(c.get_ref()) {
                diags.push(
                    Diagnostic::error("bad-country", format!("`{}` is not a country code", c.get_ref()))
                        .at(&f.rel, &f.display, &f.text, Some(c.span()))
                        .hint("use a two-letter ISO 3166 code in capitals, like \"PH\", or \"*\" for everyone"),
                );
            }
        }
    }
    if parsed.value.resource.is_empty() {
        diags.push(
            Diagnostic::error("no-resources", "the file lists no help resources")
                .in_file(&f.rel, &f.display)
                .hint("add at least one [resource.<id>] with countries, contact, checked, name and description"),
        );
    }
    if diags.is_empty() { Ok(compile_resources(&parsed.value)) } else { Err(diags_of(diags)) }
}

/// A content file where the game does not look for it.
fn misplaced(f: &SourceFile, why: &str) -> Diagnostic {
    Diagnostic::warning("ignored-file", format!("the game does not read this file: {why}"))
        .in_file(&f.rel, &f.display)
        .hint("move it to the folder where the game reads it, or remove it")
}
