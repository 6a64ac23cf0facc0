//! Content packs: the items of one scope (the nation or one municipality), as zstd-compressed
//! JSON. A full pack holds every item of its scope; a delta holds what changed since a base
//! version and the ids removed. Packs carry all languages, because a phone switches language
//! offline and must then have the texts.
//!
//! A pack is only decoded after TUF checked its length and hashes; the rules here are the ones
//! TUF cannot know: which items a scope may publish.

use crate::model::{Item, Scope, is_valid_scope_code};
use crate::source::rules;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

/// The layout of [`Pack`]; a phone refuses packs of a format it does not know.
pub const PACK_FORMAT: u32 = 1;

/// Upper bound of a pack as published: signed metadata that lists a longer one is refused
/// before anything is fetched (the national pack of every item in 13 languages is a few MB).
pub const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;

/// Upper bound of a decoded pack, so a small compressed file cannot fill the phone.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

const COMPRESSION_LEVEL: i32 = 19;

/// The items of one scope at one version, or the change from `base` to `version`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format: u32,
    pub scope: Scope,
    /// The scope's content version; every publish that changes the scope increments it.
    pub version: u64,
    /// `None` for a full pack; for a delta, the version it applies to.
    pub base: Option<u64>,
    /// Full pack: every item. Delta: items added or changed since `base`.
    pub items: Vec<Item>,
    /// Delta only: ids of items removed since `base`.
    pub removed: Vec<String>,
}

/// A [`Pack`] with its items still JSON: [`Pack::decode`] reads them on every core.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack<'json> {
    format: u32,
    scope: Scope,
    version: u64,
    base: Option<u64>,
    #[serde(borrow)]
    items: Vec<&'json serde_json::value::RawValue>,
    removed: Vec<String>,
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("the pack could not be read: {0}")]
    Malformed(String),
    #[error("the pack is larger than {MAX_UNPACKED_BYTES} bytes when unpacked")]
    TooLarge,
    /// The publisher signed something it may not publish.
    #[error("{0}")]
    NotAllowed(String),
}

impl Pack {
    /// A full pack of `items`, all of `scope`.
    pub fn full(scope: Scope, version: u64, items: Vec<Item>) -> Pack {
        Pack { format: PACK_FORMAT, scope, version, base: None, items, removed: Vec::new() }
    }

    /// The delta that turns the items of `old` (at `base`) into `new` (at `version`).
    pub fn delta(scope: Scope, base: u64, version: u64, old: &[Item], new: &[Item]) -> Pack {
        let old_by_id: BTreeMap<&str, &Item> = old.iter().map(|item| (item.id.as_str(), item)).collect();
        let new_ids: BTreeSet<&str> = new.iter().map(|item| item.id.as_str()).collect();
        let items = new.iter().filter(|item| old_by_id.get(item.id.as_str()) != Some(item)).cloned().collect();
        let removed = old_by_id.keys().filter(|id| !new_ids.contains(*id)).map(|id| id.to_string()).collect();
        Pack { format: PACK_FORMAT, scope, version, base: Some(base), items, removed }
    }

    pub fn is_full(&self) -> bool {
        self.base.is_none()
    }

    /// Compressed bytes, as published.
    pub fn encode(&self) -> Vec<u8> {
        let json = serde_json::to_vec(self).expect("a pack always serializes");
        zstd::bulk::compress(&json, COMPRESSION_LEVEL).expect("zstd compresses any input in memory")
    }

    /// Decodes published bytes, refusing anything over [`MAX_UNPACKED_BYTES`].
    pub fn decode(bytes: &[u8]) -> Result<Pack, PackError> {
        // A pack as `encode` writes it says its size: decompressed in one go into a buffer of
        // that size (zstd fails rather than write past it), without the stream's copies.
        let declared = zstd::zstd_safe::get_frame_content_size(bytes).ok().flatten();
        let in_one_go = declared
            .filter(|size| *size <= MAX_UNPACKED_BYTES)
            .and_then(|size| zstd::bulk::decompress(bytes, size as usize).ok());
        let json = match in_one_go {
            Some(json) => json,
            None => {
                let decoder =
                    zstd::stream::read::Decoder::new(bytes).map_err(|e| PackError::Malformed(e.to_string()))?;
                let mut json = Vec::new();
                decoder
                    .take(MAX_UNPACKED_BYTES + 1)
                    .read_to_end(&mut json)
                    .map_err(|e| PackError::Malformed(e.to_string()))?;
                json
            }
        };
        if json.len() as u64 > MAX_UNPACKED_BYTES {
            return Err(PackError::TooLarge);
        }
        let raw: RawPack<'_> = serde_json::from_slice(&json).map_err(|e| PackError::Malformed(e.to_string()))?;
        if raw.format != PACK_FORMAT {
            return Err(PackError::Malformed(format!("pack format {} (this app reads {PACK_FORMAT})", raw.format)));
        }
        let items = crate::parallel::map(&raw.items, |item| serde_json::from_str::<Item>(item.get()))
            .into_iter()
            .collect::<Result<Vec<Item>, _>>()
            .map_err(|e| PackError::Malformed(e.to_string()))?;
        let RawPack { format, scope, version, base, removed, .. } = raw;
        Ok(Pack { format, scope, version, base, items, removed })
    }

    /// The rules beyond TUF: a pack published for `scope_code` holds only that scope's items,
    /// each id once, and every item keeps the rules an editor's source keeps
    /// ([`crate::source::rules`]: ids with the municipality's code, rights and tasks only from
    /// the national scope, reference texts nl and en, https sources and websites, bare e-mail
    /// addresses...). Links between items are checked where the other items are known, when
    /// the pack is applied.
    pub fn check_rules(&self, scope_code: &str) -> Result<(), PackError> {
        let not_allowed = |message: String| Err(PackError::NotAllowed(message));
        if self.scope.code != scope_code || !is_valid_scope_code(scope_code) {
            return not_allowed(format!("a pack for {scope_code} claims scope {:?}", self.scope.code));
        }
        if self.is_full() && !self.removed.is_empty() {
            return Err(PackError::Malformed("a full pack lists removed items".into()));
        }
        if matches!(self.base, Some(base) if base >= self.version) {
            return Err(PackError::Malformed(format!("a delta from {:?} to {}", self.base, self.version)));
        }
        for id in &self.removed {
            if let Err(problem) = rules::id_characters(id).and(rules::id_in_scope(scope_code, id)) {
                return not_allowed(format!("removed item {id:?}: {problem}"));
            }
        }
        let first_problems = crate::parallel::map(&self.items, |item| rules::item_problems(item).into_iter().next());
        let mut seen = BTreeSet::new();
        for (item, problem) in self.items.iter().zip(first_problems) {
            if item.scope != scope_code {
                return not_allowed(format!("item {:?} of scope {:?} in a pack of {scope_code}", item.id, item.scope));
            }
            if !seen.insert(item.id.as_str()) {
                return not_allowed(format!("item id {:?} appears twice", item.id));
            }
            if let Some(problem) = problem {
                return not_allowed(format!("item {:?}: {problem}", item.id));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_a_bomb() {
        let zeros = vec![b' '; (MAX_UNPACKED_BYTES + 10) as usize];
        let bomb = zstd::bulk::compress(&zeros, 3).unwrap();
        assert!(bomb.len() < 1_000_000);
        assert_eq!(Pack::decode(&bomb), Err(PackError::TooLarge));
    }

    #[test]
    fn decode_reads_a_pack_however_zstd_frames_it() {
        let pack = Pack::full(Scope { code: "nl".into(), name: "Nederland".into(), sample: false }, 3, vec![]);
        let json = serde_json::to_vec(&pack).unwrap();
        let streamed = |part: &[u8]| {
            let mut encoder = zstd::stream::write::Encoder::new(Vec::new(), 3).unwrap();
            std::io::Write::write_all(&mut encoder, part).unwrap();
            encoder.finish().unwrap()
        };
        let (head, tail) = json.split_at(json.len() / 2);
        let two_frames = [zstd::bulk::compress(head, 3).unwrap(), zstd::bulk::compress(tail, 3).unwrap()].concat();
        for (framing, bytes) in [
            ("as encode writes it", pack.encode()),
            ("streamed, no size said", streamed(&json)),
            ("two frames", two_frames),
        ] {
            assert_eq!(Pack::decode(&bytes).as_ref(), Ok(&pack), "{framing}");
        }
    }

    #[test]
    fn decode_refuses_a_bomb_that_says_it_is_small() {
        let zeros = vec![b' '; (MAX_UNPACKED_BYTES + 10) as usize];
        let mut bomb = zstd::bulk::compress(b"{}", 3).unwrap();
        bomb.extend(zstd::bulk::compress(&zeros, 3).unwrap());
        assert_eq!(Pack::decode(&bomb), Err(PackError::TooLarge));
    }

    #[test]
    fn decode_refuses_garbage_and_unknown_formats() {
        assert!(matches!(Pack::decode(b"<html>portal</html>"), Err(PackError::Malformed(_))));
        let mut pack = Pack::full(Scope { code: "nl".into(), name: "Nederland".into(), sample: false }, 1, vec![]);
        pack.format = 99;
        let json = serde_json::to_vec(&pack).unwrap();
        let bytes = zstd::bulk::compress(&json, 3).unwrap();
        assert!(matches!(Pack::decode(&bytes), Err(PackError::Malformed(m)) if m.contains("99")));
    }
}
