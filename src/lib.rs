//! redflag: a terminal game for awareness training about scam compounds and the trafficking behind them.
//!
//! Data flows one way: files -> [`content`] (typed, with positions) -> [`check`] (diagnostics) -> [`engine`] (a
//! session) -> a front-end asks [`words`] (through [`i18n`]) for the words of what the engine says, and draws them.

pub mod authoring;
pub mod bounded;
pub mod check;
pub mod check_scope;
pub mod cli;
pub mod commands;
pub mod content;
pub mod countries;
pub mod diag;
pub mod engine;
pub mod export;
#[doc(hidden)]
pub mod fuzzing;
#[doc(hidden)]
pub mod genpack;
pub mod i18n;
pub mod locales;
pub mod model;
pub mod paths;
pub mod plain;
pub mod quiz;
pub mod report;
pub mod results;
pub mod sanitize;
pub mod script;
pub mod serve;
pub mod signals;
pub mod store;
pub mod threads;
pub mod tui;
pub mod words;

/// Exit codes, the same for every command.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The input (content, records) has errors.
    pub const INPUT: u8 = 1;
    /// A usage error: unknown command, option or scenario.
    pub const USAGE: u8 = 2;
}
