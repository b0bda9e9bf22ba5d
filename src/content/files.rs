//! The raw files of a content folder, from the copy embedded in the binary or from disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

static SHIPPED_SCENARIOS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/scenarios");
static SHIPPED_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Limits on content from outside, so a hostile or mistaken folder cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
pub const MAX_FILES: usize = 5_000;

/// One content file: its path inside the content layout (`scenarios/x.toml`), the path to show a user, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub rel: String,
    pub display: String,
    pub text: Text,
}

/// A file's text: borrowed from the binary for shipped content, shared otherwise, so that neither the start of a
/// game nor the Fluent analysis and the diagnostics renderer of `check` copy it.
#[derive(Debug, Clone)]
pub enum Text {
    Shipped(std::sync::Arc<Embedded>),
    /// An `Arc<String>`, not an `Arc<str>`: the text read from disk moves in without a copy.
    Shared(std::sync::Arc<String>),
}

/// A file embedded in the binary, read as UTF-8 the first time its text is wanted: a game reads the files of its
/// own language and English, and checking the other 2 MB of translations was a sixth of a plain session's start
/// (9.0 ms, now 7.5 ms).
#[derive(Debug)]
pub struct Embedded {
    bytes: &'static [u8],
    text: std::sync::OnceLock<&'static str>,
}

impl Embedded {
    fn text(&self) -> &'static str {
        self.text.get_or_init(|| match std::str::from_utf8(self.bytes) {
            Ok(s) => s,
            // The shipped files are this repository's own and a test holds them to UTF-8; should a build embed a
            // broken one anyway, it is read with replacement characters rather than crash the game.
            Err(_) => Box::leak(String::from_utf8_lossy(self.bytes).into_owned().into_boxed_str()),
        })
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Shipped(e) => e.text(),
            Text::Shared(s) => s,
        }
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Shared(std::sync::Arc::new(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Shared(std::sync::Arc::new(s.to_string()))
    }
}

/// A problem reading files, before any parsing.
#[derive(Debug, Clone)]
pub struct ReadProblem {
    pub display: String,
    pub message: String,
    pub hint: String,
}

/// Every file of a content set, keyed by layout path. Later layers replace earlier files of the same path.
#[derive(Debug, Clone, Default)]
pub struct Files {
    pub map: BTreeMap<String, SourceFile>,
    pub problems: Vec<ReadProblem>,
    /// Found by `walk`, not read yet: layout path, path on disk.
    pending: Vec<(String, PathBuf)>,
    /// Files in the content folders the game does not read (`x.toml.txt`, `notes.md`), as shown to the user.
    pub ignored: Vec<String>,
}

/// Where content comes from.
#[derive(Debug, Clone, Default)]
pub struct ContentSource {
    /// Replace the shipped content with this folder.
    pub replace: Option<PathBuf>,
    /// Load these folders on top (a file here replaces the file of the same path).
    pub add: Vec<PathBuf>,
}

impl ContentSource {
    /// Whether the content comes, at least in part, from folders on disk, which may change while the game runs.
    pub fn has_folders(&self) -> bool {
        self.replace.is_some() || !self.add.is_empty()
    }

    /// A summary of the content folders' files (path, size, time modified) that changes when any of them does,
    /// is added or goes. Reads no file, so a game can look every second while a session is open.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        fn walk(dir: &Path, depth: usize, seen: &mut usize, h: &mut impl Hasher) {
            let Ok(entries) = std::fs::read_dir(dir) else { return };
            let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for path in paths {
                *seen += 1;
                if *seen > MAX_FILES * 2 {
                    return;
                }
                let Ok(meta) = std::fs::metadata(&path) else { continue };
                path.hash(h);
                if meta.is_dir() {
                    if depth < 5 {
                        walk(&path, depth + 1, seen, h);
                    }
                } else {
                    meta.len().hash(h);
                    meta.modified().ok().hash(h);
                }
            }
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let mut seen = 0;
        for dir in self.replace.iter().chain(self.add.iter()) {
            for sub in ["scenarios", "locales"] {
                walk(&dir.join(sub), 0, &mut seen, &mut h);
            }
        }
        h.finish()
    }
}

impl Files {
    pub fn shipped() -> Files {
        let mut files = Files::default();
        for (prefix, dir) in [("scenarios", &SHIPPED_SCENARIOS), ("locales", &SHIPPED_LOCALES)] {
            add_embedded(&mut files, prefix, dir);
        }
        files
    }

    pub fn load(source: &ContentSource) -> Files {
        let mut files = match &source.replace {
            Some(dir) => {
                let mut f = Files::default();
                f.add_dir(dir);
                f
            }
            None => Files::shipped(),
        };
        for dir in &source.add {
            files.add_dir(dir);
        }
        files
    }

    /// Reads `dir/scenarios` and `dir/locales` into this set.
    pub fn add_dir(&mut self, dir: &Path) {
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                self.problems.push(ReadProblem {
                    display: dir.display().to_string(),
                    message: "is a file, not a content folder".into(),
                    hint: "give the folder that holds scenarios/ and locales/".into(),
                });
                return;
            }
            Err(e) => {
                self.problems.push(ReadProblem {
                    display: dir.display().to_string(),
                    message: format!("cannot open the content folder: {e}"),
                    hint: "check the path given to --content".into(),
                });
                return;
            }
        }
        // Links are followed only while they stay inside the folder: `x.ftl -> /proc/self/environ` would print the
        // environment into a CI log through a diagnostic snippet.
        let real_root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let mut found_any = false;
        for sub in ["scenarios", "locales"] {
            let path = dir.join(sub);
            if path.is_dir() {
                found_any = true;
                if self.leaves(&real_root, &path) {
                    continue;
                }
                self.walk(dir, &real_root, &path, 0);
            }
        }
        self.read_pending();
        if !found_any {
            self.problems.push(ReadProblem {
                display: dir.display().to_string(),
                message: "holds neither scenarios/ nor locales/".into(),
                hint:
                    "a content folder has the same layout as the game's own: scenarios/*.toml and locales/<lang>/*.ftl"
                        .into(),
            });
        }
    }

    /// Whether `path` is a link that leads out of the content folder (or nowhere); if so, a problem says so.
    fn leaves(&mut self, real_root: &Path, path: &Path) -> bool {
        let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return false;
        }
        let (message, hint) = match std::fs::canonicalize(path) {
            Ok(target) if target.starts_with(real_root) => return false,
            Ok(target) => (
                format!("is a link to {}, outside the content folder", crate::sanitize::path(&target)),
                "copy the file into the content folder instead of linking to it",
            ),
            Err(e) => (format!("is a link that leads nowhere: {e}"), "fix or remove the link"),
        };
        self.problems.push(ReadProblem { display: path.display().to_string(), message, hint: hint.into() });
        true
    }

    fn walk(&mut self, root: &Path, real_root: &Path, dir: &Path, depth: usize) {
        if depth > 4 {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                self.problems.push(ReadProblem {
                    display: dir.display().to_string(),
                    message: format!("cannot read the folder: {e}"),
                    hint: "check that the folder exists and that you may read it".into(),
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                let ext = path.extension().and_then(|e| e.to_str());
                if matches!(ext, Some("toml" | "ftl")) {
                    self.problems.push(ReadProblem {
                        display: path.display().to_string(),
                        message: "is a folder where a content file should be".into(),
                        hint: "rename or remove the folder; content files are plain .toml and .ftl files".into(),
                    });
                    continue;
                }
                if self.leaves(real_root, &path) {
                    continue;
                }
                self.walk(root, real_root, &path, depth + 1);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str());
            if !matches!(ext, Some("toml" | "ftl")) {
                // Hidden files are an editor's or a system's (.DS_Store, .x.swp), never an author's content.
                if !path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')) {
                    self.ignored.push(path.display().to_string());
                }
                continue;
            }
            if self.leaves(real_root, &path) {
                continue;
            }
            if self.map.len() + self.pending.len() >= MAX_FILES {
                self.problems.push(ReadProblem {
                    display: root.display().to_string(),
                    message: format!("holds more than {MAX_FILES} content files"),
                    hint: "split the content into smaller folders".into(),
                });
                return;
            }
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            self.pending.push((rel, path));
        }
    }

    /// Reads the files `walk` found, on all cores (a large pack is tens of megabytes), keeping their order.
    fn read_pending(&mut self) {
        use rayon::prelude::*;
        let found = std::mem::take(&mut self.pending);
        let read: Vec<_> = found.into_par_iter().map(|(rel, path)| (rel, read_limited(&path), path)).collect();
        for (rel, text, path) in read {
            let display = path.display().to_string();
            match text {
                Ok(text) => {
                    self.map.insert(rel.clone(), SourceFile { rel, display, text: text.into() });
                }
                Err(message) => self.problems.push(ReadProblem {
                    display,
                    message,
                    hint: "fix or remove the file; content files are UTF-8 text".into(),
                }),
            }
        }
    }

    /// A content set from (layout path, text) pairs: for tests, benchmarks and fuzzing.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Files {
        let mut files = Files::default();
        for (rel, text) in pairs {
            files.map.insert(
                rel.to_string(),
                SourceFile { rel: rel.to_string(), display: rel.to_string(), text: text.into() },
            );
        }
        files
    }

    pub fn get(&self, rel: &str) -> Option<&SourceFile> {
        self.map.get(rel)
    }

    /// Files whose layout path starts with `prefix`, in path order.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a SourceFile> + 'a {
        self.map.range(prefix.to_string()..).take_while(move |(k, _)| k.starts_with(prefix)).map(|(_, v)| v)
    }
}

/// Reads one content file: a regular file only (a device or a pipe is refused, not read until memory runs out
/// or forever), through a reader that stops past the limit whatever size the file system reports.
pub fn read_limited(path: &Path) -> Result<String, String> {
    let bytes = crate::bounded::read(path, MAX_FILE_BYTES).map_err(|e| match e {
        crate::bounded::ReadError::TooLarge(limit) => {
            format!("is more than the limit of {limit} bytes for one content file")
        }
        crate::bounded::ReadError::Io(e) => format!("cannot be read: {e}"),
        e => e.to_string(),
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("is not valid UTF-8 text (first bad byte at offset {})", e.utf8_error().valid_up_to()))?;
    // A byte-order mark, which some Windows editors write, is not text: without it, the first id is an id.
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Every shipped file as (layout path, bytes), for `redflag export`.
pub fn shipped_bytes() -> Vec<(String, &'static [u8])> {
    fn walk(prefix: &str, dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
        for file in dir.files() {
            out.push((format!("{prefix}/{}", file.path().display()), file.contents()));
        }
        for sub in dir.dirs() {
            walk(prefix, sub, out);
        }
    }
    let mut out = Vec::new();
    walk("scenarios", &SHIPPED_SCENARIOS, &mut out);
    walk("locales", &SHIPPED_LOCALES, &mut out);
    out.sort();
    out
}

fn add_embedded(files: &mut Files, prefix: &str, dir: &'static Dir<'static>) {
    for file in dir.files() {
        let rel = format!("{prefix}/{}", file.path().display());
        let text =
            Text::Shipped(std::sync::Arc::new(Embedded { bytes: file.contents(), text: std::sync::OnceLock::new() }));
        files.map.insert(rel.clone(), SourceFile { display: rel.clone(), rel, text });
    }
    for sub in dir.dirs() {
        add_embedded(files, prefix, sub);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The game reads embedded files as UTF-8 only when it needs them, and would show a broken one with
    /// replacement characters: so no shipped file may be broken.
    #[test]
    fn every_shipped_file_is_utf8() {
        fn walk(dir: &'static Dir<'static>, count: &mut usize) {
            for f in dir.files() {
                assert!(std::str::from_utf8(f.contents()).is_ok(), "{} is not UTF-8", f.path().display());
                *count += 1;
            }
            for d in dir.dirs() {
                walk(d, count);
            }
        }
        let mut count = 0;
        walk(&SHIPPED_SCENARIOS, &mut count);
        walk(&SHIPPED_LOCALES, &mut count);
        assert_eq!(count, Files::shipped().map.len());
    }

    #[test]
    fn embedded_text_is_read_once_and_broken_bytes_are_replaced() {
        let good =
            Text::Shipped(std::sync::Arc::new(Embedded { bytes: "ภาษา".as_bytes(), text: Default::default() }));
        assert_eq!(&*good, "ภาษา");
        let broken = Text::Shipped(std::sync::Arc::new(Embedded { bytes: b"a\xffb", text: Default::default() }));
        assert_eq!(&*broken, "a\u{fffd}b");
        assert_eq!(&*broken.clone(), "a\u{fffd}b");
    }
}
