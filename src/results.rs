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
use crate::quiz::{QuizForm, QuizResult};

/// 2: times to the hour, and `minutes` in place of `seconds` (issue 19). Format 1 records are still read.
pub const FORMAT: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub format: u32,
    pub game: String,
    pub scenario: String,
    pub locale: String,
    pub seed: u64,
    /// RFC 3339, UTC, to the hour (rounded down): when a session ran, not when a person sat down. Format 1
    /// records hold the second.
    pub started: String,
    pub ended: String,
    /// How long the session ran, in whole minutes (rounded), measured on the clock before the times were rounded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u64>,
    /// Format 1 only: the duration in seconds. Read, never written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u64>,
    pub finished: bool,
    pub outcome: Option<Outcome>,
    pub path: Vec<Step>,
    pub spotted: Vec<String>,
    pub missed: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_pre: Option<QuizResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_post: Option<QuizResult>,
    /// Which half of the quiz came first (`A` or `B`), when the session had a quiz.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_form: Option<QuizForm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<String>,
    /// The country whose help was shown, only when the player chose it (`--country` or the picker); a country
    /// guessed from the language is not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Facilitator mode: how many in the room chose each option, per node.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tallies: Vec<Tally>,
    #[serde(default)]
    pub facilitator: bool,
    /// A random id of the session, the same in every record of it (left, resumed, finished): the report keeps the
    /// latest record of each. Not derived from anything about the player or the machine. Older records have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
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
    /// The country the player chose; none when it was only guessed from the language.
    pub country: Option<String>,
    pub quiz_pre: Option<QuizResult>,
    pub quiz_post: Option<QuizResult>,
    pub quiz_form: Option<QuizForm>,
    pub tallies: Vec<Tally>,
    pub facilitator: bool,
}

/// What a paused session's record needs besides the engine's state, kept with the session in the progress file so
/// that the record written after resuming holds the whole session: when it started, the quiz before it, its form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Kept {
    /// The session id this belongs to; kept meta of another session is never applied.
    pub session: String,
    /// Seconds since 1970 (UTC).
    pub started: u64,
    pub quiz_pre: Option<QuizResult>,
    pub quiz_form: Option<QuizForm>,
}

impl Meta {
    /// What to keep with a paused session. `records`: whether its record will be written; without one only what
    /// resuming needs is kept (the form, so the quiz after is the other half), not the start or the answers.
    pub fn kept(&self, session: &str, records: bool) -> Kept {
        let form = Kept { session: session.to_string(), quiz_form: self.quiz_form, ..Kept::default() };
        if !records {
            return form;
        }
        let started =
            self.started.and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_secs()).unwrap_or(0);
        Kept { started, quiz_pre: self.quiz_pre.clone(), ..form }
    }

    /// Takes back what was kept for this session, if it was kept for it.
    pub fn restore(&mut self, kept: Option<&Kept>, session: Option<&str>) {
        let Some(k) = kept.filter(|k| Some(k.session.as_str()) == session) else { return };
        if k.started > 0 {
            self.started = Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(k.started));
        }
        self.quiz_pre = k.quiz_pre.clone().or(self.quiz_pre.take());
        self.quiz_form = k.quiz_form.or(self.quiz_form);
    }
}

impl Record {
    pub fn of(session: &Session, meta: &Meta) -> Record {
        let now = std::time::SystemTime::now();
        let started = meta.started.unwrap_or(now);
        let flags = session.redflags();
        let seconds = now.duration_since(started).map(|d| d.as_secs()).unwrap_or(0);
        Record {
            format: FORMAT,
            game: env!("CARGO_PKG_VERSION").to_string(),
            scenario: session.scenario.clone(),
            locale: meta.locale.clone(),
            seed: session.seed,
            started: rfc3339(to_the_hour(started)),
            ended: rfc3339(to_the_hour(now)),
            minutes: Some(minutes_of(seconds)),
            seconds: None,
            finished: session.outcome.is_some(),
            outcome: session.outcome,
            path: session.path.clone(),
            spotted: flags.iter().filter(|f| f.spotted).map(|f| f.redflag.clone()).collect(),
            missed: flags.iter().filter(|f| !f.spotted).map(|f| f.redflag.clone()).collect(),
            quiz_pre: meta.quiz_pre.clone(),
            quiz_post: meta.quiz_post.clone(),
            quiz_form: meta.quiz_form,
            participant: meta.participant.clone(),
            workshop: meta.workshop.clone(),
            country: meta.country.clone(),
            tallies: meta.tallies.clone(),
            facilitator: meta.facilitator,
            session: session.id.clone(),
        }
    }

    /// What is wrong with a record read from a file, if anything: the report trusts only what fits the schema,
    /// since a record is a file anyone may have edited (a `seconds` of 2^64 made a mean of 61 quadrillion minutes).
    pub fn problem(&self) -> Option<String> {
        let bad_id = |what: &str, id: &str| (!valid_id(id)).then(|| format!("{what} `{id}` is not an id"));
        if self.format == 0 || self.format > FORMAT {
            return Some(format!("record format {} is not one this game reads (1 to {FORMAT})", self.format));
        }
        if let Some(s) = self.seconds.filter(|s| *s > MAX_SECONDS) {
            return Some(format!("seconds is {s}, more than a week"));
        }
        if let Some(m) = self.minutes.filter(|m| *m > MAX_SECONDS / 60) {
            return Some(format!("minutes is {m}, more than a week"));
        }
        for (what, t) in [("started", &self.started), ("ended", &self.ended)] {
            if !is_timestamp(t) {
                return Some(format!("{what} `{t}` is not a time like 2026-11-25T09:00:00Z"));
            }
        }
        if self.finished != self.outcome.is_some() {
            return Some("finished and outcome disagree".into());
        }
        if self.path.len() > MAX_LIST || self.spotted.len() > MAX_LIST || self.missed.len() > MAX_LIST {
            return Some(format!("a list is longer than {MAX_LIST}"));
        }
        let ids = std::iter::once(("scenario", &self.scenario))
            .chain(self.spotted.iter().chain(&self.missed).map(|f| ("red flag", f)))
            .chain(self.path.iter().map(|s| ("node", &s.node)))
            .chain(self.path.iter().filter_map(|s| s.choice.as_ref()).map(|c| ("choice", c)))
            .chain(self.tallies.iter().map(|t| ("node", &t.node)))
            .chain(self.tallies.iter().flat_map(|t| t.counts.keys()).map(|c| ("choice", c)));
        for (what, id) in ids {
            if let Some(p) = bad_id(what, id) {
                return Some(p);
            }
        }
        if self.locale.is_empty()
            || self.locale.len() > 35
            || !self.locale.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Some(format!("locale `{}` is not a language tag", self.locale));
        }
        for (what, code) in [("participant", &self.participant), ("workshop", &self.workshop)] {
            if let Some(c) = code.as_deref().filter(|c| !valid_code(c)) {
                return Some(format!("{what} `{c}` is not a code"));
            }
        }
        if let Some(id) = self.session.as_deref().filter(|id| !valid_session_id(id)) {
            return Some(format!("session `{id}` is not a session id"));
        }
        for q in self.quiz_pre.iter().chain(&self.quiz_post) {
            if !(q.d_prime.is_finite()
                && q.criterion.is_finite()
                && q.d_prime.abs() <= 10.0
                && q.criterion.abs() <= 10.0)
            {
                return Some("a quiz result is out of range".into());
            }
        }
        None
    }
}

impl Record {
    /// How long the session ran, in minutes: `minutes`, or a format 1 record's `seconds`.
    pub fn duration_minutes(&self) -> Option<f64> {
        self.minutes.map(|m| m as f64).or(self.seconds.map(|s| s as f64 / 60.0))
    }
}

/// A time rounded down to the hour: a record says in which hour a session ran, not the minute a person began.
pub fn to_the_hour(t: std::time::SystemTime) -> std::time::SystemTime {
    let secs = t.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs - secs % 3600)
}

/// Seconds as whole minutes, rounded to the nearest (half a minute up).
pub fn minutes_of(seconds: u64) -> u64 {
    (seconds + 30) / 60
}

/// Whether a participant code looks like a name rather than a code: letters only and longer than 8
/// (`MariaSantos`), where codes are short or carry digits (`P07`, `W-2026-11`). The game warns and asks; it does
/// not refuse, since a word can be a code too.
pub fn looks_like_name(code: &str) -> bool {
    code.chars().count() > 8 && code.chars().all(char::is_alphabetic)
}

/// A week: a session left open longer than that is not a measurement.
pub const MAX_SECONDS: u64 = 7 * 24 * 60 * 60;
/// Far more steps, red flags or tallies than any scenario has (a scenario has at most 2,000 nodes).
pub const MAX_LIST: usize = 100_000;

/// An id as content has them (scenarios, nodes, choices, red flags), with room for other packs' conventions:
/// letters, digits, `-`, `_` and `.`, at most 128. No spaces, no control characters, no `=`, `+` or `@`.
pub fn valid_id(id: &str) -> bool {
    (1..=128).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A session id as `new_session_id` makes them (and room for others): 8 to 64 hexadecimal digits.
pub fn valid_session_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_hexdigit())
}

/// A new random session id: 128 bits from the system's generator, as 32 hexadecimal digits.
pub fn new_session_id() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn is_timestamp(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 20
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// A participant or workshop code: short, and letters, digits, `-` and `_` only, so it cannot carry a sentence.
pub fn valid_code(code: &str) -> bool {
    (1..=32).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Where records go, if anywhere: the file given, a file inside the folder given, or, only when the player chose
/// to keep records (the `keep-results` setting), the user's data directory. Without a choice nothing is kept.
pub fn resolve(given: Option<&Path>, keep: bool, data_dir: Option<&Path>) -> Option<PathBuf> {
    match given {
        Some(p) if p.is_dir() => Some(p.join("redflag-results.jsonl")),
        Some(p) => Some(p.to_path_buf()),
        None if keep => kept_results_path(data_dir),
        None => None,
    }
}

/// The records file of the `keep-results` setting, in the user's data directory.
pub fn kept_results_path(data_dir: Option<&Path>) -> Option<PathBuf> {
    data_dir.map(|d| d.join("results.jsonl"))
}

/// Appends a record unless this process has written the same one already (the same in everything but the time it
/// was taken): the signal thread writes the pending record while the game may be writing it as the player leaves,
/// and a record must be written exactly once. The check and the write are one step under a lock.
pub fn append_once(path: &Path, record: &Record) -> std::io::Result<()> {
    static WRITTEN: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let mut written = WRITTEN.lock().unwrap_or_else(|p| p.into_inner());
    let key = {
        let mut r = record.clone();
        r.ended.clear();
        r.minutes = None;
        r.seconds = None;
        format!("{}\n{}", path.display(), serde_json::to_string(&r).map_err(std::io::Error::other)?)
    };
    if written.contains(&key) {
        return Ok(());
    }
    append(path, record)?;
    written.push(key);
    Ok(())
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
            Ok(r) if r.format > FORMAT => bad.push(BadLine {
                file: file.to_string(),
                line: i + 1,
                reason: format!("record format {} is newer than this game reads ({FORMAT}); update redflag", r.format),
            }),
            Ok(r) => match r.problem() {
                None => records.push(r),
                Some(reason) => bad.push(BadLine { file: file.to_string(), line: i + 1, reason }),
            },
            Err(e) => bad.push(BadLine { file: file.to_string(), line: i + 1, reason: format!("not a record: {e}") }),
        }
    }
    (records, bad)
}

/// Today's date in UTC, as YYYY-MM-DD (names a room's results file).
pub fn today() -> String {
    rfc3339(std::time::SystemTime::now())[..10].to_string()
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
    fn times_are_kept_to_the_hour_and_durations_in_minutes() {
        let t = UNIX_EPOCH + Duration::from_secs(1_795_593_600 + 42 * 60 + 17);
        assert_eq!(rfc3339(to_the_hour(t)), "2026-11-25T08:00:00Z");
        assert_eq!(rfc3339(to_the_hour(UNIX_EPOCH + Duration::from_secs(1_795_593_600))), "2026-11-25T08:00:00Z");
        assert_eq!((minutes_of(0), minutes_of(29), minutes_of(30), minutes_of(700)), (0, 0, 1, 12));
    }

    #[test]
    fn a_code_of_letters_longer_than_8_looks_like_a_name() {
        assert!(looks_like_name("MariaSantos"));
        assert!(looks_like_name("Nguyễnthịmai"));
        assert!(!looks_like_name("Santos"), "8 or fewer letters");
        assert!(!looks_like_name("Maria-Santos"), "not letters only");
        assert!(!looks_like_name("P07"));
        assert!(!looks_like_name("Participant7"));
    }

    #[test]
    fn codes_cannot_carry_sentences() {
        assert!(valid_code("W-2026_11"));
        assert!(!valid_code(""));
        assert!(!valid_code("Maria Santos"));
        assert!(!valid_code(&"x".repeat(33)));
    }
}
