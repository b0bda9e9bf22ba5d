//! What `check SCENARIO` and `check --lang LANG` look at, and the Fluent files no locale has begun to translate:
//! for those, one line in the summary says so, instead of one coverage warning per locale, so that an author's
//! brand-new scenario passes `check --deny-warnings` (translators begin when it is ready).

use crate::content::{Content, SOURCE_LOCALE};
use crate::diag::{Diagnostic, did_you_mean};
use crate::exit;

/// Narrows `diags` to the scenario and the language asked for (if any), and takes out the coverage warnings of
/// files no locale in scope has; returns those files, as `name.ftl (N locales)`. A scenario or language that
/// does not exist is a usage error, said on stderr.
pub fn narrow(
    content: &Content,
    diags: &mut Vec<Diagnostic>,
    scenario: Option<&str>,
    lang: Option<&str>,
) -> Result<Vec<String>, u8> {
    let clean = crate::sanitize::sanitize;
    if let Some(id) = scenario
        && content.scenario(id).is_none()
    {
        eprintln!("error: there is no scenario `{}`", clean(id));
        let ids: Vec<&str> = content.scenarios.iter().map(|s| s.value.id.get_ref().as_str()).collect();
        match did_you_mean(id, ids.iter().copied()) {
            Some(h) => eprintln!("help: {h}"),
            None => eprintln!("help: the scenarios are: {}", clean(&ids.join(", "))),
        }
        return Err(exit::USAGE);
    }
    let lang = match lang {
        Some(l) => {
            let tag = crate::i18n::normalise_tag(l);
            let Some(found) = content.locales.keys().find(|k| k.eq_ignore_ascii_case(&tag)) else {
                eprintln!("error: there is no locale `{}` to check", clean(l));
                let tags: Vec<&str> = content.locales.keys().map(String::as_str).collect();
                eprintln!(
                    "help: the locales are {}; `redflag locales init {}` starts a new one",
                    tags.join(", "),
                    clean(l)
                );
                return Err(exit::USAGE);
            };
            Some(found.clone())
        }
        None => None,
    };
    let in_scope = |tag: &str| tag != SOURCE_LOCALE && lang.as_ref().is_none_or(|l| l == tag);
    let others: Vec<&String> = content.locales.keys().filter(|t| in_scope(t)).collect();
    let mut untranslated = Vec::new();
    if !others.is_empty()
        && let Some(en) = content.locales.get(SOURCE_LOCALE)
    {
        for f in en.iter().filter(|f| f.name != "meta" && scenario.is_none_or(|s| s == f.name)) {
            let begun = others.iter().any(|t| content.locales[*t].iter().any(|x| x.name == f.name));
            if !begun {
                let rels: Vec<String> = others.iter().map(|t| format!("locales/{t}/{}.ftl", f.name)).collect();
                diags.retain(|d| !(d.code == "missing-translation" && rels.contains(&d.rel)));
                untranslated.push(format!("{}.ftl ({} locale(s))", f.name, others.len()));
            }
        }
    }
    if let Some(id) = scenario {
        let toml = format!("scenarios/{id}.toml");
        let ftl = format!("/{id}.ftl");
        diags.retain(|d| d.rel == toml || (d.rel.starts_with("locales/") && d.rel.ends_with(&ftl)));
    }
    if let Some(l) = &lang {
        diags.retain(|d| match d.rel.strip_prefix("locales/") {
            Some(rest) => {
                let tag = rest.split('/').next().unwrap_or("");
                tag == SOURCE_LOCALE || tag == l
            }
            None => true,
        });
    }
    Ok(untranslated)
}

/// How many scenarios and locales a narrowed check looked at, for its summary.
pub fn counted(content: &Content, scenario: Option<&str>, lang: Option<&str>) -> (usize, usize) {
    let scenarios = if scenario.is_some() { 1 } else { content.scenarios.len() };
    let locales = match lang {
        Some(l) if crate::i18n::normalise_tag(l).eq_ignore_ascii_case(SOURCE_LOCALE) => 1,
        Some(_) => 2,
        None => content.locales.len(),
    };
    (scenarios, locales)
}

/// The end of the summary line for files not translated yet.
pub fn untranslated_note(files: &[String]) -> String {
    if files.is_empty() {
        String::new()
    } else {
        format!("; not translated yet, shown in English: {}", files.join(", "))
    }
}
