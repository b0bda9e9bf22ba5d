//! `redflag check | true`: a reader that goes away before the output is written ends the command quietly.

mod common;

use std::os::fd::FromRawFd;
use std::os::unix::process::ExitStatusExt;
use std::process::Stdio;

use common::*;

/// A pipe whose reading end is closed already, for a command's stdout.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: pipe writes two new descriptors into the array; the reading one is closed at once, and the writing
    // one is owned by the Stdio from then on.
    unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        libc::close(fds[0]);
        Stdio::from_raw_fd(fds[1])
    }
}

#[test]
fn batch_commands_end_quietly_on_a_closed_pipe() {
    let dir = mini();
    for args in [&["check"][..], &["locales"], &["list"], &["graph", "mini"], &["paths", "mini"]] {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("redflag"));
        cmd.args(args).arg("--content").arg(dir.path()).env("NO_COLOR", "1").env("LANG", "C").env("LC_ALL", "C");
        let out = cmd.stdout(closed_pipe()).stderr(Stdio::piped()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
        // Ended by SIGPIPE, as `cat` or `grep` are: the shell's `| true` shows nothing.
        assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{args:?}: {:?} {stderr}", out.status);
    }
}
