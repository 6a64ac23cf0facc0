//! The feed over HTTPS: a blocking client that fetches repository files from a base URL.
//!
//! The client trusts nothing it receives (TUF checks every byte later), so this transport
//! only has to be careful with the connection: it stays on https (plain http only to this
//! device, for tests and a local feed), never reads more than the client allows, tells a
//! Wi-Fi login page apart from an update, and sends `If-None-Match` so an unchanged feed costs
//! one 304 answer.
//!
//! Metadata (`.json`) is asked for gzipped: a static host serves the `.json.gz` the publisher
//! writes beside each file (nginx `gzip_static on`), and the client unzips it here, never
//! beyond the length the client allows for the file. Packs are zstd already and are asked for
//! as they are, so a `Range` never applies to an encoded body.
//!
//! Content packs under `targets/` are immutable (their names carry their hash), so an
//! interrupted download is kept in `partial_dir` and resumed with a `Range` request: on a slow
//! phone connection a pack need not start over. Partial files are a best effort: when the
//! folder cannot be written the download still works, from the start.
//!
//! TLS is rustls with the *ring* provider, passed to the client explicitly (no process-wide
//! default, no aws-lc C build), and the platform's certificate store. On Android that store is
//! reached through the JVM: the app shell must call `rustls_platform_verifier::android::
//! init_with_env` once before the first https request.

use crate::error::{Error, Result};
use reqwest::Url;
use reqwest::blocking::{Client, Response};
use reqwest::header::{
    ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_RANGE, CONTENT_TYPE, ETAG, HeaderValue, IF_NONE_MATCH, RANGE,
};
use reqwest::redirect;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

/// How long to wait for a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long to wait for the answer, and then for each piece of the body.
pub const READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Redirects followed for one file (a CDN needs one or two).
const MAX_REDIRECTS: usize = 5;
/// Size of the pieces the body is read in.
const CHUNK: usize = 64 * 1024;

/// A repository on a web server.
#[derive(Debug)]
pub struct HttpTransport {
    client: Client,
    /// Always ends with `/`.
    base: Url,
    partial_dir: PathBuf,
    bytes_received: u64,
}

impl HttpTransport {
    /// A transport for the feed at `base_url`, keeping interrupted pack downloads in
    /// `partial_dir` (created when needed). Only `https://` URLs are accepted, and `http://`
    /// to this device (`127.0.0.1`, `localhost`, `[::1]`).
    pub fn new(base_url: &str, partial_dir: &Path) -> Result<HttpTransport> {
        let invalid =
            |reason: &str| Error::InvalidUpdateSource { url: base_url.to_string(), reason: reason.to_string() };
        let mut base = Url::parse(base_url).map_err(|e| invalid(&format!("not a URL ({e})")))?;
        if !is_allowed_url(&base) {
            return Err(invalid("only https:// addresses are allowed (http:// only to this device)"));
        }
        if base.query().is_some() || base.fragment().is_some() || base.cannot_be_a_base() {
            return Err(invalid("the address must be a folder, without ? or #"));
        }
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let mut builder = Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(READ_TIMEOUT)
            .redirect(redirect::Policy::custom(follow_safe_redirect))
            .tls_backend_preconfigured(tls_config().map_err(|e| invalid(&format!("TLS setup failed: {e}")))?);
        if is_loopback(&base) {
            // A proxy from the environment must not see (or break) a feed on this device.
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|e| invalid(&format!("HTTP client setup failed: {e}")))?;
        Ok(HttpTransport { client, base, partial_dir: partial_dir.to_path_buf(), bytes_received: 0 })
    }

    /// Body bytes received from the network so far (not counting resumed parts read from
    /// disk): what the bandwidth report shows.
    pub fn bytes_received(&self) -> u64 {
        self.bytes_received
    }

    /// The base URL, ending with `/`.
    pub fn base_url(&self) -> &str {
        self.base.as_str()
    }

    /// Where an interrupted download of `path` is kept, or `None` when `path` is not an
    /// immutable pack. The name percent-encodes the path, so two paths never share a file.
    pub fn partial_path(&self, path: &str) -> Option<PathBuf> {
        if !path.starts_with("targets/") {
            return None;
        }
        let mut name = String::from("partial-");
        for byte in path.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.') {
                name.push(byte as char);
            } else {
                name.push_str(&format!("%{byte:02X}"));
            }
        }
        Some(self.partial_dir.join(name))
    }

    fn fetch_url(&mut self, request: &Request<'_>, url: &Url) -> Result<Fetched, TransportError> {
        let path = request.path;
        let mut partial = self.partial_path(path).map(|file| Partial::open(file, request.max_len));
        let resume_from = partial.as_ref().map_or(0, |partial| partial.prefix.len() as u64);
        let mut builder = self.client.get(url.clone());
        let asks_gzip = partial.is_none() && path.ends_with(".json");
        if asks_gzip {
            builder = builder.header(ACCEPT_ENCODING, "gzip");
        }
        if let Some(etag) = request.if_none_match.and_then(|etag| HeaderValue::from_str(etag).ok()) {
            builder = builder.header(IF_NONE_MATCH, etag);
        }
        if resume_from > 0 {
            builder = builder.header(RANGE, format!("bytes={resume_from}-"));
        }
        let response = builder.send().map_err(|e| request_error(url, &e))?;
        let status = response.status().as_u16();
        let resumed = match status {
            200 => false,
            206 if resume_from > 0 && content_range_start(&response) == Some(resume_from) => true,
            206 => {
                discard(&mut partial);
                return Err(TransportError::Unreachable(format!("{url} answered with a part that was not asked for")));
            }
            304 if request.if_none_match.is_some() => return Ok(Fetched::NotModified),
            404 | 403 | 410 => {
                discard(&mut partial);
                return Ok(Fetched::NotFound);
            }
            416 if resume_from > 0 => {
                // The kept part is not a prefix of the file: start over.
                discard(&mut partial);
                return self.fetch_url(request, url);
            }
            _ => return Err(TransportError::Unreachable(format!("{url} answered {}", response.status()))),
        };
        let too_large = || TransportError::TooLarge { path: path.to_string(), max_len: request.max_len };
        let already = if resumed { resume_from } else { 0 };
        if response.content_length().is_some_and(|len| already.saturating_add(len) > request.max_len) {
            discard(&mut partial);
            return Err(too_large());
        }
        if path.ends_with(".json") && is_html_content_type(&response) {
            discard(&mut partial);
            return Err(TransportError::Malformed(format!("{url} sent a web page (text/html), not {path}")));
        }
        let etag = response.headers().get(ETAG).and_then(|value| value.to_str().ok()).map(str::to_string);
        let gzipped = match response.headers().get(CONTENT_ENCODING).map(|value| value.as_bytes()) {
            None | Some(b"identity") => false,
            Some(b"gzip") if asks_gzip => true,
            Some(other) => {
                discard(&mut partial);
                let encoding = String::from_utf8_lossy(other);
                return Err(TransportError::Malformed(format!("{url} came encoded as {encoding:?}, not asked for")));
            }
        };
        let mut bytes = match (&mut partial, resumed) {
            (Some(partial), true) => std::mem::take(&mut partial.prefix),
            (Some(partial), false) => {
                partial.restart();
                Vec::new()
            }
            (None, _) => Vec::new(),
        };
        match self.read_body(response, &mut bytes, request.max_len, partial.as_mut()) {
            Ok(()) => {}
            Err(BodyError::TooLarge) => {
                discard(&mut partial);
                return Err(too_large());
            }
            // The part received so far stays in the partial file for the next attempt.
            Err(BodyError::Read(e)) => return Err(TransportError::Unreachable(format!("{url}: {e}"))),
        }
        discard(&mut partial);
        if gzipped {
            bytes = gunzip(&bytes, request.max_len).map_err(|error| match error {
                BodyError::TooLarge => too_large(),
                BodyError::Read(e) => TransportError::Malformed(format!("{url}: not a gzip body ({e})")),
            })?;
        }
        if looks_like_html(&bytes) {
            return Err(TransportError::Malformed(format!("{url} sent a web page, not {path}")));
        }
        Ok(Fetched::Body { bytes, etag })
    }

    /// Reads the body in pieces into `bytes` (and the partial file), stopping as soon as it
    /// grows beyond `max_len`, whatever the server announced.
    fn read_body(
        &mut self,
        mut response: Response,
        bytes: &mut Vec<u8>,
        max_len: u64,
        mut partial: Option<&mut Partial>,
    ) -> Result<(), BodyError> {
        let mut chunk = vec![0u8; CHUNK];
        loop {
            let read = match response.read(&mut chunk) {
                Ok(0) => return Ok(()),
                Ok(read) => read,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(BodyError::Read(e)),
            };
            self.bytes_received += read as u64;
            if bytes.len() as u64 + read as u64 > max_len {
                return Err(BodyError::TooLarge);
            }
            bytes.extend_from_slice(&chunk[..read]);
            if let Some(partial) = partial.as_deref_mut() {
                partial.append(&chunk[..read]);
            }
        }
    }
}

impl Transport for HttpTransport {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        crate::sync::file::check_repository_path(request.path)
            .map_err(|reason| TransportError::Malformed(format!("refused path: {reason}")))?;
        let url = self.file_url(request.path)?;
        self.fetch_url(request, &url)
    }
}

impl HttpTransport {
    /// The URL of a repository path: each segment percent-encoded, so a file name with `%`
    /// or `:` is asked for literally and can never leave the base URL.
    fn file_url(&self, path: &str) -> Result<Url, TransportError> {
        let mut url = self.base.as_str().to_string();
        for (index, segment) in path.split('/').enumerate() {
            if index > 0 {
                url.push('/');
            }
            for byte in segment.bytes() {
                if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
                    url.push(byte as char);
                } else {
                    url.push_str(&format!("%{byte:02X}"));
                }
            }
        }
        Url::parse(&url).map_err(|e| TransportError::Malformed(format!("{path}: {e}")))
    }
}

/// A gzip body unzipped, refused as soon as it grows beyond `max_len` (a small body can unzip
/// to gigabytes).
fn gunzip(compressed: &[u8], max_len: u64) -> Result<Vec<u8>, BodyError> {
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(compressed)
        .take(max_len.saturating_add(1))
        .read_to_end(&mut decoded)
        .map_err(BodyError::Read)?;
    if decoded.len() as u64 > max_len {
        return Err(BodyError::TooLarge);
    }
    Ok(decoded)
}

enum BodyError {
    TooLarge,
    Read(std::io::Error),
}

/// An interrupted download on disk: the bytes kept so far, and the file new bytes go to.
struct Partial {
    path: PathBuf,
    prefix: Vec<u8>,
    /// `None` once writing failed: the download goes on in memory only.
    file: Option<File>,
}

impl Partial {
    fn open(path: PathBuf, max_len: u64) -> Partial {
        let mut prefix = std::fs::read(&path).unwrap_or_default();
        if prefix.len() as u64 >= max_len {
            // Cannot be a prefix of an acceptable file.
            prefix.clear();
        }
        let file = path.parent().and_then(|dir| std::fs::create_dir_all(dir).ok()).and_then(|()| {
            let mut file = OpenOptions::new().create(true).write(true).truncate(false).open(&path).ok()?;
            file.set_len(prefix.len() as u64).ok()?;
            std::io::Seek::seek(&mut file, std::io::SeekFrom::End(0)).ok()?;
            Some(file)
        });
        Partial { path, prefix, file }
    }

    /// The server sends the whole file: what was kept is dropped.
    fn restart(&mut self) {
        self.prefix.clear();
        if let Some(file) = &mut self.file {
            let reset = file.set_len(0).and_then(|()| std::io::Seek::seek(file, std::io::SeekFrom::Start(0)));
            if reset.is_err() {
                self.file = None;
            }
        }
    }

    fn append(&mut self, bytes: &[u8]) {
        if let Some(file) = &mut self.file
            && file.write_all(bytes).is_err()
        {
            self.file = None;
        }
    }
}

/// Removes the partial file: the download is complete, or what was kept is of no use.
fn discard(partial: &mut Option<Partial>) {
    if let Some(partial) = partial.take() {
        drop(partial.file);
        // A leftover file is retried, checked by length and hash, and replaced next time.
        let _ = std::fs::remove_file(&partial.path);
    }
}

fn tls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth())
}

/// https anywhere; plain http only to this device.
fn is_allowed_url(url: &Url) -> bool {
    match url.scheme() {
        "https" => url.host().is_some(),
        "http" => is_loopback(url),
        _ => false,
    }
}

fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else { return false };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || bare.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A redirect goes to an address the app may use, and never from https down to plain http
/// (not even to this device: a server on the phone must not answer for the feed).
fn is_allowed_redirect(previous: &[Url], next: &Url) -> bool {
    let downgrade = next.scheme() != "https" && previous.iter().any(|url| url.scheme() == "https");
    is_allowed_url(next) && !downgrade
}

/// The error a redirect to an address the app may not use is reported with.
#[derive(Debug, thiserror::Error)]
#[error("redirected to {0}, which is not https")]
struct RefusedRedirect(String);

fn follow_safe_redirect(attempt: redirect::Attempt<'_>) -> redirect::Action {
    if !is_allowed_redirect(attempt.previous(), attempt.url()) {
        let url = attempt.url().to_string();
        attempt.error(RefusedRedirect(url))
    } else if attempt.previous().len() > MAX_REDIRECTS {
        attempt.error("too many redirects")
    } else {
        attempt.follow()
    }
}

/// A redirect to plain http is what a Wi-Fi login page does: the answer is not the file.
fn request_error(url: &Url, error: &reqwest::Error) -> TransportError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        if let Some(refused) = current.downcast_ref::<RefusedRedirect>() {
            return TransportError::Malformed(format!("{url}: {refused}"));
        }
        source = current.source();
    }
    TransportError::Unreachable(format!("{url}: {}", error_chain(error)))
}

/// reqwest's own message is terse ("error sending request"); the causes say what happened.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn content_range_start(response: &Response) -> Option<u64> {
    let value = response.headers().get(CONTENT_RANGE)?.to_str().ok()?;
    let range = value.strip_prefix("bytes ")?;
    range.split('-').next()?.trim().parse().ok()
}

fn is_html_content_type(response: &Response) -> bool {
    response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.trim_start().to_ascii_lowercase().starts_with("text/html"))
}

/// Whether a body starts like a web page (after white space), as a captive portal's does.
fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head: Vec<u8> = bytes[start..].iter().take(9).map(u8::to_ascii_lowercase).collect();
    head.starts_with(b"<!doctype") || head.starts_with(b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_bodies_unzip_within_the_length_allowed() {
        let gzip = |bytes: &[u8]| {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(bytes).unwrap();
            encoder.finish().unwrap()
        };
        let json = br#"{"signed":{"_type":"timestamp"}}"#;
        assert_eq!(gunzip(&gzip(json), json.len() as u64).ok().as_deref(), Some(&json[..]));
        // A kilobyte of zeros to a megabyte: the limit is on what it unzips to.
        let bomb = gzip(&vec![0; 1 << 20]);
        assert!(bomb.len() < 2048);
        assert!(matches!(gunzip(&bomb, 64 * 1024), Err(BodyError::TooLarge)));
        assert!(matches!(gunzip(b"{\"not\": \"gzip\"}", 1024), Err(BodyError::Read(_))));
    }

    #[test]
    fn redirects_never_leave_https_for_plain_http() {
        let url = |text: &str| Url::parse(text).unwrap();
        for (from, to, allowed) in [
            ("https://feed.example.org/t.json", "https://cdn.example.org/t.json", true),
            ("http://127.0.0.1:8080/t.json", "http://localhost:8080/t.json", true),
            ("http://127.0.0.1:8080/t.json", "https://feed.example.org/t.json", true),
            ("https://feed.example.org/t.json", "http://localhost/t.json", false),
            ("https://feed.example.org/t.json", "http://127.0.0.1:8080/t.json", false),
            ("https://feed.example.org/t.json", "http://portal.example.net/login", false),
            ("http://127.0.0.1:8080/t.json", "http://portal.example.net/login", false),
        ] {
            assert_eq!(is_allowed_redirect(&[url(from)], &url(to)), allowed, "{from} -> {to}");
        }
    }
}
