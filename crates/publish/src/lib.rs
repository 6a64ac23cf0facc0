//! wegwijs-publish: what only publishers run. The national editor and the municipalities sign
//! and write the feed with it (through the `wegwijs` CLI); the phone app does not link it, so
//! phones ship no signing code.

pub mod feed;
pub mod print;
pub mod sources;
pub mod studio;
