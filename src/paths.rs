//! Path coverage: every distinct way through a scenario, walked with the engine itself so that conditions and
//! effects count. `redflag paths` prints it; `check` uses it to find places where a player would be stuck.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::engine::{Prompt, Session};
use crate::model::{Memory, Node, NodeKind, Outcome, Scenario};

/// More paths than this are not counted; `truncated` says so.
pub const MAX_PATHS: usize = 100_000;
/// A path longer than this many steps is cut: a loop that changes a counter each time round makes new states
/// without end.
pub const MAX_DEPTH: usize = 250;
/// The most states visited in one analysis, so a huge scenario cannot stall `check`.
pub const MAX_STATES: usize = 2_000_000;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Analysis {
    /// Distinct paths from the start to an ending (a path that would loop back to a state it was in is not one).
    pub paths: usize,
    /// The enumeration stopped at MAX_PATHS.
    pub truncated: bool,
    /// Fewest and most choices on a path.
    pub shortest: usize,
    pub longest: usize,
    /// Ending node -> (its outcome, how many paths end there).
    pub endings: BTreeMap<String, (Outcome, usize)>,
    /// Red flag -> how many paths spot it, and how many let it go past.
    pub redflags: BTreeMap<String, (usize, usize)>,
    /// Red flags the scenario teaches that no path spots.
    pub never_spotted: Vec<String>,
    /// Nodes where a player can arrive and find no choice available: with conditions, a dead end.
    pub stuck: BTreeSet<String>,
    /// Nodes a player can actually reach, with conditions.
    pub reached: BTreeSet<String>,
    /// Up to a few example paths: the choices, and the ending.
    pub examples: Vec<(Vec<String>, String)>,
    /// Careful paths (they spot at least one red flag and let none go past) that still end in harm: a story
    /// should have one, so players learn that being careful is not being at fault. The count and a first example.
    pub careful_harmed: usize,
    pub careful_harmed_example: Option<(Vec<String>, String)>,
    /// Paths to an ending marked `genuine`: trust was right. A story should have one, so players learn to check
    /// rather than to refuse everything.
    pub genuine: usize,
    pub genuine_example: Option<(Vec<String>, String)>,
    #[serde(skip)]
    states: usize,
    #[serde(skip)]
    max_states: usize,
}

/// Walks every path of a scenario. The seed does not change the structure (variables only change words).
pub fn analyse(scn: &Scenario) -> Analysis {
    analyse_within(scn, MAX_STATES)
}

/// The same, visiting at most `max_states` states: `check` uses a smaller budget so it stays fast on large packs.
pub fn analyse_within(scn: &Scenario, max_states: usize) -> Analysis {
    let mut a = Analysis { shortest: usize::MAX, max_states, ..Analysis::default() };
    let Ok(start) = Session::start(scn, 0) else { return a };
    let mut seen_states: Vec<String> = Vec::new();
    walk(scn, start, &mut seen_states, &mut a);
    if a.paths == 0 {
        a.shortest = 0;
    }
    let spotted: BTreeSet<&String> = a.redflags.iter().filter(|(_, (s, _))| *s > 0).map(|(k, _)| k).collect();
    a.never_spotted = scn.redflags.iter().filter(|r| !spotted.contains(r)).cloned().collect();
    a
}

fn state_key(s: &Session) -> String {
    format!("{}|{:?}|{:?}", s.node, s.flags, s.counters)
}

fn walk(scn: &Scenario, s: Session, on_path: &mut Vec<String>, a: &mut Analysis) {
    a.states += 1;
    if a.paths >= MAX_PATHS || on_path.len() >= MAX_DEPTH || a.states >= a.max_states {
        a.truncated = true;
        return;
    }
    a.reached.insert(s.node.clone());
    let key = state_key(&s);
    if on_path.contains(&key) {
        return;
    }
    match s.prompt(scn) {
        Ok(Prompt::Ended(o)) => {
            a.paths += 1;
            let choices = s.choices_made();
            a.shortest = a.shortest.min(choices);
            a.longest = a.longest.max(choices);
            a.endings.entry(s.node.clone()).or_insert((o, 0)).1 += 1;
            let flags = s.redflags();
            for f in &flags {
                let e = a.redflags.entry(f.redflag.clone()).or_default();
                if f.spotted {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            let careful = !flags.is_empty() && flags.iter().all(|f| f.spotted);
            let genuine = scn.nodes.get(&s.node).is_some_and(|n| n.genuine);
            let steps = || -> (Vec<String>, String) {
                let steps =
                    s.path.iter().filter_map(|p| p.choice.as_ref().map(|c| format!("{}:{c}", p.node))).collect();
                (steps, s.node.clone())
            };
            if careful && o.is_harm() {
                a.careful_harmed += 1;
                if a.careful_harmed_example.is_none() {
                    a.careful_harmed_example = Some(steps());
                }
            }
            if genuine {
                a.genuine += 1;
                if a.genuine_example.is_none() {
                    a.genuine_example = Some(steps());
                }
            }
            if a.examples.len() < 5 {
                a.examples.push(steps());
            }
        }
        Ok(Prompt::Continue) => {
            on_path.push(key);
            let mut next = s;
            if next.proceed(scn).is_ok() {
                walk(scn, next, on_path, a);
            }
            on_path.pop();
        }
        Ok(Prompt::Choose) => {
            let choices: Vec<String> = s.available(scn).unwrap_or_default().iter().map(|c| c.id.clone()).collect();
            if choices.is_empty() {
                a.stuck.insert(s.node.clone());
                return;
            }
            on_path.push(key);
            for c in choices {
                let mut next = s.clone();
                if next.choose(scn, &c).is_ok() {
                    walk(scn, next, on_path, a);
                }
            }
            on_path.pop();
        }
        Err(_) => {}
    }
}

/// Nodes where a player can arrive and find no choice available, found by visiting each distinct state once
/// rather than each path: linear in the states, where paths can be exponential. A state is the node and only the
/// flags and counters that some condition reads; the rest cannot hide a choice, and keeping them would multiply
/// the states for nothing. `check` uses this; `analyse` (for `redflag paths`) enumerates paths with the engine.
/// The rules are the engine's own: `Conditions::hold` and `Effects::apply`.
pub fn stuck_nodes(scn: &Scenario, max_states: usize) -> BTreeSet<String> {
    use rustc_hash::{FxHashMap, FxHashSet};
    let nodes: Vec<&Node> = scn.nodes.values().collect();
    let index: FxHashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
    let mut kept = Kept::default();
    for n in &nodes {
        if let NodeKind::Choices(cs) = &n.kind {
            for c in cs {
                let k = &c.conditions;
                for f in k.requires.iter().chain(&k.unless) {
                    let next = kept.flags.len();
                    kept.flags.entry(f).or_insert(next);
                }
                for (name, _) in k.min.iter().chain(&k.max) {
                    let next = kept.counters.len();
                    kept.counters.entry(name).or_insert(next);
                }
            }
        }
    }
    let mut stuck = BTreeSet::new();
    let Some(&start) = index.get(scn.start.as_str()) else { return stuck };
    let mut first =
        State { node: start, flags: vec![0; kept.flags.len().div_ceil(64)], counters: vec![0; kept.counters.len()] };
    nodes[start].effects.apply(&mut Remembered { kept: &kept, state: &mut first });
    // Each node's ways on as node numbers, so the search never looks a name up. An unknown target is a structural
    // error that `check` reports elsewhere; it is not followed.
    let ways: Vec<Way> = nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Choices(cs) => Way::Choose(cs.iter().map(|c| (c, index.get(c.goto.as_str()).copied())).collect()),
            NodeKind::Next(t) => Way::Next(index.get(t.as_str()).copied()),
            NodeKind::Ending(_) => Way::End,
        })
        .collect();
    // Entering a node applies its effects, as the engine does.
    let enter = |mut s: State, to: usize| -> State {
        s.node = to;
        nodes[to].effects.apply(&mut Remembered { kept: &kept, state: &mut s });
        s
    };
    let mut seen: FxHashSet<State> = FxHashSet::default();
    let mut queue = vec![first];
    while let Some(s) = queue.pop() {
        if seen.len() >= max_states {
            break;
        }
        if seen.contains(&s) {
            continue;
        }
        match &ways[s.node] {
            Way::Choose(cs) => {
                let mut any = false;
                for (c, to) in cs {
                    let mut next = s.clone();
                    if !c.conditions.hold(&Remembered { kept: &kept, state: &mut next }) {
                        continue;
                    }
                    any = true;
                    c.effects.apply(&mut Remembered { kept: &kept, state: &mut next });
                    queue.extend(to.map(|to| enter(next, to)));
                }
                if !any {
                    stuck.insert(nodes[s.node].id.clone());
                }
            }
            Way::Next(to) => queue.extend(to.map(|to| enter(s.clone(), to))),
            Way::End => {}
        }
        seen.insert(s);
    }
    stuck
}

enum Way<'a> {
    Choose(Vec<(&'a crate::model::Choice, Option<usize>)>),
    Next(Option<usize>),
    End,
}

/// The flags and counters that conditions read, each with its place in a `State`.
#[derive(Default)]
struct Kept<'a> {
    flags: rustc_hash::FxHashMap<&'a str, usize>,
    counters: rustc_hash::FxHashMap<&'a str, usize>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct State {
    node: usize,
    /// One bit per kept flag.
    flags: Vec<u64>,
    counters: Vec<i64>,
}

/// A state seen as a session's memory: what conditions never read is neither kept nor asked.
struct Remembered<'k, 'a> {
    kept: &'k Kept<'a>,
    state: &'k mut State,
}

impl Memory for Remembered<'_, '_> {
    fn has(&self, flag: &str) -> bool {
        self.kept.flags.get(flag).is_some_and(|&i| self.state.flags[i / 64] & (1 << (i % 64)) != 0)
    }
    fn counter(&self, name: &str) -> i64 {
        self.kept.counters.get(name).map_or(0, |&i| self.state.counters[i])
    }
    fn set(&mut self, flag: &str) {
        if let Some(&i) = self.kept.flags.get(flag) {
            self.state.flags[i / 64] |= 1 << (i % 64);
        }
    }
    fn clear(&mut self, flag: &str) {
        if let Some(&i) = self.kept.flags.get(flag) {
            self.state.flags[i / 64] &= !(1 << (i % 64));
        }
    }
    fn set_counter(&mut self, name: &str, value: i64) {
        if let Some(&i) = self.kept.counters.get(name) {
            self.state.counters[i] = value;
        }
    }
}
