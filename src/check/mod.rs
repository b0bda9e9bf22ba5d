//! Validation of scenarios, catalogues and locales. Every problem is a diagnostic with a file position and a
//! hint, so an educator or translator can fix it from the message alone.

pub mod graph;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

use toml::Spanned;

use crate::content::fluent::FtlEntry;
use crate::content::types::*;
use crate::content::{Content, FtlFile, Parsed, SOURCE_LOCALE, msgid};
use crate::diag::{Diagnostic, did_you_mean, nearest};
use crate::words::{REPORT_MESSAGES, UI_MESSAGES};

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
    c.catalogues();
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
        || rayon::join(|| part(content, Checker::translations), || stuck(content, &broken)),
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

/// Walks each structurally sound scenario, conditions included: a node where a player can arrive and find every
/// choice hidden is a dead end that the graph alone cannot see.
fn stuck(content: &Content, broken: &HashSet<&str>) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let per_scenario: Vec<Vec<Diagnostic>> = content
        .scenarios
        .par_iter()
        .filter(|s| !broken.contains(s.rel.as_str()))
        .map(|s| {
            let c = Checker { content, out: Vec::new() };
            let scn = crate::content::compile_scenario(&s.value);
            let mut out = Vec::new();
            for node in &crate::paths::stuck_nodes(&scn, 200_000) {
                let Some((key, _)) = s.value.nodes.get_key_value(node.as_str()) else { continue };
                let d = c.toml_at(
                    s,
                    span(key),
                    "stuck",
                    format!("a player can reach the node `{node}` with none of its choices available"),
                );
                out.push(d.hint("the conditions (requires, unless, min, max) hide every choice on some path; add a choice without conditions, or check the flags (`redflag paths` shows the paths)"));
            }
            out
        })
        .collect();
    per_scenario.into_iter().flatten().collect()
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

    /// The country codes quiz items already use, for "did you mean".
    fn quiz_countries(&self, q: &crate::content::types::QuizFile) -> Vec<String> {
        let mut v: Vec<String> = q
            .item
            .values()
            .flat_map(|i| i.countries.iter().map(|c| c.get_ref().clone()))
            .filter(|c| crate::countries::is_iso(c))
            .collect();
        v.sort();
        v.dedup();
        v
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

    fn catalogues(&mut self) {
        let c = self.content;
        let source_ids: BTreeSet<&str> = c
            .sources
            .as_ref()
            .map(|s| s.value.source.keys().map(|k| k.get_ref().as_str()).collect())
            .unwrap_or_default();
        let mut cited: BTreeSet<String> = BTreeSet::new();
        match &c.redflags {
            None if !c.files.map.contains_key("scenarios/redflags.toml") => self.out.push(
                Diagnostic::error("missing-file", "the red-flag catalogue scenarios/redflags.toml is missing")
                    .in_file("scenarios/redflags.toml", "scenarios/redflags.toml")
                    .hint("copy it from the shipped content (redflag check shows its format in docs/format.md)"),
            ),
            None => {}
            Some(r) => {
                let mut numbers: BTreeMap<u32, &str> = BTreeMap::new();
                for (id, d) in &r.value.redflag {
                    self.check_id(r, id, "red-flag");
                    if let Some(other) = numbers.insert(*d.number.get_ref(), id.get_ref()) {
                        let diag = self.toml_at(
                            r,
                            span(&d.number),
                            "duplicate-id",
                            format!("red flag number {} is also used by `{other}`", d.number.get_ref()),
                        );
                        self.out.push(diag.hint("give each red flag its own number"));
                    }
                    if d.sources.is_empty() {
                        let diag = self.toml_at(
                            r,
                            span(id),
                            "no-source",
                            format!("the red flag `{}` cites no source", id.get_ref()),
                        );
                        self.out
                            .push(diag.hint("every red flag must cite at least one id from scenarios/sources.toml"));
                    }
                    for s in d.sources.iter() {
                        cited.insert(s.get_ref().clone());
                        self.check_source(r, s, &source_ids);
                    }
                }
            }
        }
        if let Some(r) = &c.resources {
            let mut has_everyone = false;
            for (id, d) in &r.value.resource {
                self.check_id(r, id, "resource");
                for country in d.countries.iter() {
                    let ok = crate::content::valid_country(country.get_ref());
                    has_everyone |= country.get_ref() == "*";
                    if !ok {
                        let diag = self.toml_at(
                            r,
                            span(country),
                            "bad-country",
                            format!("`{}` is not a country code", country.get_ref()),
                        );
                        self.out.push(
                            diag.hint("use a two-letter ISO 3166 code in capitals, like \"PH\", or \"*\" for everyone"),
                        );
                    }
                }
                if let Some(s) = &d.source {
                    cited.insert(s.get_ref().clone());
                    self.check_source(r, s, &source_ids);
                }
                self.check_date(r, &d.checked, "resource");
            }
            if !has_everyone {
                let diag = Diagnostic::warning(
                    "no-help-for-everyone",
                    "no help resource is for everyone (countries = [\"*\"])",
                )
                .in_file(&r.rel, &r.display)
                .hint(
                    "add at least one resource that applies in every country, so every player sees where to get help",
                );
                self.out.push(diag);
            }
        }
        if let Some(q) = &c.quiz {
            let redflags = self.redflag_ids();
            let genuine = q.value.item.values().filter(|i| *i.genuine.get_ref()).count();
            let total = q.value.item.len();
            for (id, item) in &q.value.item {
                self.check_id(q, id, "quiz item");
                for r in item.redflags.iter() {
                    if !redflags.contains(r.get_ref().as_str()) {
                        let d =
                            self.toml_at(q, span(r), "unknown-redflag", format!("unknown red flag `{}`", r.get_ref()));
                        self.out.push(d.maybe_hint(did_you_mean(r.get_ref(), redflags.iter().copied())));
                    }
                }
                for country in item.countries.iter() {
                    let c = country.get_ref();
                    if c == "*" {
                        let d = self.toml_at(
                            q,
                            span(country),
                            "bad-country",
                            "`*` is not a country code; a quiz item for every country lists no countries".into(),
                        );
                        self.out.push(d.hint("remove `countries`, or leave it empty, for an item that fits everyone"));
                    } else if !(crate::countries::is_iso(c) && c.chars().all(|ch| ch.is_ascii_uppercase())) {
                        let d = self.toml_at(q, span(country), "bad-country", format!("`{c}` is not a country code"));
                        let known = self.quiz_countries(&q.value);
                        let hint = match crate::countries::did_you_mean(c, known.iter().map(String::as_str)) {
                            _ if crate::countries::is_iso(c) => {
                                format!("write it in capitals: \"{}\"", c.to_ascii_uppercase())
                            }
                            Some(s) => format!("did you mean `{s}`? Use a two-letter ISO 3166 code in capitals"),
                            None => "use a two-letter ISO 3166 code in capitals, like \"PH\"".into(),
                        };
                        self.out.push(d.hint(hint));
                    }
                }
                if !item.countries.is_empty() {
                    // A country's item takes the place of a general item of its kind and class; with none there, it is
                    // never drawn.
                    let places = q
                        .value
                        .item
                        .values()
                        .filter(|o| {
                            o.countries.is_empty()
                                && o.kind.get_ref() == item.kind.get_ref()
                                && o.genuine.get_ref() == item.genuine.get_ref()
                        })
                        .count();
                    let crowded = item.countries.iter().find(|c| {
                        let rivals = q
                            .value
                            .item
                            .iter()
                            .filter(|(oid, o)| {
                                oid.get_ref() <= id.get_ref()
                                    && o.kind.get_ref() == item.kind.get_ref()
                                    && o.genuine.get_ref() == item.genuine.get_ref()
                                    && o.countries.iter().any(|x| x.get_ref() == c.get_ref())
                            })
                            .count();
                        rivals > places
                    });
                    if let Some(c) = crowded {
                        let class = if *item.genuine.get_ref() { "genuine" } else { "scam" };
                        let d = self.toml_warn(
                            q,
                            span(id),
                            "quiz-item-never-drawn",
                            format!(
                                "the quiz item `{}` is never drawn for {}: the general set has {places} {class} item(s) \
                                 of its kind, and the country's items take only their places",
                                id.get_ref(),
                                c.get_ref()
                            ),
                        );
                        self.out.push(d.hint(format!(
                            "add a general {class} item of the same kind (no countries), or remove one of the country's"
                        )));
                    }
                }
                if *item.genuine.get_ref() && !item.redflags.is_empty() {
                    let d = self.toml_warn(
                        q,
                        span(id),
                        "genuine-with-redflags",
                        format!("the genuine item `{}` lists red flags", id.get_ref()),
                    );
                    self.out.push(d.hint("a genuine item shows no red flags; remove the list or set genuine = false"));
                }
            }
            if total < 20 || genuine * 3 < total || genuine * 3 > total * 2 {
                let d = Diagnostic::warning(
                    "quiz-balance",
                    format!("the quiz has {total} items, {genuine} of them genuine"),
                )
                .in_file(&q.rel, &q.display)
                .hint("use at least 20 items, about half genuine: the quiz measures telling apart, not suspicion");
                self.out.push(d);
            }
        }
        if let Some(s) = &c.sources {
            for (id, d) in &s.value.source {
                self.check_id(s, id, "source");
                let url = d.url.get_ref();
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    let diag = self.toml_at(s, span(&d.url), "bad-url", format!("`{url}` is not a web address"));
                    self.out.push(diag.hint("give the full address, starting with https://"));
                }
                self.check_date(s, &d.checked, "source");
                if !cited.contains(id.get_ref()) {
                    let diag = self.toml_warn(
                        s,
                        span(id),
                        "unused-source",
                        format!("the source `{}` is not cited by any red flag or resource", id.get_ref()),
                    );
                    self.out.push(diag.hint("cite it from scenarios/redflags.toml or remove it"));
                }
            }
        }
    }

    /// A reference to a source, from a red flag or a help resource.
    fn check_source<T>(&mut self, p: &Parsed<T>, s: &Spanned<String>, source_ids: &BTreeSet<&str>) {
        if !source_ids.contains(s.get_ref().as_str()) {
            let d = self.toml_at(p, span(s), "unknown-source", format!("unknown source `{}`", s.get_ref()));
            let hint = did_you_mean(s.get_ref(), source_ids.iter().copied())
                .or(Some("add it to scenarios/sources.toml".into()));
            self.out.push(d.maybe_hint(hint));
        }
    }

    fn check_date<T>(&mut self, p: &Parsed<T>, checked: &Spanned<String>, what: &str) {
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

    fn scenario(&mut self, s: &'a Parsed<ScenarioFile>) {
        let f = &s.value;
        let stem = s.rel.rsplit('/').next().unwrap_or("").trim_end_matches(".toml");
        self.check_id(s, &f.id, "scenario");
        self.collisions(s);
        if f.id.get_ref() != stem {
            let d = self.toml_at(
                s,
                span(&f.id),
                "id-mismatch",
                format!("the scenario id `{}` differs from its file name `{stem}.toml`", f.id.get_ref()),
            );
            self.out.push(d.hint(format!("rename the file to `{}.toml` or set id = \"{stem}\"", f.id.get_ref())));
        }
        let minutes = *f.minutes.get_ref();
        if !(1..=120).contains(&minutes) {
            let d =
                self.toml_at(s, span(&f.minutes), "bad-minutes", format!("minutes = {minutes} is outside 1 to 120"));
            self.out.push(d.hint("say how long one play-through takes, in minutes"));
        }
        if f.nodes.len() > MAX_NODES {
            let d = Diagnostic::error(
                "too-many-nodes",
                format!("the scenario has {} nodes, more than the limit of {MAX_NODES}", f.nodes.len()),
            )
            .in_file(&s.rel, &s.display);
            self.out.push(d.hint("split it into several scenarios; a workshop scenario takes minutes, not hours"));
            return;
        }
        for (nid, n) in &f.nodes {
            if let Some(c) = n.choices.as_ref().filter(|c| c.get_ref().len() > MAX_CHOICES) {
                let d = self.toml_at(
                    s,
                    span(c),
                    "too-many-choices",
                    format!(
                        "the node `{}` has {} choices, more than the limit of {MAX_CHOICES}",
                        nid.get_ref(),
                        c.get_ref().len()
                    ),
                );
                self.out.push(d.hint("a player can weigh a handful of options; keep it to a few"));
            }
        }
        let node_ids: BTreeSet<&str> = f.nodes.keys().map(|k| k.get_ref().as_str()).collect();
        if f.nodes.is_empty() {
            let d = Diagnostic::error("no-nodes", "the scenario has no nodes").in_file(&s.rel, &s.display);
            self.out.push(d.hint("add at least a start node and an ending: [nodes.start] ..."));
            return;
        }
        if !node_ids.contains(f.start.get_ref().as_str()) {
            let d = self.toml_at(
                s,
                span(&f.start),
                "unknown-node",
                format!("the start node `{}` does not exist", f.start.get_ref()),
            );
            self.out.push(d.maybe_hint(did_you_mean(f.start.get_ref(), node_ids.iter().copied())));
        }
        for id in f.characters.keys() {
            self.check_id(s, id, "character");
        }
        for (id, v) in &f.vars {
            self.check_id(s, id, "variable");
            if v.pick.get_ref().is_empty() {
                let d = self.toml_at(
                    s,
                    span(&v.pick),
                    "empty-pick",
                    format!("the variable `{}` has nothing to pick from", id.get_ref()),
                );
                self.out.push(d.hint("list at least one value: pick = [\"a\", \"b\"]"));
            }
            for p in v.pick.get_ref() {
                if let PickValue::Message(m) = p.get_ref()
                    && !msgid::is_valid_id(m)
                {
                    let d = self.toml_at(s, span(p), "bad-id", format!("`{m}` is not a valid value id"));
                    self.out.push(d.hint(format!(
                        "string values name messages `{}-{}-<value>`; use lower-case letters, digits and dashes",
                        f.id.get_ref(),
                        id.get_ref()
                    )));
                }
            }
        }
        let redflags = self.redflag_ids();
        let mut flags_set: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut flags_read: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut counters_set: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut counters_read: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut named_redflags: BTreeSet<String> = BTreeSet::new();
        for (nid, n) in &f.nodes {
            self.check_id(s, nid, "node");
            if let Some(from) = &n.from
                && !f.characters.contains_key(from.get_ref().as_str())
            {
                let d =
                    self.toml_at(s, span(from), "unknown-character", format!("unknown character `{}`", from.get_ref()));
                let chars = f.characters.keys().map(|k| k.get_ref().as_str());
                self.out.push(
                    d.maybe_hint(
                        did_you_mean(from.get_ref(), chars)
                            .or(Some("declare it under [characters]: name = { channel = \"whatsapp\" }".into())),
                    ),
                );
            }
            let mut seen_lines = BTreeSet::new();
            for l in n.lines.iter() {
                self.check_id(s, l, "line");
                if !seen_lines.insert(l.get_ref().as_str()) {
                    let d = self.toml_at(
                        s,
                        span(l),
                        "duplicate-id",
                        format!("the line `{}` is listed twice in node `{}`", l.get_ref(), nid.get_ref()),
                    );
                    self.out.push(d.hint("give each line its own id"));
                }
            }
            for flag in n.set.iter() {
                flags_set.entry(flag.get_ref().clone()).or_insert(span(flag));
            }
            for k in n.add.keys() {
                counters_set.entry(k.get_ref().clone()).or_insert(span(k));
            }
            let kinds = [n.choices.is_some(), n.next.is_some(), n.ending.is_some()].iter().filter(|b| **b).count();
            if kinds == 0 {
                let d = self.toml_at(
                    s,
                    span(nid),
                    "dead-end",
                    format!("the node `{}` has no way on and is not an ending", nid.get_ref()),
                );
                self.out.push(d.hint("add choices = [...], next = \"<node>\", or ending = \"safe\" (or scammed, trafficked, escaped, helped)"));
            } else if kinds > 1 {
                let d = self.toml_at(
                    s,
                    span(nid),
                    "mixed-node",
                    format!("the node `{}` has more than one of choices, next and ending", nid.get_ref()),
                );
                self.out.push(d.hint("a node either offers choices, continues with next, or is an ending"));
            }
            if let Some(next) = &n.next {
                self.check_target(s, next, &node_ids);
            }
            if let Some(choices) = &n.choices {
                if choices.get_ref().is_empty() {
                    let d = self.toml_at(
                        s,
                        span(choices),
                        "no-choices",
                        format!("the node `{}` has an empty list of choices", nid.get_ref()),
                    );
                    self.out.push(d.hint("add at least one choice, or use next = \"<node>\""));
                }
                let mut seen = BTreeSet::new();
                let mut all_conditional = !choices.get_ref().is_empty();
                for ch in choices.get_ref() {
                    self.check_id(s, &ch.id, "choice");
                    if !seen.insert(ch.id.get_ref().as_str()) {
                        let d = self.toml_at(
                            s,
                            span(&ch.id),
                            "duplicate-id",
                            format!("the choice `{}` appears twice in node `{}`", ch.id.get_ref(), nid.get_ref()),
                        );
                        self.out.push(d.hint("give each choice of a node its own id"));
                    }
                    match &ch.goto {
                        None => {
                            let d = self.toml_at(
                                s,
                                span(&ch.id),
                                "no-goto",
                                format!("the choice `{}` has no goto", ch.id.get_ref()),
                            );
                            self.out.push(d.hint("say where it leads: goto = \"<node>\""));
                        }
                        Some(g) => self.check_target(s, g, &node_ids),
                    }
                    let conditional =
                        !(ch.requires.is_empty() && ch.unless.is_empty() && ch.min.is_empty() && ch.max.is_empty());
                    all_conditional &= conditional;
                    for flag in ch.requires.iter().chain(ch.unless.iter()) {
                        flags_read.entry(flag.get_ref().clone()).or_insert(span(flag));
                    }
                    for flag in ch.set.iter() {
                        flags_set.entry(flag.get_ref().clone()).or_insert(span(flag));
                    }
                    for (k, _) in ch.min.iter().chain(ch.max.iter()) {
                        counters_read.entry(k.get_ref().clone()).or_insert(span(k));
                    }
                    for k in ch.add.keys() {
                        counters_set.entry(k.get_ref().clone()).or_insert(span(k));
                    }
                    if crate::content::is_coerced(n) && !(ch.spots.is_empty() && ch.misses.is_empty()) {
                        let first = ch.spots.iter().chain(ch.misses.iter()).next();
                        let d = self.toml_warn(
                            s,
                            first.and_then(span).or(span(&ch.id)),
                            "coerced-redflag",
                            format!(
                                "the choice `{}` is made under threat (its node is coerced) but spots or misses a red flag",
                                ch.id.get_ref()
                            ),
                        );
                        self.out.push(d.hint(
                            "a choice under threat notices or misses nothing and is not counted; remove its spots and \
                             misses, and let its .feedback say what it cost and that it was not the player's fault",
                        ));
                    }
                    for r in ch.spots.iter().chain(ch.misses.iter()) {
                        if !crate::content::is_coerced(n) {
                            named_redflags.insert(r.get_ref().clone());
                        }
                        if !redflags.contains(r.get_ref().as_str()) {
                            let d = self.toml_at(
                                s,
                                span(r),
                                "unknown-redflag",
                                format!("unknown red flag `{}`", r.get_ref()),
                            );
                            self.out.push(
                                d.maybe_hint(
                                    did_you_mean(r.get_ref(), redflags.iter().copied())
                                        .or(Some("red flags are listed in scenarios/redflags.toml".into())),
                                ),
                            );
                        }
                    }
                    for r in ch.spots.iter() {
                        if ch.misses.iter().any(|m| m.get_ref() == r.get_ref()) {
                            let d = self.toml_at(
                                s,
                                span(r),
                                "spots-and-misses",
                                format!("the choice `{}` both spots and misses `{}`", ch.id.get_ref(), r.get_ref()),
                            );
                            self.out.push(d.hint("a choice either notices a red flag or walks past it"));
                        }
                    }
                }
                if all_conditional {
                    let d = self.toml_warn(
                        s,
                        span(nid),
                        "all-conditional",
                        format!("every choice of node `{}` has a condition", nid.get_ref()),
                    );
                    self.out.push(d.hint("if no condition holds the player is stuck; add a choice without conditions"));
                }
            }
        }
        for (flag, sp) in &flags_read {
            if !flags_set.contains_key(flag) {
                let d =
                    self.toml_at(s, sp.clone(), "flag-never-set", format!("the flag `{flag}` is read but never set"));
                let hint = did_you_mean(flag, flags_set.keys().map(String::as_str))
                    .or(Some("set it with set = [\"...\"] on a choice or node".into()));
                self.out.push(d.maybe_hint(hint));
            }
        }
        for (flag, sp) in &flags_set {
            if !flags_read.contains_key(flag) {
                let d = self.toml_warn(
                    s,
                    sp.clone(),
                    "flag-never-read",
                    format!("the flag `{flag}` is set but never read"),
                );
                self.out.push(d.hint("read it with requires or unless, or remove it"));
            }
        }
        for (counter, sp) in &counters_read {
            if !counters_set.contains_key(counter) {
                let d = self.toml_at(
                    s,
                    sp.clone(),
                    "flag-never-set",
                    format!("the counter `{counter}` is compared but never changed"),
                );
                self.out.push(
                    d.maybe_hint(
                        did_you_mean(counter, counters_set.keys().map(String::as_str))
                            .or(Some("change it with add = { name = 1 }".into())),
                    ),
                );
            }
        }
        for (counter, sp) in &counters_set {
            if !counters_read.contains_key(counter) {
                let d = self.toml_warn(
                    s,
                    sp.clone(),
                    "flag-never-read",
                    format!("the counter `{counter}` is changed but never compared"),
                );
                self.out.push(d.hint("compare it with min or max on a choice, or remove it"));
            }
        }
        if let Some(rf) = &f.redflags {
            match rf.get_ref() {
                toml::Value::String(v) if v == "auto" => {}
                toml::Value::Array(items) => {
                    for item in items {
                        match item.as_str() {
                            Some(r) if !redflags.contains(r) => {
                                let d = self.toml_at(
                                    s,
                                    span(rf),
                                    "unknown-redflag",
                                    format!("unknown red flag `{r}` in redflags"),
                                );
                                self.out.push(d.maybe_hint(did_you_mean(r, redflags.iter().copied())));
                            }
                            Some(r) if !named_redflags.contains(r) => {
                                let d = self.toml_warn(
                                    s,
                                    span(rf),
                                    "redflag-not-taught",
                                    format!("`{r}` is listed in redflags but no choice spots or misses it"),
                                );
                                self.out
                                    .push(d.hint("name it in a choice's spots or misses, or remove it from the list"));
                            }
                            Some(_) => {}
                            None => {
                                let d = self.toml_at(
                                    s,
                                    span(rf),
                                    "toml",
                                    "redflags must be \"auto\" or a list of red-flag ids".into(),
                                );
                                self.out.push(d);
                            }
                        }
                    }
                    for r in &named_redflags {
                        if !items.iter().any(|i| i.as_str() == Some(r)) {
                            let d = self.toml_at(
                                s,
                                span(rf),
                                "redflag-not-listed",
                                format!("the choices name `{r}`, which redflags does not list"),
                            );
                            self.out.push(d.hint("add it to the list, or write redflags = \"auto\""));
                        }
                    }
                }
                _ => {
                    let d =
                        self.toml_at(s, span(rf), "toml", "redflags must be \"auto\" or a list of red-flag ids".into());
                    self.out.push(d.hint("write redflags = \"auto\" to teach every red flag the choices name"));
                }
            }
        }
        self.shape(s);
    }

    /// Messages and terms that refer to each other in a circle can never be shown; Fluent gives up on them.
    fn cycles(&mut self) {
        for files in self.content.locales.values() {
            let mut refs: BTreeMap<String, (BTreeSet<String>, &FtlFile, usize, usize)> = BTreeMap::new();
            for f in files {
                // Only a message that refers to others can be part of a circle.
                for e in
                    f.entries().iter().filter(|e| !e.refs.is_empty() || e.attribute_infos().any(|a| !a.refs.is_empty()))
                {
                    let key = if e.is_term { format!("-{}", e.id) } else { e.id.clone() };
                    let mut all: BTreeSet<String> = e.refs.iter().cloned().collect();
                    for a in e.attribute_infos() {
                        all.extend(a.refs.iter().cloned());
                    }
                    refs.entry(key).or_insert((all, f, e.offset, e.id.len()));
                }
            }
            let mut reported = BTreeSet::new();
            for start in refs.keys() {
                // Depth-first search for a path back to `start`.
                let mut stack = vec![(start.clone(), vec![start.clone()])];
                let mut seen = BTreeSet::new();
                while let Some((node, path)) = stack.pop() {
                    let Some((next, ..)) = refs.get(&node) else { continue };
                    for n in next {
                        if n == start {
                            if path.iter().all(|p| !reported.contains(p)) {
                                let (_, f, off, len) = &refs[start];
                                let mut circle = path.clone();
                                circle.push(start.clone());
                                self.out.push(
                                    Diagnostic::error(
                                        "cyclic-reference",
                                        format!(
                                            "the messages refer to each other in a circle: {}",
                                            circle.join(" -> ")
                                        ),
                                    )
                                    .at(&f.rel, &f.display, &f.text, Some(*off..*off + *len))
                                    .hint("a message cannot contain itself; replace one of the references with text"),
                                );
                                reported.extend(path.iter().cloned());
                            }
                        } else if seen.insert(n.clone()) && path.len() < 64 {
                            let mut p = path.clone();
                            p.push(n.clone());
                            stack.push((n.clone(), p));
                        }
                    }
                }
            }
        }
    }

    fn check_target(&mut self, s: &Parsed<ScenarioFile>, target: &Spanned<String>, node_ids: &BTreeSet<&str>) {
        if !node_ids.contains(target.get_ref().as_str()) {
            let d = self.toml_at(s, span(target), "unknown-node", format!("there is no node `{}`", target.get_ref()));
            let hint = did_you_mean(target.get_ref(), node_ids.iter().copied()).unwrap_or_else(|| {
                format!(
                    "add [nodes.{}] or point to one of: {}",
                    target.get_ref(),
                    node_ids.iter().take(8).copied().collect::<Vec<_>>().join(", ")
                )
            });
            self.out.push(d.hint(hint));
        }
    }

    fn shape(&mut self, s: &Parsed<ScenarioFile>) {
        let f = &s.value;
        let g = graph::Graph::of(f);
        let reachable = g.reachable(f.start.get_ref());
        let can_end = g.can_end();
        if !g.has_ending() {
            let d = Diagnostic::error("no-ending", "the scenario has no ending").in_file(&s.rel, &s.display);
            self.out.push(
                d.hint("mark at least one node with ending = \"safe\" (or scammed, trafficked, escaped, helped)"),
            );
        }
        for (i, (nid, n)) in f.nodes.iter().enumerate() {
            let id = nid.get_ref();
            if !reachable[i] && node_is_known_start(f) {
                let what = if n.ending.is_some() { "ending" } else { "node" };
                let d = self.toml_at(
                    s,
                    span(nid),
                    "unreachable",
                    format!("no path from the start reaches the {what} `{id}`"),
                );
                self.out.push(d.hint("lead a choice or a next to it, or remove it"));
            } else if reachable[i] && !can_end[i] && g.has_ending() {
                let has_way_on = n.choices.is_some() || n.next.is_some();
                if has_way_on {
                    let d = self.toml_at(
                        s,
                        span(nid),
                        "no-way-out",
                        format!("from the node `{id}` no path leads to an ending"),
                    );
                    self.out.push(d.hint("the nodes after it loop among themselves; give one of them a choice that leads towards an ending"));
                }
            }
        }
    }

    /// Every message the English catalogue must have, and the variables scenario messages may use.
    fn english(&mut self) {
        let c = self.content;
        let Some(en) = c.locales.get(SOURCE_LOCALE) else {
            self.out.push(
                Diagnostic::error("missing-locale", "the source locale locales/en/ is missing")
                    .in_file("locales/en", "locales/en")
                    .hint("English is the source locale: every message must exist in locales/en/*.ftl"),
            );
            return;
        };
        let index = MessageIndex::of(en, &mut self.out);
        // Attributes the game reads: any other (`.feedbak`) is never shown, and the one meant is missing.
        let known = [
            msgid::FEEDBACK,
            msgid::DISCUSS,
            msgid::EXPLAIN,
            msgid::ADVICE,
            msgid::DESCRIPTION,
            msgid::SOURCE,
            msgid::TITLE,
        ];
        for f in en {
            for e in f.messages() {
                for (a, _) in e.attributes.iter().filter(|(a, _)| !known.contains(&a.as_str())) {
                    let d = Diagnostic::warning(
                        "unknown-attribute",
                        format!("`{}` has an attribute `.{a}` the game never shows", e.id),
                    )
                    .at_entry(f, e);
                    let hint = match nearest(a, known) {
                        Some(k) => format!("did you mean `.{k}`?"),
                        None => format!("the game reads only .{}", known.join(", .")),
                    };
                    self.out.push(d.hint(hint));
                }
            }
        }
        // UI words.
        for (file, ids) in [("ui", UI_MESSAGES), ("report", REPORT_MESSAGES)] {
            for id in ids.iter().filter(|id| !index.has(id)) {
                let path = format!("locales/en/{file}.ftl");
                self.out.push(
                    Diagnostic::error("missing-message", format!("the interface message `{id}` is missing in English"))
                        .in_file(&path, &path)
                        .hint(format!("add `{id} = ...` to {path}")),
                );
            }
        }
        // Red flags and resources.
        if let Some(r) = &c.redflags {
            for id in r.value.redflag.keys() {
                let mid = msgid::redflag(id.get_ref());
                self.require(&index, r, span(id), &mid, "redflags", &[msgid::EXPLAIN, msgid::ADVICE]);
            }
        }
        if let Some(r) = &c.resources {
            for (id, d) in &r.value.resource {
                if d.name.is_none() {
                    let mid = msgid::resource(id.get_ref());
                    self.require(&index, r, span(id), &mid, "resources", &[msgid::DESCRIPTION]);
                }
            }
        }
        if let Some(q) = &c.quiz {
            for id in q.value.item.keys() {
                let mid = msgid::quiz(id.get_ref());
                self.require(&index, q, span(id), &mid, "quiz", &[msgid::TITLE, msgid::SOURCE, msgid::EXPLAIN]);
            }
        }
        // Scenarios, each on its own core: this is most of the English work in a large pack.
        let per_scenario: Vec<Vec<Diagnostic>> = {
            use rayon::prelude::*;
            c.scenarios.par_iter().map(|s| part(c, |one| one.english_scenario(&index, en, s))).collect()
        };
        self.out.extend(per_scenario.into_iter().flatten());
        // References between messages.
        for file in en {
            for e in file.entries() {
                for r in e.refs.iter().chain(e.attribute_infos().flat_map(|a| a.refs.iter())) {
                    if !index.has(r) {
                        let d = Diagnostic::error(
                            "unknown-message",
                            format!("the message `{}` refers to `{r}`, which does not exist", e.id),
                        )
                        .at_entry(file, e);
                        // `{ deposit }` is a reference to a message called deposit; a variable needs its `$`.
                        let hint = match did_you_mean(r, index.ids()) {
                            Some(h) => format!("{h} If `{r}` is a variable, write `{{ ${r} }}`, with a `$`"),
                            None if r.starts_with('-') => format!("define the term `{r} = ...`, or check its spelling"),
                            None => format!("if `{r}` is a variable, write `{{ ${r} }}`, with a `$`"),
                        };
                        self.out.push(d.hint(hint));
                    }
                }
            }
        }
    }

    /// The English messages one scenario asks for, the variables they use, and the messages of its file that it
    /// does not ask for.
    fn english_scenario(&mut self, index: &MessageIndex<'a>, en: &'a [FtlFile], s: &'a Parsed<ScenarioFile>) {
        let f = &s.value;
        let sid = f.id.get_ref();
        // The messages asked for that exist, as the index's own keys: no copies.
        let mut wanted: FxHashSet<&'a str> = FxHashSet::default();
        let mut want = |this: &mut Self, at: Option<Range<usize>>, id: &str| {
            this.require(index, s, at, id, sid, &[]);
            if let Some(k) = index.key(id) {
                wanted.insert(k);
            }
        };
        want(self, span(&f.id), &msgid::title(sid));
        want(self, span(&f.id), &msgid::summary(sid));
        if f.content_note.as_ref().is_some_and(|b| *b.get_ref()) {
            want(self, f.content_note.as_ref().map(|b| b.span()), &msgid::content_note(sid));
        }
        for cid in f.characters.keys() {
            want(self, span(cid), &msgid::character(sid, cid.get_ref()));
        }
        for (vid, v) in &f.vars {
            for p in v.pick.get_ref() {
                if let PickValue::Message(m) = p.get_ref() {
                    want(self, span(p), &msgid::var_value(sid, vid.get_ref(), m));
                }
            }
        }
        for (nid, n) in &f.nodes {
            if n.lines.is_empty() {
                want(self, span(nid), &msgid::node(sid, nid.get_ref()));
            } else {
                for l in n.lines.iter() {
                    want(self, span(l), &msgid::line(sid, nid.get_ref(), l.get_ref()));
                }
            }
            for ch in n.choices.iter().flat_map(|c| c.get_ref()) {
                let mid = msgid::choice(sid, nid.get_ref(), ch.id.get_ref());
                want(self, span(&ch.id), &mid);
                let teaches = !ch.spots.is_empty() || !ch.misses.is_empty();
                if teaches && index.has(&mid) && !index.has_attr(&mid, msgid::FEEDBACK) {
                    let d = self.toml_warn(
                        s,
                        span(&ch.id),
                        "no-feedback",
                        format!("the choice `{}` names a red flag but its message has no .feedback", ch.id.get_ref()),
                    );
                    self.out.push(d.hint(format!("add `    .feedback = ...` under `{mid}` in locales/en/{sid}.ftl")));
                }
            }
        }
        // Variables a scenario's English messages may use: its own vars.
        let vars: BTreeSet<&str> = f.vars.keys().map(|k| k.get_ref().as_str()).collect();
        for file in en.iter().filter(|x| x.name == *sid) {
            for e in file.messages() {
                let used = e.vars.iter().chain(e.attribute_infos().flat_map(|a| a.vars.iter()));
                for v in used {
                    if !vars.contains(v.as_str()) {
                        let d = Diagnostic::error(
                            "unknown-var",
                            format!("the message `{}` uses `${v}`, which the scenario does not define", e.id),
                        )
                        .at_entry(file, e);
                        let hint = did_you_mean(v, vars.iter().copied()).unwrap_or_else(|| {
                            format!("add `{v} = {{ pick = [...] }}` under [vars] in scenarios/{sid}.toml")
                        });
                        self.out.push(d.hint(hint));
                    }
                }
                // A scenario's own words for a catalogue red flag (`<scenario>-redflag-<id>`) are asked for by
                // the red flag, when the scenario teaches it.
                let own_redflag =
                    e.id.strip_prefix(&format!("{sid}-redflag-"))
                        .is_some_and(|r| crate::content::scenario_redflags(f).iter().any(|x| x == r));
                // A message no TOML id asks for: usually a typo in one of the two.
                if !own_redflag && !wanted.contains(e.id.as_str()) && !index.referenced.contains(e.id.as_str()) {
                    let d = Diagnostic::warning(
                        "unused-message",
                        format!("the message `{}` is not used by the scenario", e.id),
                    )
                    .at_entry(file, e);
                    let required = required_ids(f);
                    let hint = did_you_mean(&e.id, required.iter().map(String::as_str))
                        .map(|h| format!("{h} (message ids follow the TOML ids; see docs/format.md)"));
                    self.out.push(d.maybe_hint(hint.or(Some("remove it, or use it from the scenario".into()))));
                }
            }
        }
    }

    fn require<T>(
        &mut self,
        index: &MessageIndex,
        p: &Parsed<T>,
        at: Option<Range<usize>>,
        id: &str,
        file: &str,
        attrs: &[&str],
    ) {
        if !index.has(id) {
            let d = self.toml_at(p, at, "missing-message", format!("the English message `{id}` is missing"));
            let near = nearest(id, index.ids())
                .map(|n| format!("locales/en has `{n}`: a typo? Otherwise add `{id} = ...` to locales/en/{file}.ftl"));
            self.out.push(d.hint(near.unwrap_or_else(|| format!("add `{id} = ...` to locales/en/{file}.ftl"))));
            return;
        }
        for a in attrs {
            if !index.has_attr(id, a) {
                let d =
                    self.toml_at(p, at.clone(), "missing-message", format!("the English message `{id}` has no .{a}"));
                self.out.push(d.hint(format!("add `    .{a} = ...` under `{id}` in locales/en/{file}.ftl")));
            }
        }
    }

    fn translations(&mut self) {
        let c = self.content;
        let Some(en) = c.locales.get(SOURCE_LOCALE) else { return };
        if c.locales.len() < 2 {
            return;
        }
        let mut en_index: FxHashMap<&str, (&str, &FtlEntry)> = FxHashMap::default();
        for f in en {
            for e in f.entries() {
                en_index.entry(e.id.as_str()).or_insert((f.name.as_str(), e));
            }
        }
        // Each locale on its own core.
        let per_locale: Vec<Vec<Diagnostic>> = {
            use rayon::prelude::*;
            c.locales
                .par_iter()
                .filter(|(lang, _)| lang.as_str() != SOURCE_LOCALE)
                .map(|(lang, files)| part(c, |one| one.translation(lang, files, en, &en_index)))
                .collect()
        };
        self.out.extend(per_locale.into_iter().flatten());
    }

    /// One locale against English: obsolete and misplaced messages, variables English does not pass, coverage.
    fn translation(
        &mut self,
        lang: &str,
        files: &'a [FtlFile],
        en: &'a [FtlFile],
        en_index: &FxHashMap<&'a str, (&'a str, &'a FtlEntry)>,
    ) {
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() {
            self.out.push(
                Diagnostic::error("bad-locale", format!("`{lang}` is not a language tag"))
                    .in_file(&format!("locales/{lang}"), &format!("locales/{lang}"))
                    .hint("name locale folders by BCP 47 tag, like vi, zh-Hans or fil"),
            );
            return;
        }
        let index = MessageIndex::of(files, &mut self.out);
        self.locale_status(files);
        for f in files {
            for e in f.messages() {
                let Some(&(en_file, en_e)) = en_index.get(e.id.as_str()) else {
                    if f.name != "meta" {
                        let d = Diagnostic::warning(
                            "obsolete-message",
                            format!("`{}` is not an English message any more", e.id),
                        )
                        .at_entry(f, e);
                        let hint = did_you_mean(&e.id, en_index.keys().copied())
                            .unwrap_or_else(|| "remove it (redflag locales update marks obsolete messages)".into());
                        self.out.push(d.hint(hint));
                    }
                    continue;
                };
                if let Some(recorded) = crate::locales::recorded_hash(&f.text, e.offset)
                    && let Some(en_f) = en.iter().find(|x| x.name == en_file)
                {
                    let now = crate::locales::source_hash(&crate::locales::message_body(&en_f.text, en_e.offset));
                    if now != recorded {
                        let d = Diagnostic::warning(
                            "outdated-translation",
                            format!("`{}` was translated from an English text that has changed since", e.id),
                        )
                        .at_entry(f, e);
                        self.out.push(d.hint(format!(
                            "compare with `{}` in {}, bring the translation up to date, then change the comment above \
                             it to `{}{now}`",
                            e.id,
                            en_f.display,
                            crate::locales::SOURCE_HASH
                        )));
                    }
                }
                if en_file != f.name && f.name != "meta" {
                    let d = Diagnostic::warning(
                        "wrong-file",
                        format!("`{}` belongs in {en_file}.ftl, as in English", e.id),
                    )
                    .at_entry(f, e);
                    self.out.push(d.hint("it still works, but keeping the same files as English makes updates easier"));
                }
                let check_vars = |vars: &[String], en_vars: &[String]| -> Vec<String> {
                    vars.iter().filter(|v| !en_vars.contains(*v)).cloned().collect()
                };
                let mut extra = check_vars(&e.vars, &en_e.vars);
                // A variable English shows and the translation leaves out: the player misses the amount, the name
                // or the place the sentence is about. A warning, since a language may say it another way.
                let mut dropped: Vec<(String, String)> = if e.has_value {
                    check_vars(&en_e.vars, &e.vars).into_iter().map(|v| (e.id.clone(), v)).collect()
                } else {
                    Vec::new()
                };
                for (a, info) in &e.attributes {
                    match en_e.attribute(a) {
                        Some(en_a) => {
                            extra.extend(check_vars(&info.vars, &en_a.vars));
                            dropped.extend(
                                check_vars(&en_a.vars, &info.vars).into_iter().map(|v| (format!("{}.{a}", e.id), v)),
                            );
                        }
                        None => {
                            let d = Diagnostic::warning(
                                "obsolete-message",
                                format!("`{}.{a}` has no English counterpart", e.id),
                            )
                            .at_entry(f, e);
                            self.out.push(d.hint("remove the attribute, or check its spelling against English"));
                        }
                    }
                }
                let mut by_id: BTreeMap<&str, Vec<String>> = BTreeMap::new();
                for (id, v) in &dropped {
                    by_id.entry(id).or_default().push(format!("{{ ${v} }}"));
                }
                for (id, vars) in by_id {
                    let d = Diagnostic::warning(
                        "dropped-var",
                        format!("`{id}` leaves out {}, which the English message shows", vars.join(" and ")),
                    )
                    .at_entry(f, e);
                    self.out.push(d.hint(
                        "put each where it fits in the sentence; the game fills it in, as in the English message",
                    ));
                }
                for v in extra {
                    let d = Diagnostic::error(
                        "unknown-var",
                        format!("`{}` uses `${v}`, which the English message does not have", e.id),
                    )
                    .at_entry(f, e);
                    let en_vars: Vec<&str> = en_e.vars.iter().map(String::as_str).collect();
                    let hint = did_you_mean(&v, en_vars.iter().copied()).unwrap_or_else(|| {
                        format!(
                            "the game passes only: {}",
                            if en_vars.is_empty() {
                                "no variables".into()
                            } else {
                                en_vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                            }
                        )
                    });
                    self.out.push(d.hint(hint));
                }
            }
        }
        // Coverage, one warning per file that lacks messages.
        for en_file in en {
            let total: Vec<&str> = en_file.messages().map(|e| e.id.as_str()).collect();
            let missing: Vec<&str> = total.iter().copied().filter(|id| !index.has(id)).collect();
            if !missing.is_empty() && !total.is_empty() {
                let rel = format!("locales/{lang}/{}.ftl", en_file.name);
                let display =
                    files.iter().find(|f| f.name == en_file.name).map(|f| f.display.clone()).unwrap_or(rel.clone());
                let pct = 100 * (total.len() - missing.len()) / total.len();
                let d = Diagnostic::warning(
                    "missing-translation",
                    format!(
                        "{} of {} messages not translated ({pct}% done), they show in English",
                        missing.len(),
                        total.len()
                    ),
                )
                .in_file(&rel, &display)
                .hint(format!("first missing: `{}`; run `redflag locales update {lang}` to add templates", missing[0]));
                self.out.push(d);
            }
        }
    }
}

impl Checker<'_> {
    /// Two things of a scenario whose words would be one Fluent message: a line `b` of node `a` and a choice `b`
    /// of node `a`, a node `a-b` and a line `b` of node `a`, a variable's value and a choice. The game would show
    /// the same words for both, so the second is an error where it is declared.
    fn collisions(&mut self, s: &Parsed<ScenarioFile>) {
        let f = &s.value;
        let sid = f.id.get_ref();
        let mut seen: FxHashMap<String, String> = FxHashMap::default();
        let mut found = Vec::new();
        let mut add = |id: String, what: String, at: Option<Range<usize>>| {
            if let Some(first) = seen.get(&id) {
                found.push((id, first.clone(), what, at));
            } else {
                seen.insert(id, what);
            }
        };
        add(msgid::title(sid), "the title".into(), None);
        add(msgid::summary(sid), "the summary".into(), None);
        add(msgid::content_note(sid), "the content note".into(), None);
        for cid in f.characters.keys() {
            add(msgid::character(sid, cid.get_ref()), format!("the character `{}`", cid.get_ref()), span(cid));
        }
        for (vid, v) in &f.vars {
            for p in v.pick.get_ref() {
                if let PickValue::Message(m) = p.get_ref() {
                    let what = format!("the value `{m}` of the variable `{}`", vid.get_ref());
                    add(msgid::var_value(sid, vid.get_ref(), m), what, span(p));
                }
            }
        }
        for (nid, n) in &f.nodes {
            let node = nid.get_ref();
            add(msgid::node(sid, node), format!("the node `{node}`"), span(nid));
            for l in n.lines.iter() {
                add(
                    msgid::line(sid, node, l.get_ref()),
                    format!("the line `{}` of node `{node}`", l.get_ref()),
                    span(l),
                );
            }
            for ch in n.choices.iter().flat_map(|c| c.get_ref()) {
                let what = format!("the choice `{}` of node `{node}`", ch.id.get_ref());
                add(msgid::choice(sid, node, ch.id.get_ref()), what, span(&ch.id));
            }
        }
        for (id, first, second, at) in found {
            let d =
                self.toml_at(s, at, "message-collision", format!("{second} and {first} are both the message `{id}`"));
            self.out.push(d.hint(
                "rename one of them: ids are joined with dashes into message ids, and these two would show the same words",
            ));
        }
    }

    /// `locale-status` in a locale's meta.ftl: one of the words `redflag locales` and the language menu know.
    fn locale_status(&mut self, files: &[FtlFile]) {
        let Some(f) = files.iter().find(|f| f.name == "meta") else { return };
        let Some(e) = f.messages().find(|e| e.id == "locale-status") else { return };
        let line = f.text[e.offset..].lines().next().unwrap_or("");
        let Some((_, value)) = line.split_once('=') else { return };
        let status = value.trim();
        if crate::locales::STATUSES.contains(&status) {
            return;
        }
        let start = e.offset + line.len() - value.trim_start().len();
        // The value is the file's text, and JSON output carries messages as they are: cleaned here.
        let shown = crate::sanitize::sanitize(status);
        let d = Diagnostic::error("locale-status", format!("`{shown}` is not a translation status")).at(
            &f.rel,
            &f.display,
            &f.text,
            Some(start..start + status.len().max(1)),
        );
        let hint = did_you_mean(status, crate::locales::STATUSES.iter().copied())
            .map(|h| format!("{h} write one of: {}", crate::locales::STATUSES.join(", ")))
            .unwrap_or_else(|| {
                format!(
                    "write one of: {}, alone on the line (a comment goes on a line of its own, above)",
                    crate::locales::STATUSES.join(", ")
                )
            });
        self.out.push(d.hint(hint));
    }
}

fn node_is_known_start(f: &ScenarioFile) -> bool {
    f.nodes.contains_key(f.start.get_ref().as_str())
}

/// Every message id a scenario's TOML asks for, by the naming convention.
pub fn required_ids(f: &ScenarioFile) -> Vec<String> {
    let sid = f.id.get_ref();
    let mut out = vec![msgid::title(sid), msgid::summary(sid)];
    if f.content_note.as_ref().is_some_and(|b| *b.get_ref()) {
        out.push(msgid::content_note(sid));
    }
    for cid in f.characters.keys() {
        out.push(msgid::character(sid, cid.get_ref()));
    }
    for (vid, v) in &f.vars {
        for p in v.pick.get_ref() {
            if let PickValue::Message(m) = p.get_ref() {
                out.push(msgid::var_value(sid, vid.get_ref(), m));
            }
        }
    }
    for (nid, n) in &f.nodes {
        if n.lines.is_empty() {
            out.push(msgid::node(sid, nid.get_ref()));
        }
        for l in n.lines.iter() {
            out.push(msgid::line(sid, nid.get_ref(), l.get_ref()));
        }
        for ch in n.choices.iter().flat_map(|c| c.get_ref()) {
            out.push(msgid::choice(sid, nid.get_ref(), ch.id.get_ref()));
        }
    }
    out
}

/// The messages of one locale across its files, with duplicates reported. Borrows the parsed files: a locale
/// has tens of thousands of messages in a large pack, and copying them dominated `check`.
struct MessageIndex<'a> {
    /// Id -> the first definition, and the file that has it (the game uses the first too).
    messages: FxHashMap<&'a str, (&'a FtlEntry, &'a str)>,
    terms: FxHashMap<&'a str, (&'a FtlEntry, &'a str)>,
    referenced: FxHashSet<&'a str>,
}

impl<'a> MessageIndex<'a> {
    fn of(files: &'a [FtlFile], out: &mut Vec<Diagnostic>) -> MessageIndex<'a> {
        let mut idx = MessageIndex {
            messages: FxHashMap::default(),
            terms: FxHashMap::default(),
            referenced: FxHashSet::default(),
        };
        for f in files {
            for e in f.entries() {
                idx.referenced.extend(e.refs.iter().map(String::as_str));
                let map = if e.is_term { &mut idx.terms } else { &mut idx.messages };
                match map.entry(e.id.as_str()) {
                    std::collections::hash_map::Entry::Occupied(first) => {
                        let prev = first.get().1;
                        let key = if e.is_term { format!("-{}", e.id) } else { e.id.clone() };
                        out.push(
                            Diagnostic::error("duplicate-id", format!("the message `{key}` is defined twice"))
                                .at_entry(f, e)
                                .hint(format!("it is already defined in {prev}; the later one wins, remove one")),
                        );
                    }
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert((e, f.display.as_str()));
                    }
                }
            }
        }
        idx
    }

    /// The index's own copy of a message id, defined with or without a value.
    fn key(&self, id: &str) -> Option<&'a str> {
        self.messages.get_key_value(id).map(|(k, _)| *k)
    }

    /// A message with a value (or a term, written `-id`).
    fn has(&self, id: &str) -> bool {
        match id.strip_prefix('-') {
            Some(t) => self.terms.contains_key(t),
            None => self.messages.get(id).is_some_and(|(e, _)| e.has_value),
        }
    }

    fn has_attr(&self, id: &str, attr: &str) -> bool {
        self.messages.get(id).is_some_and(|(e, _)| e.has_attribute(attr))
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.values().filter(|(e, _)| e.has_value).map(|(e, _)| e.id.as_str())
    }
}
