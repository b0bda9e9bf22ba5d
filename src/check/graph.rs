//! The shape of a scenario as a graph of nodes, ignoring conditions: what `start` reaches and what can still
//! reach an ending. `check` uses it for unreachable nodes, dead ends and loops without a way out.
//!
//! Nodes are numbered in the order of the scenario's node table, so the answers are plain vectors indexed the
//! same way: `check` of a large pack asks these questions of every scenario, and a graph of strings spent most
//! of its time copying and comparing them.

use std::collections::VecDeque;

use crate::content::types::ScenarioFile;

#[derive(Debug, Default)]
pub struct Graph<'a> {
    /// Where each node leads; targets that are not nodes are left out (check reports them elsewhere).
    edges: Vec<Vec<usize>>,
    /// Whether each node is an ending.
    endings: Vec<bool>,
    /// Node ids in table order (sorted, as the table is).
    ids: Vec<&'a str>,
}

impl<'a> Graph<'a> {
    pub fn of(f: &'a ScenarioFile) -> Graph<'a> {
        let ids: Vec<&str> = f.nodes.keys().map(|k| k.get_ref().as_str()).collect();
        let index = |id: &str| position(&ids, id);
        let mut edges = Vec::with_capacity(ids.len());
        let mut endings = Vec::with_capacity(ids.len());
        for n in f.nodes.values() {
            let mut out = Vec::new();
            if let Some(i) = n.next.as_ref().and_then(|next| index(next.get_ref())) {
                out.push(i);
            }
            for c in n.choices.iter().flat_map(|c| c.get_ref()) {
                if let Some(i) = c.goto.as_ref().and_then(|goto| index(goto.get_ref())) {
                    out.push(i);
                }
            }
            edges.push(out);
            endings.push(n.ending.is_some());
        }
        Graph { edges, endings, ids }
    }

    /// The node ids, in the order of the answers below.
    pub fn ids(&self) -> &[&'a str] {
        &self.ids
    }

    pub fn has_ending(&self) -> bool {
        self.endings.iter().any(|e| *e)
    }

    /// For each node, whether it is reachable from `start` (all false if there is no such node).
    pub fn reachable(&self, start: &str) -> Vec<bool> {
        let mut seen = vec![false; self.edges.len()];
        let mut queue = VecDeque::new();
        if let Some(s) = position(&self.ids, start) {
            seen[s] = true;
            queue.push_back(s);
        }
        while let Some(n) = queue.pop_front() {
            for &m in &self.edges[n] {
                if !seen[m] {
                    seen[m] = true;
                    queue.push_back(m);
                }
            }
        }
        seen
    }

    /// For each node, whether some ending can be reached from it.
    pub fn can_end(&self) -> Vec<bool> {
        let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); self.edges.len()];
        for (from, tos) in self.edges.iter().enumerate() {
            for &to in tos {
                reverse[to].push(from);
            }
        }
        let mut seen = self.endings.clone();
        let mut queue: VecDeque<usize> = (0..seen.len()).filter(|&i| seen[i]).collect();
        while let Some(n) = queue.pop_front() {
            for &m in &reverse[n] {
                if !seen[m] {
                    seen[m] = true;
                    queue.push_back(m);
                }
            }
        }
        seen
    }
}

/// A node's number: the ids are sorted, as the node table is.
fn position(ids: &[&str], id: &str) -> Option<usize> {
    ids.binary_search(&id).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(toml: &str) -> ScenarioFile {
        toml::from_str(toml).expect("test scenario parses")
    }

    const LOOP: &str = r#"
id = "t"
start = "a"
minutes = 5
[nodes.a]
choices = [{ id = "x", goto = "b" }, { id = "y", goto = "c" }, { id = "z", goto = "nowhere" }]
[nodes.b]
next = "a"
[nodes.c]
choices = [{ id = "x", goto = "d" }]
[nodes.d]
next = "c"
[nodes.e]
ending = "safe"
[nodes.f]
next = "e"
"#;

    #[test]
    fn reachable_and_can_end_follow_the_edges_and_skip_unknown_targets() {
        let f = graph(LOOP);
        let g = Graph::of(&f);
        assert_eq!(g.ids(), ["a", "b", "c", "d", "e", "f"]);
        assert_eq!(g.reachable("a"), [true, true, true, true, false, false]);
        // Only f leads to the ending; a, b, c and d loop among themselves.
        assert_eq!(g.can_end(), [false, false, false, false, true, true]);
        assert!(g.has_ending());
        assert_eq!(g.reachable("nowhere"), [false; 6]);
    }
}
