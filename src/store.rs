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
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { language: None, theme: ThemeName::Default, typing: true, country: None, country_asked: false }
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
        self.settings_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save_settings(&self, s: &Settings) -> std::io::Result<()> {
        let Some(p) = self.settings_path() else { return Ok(()) };
        let text = toml::to_string(s).map_err(std::io::Error::other)?;
        write_atomic(&p, text.as_bytes())
    }

    pub fn load_progress(&self) -> Progress {
        self.progress_path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save_progress(&self, p: &Progress) -> std::io::Result<()> {
        let Some(path) = self.progress_path() else { return Ok(()) };
        let text = serde_json::to_string_pretty(p).map_err(std::io::Error::other)?;
        write_atomic(&path, text.as_bytes())
    }
}

/// A player's progress on this machine: which scenarios they finished, which red flags they have met (for the
/// handbook), and the session in progress, to resume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Progress {
    pub done: BTreeSet<String>,
    pub met: BTreeSet<String>,
    pub current: Option<Session>,
}
