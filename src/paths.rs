//! Path coverage: every distinct way through a scenario, walked with the engine itself so that conditions and
//! effects count. `redflag paths` prints it; `check` uses it to find places where a player would be stuck.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::engine::{Prompt, Session};
use crate::model::{Outcome, Scenario};

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
            for f in s.redflags() {
                let e = a.redflags.entry(f.redflag).or_default();
                if f.spotted {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            if a.examples.len() < 5 {
                let steps =
                    s.path.iter().filter_map(|p| p.choice.as_ref().map(|c| format!("{}:{c}", p.node))).collect();
                a.examples.push((steps, s.node.clone()));
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

/// Nodes where a player can arrive and find no choice available, found by visiting each distinct state (node,
/// flags, counters) once rather than each path: linear in the states, where paths can be exponential. `check`
/// uses this; `analyse` (for `redflag paths`) enumerates paths.
pub fn stuck_nodes(scn: &Scenario, max_states: usize) -> BTreeSet<String> {
    use std::collections::HashSet;
    let mut stuck = BTreeSet::new();
    let Ok(start) = Session::start(scn, 0) else { return stuck };
    type Key = (String, BTreeSet<String>, BTreeMap<String, i64>);
    let key = |s: &Session| -> Key { (s.node.clone(), s.flags.clone(), s.counters.clone()) };
    let mut seen: HashSet<Key> = HashSet::new();
    let mut queue = vec![start];
    while let Some(s) = queue.pop() {
        if seen.len() >= max_states {
            break;
        }
        if !seen.insert(key(&s)) {
            continue;
        }
        match s.prompt(scn) {
            Ok(Prompt::Choose) => {
                let choices: Vec<String> = s.available(scn).unwrap_or_default().iter().map(|c| c.id.clone()).collect();
                if choices.is_empty() {
                    stuck.insert(s.node.clone());
                }
                for c in choices {
                    let mut next = s.clone();
                    if next.choose(scn, &c).is_ok() {
                        // Only the state matters here, not the history: keep clones small.
                        next.path.clear();
                        next.events.clear();
                        queue.push(next);
                    }
                }
            }
            Ok(Prompt::Continue) => {
                let mut next = s;
                if next.proceed(scn).is_ok() {
                    next.path.clear();
                    queue.push(next);
                }
            }
            _ => {}
        }
    }
    stuck
}
