//! The command line, with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "redflag",
    version,
    about = "Learn the warning signs of scam-compound recruitment and online scams, by playing through them.",
    long_about = "redflag is a terminal game for awareness training about online scam factories and the human \
                  trafficking behind them. With no command it opens the game; in a pipe it plays in plain text."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct Global {
    /// Language to play in, as a tag like `vi`, `zh-Hans`, `fil`, or a pseudo-locale `en-XA` / `en-XB`
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Load scenarios and locales from this folder instead of the shipped ones
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Load this folder on top of the content (its files replace files of the same path); may repeat
    #[arg(long = "content-add", global = true, value_name = "DIR")]
    pub content_add: Vec<PathBuf>,
    /// Country whose help resources to show first, as a two-letter code like PH (default: from the language)
    #[arg(long, global = true, value_name = "CC")]
    pub country: Option<String>,
    /// Show these help resources instead of the shipped ones: a facilitator's local list, in the format of
    /// scenarios/resources.toml with `name` and `description` fields
    #[arg(long, global = true, value_name = "FILE")]
    pub resources: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a scenario (the TUI in a terminal, plain text otherwise)
    Play(PlayArgs),
    /// List the scenarios with their title, length and red flags
    List,
    /// Validate scenarios and locales; every problem with file:line:column
    Check(CheckArgs),
    /// Create a new scenario to start from: scenarios/ID.toml and locales/en/ID.ftl (in --content DIR or here)
    New {
        /// The new scenario's id: lower-case letters, digits and dashes, like `fake-visa`
        id: String,
    },
    /// Draw a scenario's nodes and choices as a graph (DOT for Graphviz, or Mermaid for Markdown)
    Graph {
        /// The scenario id
        id: String,
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
    /// Path coverage of a scenario: how many ways through, endings, red flags each path meets
    Paths {
        /// The scenario id
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Translation coverage of every locale; `init LANG` starts a new locale, `update LANG` adds what English gained
    Locales(LocalesArgs),
    /// What a room learned, from session records: endings, red flags spotted, the quiz before and after
    Report(ReportArgs),
    /// Serve a workshop room: participants join with `ssh -p 2222 CODE@HOST` or a browser at http://HOST:8080/?code=CODE; this terminal is the console
    Serve(ServeArgs),
    /// Print shell completions
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// A scenario as a readable script in Markdown (every node's words, choices, feedback, conditions), for review
    Script {
        /// The scenario id
        id: String,
    },
    /// Write the shipped content (scenarios and locales) to a folder, to adapt an existing scenario
    Export {
        /// The folder to write scenarios/ and locales/ into (made if missing; existing files are never overwritten)
        dir: PathBuf,
    },
}

#[derive(Debug, Args, Clone, Default)]
pub struct PlayArgs {
    /// The scenario id (see `redflag list`); asked for when left out
    pub scenario: Option<String>,
    /// Make the session reproducible: the same seed gives the same names, places and amounts
    #[arg(long)]
    pub seed: Option<u64>,
    /// Plain text, line by line: for screen readers, pipes and scripts
    #[arg(long)]
    pub plain: bool,
    /// Plain text: go on with the session left part-way without asking (at a terminal it is offered anyway)
    #[arg(long)]
    pub resume: bool,
    /// Where to append the session's record (a file, or a folder to hold redflag-results.jsonl); without it no
    /// record is kept, unless the player turned on keeping records in the game's settings
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// A participant code for the record (letters, digits, - and _; never a name)
    #[arg(long, value_name = "CODE")]
    pub participant: Option<String>,
    /// A workshop code for the record, to report one room at a time
    #[arg(long, value_name = "CODE")]
    pub workshop: Option<String>,
    /// The discernment quiz before and/or after the session: `pre`, `post` or `pre,post`
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHEN")]
    pub quiz: Vec<QuizWhen>,
    /// Which half of the quiz comes first, `A` or `B` (default: from the participant code, else drawn at random;
    /// never from the seed)
    #[arg(long, value_name = "FORM", value_parser = parse_form)]
    pub quiz_form: Option<crate::quiz::QuizForm>,
    /// For a group on one projected screen: feedback held until revealed, discussion prompts, a tally of the room
    #[arg(long)]
    pub facilitator: bool,
    /// For authors: start at this node instead of the scenario's start, to try a late node without replaying
    #[arg(long, value_name = "NODE", requires = "scenario")]
    pub at: Option<String>,
    /// With --at: a flag the session holds, as if set on the way there (for choices with `requires`); may repeat
    #[arg(long = "set", value_name = "FLAG", requires = "at")]
    pub set: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// Where to listen for SSH
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:2222")]
    pub ssh: std::net::SocketAddr,
    /// Where to serve the web page: phones and browsers join at http://ADDR:PORT/?code=CODE
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:8080")]
    pub web: std::net::SocketAddr,
    /// No SSH: players join from a browser only
    #[arg(long, conflicts_with = "no_web")]
    pub no_ssh: bool,
    /// No web page: players join over SSH only
    #[arg(long)]
    pub no_web: bool,
    /// The room code players type as their SSH user name (default: a random, easy-to-read 6-character code)
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// The code that opens the room's report page from another device, at http://HOST:PORT/report?facilitator=CODE
    /// (default: a random 6-character code, shown on the console; this machine needs none)
    #[arg(long, value_name = "CODE")]
    pub facilitator_code: Option<String>,
    /// Where the room's records go (default: redflag-room-<date>.jsonl in the data directory)
    #[arg(long, value_name = "FILE")]
    pub results: Option<PathBuf>,
    /// A workshop code for every record of the room
    #[arg(long, value_name = "CODE")]
    pub workshop: Option<String>,
    /// The scenarios the room may play, by id, comma-separated (default: all)
    #[arg(long, value_delimiter = ',', value_name = "ID,ID")]
    pub scenarios: Vec<String>,
    /// The discernment quiz before and/or after each session: `pre`, `post` or `pre,post`
    #[arg(long, value_enum, value_delimiter = ',', value_name = "WHEN")]
    pub quiz: Vec<QuizWhen>,
    /// Which half of the quiz every player takes first, `A` or `B` (default: from the participant code, else
    /// alternating player by player)
    #[arg(long, value_name = "FORM", value_parser = parse_form)]
    pub quiz_form: Option<crate::quiz::QuizForm>,
    /// Ask each player for a participant code on joining (to pair quizzes, and to resume after a dropped connection)
    #[arg(long)]
    pub participant_codes: bool,
    /// The most players at once
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max_players: usize,
    /// New connections one address may open in a minute
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub max_connections_per_minute: u32,
    /// Minutes without a key before a player's session ends (with its record kept)
    #[arg(long, value_name = "MINUTES", default_value_t = 30)]
    pub idle_minutes: u64,
    /// The room's SSH host key (default: host_key in the data directory; made on first use)
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// No console: one log line per event on stderr, for scripts and tests
    #[arg(long)]
    pub headless: bool,
    /// Close the room by itself after this many seconds (for tests and timed sessions)
    #[arg(long, value_name = "SECONDS")]
    pub max_seconds: Option<u64>,
}

fn parse_form(s: &str) -> Result<crate::quiz::QuizForm, String> {
    s.parse()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuizWhen {
    Pre,
    Post,
}

#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    /// Check only this scenario (its TOML file and its Fluent files in every locale); with --lang, one locale only
    pub scenario: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 1 on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, Args, Clone)]
pub struct LocalesArgs {
    #[command(subcommand)]
    pub action: Option<LocalesAction>,
    /// Output format of the table
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Subcommand, Clone)]
pub enum LocalesAction {
    /// Create locales/LANG/ with every English message as a commented template, ready to translate
    Init {
        /// The language tag, like km, ne, zh-Hant
        lang: String,
    },
    /// Add templates for messages English gained since, and mark messages English no longer has
    Update {
        /// The language tag of an existing locale
        lang: String,
    },
}

#[derive(Debug, Args, Clone)]
pub struct ReportArgs {
    /// Results files (JSON lines written by `play`)
    #[arg(required = true, value_name = "RESULTS")]
    pub files: Vec<PathBuf>,
    /// Output format: Markdown (readable in a terminal too), CSV for a spreadsheet, JSON, or HTML: one
    /// self-contained page with charts, to project, print or send (in the language of --lang)
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Only the sessions of this workshop code (exit 1 when no record has it)
    #[arg(long, value_name = "CODE")]
    pub workshop: Option<String>,
    /// Write the report to this file instead of the standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// List the participant codes in the HTML page (left out by default: a page travels further than a
    /// spreadsheet)
    #[arg(long)]
    pub show_codes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}
