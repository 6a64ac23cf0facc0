//! The `.wegwijs` update file, and the transports that read a repository from it or from a
//! folder on disk.
//!
//! An update file holds the same files as a feed on a web server (metadata and packs, under
//! their repository paths), so the same TUF verification reads it. The container is
//! deliberately simple and strict, because it arrives from strangers' phones; all numbers are
//! little-endian:
//!
//! ```text
//! magic    8 bytes   "WEGWIJS" 0x01 (0x01 is the format version)
//! count    u32       number of entries
//! entry    count times, sorted by path (byte order), no path twice:
//!   path_len  u32      length of the path in bytes, 1..=1024
//!   path      bytes    UTF-8 repository path, e.g. "timestamp.json", "targets/nl/<hash>.full-5.pack"
//!   data_len  u64      length of the file in bytes
//!   data      bytes
//! ```
//!
//! Nothing may follow the last entry. A path is relative, uses `/` between non-empty segments,
//! and has no `.` or `..` segment, backslash or control character. A file is at most
//! [`MAX_FILE_LEN`] bytes with at most [`MAX_ENTRIES`] entries. The entry count makes a file
//! cut off between two entries detectable. Integrity and authenticity are not the container's
//! job: every file in it is checked against signed metadata before use.

use crate::error::{Error, Result, UpdateFileErrorKind};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

/// The first bytes of every update file: the name and format version 1.
pub const MAGIC: &[u8; 8] = b"WEGWIJS\x01";
/// The largest update file accepted (all packs of the country and a municipality fit easily).
pub const MAX_FILE_LEN: u64 = 256 * 1024 * 1024;
/// The longest base64 text of an update file (how the app's UI hands a picked file over).
pub const MAX_BASE64_LEN: u64 = MAX_FILE_LEN.div_ceil(3) * 4;

/// Refuses base64 text of `len` bytes that could only decode to a file over [`MAX_FILE_LEN`]:
/// to be called before decoding, so a huge file is never decoded whole (or read, when the
/// caller checks the file's size against [`MAX_FILE_LEN`] first).
pub fn check_base64_len(len: usize) -> Result<()> {
    if len as u64 > MAX_BASE64_LEN {
        return Err(too_large(format!("{len} characters of base64, at most {MAX_BASE64_LEN} are allowed")));
    }
    Ok(())
}

/// The most entries an update file may hold.
pub const MAX_ENTRIES: u32 = 20_000;
/// The longest repository path, in bytes.
pub const MAX_PATH_LEN: u32 = 1024;

/// The files of an update, by repository path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateFile {
    pub entries: BTreeMap<String, Vec<u8>>,
}

impl UpdateFile {
    /// The file in the format above. A `BTreeMap` keeps paths sorted and unique; a file with a
    /// path [`UpdateFile::from_bytes`] refuses is written as is and refused on reading.
    pub fn to_bytes(&self) -> Vec<u8> {
        let data_len: usize = self.entries.iter().map(|(path, data)| 12 + path.len() + data.len()).sum();
        let mut out = Vec::with_capacity(MAGIC.len() + 4 + data_len);
        out.extend_from_slice(MAGIC);
        // More than u32::MAX entries cannot be held in memory alongside their paths anyway.
        out.extend_from_slice(&(self.entries.len() as u32).to_le_bytes());
        for (path, data) in &self.entries {
            out.extend_from_slice(&(path.len() as u32).to_le_bytes());
            out.extend_from_slice(path.as_bytes());
            out.extend_from_slice(&(data.len() as u64).to_le_bytes());
            out.extend_from_slice(data);
        }
        out
    }

    /// Reads an update file, refusing anything that does not follow the format exactly.
    pub fn from_bytes(bytes: &[u8]) -> Result<UpdateFile> {
        if bytes.len() as u64 > MAX_FILE_LEN {
            return Err(too_large(format!("the file has {} bytes, at most {MAX_FILE_LEN} are allowed", bytes.len())));
        }
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(file_error(
                UpdateFileErrorKind::NotAnUpdateFile,
                "the file does not start with WEGWIJS and format version 1".to_string(),
            ));
        }
        let mut reader = Reader { bytes, at: MAGIC.len() };
        let count = reader.u32("the entry count")?;
        if count > MAX_ENTRIES {
            return Err(too_large(format!("the file has {count} entries, at most {MAX_ENTRIES} are allowed")));
        }
        let mut entries = BTreeMap::new();
        let mut previous: Option<&str> = None;
        for index in 0..count {
            let path_len = reader.u32("a path length")?;
            if path_len == 0 || path_len > MAX_PATH_LEN {
                return Err(damaged(format!(
                    "entry {index} has a path of {path_len} bytes (1 to {MAX_PATH_LEN} allowed)"
                )));
            }
            let path = std::str::from_utf8(reader.take(path_len as u64, "a path")?)
                .map_err(|_| damaged(format!("the path of entry {index} is not UTF-8")))?;
            check_repository_path(path).map_err(|reason| damaged(format!("entry {index}: {reason}")))?;
            if let Some(previous) = previous
                && previous >= path
            {
                return Err(damaged(format!("{path:?} follows {previous:?}: paths must be sorted and unique")));
            }
            let data_len = reader.u64("a data length")?;
            let data = reader.take(data_len, &format!("the data of {path}"))?;
            entries.insert(path.to_string(), data.to_vec());
            previous = Some(path);
        }
        if reader.at != bytes.len() {
            return Err(damaged(format!("{} bytes follow the last entry", bytes.len() - reader.at)));
        }
        Ok(UpdateFile { entries })
    }
}

/// A repository read from an update file.
#[derive(Debug, Clone)]
pub struct FileTransport {
    file: UpdateFile,
}

impl FileTransport {
    pub fn new(file: UpdateFile) -> FileTransport {
        FileTransport { file }
    }
}

impl Transport for FileTransport {
    /// `if_none_match` is ignored: a file has no entity tags, and the client compares versions.
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        match self.file.entries.get(request.path) {
            None => Ok(Fetched::NotFound),
            Some(data) if data.len() as u64 > request.max_len => {
                Err(TransportError::TooLarge { path: request.path.to_string(), max_len: request.max_len })
            }
            Some(data) => Ok(Fetched::Body { bytes: data.clone(), etag: None }),
        }
    }
}

/// A repository in a folder on disk: a feed as the publisher writes it, before it is uploaded.
#[derive(Debug, Clone)]
pub struct DirTransport {
    root: PathBuf,
}

impl DirTransport {
    pub fn new(root: impl AsRef<Path>) -> DirTransport {
        DirTransport { root: root.as_ref().to_path_buf() }
    }
}

impl Transport for DirTransport {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        let path = request.path;
        check_repository_path(path).map_err(|reason| TransportError::Malformed(format!("refused path: {reason}")))?;
        let unreachable = |e: std::io::Error| TransportError::Unreachable(format!("{path}: {e}"));
        let root = self
            .root
            .canonicalize()
            .map_err(|e| TransportError::Unreachable(format!("{}: {e}", self.root.display())))?;
        let full = match root.join(path).canonicalize() {
            Ok(full) => full,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Fetched::NotFound),
            Err(e) => return Err(unreachable(e)),
        };
        // The path itself is clean; this catches a symbolic link that points out of the folder.
        if !full.starts_with(&root) {
            return Err(TransportError::Malformed(format!("refused path: {path} leads out of the update folder")));
        }
        if !full.is_file() {
            return Ok(Fetched::NotFound);
        }
        let file = std::fs::File::open(&full).map_err(unreachable)?;
        let mut bytes = Vec::new();
        // Read one byte beyond the limit rather than trusting the size the file had a moment ago.
        file.take(request.max_len.saturating_add(1)).read_to_end(&mut bytes).map_err(unreachable)?;
        if bytes.len() as u64 > request.max_len {
            return Err(TransportError::TooLarge { path: path.to_string(), max_len: request.max_len });
        }
        Ok(Fetched::Body { bytes, etag: None })
    }
}

/// Whether `path` is a clean relative repository path: `/` between non-empty segments, no
/// `.` or `..` segment, no backslash, no control character, no drive or root. The reason if not.
pub(crate) fn check_repository_path(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("the path is empty".to_string());
    }
    if path.starts_with('/') {
        return Err(format!("{path:?} is absolute"));
    }
    if path.contains('\\') {
        return Err(format!("{path:?} contains a backslash"));
    }
    if path.chars().any(char::is_control) {
        return Err(format!("{path:?} contains a control character"));
    }
    for segment in path.split('/') {
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(format!("{path:?} has an empty, . or .. segment"));
        }
    }
    // Leaves what `Path` itself would treat specially on some system (a Windows drive `C:`).
    if !Path::new(path).components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(format!("{path:?} is not a plain relative path"));
    }
    Ok(())
}

/// A cursor over the file that turns running out of bytes into a clear error.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: u64, what: &str) -> Result<&'a [u8]> {
        let left = self.bytes.len() - self.at;
        if len > left as u64 {
            return Err(damaged(format!("the file ends inside {what} ({len} bytes needed, {left} left)")));
        }
        let slice = &self.bytes[self.at..self.at + len as usize];
        self.at += len as usize;
        Ok(slice)
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        let bytes = self.take(4, what)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn u64(&mut self, what: &str) -> Result<u64> {
        let mut array = [0u8; 8];
        array.copy_from_slice(self.take(8, what)?);
        Ok(u64::from_le_bytes(array))
    }
}

fn file_error(kind: UpdateFileErrorKind, detail: String) -> Error {
    Error::UpdateFile { kind, detail }
}

fn damaged(detail: String) -> Error {
    file_error(UpdateFileErrorKind::Damaged, detail)
}

fn too_large(detail: String) -> Error {
    file_error(UpdateFileErrorKind::TooLarge, detail)
}
