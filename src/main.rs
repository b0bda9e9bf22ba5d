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
        // A batch command piped into a reader that stops early (`redflag check | head`) ends quietly, as other
        // command-line tools do, instead of panicking on the failed write. Not the game or the room: plain play
        // handles a closed pipe itself and still writes the session's record, and the room writes to sockets.
        #[cfg(unix)]
        // SAFETY: restoring the default action of one signal, before any other thread of this process runs.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    // On a stack of known size, the one the fuzz targets run on too (see `threads`).
    ExitCode::from(redflag::threads::run(move || redflag::commands::run(cli)))
}
