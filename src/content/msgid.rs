//! The naming convention that ties TOML ids to Fluent message ids. One place, so `check`, the
//! front-ends and the docs cannot drift apart.

pub fn title(scenario: &str) -> String {
    format!("{scenario}-title")
}
pub fn summary(scenario: &str) -> String {
    format!("{scenario}-summary")
}
pub fn content_note(scenario: &str) -> String {
    format!("{scenario}-content-note")
}
pub fn character(scenario: &str, character: &str) -> String {
    format!("{scenario}-character-{character}")
}
pub fn node(scenario: &str, node: &str) -> String {
    format!("{scenario}-{node}")
}
pub fn line(scenario: &str, node: &str, line: &str) -> String {
    format!("{scenario}-{node}-{line}")
}
pub fn choice(scenario: &str, node: &str, choice: &str) -> String {
    format!("{scenario}-{node}-{choice}")
}
pub fn var_value(scenario: &str, var: &str, value: &str) -> String {
    format!("{scenario}-{var}-{value}")
}
pub fn redflag(id: &str) -> String {
    format!("redflag-{id}")
}
/// A scenario's own explanation of a catalogue red flag, for its setting; its attributes replace the catalogue's.
pub fn scenario_redflag(scenario: &str, id: &str) -> String {
    format!("{scenario}-redflag-{id}")
}
pub fn resource(id: &str) -> String {
    format!("resource-{id}")
}
pub fn quiz(id: &str) -> String {
    format!("quiz-{id}")
}
pub const SOURCE: &str = "source";
pub const TITLE: &str = "title";
pub const FEEDBACK: &str = "feedback";
pub const DISCUSS: &str = "discuss";
pub const EXPLAIN: &str = "explain";
pub const ADVICE: &str = "advice";
pub const DESCRIPTION: &str = "description";

/// Ids are lower-case kebab case so that joined message ids stay valid Fluent identifiers.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}
