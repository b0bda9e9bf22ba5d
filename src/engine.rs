//! One play session as a pure state machine. It speaks in ids (nodes, choices, red flags, outcomes) and
//! knows nothing of terminals or of Fluent; front-ends turn what it says into words.

use std::collections::{BTreeMap, BTreeSet};

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::model::{Choice, Node, NodeKind, Outcome, Scenario, VarValue};

/// The state of one session. Serialises to JSON and restores exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub scenario: String,
    pub seed: u64,
    /// The node the player is at.
    pub node: String,
    pub flags: BTreeSet<String>,
    pub counters: BTreeMap<String, i64>,
    /// The values picked for this session from the scenario's `[vars]`.
    pub vars: BTreeMap<String, VarValue>,
    /// Every node left behind, and the choice that left it (none for a passage).
    pub path: Vec<Step>,
    /// Every red flag met, in order, spotted or missed.
    pub events: Vec<FlagEvent>,
    pub outcome: Option<Outcome>,
    /// The session's random id for its records, given by the front-end and kept with the session when it is
    /// saved to resume; the engine never reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub node: String,
    pub choice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagEvent {
    pub redflag: String,
    pub spotted: bool,
    pub node: String,
    pub choice: String,
}

/// What a choice did, for the front-end to show as feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub node: String,
    pub choice: String,
    pub spotted: Vec<String>,
    pub missed: Vec<String>,
}

/// One red flag of the path for the debrief: spotted if the player spotted it at any point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagResult {
    pub redflag: String,
    pub spotted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    UnknownNode(String),
    UnknownChoice(String),
    ChoiceNotAvailable(String),
    NotAChoiceNode,
    NotAPassage,
    Ended,
    /// A saved session that does not fit the scenario as it is now (the file changed since).
    Mismatch(String),
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EngineError::UnknownNode(n) => write!(f, "the scenario has no node `{n}`"),
            EngineError::UnknownChoice(c) => write!(f, "this node has no choice `{c}`"),
            EngineError::ChoiceNotAvailable(c) => write!(f, "the choice `{c}` is not available now"),
            EngineError::NotAChoiceNode => write!(f, "this node has no choices"),
            EngineError::NotAPassage => write!(f, "this node does not continue by itself"),
            EngineError::Ended => write!(f, "the session has ended"),
            EngineError::Mismatch(m) => write!(f, "the saved session does not fit the scenario: {m}"),
        }
    }
}

impl std::error::Error for EngineError {}

impl crate::model::Memory for Session {
    fn has(&self, flag: &str) -> bool {
        self.flags.contains(flag)
    }
    fn counter(&self, name: &str) -> i64 {
        Session::counter(self, name)
    }
    fn set(&mut self, flag: &str) {
        if !self.flags.contains(flag) {
            self.flags.insert(flag.to_string());
        }
    }
    fn clear(&mut self, flag: &str) {
        self.flags.remove(flag);
    }
    fn set_counter(&mut self, name: &str, value: i64) {
        match self.counters.get_mut(name) {
            Some(c) => *c = value,
            None => {
                self.counters.insert(name.to_string(), value);
            }
        }
    }
}

/// What the player can do at the current node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    Choose,
    Continue,
    Ended(Outcome),
}

impl Session {
    /// Starts a scenario. Variables are picked from the seed alone, in the order of their names, with
    /// ChaCha8 and a plain modulo, so the same seed gives the same session on every machine and version.
    pub fn start(scn: &Scenario, seed: u64) -> Result<Session, EngineError> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut vars = BTreeMap::new();
        for (name, values) in &scn.vars {
            if values.is_empty() {
                continue;
            }
            let i = (rng.next_u64() % values.len() as u64) as usize;
            vars.insert(name.clone(), values[i].clone());
        }
        let mut s = Session {
            scenario: scn.id.clone(),
            seed,
            node: scn.start.clone(),
            flags: BTreeSet::new(),
            counters: BTreeMap::new(),
            vars,
            path: Vec::new(),
            events: Vec::new(),
            outcome: None,
            id: None,
        };
        s.enter(scn, &scn.start.clone())?;
        Ok(s)
    }

    /// A session placed at a node, holding the given flags, as if the player had come there: for an author to
    /// try a late node without replaying (`play --at`). Its path is empty, so its record says where it began.
    pub fn start_at(scn: &Scenario, seed: u64, node: &str, flags: &[String]) -> Result<Session, EngineError> {
        let mut s = Session::start(scn, seed)?;
        // What arriving at the start did is undone: the session holds the given flags and nothing else.
        s.flags = flags.iter().cloned().collect();
        s.counters.clear();
        s.outcome = None;
        s.enter(scn, node)?;
        Ok(s)
    }

    pub fn current<'a>(&self, scn: &'a Scenario) -> Result<&'a Node, EngineError> {
        scn.nodes.get(&self.node).ok_or_else(|| EngineError::UnknownNode(self.node.clone()))
    }

    pub fn prompt(&self, scn: &Scenario) -> Result<Prompt, EngineError> {
        Ok(match &self.current(scn)?.kind {
            NodeKind::Choices(_) => Prompt::Choose,
            NodeKind::Next(_) => Prompt::Continue,
            NodeKind::Ending(o) => Prompt::Ended(*o),
        })
    }

    /// The choices whose conditions hold now, in the order the scenario lists them.
    pub fn available<'a>(&self, scn: &'a Scenario) -> Result<Vec<&'a Choice>, EngineError> {
        match &self.current(scn)?.kind {
            NodeKind::Choices(cs) => Ok(cs.iter().filter(|c| self.allows(c)).collect()),
            _ => Ok(Vec::new()),
        }
    }

    fn allows(&self, c: &Choice) -> bool {
        c.conditions.hold(self)
    }

    pub fn counter(&self, name: &str) -> i64 {
        self.counters.get(name).copied().unwrap_or(0)
    }

    /// Takes a choice by id.
    pub fn choose(&mut self, scn: &Scenario, choice: &str) -> Result<Chosen, EngineError> {
        if self.outcome.is_some() {
            return Err(EngineError::Ended);
        }
        let node = self.current(scn)?;
        let NodeKind::Choices(choices) = &node.kind else { return Err(EngineError::NotAChoiceNode) };
        let c =
            choices.iter().find(|c| c.id == choice).ok_or_else(|| EngineError::UnknownChoice(choice.to_string()))?;
        if !self.allows(c) {
            return Err(EngineError::ChoiceNotAvailable(choice.to_string()));
        }
        if !scn.nodes.contains_key(&c.goto) {
            return Err(EngineError::UnknownNode(c.goto.clone()));
        }
        self.apply(&c.effects);
        for r in &c.spots {
            self.events.push(FlagEvent {
                redflag: r.clone(),
                spotted: true,
                node: node.id.clone(),
                choice: c.id.clone(),
            });
        }
        for r in &c.misses {
            self.events.push(FlagEvent {
                redflag: r.clone(),
                spotted: false,
                node: node.id.clone(),
                choice: c.id.clone(),
            });
        }
        self.path.push(Step { node: node.id.clone(), choice: Some(c.id.clone()) });
        let chosen =
            Chosen { node: node.id.clone(), choice: c.id.clone(), spotted: c.spots.clone(), missed: c.misses.clone() };
        self.enter(scn, &c.goto)?;
        Ok(chosen)
    }

    /// Goes on from a passage (a node with `next`).
    pub fn proceed(&mut self, scn: &Scenario) -> Result<(), EngineError> {
        if self.outcome.is_some() {
            return Err(EngineError::Ended);
        }
        let node = self.current(scn)?;
        let NodeKind::Next(next) = &node.kind else { return Err(EngineError::NotAPassage) };
        self.path.push(Step { node: node.id.clone(), choice: None });
        let next = next.clone();
        self.enter(scn, &next)
    }

    fn enter(&mut self, scn: &Scenario, id: &str) -> Result<(), EngineError> {
        let node = scn.nodes.get(id).ok_or_else(|| EngineError::UnknownNode(id.to_string()))?;
        self.node = id.to_string();
        self.apply(&node.effects);
        if let NodeKind::Ending(o) = node.kind {
            self.outcome = Some(o);
        }
        Ok(())
    }

    fn apply(&mut self, e: &crate::model::Effects) {
        e.apply(self);
    }

    /// Every red flag met on the path, in the order first met; spotted if spotted at any point.
    pub fn redflags(&self) -> Vec<FlagResult> {
        let mut out: Vec<FlagResult> = Vec::new();
        for e in &self.events {
            match out.iter_mut().find(|r| r.redflag == e.redflag) {
                Some(r) => r.spotted |= e.spotted,
                None => out.push(FlagResult { redflag: e.redflag.clone(), spotted: e.spotted }),
            }
        }
        out
    }

    /// How many choices the player has made.
    pub fn choices_made(&self) -> usize {
        self.path.iter().filter(|s| s.choice.is_some()).count()
    }

    /// Plays the same steps again from the start with the same seed: used to restore a save against the
    /// scenario as it is now, and to rewind to an earlier choice ("try another path").
    pub fn replay(scn: &Scenario, seed: u64, steps: &[Step]) -> Result<Session, EngineError> {
        let mut s = Session::start(scn, seed)?;
        for step in steps {
            if step.node != s.node {
                return Err(EngineError::Mismatch(format!(
                    "expected to be at `{}`, but the path reaches `{}`",
                    step.node, s.node
                )));
            }
            match &step.choice {
                Some(c) => {
                    s.choose(scn, c)?;
                }
                None => s.proceed(scn)?,
            }
        }
        Ok(s)
    }

    /// The session as it was just before its `n`th choice (0-based): the way to "try another path".
    pub fn rewind_to_choice(&self, scn: &Scenario, n: usize) -> Result<Session, EngineError> {
        let mut count = 0;
        let mut cut = self.path.len();
        for (i, step) in self.path.iter().enumerate() {
            if step.choice.is_some() {
                if count == n {
                    cut = i;
                    break;
                }
                count += 1;
            }
        }
        // The same session, gone back: its id stays.
        Session::replay(scn, self.seed, &self.path[..cut]).map(|s| Session { id: self.id.clone(), ..s })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(s: &str) -> Result<Session, serde_json::Error> {
        serde_json::from_str(s)
    }
}
