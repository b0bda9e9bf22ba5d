//! The plain model of the content that the engine plays: ids and numbers, no positions, no words.

use std::collections::BTreeMap;

pub use crate::content::types::{Channel, HelpKind, Medium, Outcome, Stage};

#[derive(Debug, Clone, Default)]
pub struct Library {
    pub scenarios: BTreeMap<String, Scenario>,
    pub redflags: BTreeMap<String, Redflag>,
    pub sources: BTreeMap<String, Source>,
    pub resources: Resources,
    pub quiz: Vec<QuizItem>,
}

/// One item of the discernment quiz: a message or advert the player rates from safe to scam.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizItem {
    pub id: String,
    pub kind: crate::content::types::QuizKind,
    pub genuine: bool,
    pub redflags: Vec<String>,
    /// The countries it is written for (ISO 3166 codes, in capitals); empty: every country.
    pub countries: Vec<String>,
}

impl Library {
    /// Scenarios in the order of the journey: first by the situation they are about (a job abroad, held abroad, a
    /// family member held, money lost to a scam), then by the earliest stage of their red flags (the advert before
    /// the recruiter, travel, the compound, the person scammed), then by id. The situation comes first because a
    /// story of getting out (`after-release`) teaches advert-stage flags (the offer that re-recruits) and belongs
    /// after the compound, not before the first advert. Every front-end lists them so.
    pub fn ordered_scenarios(&self) -> Vec<&Scenario> {
        let mut v: Vec<&Scenario> = self.scenarios.values().collect();
        v.sort_by_key(|s| {
            let situation = match s.help {
                HelpKind::JobAbroad => 0,
                HelpKind::HeldAbroad => 1,
                HelpKind::Family => 2,
                HelpKind::ScamLoss => 3,
            };
            let stage = s.redflags.iter().filter_map(|r| self.redflags.get(r)).map(|r| r.stage).min();
            (situation, stage.unwrap_or(Stage::Target), s.id.clone())
        });
        v
    }
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub start: String,
    pub minutes: u32,
    pub content_note: bool,
    /// The situation its help is for.
    pub help: HelpKind,
    pub characters: BTreeMap<String, Channel>,
    /// Var id -> the values a session picks from.
    pub vars: BTreeMap<String, Vec<VarValue>>,
    pub nodes: BTreeMap<String, Node>,
    pub redflags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VarValue {
    Number(f64),
    /// Names a message `<scenario>-<var>-<value>`, so each locale writes it in its own script.
    Message(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    pub from: Option<String>,
    pub channel: Channel,
    pub lines: Vec<String>,
    pub effects: Effects,
    /// The player acts under threat here; its choices spot and miss nothing.
    pub coerced: bool,
    /// An ending where trust was right: the offer or the person was genuine.
    pub genuine: bool,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Choices(Vec<Choice>),
    Next(String),
    Ending(Outcome),
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub id: String,
    pub goto: String,
    pub conditions: Conditions,
    pub effects: Effects,
    pub spots: Vec<String>,
    pub misses: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Conditions {
    pub requires: Vec<String>,
    pub unless: Vec<String>,
    pub min: Vec<(String, i64)>,
    pub max: Vec<(String, i64)>,
}

impl Conditions {
    pub fn is_empty(&self) -> bool {
        self.requires.is_empty() && self.unless.is_empty() && self.min.is_empty() && self.max.is_empty()
    }

    /// Whether a choice with these conditions shows, given what the session remembers.
    pub fn hold(&self, m: &impl Memory) -> bool {
        self.requires.iter().all(|f| m.has(f))
            && !self.unless.iter().any(|f| m.has(f))
            && self.min.iter().all(|(n, v)| m.counter(n) >= *v)
            && self.max.iter().all(|(n, v)| m.counter(n) <= *v)
    }
}

/// The flags and counters a session remembers. The rules for conditions and effects are written once, here, on
/// this trait: the engine plays with a session's own memory, and `check`'s search for dead ends with a compact
/// one that keeps only what conditions read.
pub trait Memory {
    fn has(&self, flag: &str) -> bool;
    /// A counter never changed is 0.
    fn counter(&self, name: &str) -> i64;
    fn set(&mut self, flag: &str);
    fn clear(&mut self, flag: &str);
    fn set_counter(&mut self, name: &str, value: i64);
}

#[derive(Debug, Clone, Default)]
pub struct Effects {
    pub set: Vec<String>,
    pub clear: Vec<String>,
    pub add: Vec<(String, i64)>,
}

impl Effects {
    /// Sets, then clears, then adds. Counters saturate rather than overflow: content can add in a loop.
    pub fn apply(&self, m: &mut impl Memory) {
        for f in &self.set {
            m.set(f);
        }
        for f in &self.clear {
            m.clear(f);
        }
        for (n, v) in &self.add {
            let now = m.counter(n).saturating_add(*v);
            m.set_counter(n, now);
        }
    }
}

#[derive(Debug, Clone)]
pub struct Redflag {
    pub id: String,
    pub number: u32,
    pub stage: Stage,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub short: Option<String>,
    pub title: String,
    pub year: u32,
    pub url: String,
    pub checked: String,
}

#[derive(Debug, Clone, Default)]
pub struct Resources {
    pub list: Vec<Resource>,
    pub locale_countries: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub id: String,
    pub countries: Vec<String>,
    pub contact: String,
    pub source: Option<String>,
    pub checked: String,
    pub name: Option<String>,
    pub description: Option<String>,
    /// The situations it helps in, most fitting first; empty means every situation.
    pub kinds: Vec<HelpKind>,
}

impl Resources {
    /// The countries with help of their own, in order.
    pub fn countries(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.list.iter().flat_map(|r| r.countries.iter()).filter(|c| *c != "*").cloned().collect();
        out.sort();
        out.dedup();
        out
    }

    /// The resources for a country, the country's own first, then those for everyone.
    pub fn for_country(&self, country: Option<&str>) -> Vec<&Resource> {
        self.for_situation(country, None)
    }

    /// The resources for a country and a situation: those that help in it (all, when no situation is given), the
    /// country's own first, then those for everyone; within each, those made for the situation before those that
    /// also help in it, and those for every situation last.
    pub fn for_situation(&self, country: Option<&str>, kind: Option<HelpKind>) -> Vec<&Resource> {
        let mut own: Vec<(usize, &Resource)> = Vec::new();
        let mut all: Vec<(usize, &Resource)> = Vec::new();
        for r in &self.list {
            let rank = match kind {
                None => 0,
                // Help for every situation (support after distress) closes the list rather than opening it.
                Some(_) if r.kinds.is_empty() => HelpKind::ALL.len(),
                Some(k) => match r.kinds.iter().position(|x| *x == k) {
                    Some(i) => i,
                    None => continue,
                },
            };
            if country.is_some_and(|c| r.countries.iter().any(|x| x.eq_ignore_ascii_case(c))) {
                own.push((rank, r));
            } else if r.countries.iter().any(|x| x == "*") {
                all.push((rank, r));
            }
        }
        own.sort_by_key(|(rank, _)| *rank);
        all.sort_by_key(|(rank, _)| *rank);
        own.into_iter().chain(all).map(|(_, r)| r).collect()
    }
}
