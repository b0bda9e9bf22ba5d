//! Tools for educators: a new scenario to start from, and the shape of a scenario as a graph.

use crate::model::{NodeKind, Scenario};

/// The files of a new scenario: a small, valid, commented example (three nodes, two endings) that `check`
/// accepts, to change into the educator's own.
pub fn new_files(id: &str) -> Vec<(String, String)> {
    let toml = format!(
        r#"# A new scenario. docs/authoring.md walks through every part of it; docs/format.md lists every field.
# Every word a player reads is in locales/en/{id}.ftl, found by the ids below.
# This folder is added on top of the shipped content (the red flags, the interface words), so it holds only your own.
# Check your work:   redflag check --content-add .
# Play it:           redflag play {id} --content-add .
# See its shape:     redflag graph {id} --content-add .     and     redflag paths {id} --content-add .

id = "{id}"                # the same as the file name
start = "offer"            # the node the scenario starts at
minutes = 5                # how long one play-through takes
redflags = "auto"          # the red flags it teaches: every one its choices spot or miss

# Who speaks, and how their words arrive: facebook, whatsapp, telegram, sms, email, call, in-person, ...
# A character's name is the message {id}-character-<id>.
[characters]
recruiter = {{ channel = "whatsapp" }}

# Picked once per session from the seed, so that two sessions differ; used in the words as {{ $salary }}.
[vars]
salary = {{ pick = [1500, 2000, 2500] }}

# A node: who sends it, and the choices. Its words are the message {id}-offer.
[nodes.offer]
from = "recruiter"
choices = [
  # Each choice: its words are {id}-offer-<choice id>, with a .feedback attribute that explains it.
  # spots: choosing it notices a red flag; misses: it goes past. Ids come from scenarios/redflags.toml.
  {{ id = "ask-contract", goto = "end-safe", spots = ["upfront-fee"] }},
  {{ id = "pay", goto = "end-scammed", misses = ["upfront-fee"] }},
]

# Endings: safe, scammed, trafficked, escaped or helped. Their words say what happened.
[nodes.end-safe]
ending = "safe"

[nodes.end-scammed]
ending = "scammed"
"#
    );
    let ftl = format!(
        r#"# The words of the scenario {id}. Message ids follow the ids in scenarios/{id}.toml:
# {id}-<node> for a node, {id}-<node>-<choice> for a choice (with .feedback), {id}-character-<id> for a name.

{id}-title = A new scenario
{id}-summary = One or two sentences for the scenario list: who the player is, and what happens to them.
{id}-character-recruiter = Ms. Dara, recruiter
{id}-offer = Good news! The job is yours: ${{ $salary }} a month. Just send the processing fee today to hold your place.
{id}-offer-ask-contract = Ask for the written contract first
    .feedback = Good: a real employer sends a contract with the salary in it, and never asks a fee to hire you.
{id}-offer-pay = Pay the fee to hold the place
    .feedback = A fee to be hired is a warning sign: once you have paid, it is hard to walk away. It works on careful people too.
{id}-end-safe = You keep your money and keep looking. The next offer you check with your country's migrant-worker agency first.
{id}-end-scammed = After the payment, the recruiter stops answering. It was not your fault: the fee was the trap. Report the number, and warn your friends.
"#
    );
    vec![(format!("scenarios/{id}.toml"), toml), (format!("locales/en/{id}.ftl"), ftl)]
}

/// A path as a shell word that can be copied into a command line as it is: quoted only when it must be.
pub fn shell_word(s: &str) -> String {
    let plain = !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+:,@%=".contains(c));
    if plain { s.to_string() } else { format!("'{}'", s.replace('\'', "'\\''")) }
}

fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn choice_label(c: &crate::model::Choice) -> String {
    let mut parts = vec![c.id.clone()];
    let k = &c.conditions;
    if !k.requires.is_empty() {
        parts.push(format!("if {}", k.requires.join(", ")));
    }
    if !k.unless.is_empty() {
        parts.push(format!("unless {}", k.unless.join(", ")));
    }
    for (n, v) in &k.min {
        parts.push(format!("{n} >= {v}"));
    }
    for (n, v) in &k.max {
        parts.push(format!("{n} <= {v}"));
    }
    for r in &c.spots {
        parts.push(format!("+ {r}"));
    }
    for r in &c.misses {
        parts.push(format!("! {r}"));
    }
    parts.join("\n")
}

/// The graph's own node for where a scenario starts.
const ENTRY: &str = "_start";

/// Graphviz DOT: render with `dot -Tsvg`. Endings are double octagons; spotting choices green, missing red.
pub fn dot(scn: &Scenario) -> String {
    let mut out = format!("digraph \"{}\" {{\n", quote(&scn.id));
    out.push_str("  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"sans-serif\"];\n  edge [fontname=\"sans-serif\", fontsize=10];\n");
    // The entry point's id has an underscore, which no node id may have, so a node named `start` stays its own.
    out.push_str(&format!("  \"{ENTRY}\" [shape=point];\n  \"{ENTRY}\" -> \"{}\";\n", quote(&scn.start)));
    for n in scn.nodes.values() {
        // `\n` is DOT's line break inside a label: written after quoting, so it is not escaped into a backslash.
        let who = n.from.as_deref().map(|f| format!("\\n{} · {}", quote(f), n.channel.id())).unwrap_or_default();
        match &n.kind {
            NodeKind::Ending(o) => out.push_str(&format!(
                "  \"{}\" [shape=doubleoctagon, label=\"{}\\nending: {}\"];\n",
                quote(&n.id),
                quote(&n.id),
                o.id()
            )),
            _ => out.push_str(&format!("  \"{}\" [label=\"{}{who}\"];\n", quote(&n.id), quote(&n.id))),
        }
    }
    for n in scn.nodes.values() {
        match &n.kind {
            NodeKind::Choices(cs) => {
                for c in cs {
                    let color = if !c.spots.is_empty() {
                        ", color=darkgreen, fontcolor=darkgreen"
                    } else if !c.misses.is_empty() {
                        ", color=red, fontcolor=red"
                    } else {
                        ""
                    };
                    out.push_str(&format!(
                        "  \"{}\" -> \"{}\" [label=\"{}\"{color}];\n",
                        quote(&n.id),
                        quote(&c.goto),
                        quote(&choice_label(c)).replace('\n', "\\n")
                    ));
                }
            }
            NodeKind::Next(next) => {
                out.push_str(&format!("  \"{}\" -> \"{}\" [style=dashed];\n", quote(&n.id), quote(next)));
            }
            NodeKind::Ending(_) => {}
        }
    }
    out.push_str("}\n");
    out
}

/// Mermaid: paste into a Markdown file between ```mermaid fences.
pub fn mermaid(scn: &Scenario) -> String {
    let id = |s: &str| format!("n_{}", s.replace('-', "_"));
    let text = |s: &str| s.replace('"', "#quot;").replace('\n', "<br/>");
    let mut out = String::from("flowchart TD\n");
    out.push_str(&format!("  start((start)) --> {}\n", id(&scn.start)));
    for n in scn.nodes.values() {
        match &n.kind {
            NodeKind::Ending(o) => out.push_str(&format!("  {}([\"{}: {}\"])\n", id(&n.id), text(&n.id), o.id())),
            _ => {
                let who = n.from.as_deref().map(|f| format!("<br/>{f} · {}", n.channel.id())).unwrap_or_default();
                out.push_str(&format!("  {}[\"{}{who}\"]\n", id(&n.id), text(&n.id)));
            }
        }
    }
    // Mermaid numbers links in the order they are written, from 0: the link from the start is 0.
    let mut link = 1;
    let mut styles = Vec::new();
    for n in scn.nodes.values() {
        match &n.kind {
            NodeKind::Choices(cs) => {
                for c in cs {
                    out.push_str(&format!("  {} -->|\"{}\"| {}\n", id(&n.id), text(&choice_label(c)), id(&c.goto)));
                    if !c.spots.is_empty() {
                        styles.push(format!("  linkStyle {link} stroke:green\n"));
                    } else if !c.misses.is_empty() {
                        styles.push(format!("  linkStyle {link} stroke:red\n"));
                    }
                    link += 1;
                }
            }
            NodeKind::Next(next) => {
                out.push_str(&format!("  {} -.-> {}\n", id(&n.id), id(next)));
                link += 1;
            }
            NodeKind::Ending(_) => {}
        }
    }
    for s in styles {
        out.push_str(&s);
    }
    out
}
