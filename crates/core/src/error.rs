//! The one error type of the core. Each variant has a Fluent message id, so every surface (CLI,
//! app) shows the same translated sentence; the `Display` text is for logs and developers.

use crate::i18n::Localizer;
use crate::lang::Lang;
use fluent_bundle::FluentValue;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("content database is damaged or unreadable: {0}")]
    ContentCorrupt(String),
    #[error("content sources have errors ({count} errors; first: {first})")]
    ContentInvalid { count: usize, first: String },
    #[error("your saved data could not be read: {0}")]
    UserDataCorrupt(String),
    #[error("your saved data comes from a newer version of the app (schema {found}, this app knows {known})")]
    UserDataNewer { found: u32, known: u32 },
    #[error("{0:?} is not a valid date (use YYYY-MM-DD)")]
    InvalidDate(String),
    #[error("no item with id {0:?}")]
    UnknownItem(String),
    /// A diary day or payslip that cannot be saved (a time not HH:MM, a period that ends
    /// before it starts, a negative amount); the text names the field.
    #[error("cannot save this day or payslip: {0}")]
    InvalidWorkEntry(String),
    #[error("unknown language {0:?}")]
    UnknownLanguage(String),
    #[error("unknown municipality {0:?}")]
    UnknownMunicipality(String),
    #[error("{0}")]
    InvalidLink(#[from] crate::onboarding::LinkError),
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// A content update was refused or could not be fetched; nothing was changed.
    #[error("update refused ({kind:?}): {detail}")]
    Update { kind: UpdateErrorKind, detail: String },
    /// The feed is laid out in a format this app does not read (an older app and a newer
    /// feed, or the reverse); nothing was changed.
    #[error("the feed has format {found}, this app reads format {reads}")]
    FeedFormat { found: u64, reads: u64 },
    #[error("no update source is set")]
    NoUpdateSource,
    /// The update source is not an address the app may use (only https, or http on this
    /// device for tests). Shown to a person as "no update source": it is a setup mistake.
    #[error("the update source {url:?} cannot be used: {reason}")]
    InvalidUpdateSource { url: String, reason: String },
    /// A `.wegwijs` update file was refused before any of it was used.
    #[error("update file refused ({kind:?}): {detail}")]
    UpdateFile { kind: UpdateFileErrorKind, detail: String },
    #[error("this phone has no update to pass on")]
    NothingToShare,
    /// A publisher's command failed (missing key, feed folder in a bad state).
    #[error("{0}")]
    Feed(String),
    /// The platform's text to speech failed (no speech service, no voice, a lost connection).
    #[error("read aloud failed: {0}")]
    Speech(String),
}

/// Why an update failed: the kinds of the TUF client, one message each
/// (`error-update-<kind>`), used as well for the rules beyond TUF.
pub use wegwijs_trust::ErrorKind as UpdateErrorKind;

/// The Fluent message id of an update error.
fn update_message_id(kind: UpdateErrorKind) -> &'static str {
    match kind {
        UpdateErrorKind::Unreachable => "error-update-unreachable",
        UpdateErrorKind::TooLarge => "error-update-too-large",
        UpdateErrorKind::Malformed => "error-update-malformed",
        UpdateErrorKind::Signature => "error-update-signature",
        UpdateErrorKind::Rollback => "error-update-rollback",
        UpdateErrorKind::Expired => "error-update-expired",
        UpdateErrorKind::Tampered => "error-update-tampered",
        UpdateErrorKind::NotAllowed => "error-update-not-allowed",
        UpdateErrorKind::Inconsistent => "error-update-inconsistent",
    }
}

/// Why an update file was refused, as the person needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateFileErrorKind {
    /// Not a Wegwijs update file at all (another kind of file, or a newer format).
    NotAnUpdateFile,
    /// A Wegwijs update file that is cut off or broken.
    Damaged,
    /// Larger than the app accepts.
    TooLarge,
}

impl UpdateFileErrorKind {
    pub fn code(self) -> &'static str {
        match self {
            UpdateFileErrorKind::NotAnUpdateFile => "error-update-file-not-an-update-file",
            UpdateFileErrorKind::Damaged => "error-update-file-damaged",
            UpdateFileErrorKind::TooLarge => "error-update-file-too-large",
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The Fluent message id that explains this error to a user.
    pub fn code(&self) -> &'static str {
        match self {
            Error::ContentCorrupt(_) => "error-content-corrupt",
            Error::ContentInvalid { .. } => "error-content-invalid",
            Error::UserDataCorrupt(_) => "error-user-data-corrupt",
            Error::UserDataNewer { .. } => "error-user-data-newer",
            Error::InvalidDate(_) => "error-invalid-date",
            Error::UnknownItem(_) => "error-unknown-item",
            Error::InvalidWorkEntry(_) => "error-invalid-work-entry",
            Error::UnknownLanguage(_) => "error-unknown-language",
            Error::UnknownMunicipality(_) => "error-unknown-municipality",
            Error::InvalidLink(_) => "error-invalid-link",
            Error::Database(error) if is_corruption(error) => "error-content-corrupt",
            Error::Database(_) => "error-database",
            Error::Io(_) => "error-io",
            Error::Update { kind, .. } => update_message_id(*kind),
            Error::FeedFormat { .. } => "error-update-feed-format",
            Error::NoUpdateSource | Error::InvalidUpdateSource { .. } => "error-update-no-source",
            Error::UpdateFile { kind, .. } => kind.code(),
            Error::NothingToShare => "error-update-nothing-to-share",
            Error::Feed(_) => "error-feed",
            Error::Speech(_) => "error-speech",
        }
    }

    /// The message for a user, in their language.
    pub fn localized(&self, localizer: &Localizer, lang: Lang) -> String {
        let value = match self {
            Error::InvalidDate(text)
            | Error::UnknownItem(text)
            | Error::UnknownLanguage(text)
            | Error::UnknownMunicipality(text)
            | Error::InvalidWorkEntry(text) => FluentValue::from(text.clone()),
            Error::InvalidLink(error) => FluentValue::from(error.field.clone()),
            Error::Feed(text) => FluentValue::from(text.clone()),
            _ => FluentValue::from(""),
        };
        localizer.message(lang, self.code(), &[("value", value)])
    }
}

/// Whether SQLite says the file is not a database or is damaged.
pub fn is_corruption(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase))
}
