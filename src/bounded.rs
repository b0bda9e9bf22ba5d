//! Reading a file from outside without trusting it: only a regular file is read (a device like `/dev/zero` never
//! ends, and a FIFO blocks an `open` until someone writes), and never more than a limit, whatever size the file
//! system reports (it reports 0 for devices and pipes, so a check of the size alone is no limit).

use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A pipe, a device, a socket or a folder: what it is, in words.
    NotRegular(&'static str),
    /// More bytes than the limit (which it names).
    TooLarge(u64),
}

impl ReadError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read the file: {e}"),
            ReadError::NotRegular(what) => write!(f, "is {what}, not a regular file"),
            ReadError::TooLarge(limit) => write!(f, "is larger than the limit of {limit} bytes"),
        }
    }
}

impl From<ReadError> for std::io::Error {
    fn from(e: ReadError) -> std::io::Error {
        match e {
            ReadError::Io(e) => e,
            other => std::io::Error::other(other.to_string()),
        }
    }
}

/// The bytes of a regular file of at most `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

/// Opens a file for reading if it is a regular file. The type is read from the open file, not from the path,
/// so nothing can swap the file in between; the open does not block on a FIFO.
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc_flags::NONBLOCK | libc_flags::NOCTTY);
    }
    let file = opts.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    check_regular(&meta)?;
    Ok(file)
}

/// Refuses what is not a regular file, naming what it is.
pub fn check_regular(meta: &std::fs::Metadata) -> Result<(), ReadError> {
    let t = meta.file_type();
    if t.is_file() {
        return Ok(());
    }
    if t.is_dir() {
        return Err(ReadError::NotRegular("a folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Err(ReadError::NotRegular("a pipe (FIFO)"));
        }
        if t.is_char_device() || t.is_block_device() {
            return Err(ReadError::NotRegular("a device"));
        }
        if t.is_socket() {
            return Err(ReadError::NotRegular("a socket"));
        }
    }
    Err(ReadError::NotRegular("not a plain file"))
}

/// The open flags, without a dependency on libc where it is not one (it is only for Linux in Cargo.toml).
#[cfg(unix)]
mod libc_flags {
    #[cfg(target_os = "linux")]
    pub const NONBLOCK: i32 = libc::O_NONBLOCK;
    #[cfg(target_os = "linux")]
    pub const NOCTTY: i32 = libc::O_NOCTTY;
    // The BSDs and macOS use these values.
    #[cfg(not(target_os = "linux"))]
    pub const NONBLOCK: i32 = 0x0004;
    #[cfg(not(target_os = "linux"))]
    pub const NOCTTY: i32 = 0x20000;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_large_files_are_refused() {
        #[cfg(unix)]
        assert!(matches!(read(Path::new("/dev/zero"), 10), Err(ReadError::NotRegular("a device"))));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"12345").unwrap();
        assert_eq!(read(&p, 5).unwrap(), b"12345");
        assert!(matches!(read(&p, 4), Err(ReadError::TooLarge(4))));
        assert!(matches!(read(dir.path(), 4), Err(ReadError::NotRegular("a folder"))));
    }
}
