use std::process::ExitCode;

use clap::Parser;

// Loading a pack is millions of small allocations (TOML tables, Fluent ASTs, strings), and mimalloc made
// `check` of a 10,000-node pack about a fifth faster than glibc's allocator. Why it is built with "no_thp", and
// how the batch commands get huge pages anyway: `commands::use_huge_pages`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = redflag::cli::Cli::parse();
    // The game and the room stay open for hours with little in memory; huge pages would round every player's
    // small allocations up to 2 MiB regions.
    if !matches!(cli.command, None | Some(redflag::cli::Command::Play(_)) | Some(redflag::cli::Command::Serve(_))) {
        redflag::commands::use_huge_pages();
    }
    // On a stack of known size, the one the fuzz targets run on too (see `threads`).
    ExitCode::from(redflag::threads::run(move || redflag::commands::run(cli)))
}
