use std::process::ExitCode;

use clap::Parser;

// Loading a pack is millions of small allocations (TOML tables, Fluent ASTs, strings), and mimalloc made
// `check` of a 10,000-node pack about a fifth faster than glibc's allocator. Its "no_thp" feature matters: with
// transparent huge pages the game's peak memory doubled (27 MB instead of 14 MB), because a few live objects keep
// a 2 MB page resident.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = redflag::cli::Cli::parse();
    if !matches!(cli.command, None | Some(redflag::cli::Command::Play(_))) {
        huge_pages();
    }
    ExitCode::from(redflag::commands::run(cli))
}

/// The game stays open for an hour with little in memory, so mimalloc is built without transparent huge pages:
/// with them its peak memory doubled (30 MB instead of 15 MB), 2 MB pages kept resident for a few live objects.
/// A batch command like `check` is the opposite: it fills a large pack's tables in a tenth of a second and exits,
/// and huge pages spare it tens of thousands of page faults, a fifth of its time on a 10,000-node pack. So the
/// batch commands ask the kernel for huge pages in the allocator's reserved memory (its large anonymous
/// mappings) themselves. Advice only: if the kernel declines, nothing changes but speed.
fn huge_pages() {
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
