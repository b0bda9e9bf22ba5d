//! Runs one command: loads what it needs, calls the library, maps problems to exit codes.
//! Errors go to stderr, results to stdout.

use std::io::{self, IsTerminal, Write};

use clap::CommandFactory;

use crate::check;
use crate::cli::{
    CheckArgs, Cli, Command, Format, Global, LocalesAction, LocalesArgs, PlayArgs, QuizWhen, ReportArgs, ReportFormat,
    ServeArgs,
};
use crate::content::{Content, ContentSource};
use crate::diag;
use crate::engine::Session;
use crate::exit;
use crate::i18n::{self, Arg, Localizer};
use crate::model::Library;
use crate::plain::Plain;
use crate::words::Words;

pub fn run(cli: Cli) -> u8 {
    let g = cli.global.clone();
    match cli.command {
        None => play(&g, &PlayArgs::default()),
        Some(Command::Play(args)) => play(&g, &args),
        Some(Command::List) => list(&g),
        Some(Command::Check(args)) => check_cmd(&g, &args),
        Some(Command::Locales(args)) => locales_cmd(&g, &args),
        Some(Command::Report(args)) => report_cmd(&g, &args),
        Some(Command::New { id }) => new_cmd(&g, &id),
        Some(Command::Graph { id, format }) => graph_cmd(&g, &id, format),
        Some(Command::Paths { id, format }) => paths_cmd(&g, &id, format),
        Some(Command::Serve(args)) => serve_cmd(&g, &args),
        Some(Command::Export { dir }) => crate::export::run(&dir),
        Some(Command::Script { id }) => script_cmd(&g, &id),
        Some(Command::Completions { shell }) => {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "redflag", &mut io::stdout());
            exit::OK
        }
    }
}

pub fn content_source(g: &Global) -> ContentSource {
    ContentSource { replace: g.content.clone(), add: g.content_add.clone() }
}

fn stderr_color() -> bool {
    io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The shipped content, ready to play. It is the content CI checked (`.ci/run` runs `redflag check`, and a test
/// asserts it is clean), so play does not check it again: that keeps start-up fast.
pub fn prepare_shipped(content: &Content) -> Library {
    crate::content::compile(content)
}

/// Loads content for playing or listing: content from --content or --content-add is checked first, and broken
/// content stops with exit 1 and the diagnostics. Problems in translations are not shown here: the game falls back
/// to English.
pub fn load_for_play(g: &Global) -> Result<(Content, Library), u8> {
    let shipped = g.content.is_none() && g.content_add.is_empty();
    let (content, mut lib) = if shipped {
        let content = Content::load(&content_source(g));
        let lib = prepare_shipped(&content);
        (content, lib)
    } else {
        match check::load_playable(&content_source(g)) {
            Ok(x) => x,
            Err(blocked) => {
                let (content, blocking) = *blocked;
                let text = diag::render_human(&blocking, &content.sources_by_rel(), stderr_color());
                eprint!("{text}");
                eprintln!(
                    "error: the content has {} error(s); fix them (run `redflag check` for the full list) and try again",
                    blocking.len()
                );
                return Err(exit::INPUT);
            }
        }
    };
    use_resources_file(g, &mut lib)?;
    Ok((content, lib))
}

/// The facilitator's own help list (--resources) in place of the shipped one; a broken file stops with exit 1.
fn use_resources_file(g: &Global, lib: &mut Library) -> Result<(), u8> {
    if let Some(path) = &g.resources {
        match crate::content::load_resources_file(path) {
            Ok(r) => lib.resources = r,
            Err(diags) => {
                let sources = crate::content::files::read_limited(path)
                    .map(|t| [(path.display().to_string(), t.into())].into())
                    .unwrap_or_default();
                eprint!("{}", diag::render_human(&diags, &sources, stderr_color()));
                return Err(exit::INPUT);
            }
        }
    }
    Ok(())
}

/// The languages to try, best first: --lang, then the system's, then English.
pub fn requested_languages(g: &Global) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(l) = &g.lang {
        out.push(i18n::normalise_tag(l));
    }
    out.extend(i18n::system_locales());
    out
}

/// The country for help resources: --country, else the region of the requested language.
fn country(g: &Global) -> Option<String> {
    if let Some(c) = &g.country {
        return Some(c.to_ascii_uppercase());
    }
    let first = requested_languages(g).into_iter().next()?;
    let id: unic_langid::LanguageIdentifier = first.parse().ok()?;
    id.region.map(|r| r.as_str().to_string())
}

/// The country the player chose: --country, else the one saved from the game's country picker.
fn chosen_country(g: &Global) -> Option<String> {
    g.country
        .as_ref()
        .map(|c| c.to_ascii_uppercase())
        .or_else(|| crate::store::Store::user().load_settings().country)
        .filter(|c| crate::countries::is_iso(c))
}

/// Asks where the player lives, unless the game asked before, and saves the answer (or that it was asked).
fn ask_country_once(loc: &Localizer, lib: &Library) {
    let store = crate::store::Store::user();
    let mut settings = store.load_settings();
    if settings.country_asked {
        return;
    }
    let words = Words::new(loc, lib, None);
    let mut plain =
        Plain { words: &words, input: io::stdin().lock(), out: io::stdout().lock(), on_step: None, facilitator: false };
    if let Ok(answer) = plain.ask_country() {
        settings.country = answer.flatten();
        settings.country_asked = true;
        let _ = store.save_settings(&settings);
    }
}

/// Refuses a --country that is not an ISO 3166 code, suggesting the nearest country the help list knows.
fn check_country(g: &Global, lib: &Library) -> Result<(), u8> {
    let Some(c) = &g.country else { return Ok(()) };
    if crate::countries::is_iso(c) {
        return Ok(());
    }
    eprintln!("error: `{c}` is not a country code");
    let known = lib.resources.countries();
    match crate::countries::did_you_mean(c, known.iter().map(String::as_str)) {
        Some(s) => eprintln!("help: did you mean `{s}`? Countries with their own help: {}", known.join(", ")),
        None => eprintln!("help: use a two-letter ISO 3166 code; countries with their own help: {}", known.join(", ")),
    }
    Err(exit::USAGE)
}

/// Refuses a --lang that reaches none of the translations (it would fall back to English without a word),
/// suggesting the nearest tag and listing the languages there are.
fn check_lang(g: &Global, content: &Content) -> Result<(), u8> {
    let Some(l) = &g.lang else { return Ok(()) };
    let available = i18n::available(&content.locales);
    if i18n::reaches(l, &available) {
        return Ok(());
    }
    eprintln!("error: no translation for the language `{}`", clean(l));
    let names: Vec<String> = crate::locales::infos(&content.locales)
        .iter()
        .map(|i| format!("{} ({})", crate::sanitize::sanitize(&i.tag), i.name))
        .collect();
    let want = i18n::normalise_tag(l).to_ascii_lowercase();
    let near = available
        .iter()
        .map(|a| (strsim::levenshtein(&want, &a.to_ascii_lowercase()), a))
        .filter(|(d, _)| *d <= 1)
        .min_by_key(|(d, _)| *d);
    match near {
        Some((_, a)) => eprintln!("help: did you mean `{a}`? Languages: {}", names.join(", ")),
        None => eprintln!("help: choose one of these languages: {}", names.join(", ")),
    }
    Err(exit::USAGE)
}

fn play(g: &Global, args: &PlayArgs) -> u8 {
    for (what, code) in [("participant", &args.participant), ("workshop", &args.workshop)] {
        if let Some(c) = code
            && !crate::results::valid_code(c)
        {
            eprintln!("error: `{}` is not a valid {what} code", clean(c));
            eprintln!("help: use up to 32 letters, digits, - or _, like P07 or W-2026-11; never a name");
            return exit::USAGE;
        }
    }
    let (content, lib) = match load_for_play(g) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Some(Err(code)) = args.scenario.as_deref().map(|id| scenario_for(&lib, id)) {
        return code;
    }
    if let (Some(id), Some(at)) = (&args.scenario, &args.at)
        && let Err(code) = node_for(&lib.scenarios[id], at)
    {
        return code;
    }
    if let Err(code) = check_country(g, &lib).and_then(|_| check_lang(g, &content)) {
        return code;
    }
    let args = &match confirm_participant(g, args, &content, &lib) {
        Ok(args) => args,
        Err(code) => return code,
    };
    // A terminal that cannot place the cursor (TERM=dumb: an editor's shell, a screen reader's console) gets the
    // line-by-line game.
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    if !args.plain && !dumb && io::stdout().is_terminal() && io::stdin().is_terminal() {
        return play_tui(g, args, content, lib);
    }
    let loc = Localizer::new(&content.locales, &requested_languages(g));
    // An English player at a terminal (a screen reader, say) is asked for a country once, as in the TUI; a pipe
    // or a script is never asked.
    if chosen_country(g).is_none()
        && io::stdin().is_terminal()
        && io::stdout().is_terminal()
        && crate::words::default_country(&loc, &lib).is_none()
    {
        ask_country_once(&loc, &lib);
    }
    let words = Words::new(&loc, &lib, chosen_country(g).or_else(|| country(g)));
    let code = play_plain(&words, &lib, args, chosen_country(g));
    report_missing(&loc);
    code
}

/// A participant code that looks like a name (`MariaSantos`) is questioned before anything is recorded: at a
/// terminal the player is asked, in their language, for a code instead (Enter keeps it); a script is warned on
/// stderr, since its input is for the game.
fn confirm_participant(g: &Global, args: &PlayArgs, content: &Content, lib: &Library) -> Result<PlayArgs, u8> {
    let mut args = args.clone();
    let Some(code) = args.participant.clone().filter(|c| crate::results::looks_like_name(c)) else { return Ok(args) };
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        eprintln!("warning: the participant code `{}` looks like a name (letters only, longer than 8)", clean(&code));
        eprintln!("help: records should hold a code like P07, never a name; give --participant P07 instead");
        return Ok(args);
    }
    let loc = Localizer::new(&content.locales, &requested_languages(g));
    let words = Words::new(&loc, lib, None);
    let mut plain =
        Plain { words: &words, input: io::stdin().lock(), out: io::stdout().lock(), on_step: None, facilitator: false };
    match plain.question_code(&code) {
        Ok(Some(chosen)) => {
            args.participant = Some(chosen);
            Ok(args)
        }
        Ok(None) => Err(exit::OK),
        Err(e) => Err(io_error(e)),
    }
}

fn play_tui(g: &Global, args: &PlayArgs, content: Content, lib: Library) -> u8 {
    let cfg = crate::tui::AppConfig {
        lang_override: g.lang.as_deref().map(i18n::normalise_tag),
        system_langs: i18n::system_locales(),
        country: g.country.as_ref().map(|c| c.to_ascii_uppercase()),
        source: content_source(g),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        seed: args.seed.unwrap_or_else(rand::random),
        scenario: args.scenario.clone(),
        // Only --results here: the keep-results setting, which the player may change in the game, is the App's.
        results: crate::results::resolve(args.results.as_deref(), false, None),
        participant: args.participant.clone(),
        workshop: args.workshop.clone(),
        quiz_pre: args.quiz.contains(&QuizWhen::Pre),
        quiz_post: args.quiz.contains(&QuizWhen::Post),
        quiz_form: args.quiz_form,
        facilitator: args.facilitator,
        start_at: args.at.clone().map(|at| (at, args.set.clone())),
        ..crate::tui::AppConfig::new(content, lib, crate::store::Store::user())
    };
    let app = crate::tui::App::new(cfg);
    match crate::tui::run(app) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("error: the terminal failed: {}", clean(e));
            eprintln!("help: try `redflag play --plain`");
            exit::INPUT
        }
    }
}

fn play_plain(words: &Words, lib: &Library, args: &PlayArgs, country: Option<String>) -> u8 {
    let stdin = io::stdin();
    let store = crate::store::Store::user();
    let (mut progress, notice) = store.load_progress_noting();
    if let Some(n) = notice {
        eprintln!("warning: {n}");
    }
    // Records only by choice: --results, or the keep-results setting; otherwise progress is all that is kept.
    let keep = store.load_settings().keep_results;
    let results = crate::results::resolve(args.results.as_deref(), keep, store.data_dir.as_deref());
    // SIGINT, SIGTERM or SIGHUP write the record of the session so far, quizzes included, as in the TUI.
    let pending: crate::signals::Pending = Default::default();
    crate::signals::watch(pending.clone(), None);
    let meta = std::cell::RefCell::new(crate::results::Meta {
        locale: words.loc.primary().to_string(),
        participant: args.participant.clone(),
        workshop: args.workshop.clone(),
        country,
        ..Default::default()
    });
    let keep_pending = |s: &Session| {
        let record = results.as_ref().map(|p| (p.clone(), crate::results::Record::of(s, &meta.borrow())));
        crate::signals::set(&pending, record);
    };
    // Sessions left part-way (one a scenario) are offered again, as on the TUI's title screen, the one played last
    // first, if they still fit the content and are of the scenario asked for (if one was).
    let resumable: Vec<(Session, Option<crate::results::Kept>)> = progress
        .resumable()
        .into_iter()
        .filter(|s| args.scenario.as_ref().is_none_or(|id| *id == s.scenario))
        .filter_map(|s| {
            let scn = lib.scenarios.get(&s.scenario)?;
            let r = Session::replay(scn, s.seed, &s.path).ok().map(|r| Session { id: s.id.clone(), ..r })?;
            let kept = match progress.paused.get(&s.scenario) {
                Some(p) if p.session.id == s.id => p.kept.clone(),
                _ => progress.kept.clone(),
            };
            Some((r, kept))
        })
        .collect();
    // Saved after every step, like the TUI, so a session killed at any moment can be resumed, with what its record
    // needs besides (its start, the quiz before it).
    let mut save = |s: &Session| {
        // The first step of a session takes its scenario's slot: another scenario's session left part-way is set
        // aside, not discarded.
        if progress.current.as_ref().is_none_or(|c| c.id != s.id) {
            progress.switch_to(&s.scenario);
        }
        progress.current = Some(s.clone());
        progress.kept = s.id.as_deref().map(|id| meta.borrow().kept(id, results.is_some()));
        let _ = store.save_progress(&progress);
        keep_pending(s);
    };
    let mut plain = Plain {
        words,
        input: stdin.lock(),
        out: io::stdout().lock(),
        on_step: Some(&mut save),
        facilitator: args.facilitator,
    };
    // A script or a pipe is never asked (its input is for the game); it resumes only when told to, the session
    // played last (or the one of the scenario named). At a terminal each is offered in turn.
    let mut resumed = None;
    if args.resume && resumable.is_empty() {
        eprintln!("note: there is no session left part-way to resume; a new one starts");
    } else if args.resume {
        resumed = resumable.into_iter().next();
    } else if io::stdin().is_terminal() {
        for (s, kept) in resumable {
            match plain.offer_resume(&s.scenario) {
                Ok(Some(true)) => {
                    resumed = Some((s, kept));
                    break;
                }
                Ok(Some(false)) => {}
                Ok(None) => return exit::OK,
                Err(e) => return io_error(e),
            }
        }
    }
    let with_quiz = !args.quiz.is_empty() && !lib.quiz.is_empty();
    let form = args
        .quiz_form
        .or_else(|| args.participant.as_deref().map(crate::quiz::QuizForm::for_code))
        .unwrap_or_else(crate::quiz::QuizForm::random);
    meta.borrow_mut().quiz_form = with_quiz.then_some(form);
    meta.borrow_mut().started = Some(std::time::SystemTime::now());
    let resuming = resumed.is_some();
    let session = match resumed {
        Some((s, kept)) => {
            // The same session goes on: its id, its start and the quiz taken before it come back with it.
            meta.borrow_mut().restore(kept.as_ref(), s.id.as_deref());
            s
        }
        None => {
            let id = match &args.scenario {
                Some(id) => id.clone(),
                None => match plain.pick_scenario() {
                    Ok(Some(id)) => id,
                    Ok(None) => return exit::OK,
                    Err(e) => return io_error(e),
                },
            };
            let scn = &lib.scenarios[&id];
            let seed = args.seed.unwrap_or_else(rand::random);
            let started = match &args.at {
                Some(at) => Session::start_at(scn, seed, at, &args.set),
                None => Session::start(scn, seed),
            };
            match started {
                Ok(s) => Session { id: Some(crate::results::new_session_id()), ..s },
                Err(e) => {
                    eprintln!("error: cannot start `{}`: {}", clean(&id), clean(e));
                    return exit::INPUT;
                }
            }
        }
    };
    let scn = &lib.scenarios[&session.scenario];
    let seed = session.seed;
    keep_pending(&session);
    let form = meta.borrow().quiz_form.unwrap_or(form);
    // The player's country picks the items, as it picks the help: the same country before and after.
    let items = crate::quiz::for_country(&lib.quiz, words.country.as_deref());
    let (pre, post) = crate::quiz::halves(&items, form, seed);
    if args.quiz.contains(&QuizWhen::Pre) && !lib.quiz.is_empty() && !resuming {
        match plain.quiz(&pre, false) {
            Ok(Some(r)) => meta.borrow_mut().quiz_pre = Some(r),
            Ok(None) => return exit::OK,
            Err(e) => return io_error(e),
        }
        keep_pending(&session);
    }
    let end = match plain.play(scn, session) {
        Ok(end) => end,
        Err(e) => return io_error(e),
    };
    keep_pending(end.session());
    if let crate::plain::PlainEnd::Finished(s) = &end {
        let mut progress = store.load_progress();
        progress.done.insert(s.scenario.clone());
        progress.met.extend(s.redflags().into_iter().map(|f| f.redflag));
        progress.current = None;
        progress.kept = None;
        let _ = store.save_progress(&progress);
    }
    if args.quiz.contains(&QuizWhen::Post) && !lib.quiz.is_empty() && matches!(end, crate::plain::PlainEnd::Finished(_))
    {
        match plain.quiz(&post, true) {
            Ok(r) => meta.borrow_mut().quiz_post = r,
            Err(e) => return io_error(e),
        }
        keep_pending(end.session());
    }
    save_record(&pending)
}

/// Writes the session's record, through the same slot the signal thread writes from, so it is written once; a
/// record that cannot be written is an error the facilitator must see.
fn save_record(pending: &crate::signals::Pending) -> u8 {
    let path = pending.lock().ok().and_then(|g| g.as_ref().map(|(p, _)| p.clone()));
    match crate::signals::write_pending(pending) {
        Ok(()) => exit::OK,
        Err(e) => {
            let path = path.map(|p| clean(p.display())).unwrap_or_default();
            eprintln!("error: the session's record could not be written to {path}: {}", clean(e));
            eprintln!("help: give a writable file with --results FILE");
            exit::INPUT
        }
    }
}

fn report_cmd(g: &Global, args: &ReportArgs) -> u8 {
    let mut records = Vec::new();
    let mut failed = false;
    for f in &args.files {
        match crate::results::read(f) {
            Ok((r, bad)) => {
                for b in bad {
                    eprintln!("warning: {}:{}: skipped: {}", clean(&b.file), b.line, clean(&b.reason));
                }
                records.extend(r);
            }
            Err(e) => {
                eprintln!("error: {}: {}", clean(f.display()), clean(e));
                failed = true;
            }
        }
    }
    if failed {
        return exit::INPUT;
    }
    if let Some(w) = &args.workshop
        && !records.iter().any(|r| r.workshop.as_deref() == Some(w.as_str()))
    {
        // An empty report would read as a room where nobody played; a mistyped code is far likelier.
        eprintln!("error: no record in the results has the workshop code `{}`", clean(w));
        let known: std::collections::BTreeSet<&str> = records.iter().filter_map(|r| r.workshop.as_deref()).collect();
        if known.is_empty() {
            eprintln!("help: these records have no workshop code; leave out --workshop to report them all");
        } else {
            let known: Vec<String> = known.into_iter().map(clean).collect();
            match diag::did_you_mean(w, known.iter().map(String::as_str)) {
                Some(h) => eprintln!("help: {}; the codes in these records: {}", clean(h), known.join(", ")),
                None => eprintln!("help: the codes in these records: {}", known.join(", ")),
            }
        }
        return exit::INPUT;
    }
    let mut rep = crate::report::build(&records, args.workshop.as_deref());
    if !(args.show_codes && args.format == ReportFormat::Html) {
        // Codes pair a player's quizzes; a report shown to a room or a partner needs the pairs, not the codes.
        for (i, p) in rep.quiz.players.iter_mut().enumerate() {
            p.participant = Some(format!("player {}", i + 1));
        }
    }
    let content = Content::load(&content_source(g));
    let mut lib = crate::content::compile(&content);
    if args.format == ReportFormat::Html {
        // The page lists the room's help: the facilitator's list and country, checked as for play.
        if let Err(code) = use_resources_file(g, &mut lib).and_then(|()| check_country(g, &lib)) {
            return code;
        }
    }
    let loc = Localizer::new(&content.locales, &requested_languages(g));
    let names = ReportNames { words: Words::new(&loc, &lib, None), lib: &lib };
    if args.show_codes && args.format != ReportFormat::Html {
        eprintln!("warning: --show-codes lists codes in the HTML page only; this format never holds them");
    }
    let text = match args.format {
        ReportFormat::Md => crate::report::markdown(&rep, &names),
        ReportFormat::Csv => crate::report::csv(&rep, &names),
        ReportFormat::Json => format!("{}\n", serde_json::to_string_pretty(&rep).unwrap_or_default()),
        ReportFormat::Html => {
            // The help in the page is for the room's country (--country, else the language's).
            let words = Words::new(&loc, &lib, country(g));
            let opts = crate::report::html::Options {
                workshop: args.workshop.clone(),
                codes: args.show_codes.then(|| crate::report::html::code_rows(&records, args.workshop.as_deref())),
                live: None,
            };
            crate::report::html::page(&rep, &names, &words, &opts)
        }
    };
    report_missing(&loc);
    match &args.output {
        None => {
            let mut out = io::stdout().lock();
            if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                return io_error(e);
            }
        }
        Some(path) => {
            if let Err(e) = crate::store::write_atomic(path, text.as_bytes()) {
                eprintln!("error: the report could not be written to {}: {}", clean(path.display()), clean(e));
                eprintln!("help: give a file in a folder you can write to with -o FILE");
                return exit::INPUT;
            }
            eprintln!("report written to {}", clean(path.display()));
        }
    }
    exit::OK
}

/// Names in the report: the game's words where the content knows the id, the id itself otherwise (records may
/// come from other content, and a report must not show "[missing text]").
struct ReportNames<'a> {
    words: Words<'a>,
    lib: &'a Library,
}

impl crate::report::Names for ReportNames<'_> {
    fn scenario(&self, id: &str) -> String {
        if self.lib.scenarios.contains_key(id) { self.words.title(id) } else { crate::sanitize::sanitize(id) }
    }
    fn redflag(&self, id: &str) -> String {
        if self.lib.redflags.contains_key(id) { self.words.redflag_name(id) } else { crate::sanitize::sanitize(id) }
    }
    fn outcome(&self, o: crate::model::Outcome) -> String {
        self.words.outcome(o)
    }
}

/// Text from a file, a file name or the command line, made safe for the terminal (stdout or stderr).
fn clean(x: impl std::fmt::Display) -> String {
    crate::sanitize::sanitize(&x.to_string())
}

fn io_error(e: io::Error) -> u8 {
    // A closed pipe (the reader went away) is not a failure of the game.
    if e.kind() == io::ErrorKind::BrokenPipe {
        return exit::OK;
    }
    eprintln!("error: {}", clean(e));
    exit::INPUT
}

/// Tells the author about words no locale had, after the session, so a player never sees an id.
fn report_missing(loc: &Localizer) {
    let missing = loc.missing();
    if !missing.is_empty() {
        eprintln!("warning: {} message(s) could not be shown: {}", missing.len(), clean(missing.join(", ")));
        eprintln!("help: run `redflag check` to find where they are missing");
    }
}

fn list(g: &Global) -> u8 {
    let (content, lib) = match load_for_play(g) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let loc = Localizer::new(&content.locales, &requested_languages(g));
    let words = Words::new(&loc, &lib, None);
    let mut out = io::stdout().lock();
    for scn in lib.ordered_scenarios() {
        let id = &scn.id;
        let minutes = words.ui_with("minutes", &[("minutes", Arg::Num(scn.minutes as f64))]);
        let flags = words.ui_with("redflag-count", &[("count", Arg::Num(scn.redflags.len() as f64))]);
        // Padded by the columns a terminal gives the title, not by its characters (Hindi, Thai, Chinese).
        let title = words.title(id);
        let pad = " ".repeat(32usize.saturating_sub(crate::tui::text::width(&title)));
        let _ = writeln!(out, "{:<16} {title}{pad} {minutes:>8}  {flags}", clean(id));
    }
    report_missing(&loc);
    exit::OK
}

fn check_cmd(g: &Global, args: &CheckArgs) -> u8 {
    let content = Content::load(&content_source(g));
    let mut diags = check::check(&content);
    let untranslated =
        match crate::check_scope::narrow(&content, &mut diags, args.scenario.as_deref(), g.lang.as_deref()) {
            Ok(u) => u,
            Err(code) => return code,
        };
    let mut sources = content.sources_by_rel();
    if let Some(path) = &g.resources {
        if let Err(more) = crate::content::load_resources_file(path) {
            diags.extend(more);
        }
        if let Ok(t) = crate::content::files::read_limited(path) {
            sources.insert(path.display().to_string(), t.into());
        }
    }
    let counts = diag::count(&diags);
    match args.format {
        Format::Json => {
            let doc = serde_json::json!({
                "errors": counts.errors,
                "warnings": counts.warnings,
                "scenarios": content.scenarios.len(),
                "locales": content.locales.keys().collect::<Vec<_>>(),
                "untranslated": untranslated,
                "diagnostics": diags,
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Human => {
            let text = diag::render_human(&diags, &sources, stderr_color());
            eprint!("{text}");
            let (scenarios, locales) =
                crate::check_scope::counted(&content, args.scenario.as_deref(), g.lang.as_deref());
            let not_yet = crate::check_scope::untranslated_note(&untranslated);
            // The summary goes last, after every diagnostic, on the same stream, so it closes the output whether
            // both streams go to one terminal or stderr is kept apart.
            let _ = io::stderr().flush();
            println!(
                "checked {scenarios} scenario(s) and {locales} locale(s): {} error(s), {} warning(s){not_yet}",
                counts.errors, counts.warnings
            );
        }
    }
    // The process ends now: freeing a large pack piece by piece took a tenth of `check`'s time, and the system
    // takes the memory back at exit anyway.
    std::mem::forget(content);
    std::mem::forget(sources);
    if counts.errors > 0 || (args.deny_warnings && counts.warnings > 0) { exit::INPUT } else { exit::OK }
}

/// Where commands that write content put it: the --content folder, else the first --content-add folder, else the
/// current directory.
fn write_root(g: &Global) -> std::path::PathBuf {
    g.content.clone().or_else(|| g.content_add.first().cloned()).unwrap_or_else(|| std::path::PathBuf::from("."))
}

fn write_files(root: &std::path::Path, files: &[(String, String)]) -> Result<(), u8> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Err(e) = crate::store::write_atomic(&path, text.as_bytes()) {
            eprintln!("error: cannot write {}: {}", clean(path.display()), clean(e));
            return Err(exit::INPUT);
        }
        println!("wrote {}", clean(path.display()));
    }
    Ok(())
}

fn locales_cmd(g: &Global, args: &LocalesArgs) -> u8 {
    let content = Content::load(&content_source(g));
    match &args.action {
        Some(LocalesAction::Init { lang }) => {
            // Tags are compared and written in their canonical case: `EN` is English, which exists, and `zh-hant`
            // is written `zh-Hant`, so no second folder of the same language appears beside the first.
            let tag = match lang.parse::<unic_langid::LanguageIdentifier>() {
                Ok(id) if !id.to_string().eq_ignore_ascii_case(crate::content::SOURCE_LOCALE) => id.to_string(),
                _ => {
                    eprintln!("error: `{}` is not a language tag for a new locale", clean(lang));
                    eprintln!(
                        "help: use a BCP 47 tag like km, ne or zh-Hant (English is the source and exists already)"
                    );
                    return exit::USAGE;
                }
            };
            let lang = &tag;
            let root = write_root(g);
            let on_disk = std::fs::read_dir(root.join("locales"))
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| e.file_name().to_str().is_some_and(|n| n.eq_ignore_ascii_case(lang)));
            if content.locales.keys().any(|k| k.eq_ignore_ascii_case(lang)) || on_disk {
                eprintln!("error: the locale `{}` exists already", clean(lang));
                eprintln!("help: run `redflag locales update {}` to add what English gained since", clean(lang));
                return exit::USAGE;
            }
            let files = crate::locales::init_files(&content.locales, lang);
            if let Err(code) = write_files(&root, &files) {
                return code;
            }
            println!("then: translate the templates (docs/translating.md), and check them with");
            println!("next: redflag check --content-add {}", crate::authoring::shell_word(&root.display().to_string()));
            exit::OK
        }
        Some(LocalesAction::Update { lang }) => {
            if !content.locales.contains_key(lang) {
                eprintln!("error: there is no locale `{}`", clean(lang));
                eprintln!("help: run `redflag locales init {}` to start one", clean(lang));
                return exit::USAGE;
            }
            let up = crate::locales::update_files(&content.locales, lang);
            if let Err(code) = write_files(&write_root(g), &up.files) {
                return code;
            }
            println!(
                "{}: {} new message template(s) added, {} obsolete message(s) marked",
                clean(lang),
                up.added,
                up.obsolete
            );
            if up.hashed > 0 {
                // Said apart, so the line above stays the same for scripts that read it.
                println!(
                    "{}: {} translation(s) now record the English text they were made from (# source-hash)",
                    clean(lang),
                    up.hashed
                );
            }
            exit::OK
        }
        None => locales_table(&content, args.format),
    }
}

fn locales_table(content: &Content, format: Format) -> u8 {
    let diags = check::check(content);
    let infos = crate::locales::infos(&content.locales);
    let errors_of = |tag: &str| {
        let prefix = format!("locales/{tag}/");
        diags.iter().filter(|d| d.severity == diag::Severity::Error && d.rel.starts_with(&prefix)).collect::<Vec<_>>()
    };
    let total_errors: usize = infos.iter().map(|i| errors_of(&i.tag).len()).sum();
    match format {
        Format::Json => {
            let rows: Vec<serde_json::Value> = infos
                .iter()
                .map(|i| {
                    let errs = errors_of(&i.tag);
                    serde_json::json!({
                        "tag": i.tag, "name": i.name, "status": i.status,
                        "translated": i.translated, "total": i.total, "percent": i.percent(),
                        "missing": i.missing, "obsolete": i.obsolete,
                        "errors": errs,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        }
        Format::Human => {
            let pad = |s: &str, n: usize| format!("{s}{}", " ".repeat(n.saturating_sub(crate::tui::text::width(s))));
            println!(
                "{}{}{}{:>11}{:>6}{:>9}{:>10}{:>8}",
                pad("locale", 9),
                pad("name", 18),
                pad("status", 17),
                "translated",
                "%",
                "missing",
                "obsolete",
                "errors"
            );
            for i in &infos {
                println!(
                    "{}{}{}{:>11}{:>6}{:>9}{:>10}{:>8}",
                    pad(&clean(&i.tag), 9),
                    pad(&clean(&i.name), 18),
                    pad(&clean(&i.status), 17),
                    format!("{}/{}", i.translated, i.total),
                    i.percent(),
                    i.missing.len(),
                    i.obsolete.len(),
                    errors_of(&i.tag).len()
                );
            }
            for i in &infos {
                for d in errors_of(&i.tag) {
                    eprintln!("{}", diag::render_short(d));
                }
            }
        }
    }
    if total_errors > 0 { exit::INPUT } else { exit::OK }
}

fn new_cmd(g: &Global, id: &str) -> u8 {
    if !crate::content::msgid::is_valid_id(id) || crate::content::CATALOG_FILES.contains(&format!("{id}.toml").as_str())
    {
        eprintln!("error: `{id}` is not a valid scenario id");
        eprintln!("help: use lower-case letters, digits and single dashes, starting with a letter, like `fake-visa`");
        return exit::USAGE;
    }
    let root = write_root(g);
    let files = crate::authoring::new_files(id);
    for (rel, _) in &files {
        if root.join(rel).exists() {
            eprintln!("error: {} exists already", clean(root.join(rel).display()));
            eprintln!("help: choose another id, or edit the existing scenario");
            return exit::USAGE;
        }
    }
    if let Err(code) = write_files(&root, &files) {
        return code;
    }
    // `--content-add`, whatever the folder was given as: it layers the folder over the shipped content, so the
    // commands work in an empty folder as well as in a full copy (docs/format.md, "Content folders").
    let dir = crate::authoring::shell_word(&root.display().to_string());
    println!("next: redflag check --content-add {dir}");
    println!("next: redflag play {id} --content-add {dir}");
    exit::OK
}

/// Finds a scenario for the authoring commands, with a suggestion when the id is wrong.
fn scenario_for<'a>(lib: &'a Library, id: &str) -> Result<&'a crate::model::Scenario, u8> {
    lib.scenarios.get(id).ok_or_else(|| {
        eprintln!("error: there is no scenario `{}`", clean(id));
        let ids: Vec<&str> = lib.scenarios.keys().map(String::as_str).collect();
        match diag::did_you_mean(id, ids.iter().copied()) {
            Some(h) => eprintln!("help: {}", clean(h)),
            None => eprintln!("help: `redflag list` shows the scenarios: {}", clean(ids.join(", "))),
        }
        exit::USAGE
    })
}

/// Finds a node of a scenario for `play --at`, with a suggestion when the id is wrong.
fn node_for(scn: &crate::model::Scenario, id: &str) -> Result<(), u8> {
    if scn.nodes.contains_key(id) {
        return Ok(());
    }
    eprintln!("error: the scenario `{}` has no node `{}`", clean(&scn.id), clean(id));
    match diag::did_you_mean(id, scn.nodes.keys().map(String::as_str)) {
        Some(h) => eprintln!("help: {}", clean(h)),
        None => eprintln!("help: `redflag graph {}` shows its nodes", clean(&scn.id)),
    }
    Err(exit::USAGE)
}

/// Loads the content and finds one scenario for an authoring command, then runs `f` on it.
fn with_scenario(g: &Global, id: &str, f: impl FnOnce(&crate::model::Scenario) -> u8) -> u8 {
    match load_for_play(g) {
        Ok((_, lib)) => match scenario_for(&lib, id) {
            Ok(scn) => f(scn),
            Err(code) => code,
        },
        Err(code) => code,
    }
}

fn graph_cmd(g: &Global, id: &str, format: crate::cli::GraphFormat) -> u8 {
    with_scenario(g, id, |scn| {
        match format {
            crate::cli::GraphFormat::Dot => print!("{}", crate::authoring::dot(scn)),
            crate::cli::GraphFormat::Mermaid => print!("{}", crate::authoring::mermaid(scn)),
        }
        exit::OK
    })
}

/// `redflag script ID`: the scenario in the language of --lang (else the system's), English where a message has
/// no translation.
fn script_cmd(g: &Global, id: &str) -> u8 {
    let (content, lib) = match load_for_play(g) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let Ok(scn) = scenario_for(&lib, id) else { return exit::USAGE };
    let loc = Localizer::new(&content.locales, &requested_languages(g));
    let words = Words::new(&loc, &lib, None);
    print!("{}", crate::script::markdown(scn, &words));
    report_missing(&loc);
    exit::OK
}

fn paths_cmd(g: &Global, id: &str, format: Format) -> u8 {
    with_scenario(g, id, |scn| print_paths(id, scn, format))
}

fn print_paths(id: &str, scn: &crate::model::Scenario, format: Format) -> u8 {
    let a = crate::paths::analyse(scn);
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&a).unwrap_or_default());
        return exit::OK;
    }
    let more = if a.truncated { " (at least: the count stopped at the limit)" } else { "" };
    println!("{id}: {} distinct path(s){more}, {} to {} choices long", a.paths, a.shortest, a.longest);
    println!("\nendings:");
    for (node, (o, n)) in &a.endings {
        println!("  {node:<24} {:<11} {n} path(s)", o.id());
    }
    for node in scn.nodes.values().filter(|n| matches!(n.kind, crate::model::NodeKind::Ending(_))) {
        if !a.endings.contains_key(&node.id) {
            println!("  {:<24} no path reaches it", node.id);
        }
    }
    println!("\nred flags (paths that spot it / let it go past):");
    for (r, (s, m)) in &a.redflags {
        println!("  {r:<28} {s:>5} / {m}");
    }
    if !a.never_spotted.is_empty() {
        println!("\nno path spots: {}", a.never_spotted.join(", "));
    }
    if !a.stuck.is_empty() {
        println!(
            "\nstuck (a player can arrive with no choice available): {}",
            a.stuck.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    println!("\ncareful paths (spot red flags, let none go past) that still end in harm: {}", a.careful_harmed);
    if let Some((steps, end)) = &a.careful_harmed_example {
        println!("  e.g. {} -> {end}", steps.join(" > "));
    }
    println!("paths to a genuine ending (trust was right): {}", a.genuine);
    if let Some((steps, end)) = &a.genuine_example {
        println!("  e.g. {} -> {end}", steps.join(" > "));
    }
    println!("\nexamples:");
    for (steps, end) in &a.examples {
        println!("  {} -> {end}", steps.join(" > "));
    }
    if a.stuck.is_empty() { exit::OK } else { exit::INPUT }
}

/// The game stays open for an hour with little in memory, so mimalloc is built without transparent huge pages:
/// with them its peak memory doubled (27-31 MB instead of 15-17 MB), 2 MB pages kept resident for a few live
/// objects.
/// A batch command like `check` is the opposite: it fills a large pack's tables in a tenth of a second and exits,
/// and huge pages spare it tens of thousands of page faults, a fifth of its time on a 10,000-node pack. So the
/// batch commands ask the kernel for huge pages in the allocator's reserved memory (its large anonymous
/// mappings) themselves, and so do the benchmarks of `check`. Advice only: if the kernel declines, nothing changes
/// but speed.
pub fn use_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return };
        for line in maps.lines() {
            let mut parts = line.split_whitespace();
            let (Some(range), Some(perms)) = (parts.next(), parts.next()) else { continue };
            // Anonymous mappings have no path (the sixth field); the allocator reserves hundreds of MB at once.
            if parts.nth(3).is_some() || !perms.starts_with("rw") {
                continue;
            }
            let Some((from, to)) = range.split_once('-') else { continue };
            let (Ok(from), Ok(to)) = (usize::from_str_radix(from, 16), usize::from_str_radix(to, 16)) else { continue };
            if to - from < 64 << 20 {
                continue;
            }
            // SAFETY: MADV_HUGEPAGE changes how the kernel backs this mapping, never its contents or addresses;
            // the range is a whole mapping of this process, read just now.
            unsafe {
                libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_HUGEPAGE);
            }
        }
    }
}

fn serve_cmd(g: &Global, args: &ServeArgs) -> u8 {
    let code = match &args.code {
        Some(c) if crate::results::valid_code(c) => c.clone(),
        Some(c) => {
            eprintln!("error: `{}` is not a valid room code", crate::sanitize::sanitize(c));
            eprintln!("help: use up to 32 letters, digits, - or _, like ROOM7; it is the SSH user name players type");
            return exit::USAGE;
        }
        None => crate::serve::random_code(),
    };
    let facilitator_code = match &args.facilitator_code {
        Some(c) if c.eq_ignore_ascii_case(&code) => {
            eprintln!("error: the facilitator code is the room code, which every player has");
            eprintln!("help: choose another --facilitator-code, or leave it out for a random one");
            return exit::USAGE;
        }
        Some(c) if crate::results::valid_code(c) => c.clone(),
        Some(c) => {
            eprintln!("error: `{}` is not a valid facilitator code", crate::sanitize::sanitize(c));
            eprintln!(
                "help: use up to 32 letters, digits, - or _; it opens the room's report page from another device"
            );
            return exit::USAGE;
        }
        None => loop {
            let c = crate::serve::random_code();
            if !c.eq_ignore_ascii_case(&code) {
                break c;
            }
        },
    };
    if let Some(w) = &args.workshop
        && !crate::results::valid_code(w)
    {
        eprintln!("error: `{}` is not a valid workshop code", crate::sanitize::sanitize(w));
        eprintln!("help: use up to 32 letters, digits, - or _, like W-2026-11; never a name");
        return exit::USAGE;
    }
    if args.max_players == 0 || args.idle_minutes == 0 || args.max_connections_per_minute == 0 {
        eprintln!("error: --max-players, --idle-minutes and --max-connections-per-minute must be at least 1");
        return exit::USAGE;
    }
    let (content, lib) = match load_for_play(g) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Err(code) = check_country(g, &lib).and_then(|_| check_lang(g, &content)) {
        return code;
    }
    for id in &args.scenarios {
        if let Err(code) = scenario_for(&lib, id) {
            return code;
        }
    }
    let data_dir = crate::store::Store::user().data_dir;
    let results = match (&args.results, &data_dir) {
        (Some(p), _) => p.clone(),
        (None, Some(d)) => d.join(format!("redflag-room-{}.jsonl", crate::results::today())),
        (None, None) => {
            eprintln!("error: this system has no data directory for the room's records");
            eprintln!("help: give a file with --results FILE");
            return exit::USAGE;
        }
    };
    let host_key = match (&args.host_key, &data_dir) {
        (Some(p), _) => p.clone(),
        (None, Some(d)) => d.join("host_key"),
        (None, None) => {
            eprintln!("error: this system has no data directory for the room's host key");
            eprintln!("help: give a file with --host-key FILE");
            return exit::USAGE;
        }
    };
    let headless = args.headless || !io::stdout().is_terminal();
    let room = crate::serve::RoomConfig {
        code,
        facilitator_code,
        workshop: args.workshop.clone(),
        scenarios: if args.scenarios.is_empty() { None } else { Some(args.scenarios.clone()) },
        lang: g.lang.as_deref().map(i18n::normalise_tag),
        country: g.country.as_deref().map(|c| c.to_ascii_uppercase()),
        quiz_pre: args.quiz.contains(&QuizWhen::Pre),
        quiz_post: args.quiz.contains(&QuizWhen::Post),
        participant_codes: args.participant_codes,
        quiz_form: args.quiz_form,
        max_players: args.max_players,
        idle: std::time::Duration::from_secs(args.idle_minutes.saturating_mul(60)),
        per_minute: args.max_connections_per_minute,
        results,
        headless,
    };
    let max = args.max_seconds.map(std::time::Duration::from_secs);
    let ssh = (!args.no_ssh).then_some(args.ssh);
    let web = (!args.no_web).then_some(args.web);
    crate::serve::run(crate::serve::Serve { room, ssh, web, host_key, max }, content, lib)
}
