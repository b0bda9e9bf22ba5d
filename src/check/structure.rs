//! Structure and graph: ids, the start, nodes that lead on or end, choices and their targets, flags and counters
//! set and read, the graph (unreachable nodes, no way out), and the search for nodes where a player is stuck.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::{Checker, MAX_CHOICES, MAX_NODES, graph, span};
use crate::content::types::*;
use crate::content::{Content, Parsed, msgid};
use crate::diag::{Diagnostic, did_you_mean};

/// Walks each structurally sound scenario, conditions included: a node where a player can arrive and find every
/// choice hidden is a dead end that the graph alone cannot see.
pub(super) fn stuck(content: &Content, broken: &HashSet<&str>) -> Vec<Diagnostic> {
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

impl<'a> Checker<'a> {
    pub(super) fn scenario(&mut self, s: &'a Parsed<ScenarioFile>) {
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
        let mut flags_set: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut flags_read: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut counters_set: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        let mut counters_read: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
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
            if let Some(g) = n.genuine.as_ref().filter(|g| *g.get_ref()) {
                let bad = n.ending.as_ref().map(|o| *o.get_ref()).filter(|o| o.is_harm());
                if n.ending.is_none() || bad.is_some() {
                    let what = match bad {
                        Some(o) => {
                            format!("the ending `{}` is `{}`, not one where trust was right", nid.get_ref(), o.id())
                        }
                        None => format!("the node `{}` is not an ending", nid.get_ref()),
                    };
                    let d = self.toml_at(s, span(g), "genuine-not-ending", format!("`genuine = true`: {what}"));
                    self.out.push(d.hint(
                        "put genuine = true on the ending a player reaches when the offer or the person was real \
                         (safe or helped), or remove it",
                    ));
                }
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
        self.scenario_redflags(s);
        self.shape(s);
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
}

fn node_is_known_start(f: &ScenarioFile) -> bool {
    f.nodes.contains_key(f.start.get_ref().as_str())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, scenario};

    #[test]
    fn nodes_lead_somewhere_and_flags_are_both_set_and_read() {
        let toml = r#"
id = "s"
start = "a"
minutes = 5

[nodes.a]
lines = ["hi", "hi"]
choices = [
  { id = "go", goto = "bb", requires = ["asked"] },
  { id = "stay", goto = "a", add = { trust = 1 } },
]

[nodes.b]
set = ["met"]
next = "end"
ending = "safe"

[nodes.loop]
next = "loop"

[nodes.nowhere]

[nodes.end]
ending = "safe"
"#;
        let files = [("scenarios/s.toml", toml)];
        assert_eq!(
            found(&files, |c| c.scenario(scenario(c))),
            [
                // `a` leads only to itself and to `bb`, which does not exist.
                "no-way-out 6:8",
                "duplicate-id 7:16",
                "message-collision 7:16",
                "unknown-node 9:23",
                "flag-never-set 9:41",
                "flag-never-read 10:38",
                "unreachable 13:8",
                "mixed-node 13:8",
                "flag-never-read 14:8",
                "unreachable 18:8",
                "unreachable 21:8",
                "dead-end 21:8",
                "unreachable 23:8",
            ]
        );
    }

    #[test]
    fn a_node_where_every_choice_can_be_hidden_is_stuck() {
        let toml = r#"
id = "s"
start = "a"
minutes = 5

[nodes.a]
choices = [{ id = "x", goto = "b" }, { id = "y", goto = "b", set = ["left"] }]

[nodes.b]
choices = [{ id = "z", goto = "end", requires = ["left"] }]

[nodes.end]
ending = "safe"
"#;
        let files = [("scenarios/s.toml", toml)];
        let content = crate::content::Content::from_files(crate::content::Files::from_pairs(files));
        let d = super::stuck(&content, &Default::default());
        assert_eq!(d.iter().map(|d| d.code).collect::<Vec<_>>(), ["stuck"]);
        // A scenario whose structure is broken is not played through.
        assert!(super::stuck(&content, &["scenarios/s.toml"].into_iter().collect()).is_empty());
        // The structure pass sees only that every choice of `b` has a condition.
        assert_eq!(found(&files, |c| c.scenario(scenario(c))), ["all-conditional 9:8"]);
    }
}
