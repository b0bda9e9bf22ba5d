//! The engine on its own: conditions, effects, seeds, save and restore. No terminal, no Fluent.

use redflag::content::{Content, Files, compile};
use redflag::engine::{EngineError, Prompt, Session};
use redflag::model::{Outcome, Scenario};

const SCENARIO: &str = r#"
id = "t"
start = "a"
minutes = 5

[characters]
rec = { channel = "telegram" }

[vars]
salary = { pick = [1000, 2000, 3000, 4000, 5000] }
city = { pick = ["x", "y", "z"] }

[nodes.a]
from = "rec"
set = ["met"]
choices = [
  { id = "trust", goto = "b", add = { trust = 2 }, misses = ["rf1"] },
  { id = "doubt", goto = "b", set = ["doubted"], spots = ["rf1"] },
]

[nodes.b]
choices = [
  { id = "only-trusting", goto = "c", min = { trust = 2 } },
  { id = "only-doubting", goto = "c", requires = ["doubted"], clear = ["doubted"] },
  { id = "not-doubting", goto = "bad", unless = ["doubted"], misses = ["rf2"] },
  { id = "low-trust", goto = "c", max = { trust = 0 }, spots = ["rf2"] },
]

[nodes.c]
next = "safe"

[nodes.safe]
ending = "safe"

[nodes.bad]
ending = "scammed"
"#;

fn scenario() -> Scenario {
    let content = Content::from_files(Files::from_pairs([("scenarios/t.toml", SCENARIO)]));
    assert!(content.diagnostics.is_empty(), "{:?}", content.diagnostics);
    compile(&content).scenarios.remove("t").expect("compiled")
}

fn ids(s: &Session, scn: &Scenario) -> Vec<String> {
    s.available(scn).unwrap().iter().map(|c| c.id.clone()).collect()
}

#[test]
fn start_applies_node_effects_and_waits_for_a_choice() {
    let scn = scenario();
    let s = Session::start(&scn, 1).unwrap();
    assert_eq!(s.node, "a");
    assert!(s.flags.contains("met"));
    assert_eq!(s.prompt(&scn).unwrap(), Prompt::Choose);
    assert_eq!(ids(&s, &scn), ["trust", "doubt"]);
}

#[test]
fn conditions_filter_choices() {
    let scn = scenario();
    let mut trusting = Session::start(&scn, 1).unwrap();
    trusting.choose(&scn, "trust").unwrap();
    assert_eq!(trusting.counter("trust"), 2);
    assert_eq!(ids(&trusting, &scn), ["only-trusting", "not-doubting"]);

    let mut doubting = Session::start(&scn, 1).unwrap();
    doubting.choose(&scn, "doubt").unwrap();
    assert_eq!(ids(&doubting, &scn), ["only-doubting", "low-trust"]);
}

#[test]
fn a_hidden_choice_cannot_be_taken() {
    let scn = scenario();
    let mut s = Session::start(&scn, 1).unwrap();
    s.choose(&scn, "trust").unwrap();
    assert_eq!(s.choose(&scn, "low-trust"), Err(EngineError::ChoiceNotAvailable("low-trust".into())));
    assert_eq!(s.choose(&scn, "nope"), Err(EngineError::UnknownChoice("nope".into())));
    assert_eq!(s.node, "b", "a refused choice changes nothing");
}

#[test]
fn effects_set_clear_and_add() {
    let scn = scenario();
    let mut s = Session::start(&scn, 1).unwrap();
    s.choose(&scn, "doubt").unwrap();
    assert!(s.flags.contains("doubted"));
    s.choose(&scn, "only-doubting").unwrap();
    assert!(!s.flags.contains("doubted"));
    assert_eq!(s.counter("trust"), 0);
}

#[test]
fn red_flags_are_recorded_spotted_or_missed() {
    let scn = scenario();
    let mut s = Session::start(&scn, 1).unwrap();
    let chosen = s.choose(&scn, "trust").unwrap();
    assert_eq!(chosen.missed, ["rf1"]);
    assert!(chosen.spotted.is_empty());
    s.choose(&scn, "not-doubting").unwrap();
    let flags = s.redflags();
    assert_eq!(flags.len(), 2);
    assert!(flags.iter().all(|f| !f.spotted));
    assert_eq!(s.outcome, Some(Outcome::Scammed));
    assert_eq!(s.prompt(&scn).unwrap(), Prompt::Ended(Outcome::Scammed));
}

#[test]
fn passages_continue_without_a_choice_and_endings_stop() {
    let scn = scenario();
    let mut s = Session::start(&scn, 1).unwrap();
    s.choose(&scn, "doubt").unwrap();
    s.choose(&scn, "low-trust").unwrap();
    assert_eq!(s.prompt(&scn).unwrap(), Prompt::Continue);
    assert_eq!(s.choose(&scn, "x"), Err(EngineError::NotAChoiceNode));
    s.proceed(&scn).unwrap();
    assert_eq!(s.outcome, Some(Outcome::Safe));
    assert_eq!(s.proceed(&scn), Err(EngineError::Ended));
    let path: Vec<(&str, Option<&str>)> = s.path.iter().map(|p| (p.node.as_str(), p.choice.as_deref())).collect();
    assert_eq!(path, [("a", Some("doubt")), ("b", Some("low-trust")), ("c", None)]);
    assert_eq!(s.choices_made(), 2);
}

#[test]
fn the_same_seed_gives_the_same_session() {
    let scn = scenario();
    for seed in [0, 1, 7, 42, u64::MAX] {
        assert_eq!(Session::start(&scn, seed).unwrap(), Session::start(&scn, seed).unwrap());
    }
    let picks: std::collections::BTreeSet<String> =
        (0..64).map(|seed| format!("{:?}", Session::start(&scn, seed).unwrap().vars)).collect();
    assert!(picks.len() > 5, "different seeds give different sessions: {picks:?}");
}

#[test]
fn seeds_are_stable_across_versions() {
    // Pins the ChaCha8 stream and the modulo pick: if this changes, old seeds replay differently, which breaks
    // the promise that --seed gives the same session on every machine and version.
    let scn = scenario();
    let all: Vec<String> =
        (0..4).map(|seed| format!("{seed}: {:?}", Session::start(&scn, seed).unwrap().vars)).collect();
    insta::assert_snapshot!(all.join("\n"));
}

#[test]
fn save_and_restore_round_trip() {
    let scn = scenario();
    let mut s = Session::start(&scn, 99).unwrap();
    s.choose(&scn, "trust").unwrap();
    let json = s.to_json();
    let restored = Session::from_json(&json).unwrap();
    assert_eq!(restored, s);
    // And the restored session plays on exactly like the original.
    let mut a = s.clone();
    let mut b = restored;
    a.choose(&scn, "only-trusting").unwrap();
    b.choose(&scn, "only-trusting").unwrap();
    assert_eq!(a, b);
}

#[test]
fn replay_and_rewind_reproduce_the_path() {
    let scn = scenario();
    let mut s = Session::start(&scn, 5).unwrap();
    s.choose(&scn, "doubt").unwrap();
    s.choose(&scn, "low-trust").unwrap();
    s.proceed(&scn).unwrap();
    let again = Session::replay(&scn, 5, &s.path).unwrap();
    assert_eq!(again, s);
    let before_second = s.rewind_to_choice(&scn, 1).unwrap();
    assert_eq!(before_second.node, "b");
    assert_eq!(before_second.path.len(), 1);
    assert!(before_second.outcome.is_none());
    let at_start = s.rewind_to_choice(&scn, 0).unwrap();
    assert_eq!(at_start, Session::start(&scn, 5).unwrap());
}

#[test]
fn a_save_that_no_longer_fits_is_refused() {
    let scn = scenario();
    let bad = vec![redflag::engine::Step { node: "b".into(), choice: Some("x".into()) }];
    assert!(matches!(Session::replay(&scn, 1, &bad), Err(EngineError::Mismatch(_))));
}
