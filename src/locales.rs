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

/// Message ids of a set of files, leaving out meta.ftl (which every locale writes for itself).
fn ids(files: &[FtlFile]) -> BTreeSet<&str> {
    files.iter().filter(|f| f.name != "meta").flat_map(|f| f.messages().map(|e| e.id.as_str())).collect()
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
        let missing: Vec<String> = en_ids.iter().filter(|id| !have.contains(*id)).map(|s| s.to_string()).collect();
        let obsolete: Vec<String> = have.iter().filter(|id| !en_ids.contains(*id)).map(|s| s.to_string()).collect();
        out.push(LocaleInfo {
            tag: tag.clone(),
            name: crate::words::sanitize(&meta(files, "locale-name").unwrap_or_else(|| tag.clone())),
            status: meta(files, "locale-status").unwrap_or_else(|| "partial".into()),
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
