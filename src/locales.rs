//! What each locale holds compared with English: its own name, its status, how much is translated.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::{FtlFile, SOURCE_LOCALE};

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LocaleInfo {
    pub tag: String,
    /// The language's own name, from its meta.ftl.
    pub name: String,
    /// complete, reviewed, machine-drafted or partial, from its meta.ftl.
    pub status: String,
    pub translated: usize,
    pub total: usize,
    pub missing: Vec<String>,
    pub obsolete: Vec<String>,
}

impl LocaleInfo {
    pub fn percent(&self) -> usize {
        (100 * self.translated).checked_div(self.total).unwrap_or(100)
    }
}

/// What a translation must have: every message of a set of files, and every attribute as `id.attr` (a
/// feedback or a discussion prompt is words a player reads too), leaving out meta.ftl (each locale writes its own).
fn ids(files: &[FtlFile]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in files.iter().filter(|f| f.name != "meta").flat_map(|f| f.messages()) {
        if e.has_value {
            out.insert(e.id.clone());
        }
        for (a, _) in &e.attributes {
            out.insert(format!("{}.{a}", e.id));
        }
    }
    out
}

fn meta(files: &[FtlFile], key: &str) -> Option<String> {
    let f = files.iter().find(|f| f.name == "meta")?;
    // meta values are plain text; read the line rather than format through Fluent.
    f.text.lines().find_map(|l| {
        let (k, v) = l.split_once('=')?;
        (k.trim() == key).then(|| v.trim().to_string())
    })
}

pub fn infos(locales: &BTreeMap<String, Vec<FtlFile>>) -> Vec<LocaleInfo> {
    let empty = Vec::new();
    let en = locales.get(SOURCE_LOCALE).unwrap_or(&empty);
    let en_ids = ids(en);
    let mut out = Vec::new();
    for (tag, files) in locales {
        let have = ids(files);
        let missing: Vec<String> = en_ids.iter().filter(|id| !have.contains(*id)).cloned().collect();
        let obsolete: Vec<String> = have.iter().filter(|id| !en_ids.contains(*id)).cloned().collect();
        out.push(LocaleInfo {
            // The folder name and meta.ftl are input: nothing of them reaches a terminal or the TUI unsanitised.
            tag: tag.clone(),
            name: crate::sanitize::sanitize(&meta(files, "locale-name").unwrap_or_else(|| tag.clone())),
            status: crate::sanitize::sanitize(&meta(files, "locale-status").unwrap_or_else(|| "partial".into())),
            translated: en_ids.len() - missing.len(),
            total: en_ids.len(),
            missing,
            obsolete,
        });
    }
    // English first, then by tag.
    out.sort_by_key(|i| (i.tag != SOURCE_LOCALE, i.tag.clone()));
    out
}

/// The source text of one message: its id line and the indented lines under it (value and attributes).
pub fn message_source(file: &FtlFile, id: &str) -> Option<String> {
    let e = file.entries().iter().find(|e| e.id == id && !e.is_term)?;
    let mut out = String::new();
    for (i, line) in file.text[e.offset..].split_inclusive('\n').enumerate() {
        if i > 0 && !(line.starts_with(' ') || line.starts_with('\t')) {
            break;
        }
        out.push_str(line);
    }
    Some(out.trim_end().to_string())
}

/// A message as a commented template, for a translator to translate and uncomment.
pub fn template(source: &str) -> String {
    source.lines().map(|l| format!("# {l}\n")).collect()
}

/// Whether a file already has a template or a message for an id.
fn mentions(text: &str, id: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start_matches('#').trim_start();
        l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
    })
}

pub const TEMPLATE_HEADER: &str = "# To translate a message: remove the \"# \" in front of its lines and replace the English text.\n\
# Keep ids, attribute names and every { $variable } as they are. See docs/translating.md.\n";

/// What `init` or `update` would write: layout path -> new file text.
pub fn init_files(locales: &std::collections::BTreeMap<String, Vec<FtlFile>>, lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    out.push((
        format!("locales/{lang}/meta.ftl"),
        format!(
            "# The language's own name, as its speakers write it, and the state of the translation:\n\
             # complete | reviewed | machine-drafted | partial\n\
             locale-name = {lang}\n\
             locale-status = partial\n"
        ),
    ));
    let Some(en) = locales.get(SOURCE_LOCALE) else { return out };
    for f in en.iter().filter(|f| f.name != "meta") {
        let mut text = format!("# {}.ftl for {lang}.\n{TEMPLATE_HEADER}\n", f.name);
        for e in f.messages() {
            if let Some(src) = message_source(f, &e.id) {
                text.push_str(&template(&src));
                text.push('\n');
            }
        }
        out.push((format!("locales/{lang}/{}.ftl", f.name), text));
    }
    out
}

/// The result of `locales update`: files to write and what changed.
#[derive(Debug, Default)]
pub struct Update {
    pub files: Vec<(String, String)>,
    pub added: usize,
    pub obsolete: usize,
}

pub fn update_files(locales: &std::collections::BTreeMap<String, Vec<FtlFile>>, lang: &str) -> Update {
    let mut up = Update::default();
    let empty = Vec::new();
    let en = locales.get(SOURCE_LOCALE).unwrap_or(&empty);
    let have = locales.get(lang).unwrap_or(&empty);
    let en_ids: BTreeSet<&str> = en.iter().flat_map(|f| f.messages().map(|e| e.id.as_str())).collect();
    for f in en.iter().filter(|f| f.name != "meta") {
        let existing = have.iter().find(|x| x.name == f.name);
        let mut text = existing
            .map(|x| x.text.to_string())
            .unwrap_or_else(|| format!("# {}.ftl for {lang}.\n{TEMPLATE_HEADER}", f.name));
        let all_text: String = have.iter().map(|x| &*x.text).collect();
        let mut new = String::new();
        for e in f.messages() {
            if !mentions(&all_text, &e.id)
                && let Some(src) = message_source(f, &e.id)
            {
                new.push_str(&template(&src));
                new.push('\n');
                up.added += 1;
            }
        }
        if !new.is_empty() {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str("\n# New in English since the last update:\n\n");
            text.push_str(&new);
            up.files.push((format!("locales/{lang}/{}.ftl", f.name), text));
        }
    }
    // Mark messages English no longer has, so a translator can remove them when sure.
    for f in have.iter().filter(|f| f.name != "meta") {
        let mut text = String::new();
        let mut changed = false;
        let mut prev = "";
        for line in f.text.split_inclusive('\n') {
            let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let is_entry = !id.is_empty() && line[id.len()..].trim_start().starts_with('=') && !line.starts_with('-');
            if is_entry && !en_ids.contains(id.as_str()) && !prev.starts_with("# OBSOLETE") {
                text.push_str("# OBSOLETE: English no longer has this message; remove it when you are sure.\n");
                changed = true;
                up.obsolete += 1;
            }
            text.push_str(line);
            prev = line;
        }
        if changed {
            let rel = format!("locales/{lang}/{}.ftl", f.name);
            match up.files.iter_mut().find(|(r, _)| *r == rel) {
                Some((_, t)) => *t = text,
                None => up.files.push((rel, text)),
            }
        }
    }
    up
}
