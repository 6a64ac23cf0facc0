//! The studio UI's files, embedded at build time (build.rs): served by exact name only, so a
//! request can never reach a file on disk.

use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/studio_assets.rs"));

/// The page every screen loads (the UI routes inside it).
const INDEX: &str = "/studio.html";

pub async fn serve(request: Request) -> Response {
    let path = request.uri().path();
    let wanted = if path == "/" { INDEX } else { path };
    match FILES.iter().find(|(name, _)| *name == wanted) {
        Some((name, bytes)) => ([(header::CONTENT_TYPE, content_type(name))], *bytes).into_response(),
        None if FILES.is_empty() => (
            StatusCode::SERVICE_UNAVAILABLE,
            "The studio's pages are not built into this binary: run `npm run build:studio` in ui/, then build wegwijs again.",
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("woff2") => "font/woff2",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
