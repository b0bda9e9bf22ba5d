use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = redflag::cli::Cli::parse();
    ExitCode::from(redflag::commands::run(cli))
}
