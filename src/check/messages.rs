//! Messages and variables: every message the TOML asks for exists in English (with the attributes the game reads),
//! English messages nothing asks for, variables a scenario's messages use, references between messages (and
//! circles of them), and TOML ids that would map to the same Fluent message.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{AtEntry, Checker, part, span};
use crate::content::fluent::FtlEntry;
use crate::content::types::*;
use crate::content::{FtlFile, Parsed, SOURCE_LOCALE, msgid};
use crate::diag::{Diagnostic, did_you_mean, nearest};
use crate::words::{REPORT_MESSAGES, UI_MESSAGES};

impl<'a> Checker<'a> {
    /// Messages and terms that refer to each other in a circle can never be shown; Fluent gives up on them.
    pub(super) fn cycles(&mut self) {
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

    /// Every message the English catalogue must have, and the variables scenario messages may use.
    pub(super) fn english(&mut self) {
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
}

impl Checker<'_> {
    /// Two things of a scenario whose words would be one Fluent message: a line `b` of node `a` and a choice `b`
    /// of node `a`, a node `a-b` and a line `b` of node `a`, a variable's value and a choice. The game would show
    /// the same words for both, so the second is an error where it is declared.
    pub(super) fn collisions(&mut self, s: &Parsed<ScenarioFile>) {
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
pub(super) struct MessageIndex<'a> {
    /// Id -> the first definition, and the file that has it (the game uses the first too).
    messages: FxHashMap<&'a str, (&'a FtlEntry, &'a str)>,
    terms: FxHashMap<&'a str, (&'a FtlEntry, &'a str)>,
    referenced: FxHashSet<&'a str>,
}

impl<'a> MessageIndex<'a> {
    pub(super) fn of(files: &'a [FtlFile], out: &mut Vec<Diagnostic>) -> MessageIndex<'a> {
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
    pub(super) fn has(&self, id: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::super::testing::{found, scenario};
    use super::MessageIndex;

    const SCENARIO: &str = r#"
id = "s"
start = "a"
minutes = 5

[vars]
city = { pick = ["x"] }

[nodes.a]
lines = ["hello"]
choices = [{ id = "go", goto = "end", spots = ["fee"] }]

[nodes.end]
ending = "safe"
"#;

    #[test]
    fn a_scenario_has_its_english_messages_and_they_use_its_variables() {
        let en = "s-title = T\ns-summary = S\ns-a-helo = Hi { $name }\ns-a-go = Go\ns-x-y = { s-title }\n\
                  s-city-x = Manila\ns-end = The end\n";
        let files = [("scenarios/s.toml", SCENARIO), ("locales/en/s.ftl", en)];
        let got = found(&files, |c| {
            let en = &c.content.locales["en"];
            let index = MessageIndex::of(en, &mut Vec::new());
            c.english_scenario(&index, en, scenario(c))
        });
        assert_eq!(
            got,
            [
                "unknown-var 3:1",
                "unused-message 3:1",
                "unused-message 5:1",
                "missing-message 10:10",
                "no-feedback 11:19",
            ]
        );
    }

    #[test]
    fn ids_that_join_into_one_message_id_collide() {
        let toml = r#"
id = "s"
start = "a"
minutes = 5

[vars]
a = { pick = ["go"] }

[nodes.a]
lines = ["b"]
choices = [{ id = "b", goto = "a-b" }, { id = "go", goto = "a-b" }]

[nodes.a-b]
ending = "safe"
"#;
        let files = [("scenarios/s.toml", toml)];
        // Line `b` and choice `b` of `a`, and node `a-b`, are all `s-a-b`; choice `go` of `a` is the value `go` of
        // the variable `a`. Each is reported at the second one declared.
        assert_eq!(
            found(&files, |c| c.collisions(scenario(c))),
            ["message-collision 11:19", "message-collision 11:47", "message-collision 13:8"]
        );
    }

    #[test]
    fn messages_that_refer_to_each_other_in_a_circle() {
        let en = "a = { b }\nb = { -c }\n-c = { a }\nd = { a }\n";
        assert_eq!(found(&[("locales/en/x.ftl", en)], |c| c.cycles()), ["cyclic-reference 3:1"]);
    }
}
