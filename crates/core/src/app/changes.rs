//! What an update changed, for the person: the items it brought (by the per-item versions the
//! feed carries), remembered in user.db until the person opens them. Today sums up the latest
//! update ("Updated: 2 changed, 1 new") with the titles in the person's language, items on
//! their checklist first; lists mark each unseen item "updated"; an item page says since when.

use super::App;
use super::updates::Applied;
use crate::checklist::{TaskState, applies, today_in_amsterdam};
use crate::error::Result;
use crate::lang::Lang;
use crate::model::{Details, ItemKind, NATIONAL_SCOPE};
pub use crate::user_store::ItemChange;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Titles the summary on Today names; the rest are counted.
pub const NAMED_CHANGES: usize = 5;

/// The latest update, summed up for Today while some of what it brought is unseen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WhatChanged {
    /// The day (Amsterdam time) the update was applied on this phone.
    pub updated_on: NaiveDate,
    pub changed: u32,
    pub new: u32,
    /// Up to [`NAMED_CHANGES`] items: those on the person's checklist first, then unseen ones,
    /// then by title.
    pub items: Vec<ChangedItem>,
}

/// An item an update brought, with its title in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChangedItem {
    pub id: String,
    pub title: String,
    /// The language of the title (the person's, or a fallback).
    pub lang: Lang,
    pub change: ItemChange,
    /// A task on the person's checklist, or a right one of those tasks links to.
    pub on_checklist: bool,
    pub seen: bool,
}

/// An item an update brought that the person has not opened since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnseenItem {
    pub id: String,
    pub change: ItemChange,
}

/// The items in `after` that are not in `before` (new) or have another version (changed), by id.
pub fn changes_between(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> Vec<(String, ItemChange)> {
    after
        .iter()
        .filter_map(|(id, version)| match before.get(id) {
            None => Some((id.clone(), ItemChange::New)),
            Some(old) if old != version => Some((id.clone(), ItemChange::Changed)),
            Some(_) => None,
        })
        .collect()
}

impl App {
    /// Remembers what an applied update brought, for Today and the lists, and drops what the
    /// app's own connection cached of the old content. user.db is written after content.db
    /// committed: a crash in between loses the "updated" marks, never content.
    pub(super) fn remember_applied<T>(&mut self, applied: Applied<T>, now: DateTime<Utc>) -> Result<T> {
        self.content.forget_cached();
        if !applied.changes.is_empty() {
            self.user.record_item_updates(&applied.changes, now)?;
        }
        Ok(applied.value)
    }

    /// The latest update's summary, while something it brought is unseen and still shown.
    pub fn what_changed(&self) -> Result<Option<WhatChanged>> {
        let updates = self.user.item_updates()?;
        let Some(latest) = updates.first().map(|update| update.updated_at) else { return Ok(None) };
        let latest: Vec<_> = updates.into_iter().filter(|update| update.updated_at == latest).collect();
        if latest.iter().all(|update| update.seen) {
            return Ok(None);
        }
        let lang = self.lang();
        let on_checklist = self.checklist_item_ids()?;
        let mut items = Vec::new();
        for update in &latest {
            // An item a later update removed, or one the phone cannot show, is not named.
            let Ok(view) = self.content.item(&update.item_id, lang) else { continue };
            items.push(ChangedItem {
                on_checklist: on_checklist.contains(&update.item_id),
                id: update.item_id.clone(),
                title: view.title,
                lang: view.lang,
                change: update.change,
                seen: update.seen,
            });
        }
        let count = |change| items.iter().filter(|item| item.change == change).count() as u32;
        let (changed, new) = (count(ItemChange::Changed), count(ItemChange::New));
        if items.is_empty() {
            return Ok(None);
        }
        items.sort_by_cached_key(|item| (!item.on_checklist, item.seen, item.title.to_lowercase()));
        items.truncate(NAMED_CHANGES);
        let updated_on = today_in_amsterdam(latest[0].updated_at);
        Ok(Some(WhatChanged { updated_on, changed, new, items }))
    }

    /// The items an update brought that the person has not opened since: lists mark them.
    pub fn unseen_updates(&self) -> Result<Vec<UnseenItem>> {
        let mut unseen: Vec<UnseenItem> = self
            .user
            .item_updates()?
            .into_iter()
            .filter(|update| !update.seen)
            .map(|update| UnseenItem { id: update.item_id, change: update.change })
            .collect();
        unseen.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(unseen)
    }

    /// The day (Amsterdam time) an update last changed item `id` on this phone.
    pub(super) fn updated_on(&self, id: &str) -> Result<Option<NaiveDate>> {
        Ok(self
            .user
            .item_updates()?
            .into_iter()
            .find(|update| update.item_id == id)
            .map(|update| today_in_amsterdam(update.updated_at)))
    }

    /// The tasks that apply to the person and are not marked "not for me", and the rights
    /// they link to.
    fn checklist_item_ids(&self) -> Result<BTreeSet<String>> {
        let profile = self.user.profile()?.profile;
        let marks = self.user.marks()?;
        let mut ids = BTreeSet::new();
        for item in self.content.items_of_kind(ItemKind::Task, Some(NATIONAL_SCOPE))? {
            let Details::Task(rule) = &item.details else { continue };
            let marked_away = marks.get(&item.id) == Some(&TaskState::NotApplicable);
            if item.scope == NATIONAL_SCOPE && applies(&rule.applies, &profile) && !marked_away {
                ids.extend(rule.rights.iter().cloned());
                ids.insert(item.id);
            }
        }
        Ok(ids)
    }
}
