//! wegwijs-core: the content model and stores, search, checklist rules, i18n and safe
//! rendering of Wegwijs. The app shell and the CLI are thin layers over this crate; it knows
//! nothing of either (no Tauri, no terminal).

pub mod app;
pub mod calendar;
pub mod checklist;
pub mod content_store;
pub mod error;
pub mod figures;
pub mod fold;
pub mod i18n;
pub mod lang;
pub mod model;
pub mod onboarding;
pub mod opening_hours;
mod parallel;
pub mod pay;
pub mod render;
mod search;
pub mod search_eval;
pub mod source;
pub mod speech;
pub mod sync;
pub mod terms;
pub mod user_store;

/// Content sources and locales embedded at build time (see build.rs).
pub mod bundled {
    // Also `PINNED_ROOT`, the feed's root metadata the app trusts from the start (TUF's pinned
    // root), and `PINNED_ROOT_IS_INSECURE_DEV`: chosen at build time (build/pinned_root.rs).
    // Debug builds pin assets/feed/root.json, made with the public development keys; a release
    // pins the root named by WEGWIJS_FEED_ROOT.
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

    /// The bundled content sources as a tree for the loader.
    pub fn content_tree() -> crate::source::SourceTree {
        crate::source::SourceTree {
            files: CONTENT_SOURCES.iter().map(|(path, text)| (path.to_string(), text.to_string())).collect(),
        }
    }
}

pub use error::{Error, Result};
pub use lang::Lang;
