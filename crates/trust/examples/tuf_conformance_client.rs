//! A client for the TUF conformance suite (theupdateframework/tuf-conformance), to the
//! contract of its CLIENT-CLI.md, over wegwijs-trust's public API:
//!
//! ```text
//! tuf_conformance_client --metadata-dir DIR init ROOT
//! tuf_conformance_client --metadata-dir DIR --metadata-url URL refresh
//! tuf_conformance_client --metadata-dir DIR --metadata-url URL --target-name PATH...
//!     --target-base-url URL --target-dir DIR download
//! ```
//!
//! The IO lives here, not in the crate: files in the metadata directory (`root.json`,
//! `timestamp.json`, `snapshot.json`, `targets.json` and `<role>.json` with the role name
//! percent-encoded, what the suite reads) plus `client-state` (the entity tag and the newest
//! time seen), and a minimal HTTP/1.0 GET over a TCP stream (the suite serves plain HTTP on
//! loopback). `cargo xtask tuf-conformance` builds and runs it. Exit code 0 on success, 1 on
//! any failure, with the reason on stderr.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use wegwijs_trust::client::TrustedState;
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};
use wegwijs_trust::{Client, Freshness};

fn main() {
    let result = Arguments::parse(std::env::args().skip(1)).and_then(|arguments| arguments.run());
    if let Err(message) = result {
        eprintln!("wegwijs-trust conformance client: {message}");
        std::process::exit(1);
    }
}

#[derive(Debug, Default)]
struct Arguments {
    metadata_dir: Option<PathBuf>,
    metadata_url: Option<String>,
    target_names: Vec<String>,
    target_base_url: Option<String>,
    target_dir: Option<PathBuf>,
    command: Vec<String>,
}

impl Arguments {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Arguments, String> {
        let mut arguments = Arguments::default();
        while let Some(arg) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--metadata-dir" => arguments.metadata_dir = Some(value()?.into()),
                "--metadata-url" => arguments.metadata_url = Some(value()?),
                "--target-name" => arguments.target_names.push(value()?),
                "--target-base-url" => arguments.target_base_url = Some(value()?),
                "--target-dir" => arguments.target_dir = Some(value()?.into()),
                "-v" | "--verbose" => {}
                _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
                _ => arguments.command.push(arg),
            }
        }
        Ok(arguments)
    }

    fn run(self) -> Result<(), String> {
        let metadata_dir = self.metadata_dir.clone().ok_or("--metadata-dir is required")?;
        match self.command.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["init", trusted_root] => {
                std::fs::copy(trusted_root, metadata_dir.join("root.json"))
                    .map_err(|error| format!("copying {trusted_root}: {error}"))?;
                Ok(())
            }
            ["refresh"] => {
                let mut session = Session::open(&metadata_dir, self.metadata_url.as_deref(), None)?;
                session.refresh()
            }
            ["download"] => {
                let target_dir = self.target_dir.as_deref().ok_or("--target-dir is required")?;
                let mut session =
                    Session::open(&metadata_dir, self.metadata_url.as_deref(), self.target_base_url.as_deref())?;
                session.refresh()?;
                for name in &self.target_names {
                    session.download(name, target_dir)?;
                }
                Ok(())
            }
            other => Err(format!("unknown command {other:?}")),
        }
    }
}

/// One run of the client: its trusted metadata, where it is stored and where it comes from.
struct Session<'a> {
    client: Client,
    metadata_dir: &'a Path,
    transport: HttpTransport,
    now: DateTime<Utc>,
}

const STATE_FILE: &str = "client-state";

impl<'a> Session<'a> {
    fn open(metadata_dir: &'a Path, metadata_url: Option<&str>, target_base_url: Option<&str>) -> Result<Self, String> {
        let metadata_url = metadata_url.ok_or("--metadata-url is required")?;
        let state = read_state(metadata_dir)?;
        let client = Client::load(&state.root, Some(&state)).map_err(|error| format!("loading: {error}"))?;
        let transport =
            HttpTransport { metadata_url: with_slash(metadata_url), target_base_url: target_base_url.map(with_slash) };
        Ok(Session { client, metadata_dir, transport, now: Utc::now() })
    }

    /// Refreshes and stores what was verified, whether the refresh succeeded or not.
    fn refresh(&mut self) -> Result<(), String> {
        let result = self.client.refresh(&mut self.transport, self.now, Freshness::Online);
        self.store()?;
        result.map(|_| ()).map_err(|error| format!("refresh: {error}"))
    }

    fn download(&mut self, name: &str, target_dir: &Path) -> Result<(), String> {
        let result = self.client.find_target(&mut self.transport, self.now, Freshness::Online, name);
        self.store()?;
        let resolved = result.map_err(|error| format!("{name}: {error}"))?.ok_or(format!("{name}: no such target"))?;
        let file = target_dir.join(percent_encode(name));
        if let Ok(bytes) = std::fs::read(&file)
            && resolved.target.check(name, &bytes).is_ok()
        {
            return Ok(());
        }
        let bytes = self
            .client
            .fetch_target(&mut self.transport, name, &resolved.target)
            .map_err(|error| format!("{name}: {error}"))?;
        std::fs::write(&file, bytes).map_err(|error| format!("writing {}: {error}", file.display()))
    }

    /// Writes the trusted metadata as the suite expects it, and drops files of roles the
    /// client no longer trusts.
    fn store(&self) -> Result<(), String> {
        let state = self.client.state();
        let mut files = vec![("root.json".to_owned(), Some(state.root.clone()))];
        files.push(("timestamp.json".to_owned(), state.timestamp.clone()));
        files.push(("snapshot.json".to_owned(), state.snapshot.clone()));
        let mut role_files = Vec::new();
        for (role, bytes) in &state.targets {
            let name = format!("{}.json", percent_encode(role));
            role_files.push(name.clone());
            files.push((name, Some(bytes.clone())));
        }
        for entry in std::fs::read_dir(self.metadata_dir).map_err(|error| error.to_string())? {
            let name = entry.map_err(|error| error.to_string())?.file_name().to_string_lossy().into_owned();
            let top_level = ["root.json", "timestamp.json", "snapshot.json"].contains(&name.as_str());
            if name.ends_with(".json") && !top_level && !role_files.contains(&name) {
                files.push((name, None));
            }
        }
        for (name, bytes) in files {
            let path = self.metadata_dir.join(&name);
            match bytes {
                Some(bytes) => write_atomically(&path, &bytes)?,
                None => {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        let extra = serde_json::json!({
            "timestamp_etag": state.timestamp_etag,
            "newest_time_seen": state.newest_time_seen,
        });
        write_atomically(&self.metadata_dir.join(STATE_FILE), extra.to_string().as_bytes())
    }
}

fn read_state(metadata_dir: &Path) -> Result<TrustedState, String> {
    let read = |name: &str| std::fs::read(metadata_dir.join(name)).ok();
    let root = read("root.json").ok_or("no root.json: run init first")?;
    let mut targets = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(metadata_dir).map_err(|error| error.to_string())? {
        let name = entry.map_err(|error| error.to_string())?.file_name().to_string_lossy().into_owned();
        let Some(encoded) = name.strip_suffix(".json") else { continue };
        if ["root", "timestamp", "snapshot"].contains(&encoded) {
            continue;
        }
        if let (Some(role), Some(bytes)) = (percent_decode(encoded), read(&name)) {
            targets.insert(role, bytes);
        }
    }
    let extra: serde_json::Value =
        read(STATE_FILE).and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or(serde_json::Value::Null);
    Ok(TrustedState {
        root,
        timestamp: read("timestamp.json"),
        snapshot: read("snapshot.json"),
        targets,
        newest_time_seen: serde_json::from_value(extra["newest_time_seen"].clone()).unwrap_or(None),
        timestamp_etag: serde_json::from_value(extra["timestamp_etag"].clone()).unwrap_or(None),
    })
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let temporary = path.with_extension("partial");
    std::fs::write(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|error| format!("writing {}: {error}", path.display()))
}

fn with_slash(url: &str) -> String {
    if url.ends_with('/') { url.to_owned() } else { format!("{url}/") }
}

/// Percent-encodes everything but unreserved characters, so a role or target name is one
/// safe file name (`/`, `..` and `?` included).
fn percent_encode(name: &str) -> String {
    let mut encoded = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

fn percent_decode(encoded: &str) -> Option<String> {
    let bytes = encoded.as_bytes();
    let mut decoded = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// Metadata from `metadata_url`, and `targets/…` paths from `target_base_url`.
struct HttpTransport {
    metadata_url: String,
    target_base_url: Option<String>,
}

impl Transport for HttpTransport {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        let url = match (request.path.strip_prefix("targets/"), &self.target_base_url) {
            (Some(target), Some(base)) => format!("{base}{target}"),
            _ => format!("{}{}", self.metadata_url, request.path),
        };
        match http_get(&url, request.max_len) {
            Err(HttpError::TooLarge) => {
                Err(TransportError::TooLarge { path: request.path.to_owned(), max_len: request.max_len })
            }
            Err(HttpError::Other(error)) => Err(TransportError::Unreachable(format!("{url}: {error}"))),
            Ok(fetched) => Ok(fetched),
        }
    }
}

enum HttpError {
    TooLarge,
    Other(String),
}

impl From<String> for HttpError {
    fn from(error: String) -> Self {
        HttpError::Other(error)
    }
}

impl From<&str> for HttpError {
    fn from(error: &str) -> Self {
        HttpError::Other(error.to_owned())
    }
}

impl From<std::io::Error> for HttpError {
    fn from(error: std::io::Error) -> Self {
        HttpError::Other(error.to_string())
    }
}

/// A plain HTTP/1.0 GET: the body of a 200, `NotFound` for 403, 404 and 410.
fn http_get(url: &str, max_len: u64) -> Result<Fetched, HttpError> {
    let rest = url.strip_prefix("http://").ok_or("only http:// URLs")?;
    let (host, path) = rest.split_once('/').map_or((rest, "/".to_owned()), |(host, path)| (host, format!("/{path}")));
    let path: String = path
        .bytes()
        .map(|byte| match byte {
            b' ' | b'"' | b'#' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^' | 0..=0x20 | 0x7f.. => {
                format!("%{byte:02X}")
            }
            _ => (byte as char).to_string(),
        })
        .collect();
    let mut stream = TcpStream::connect(host)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\nConnection: close\r\n\r\n")?;
    let mut response = Vec::new();
    // Headers plus the body, read at most one byte beyond the cap.
    stream.take(max_len + 64 * 1024 + 1).read_to_end(&mut response)?;
    let header_end =
        response.windows(4).position(|window| window == b"\r\n\r\n").ok_or("no end of the response headers")?;
    let head = String::from_utf8_lossy(&response[..header_end]);
    let status: u16 = head
        .lines()
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .ok_or("no status line")?;
    let body = response[header_end + 4..].to_vec();
    match status {
        200 if body.len() as u64 > max_len => Err(HttpError::TooLarge),
        200 => Ok(Fetched::Body { bytes: body, etag: None }),
        403 | 404 | 410 => Ok(Fetched::NotFound),
        _ => Err(HttpError::Other(format!("HTTP status {status}"))),
    }
}
