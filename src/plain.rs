//! The line-oriented front-end: for screen readers, pipes and scripted play. It prints what the engine says,
//! through `words`, and reads choice numbers from standard input.

use std::io::{self, BufRead, Write};

use crate::engine::{Chosen, Prompt, Session};
use crate::i18n::Arg;
use crate::model::{Medium, Scenario};
use crate::words::Words;

/// How a plain session ended.
#[derive(Debug)]
pub enum PlainEnd {
    /// Reached an ending.
    Finished(Session),
    /// The player typed q, or input ran out: the session so far.
    Left(Session),
}

impl PlainEnd {
    pub fn session(&self) -> &Session {
        match self {
            PlainEnd::Finished(s) | PlainEnd::Left(s) => s,
        }
    }
}

pub struct Plain<'a, R: BufRead, W: Write> {
    pub words: &'a Words<'a>,
    pub input: R,
    pub out: W,
    /// Called after every step, so a caller can save progress.
    pub on_step: Option<&'a mut dyn FnMut(&Session)>,
    /// Facilitator mode: discussion prompts before the choices.
    pub facilitator: bool,
}

enum Read {
    Line(String),
    Quit,
}

impl<R: BufRead, W: Write> Plain<'_, R, W> {
    fn read(&mut self) -> io::Result<Read> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(Read::Quit);
        }
        let t = line.trim();
        if t.eq_ignore_ascii_case("q") || t.eq_ignore_ascii_case("quit") {
            return Ok(Read::Quit);
        }
        Ok(Read::Line(t.to_string()))
    }

    /// Waits for Enter; true when the player leaves. Words typed where there is nothing to choose are not
    /// swallowed silently: the player is told they were not needed.
    fn wait_enter(&mut self) -> io::Result<bool> {
        match self.read()? {
            Read::Quit => Ok(true),
            Read::Line(l) => {
                if !l.is_empty() {
                    writeln!(self.out, "{}", self.words.ui("press-enter-typed"))?;
                }
                Ok(false)
            }
        }
    }

    /// Asks, once, where the player lives, so the help at the end is theirs: the countries with help of their own,
    /// numbered, and "another country" last. Some(None) is "another country"; None means input ended.
    pub fn ask_country(&mut self) -> io::Result<Option<Option<String>>> {
        let w = self.words;
        let rows = w.country_list();
        let n = rows.len() + 1;
        writeln!(self.out, "{}", w.ui("country-first"))?;
        for (i, (_, name)) in rows.iter().enumerate() {
            writeln!(self.out, "  {}) {name}", i + 1)?;
        }
        writeln!(self.out, "  {n}) {}", w.ui("country-other"))?;
        loop {
            writeln!(self.out, "{}", w.ui_with("choose-prompt", &[("count", Arg::Num(n as f64))]))?;
            self.out.flush()?;
            match self.read()? {
                Read::Quit => return Ok(None),
                Read::Line(l) => match l.parse::<usize>() {
                    Ok(k) if (1..n).contains(&k) => return Ok(Some(Some(rows[k - 1].0.clone()))),
                    Ok(k) if k == n => return Ok(Some(None)),
                    _ => writeln!(self.out, "{}", w.ui_with("choose-invalid", &[("count", Arg::Num(n as f64))]))?,
                },
            }
        }
    }

    /// Offers to go on with a session left part-way, as the title screen of the TUI does. Some(true) to resume;
    /// None if input ended.
    pub fn offer_resume(&mut self, scenario: &str) -> io::Result<Option<bool>> {
        let w = self.words;
        writeln!(self.out, "{}", w.ui_with("plain-resume-offer", &[("title", Arg::Str(w.title(scenario)))]))?;
        loop {
            self.out.flush()?;
            match self.read()? {
                Read::Quit => return Ok(None),
                Read::Line(l) if l == "1" => return Ok(Some(true)),
                Read::Line(l) if l == "2" => return Ok(Some(false)),
                Read::Line(_) => writeln!(self.out, "{}", w.ui_with("choose-invalid", &[("count", Arg::Num(2.0))]))?,
            }
        }
    }

    /// A participant code that looks like a name: says so, and takes a code instead, or keeps this one on an empty
    /// line. Some(the code to use); None if input ended.
    pub fn question_code(&mut self, code: &str) -> io::Result<Option<String>> {
        let w = self.words;
        let code = crate::sanitize::sanitize(code);
        writeln!(self.out, "{}", w.ui_with("participant-looks-like-name", &[("code", Arg::Str(code.clone()))]))?;
        loop {
            self.out.flush()?;
            match self.read()? {
                Read::Quit => return Ok(None),
                Read::Line(l) if l.is_empty() => return Ok(Some(code)),
                Read::Line(l) if crate::results::valid_code(&l) => return Ok(Some(l)),
                Read::Line(_) => writeln!(self.out, "{}", w.ui("room-participant-invalid"))?,
            }
        }
    }

    /// Asks for a scenario when none was named: the numbered list, then a number.
    pub fn pick_scenario(&mut self) -> io::Result<Option<String>> {
        let lib = self.words.lib;
        let ids: Vec<&String> = lib.ordered_scenarios().into_iter().map(|s| &s.id).collect();
        if ids.is_empty() {
            writeln!(self.out, "{}", self.words.ui("no-scenarios"))?;
            return Ok(None);
        }
        writeln!(self.out, "{}", self.words.ui("scenario-list-title"))?;
        for (i, id) in ids.iter().enumerate() {
            let scn = &lib.scenarios[*id];
            let minutes = self.words.ui_with("minutes", &[("minutes", Arg::Num(scn.minutes as f64))]);
            writeln!(self.out, "  {}) {} ({minutes})", i + 1, self.words.title(id))?;
            writeln!(self.out, "     {}", self.words.summary(id))?;
        }
        loop {
            writeln!(self.out, "{}", self.words.ui_with("scenario-pick", &[("count", Arg::Num(ids.len() as f64))]))?;
            self.out.flush()?;
            match self.read()? {
                Read::Quit => return Ok(None),
                Read::Line(l) => match l.parse::<usize>() {
                    Ok(n) if (1..=ids.len()).contains(&n) => return Ok(Some(ids[n - 1].clone())),
                    _ => writeln!(
                        self.out,
                        "{}",
                        self.words.ui_with("choose-invalid", &[("count", Arg::Num(ids.len() as f64))])
                    )?,
                },
            }
        }
    }

    /// Plays one scenario from `session` to an ending or until the player leaves.
    pub fn play(&mut self, scn: &Scenario, mut session: Session) -> io::Result<PlainEnd> {
        let w = self.words;
        if session.path.is_empty() {
            writeln!(self.out, "== {} ==", w.title(&scn.id))?;
            writeln!(self.out, "{}", w.summary(&scn.id))?;
            if scn.content_note {
                writeln!(self.out)?;
                writeln!(self.out, "{}", w.ui("content-note-title"))?;
                // The note itself says how to leave: `content-note-leave` after it would say it twice.
                writeln!(self.out, "{}", w.content_note(&scn.id))?;
                writeln!(self.out, "{}", w.ui("press-enter"))?;
                self.out.flush()?;
                if self.wait_enter()? {
                    return self.leave(session);
                }
            }
        }
        loop {
            let args = w.session_args(scn, &session);
            let node = match session.current(scn) {
                Ok(n) => n,
                Err(e) => return Err(io::Error::other(e.to_string())),
            };
            writeln!(self.out)?;
            let header = match (w.speaker(scn, node, &args), node.channel.medium()) {
                (Some(name), _) => format!("[{}] {name}:", w.channel(node.channel)),
                (None, Medium::Narration) => format!("[{}]", w.ui("narrator")),
                (None, _) => format!("[{}]", w.channel(node.channel)),
            };
            writeln!(self.out, "{header}")?;
            for line in w.node_lines(scn, node, &args) {
                for l in line.lines() {
                    writeln!(self.out, "  {l}")?;
                }
            }
            let prompt = session.prompt(scn).map_err(|e| io::Error::other(e.to_string()))?;
            match prompt {
                Prompt::Ended(_) => {
                    self.debrief(scn, &session)?;
                    return Ok(PlainEnd::Finished(session));
                }
                Prompt::Continue => {
                    writeln!(self.out, "{}", w.ui("press-enter"))?;
                    self.out.flush()?;
                    if self.wait_enter()? {
                        return self.leave(session);
                    }
                    session.proceed(scn).map_err(|e| io::Error::other(e.to_string()))?;
                    self.stepped(&session);
                }
                Prompt::Choose => {
                    if let Some(d) = w.discuss(scn, node, &args).filter(|_| self.facilitator) {
                        writeln!(self.out, "{} {d}", w.ui("facilitator-discuss"))?;
                    }
                    let choices = session.available(scn).map_err(|e| io::Error::other(e.to_string()))?;
                    for (i, c) in choices.iter().enumerate() {
                        writeln!(self.out, "  {}) {}", i + 1, w.choice_label(scn, &node.id, &c.id, &args))?;
                    }
                    let count = Arg::Num(choices.len() as f64);
                    let picked = loop {
                        writeln!(self.out, "{}", w.ui_with("choose-prompt", &[("count", count.clone())]))?;
                        self.out.flush()?;
                        match self.read()? {
                            Read::Quit => return self.leave(session),
                            Read::Line(l) => match l.parse::<usize>() {
                                Ok(n) if (1..=choices.len()).contains(&n) => break choices[n - 1].id.clone(),
                                _ => {
                                    writeln!(self.out, "{}", w.ui_with("choose-invalid", &[("count", count.clone())]))?;
                                    writeln!(self.out, "{}", w.ui("choose-quit-hint"))?;
                                }
                            },
                        }
                    };
                    let chosen = session.choose(scn, &picked).map_err(|e| io::Error::other(e.to_string()))?;
                    // Saved before the feedback is shown: a signal while the player reads it keeps the choice.
                    self.stepped(&session);
                    self.feedback(scn, &chosen, &args)?;
                }
            }
        }
    }

    fn stepped(&mut self, session: &Session) {
        if let Some(f) = self.on_step.as_mut() {
            f(session);
        }
    }

    fn feedback(&mut self, scn: &Scenario, chosen: &Chosen, args: &crate::i18n::Args) -> io::Result<()> {
        let w = self.words;
        writeln!(self.out, "  > {}", w.choice_label(scn, &chosen.node, &chosen.choice, args))?;
        if let Some(fb) = w.feedback(scn, &chosen.node, &chosen.choice, args) {
            writeln!(self.out, "  {fb}")?;
        }
        for r in &chosen.spotted {
            writeln!(
                self.out,
                "  [+] {}",
                w.ui_with("feedback-spotted", &[("name", Arg::Str(w.redflag_name_in(&scn.id, r)))])
            )?;
            writeln!(
                self.out,
                "      {}",
                w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(r)))])
            )?;
        }
        for r in &chosen.missed {
            writeln!(
                self.out,
                "  [!] {}",
                w.ui_with("feedback-missed", &[("name", Arg::Str(w.redflag_name_in(&scn.id, r)))])
            )?;
            writeln!(
                self.out,
                "      {}",
                w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(r)))])
            )?;
        }
        Ok(())
    }

    fn debrief(&mut self, scn: &Scenario, session: &Session) -> io::Result<()> {
        let w = self.words;
        let Some(outcome) = session.outcome else { return Ok(()) };
        writeln!(self.out)?;
        writeln!(self.out, "== {} ==", w.ui_with("ending-title", &[("outcome", Arg::Str(w.outcome(outcome)))]))?;
        writeln!(self.out)?;
        writeln!(self.out, "{}", w.ui("debrief-title"))?;
        let flags = session.redflags();
        if flags.is_empty() {
            writeln!(self.out, "  {}", w.ui("debrief-none"))?;
        } else {
            let spotted = flags.iter().filter(|f| f.spotted).count();
            writeln!(
                self.out,
                "{}",
                w.ui_with(
                    "debrief-score",
                    &[("spotted", Arg::Num(spotted as f64)), ("total", Arg::Num(flags.len() as f64))]
                )
            )?;
            for f in &flags {
                let (mark, label) = if f.spotted { ("[+]", "debrief-spotted") } else { ("[!]", "debrief-missed") };
                writeln!(self.out, "  {mark} {}: {}", w.ui(label), w.redflag_name_in(&scn.id, &f.redflag))?;
                writeln!(self.out, "      {}", w.redflag_explain_in(&scn.id, &f.redflag))?;
                writeln!(self.out, "      {} {}", w.ui("debrief-advice"), w.redflag_advice_in(&scn.id, &f.redflag))?;
                let sources = w.ui_with("redflag-source", &[("sources", Arg::Str(w.redflag_sources(&f.redflag)))]);
                writeln!(self.out, "      {sources}")?;
            }
        }
        self.help(Some(scn.help))
    }

    /// The discernment quiz: each item rated from 1 (surely safe) to 6 (surely a scam). After the quiz that follows
    /// a session, each item's answer is explained; before, nothing is, since the quiz measures what play teaches.
    /// None if the player leaves.
    pub fn quiz(
        &mut self,
        items: &[crate::model::QuizItem],
        after: bool,
    ) -> io::Result<Option<crate::quiz::QuizResult>> {
        let w = self.words;
        let count = Arg::Num(items.len() as f64);
        writeln!(self.out)?;
        writeln!(self.out, "== {} ==", w.ui(if after { "quiz-title-post" } else { "quiz-title-pre" }))?;
        writeln!(self.out, "{}", w.ui_with("quiz-intro", &[("count", count.clone())]))?;
        let mut answers = Vec::new();
        for (i, item) in items.iter().enumerate() {
            writeln!(self.out)?;
            writeln!(
                self.out,
                "{} · [{}]",
                w.ui_with("quiz-progress", &[("n", Arg::Num(i as f64 + 1.0)), ("count", count.clone())]),
                w.quiz_source(&item.id)
            )?;
            for l in w.quiz_text(&item.id).lines() {
                writeln!(self.out, "  {l}")?;
            }
            writeln!(self.out, "{}", w.ui("quiz-scale"))?;
            let rating = loop {
                writeln!(self.out, "{}", w.ui("quiz-prompt"))?;
                self.out.flush()?;
                match self.read()? {
                    Read::Quit => return Ok(None),
                    Read::Line(l) => match l.parse::<u8>() {
                        Ok(n) if (1..=crate::quiz::SCALE).contains(&n) => break n,
                        _ => writeln!(self.out, "{}", w.ui("quiz-invalid"))?,
                    },
                }
            };
            answers.push(crate::quiz::Answer { item: item.id.clone(), genuine: item.genuine, rating });
        }
        let result = crate::quiz::score(answers);
        writeln!(self.out)?;
        writeln!(self.out, "{}", w.quiz_result(&result))?;
        if after {
            writeln!(self.out, "{}", w.ui("quiz-review-title"))?;
            for (i, (item, answer)) in items.iter().zip(&result.answers).enumerate() {
                writeln!(self.out)?;
                writeln!(self.out, "  {}", w.quiz_answer(i + 1, item, answer.rating))?;
                writeln!(self.out, "     {}", w.quiz_explain(&item.id))?;
            }
        }
        Ok(Some(result))
    }

    /// Where to get help, for the scenario's situation: shown at every ending, and when a player leaves early.
    pub fn help(&mut self, kind: Option<crate::model::HelpKind>) -> io::Result<()> {
        let w = self.words;
        writeln!(self.out)?;
        writeln!(self.out, "{}", w.ui("help-title"))?;
        writeln!(self.out, "  {}", w.help_intro(kind))?;
        for h in w.help_for(kind) {
            if h.contact.is_empty() {
                writeln!(self.out, "  - {}", h.name)?;
            } else {
                writeln!(self.out, "  - {}: {}", h.name, h.contact)?;
            }
            if !h.description.is_empty() {
                writeln!(self.out, "    {}", h.description)?;
            }
        }
        self.out.flush()
    }

    fn leave(&mut self, session: Session) -> io::Result<PlainEnd> {
        writeln!(self.out)?;
        writeln!(self.out, "{}", self.words.ui("session-left"))?;
        let kind = self.words.lib.scenarios.get(&session.scenario).map(|s| s.help);
        self.help(kind)?;
        Ok(PlainEnd::Left(session))
    }
}
