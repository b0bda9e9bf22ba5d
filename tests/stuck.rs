//! `check`'s search for dead ends keeps only the flags and counters that conditions read, and moves between nodes
//! by number. These tests hold it to the engine: on random scenarios with conditions and effects, it must find
//! exactly the nodes that a search playing real sessions finds.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use proptest::prelude::*;
use redflag::engine::{Prompt, Session};
use redflag::model::{Channel, Choice, Conditions, Effects, Node, NodeKind, Outcome, Scenario};

const FLAGS: [&str; 4] = ["asked", "paid", "told-family", "unused"];
const COUNTERS: [&str; 2] = ["trust", "debt"];

/// The search as it was first written: whole engine sessions, every flag and counter in the state. `None` when it
/// visits more than `limit` states (counters added to in a loop never repeat a state).
fn stuck_by_playing(scn: &Scenario, limit: usize) -> Option<BTreeSet<String>> {
    let mut stuck = BTreeSet::new();
    let start = Session::start(scn, 0).ok()?;
    let mut seen = HashSet::new();
    let mut queue = vec![start];
    while let Some(s) = queue.pop() {
        if !seen.insert((s.node.clone(), s.flags.clone(), s.counters.clone())) {
            continue;
        }
        if seen.len() > limit {
            return None;
        }
        match s.prompt(scn) {
            Ok(Prompt::Choose) => {
                let ids: Vec<String> = s.available(scn).unwrap_or_default().iter().map(|c| c.id.clone()).collect();
                if ids.is_empty() {
                    stuck.insert(s.node.clone());
                }
                for id in ids {
                    let mut next = s.clone();
                    if next.choose(scn, &id).is_ok() {
                        queue.push(next);
                    }
                }
            }
            Ok(Prompt::Continue) => {
                let mut next = s;
                if next.proceed(scn).is_ok() {
                    queue.push(next);
                }
            }
            _ => {}
        }
    }
    Some(stuck)
}

fn names(all: &[&str], bits: u8) -> Vec<String> {
    all.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, f)| f.to_string()).collect()
}

fn counts(bits: u8, value: i64) -> Vec<(String, i64)> {
    names(&COUNTERS, bits).into_iter().map(|c| (c, value)).collect()
}

/// Mostly no conditions and no effects, as in real scenarios; some of each, so that some nodes are dead ends.
fn conditions() -> impl Strategy<Value = Conditions> {
    (0u8..64, 0u8..64, 0u8..4, -1i64..3, 0u8..4, -1i64..3).prop_map(|(req, unl, min, lo, max, hi)| {
        let sparse = |b: u8| if b >= 16 { 0 } else { b };
        Conditions {
            requires: names(&FLAGS, sparse(req)),
            unless: names(&FLAGS, sparse(unl)),
            min: counts(if min == 3 { 1 } else { 0 }, lo),
            max: counts(if max == 3 { 2 } else { 0 }, hi),
        }
    })
}

fn effects() -> impl Strategy<Value = Effects> {
    (0u8..16, 0u8..16, 0u8..8, -1i64..2).prop_map(|(set, clear, add, by)| {
        let sparse = |b: u8| if b >= 6 { 0 } else { b };
        Effects {
            set: names(&FLAGS, sparse(set)),
            clear: names(&FLAGS, sparse(clear)),
            add: counts(if add < 3 { add } else { 0 }, by),
        }
    })
}

/// A choice: where it goes (a pick among the nodes it may go to), its conditions and its effects.
type ChoiceSpec = (usize, Conditions, Effects);
/// A node: its kind (0 = ending, 1 = passage, otherwise choices), where a passage goes, its effects, its choices.
type NodeSpec = (u8, usize, Effects, Vec<ChoiceSpec>);

fn choice() -> impl Strategy<Value = ChoiceSpec> {
    (0usize..64, conditions(), effects())
}

fn node() -> impl Strategy<Value = NodeSpec> {
    (0u8..6, 0usize..64, effects(), proptest::collection::vec(choice(), 1..4))
}

/// A scenario from random nodes. With loops, nothing adds to counters (a counter added to in a loop never repeats
/// a state, and neither search would end); without loops, every way leads to a later node, and counters may change.
fn scenario(spec: Vec<NodeSpec>, loops: bool) -> Scenario {
    let n = spec.len();
    let id = |i: usize| format!("n{i}");
    let to = |from: usize, pick: usize| if loops { pick % n } else { from + 1 + pick % (n - from - 1).max(1) };
    let strip = |mut e: Effects| {
        if loops {
            e.add.clear();
        }
        e
    };
    let mut nodes = BTreeMap::new();
    for (i, (kind, next, effects, choices)) in spec.into_iter().enumerate() {
        let effects = strip(effects);
        let kind = if !loops && i == n - 1 { 0 } else { kind };
        let kind = match kind {
            0 => NodeKind::Ending(Outcome::Safe),
            1 => NodeKind::Next(id(to(i, next))),
            _ => NodeKind::Choices(
                choices
                    .into_iter()
                    .enumerate()
                    .map(|(k, (pick, conditions, effects))| Choice {
                        id: format!("c{k}"),
                        goto: id(to(i, pick)),
                        conditions,
                        effects: strip(effects),
                        spots: vec![],
                        misses: vec![],
                    })
                    .collect(),
            ),
        };
        nodes.insert(
            id(i),
            Node {
                id: id(i),
                from: None,
                channel: Channel::Narration,
                lines: vec![],
                effects,
                coerced: false,
                genuine: false,
                kind,
            },
        );
    }
    bare("random", "n0", nodes)
}

/// A scenario of only nodes: no characters, variables or words, which the search does not read.
fn bare(id: &str, start: &str, nodes: BTreeMap<String, Node>) -> Scenario {
    Scenario {
        id: id.into(),
        start: start.into(),
        minutes: 5,
        content_note: false,
        help: Default::default(),
        characters: BTreeMap::new(),
        vars: BTreeMap::new(),
        nodes,
        redflags: vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_compact_search_finds_what_playing_finds(spec in proptest::collection::vec(node(), 2..14), loops in any::<bool>()) {
        let scn = scenario(spec, loops);
        let by_playing = stuck_by_playing(&scn, 1_000_000).expect("a finite number of states");
        prop_assert_eq!(redflag::paths::stuck_nodes(&scn, 1_000_000), by_playing);
    }
}

/// The shipped scenarios have conditions, and no dead ends: both searches agree on that too.
#[test]
fn shipped_scenarios_agree_and_have_no_dead_ends() {
    let content = redflag::content::Content::load(&Default::default());
    let lib = redflag::content::compile(&content);
    assert!(lib.scenarios.len() >= 8);
    for scn in lib.scenarios.values() {
        let by_playing = stuck_by_playing(scn, 2_000_000).expect("shipped scenarios have few states");
        assert_eq!(redflag::paths::stuck_nodes(scn, 2_000_000), by_playing, "{}", scn.id);
        assert!(by_playing.is_empty(), "{}: {by_playing:?}", scn.id);
    }
}

/// A hand-made dead end: the only way on needs a flag that one route into the node never sets.
#[test]
fn a_dead_end_behind_a_condition_is_found() {
    let mut nodes = BTreeMap::new();
    let choice = |id: &str, goto: &str, requires: &[&str], set: &[&str]| Choice {
        id: id.into(),
        goto: goto.into(),
        conditions: Conditions { requires: requires.iter().map(|s| s.to_string()).collect(), ..Default::default() },
        effects: Effects { set: set.iter().map(|s| s.to_string()).collect(), ..Default::default() },
        spots: vec![],
        misses: vec![],
    };
    let node = |id: &str, kind: NodeKind| Node {
        id: id.into(),
        from: None,
        channel: Channel::Narration,
        lines: vec![],
        effects: Effects::default(),
        coerced: false,
        genuine: false,
        kind,
    };
    nodes.insert(
        "start".into(),
        node(
            "start",
            NodeKind::Choices(vec![choice("ask", "gate", &[], &["asked"]), choice("rush", "gate", &[], &[])]),
        ),
    );
    nodes.insert("gate".into(), node("gate", NodeKind::Choices(vec![choice("on", "end", &["asked"], &[])])));
    nodes.insert("end".into(), node("end", NodeKind::Ending(Outcome::Safe)));
    let scn = bare("gate", "start", nodes);
    assert_eq!(redflag::paths::stuck_nodes(&scn, 1000), BTreeSet::from(["gate".to_string()]));
}
