//! Quiz and help resources: the quiz's items (red flags they name, the balance of genuine and scam items) and the
//! help resources (country codes, a resource for everyone, their sources and dates).

use super::{Checker, span};
use crate::diag::{Diagnostic, did_you_mean};

impl Checker<'_> {
    /// The country codes quiz items already use, for "did you mean".
    fn quiz_countries(&self, q: &crate::content::types::QuizFile) -> Vec<String> {
        let mut v: Vec<String> = q
            .item
            .values()
            .flat_map(|i| i.countries.iter().map(|c| c.get_ref().clone()))
            .filter(|c| crate::countries::is_iso(c))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    pub(super) fn quiz_and_resources(&mut self) {
        let c = self.content;
        let source_ids: std::collections::BTreeSet<&str> = c
            .sources
            .as_ref()
            .map(|s| s.value.source.keys().map(|k| k.get_ref().as_str()).collect())
            .unwrap_or_default();
        if let Some(r) = &c.resources {
            let mut has_everyone = false;
            for (id, d) in &r.value.resource {
                self.check_id(r, id, "resource");
                for country in d.countries.iter() {
                    let ok = crate::content::valid_country(country.get_ref());
                    has_everyone |= country.get_ref() == "*";
                    if !ok {
                        let diag = self.toml_at(
                            r,
                            span(country),
                            "bad-country",
                            format!("`{}` is not a country code", country.get_ref()),
                        );
                        self.out.push(
                            diag.hint("use a two-letter ISO 3166 code in capitals, like \"PH\", or \"*\" for everyone"),
                        );
                    }
                }
                if let Some(s) = &d.source {
                    self.check_source(r, s, &source_ids);
                }
                self.check_date(r, &d.checked, "resource");
            }
            if !has_everyone {
                let diag = Diagnostic::warning(
                    "no-help-for-everyone",
                    "no help resource is for everyone (countries = [\"*\"])",
                )
                .in_file(&r.rel, &r.display)
                .hint(
                    "add at least one resource that applies in every country, so every player sees where to get help",
                );
                self.out.push(diag);
            }
        }
        if let Some(q) = &c.quiz {
            let redflags = self.redflag_ids();
            let genuine = q.value.item.values().filter(|i| *i.genuine.get_ref()).count();
            let total = q.value.item.len();
            for (id, item) in &q.value.item {
                self.check_id(q, id, "quiz item");
                for r in item.redflags.iter() {
                    if !redflags.contains(r.get_ref().as_str()) {
                        let d =
                            self.toml_at(q, span(r), "unknown-redflag", format!("unknown red flag `{}`", r.get_ref()));
                        self.out.push(d.maybe_hint(did_you_mean(r.get_ref(), redflags.iter().copied())));
                    }
                }
                for country in item.countries.iter() {
                    let c = country.get_ref();
                    if c == "*" {
                        let d = self.toml_at(
                            q,
                            span(country),
                            "bad-country",
                            "`*` is not a country code; a quiz item for every country lists no countries".into(),
                        );
                        self.out.push(d.hint("remove `countries`, or leave it empty, for an item that fits everyone"));
                    } else if !(crate::countries::is_iso(c) && c.chars().all(|ch| ch.is_ascii_uppercase())) {
                        let d = self.toml_at(q, span(country), "bad-country", format!("`{c}` is not a country code"));
                        let known = self.quiz_countries(&q.value);
                        let hint = match crate::countries::did_you_mean(c, known.iter().map(String::as_str)) {
                            _ if crate::countries::is_iso(c) => {
                                format!("write it in capitals: \"{}\"", c.to_ascii_uppercase())
                            }
                            Some(s) => format!("did you mean `{s}`? Use a two-letter ISO 3166 code in capitals"),
                            None => "use a two-letter ISO 3166 code in capitals, like \"PH\"".into(),
                        };
                        self.out.push(d.hint(hint));
                    }
                }
                if !item.countries.is_empty() {
                    // A country's item takes the place of a general item of its kind and class; with none there, it is
                    // never drawn.
                    let places = q
                        .value
                        .item
                        .values()
                        .filter(|o| {
                            o.countries.is_empty()
                                && o.kind.get_ref() == item.kind.get_ref()
                                && o.genuine.get_ref() == item.genuine.get_ref()
                        })
                        .count();
                    let crowded = item.countries.iter().find(|c| {
                        let rivals = q
                            .value
                            .item
                            .iter()
                            .filter(|(oid, o)| {
                                oid.get_ref() <= id.get_ref()
                                    && o.kind.get_ref() == item.kind.get_ref()
                                    && o.genuine.get_ref() == item.genuine.get_ref()
                                    && o.countries.iter().any(|x| x.get_ref() == c.get_ref())
                            })
                            .count();
                        rivals > places
                    });
                    if let Some(c) = crowded {
                        let class = if *item.genuine.get_ref() { "genuine" } else { "scam" };
                        let d = self.toml_warn(
                            q,
                            span(id),
                            "quiz-item-never-drawn",
                            format!(
                                "the quiz item `{}` is never drawn for {}: the general set has {places} {class} item(s) \
                                 of its kind, and the country's items take only their places",
                                id.get_ref(),
                                c.get_ref()
                            ),
                        );
                        self.out.push(d.hint(format!(
                            "add a general {class} item of the same kind (no countries), or remove one of the country's"
                        )));
                    }
                }
                if *item.genuine.get_ref() && !item.redflags.is_empty() {
                    let d = self.toml_warn(
                        q,
                        span(id),
                        "genuine-with-redflags",
                        format!("the genuine item `{}` lists red flags", id.get_ref()),
                    );
                    self.out.push(d.hint("a genuine item shows no red flags; remove the list or set genuine = false"));
                }
            }
            if total < 20 || genuine * 3 < total || genuine * 3 > total * 2 {
                let d = Diagnostic::warning(
                    "quiz-balance",
                    format!("the quiz has {total} items, {genuine} of them genuine"),
                )
                .in_file(&q.rel, &q.display)
                .hint("use at least 20 items, about half genuine: the quiz measures telling apart, not suspicion");
                self.out.push(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;

    #[test]
    fn help_resources_name_countries_and_someone_helps_everyone() {
        let resources = r#"
[resource.line]
countries = ["PH", "ph"]
contact = "1234"
source = "nowhere"
checked = "later"
"#;
        let files = [("scenarios/resources.toml", resources)];
        assert_eq!(
            found(&files, |c| c.quiz_and_resources()),
            ["no-help-for-everyone", "bad-country 3:20", "unknown-source 5:10", "unchecked 6:11"]
        );
    }

    #[test]
    fn quiz_items_name_known_red_flags_and_the_quiz_is_balanced() {
        let redflags = "[redflag.fee]\nnumber = 1\nstage = \"advert\"\nsources = [\"x\"]\n";
        let quiz = r#"
[item.ad-one]
kind = "advert"
genuine = true
redflags = ["fee"]

[item.ad-two]
kind = "advert"
genuine = false
redflags = ["fe"]
"#;
        let files = [("scenarios/redflags.toml", redflags), ("scenarios/quiz.toml", quiz)];
        assert_eq!(
            found(&files, |c| c.quiz_and_resources()),
            ["quiz-balance", "genuine-with-redflags 2:7", "unknown-redflag 10:13"]
        );
    }
}
