//! The shape of a scenario as a graph of nodes, ignoring conditions: what `start` reaches and what can still
//! reach an ending. `check` uses it for unreachable nodes, dead ends and loops without a way out.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::content::types::ScenarioFile;

#[derive(Debug, Default)]
pub struct Graph {
    pub edges: BTreeMap<String, Vec<String>>,
    pub endings: BTreeSet<String>,
}

impl Graph {
    pub fn of(f: &ScenarioFile) -> Graph {
        let mut g = Graph::default();
        for (id, n) in &f.nodes {
            let mut out = Vec::new();
            if let Some(next) = &n.next {
                out.push(next.get_ref().clone());
            }
            if let Some(choices) = &n.choices {
                for c in choices.get_ref() {
                    if let Some(goto) = &c.goto {
                        out.push(goto.get_ref().clone());
                    }
                }
            }
            if n.ending.is_some() {
                g.endings.insert(id.get_ref().clone());
            }
            g.edges.insert(id.get_ref().clone(), out);
        }
        g
    }

    /// Nodes reachable from `start`.
    pub fn reachable(&self, start: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::new();
        if self.edges.contains_key(start) {
            seen.insert(start.to_string());
            queue.push_back(start.to_string());
        }
        while let Some(n) = queue.pop_front() {
            for m in self.edges.get(&n).into_iter().flatten() {
                if self.edges.contains_key(m) && seen.insert(m.clone()) {
                    queue.push_back(m.clone());
                }
            }
        }
        seen
    }

    /// Nodes from which some ending can be reached.
    pub fn can_end(&self) -> BTreeSet<String> {
        let mut reverse: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (from, tos) in &self.edges {
            for to in tos {
                reverse.entry(to.as_str()).or_default().push(from.as_str());
            }
        }
        let mut seen: BTreeSet<String> = self.endings.clone();
        let mut queue: VecDeque<&str> = self.endings.iter().map(String::as_str).collect();
        while let Some(n) = queue.pop_front() {
            for m in reverse.get(n).into_iter().flatten() {
                if seen.insert(m.to_string()) {
                    queue.push_back(m);
                }
            }
        }
        seen
    }
}
