//! `redflag export DIR`: the shipped content as files, for an educator who wants to adapt an existing scenario.

use std::path::Path;

use crate::exit;

/// Writes every shipped file under `dir`, refusing before writing anything if one of them exists already: an
/// export never overwrites an author's work.
pub fn run(dir: &Path) -> u8 {
    let clean = |x: &dyn std::fmt::Display| crate::sanitize::sanitize(&x.to_string());
    let files = crate::content::files::shipped_bytes();
    let existing: Vec<_> = files.iter().filter(|(rel, _)| dir.join(rel).exists()).collect();
    if let Some((rel, _)) = existing.first() {
        eprintln!(
            "error: {} exists already ({} of the {} files to write exist)",
            clean(&dir.join(rel).display()),
            existing.len(),
            files.len()
        );
        eprintln!("help: export into a new or empty folder; your own files there are never overwritten");
        return exit::USAGE;
    }
    for (rel, bytes) in &files {
        let path = dir.join(rel);
        // Plain writes with the user's usual permissions: these are files to edit and share, not private state.
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, bytes));
        if let Err(e) = written {
            eprintln!("error: cannot write {}: {}", clean(&path.display()), clean(&e));
            eprintln!("help: give a folder you may write to");
            return exit::INPUT;
        }
    }
    let scenarios = files.iter().filter(|(r, _)| r.starts_with("scenarios/")).count();
    println!(
        "wrote {} files to {} ({scenarios} in scenarios/, {} in locales/)",
        files.len(),
        clean(&dir.display()),
        files.len() - scenarios
    );
    // The folder now holds everything the game needs, so it can replace the shipped content.
    println!("next: redflag check --content {}", crate::authoring::shell_word(&dir.display().to_string()));
    exit::OK
}
