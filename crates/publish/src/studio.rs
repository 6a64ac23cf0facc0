//! `wegwijs studio [FOLDER]`: the editors' local web app. It edits one content folder (a
//! municipality's, or the national editor's whole tree), translates through XLIFF, previews
//! items as phones show them and publishes the folder to a signed feed.
//!
//! The server listens on 127.0.0.1 only. Every request must carry the Host of that address
//! (a DNS-rebinding page reaches it under another name), an Origin of it when the browser
//! sends one (no cross-site page can call the API), and the per-run token: the URL printed
//! and opened carries it once, the server answers with a same-site, HTTP-only cookie. No
//! request names a path: items are named by checked ids, languages by shipped codes, and the
//! UI's files are embedded in the binary.

mod assets;
pub mod draft;
pub mod ics;
pub mod overview;
mod publish;
pub mod workspace;
pub mod xliff;

pub use publish::{PublishPlan, ScopePlan};

use axum::body::Body;
use axum::extract::{Path as UrlPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{Datelike, Utc};
use draft::{Draft, DraftError, TextDraft, reference_hash, text_file};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use wegwijs_core::Lang;
use wegwijs_core::error::{Error, Result};
use wegwijs_core::model::Topic;
use wegwijs_core::opening_hours::{OpeningHours, State as HoursState};
use workspace::Workspace;

/// How the studio is started.
#[derive(Debug, Clone)]
pub struct StudioOptions {
    /// The content folder edited.
    pub folder: PathBuf,
    /// The feed folder a publish writes (started by the national editor, `wegwijs feed init`).
    pub feed: PathBuf,
    /// Key folders a publish signs with.
    pub keys: Vec<PathBuf>,
    /// The passphrase of encrypted key files from the environment; without it the publish
    /// screen asks for it. Keys the studio makes are always encrypted.
    pub passphrase: Option<String>,
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
}

/// A running studio's address.
#[derive(Debug, Clone)]
pub struct Started {
    pub port: u16,
    pub token: String,
}

impl Started {
    /// The URL that logs the browser in (it carries the token once).
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?token={}", self.port, self.token)
    }
}

#[derive(Debug)]
struct Studio {
    workspace: Workspace,
    options: StudioOptions,
}

#[derive(Clone, Debug)]
struct AppState {
    studio: Arc<Mutex<Studio>>,
    token: Arc<String>,
    port: u16,
}

const COOKIE: &str = "wegwijs_studio";

/// Binds 127.0.0.1, then calls `started` with the address (to print or open it) and serves
/// until the process ends.
pub fn serve(options: StudioOptions, started: impl FnOnce(&Started)) -> Result<()> {
    let workspace = Workspace::open(&options.folder)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", options.port)).await?;
        let port = listener.local_addr()?.port();
        let state = AppState {
            studio: Arc::new(Mutex::new(Studio { workspace, options })),
            token: Arc::new(new_token()?),
            port,
        };
        started(&Started { port, token: state.token.to_string() });
        axum::serve(listener, router(state)).await?;
        Ok(())
    })
}

fn new_token() -> Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| Error::Feed(format!("no random numbers: {e}")))?;
    Ok(hex::encode(bytes))
}

fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/state", get(get_state))
        .route("/api/scope", post(set_scope))
        .route("/api/overview", get(get_overview))
        .route("/api/items/{id}", get(get_item).put(put_item))
        .route("/api/hours", post(check_hours))
        .route("/api/sources", post(check_sources))
        .route("/api/preview/{id}/{lang}", get(preview))
        .route("/api/xliff/{lang}", get(export_xliff))
        .route("/api/xliff", post(import_xliff))
        .route("/api/ics", post(import_ics))
        .route("/api/undo", post(undo))
        .route("/api/publish", get(publish_plan).post(publish_now))
        .route("/api/key", get(get_key).post(create_key))
        .route("/api/key/public", get(public_key))
        .route("/api/history", get(history))
        .route("/api/update-file", get(update_file))
        .route("/api/poster", get(poster))
        .fallback(assets::serve)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// Host, Origin and token, before anything else runs.
async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let allowed = [format!("127.0.0.1:{}", state.port), format!("localhost:{}", state.port)];
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if !allowed.iter().any(|a| a == host) {
        return refused(StatusCode::MISDIRECTED_REQUEST, "studio-refused-host");
    }
    if let Some(origin) = request.headers().get(header::ORIGIN) {
        let ok = origin.to_str().is_ok_and(|origin| allowed.iter().any(|a| origin == format!("http://{a}")));
        if !ok {
            return refused(StatusCode::FORBIDDEN, "studio-refused-origin");
        }
    }
    let query_token = request
        .uri()
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("token=")))
        .map(str::to_string);
    if let Some(token) = query_token {
        if !same(&token, &state.token) {
            return refused(StatusCode::UNAUTHORIZED, "studio-refused-token");
        }
        // Trade the URL's token for a cookie and drop it from the address bar.
        let cookie = format!("{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict", state.token);
        return Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, request.uri().path())
            .header(header::SET_COOKIE, cookie)
            .body(Body::empty())
            .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response());
    }
    if !carries_token(request.headers(), &state.token) {
        return refused(StatusCode::UNAUTHORIZED, "studio-refused-token");
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"),
    );
    response
}

fn carries_token(headers: &HeaderMap, token: &str) -> bool {
    let from_header = headers.get("x-studio-token").and_then(|v| v.to_str().ok()).is_some_and(|v| same(v, token));
    let from_cookie = headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).any(|cookies| {
        cookies.split(';').filter_map(|c| c.trim().strip_prefix(&format!("{COOKIE}="))).any(|v| same(v, token))
    });
    from_header || from_cookie
}

/// Compares tokens in time independent of where they differ.
fn same(given: &str, token: &str) -> bool {
    given.len() == token.len() && given.bytes().zip(token.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// An error the UI shows in the editor's language: `code` is a Fluent id of locales/*/studio.ftl.
#[derive(Debug, Serialize)]
struct ApiError {
    code: String,
    field: String,
    detail: String,
}

fn refused(status: StatusCode, code: &str) -> Response {
    (status, Json(ApiError { code: code.into(), field: String::new(), detail: String::new() })).into_response()
}

fn bad(code: &str, field: &str, detail: impl Into<String>) -> Response {
    (StatusCode::BAD_REQUEST, Json(ApiError { code: code.into(), field: field.into(), detail: detail.into() }))
        .into_response()
}

impl From<DraftError> for ApiError {
    fn from(error: DraftError) -> ApiError {
        ApiError { code: error.code.into(), field: error.field, detail: error.detail }
    }
}

fn failed(error: Error) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Json(ApiError { code: "studio-error-failed".into(), field: String::new(), detail: error.to_string() }),
    )
        .into_response()
}

fn today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&chrono_tz::Europe::Amsterdam).date_naive()
}

fn lock(state: &AppState) -> std::sync::MutexGuard<'_, Studio> {
    state.studio.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Serialize)]
struct StateView {
    /// `tree` or `municipality`.
    folder_kind: &'static str,
    scope: Option<String>,
    scope_name: Option<String>,
    folder: String,
    languages: Vec<&'static str>,
    topics: Vec<Topic>,
    can_undo: Option<String>,
    year: i32,
}

async fn get_state(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    let workspace = &studio.workspace;
    Json(StateView {
        folder_kind: if workspace.kind().scope().is_some() { "municipality" } else { "tree" },
        scope: workspace.kind().scope().map(str::to_string),
        scope_name: workspace.scope_name(),
        folder: workspace.dir().display().to_string(),
        languages: Lang::ALL.iter().map(|lang| lang.code()).collect(),
        topics: Topic::ALL.to_vec(),
        can_undo: workspace.last_change().map(|change| change.id.clone()),
        year: today().year(),
    })
    .into_response()
}

#[derive(Deserialize)]
struct ScopeName {
    name: String,
}

async fn set_scope(State(state): State<AppState>, Json(body): Json<ScopeName>) -> Response {
    match lock(&state).workspace.set_scope_name(&body.name) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(error) => bad("studio-error-scope-name", "name", error.to_string()),
    }
}

async fn get_overview(State(state): State<AppState>) -> Response {
    match overview::overview(&lock(&state).workspace, today()) {
        Ok(rows) => Json(rows).into_response(),
        Err(error) => failed(error),
    }
}

/// An item for the form, with each source's standing on the official-domain list.
#[derive(Serialize)]
struct ItemView {
    draft: Draft,
    official: Vec<bool>,
    english_hash: Option<String>,
    diagnostics: Vec<wegwijs_core::source::Diagnostic>,
}

fn item_view(workspace: &Workspace, draft: Draft) -> Result<ItemView> {
    let scope = workspace.scope_of(&draft.id).unwrap_or_default();
    let prefix = format!("{scope}/{}", draft.id);
    let diagnostics =
        workspace.report()?.diagnostics.into_iter().filter(|d| d.file.starts_with(&prefix)).collect::<Vec<_>>();
    Ok(ItemView {
        official: draft.sources.iter().map(|s| wegwijs_core::source::is_official_source(s)).collect(),
        english_hash: draft.texts.get("en").map(reference_hash),
        draft,
        diagnostics,
    })
}

async fn get_item(State(state): State<AppState>, UrlPath(id): UrlPath<String>) -> Response {
    let studio = lock(&state);
    if !draft::is_item_id(&id) {
        return bad("studio-error-id", "id", id);
    }
    match studio.workspace.read(&id) {
        Ok(Some(draft)) => match item_view(&studio.workspace, draft) {
            Ok(view) => Json(view).into_response(),
            Err(error) => failed(error),
        },
        Ok(None) => refused(StatusCode::NOT_FOUND, "studio-error-no-item"),
        Err(error) => failed(error),
    }
}

#[derive(Deserialize)]
struct SaveRequest {
    draft: Draft,
    /// For a new item in a whole tree: its scope.
    #[serde(default)]
    scope: Option<String>,
}

#[derive(Serialize)]
struct Saved {
    written: Vec<String>,
    item: ItemView,
}

async fn put_item(
    State(state): State<AppState>,
    UrlPath(id): UrlPath<String>,
    Json(body): Json<SaveRequest>,
) -> Response {
    if body.draft.id != id || !draft::is_item_id(&id) {
        return bad("studio-error-id", "id", id);
    }
    if let Some(scope) = state.studio.lock().ok().and_then(|s| s.workspace.kind().scope().map(str::to_string))
        && !id.starts_with(&format!("{}-", scope.to_ascii_lowercase()))
    {
        return bad("studio-error-id-prefix", "id", scope.to_ascii_lowercase());
    }
    let mut studio = lock(&state);
    let written = match studio.workspace.save(&body.draft, body.scope.as_deref()) {
        Ok(written) => written,
        Err(error) => return (StatusCode::BAD_REQUEST, Json(ApiError::from(error))).into_response(),
    };
    let dir = studio.workspace.dir().to_path_buf();
    let written = written.iter().map(|p| p.strip_prefix(&dir).unwrap_or(p).display().to_string()).collect();
    match studio.workspace.read(&id).and_then(|d| item_view(&studio.workspace, d.unwrap_or_default())) {
        Ok(item) => Json(Saved { written, item }).into_response(),
        Err(error) => failed(error),
    }
}

#[derive(Deserialize)]
struct HoursRequest {
    text: String,
}

#[derive(Serialize)]
struct HoursView {
    /// open | closed | unknown
    state: &'static str,
    /// The local time the state next changes (`YYYY-MM-DDTHH:MM`).
    next_change: Option<String>,
    error: Option<String>,
}

/// The live "open now" of the opening-hours field, by the core's reading of the hours.
async fn check_hours(Json(body): Json<HoursRequest>) -> Response {
    let now = Utc::now();
    match OpeningHours::parse(&body.text) {
        Ok(hours) => Json(HoursView {
            state: match hours.state(now) {
                HoursState::Open => "open",
                HoursState::Closed => "closed",
                HoursState::Unknown => "unknown",
            },
            next_change: hours.next_change(now).map(|t| t.format("%Y-%m-%dT%H:%M").to_string()),
            error: None,
        })
        .into_response(),
        Err(error) => Json(HoursView { state: "unknown", next_change: None, error: Some(error) }).into_response(),
    }
}

#[derive(Deserialize)]
struct SourcesRequest {
    sources: Vec<String>,
}

async fn check_sources(Json(body): Json<SourcesRequest>) -> Response {
    Json(body.sources.iter().map(|s| wegwijs_core::source::is_official_source(s)).collect::<Vec<bool>>())
        .into_response()
}

/// An item in one language as the app shows it: the body through the core's `render`.
#[derive(Serialize)]
struct PreviewView {
    lang: String,
    title: String,
    summary: String,
    html: String,
    state: String,
    /// The language shown when the item has no text in `lang` (the app's fallback).
    shown_lang: String,
    kind: String,
    service: Option<draft::ServiceDraft>,
    event: Option<draft::EventDraft>,
}

async fn preview(State(state): State<AppState>, UrlPath((id, lang)): UrlPath<(String, String)>) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else { return bad("studio-error-lang", "lang", lang) };
    let studio = lock(&state);
    let draft = match studio.workspace.read(&id) {
        Ok(Some(draft)) => draft,
        Ok(None) => return refused(StatusCode::NOT_FOUND, "studio-error-no-item"),
        Err(error) => return failed(error),
    };
    let Some((shown, text)) = lang
        .fallback_chain()
        .iter()
        .find_map(|candidate| draft.texts.get(candidate.code()).map(|text| (*candidate, text)))
    else {
        return refused(StatusCode::NOT_FOUND, "studio-error-no-item");
    };
    Json(PreviewView {
        lang: lang.code().into(),
        title: text.title.clone(),
        summary: text.summary.clone(),
        html: wegwijs_core::render::markdown_to_safe_html(&text.body),
        state: text.state.clone(),
        shown_lang: shown.code().into(),
        kind: draft.kind.clone(),
        service: draft.service.clone(),
        event: draft.event.clone(),
    })
    .into_response()
}

/// The items whose text in `lang` is missing or made from an older English text.
async fn export_xliff(State(state): State<AppState>, UrlPath(lang): UrlPath<String>) -> Response {
    let Ok(target) = lang.trim_end_matches(".xlf").parse::<Lang>() else {
        return bad("studio-error-lang", "lang", lang);
    };
    if target.is_reference() {
        return bad("studio-error-lang", "lang", lang);
    }
    let studio = lock(&state);
    let drafts: Vec<Draft> = studio
        .workspace
        .items()
        .into_iter()
        .filter_map(|(_, id)| studio.workspace.read(&id).ok().flatten())
        .filter(|draft| {
            let english = draft.texts.get("en").map(reference_hash);
            english.is_some() && draft.texts.get(target.code()).and_then(|t| t.source_hash.clone()) != english
        })
        .collect();
    let refs: Vec<&Draft> = drafts.iter().collect();
    let name =
        format!("{}-{}.xlf", studio.workspace.kind().scope().unwrap_or("wegwijs").to_ascii_lowercase(), target.code());
    (
        [
            (header::CONTENT_TYPE, "application/xliff+xml; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        xliff::export(&refs, target),
    )
        .into_response()
}

/// The calendar's language: the text it holds is written as that reference text.
#[derive(Deserialize)]
struct IcsOptions {
    lang: Option<String>,
}

/// Reads an iCalendar file and writes its events of the coming months as event items in the
/// municipality's folder, updating those imported before (by UID and start).
async fn import_ics(State(state): State<AppState>, Query(options): Query<IcsOptions>, body: String) -> Response {
    let lang = options.lang.unwrap_or_else(|| "nl".into());
    let Some(lang) = lang.parse::<Lang>().ok().filter(|l| l.is_reference() && l.code() == lang) else {
        return bad("studio-ics-language", "lang", lang);
    };
    let now = Utc::now();
    let until = now.checked_add_months(chrono::Months::new(ics::IMPORT_MONTHS)).unwrap_or(now);
    let found = match ics::occurrences(&body, now, until) {
        Ok(found) => found,
        Err(error) => return bad(error.code, "", error.detail),
    };
    if found.is_empty() {
        return bad("studio-ics-none-coming", "", ics::IMPORT_MONTHS.to_string());
    }
    let local_now = now.with_timezone(&chrono_tz::Europe::Amsterdam).naive_local();
    match ics::apply(&mut lock(&state).workspace, &ics::uids(&body), &found, lang, local_now) {
        Ok(done) => Json(done).into_response(),
        Err(error) => bad(error.code, "", error.detail),
    }
}

#[derive(Serialize)]
struct ImportView {
    lang: String,
    items: Vec<String>,
    written: usize,
}

/// How the editor says the imported translations were made.
#[derive(Deserialize)]
struct ImportOptions {
    /// `machine` (a translation service; the app labels it), `translated` (the default) or
    /// `reviewed`.
    state: Option<String>,
}

/// The states a translation may be imported or saved with (reference is for nl and en only).
const TRANSLATION_STATES: [&str; 3] = ["machine", "translated", "reviewed"];

/// Reads a translated XLIFF file; writes nothing unless every item in it is known, was
/// translated from the English text it has now, and passes the loader's rules. The texts get
/// the state the editor chose (`?state=machine` for a machine translation).
async fn import_xliff(State(state): State<AppState>, Query(options): Query<ImportOptions>, body: String) -> Response {
    let text_state = options.state.unwrap_or_else(|| "translated".into());
    if !TRANSLATION_STATES.contains(&text_state.as_str()) {
        return bad("studio-error-state", "state", text_state);
    }
    let imported = match xliff::import(&body) {
        Ok(imported) => imported,
        Err(error) => return bad(error.code, "", error.detail),
    };
    let mut studio = lock(&state);
    let mut files = Vec::new();
    let mut tree = match crate::sources::tree_of(studio.workspace.dir(), studio.workspace.kind()) {
        Ok(tree) => tree,
        Err(error) => return failed(error),
    };
    for (id, text) in &imported.items {
        let (Some(draft), Some(dir), Some(scope)) = (
            studio.workspace.read(id).ok().flatten(),
            studio.workspace.item_dir(id, None),
            studio.workspace.scope_of(id),
        ) else {
            return bad("studio-xliff-unknown-item", "", id.clone());
        };
        let english = draft.texts.get("en").map(reference_hash);
        if english.as_deref() != Some(text.source_hash.as_str()) {
            return bad("studio-xliff-english-changed", "", id.clone());
        }
        let keywords = draft.texts.get(&imported.lang).map(|t| t.keywords.clone()).unwrap_or_default();
        let file = text_file(&TextDraft {
            title: text.title.clone(),
            summary: text.summary.clone(),
            state: text_state.clone(),
            keywords,
            body: text.body.clone(),
            source_hash: Some(text.source_hash.clone()),
        });
        tree.files.insert(format!("{scope}/{id}/{}.md", imported.lang), file.clone());
        files.push((dir.join(format!("{}.md", imported.lang)), file));
    }
    // The loader judges the translations as they would be written.
    let report = wegwijs_core::source::load(&tree);
    let names: Vec<String> = imported.items.keys().map(|id| format!("/{id}/{}.md", imported.lang)).collect();
    if let Some(problem) = report.errors().find(|d| names.iter().any(|name| d.file.ends_with(name.as_str()))) {
        return bad("studio-xliff-invalid-text", &problem.file, problem.message.clone());
    }
    let label = imported.items.keys().next().cloned().unwrap_or_default();
    match studio.workspace.write_texts(files, &label) {
        Ok(written) => Json(ImportView {
            lang: imported.lang.clone(),
            items: imported.items.keys().cloned().collect(),
            written: written.len(),
        })
        .into_response(),
        Err(error) => failed(error),
    }
}

async fn undo(State(state): State<AppState>) -> Response {
    match lock(&state).workspace.undo() {
        Ok(Some(id)) => Json(serde_json::json!({ "undone": id })).into_response(),
        Ok(None) => refused(StatusCode::CONFLICT, "studio-error-nothing-to-undo"),
        Err(error) => failed(error),
    }
}

async fn publish_plan(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    match publish::plan(&studio.workspace, &studio.options.feed) {
        Ok(plan) => Json(plan).into_response(),
        Err(error) => bad("studio-publish-not-ready", "", error.to_string()),
    }
}

/// What the publish screen sends: the key's passphrase when the key is encrypted. It lives in
/// memory for this one request; it is never logged, stored or sent back.
#[derive(Deserialize, Default)]
struct PublishRequest {
    passphrase: Option<String>,
}

async fn publish_now(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let request: PublishRequest = if body.is_empty() {
        PublishRequest::default()
    } else {
        match serde_json::from_slice(&body) {
            Ok(request) => request,
            Err(error) => return bad("studio-error-failed", "", error.to_string()),
        }
    };
    let mut studio = lock(&state);
    let options = studio.options.clone();
    let mut keys = crate::feed::KeyRing::folders(&options.keys);
    let passphrase = request.passphrase.filter(|p| !p.is_empty()).or(options.passphrase.clone());
    if let Some(passphrase) = &passphrase {
        keys = keys.with_passphrase(passphrase);
    }
    // The municipality's key is opened before anything is written: a wrong passphrase
    // changes nothing.
    if let Some(scope) = studio.workspace.kind().scope() {
        match keys.key_file(scope) {
            Ok(crate::feed::KeyFile::Encrypted) if passphrase.is_none() => {
                return bad("studio-key-passphrase-needed", "passphrase", scope);
            }
            Ok(crate::feed::KeyFile::Encrypted) if keys.signer(scope).is_err() => {
                return bad("studio-key-passphrase-wrong", "passphrase", scope);
            }
            Ok(_) => {}
            Err(error) => return bad("studio-publish-failed", "", error.to_string()),
        }
    }
    match publish::publish(&studio.workspace, &options.feed, &keys, Utc::now()) {
        Ok(done) => {
            studio.workspace.forget_undo();
            Json(done).into_response()
        }
        Err(error) => bad("studio-publish-failed", "", error.to_string()),
    }
}

/// The municipality's signing key as the publish screen needs to know it.
#[derive(Serialize)]
struct KeyView {
    /// `missing`, `clear` or `encrypted`; None for the whole tree (the national keys).
    state: Option<&'static str>,
    name: Option<String>,
    /// The public key file exists (to send to the national editor).
    public: bool,
    min_passphrase: usize,
    /// The environment gave a passphrase.
    passphrase_given: bool,
}

async fn get_key(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    let keys = crate::feed::KeyRing::folders(&studio.options.keys);
    let name = studio.workspace.kind().scope().map(str::to_string);
    let key_state = match name.as_deref().map(|name| keys.key_file(name)).transpose() {
        Ok(found) => found.map(|file| match file {
            crate::feed::KeyFile::Missing => "missing",
            crate::feed::KeyFile::Clear => "clear",
            crate::feed::KeyFile::Encrypted => "encrypted",
        }),
        Err(error) => return failed(error),
    };
    let public = name.as_deref().is_some_and(|name| matches!(keys.public_key_file(name), Ok(Some(_))));
    Json(KeyView {
        state: key_state,
        name,
        public,
        min_passphrase: crate::feed::MIN_PASSPHRASE_CHARS,
        passphrase_given: studio.options.passphrase.is_some(),
    })
    .into_response()
}

#[derive(Deserialize)]
struct NewKey {
    passphrase: String,
    repeated: String,
}

/// Makes the municipality's key, encrypted with the passphrase given twice (the studio never
/// writes a key in clear), in the first key folder.
async fn create_key(State(state): State<AppState>, Json(body): Json<NewKey>) -> Response {
    let studio = lock(&state);
    let Some(scope) = studio.workspace.kind().scope().map(str::to_string) else {
        return bad("studio-key-municipality-only", "", "");
    };
    if !crate::feed::passphrase_long_enough(&body.passphrase) {
        return bad("studio-key-passphrase-short", "passphrase", crate::feed::MIN_PASSPHRASE_CHARS.to_string());
    }
    if body.passphrase != body.repeated {
        return bad("studio-key-passphrase-mismatch", "repeated", "");
    }
    let keys = crate::feed::KeyRing::folders(&studio.options.keys);
    match keys.key_file(&scope) {
        Ok(crate::feed::KeyFile::Missing) => {}
        Ok(_) => return refused(StatusCode::CONFLICT, "studio-key-exists"),
        Err(error) => return failed(error),
    }
    match keys.with_passphrase(&body.passphrase).generate(&scope) {
        Ok(key_id) => Json(serde_json::json!({ "name": scope, "key_id": key_id })).into_response(),
        Err(error) => bad("studio-key-failed", "", error.to_string()),
    }
}

/// The municipality's public key file, for the national editor (`wegwijs feed delegate`).
async fn public_key(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    let Some(scope) = studio.workspace.kind().scope().map(str::to_string) else {
        return bad("studio-key-municipality-only", "", "");
    };
    match crate::feed::KeyRing::folders(&studio.options.keys).public_key_file(&scope) {
        Ok(Some(text)) => (
            [
                (header::CONTENT_TYPE, "application/json".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{scope}.pub\"")),
            ],
            text,
        )
            .into_response(),
        Ok(None) => refused(StatusCode::NOT_FOUND, "studio-key-no-public"),
        Err(error) => failed(error),
    }
}

async fn history(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    match publish::history(&studio.options.feed) {
        Ok(entries) => Json(entries).into_response(),
        Err(error) => bad("studio-publish-not-ready", "", error.to_string()),
    }
}

/// The feed as one `.wegwijs` file, for phones without internet at the desk.
async fn update_file(State(state): State<AppState>) -> Response {
    let studio = lock(&state);
    match crate::feed::Feed::open(&studio.options.feed).and_then(|feed| feed.bundle()) {
        Ok(file) => (
            [
                (header::CONTENT_TYPE, "application/octet-stream".to_string()),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"update.wegwijs\"".to_string()),
            ],
            file.to_bytes(),
        )
            .into_response(),
        Err(error) => bad("studio-publish-not-ready", "", error.to_string()),
    }
}

#[derive(Deserialize)]
struct PosterOptions {
    lang: Option<String>,
}

/// The A4 poster for the municipality's desk, once its content is published: a QR code with
/// the app's start link for the municipality (the app opens on its local content), the texts
/// in the language asked for.
async fn poster(State(state): State<AppState>, Query(options): Query<PosterOptions>) -> Response {
    let code = options.lang.unwrap_or_else(|| "nl".into());
    let Some(lang) = code.parse::<Lang>().ok().filter(|l| l.code() == code) else {
        return bad("studio-error-lang", "lang", code);
    };
    let studio = lock(&state);
    let Some(scope) = studio.workspace.kind().scope().map(str::to_string) else {
        return bad("studio-poster-municipality-only", "", "");
    };
    // The poster sends people to the municipality's content: once phones can download it.
    let published = publish::history(&studio.options.feed).is_ok_and(|history| {
        history.iter().any(|entry| entry.role.eq_ignore_ascii_case(&scope) && entry.content_version.is_some())
    });
    if !published {
        return bad("studio-poster-not-published", "", scope);
    }
    let name = studio.workspace.scope_name().unwrap_or_else(|| scope.clone());
    let link = wegwijs_core::onboarding::OnboardingLink { municipality: Some(scope.clone()), ..Default::default() };
    let texts = wegwijs_core::i18n::Localizer::bundled();
    let text = |id: &str| texts.text(lang, id);
    let poster = crate::print::Poster {
        title: texts.message(lang, "poster-title", &[("value", name.into())]),
        lead: text("poster-lead"),
        link: link.to_url(),
        scan_hint: text("sheet-scan"),
        steps: vec![text("sheet-install-1"), text("sheet-install-2"), text("sheet-install-3")],
        footer: texts.message(lang, "sheet-made-on", &[("date", today().format("%d-%m-%Y").to_string().into())]),
    };
    match crate::print::poster_pdf(&poster) {
        Ok(pdf) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{}-poster-{}.pdf\"", scope.to_ascii_lowercase(), lang.code()),
                ),
            ],
            pdf,
        )
            .into_response(),
        Err(error) => bad("studio-error-failed", "", error.to_string()),
    }
}
