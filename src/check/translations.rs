//! Translations: each locale against English. Messages English no longer has, messages in another file than in
//! English, variables the game does not pass or a translation leaves out, translations of an English text that has
//! changed since, the translation status, and coverage.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::messages::MessageIndex;
use super::{AtEntry, Checker, part};
use crate::content::fluent::FtlEntry;
use crate::content::{FtlFile, SOURCE_LOCALE};
use crate::diag::{Diagnostic, did_you_mean};

impl<'a> Checker<'a> {
    pub(super) fn translations(&mut self) {
        let c = self.content;
        let Some(en) = c.locales.get(SOURCE_LOCALE) else { return };
        if c.locales.len() < 2 {
            return;
        }
        let mut en_index: FxHashMap<&str, (&str, &FtlEntry)> = FxHashMap::default();
        for f in en {
            for e in f.entries() {
                en_index.entry(e.id.as_str()).or_insert((f.name.as_str(), e));
            }
        }
        // Each locale on its own core.
        let per_locale: Vec<Vec<Diagnostic>> = {
            use rayon::prelude::*;
            c.locales
                .par_iter()
                .filter(|(lang, _)| lang.as_str() != SOURCE_LOCALE)
                .map(|(lang, files)| part(c, |one| one.translation(lang, files, en, &en_index)))
                .collect()
        };
        self.out.extend(per_locale.into_iter().flatten());
    }

    /// One locale against English: obsolete and misplaced messages, variables English does not pass, coverage.
    fn translation(
        &mut self,
        lang: &str,
        files: &'a [FtlFile],
        en: &'a [FtlFile],
        en_index: &FxHashMap<&'a str, (&'a str, &'a FtlEntry)>,
    ) {
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() {
            self.out.push(
                Diagnostic::error("bad-locale", format!("`{lang}` is not a language tag"))
                    .in_file(&format!("locales/{lang}"), &format!("locales/{lang}"))
                    .hint("name locale folders by BCP 47 tag, like vi, zh-Hans or fil"),
            );
            return;
        }
        let index = MessageIndex::of(files, &mut self.out);
        self.locale_status(files);
        for f in files {
            for e in f.messages() {
                let Some(&(en_file, en_e)) = en_index.get(e.id.as_str()) else {
                    if f.name != "meta" {
                        let d = Diagnostic::warning(
                            "obsolete-message",
                            format!("`{}` is not an English message any more", e.id),
                        )
                        .at_entry(f, e);
                        let hint = did_you_mean(&e.id, en_index.keys().copied())
                            .unwrap_or_else(|| "remove it (redflag locales update marks obsolete messages)".into());
                        self.out.push(d.hint(hint));
                    }
                    continue;
                };
                if let Some(recorded) = crate::locales::recorded_hash(&f.text, e.offset)
                    && let Some(en_f) = en.iter().find(|x| x.name == en_file)
                {
                    let now = crate::locales::source_hash(&crate::locales::message_body(&en_f.text, en_e.offset));
                    if now != recorded {
                        let d = Diagnostic::warning(
                            "outdated-translation",
                            format!("`{}` was translated from an English text that has changed since", e.id),
                        )
                        .at_entry(f, e);
                        self.out.push(d.hint(format!(
                            "compare with `{}` in {}, bring the translation up to date, then change the comment above \
                             it to `{}{now}`",
                            e.id,
                            en_f.display,
                            crate::locales::SOURCE_HASH
                        )));
                    }
                }
                if en_file != f.name && f.name != "meta" {
                    let d = Diagnostic::warning(
                        "wrong-file",
                        format!("`{}` belongs in {en_file}.ftl, as in English", e.id),
                    )
                    .at_entry(f, e);
                    self.out.push(d.hint("it still works, but keeping the same files as English makes updates easier"));
                }
                let check_vars = |vars: &[String], en_vars: &[String]| -> Vec<String> {
                    vars.iter().filter(|v| !en_vars.contains(*v)).cloned().collect()
                };
                let mut extra = check_vars(&e.vars, &en_e.vars);
                // A variable English shows and the translation leaves out: the player misses the amount, the name
                // or the place the sentence is about. A warning, since a language may say it another way. A
                // variable English only uses to choose a form (`{ $count -> [one] ... *[other] ... }`) is not
                // shown, and a language without plurals writes one form without it.
                let shown = |vars: &[String], selector_only: u64| -> Vec<String> {
                    crate::content::fluent::shown_vars(vars, selector_only).cloned().collect()
                };
                let mut dropped: Vec<(String, String)> = if e.has_value {
                    check_vars(&shown(&en_e.vars, en_e.selector_only), &e.vars)
                        .into_iter()
                        .map(|v| (e.id.clone(), v))
                        .collect()
                } else {
                    Vec::new()
                };
                for (a, info) in &e.attributes {
                    match en_e.attribute(a) {
                        Some(en_a) => {
                            extra.extend(check_vars(&info.vars, &en_a.vars));
                            dropped.extend(
                                check_vars(&shown(&en_a.vars, en_a.selector_only), &info.vars)
                                    .into_iter()
                                    .map(|v| (format!("{}.{a}", e.id), v)),
                            );
                        }
                        None => {
                            let d = Diagnostic::warning(
                                "obsolete-message",
                                format!("`{}.{a}` has no English counterpart", e.id),
                            )
                            .at_entry(f, e);
                            self.out.push(d.hint("remove the attribute, or check its spelling against English"));
                        }
                    }
                }
                let mut by_id: BTreeMap<&str, Vec<String>> = BTreeMap::new();
                for (id, v) in &dropped {
                    by_id.entry(id).or_default().push(format!("{{ ${v} }}"));
                }
                for (id, vars) in by_id {
                    let d = Diagnostic::warning(
                        "dropped-var",
                        format!("`{id}` leaves out {}, which the English message shows", vars.join(" and ")),
                    )
                    .at_entry(f, e);
                    self.out.push(d.hint(
                        "put each where it fits in the sentence; the game fills it in, as in the English message",
                    ));
                }
                for v in extra {
                    let d = Diagnostic::error(
                        "unknown-var",
                        format!("`{}` uses `${v}`, which the English message does not have", e.id),
                    )
                    .at_entry(f, e);
                    let en_vars: Vec<&str> = en_e.vars.iter().map(String::as_str).collect();
                    let hint = did_you_mean(&v, en_vars.iter().copied()).unwrap_or_else(|| {
                        format!(
                            "the game passes only: {}",
                            if en_vars.is_empty() {
                                "no variables".into()
                            } else {
                                en_vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
                            }
                        )
                    });
                    self.out.push(d.hint(hint));
                }
            }
        }
        // Coverage, one warning per file that lacks messages.
        for en_file in en {
            let total: Vec<&str> = en_file.messages().map(|e| e.id.as_str()).collect();
            let missing: Vec<&str> = total.iter().copied().filter(|id| !index.has(id)).collect();
            if !missing.is_empty() && !total.is_empty() {
                let rel = format!("locales/{lang}/{}.ftl", en_file.name);
                let display =
                    files.iter().find(|f| f.name == en_file.name).map(|f| f.display.clone()).unwrap_or(rel.clone());
                let pct = 100 * (total.len() - missing.len()) / total.len();
                let d = Diagnostic::warning(
                    "missing-translation",
                    format!(
                        "{} of {} messages not translated ({pct}% done), they show in English",
                        missing.len(),
                        total.len()
                    ),
                )
                .in_file(&rel, &display)
                .hint(format!("first missing: `{}`; run `redflag locales update {lang}` to add templates", missing[0]));
                self.out.push(d);
            }
        }
    }
}

impl Checker<'_> {
    /// `locale-status` in a locale's meta.ftl: one of the words `redflag locales` and the language menu know.
    fn locale_status(&mut self, files: &[FtlFile]) {
        let Some(f) = files.iter().find(|f| f.name == "meta") else { return };
        let Some(e) = f.messages().find(|e| e.id == "locale-status") else { return };
        let line = f.text[e.offset..].lines().next().unwrap_or("");
        let Some((_, value)) = line.split_once('=') else { return };
        let status = value.trim();
        if crate::locales::STATUSES.contains(&status) {
            return;
        }
        let start = e.offset + line.len() - value.trim_start().len();
        // The value is the file's text, and JSON output carries messages as they are: cleaned here.
        let shown = crate::sanitize::sanitize(status);
        let d = Diagnostic::error("locale-status", format!("`{shown}` is not a translation status")).at(
            &f.rel,
            &f.display,
            &f.text,
            Some(start..start + status.len().max(1)),
        );
        let hint = did_you_mean(status, crate::locales::STATUSES.iter().copied())
            .map(|h| format!("{h} write one of: {}", crate::locales::STATUSES.join(", ")))
            .unwrap_or_else(|| {
                format!(
                    "write one of: {}, alone on the line (a comment goes on a line of its own, above)",
                    crate::locales::STATUSES.join(", ")
                )
            });
        self.out.push(d.hint(hint));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;

    #[test]
    fn a_translation_against_english() {
        let en = "greet = Hello { $name }, { $count } new\n    .feedback = Well done\nleft = Bye\n";
        let vi = "greet = Xin chào { $nam }\n    .feedbak = Tốt\nold = Cũ\n";
        let meta = "locale-status = done\n";
        let files = [("locales/en/ui.ftl", en), ("locales/vi/ui.ftl", vi), ("locales/vi/meta.ftl", meta)];
        assert_eq!(
            found(&files, |c| c.translations()),
            [
                "locale-status 1:17",
                "missing-translation",
                "unknown-var 1:1",
                "obsolete-message 1:1",
                "dropped-var 1:1",
                "obsolete-message 3:1",
            ]
        );
    }

    #[test]
    fn a_translation_may_leave_out_a_variable_english_only_uses_to_choose_a_form() {
        let en = "found = { $count ->\n    [one] One red flag\n   *[other] { $count } red flags\n}\n\
                  spotted = { $count ->\n    [one] You spotted it\n   *[other] You spotted them\n}\n\
                  named = { $count ->\n    [one] { $name } spotted it\n   *[other] { $name } spotted them\n}\n";
        // Thai has no plural forms: one sentence, and `$count` shown or not.
        let th = "found = พบ { $count } สัญญาณ\nspotted = คุณพบแล้ว\nnamed = พบแล้ว\n";
        let files = [("locales/en/ui.ftl", en), ("locales/th/ui.ftl", th)];
        // `found` shows `$count` in English and keeps it; `spotted` only chooses by it; `named` drops `$name`,
        // which English shows.
        assert_eq!(found(&files, |c| c.translations()), ["dropped-var 3:1"]);
    }

    #[test]
    fn a_locale_folder_is_named_by_a_language_tag() {
        let files = [("locales/en/ui.ftl", "a = A\n"), ("locales/not a tag/ui.ftl", "a = A\n")];
        assert_eq!(found(&files, |c| c.translations()), ["bad-locale"]);
    }
}
