//! Validation of scenarios, catalogues and locales. Every problem is a diagnostic with a file position and a
//! hint, so an educator or translator can fix it from the message alone.
//!
//! The checks are passes over the content, one a file, each with its own tests:
//!
//! - `structure`: structure and graph (ids, nodes, choices and their targets, flags and counters, unreachable
//!   nodes, no way out, stuck nodes); `graph` is the node graph it analyses;
//! - `redflags`: red flags and sources (the two catalogues, and the red flags a scenario's choices name);
//! - `messages`: messages and variables (English messages the TOML asks for, unused ones, variables, references,
//!   circles, ids that collide as Fluent messages);
//! - `translations`: each locale against English;
//! - `quiz_resources`: the quiz and the help resources.
//!
//! Each pass visits what it checks once (a scenario, a message), so `check` stays linear in the content's size.
//! This file runs the passes and holds what they share: the `Checker`, diagnostics placed at TOML spans or
//! Fluent messages, and id and date checks.

pub mod graph;
mod messages;
mod quiz_resources;
mod redflags;
mod structure;
mod translations;

pub use messages::required_ids;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use std::ops::Range;

use toml::Spanned;

use crate::content::fluent::FtlEntry;
use crate::content::types::*;
use crate::content::{Content, FtlFile, Parsed, msgid};
use crate::diag::Diagnostic;

/// The most nodes one scenario may have (against hostile or runaway content), and choices one node may have (the
/// keys 1 to 9 choose).
pub const MAX_NODES: usize = 2_000;
pub const MAX_CHOICES: usize = 9;

/// Runs every check. The result includes the problems found while reading and parsing.
///
/// The parts that only read the content run side by side on all cores: a large pack has tens of thousands of
/// messages and nodes, and `check` is what an author runs after every edit.
pub fn check(content: &Content) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    analyse_in_parallel(content);
    let mut c = Checker { content, out: content.diagnostics.clone() };
    for f in content.locales.values().flatten() {
        c.out.extend(f.diagnostics().iter().cloned());
    }
    c.redflags_and_sources();
    c.quiz_and_resources();
    let mut seen_ids: BTreeMap<&str, &Parsed<ScenarioFile>> = BTreeMap::new();
    for s in &content.scenarios {
        if let Some(first) = seen_ids.get(s.value.id.get_ref().as_str()) {
            let d = c.toml_at(
                s,
                span(&s.value.id),
                "duplicate-id",
                format!("the scenario id `{}` is used twice", s.value.id.get_ref()),
            );
            c.out.push(d.hint(format!("{} already uses it; give each scenario its own id", first.display)));
        } else {
            seen_ids.insert(s.value.id.get_ref(), s);
        }
    }
    let per_scenario: Vec<Vec<Diagnostic>> =
        content.scenarios.par_iter().map(|s| part(content, |one| one.scenario(s))).collect();
    c.out.extend(per_scenario.into_iter().flatten());
    // The search for dead ends plays each scenario, which only makes sense when its structure is sound.
    let broken: HashSet<&str> =
        c.out.iter().filter(|d| d.severity == crate::diag::Severity::Error).map(|d| d.rel.as_str()).collect();
    let ((english, cycles), (translations, stuck)) = rayon::join(
        || rayon::join(|| part(content, Checker::english), || part(content, Checker::cycles)),
        || rayon::join(|| part(content, Checker::translations), || structure::stuck(content, &broken)),
    );
    c.out.extend(english.into_iter().chain(cycles).chain(translations).chain(stuck));
    crate::diag::sort(&mut c.out);
    let mut out = crate::diag::cap(c.out);
    crate::diag::locate(&mut out, |rel| content.files.get(rel).map(|f| &*f.text));
    out
}

/// One part of the checks, with its own diagnostics, so that parts can run side by side.
fn part<'a>(content: &'a Content, f: impl FnOnce(&mut Checker<'a>)) -> Vec<Diagnostic> {
    let mut one = Checker { content, out: Vec::new() };
    f(&mut one);
    one.out
}

/// Places a diagnostic at a Fluent message's id.
trait AtEntry {
    fn at_entry(self, f: &FtlFile, e: &FtlEntry) -> Self;
}

impl AtEntry for Diagnostic {
    fn at_entry(self, f: &FtlFile, e: &FtlEntry) -> Diagnostic {
        self.at(&f.rel, &f.display, &f.text, Some(e.offset..e.offset + e.id.len()))
    }
}

/// Analyses every Fluent file on all cores before checking: in a large pack this is most of the work, and each
/// file is independent.
fn analyse_in_parallel(content: &Content) {
    use rayon::prelude::*;
    let files: Vec<&FtlFile> = content.locales.values().flatten().collect();
    files.par_iter().for_each(|f| {
        let _ = f.entries();
    });
}

/// Content that may not be played, and why: the diagnostics that block it (the content is kept for snippets).
pub type Blocked = (Content, Vec<Diagnostic>);

/// Loads content to play: checked first, and refused with the blocking diagnostics if it would break the game.
/// The CLI prints them; the TUI shows them on its error screen.
pub fn load_playable(source: &crate::content::ContentSource) -> Result<(Content, crate::model::Library), Box<Blocked>> {
    let content = Content::load(source);
    let blocking: Vec<Diagnostic> = check(&content).into_iter().filter(blocks_play).collect();
    if blocking.is_empty() {
        let lib = crate::content::compile(&content);
        Ok((content, lib))
    } else {
        Err(Box::new((content, blocking)))
    }
}

/// Whether diagnostics should stop a game from starting: errors in structure or in English do; problems in a
/// translation do not, since the game falls back to English message by message.
pub fn blocks_play(d: &Diagnostic) -> bool {
    let in_translation = d.rel.starts_with("locales/") && !d.rel.starts_with("locales/en/");
    d.severity == crate::diag::Severity::Error && !in_translation
}

fn span<T>(s: &Spanned<T>) -> Option<Range<usize>> {
    Some(s.span())
}

struct Checker<'a> {
    content: &'a Content,
    out: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn text(&self, rel: &str) -> &'a str {
        self.content.files.get(rel).map(|f| &*f.text).unwrap_or("")
    }

    fn toml_at<T>(&self, p: &Parsed<T>, span: Option<Range<usize>>, code: &'static str, msg: String) -> Diagnostic {
        Diagnostic::error(code, msg).at(&p.rel, &p.display, self.text(&p.rel), span)
    }

    fn toml_warn<T>(&self, p: &Parsed<T>, span: Option<Range<usize>>, code: &'static str, msg: String) -> Diagnostic {
        Diagnostic::warning(code, msg).at(&p.rel, &p.display, self.text(&p.rel), span)
    }

    fn redflag_ids(&self) -> BTreeSet<&'a str> {
        self.content
            .redflags
            .as_ref()
            .map(|r| r.value.redflag.keys().map(|k| k.get_ref().as_str()).collect())
            .unwrap_or_default()
    }

    fn check_id<T>(&mut self, p: &Parsed<T>, id: &Spanned<String>, what: &str) {
        if !msgid::is_valid_id(id.get_ref()) {
            let d = self.toml_at(p, span(id), "bad-id", format!("`{}` is not a valid {what} id", id.get_ref()));
            self.out.push(d.hint(
                "ids are lower-case letters, digits and single dashes, starting with a letter, like `ask-contract`",
            ));
        }
    }

    pub(super) fn check_date<T>(&mut self, p: &Parsed<T>, checked: &Spanned<String>, what: &str) {
        let v = checked.get_ref();
        let is_date = v.len() == 10
            && v.chars().enumerate().all(|(i, ch)| if i == 4 || i == 7 { ch == '-' } else { ch.is_ascii_digit() });
        if !is_date {
            let d = self.toml_warn(
                p,
                span(checked),
                "unchecked",
                format!("this {what} has no date it was checked (`{v}`)"),
            );
            self.out.push(d.hint("check the address and the facts, then write the date as \"YYYY-MM-DD\""));
        }
    }
}

/// What the passes' own tests share: one pass run over a small content set given as files.
#[cfg(test)]
mod testing {
    use super::*;

    /// The diagnostics one pass finds, as `code line:column` (`code` alone for a whole file), sorted. The content
    /// must read and parse cleanly, so that a test sees only what its pass finds.
    pub(super) fn found(pairs: &[(&str, &str)], pass: impl for<'a> FnOnce(&mut Checker<'a>)) -> Vec<String> {
        let content = Content::from_files(crate::content::Files::from_pairs(pairs.iter().copied()));
        assert!(content.diagnostics.is_empty(), "the test's content does not read: {:?}", content.diagnostics);
        let mut out = part(&content, pass);
        crate::diag::locate(&mut out, |rel| content.files.get(rel).map(|f| &*f.text));
        crate::diag::sort(&mut out);
        out.iter()
            .map(|d| if d.line == 0 { d.code.to_string() } else { format!("{} {}:{}", d.code, d.line, d.column) })
            .collect()
    }

    /// The first scenario of the content a pass runs over.
    pub(super) fn scenario<'a>(c: &Checker<'a>) -> &'a Parsed<ScenarioFile> {
        &c.content.scenarios[0]
    }
}
