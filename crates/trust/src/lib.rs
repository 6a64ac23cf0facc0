//! wegwijs-trust: The Update Framework (TUF 1.0) for Wegwijs' content feed.
//!
//! Pure: no files, no network, no clock. Callers pass bytes, a [`transport::Transport`] and
//! the time. Bytes from outside are parsed as strict canonical JSON and their signatures
//! checked before they become typed metadata.
//!
//! Map of the crate:
//! - [`cjson`]: strict canonical JSON parser and the canonical encoder signatures cover.
//! - [`crypto`]: ed25519, ECDSA P-256 and RSA-PSS keys, key ids, signing keys, threshold checks.
//! - [`metadata`]: typed Root, Timestamp, Snapshot, Targets, delegations, path patterns.
//! - [`repository`]: the publisher's side: builds, signs and versions metadata.
//! - [`client`]: the device's side: the TUF client workflow over a [`transport::Transport`].
//!
//! The client passes the public TUF conformance suite (theupdateframework/tuf-conformance,
//! 113 of 113, `cargo xtask tuf-conformance`, through examples/tuf_conformance_client.rs).
//!
//! Choices that differ from, or go beyond, the TUF 1.0.x specification:
//! - Keys: `ed25519`, `ecdsa-sha2-nistp256` (keytype `ecdsa`) and `rsassa-pss-sha256`
//!   (keytype `rsa`, salt length 32 as securesystemslib signs), as securesystemslib writes
//!   them. Other schemes (`rsa-pkcs1v15-sha256`, `ecdsa-sha2-nistp384`, ...) are not
//!   verified: their signatures count for nothing. Only consistent snapshots.
//! - `timestamp.json` is fetched with the stored entity tag after the root walk; a 304 ends
//!   the refresh (a 404 for the next root and a 304 when nothing changed). The entity tag is
//!   sent only when the trusted snapshot and targets are the ones the timestamp names.
//! - A role load or target search that fails leaves the client as it was (a refresh keeps
//!   what it verified, as the specification asks).
//! - New snapshot keys drop the trusted targets roles as well as timestamp and snapshot
//!   (5.3.11 names timestamp and snapshot), so rotating them recovers from a fast-forward of
//!   targets versions.
//! - Expiry is checked against the later of `now` and the latest `now` of a successful online
//!   refresh ([`client::TrustedState::newest_time_seen`]).
//! - [`client::Freshness::OfflineFile`] skips every expiry check (an update file passed from
//!   phone to phone is old by nature); signatures, versions and hashes are still checked, so a
//!   file can never downgrade a device (an older file fails with [`ErrorKind::Rollback`]).
//! - A stored root newer than the pinned one is accepted when signed by its own threshold:
//!   the intermediate roots it was chained through are not kept.
//! - Key ids are only names: the client does not require them to be the hash of the key (nor
//!   does python-tuf); thresholds count distinct public keys instead.
//! - Path patterns match one segment at a time: `*` and `?` never cross `/`; `[...]` classes
//!   are not supported and match literally. `path_hash_prefixes` are supported.
//! - A revoked delegation stays listed in snapshot with its last version (clients refuse a
//!   snapshot that drops a role); re-delegating the name continues from that version.
//! - Size caps: root 64 KiB, timestamp 16 KiB, snapshot and targets 4 MiB, unless signed
//!   metadata gives a smaller length ([`client`] constants).

pub mod cjson;
pub mod client;
pub mod crypto;
pub mod metadata;
#[cfg(feature = "sign")]
pub mod repository;
pub mod transport;

pub use client::{Client, Freshness, Refresh, ResolvedTarget, TrustedState};
pub use crypto::Key;
#[cfg(feature = "sign")]
pub use crypto::SigningKey;
pub use metadata::{
    DelegatedRole, Delegations, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp, path_matches,
    target_fetch_path,
};
#[cfg(feature = "sign")]
pub use repository::{Lifetimes, PublishedFile, Repository, RepositoryConfig, RoleSetup};

use transport::TransportError;

/// What went wrong, coarse enough for the app to show one translated message per kind
/// (`error-update-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The update source could not be reached, or it has no `timestamp.json`.
    Unreachable,
    /// A file was larger than allowed.
    TooLarge,
    /// A file is not valid metadata (not canonical JSON, an HTML page, wrong fields).
    Malformed,
    /// Signatures are missing, invalid, from the wrong keys or below the threshold.
    Signature,
    /// A version went down: someone replays old metadata.
    Rollback,
    /// Metadata is past its expiry date: someone may be hiding newer metadata.
    Expired,
    /// A file's length or hash differs from what signed metadata says.
    Tampered,
    /// A role asked for something it may not: a target or role outside its delegation.
    NotAllowed,
    /// Files that should agree do not (version mismatch, missing file, unsupported setup).
    Inconsistent,
}

impl ErrorKind {
    /// The kind as a kebab-case word, for message ids such as `error-update-too-large`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Unreachable => "unreachable",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::Malformed => "malformed",
            ErrorKind::Signature => "signature",
            ErrorKind::Rollback => "rollback",
            ErrorKind::Expired => "expired",
            ErrorKind::Tampered => "tampered",
            ErrorKind::NotAllowed => "not-allowed",
            ErrorKind::Inconsistent => "inconsistent",
        }
    }
}

/// The one error type of the crate: a kind and an English detail for logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<TransportError> for Error {
    fn from(error: TransportError) -> Self {
        let kind = match error {
            TransportError::Unreachable(_) => ErrorKind::Unreachable,
            TransportError::TooLarge { .. } => ErrorKind::TooLarge,
            TransportError::Malformed(_) => ErrorKind::Malformed,
        };
        Error::new(kind, error.to_string())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
