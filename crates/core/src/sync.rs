//! Signed updates: the transports that fetch feed files, content packs, and the update itself:
//! TUF verification (wegwijs-trust), then the rules beyond TUF, then one transaction in
//! content.db (see ARCHITECTURE.md, "Updates").

pub mod file;
pub mod http;
pub mod pack;

use crate::content_store::{ContentStore, ContentUpdate};
use crate::error::{Error, Result, UpdateErrorKind};
use crate::model::NATIONAL_SCOPE;
use chrono::{DateTime, Utc};
use pack::{Pack, PackError};
use std::collections::{BTreeMap, BTreeSet};
use wegwijs_trust::client::{Client, Freshness, Refresh, TrustedState};
use wegwijs_trust::metadata::targets_file_name;
use wegwijs_trust::transport::Transport;
use wegwijs_trust::{TargetFile, target_fetch_path};

/// The feed layout this app reads (see docs/updates.md, "The layout"): top-level `targets`
/// delegates `nl/*` to [`NATIONAL_ROLE`] and `gm*/*` to [`MUNICIPALITIES_ROLE`], which
/// delegates each municipality its own role. Format 1 had the national packs and every
/// municipality's delegation in top-level `targets`.
pub const FEED_FORMAT: u64 = 2;

/// Where top-level `targets` names the feed's format: a target whose `custom` is
/// `{"feed_format": N}`. It sits under `nl/` so that apps that read format 1 (which take
/// every `nl/` target of top-level `targets` for a pack) refuse the feed instead of showing
/// nothing new.
pub const FEED_FORMAT_PATH: &str = "nl/feed-format.json";

/// The role that holds the national packs (`nl/*`), signed with the national editor's key.
pub const NATIONAL_ROLE: &str = "national";

/// The role that holds the municipalities' delegations (`gm*/*`), signed with the national
/// editor's key: a new delegation rewrites it, and nothing else but snapshot and timestamp.
pub const MUNICIPALITIES_ROLE: &str = "municipalities";

/// The targets role that publishes a scope: the national role, or the municipality's
/// delegated role named after its code.
pub fn role_of_scope(scope: &str) -> &str {
    if scope == NATIONAL_SCOPE { NATIONAL_ROLE } else { scope }
}

/// What top-level `targets.json` says a feed format marker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedFormat {
    pub feed_format: u64,
}

/// The feed format the trusted top-level targets names (1 when it names none), refused with
/// [`Error::FeedFormat`] unless it is [`FEED_FORMAT`].
pub fn check_feed_format(client: &Client) -> Result<()> {
    let found = client
        .targets("targets")
        .and_then(|targets| targets.get(FEED_FORMAT_PATH))
        .and_then(|target| target.custom.clone())
        .and_then(|custom| serde_json::from_value::<FeedFormat>(custom).ok())
        .map_or(1, |format| format.feed_format);
    if found == FEED_FORMAT { Ok(()) } else { Err(Error::FeedFormat { found, reads: FEED_FORMAT }) }
}

/// The folder of a scope's packs in the feed: `nl/`, `gm0794/`. A municipality's delegation
/// covers exactly `gm0794/*`.
pub fn pack_dir(scope: &str) -> String {
    scope.to_ascii_lowercase()
}

/// The target path of a pack: `nl/full-5.pack`, `gm0794/delta-4-5.pack`.
pub fn pack_path(scope: &str, base: Option<u64>, version: u64) -> String {
    match base {
        None => format!("{}/full-{version}.pack", pack_dir(scope)),
        Some(base) => format!("{}/delta-{base}-{version}.pack", pack_dir(scope)),
    }
}

/// What the signed metadata says a pack is, from the target's `custom` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackInfo {
    pub version: u64,
    pub base: Option<u64>,
}

/// A pack the phone should fetch.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedPack {
    pub scope: String,
    pub path: String,
    pub target: TargetFile,
    pub info: PackInfo,
}

/// What an update would fetch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plan {
    pub scopes: Vec<ScopePlan>,
}

/// The ways from the phone's version of one scope to the newest: the smallest first. An
/// update file may lack some packs (a phone passes on the packs it applied), so the others
/// are tried in turn.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopePlan {
    pub scope: String,
    pub routes: Vec<Vec<PlannedPack>>,
}

impl Plan {
    /// The packs of the first route of each scope: what a server download takes.
    pub fn packs(&self) -> impl Iterator<Item = &PlannedPack> {
        self.scopes.iter().filter_map(|scope| scope.routes.first()).flatten()
    }

    pub fn download_bytes(&self) -> u64 {
        self.packs().map(|pack| pack.target.length).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.scopes.is_empty()
    }
}

/// Where and when a sync runs.
#[derive(Debug, Clone, Copy)]
pub struct SyncOptions<'a> {
    /// The root metadata shipped in the app: the trust anchor.
    pub pinned_root: &'a [u8],
    /// The person's municipality: its packs come with the national ones.
    pub municipality: Option<&'a str>,
    pub now: DateTime<Utc>,
    /// `Online` for a server; `OfflineFile` for an update file from another phone, which
    /// may be older than its metadata's expiry but never older than what the phone has.
    pub freshness: Freshness,
}

/// The result of asking a source for news.
#[derive(Debug)]
pub struct Checked {
    client: Client,
    pub plan: Plan,
    /// No metadata changed (with a server that answered 304: one request, nothing else).
    pub unchanged: bool,
    /// Municipal scopes whose metadata could not be used; the plan leaves them out.
    pub skipped: Vec<SkippedScope>,
    listed: BTreeSet<String>,
    /// Roots the chain walk passed, kept to pass on.
    root_files: Vec<(String, Vec<u8>)>,
    /// The trusted metadata the check started from.
    base: Option<TrustedState>,
}

/// A municipality's part of an update that was left out, while the national part (and every
/// other scope) went on. A municipality that stops publishing, or publishes something the
/// app refuses, never holds back the national updates of its residents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedScope {
    /// The municipality's code (`GM0794`).
    pub scope: String,
    pub kind: UpdateErrorKind,
    /// For logs and developers; it may quote what the feed sent, so show it escaped.
    pub detail: String,
}

impl SkippedScope {
    /// The Fluent id (locales/*/updates.ftl) that tells the person why, given `$municipality`.
    pub fn reason(&self) -> &'static str {
        match self.kind {
            UpdateErrorKind::Expired => "update-skipped-expired",
            UpdateErrorKind::Unreachable => "update-skipped-unreachable",
            _ => "update-skipped-refused",
        }
    }

    /// The scope left out for `error`, when `scope` is a municipality and the error is a
    /// refused or failed update; anything else (the national scope, a database error) is
    /// passed back to fail the whole update.
    pub(crate) fn of(scope: &str, error: Error) -> Result<SkippedScope> {
        match error {
            Error::Update { kind, detail } if scope != NATIONAL_SCOPE => {
                Ok(SkippedScope { scope: scope.to_string(), kind, detail })
            }
            error => Err(error),
        }
    }
}

impl Checked {
    /// Keeps the refreshed metadata (and roots passed on the way) without fetching packs,
    /// unless the phone's metadata changed since the check began (an update file imported
    /// meanwhile): then the check is older news and nothing is written. Returns whether it
    /// was written.
    pub fn save_metadata(&self, store: &mut ContentStore) -> Result<bool> {
        store.save_trusted_state_over(self.base.as_ref(), &self.client.state(), &self.root_files)
    }
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncOutcome {
    /// `(scope, version)` of each pack applied.
    pub applied: Vec<(String, u64)>,
    /// Bytes of packs fetched.
    pub pack_bytes: u64,
    /// Municipal scopes left out, each with why; the rest was applied.
    pub skipped: Vec<SkippedScope>,
}

/// What a check needs to know of the phone: its trusted metadata and content versions. Taken
/// from content.db in a moment, so the network part of an update holds no lock on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhoneState {
    pub trusted: Option<TrustedState>,
    pub versions: BTreeMap<String, u64>,
}

impl PhoneState {
    pub fn of(store: &ContentStore) -> Result<PhoneState> {
        Ok(PhoneState { trusted: store.trusted_state()?, versions: store.feed_versions()? })
    }
}

/// Refreshes the trusted metadata from `transport` and works out which packs the phone lacks.
/// Fetches metadata only, never packs.
pub fn check(phone: &PhoneState, transport: &mut dyn Transport, options: &SyncOptions<'_>) -> Result<Checked> {
    let mut client = Client::load(options.pinned_root, phone.trusted.as_ref()).map_err(trust_error)?;
    let refresh = client.refresh(transport, options.now, options.freshness).map_err(trust_error)?;
    // Roots the chain walk passed, kept (as verified) to pass on: a phone with an older pinned
    // root walks the chain from an update file.
    let root_files: Vec<(String, Vec<u8>)> =
        client.roots_passed().iter().map(|(version, bytes)| (format!("{version}.root.json"), bytes.clone())).collect();
    check_feed_format(&client)?;
    let scopes: Vec<&str> = std::iter::once(NATIONAL_SCOPE).chain(options.municipality).collect();
    let mut plan = Plan::default();
    let mut listed = BTreeSet::new();
    let mut skipped = Vec::new();
    for scope in scopes {
        // Each scope on its own: a municipality's role that fails to load, or lists what it
        // may not, leaves that municipality out; the national scope fails the whole check.
        match plan_scope(&mut client, transport, options, scope, phone.versions.get(scope).copied().unwrap_or(0)) {
            Ok(None) => {}
            Ok(Some((scope_plan, scope_listed))) => {
                listed.extend(scope_listed);
                if !scope_plan.routes.is_empty() {
                    plan.scopes.push(scope_plan);
                }
            }
            Err(error) => skipped.push(SkippedScope::of(scope, error)?),
        }
    }
    Ok(Checked {
        client,
        plan,
        unchanged: refresh == Refresh::Unchanged,
        skipped,
        listed,
        root_files,
        base: phone.trusted.clone(),
    })
}

/// The routes to the newest version of one scope and the pack paths its role lists; `None`
/// when a municipality publishes nothing of its own.
fn plan_scope(
    client: &mut Client,
    transport: &mut dyn Transport,
    options: &SyncOptions<'_>,
    scope: &str,
    current: u64,
) -> Result<Option<(ScopePlan, BTreeSet<String>)>> {
    let role = role_of_scope(scope);
    if scope != NATIONAL_SCOPE {
        // Most municipalities publish nothing of their own: they get national content only. A
        // delegated municipality's role exists from its first publish, when snapshot lists it
        // (a revoked one stays listed, so the delegation decides).
        if !client.snapshot_lists(role) || !client.snapshot_lists(MUNICIPALITIES_ROLE) {
            return Ok(None);
        }
        client.load_role(transport, options.now, options.freshness, MUNICIPALITIES_ROLE).map_err(trust_error)?;
        let delegated =
            client.targets_metadata(MUNICIPALITIES_ROLE).is_some_and(|targets| targets.delegation(role).is_some());
        if !delegated {
            return Ok(None);
        }
    }
    client.load_role(transport, options.now, options.freshness, role).map_err(trust_error)?;
    let offered = offered_packs(client, scope)?;
    let mut listed = BTreeSet::new();
    for pack in &offered {
        listed.insert(target_fetch_path(&pack.path, &pack.target).map_err(trust_error)?);
    }
    let routes = routes_to_newest(scope, current, offered)?;
    Ok(Some((ScopePlan { scope: scope.to_string(), routes }, listed)))
}

/// Checks, fetches the packs the phone lacks, verifies them and applies them with the new
/// trusted metadata in one transaction. On an error content.db is unchanged; a municipal
/// scope that fails is left out (named in [`SyncOutcome::skipped`]) and the rest applied.
pub fn sync(store: &mut ContentStore, transport: &mut dyn Transport, options: &SyncOptions<'_>) -> Result<SyncOutcome> {
    let checked = check(&PhoneState::of(store)?, transport, options)?;
    let (update, mut outcome) = fetch(transport, checked)?;
    let refused = store.apply_update(update)?;
    outcome.applied.retain(|(scope, _)| !refused.iter().any(|skipped| &skipped.scope == scope));
    outcome.skipped.extend(refused);
    Ok(outcome)
}

/// Fetches and verifies the packs [`check`] found: the update, ready for
/// [`ContentStore::apply_update`]. A municipal scope whose packs fail is left out.
pub fn fetch(transport: &mut dyn Transport, checked: Checked) -> Result<(ContentUpdate, SyncOutcome)> {
    let Checked { client, plan, listed, root_files, mut skipped, base, .. } = checked;
    let mut packs = Vec::new();
    let mut files = root_files;
    let mut pack_bytes = 0;
    for scope in &plan.scopes {
        match fetch_scope(&client, transport, scope) {
            Ok(fetched) => {
                for (planned, pack, bytes) in fetched {
                    pack_bytes += bytes.len() as u64;
                    files.push((target_fetch_path(&planned.path, &planned.target).map_err(trust_error)?, bytes));
                    packs.push(pack);
                }
            }
            Err(error) => skipped.push(SkippedScope::of(&scope.scope, error)?),
        }
    }
    let outcome = SyncOutcome {
        applied: packs.iter().map(|pack| (pack.scope.code.clone(), pack.version)).collect(),
        pack_bytes,
        skipped,
    };
    let update = ContentUpdate { packs, trusted: client.state(), files, listed, trusted_before: Some(base) };
    Ok((update, outcome))
}

/// Fetches the packs of the first route of `scope` that the source has.
fn fetch_scope<'p>(
    client: &Client,
    transport: &mut dyn Transport,
    scope: &'p ScopePlan,
) -> Result<Vec<FetchedPack<'p>>> {
    let mut last_error = None;
    for route in &scope.routes {
        match fetch_route(client, transport, route) {
            Ok(fetched) => return Ok(fetched),
            // A pack the source does not have: try the next way.
            Err(error) if error.kind() == wegwijs_trust::ErrorKind::Inconsistent => last_error = Some(error),
            Err(error) => return Err(trust_or_pack_error(error)),
        }
    }
    Err(last_error.map_or_else(
        || update_error(UpdateErrorKind::Inconsistent, format!("no way to the newest version of {}", scope.scope)),
        trust_or_pack_error,
    ))
}

/// A fetch failed in TUF (a trust error) or the pack broke the rules beyond it.
enum RouteError {
    Trust(wegwijs_trust::Error),
    Refused(Error),
}

impl RouteError {
    fn kind(&self) -> wegwijs_trust::ErrorKind {
        match self {
            RouteError::Trust(error) => error.kind(),
            RouteError::Refused(_) => wegwijs_trust::ErrorKind::NotAllowed,
        }
    }
}

fn trust_or_pack_error(error: RouteError) -> Error {
    match error {
        RouteError::Trust(error) => trust_error(error),
        RouteError::Refused(error) => error,
    }
}

/// A pack as planned, decoded, and its bytes as fetched.
type FetchedPack<'p> = (&'p PlannedPack, Pack, Vec<u8>);

/// Fetches and checks the packs of one route.
fn fetch_route<'p>(
    client: &Client,
    transport: &mut dyn Transport,
    route: &'p [PlannedPack],
) -> std::result::Result<Vec<FetchedPack<'p>>, RouteError> {
    let mut fetched = Vec::new();
    for planned in route {
        let bytes = client.fetch_target(transport, &planned.path, &planned.target).map_err(RouteError::Trust)?;
        let pack = Pack::decode(&bytes).map_err(|e| RouteError::Refused(pack_error(e)))?;
        pack.check_rules(&planned.scope).map_err(|e| RouteError::Refused(pack_error(e)))?;
        if pack.version != planned.info.version || pack.base != planned.info.base {
            return Err(RouteError::Refused(update_error(
                UpdateErrorKind::Inconsistent,
                format!(
                    "{} holds version {:?}->{}, its signed description says otherwise",
                    planned.path, pack.base, pack.version
                ),
            )));
        }
        fetched.push((planned, pack, bytes));
    }
    Ok(fetched)
}

/// The update this phone holds, as a file to pass on: its trusted metadata under the names a
/// repository uses, and the packs it applied that the metadata still lists.
pub fn device_update_file(store: &ContentStore, pinned_root: &[u8]) -> Result<file::UpdateFile> {
    let files = store.feed_files()?;
    let has_packs = files.keys().any(|path| path.starts_with("targets/"));
    let Some(state) = store.trusted_state()?.filter(|_| has_packs) else {
        return Err(Error::NothingToShare);
    };
    let client = Client::load(pinned_root, Some(&state)).map_err(trust_error)?;
    let mut entries = files;
    entries.insert(format!("{}.root.json", client.root_version()), state.root.clone());
    if let Some(timestamp) = &state.timestamp {
        entries.insert("timestamp.json".to_string(), timestamp.clone());
    }
    if let (Some(snapshot), Some(version)) = (&state.snapshot, client.snapshot_version()) {
        entries.insert(format!("{version}.snapshot.json"), snapshot.clone());
    }
    for (role, bytes) in &state.targets {
        if let Some(version) = client.targets_version(role) {
            entries.insert(targets_file_name(version, role), bytes.clone());
        }
    }
    Ok(file::UpdateFile { entries })
}

/// The packs of `scope` that its role lists. Every target the role lists must be vouched for
/// by that role (its delegation's paths, one segment at a time); one that is not, such as
/// `nl/...` or `gm0794/a/b` in role GM0794, refuses the whole update.
fn offered_packs(client: &Client, scope: &str) -> Result<Vec<PlannedPack>> {
    let prefix = format!("{}/", pack_dir(scope));
    let mut offered = Vec::new();
    for (path, target) in vouched_targets(client, role_of_scope(scope))? {
        if !path.starts_with(&prefix) {
            continue;
        }
        if target.length > pack::MAX_PACK_BYTES {
            return Err(update_error(
                UpdateErrorKind::TooLarge,
                format!(
                    "{path:?} is listed with {} bytes, at most {} are fetched",
                    target.length,
                    pack::MAX_PACK_BYTES
                ),
            ));
        }
        let info: PackInfo = serde_json::from_value(target.custom.clone().unwrap_or_default())
            .map_err(|e| update_error(UpdateErrorKind::Malformed, format!("{path:?}: {e}")))?;
        offered.push(PlannedPack { scope: scope.to_string(), path: path.clone(), target: target.clone(), info });
    }
    Ok(offered)
}

/// The targets a loaded role lists, each checked to resolve to that role (TUF's search with
/// its delegations' paths); one that does not refuses the whole update as not allowed.
pub fn vouched_targets<'c>(client: &'c Client, role: &str) -> Result<Vec<(&'c String, &'c TargetFile)>> {
    let Some(targets) = client.targets(role) else { return Ok(Vec::new()) };
    for (path, target) in targets {
        match client.resolve_target(path) {
            Some(resolved) if resolved.role == role && resolved.target == *target => {}
            _ => {
                return Err(update_error(
                    UpdateErrorKind::NotAllowed,
                    format!("{path} is listed by {role}, which may not publish it"),
                ));
            }
        }
    }
    Ok(targets.iter().collect())
}

/// The ways from `current` to the newest version, smallest download first: one delta from
/// `current`, the full pack, or an older full pack and a delta from it.
fn routes_to_newest(scope: &str, current: u64, offered: Vec<PlannedPack>) -> Result<Vec<Vec<PlannedPack>>> {
    let Some(latest) = offered.iter().map(|pack| pack.info.version).max() else { return Ok(Vec::new()) };
    if latest <= current {
        return Ok(Vec::new());
    }
    let find = |base: Option<u64>, version: u64| {
        offered.iter().find(|pack| pack.info.base == base && pack.info.version == version).cloned()
    };
    let mut routes: Vec<Vec<PlannedPack>> = Vec::new();
    routes.extend(find(Some(current), latest).map(|delta| vec![delta]));
    routes.extend(find(None, latest).map(|full| vec![full]));
    for older in offered
        .iter()
        .filter(|pack| pack.info.base.is_none() && pack.info.version > current && pack.info.version < latest)
    {
        if let Some(delta) = find(Some(older.info.version), latest) {
            routes.push(vec![older.clone(), delta]);
        }
    }
    if routes.is_empty() {
        return Err(update_error(
            UpdateErrorKind::Inconsistent,
            format!("version {latest} of {scope} is listed without a full pack or a change from version {current}"),
        ));
    }
    routes.sort_by_key(|route| route.iter().map(|pack| pack.target.length).sum::<u64>());
    Ok(routes)
}

/// An update error whose detail may quote the feed: control and bidirectional formatting
/// characters are escaped (`\u{1b}`), so nothing a publisher signs can move a terminal's
/// cursor or reorder a log line.
fn update_error(kind: UpdateErrorKind, detail: String) -> Error {
    Error::Update { kind, detail: escape_controls(&detail) }
}

/// `text` with control characters and Unicode format characters (bidi overrides, zero-width
/// characters) written as `\u{..}` escapes.
pub fn escape_controls(text: &str) -> String {
    let is_format = |c: char| matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}');
    text.chars()
        .map(|c| if c.is_control() || is_format(c) { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

/// A pack that breaks the rules beyond TUF, as the update error phones show (also used by
/// the publishers' `feed verify`).
pub fn pack_error(error: PackError) -> Error {
    let kind = match error {
        PackError::Malformed(_) => UpdateErrorKind::Malformed,
        PackError::TooLarge => UpdateErrorKind::TooLarge,
        PackError::NotAllowed(_) => UpdateErrorKind::NotAllowed,
    };
    update_error(kind, error.to_string())
}

/// A refused TUF step, as the update error phones show.
pub fn trust_error(error: wegwijs_trust::Error) -> Error {
    update_error(error.kind(), error.message().to_string())
}
