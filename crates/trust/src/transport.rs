//! How the client reaches a repository: an HTTP server, an update file, a folder. The client
//! never does IO itself; it asks a [`Transport`] for files by their repository path.

/// A file the client asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request<'a> {
    /// Path relative to the repository base: `timestamp.json`, `3.snapshot.json`,
    /// `2.root.json`, `targets/<sha256 hex>.<name>`.
    pub path: &'a str,
    /// The transport must stop reading and fail with [`TransportError::TooLarge`] beyond this.
    pub max_len: u64,
    /// Entity tag of the copy the client already has (only sent for `timestamp.json`).
    pub if_none_match: Option<&'a str>,
}

/// What a transport returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
    /// The server answered 304 to `if_none_match`.
    NotModified,
    /// The file does not exist (404, 403, 410, or absent from an update file).
    NotFound,
}

/// Why a transport could not deliver a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("could not reach the update source: {0}")]
    Unreachable(String),
    #[error("{path} is larger than the {max_len} bytes allowed")]
    TooLarge { path: String, max_len: u64 },
    /// The source answered, but not with the file (a captive portal's HTML page, a broken
    /// update file).
    #[error("the update source sent something that is not an update: {0}")]
    Malformed(String),
}

/// A source of repository files.
pub trait Transport {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError>;
}
