//! Session records for facilitators: one JSON line per session, finished or left early. No names, no network.
//!
//! A record is appended with a single write of the whole line followed by fsync, so a crash or kill at any moment
//! leaves every earlier record whole. If an earlier run died mid-line, the next append starts on a fresh line, so
//! the broken tail costs only itself; `read` skips it with a warning that names the file and line.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::engine::{Session, Step};
use crate::model::Outcome;
use crate::quiz::QuizResult;

pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub format: u32,
    pub game: String,
    pub scenario: String,
    pub locale: String,
    pub seed: u64,
    /// RFC 3339, UTC.
    pub started: String,
    pub ended: String,
    pub seconds: u64,
    pub finished: bool,
    pub outcome: Option<Outcome>,
    pub path: Vec<Step>,
    pub spotted: Vec<String>,
    pub missed: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_pre: Option<QuizResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_post: Option<QuizResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<String>,
    /// Facilitator mode: how many in the room chose each option, per node.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tallies: Vec<Tally>,
    #[serde(default)]
    pub facilitator: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub node: String,
    /// Choice id -> how many chose it.
    pub counts: std::collections::BTreeMap<String, u32>,
}

/// What a front-end knows of a session besides the engine's state.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub locale: String,
    pub started: Option<std::time::SystemTime>,
    pub participant: Option<String>,
    pub workshop: Option<String>,
    pub quiz_pre: Option<QuizResult>,
    pub quiz_post: Option<QuizResult>,
    pub tallies: Vec<Tally>,
    pub facilitator: bool,
}

impl Record {
    pub fn of(session: &Session, meta: &Meta) -> Record {
        let now = std::time::SystemTime::now();
        let started = meta.started.unwrap_or(now);
        let flags = session.redflags();
        Record {
            format: FORMAT,
            game: env!("CARGO_PKG_VERSION").to_string(),
            scenario: session.scenario.clone(),
            locale: meta.locale.clone(),
            seed: session.seed,
            started: rfc3339(started),
            ended: rfc3339(now),
            seconds: now.duration_since(started).map(|d| d.as_secs()).unwrap_or(0),
            finished: session.outcome.is_some(),
            outcome: session.outcome,
            path: session.path.clone(),
            spotted: flags.iter().filter(|f| f.spotted).map(|f| f.redflag.clone()).collect(),
            missed: flags.iter().filter(|f| !f.spotted).map(|f| f.redflag.clone()).collect(),
            quiz_pre: meta.quiz_pre.clone(),
            quiz_post: meta.quiz_post.clone(),
            participant: meta.participant.clone(),
            workshop: meta.workshop.clone(),
            tallies: meta.tallies.clone(),
            facilitator: meta.facilitator,
        }
    }
}

/// A participant or workshop code: short, and letters, digits, `-` and `_` only, so it cannot carry a sentence.
pub fn valid_code(code: &str) -> bool {
    (1..=32).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Where records go: the file given, a file inside the folder given, or the user's data directory.
pub fn resolve(given: Option<&Path>, data_dir: Option<&Path>) -> Option<PathBuf> {
    match given {
        Some(p) if p.is_dir() => Some(p.join("redflag-results.jsonl")),
        Some(p) => Some(p.to_path_buf()),
        None => data_dir.map(|d| d.join("results.jsonl")),
    }
}

/// Appends one record as one line, then fsyncs.
pub fn append(path: &Path, record: &Record) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.create(true).append(true).read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Not blocking on a FIFO given as --results: it is refused below, like a device.
        opts.mode(0o600).custom_flags(NONBLOCK);
    }
    let mut f = opts.open(path)?;
    let meta = f.metadata()?;
    crate::bounded::check_regular(&meta)?;
    // The mode given at creation does nothing to a file that existed: records say who played what, so an
    // existing file is made readable by its owner only too, as the docs promise.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o777 != 0o600 {
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    let mut line = serde_json::to_string(record).map_err(std::io::Error::other)?;
    line.push('\n');
    // A previous run killed mid-line left no newline at the end: start afresh so this record stays whole.
    let len = f.metadata()?.len();
    if len > 0 {
        use std::io::{Read, Seek, SeekFrom};
        let mut last = [0u8; 1];
        f.seek(SeekFrom::Start(len - 1))?;
        f.read_exact(&mut last)?;
        if last[0] != b'\n' {
            line.insert(0, '\n');
        }
    }
    f.write_all(line.as_bytes())?;
    f.sync_all()
}

#[cfg(target_os = "linux")]
const NONBLOCK: i32 = libc::O_NONBLOCK;
#[cfg(all(unix, not(target_os = "linux")))]
const NONBLOCK: i32 = 0x0004;

/// A line that could not be read, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct BadLine {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Reads every record of a file; lines that are not records are skipped and reported.
pub fn read(path: &Path) -> std::io::Result<(Vec<Record>, Vec<BadLine>)> {
    let bytes = crate::bounded::read(path, MAX_RESULTS_BYTES).map_err(|e| match e {
        crate::bounded::ReadError::TooLarge(_) => std::io::Error::other("is larger than 512 MB; split it"),
        e => e.into(),
    })?;
    Ok(parse(&bytes, &path.display().to_string()))
}

/// The largest results file `report` reads: a room of a thousand sessions is a few megabytes.
pub const MAX_RESULTS_BYTES: u64 = 512 * 1024 * 1024;

/// Records from the bytes of a results file; `file` names it in the warnings.
pub fn parse(bytes: &[u8], file: &str) -> (Vec<Record>, Vec<BadLine>) {
    let text = String::from_utf8_lossy(bytes);
    let mut records = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(line) {
            Ok(r) if r.format <= FORMAT => records.push(r),
            Ok(r) => bad.push(BadLine {
                file: file.to_string(),
                line: i + 1,
                reason: format!("record format {} is newer than this game reads ({FORMAT}); update redflag", r.format),
            }),
            Err(e) => bad.push(BadLine { file: file.to_string(), line: i + 1, reason: format!("not a record: {e}") }),
        }
    }
    (records, bad)
}

/// RFC 3339 in UTC, from the system clock, without a date library.
pub fn rfc3339(t: std::time::SystemTime) -> String {
    let secs = t.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(951_782_400)), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_593_600)), "2026-11-25T08:00:00Z");
    }

    #[test]
    fn codes_cannot_carry_sentences() {
        assert!(valid_code("W-2026_11"));
        assert!(!valid_code(""));
        assert!(!valid_code("Maria Santos"));
        assert!(!valid_code(&"x".repeat(33)));
    }
}
