//! `redflag script ID`: a scenario as a script to review and print, for someone who does not read TOML. Every
//! node's words, its choices with their feedback, conditions and effects, in Markdown. The scenario's words are in
//! the chosen language; the labels of the script's structure are the tool's own, like `paths` and `check`.

use std::collections::{BTreeSet, VecDeque};
use std::fmt::Write;

use crate::engine::Session;
use crate::model::{Choice, Conditions, Effects, NodeKind, Scenario, VarValue};
use crate::words::Words;

/// Nodes in the order a reader meets them: from the start, breadth first, choices in order; nodes no path
/// reaches come last, by id.
fn reading_order(scn: &Scenario) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    let mut queue = VecDeque::from([scn.start.as_str()]);
    while let Some(id) = queue.pop_front() {
        let Some(node) = scn.nodes.get(id) else { continue };
        if !seen.insert(id) {
            continue;
        }
        order.push(id);
        match &node.kind {
            NodeKind::Choices(cs) => queue.extend(cs.iter().map(|c| c.goto.as_str())),
            NodeKind::Next(n) => queue.push_back(n),
            NodeKind::Ending(_) => {}
        }
    }
    order.extend(scn.nodes.keys().map(String::as_str).filter(|id| !seen.contains(id)));
    order
}

/// Text from content inside Markdown: characters that would start a list, a heading or a link are escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn conditions(k: &Conditions) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(k.requires.iter().map(|f| format!("only if `{f}`")));
    out.extend(k.unless.iter().map(|f| format!("only unless `{f}`")));
    out.extend(k.min.iter().map(|(n, v)| format!("only if `{n}` ≥ {v}")));
    out.extend(k.max.iter().map(|(n, v)| format!("only if `{n}` ≤ {v}")));
    out
}

fn effects(e: &Effects) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(e.set.iter().map(|f| format!("sets `{f}`")));
    out.extend(e.clear.iter().map(|f| format!("clears `{f}`")));
    out.extend(e.add.iter().map(|(n, v)| format!("adds {v} to `{n}`")));
    out
}

fn choice_notes(words: &Words, c: &Choice) -> Vec<String> {
    let mut notes = conditions(&c.conditions);
    notes.extend(effects(&c.effects));
    notes.extend(c.spots.iter().map(|r| format!("spots the red flag “{}”", md(&words.redflag_name(r)))));
    notes.extend(c.misses.iter().map(|r| format!("misses the red flag “{}”", md(&words.redflag_name(r)))));
    notes
}

/// The whole scenario as Markdown.
pub fn markdown(scn: &Scenario, words: &Words) -> String {
    // Variables take the values of one session (seed 0), and the script says which others a session may pick.
    let session = Session::start(scn, 0).ok();
    let args = session.as_ref().map(|s| words.session_args(scn, s)).unwrap_or_default();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&words.title(&scn.id)));
    let _ = writeln!(out, "{}\n", md(&words.summary(&scn.id)));
    let _ = writeln!(out, "- scenario: `{}`, about {} minutes, starts at `{}`", scn.id, scn.minutes, scn.start);
    let flags: Vec<String> = scn.redflags.iter().map(|r| md(&words.redflag_name(r))).collect();
    let _ =
        writeln!(out, "- red flags it teaches: {}", if flags.is_empty() { "none".into() } else { flags.join("; ") });
    if scn.content_note {
        let _ = writeln!(out, "- content note: {}", md(&words.content_note(&scn.id)));
    }
    if let Some(s) = &session
        && !scn.vars.is_empty()
    {
        let _ = writeln!(out, "- variables, shown below with one session's picks:");
        for (name, values) in &scn.vars {
            let all: Vec<String> = values
                .iter()
                .map(|v| match v {
                    VarValue::Number(n) => n.to_string(),
                    VarValue::Message(m) => format!("`{m}`"),
                })
                .collect();
            let picked = match s.vars.get(name) {
                Some(VarValue::Number(n)) => n.to_string(),
                Some(VarValue::Message(m)) => format!("`{m}`"),
                None => String::new(),
            };
            let _ = writeln!(out, "  - `{name}` = {picked} (one of {})", all.join(", "));
        }
    }
    out.push('\n');
    for id in reading_order(scn) {
        let node = &scn.nodes[id];
        let _ = writeln!(out, "## `{id}`\n");
        match words.speaker(scn, node, &args) {
            Some(who) => {
                let _ = writeln!(out, "*{}, by {}*\n", md(&who), md(&words.channel(node.channel)));
            }
            None if !matches!(node.kind, NodeKind::Ending(_)) => {
                let _ = writeln!(out, "*{}*\n", md(&words.ui("narrator")));
            }
            None => {}
        }
        let paragraphs: Vec<String> = words
            .node_lines(scn, node, &args)
            .iter()
            .map(|l| l.lines().map(|part| format!("> {}", md(part))).collect::<Vec<_>>().join("\n"))
            .collect();
        let _ = writeln!(out, "{}\n", paragraphs.join("\n>\n"));
        let arrive = effects(&node.effects);
        if !arrive.is_empty() {
            let _ = writeln!(out, "Arriving here {}.\n", arrive.join(", "));
        }
        if node.coerced {
            let _ = writeln!(out, "The player acts under threat here: the choices spot and miss nothing.\n");
        }
        match &node.kind {
            NodeKind::Choices(cs) => {
                for (i, c) in cs.iter().enumerate() {
                    let label = md(&words.choice_label(scn, id, &c.id, &args));
                    let _ = writeln!(out, "{}. **{label}** → `{}`", i + 1, c.goto);
                    let notes = choice_notes(words, c);
                    if !notes.is_empty() {
                        let _ = writeln!(out, "   - {}", notes.join("; "));
                    }
                    if let Some(f) = words.feedback(scn, id, &c.id, &args) {
                        let _ = writeln!(out, "   - feedback: {}", md(&f).replace('\n', " "));
                    }
                }
                out.push('\n');
            }
            NodeKind::Next(next) => {
                let _ = writeln!(out, "Then → `{next}`\n");
            }
            NodeKind::Ending(o) => {
                let _ = writeln!(out, "**Ending: {}**\n", md(&words.outcome(*o)));
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
