//! Red flags and sources: the catalogue of red flags (ids, numbers, the sources each cites), the sources (a web
//! address, the date someone checked it, cited by something), and the red flags each scenario's choices spot or
//! miss against its `redflags` list.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::{Checker, span};
use crate::content::types::*;
use crate::content::{Content, Parsed};
use crate::diag::{Diagnostic, did_you_mean};

impl<'a> Checker<'a> {
    /// The red-flag catalogue and the sources catalogue.
    pub(super) fn redflags_and_sources(&mut self) {
        let c = self.content;
        let source_ids: BTreeSet<&str> = c
            .sources
            .as_ref()
            .map(|s| s.value.source.keys().map(|k| k.get_ref().as_str()).collect())
            .unwrap_or_default();
        match &c.redflags {
            None if !c.files.map.contains_key("scenarios/redflags.toml") => self.out.push(
                Diagnostic::error("missing-file", "the red-flag catalogue scenarios/redflags.toml is missing")
                    .in_file("scenarios/redflags.toml", "scenarios/redflags.toml")
                    .hint("copy it from the shipped content (redflag check shows its format in docs/format.md)"),
            ),
            None => {}
            Some(r) => {
                let mut numbers: BTreeMap<u32, &str> = BTreeMap::new();
                for (id, d) in &r.value.redflag {
                    self.check_id(r, id, "red-flag");
                    if let Some(other) = numbers.insert(*d.number.get_ref(), id.get_ref()) {
                        let diag = self.toml_at(
                            r,
                            span(&d.number),
                            "duplicate-id",
                            format!("red flag number {} is also used by `{other}`", d.number.get_ref()),
                        );
                        self.out.push(diag.hint("give each red flag its own number"));
                    }
                    if d.sources.is_empty() {
                        let diag = self.toml_at(
                            r,
                            span(id),
                            "no-source",
                            format!("the red flag `{}` cites no source", id.get_ref()),
                        );
                        self.out
                            .push(diag.hint("every red flag must cite at least one id from scenarios/sources.toml"));
                    }
                    for s in d.sources.iter() {
                        self.check_source(r, s, &source_ids);
                    }
                }
            }
        }
        let cited = cited(c);
        if let Some(s) = &c.sources {
            for (id, d) in &s.value.source {
                self.check_id(s, id, "source");
                let url = d.url.get_ref();
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    let diag = self.toml_at(s, span(&d.url), "bad-url", format!("`{url}` is not a web address"));
                    self.out.push(diag.hint("give the full address, starting with https://"));
                }
                self.check_date(s, &d.checked, "source");
                if !cited.contains(id.get_ref().as_str()) {
                    let diag = self.toml_warn(
                        s,
                        span(id),
                        "unused-source",
                        format!("the source `{}` is not cited by any red flag or resource", id.get_ref()),
                    );
                    self.out.push(diag.hint("cite it from scenarios/redflags.toml or remove it"));
                }
            }
        }
    }

    /// A reference to a source, from a red flag or a help resource.
    pub(super) fn check_source<T>(&mut self, p: &Parsed<T>, s: &Spanned<String>, source_ids: &BTreeSet<&str>) {
        if !source_ids.contains(s.get_ref().as_str()) {
            let d = self.toml_at(p, span(s), "unknown-source", format!("unknown source `{}`", s.get_ref()));
            let hint = did_you_mean(s.get_ref(), source_ids.iter().copied())
                .or(Some("add it to scenarios/sources.toml".into()));
            self.out.push(d.maybe_hint(hint));
        }
    }

    /// The red flags one scenario's choices spot or miss, and its `redflags` list: every id in the catalogue, the
    /// list and the choices agreeing, and no lesson drawn from a choice made under threat.
    pub(super) fn scenario_redflags(&mut self, s: &Parsed<ScenarioFile>) {
        let f = &s.value;
        let redflags = self.redflag_ids();
        let mut named_redflags: BTreeSet<String> = BTreeSet::new();
        for n in f.nodes.values() {
            for ch in n.choices.iter().flat_map(|c| c.get_ref()) {
                if crate::content::is_coerced(n) && !(ch.spots.is_empty() && ch.misses.is_empty()) {
                    let first = ch.spots.iter().chain(ch.misses.iter()).next();
                    let d = self.toml_warn(
                        s,
                        first.and_then(span).or(span(&ch.id)),
                        "coerced-redflag",
                        format!(
                            "the choice `{}` is made under threat (its node is coerced) but spots or misses a red flag",
                            ch.id.get_ref()
                        ),
                    );
                    self.out.push(d.hint(
                        "a choice under threat notices or misses nothing and is not counted; remove its spots and \
                         misses, and let its .feedback say what it cost and that it was not the player's fault",
                    ));
                }
                for r in ch.spots.iter().chain(ch.misses.iter()) {
                    if !crate::content::is_coerced(n) {
                        named_redflags.insert(r.get_ref().clone());
                    }
                    if !redflags.contains(r.get_ref().as_str()) {
                        let d =
                            self.toml_at(s, span(r), "unknown-redflag", format!("unknown red flag `{}`", r.get_ref()));
                        self.out.push(
                            d.maybe_hint(
                                did_you_mean(r.get_ref(), redflags.iter().copied())
                                    .or(Some("red flags are listed in scenarios/redflags.toml".into())),
                            ),
                        );
                    }
                }
                for r in ch.spots.iter() {
                    if ch.misses.iter().any(|m| m.get_ref() == r.get_ref()) {
                        let d = self.toml_at(
                            s,
                            span(r),
                            "spots-and-misses",
                            format!("the choice `{}` both spots and misses `{}`", ch.id.get_ref(), r.get_ref()),
                        );
                        self.out.push(d.hint("a choice either notices a red flag or walks past it"));
                    }
                }
            }
        }
        if let Some(rf) = &f.redflags {
            match rf.get_ref() {
                toml::Value::String(v) if v == "auto" => {}
                toml::Value::Array(items) => {
                    for item in items {
                        match item.as_str() {
                            Some(r) if !redflags.contains(r) => {
                                let d = self.toml_at(
                                    s,
                                    span(rf),
                                    "unknown-redflag",
                                    format!("unknown red flag `{r}` in redflags"),
                                );
                                self.out.push(d.maybe_hint(did_you_mean(r, redflags.iter().copied())));
                            }
                            Some(r) if !named_redflags.contains(r) => {
                                let d = self.toml_warn(
                                    s,
                                    span(rf),
                                    "redflag-not-taught",
                                    format!("`{r}` is listed in redflags but no choice spots or misses it"),
                                );
                                self.out
                                    .push(d.hint("name it in a choice's spots or misses, or remove it from the list"));
                            }
                            Some(_) => {}
                            None => {
                                let d = self.toml_at(
                                    s,
                                    span(rf),
                                    "toml",
                                    "redflags must be \"auto\" or a list of red-flag ids".into(),
                                );
                                self.out.push(d);
                            }
                        }
                    }
                    for r in &named_redflags {
                        if !items.iter().any(|i| i.as_str() == Some(r)) {
                            let d = self.toml_at(
                                s,
                                span(rf),
                                "redflag-not-listed",
                                format!("the choices name `{r}`, which redflags does not list"),
                            );
                            self.out.push(d.hint("add it to the list, or write redflags = \"auto\""));
                        }
                    }
                }
                _ => {
                    let d =
                        self.toml_at(s, span(rf), "toml", "redflags must be \"auto\" or a list of red-flag ids".into());
                    self.out.push(d.hint("write redflags = \"auto\" to teach every red flag the choices name"));
                }
            }
        }
    }
}

/// The sources something cites: a red flag or a help resource.
fn cited(c: &Content) -> BTreeSet<&str> {
    let by_redflags = c.redflags.iter().flat_map(|r| r.value.redflag.values()).flat_map(|d| d.sources.iter());
    let by_resources = c.resources.iter().flat_map(|r| r.value.resource.values()).filter_map(|d| d.source.as_ref());
    by_redflags.chain(by_resources).map(|s| s.get_ref().as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, scenario};

    const REDFLAGS: &str = r#"
[redflag.fee]
number = 1
stage = "advert"
sources = []

[redflag.pay]
number = 1
stage = "advert"
sources = ["unodc", "unodoc-2023"]
"#;

    const SOURCES: &str = r#"
[source.unodc]
publisher = "UNODC"
title = "Indicators"
year = 2023
url = "ftp://unodc.org"
checked = "soon"

[source.hotline]
publisher = "A hotline"
title = "Help"
year = 2024
url = "https://example.org"
checked = "2026-01-01"

[source.idle]
publisher = "Nobody"
title = "Unread"
year = 2024
url = "https://example.org/idle"
checked = "2026-01-01"
"#;

    const RESOURCES: &str = r#"
[resource.line]
countries = ["*"]
contact = "1234"
source = "hotline"
checked = "2026-01-01"
"#;

    #[test]
    fn the_catalogues_cite_sources_that_exist_and_every_source_is_cited() {
        let files = [
            ("scenarios/redflags.toml", REDFLAGS),
            ("scenarios/sources.toml", SOURCES),
            ("scenarios/resources.toml", RESOURCES),
        ];
        assert_eq!(
            found(&files, |c| c.redflags_and_sources()),
            [
                // `fee` has no source; `pay` repeats its number and cites a source that does not exist.
                "no-source 2:10",
                "duplicate-id 8:10",
                "unknown-source 10:21",
                "bad-url 6:7",
                "unchecked 7:11",
                // A source cited by a help resource only is cited; one cited by nothing is not.
                "unused-source 16:9",
            ]
        );
    }

    #[test]
    fn a_scenarios_choices_name_catalogue_red_flags_and_agree_with_its_list() {
        let scenario_toml = r#"
id = "s"
start = "a"
minutes = 5
redflags = ["fee", "pay", "nope"]

[nodes.a]
choices = [
  { id = "x", goto = "b", spots = ["fee"], misses = ["fee"] },
  { id = "y", goto = "b", spots = ["feee", "other"] },
]

[nodes.b]
coerced = true
choices = [{ id = "z", goto = "end", misses = ["pay"] }]

[nodes.end]
ending = "safe"
"#;
        let files = [("scenarios/redflags.toml", REDFLAGS), ("scenarios/s.toml", scenario_toml)];
        let got = found(&files, |c| c.scenario_redflags(scenario(c)));
        assert_eq!(
            got,
            [
                // `nope` is no red flag, `pay` is named only under threat, `feee` and `other` are not listed.
                "redflag-not-listed 5:12",
                "redflag-not-listed 5:12",
                "unknown-redflag 5:12",
                "redflag-not-taught 5:12",
                "spots-and-misses 9:36",
                "unknown-redflag 10:36",
                "unknown-redflag 10:44",
                "coerced-redflag 15:48",
            ]
        );
    }
}
