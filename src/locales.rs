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

/// The values `locale-status` may have in a locale's meta.ftl, from the most finished.
pub const STATUSES: [&str; 4] = ["complete", "reviewed", "machine-drafted", "partial"];

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

/// The source text of one message: the comment lines just above it (`# $var: ...`, which explain its variables
/// to a translator), its id line, and every line up to the next entry or comment.
pub fn message_source(file: &FtlFile, id: &str) -> Option<String> {
    let e = file.entries().iter().find(|e| e.id == id && !e.is_term)?;
    let mut out: String = comments_above(&file.text, e.offset).iter().map(|l| format!("{l}\n")).collect();
    out.push_str(&message_body(&file.text, e.offset));
    Some(out)
}

/// The `#` comment lines directly above the line at `offset`, in order.
pub fn comments_above(text: &str, offset: usize) -> Vec<&str> {
    let before = &text[..offset];
    let mut lines: Vec<&str> = before
        .strip_suffix('\n')
        .unwrap_or(before)
        .rsplit('\n')
        .take_while(|l| l.starts_with("# ") || *l == "#")
        .collect();
    lines.reverse();
    lines
}

/// A message's id line and its body. A multi-line message goes on through lines that begin with `}`, `[` or `*`
/// as well as indented ones (a selector's closing brace may stand at the start of a line), so a template never
/// loses its last line.
pub fn message_body(text: &str, offset: usize) -> String {
    let mut out = String::new();
    for (i, line) in text[offset..].split_inclusive('\n').enumerate() {
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if i > 0 && starts_entry {
            break;
        }
        out.push_str(line);
    }
    out.trim_end().to_string()
}

/// The comment that records which English text a translation was made from.
pub const SOURCE_HASH: &str = "# source-hash: ";

/// A short, stable fingerprint of an English message's text (FNV-1a, 64 bits, as 12 hex digits): the same text
/// gives the same hash in every version of the game, and a change of one character gives another.
pub fn source_hash(body: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.trim_end().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:012x}", h >> 16)
}

/// The hash a translation records above it, if it has one.
pub fn recorded_hash(text: &str, offset: usize) -> Option<&str> {
    comments_above(text, offset).into_iter().rev().find_map(|l| l.strip_prefix(SOURCE_HASH)).map(str::trim)
}

/// An English message's source with the hash of its text as its last comment, for a template: uncommented, the
/// translation carries the record of the English it was made from.
fn hashed_source(f: &FtlFile, e: &crate::content::fluent::FtlEntry) -> Option<String> {
    let comments = comments_above(&f.text, e.offset);
    let body = message_body(&f.text, e.offset);
    let mut out: String = comments.iter().map(|l| format!("{l}\n")).collect();
    out.push_str(&format!("{SOURCE_HASH}{}\n{body}", source_hash(&body)));
    Some(out)
}

/// A message as a commented template, for a translator to translate and uncomment: every line gets `# ` in front
/// (its own comments become `# # $var: ...`), so removing the first two characters of each line gives it back.
pub fn template(source: &str) -> String {
    source.lines().map(|l| if l.is_empty() { "#\n".to_string() } else { format!("# {l}\n") }).collect()
}

/// A template uncommented, as a translator does it: `# ` taken off the front of every template line. Notes of
/// the tool are `##` or `###` comments, so they stay.
pub fn uncomment(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|l| {
            if l.starts_with("##") {
                l
            } else if let Some(rest) = l.strip_prefix("# ") {
                rest
            } else if l == "#\n" {
                "\n"
            } else {
                l
            }
        })
        .collect()
}

/// Whether a file already has a template or a message for an id.
fn mentions(text: &str, id: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start_matches('#').trim_start();
        l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('='))
    })
}

pub const TEMPLATE_HEADER: &str = "## To translate a message: remove the \"# \" in front of its lines and replace the English text.\n\
## Keep ids, attribute names and every { $variable } as they are. See docs/translating.md.\n";

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
        let mut text = format!("## {}.ftl for {lang}.\n{TEMPLATE_HEADER}\n", f.name);
        for e in f.messages() {
            if let Some(src) = hashed_source(f, e) {
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
    /// Translated messages that had no record of their English text and got one.
    pub hashed: usize,
}

pub fn update_files(locales: &std::collections::BTreeMap<String, Vec<FtlFile>>, lang: &str) -> Update {
    let mut up = Update::default();
    let empty = Vec::new();
    let en = locales.get(SOURCE_LOCALE).unwrap_or(&empty);
    let have = locales.get(lang).unwrap_or(&empty);
    let en_ids: BTreeSet<&str> = en.iter().flat_map(|f| f.messages().map(|e| e.id.as_str())).collect();
    // The hash of the English text each translated message was made from, for `check` to tell when English
    // changes: messages translated before hashes existed are taken as made from today's English.
    let en_hashes: std::collections::HashMap<&str, String> = en
        .iter()
        .flat_map(|f| f.messages().map(move |e| (e.id.as_str(), source_hash(&message_body(&f.text, e.offset)))))
        .collect();
    // First the files as they are: messages English no longer has are marked, so a translator can remove them
    // when sure, and translations get their record of the English text.
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for f in have.iter().filter(|f| f.name != "meta") {
        let mut text = String::new();
        let mut changed = false;
        let mut offset = 0;
        for line in f.text.split_inclusive('\n') {
            let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            let is_entry = !id.is_empty() && line[id.len()..].trim_start().starts_with('=') && !line.starts_with('-');
            let above = if is_entry { comments_above(&f.text, offset) } else { Vec::new() };
            if is_entry && !en_ids.contains(id.as_str()) && !above.iter().any(|l| l.starts_with("# OBSOLETE")) {
                text.push_str("# OBSOLETE: English no longer has this message; remove it when you are sure.\n");
                changed = true;
                up.obsolete += 1;
            }
            if let Some(h) = en_hashes.get(id.as_str()).filter(|_| is_entry)
                && recorded_hash(&f.text, offset).is_none()
            {
                text.push_str(&format!("{SOURCE_HASH}{h}\n"));
                changed = true;
                up.hashed += 1;
            }
            text.push_str(line);
            offset += line.len();
        }
        if changed {
            texts.insert(f.name.clone(), text);
        }
    }
    // Then templates for what English gained, at the end of each file.
    let all_text: String = have.iter().map(|x| &*x.text).collect();
    for f in en.iter().filter(|f| f.name != "meta") {
        let mut new = String::new();
        for e in f.messages() {
            if !mentions(&all_text, &e.id)
                && let Some(src) = hashed_source(f, e)
            {
                new.push_str(&template(&src));
                new.push('\n');
                up.added += 1;
            }
        }
        if !new.is_empty() {
            let text = texts.entry(f.name.clone()).or_insert_with(|| match have.iter().find(|x| x.name == f.name) {
                Some(x) => x.text.to_string(),
                None => format!("## {}.ftl for {lang}.\n{TEMPLATE_HEADER}", f.name),
            });
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str("\n## New in English since the last update:\n\n");
            text.push_str(&new);
        }
    }
    up.files = texts.into_iter().map(|(name, text)| (format!("locales/{lang}/{name}.ftl"), text)).collect();
    up
}
