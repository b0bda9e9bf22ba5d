//! What the game keeps between runs: settings (config directory) and progress (data directory). Every write
//! goes to a temporary file that is renamed over the old one, so a crash never leaves a half-written file.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::Session;

/// Writes a file atomically: a temporary file beside it, flushed to disk, then renamed over it. The file is
/// readable by the user only, since it may say what someone played.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Settings {
    /// The language chosen in the game; `--lang` overrides it for one run.
    pub language: Option<String>,
    pub theme: ThemeName,
    /// Bubbles of a chat appear one after another with a short pause.
    pub typing: bool,
    /// The country whose help to show, as chosen in the game; `--country` overrides it for one run.
    pub country: Option<String>,
    /// Whether the game has asked for the country once (so it does not ask again, even if the player skipped).
    pub country_asked: bool,
    /// Keep a record of each session in the data directory (`results.jsonl`), for a facilitator's report. Off
    /// unless the player turns it on: without it, or `--results`, `play` keeps no record at all.
    pub keep_results: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: None,
            theme: ThemeName::Default,
            typing: true,
            country: None,
            country_asked: false,
            keep_results: false,
        }
    }
}

/// Where settings and progress live. Tests point it at a temporary folder.
#[derive(Debug, Clone)]
pub struct Store {
    pub config_dir: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
}

impl Store {
    /// The user's directories (XDG on Linux); none if the system has no home.
    pub fn user() -> Store {
        match directories::ProjectDirs::from("org", "redflag", "redflag") {
            Some(d) => {
                Store { config_dir: Some(d.config_dir().to_path_buf()), data_dir: Some(d.data_dir().to_path_buf()) }
            }
            None => Store { config_dir: None, data_dir: None },
        }
    }

    pub fn settings_path(&self) -> Option<PathBuf> {
        self.config_dir.as_ref().map(|d| d.join("settings.toml"))
    }

    pub fn progress_path(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("progress.json"))
    }

    /// Settings, or the defaults if there are none or they cannot be read (a broken file must not stop a game).
    pub fn load_settings(&self) -> Settings {
        self.load_settings_noting().0
    }

    /// Settings, and a notice for the player if the file was damaged and put aside.
    pub fn load_settings_noting(&self) -> (Settings, Option<String>) {
        load_or_keep_aside(self.settings_path(), MAX_SETTINGS_BYTES, |t| toml::from_str(t).map_err(|e| e.to_string()))
    }

    pub fn save_settings(&self, s: &Settings) -> std::io::Result<()> {
        let Some(p) = self.settings_path() else { return Ok(()) };
        let text = toml::to_string(s).map_err(std::io::Error::other)?;
        write_atomic(&p, text.as_bytes())
    }

    pub fn load_progress(&self) -> Progress {
        self.load_progress_noting().0
    }

    /// Progress, and a notice for the player if the file was damaged and put aside.
    pub fn load_progress_noting(&self) -> (Progress, Option<String>) {
        load_or_keep_aside(self.progress_path(), MAX_PROGRESS_BYTES, |t| {
            serde_json::from_str(t).map_err(|e| e.to_string())
        })
    }

    pub fn save_progress(&self, p: &Progress) -> std::io::Result<()> {
        let Some(path) = self.progress_path() else { return Ok(()) };
        let text = serde_json::to_string_pretty(p).map_err(std::io::Error::other)?;
        write_atomic(&path, text.as_bytes())
    }
}

/// Far more than any real file (progress of every shipped scenario is a few kilobytes); a file larger than this
/// is damaged, and is not read whole.
pub const MAX_PROGRESS_BYTES: u64 = 8 * 1024 * 1024;
pub const MAX_SETTINGS_BYTES: u64 = 64 * 1024;

/// Reads a file of the store. A missing one gives the defaults; a damaged one (not parsed, too large, not a
/// regular file) is renamed to `<name>.damaged-<time>` beside the new one, never wiped, and the notice says so.
/// Temporary files that a killed or failed write left beside it (they may hold a session) are removed first.
fn load_or_keep_aside<T: Default>(
    path: Option<PathBuf>,
    limit: u64,
    parse: impl Fn(&str) -> Result<T, String>,
) -> (T, Option<String>) {
    let Some(path) = path else { return (T::default(), None) };
    remove_stale_temporaries(&path);
    let why = match crate::bounded::read(&path, limit) {
        Ok(bytes) => match std::str::from_utf8(&bytes).map_err(|e| e.to_string()).and_then(&parse) {
            Ok(v) => return (v, None),
            Err(e) => e,
        },
        Err(e) if e.is_not_found() => return (T::default(), None),
        // Unreadable (permissions): nothing to keep aside, and nothing is overwritten that could not be read.
        Err(crate::bounded::ReadError::Io(e)) => {
            let notice = format!("{} could not be read ({e}); starting afresh", crate::sanitize::path(&path));
            return (T::default(), Some(notice));
        }
        Err(e) => e.to_string(),
    };
    let mut aside = path.clone().into_os_string();
    aside.push(format!(".damaged-{}", crate::results::rfc3339(std::time::SystemTime::now()).replace(':', "")));
    let aside = PathBuf::from(aside);
    let notice = match std::fs::rename(&path, &aside) {
        Ok(()) => format!(
            "{} was damaged ({}); it was kept as {} and a new one started",
            crate::sanitize::path(&path),
            crate::sanitize::sanitize(&why),
            crate::sanitize::path(&aside)
        ),
        Err(e) => format!(
            "{} is damaged ({}) and could not be kept aside ({e}); it is not used",
            crate::sanitize::path(&path),
            crate::sanitize::sanitize(&why)
        ),
    };
    (T::default(), Some(notice))
}

/// Removes `.<name>.<pid>.tmp` files beside `path` that no running process is writing: a kill or a full disk
/// between writing one and renaming it leaves it behind, with the session it held.
pub fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else { return };
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether a process of this id runs (then its temporary file may be a write in progress, and stays).
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        // Without /proc, assume it may: a stale file stays, rather than a live write be broken.
        true
    }
}

/// A player's progress on this machine: which scenarios they finished, which red flags they have met (for the
/// handbook), and the sessions left part-way, to resume: one slot per scenario, the one played last in `current`,
/// the others in `paused`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Progress {
    pub done: BTreeSet<String>,
    pub met: BTreeSet<String>,
    pub current: Option<Session>,
    /// What the record of the current session needs besides it (its start, the quiz before it), so the record
    /// written after a resume holds the whole session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<crate::results::Kept>,
    /// Sessions of other scenarios left part-way, by scenario id: starting one scenario does not discard another's.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub paused: std::collections::BTreeMap<String, Paused>,
}

/// A session left part-way, with what its record needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Paused {
    pub session: Session,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<crate::results::Kept>,
}

impl Progress {
    /// Makes `scenario`'s slot the current one. The session in `current`, if it was left part-way in another
    /// scenario, is set aside in `paused`, never discarded; a finished one is let go. Returns the session of
    /// `scenario` left part-way, if there is one, to resume; a caller starting afresh drops it (one slot a scenario).
    pub fn switch_to(&mut self, scenario: &str) -> Option<Paused> {
        let kept = self.kept.take();
        if let Some(cur) = self.current.take().filter(|s| s.outcome.is_none()) {
            let slot = Paused { session: cur, kept };
            if slot.session.scenario == scenario {
                self.paused.remove(scenario);
                return Some(slot);
            }
            self.paused.insert(slot.session.scenario.clone(), slot);
        }
        self.paused.remove(scenario)
    }

    /// Brings back the session of `scenario` left part-way as the current one; false if there is none.
    pub fn resume(&mut self, scenario: &str) -> bool {
        match self.switch_to(scenario) {
            Some(p) => {
                self.current = Some(p.session);
                self.kept = p.kept;
                true
            }
            None => false,
        }
    }

    /// The sessions that can be resumed, the one played last first: `current` (if not finished), then the others by
    /// scenario id.
    pub fn resumable(&self) -> Vec<&Session> {
        let current = self.current.iter().filter(|s| s.outcome.is_none());
        current.chain(self.paused.values().map(|p| &p.session)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(scenario: &str, finished: bool) -> Session {
        Session {
            scenario: scenario.into(),
            seed: 1,
            node: "start".into(),
            flags: Default::default(),
            counters: Default::default(),
            vars: Default::default(),
            path: Vec::new(),
            events: Vec::new(),
            outcome: finished.then_some(crate::model::Outcome::Safe),
            id: Some(format!("{:032x}", scenario.len())),
        }
    }

    #[test]
    fn progress_keeps_one_slot_per_scenario() {
        let mut p = Progress { current: Some(session("a", false)), ..Progress::default() };
        // Starting `b` sets `a` aside.
        assert_eq!(p.switch_to("b"), None);
        p.current = Some(session("b", false));
        assert_eq!(p.resumable().iter().map(|s| s.scenario.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        // Resuming `a` sets `b` aside in turn.
        assert!(p.resume("a"));
        assert_eq!(p.current.as_ref().unwrap().scenario, "a");
        assert_eq!(p.paused.keys().collect::<Vec<_>>(), ["b"]);
        // Starting `b` afresh takes its slot: the old `b` is gone, `a` is kept.
        assert!(p.switch_to("b").is_some());
        p.current = Some(session("b", false));
        assert_eq!(p.paused.keys().collect::<Vec<_>>(), ["a"]);
        // A finished session is not set aside.
        p.current = Some(session("b", true));
        assert_eq!(p.switch_to("c"), None);
        assert_eq!(p.paused.keys().collect::<Vec<_>>(), ["a"]);
        assert!(!p.resume("b"));
    }
}
