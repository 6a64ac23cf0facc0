//! The transports against real parts: nginx for HTTP (conditional GET, ranges, sizes, a Wi-Fi
//! login page), update files byte by byte, and a feed folder on disk.

mod support;

use std::path::Path;
use support::nginx::{LoggedRequest, Nginx, RawServer, free_port};
use wegwijs_core::error::UpdateFileErrorKind;
use wegwijs_core::i18n::Localizer;
use wegwijs_core::sync::file::{DirTransport, FileTransport, MAGIC, MAX_ENTRIES, MAX_FILE_LEN, UpdateFile};
use wegwijs_core::sync::http::HttpTransport;
use wegwijs_core::{Error, Lang};
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};

const MIB: u64 = 1024 * 1024;
const PACK_PATH: &str = "targets/nl/0a1b2c.full-5.pack";
const TIMESTAMP: &[u8] = br#"{"signed": {"_type": "timestamp", "version": 7}}"#;

/// Bytes that look like nothing in particular, the same every run.
fn pack_bytes(len: usize) -> Vec<u8> {
    let mut state: u32 = 0x5eed;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect()
}

/// A feed folder with a timestamp, a pack, and a 50 MB file (sparse: no disk used).
fn feed_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("timestamp.json"), TIMESTAMP).unwrap();
    std::fs::create_dir_all(dir.path().join("targets/nl")).unwrap();
    std::fs::write(dir.path().join(PACK_PATH), pack_bytes(300_000)).unwrap();
    std::fs::File::create(dir.path().join("big.bin")).unwrap().set_len(50 * MIB).unwrap();
    dir
}

/// nginx over [`feed_dir`], with the odd answers a real network gives.
fn feed_server(root: &Path, endless: &RawServer) -> Nginx {
    Nginx::builder(root)
        // Server-side includes drop Content-Length: the 50 MB file arrives chunked.
        .location("location /chunked/ { alias {root}/; ssi on; ssi_types *; }")
        .location(&format!(
            "location = /endless.bin {{ proxy_pass http://127.0.0.1:{}; proxy_http_version 1.1; proxy_buffering off; }}",
            endless.port()
        ))
        // A Wi-Fi login page, sent as a web page, as JSON, and as a redirect.
        .location(
            "location = /portal/timestamp.json { default_type text/html; \
             return 200 '<!DOCTYPE html><html><body>Log in to the Wi-Fi</body></html>'; }",
        )
        .location(
            "location = /sniff/timestamp.json { default_type application/json; \
             return 200 '\n  <HTML><body>Log in to the Wi-Fi</body></HTML>'; }",
        )
        .location("location = /redirect/timestamp.json { return 302 http://portal.example.net/login; }")
        .location("location = /moved/timestamp.json { return 301 /timestamp.json; }")
        .location("location = /forbidden.json { return 403; }")
        .location("location = /gone.json { return 410; }")
        .location("location = /broken.json { return 500; }")
        .location("location = /busy.json { return 503; }")
        .start()
}

fn request(path: &str, max_len: u64) -> Request<'_> {
    Request { path, max_len, if_none_match: None }
}

fn http(base: &str, partial_dir: &Path) -> HttpTransport {
    HttpTransport::new(base, partial_dir).unwrap_or_else(|e| panic!("{base}: {e}"))
}

/// What a fetch came to, in a form a table can state.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Body(Vec<u8>),
    NotModified,
    NotFound,
    Unreachable,
    TooLarge,
    Malformed,
}

fn outcome(result: Result<Fetched, TransportError>) -> Outcome {
    match result {
        Ok(Fetched::Body { bytes, .. }) => Outcome::Body(bytes),
        Ok(Fetched::NotModified) => Outcome::NotModified,
        Ok(Fetched::NotFound) => Outcome::NotFound,
        Err(TransportError::Unreachable(_)) => Outcome::Unreachable,
        Err(TransportError::TooLarge { .. }) => Outcome::TooLarge,
        Err(TransportError::Malformed(_)) => Outcome::Malformed,
    }
}

/// Fetches `path` with a fresh transport on `base` and checks the outcome.
fn check_fetch(base: &str, path: &str, max_len: u64, expected: Outcome) -> HttpTransport {
    let partial = tempfile::tempdir().unwrap();
    let mut transport = http(base, partial.path());
    let got = outcome(transport.fetch(&request(path, max_len)));
    assert_eq!(got, expected, "{base}{path}");
    transport
}

#[test]
fn http_answers_map_to_fetch_outcomes() {
    let feed = feed_dir();
    let endless = RawServer::endless();
    let nginx = feed_server(feed.path(), &endless);
    let base = nginx.base_url();
    let pack = std::fs::read(feed.path().join(PACK_PATH)).unwrap();
    let cases: &[(&str, &str, u64, Outcome)] = &[
        ("", "timestamp.json", MIB, Outcome::Body(TIMESTAMP.to_vec())),
        ("", PACK_PATH, MIB, Outcome::Body(pack)),
        ("", "2.root.json", MIB, Outcome::NotFound),
        ("", "forbidden.json", MIB, Outcome::NotFound),
        ("", "gone.json", MIB, Outcome::NotFound),
        ("", "broken.json", MIB, Outcome::Unreachable),
        ("", "busy.json", MIB, Outcome::Unreachable),
        ("", "timestamp.json", 10, Outcome::TooLarge),
        ("portal/", "timestamp.json", MIB, Outcome::Malformed),
        ("sniff/", "timestamp.json", MIB, Outcome::Malformed),
        ("redirect/", "timestamp.json", MIB, Outcome::Malformed),
        ("moved/", "timestamp.json", MIB, Outcome::Body(TIMESTAMP.to_vec())),
        ("", "../etc/passwd", MIB, Outcome::Malformed),
        ("", "targets/../../secret", MIB, Outcome::Malformed),
    ];
    for (prefix, path, max_len, expected) in cases {
        let base = format!("{base}{prefix}");
        check_fetch(&base, path, *max_len, expected.clone());
    }
    // The refused paths never reached the server.
    let requests = nginx.requests(cases.len() - 2);
    assert!(requests.iter().all(|r| !r.request.contains("..")), "{requests:?}");
}

#[test]
fn unchanged_timestamp_costs_one_304_without_body() {
    let feed = feed_dir();
    let nginx = Nginx::serve(feed.path());
    let partial = tempfile::tempdir().unwrap();
    let mut transport = http(&nginx.base_url(), partial.path());
    let Fetched::Body { bytes, etag: Some(etag) } = transport.fetch(&request("timestamp.json", MIB)).unwrap() else {
        panic!("expected a body with an ETag");
    };
    assert_eq!(bytes, TIMESTAMP);
    assert_eq!(transport.bytes_received(), TIMESTAMP.len() as u64);

    let conditional = Request { path: "timestamp.json", max_len: MIB, if_none_match: Some(&etag) };
    assert_eq!(transport.fetch(&conditional).unwrap(), Fetched::NotModified);
    assert_eq!(transport.bytes_received(), TIMESTAMP.len() as u64, "a 304 has no body");

    let stale = Request { path: "timestamp.json", max_len: MIB, if_none_match: Some("\"not-the-etag\"") };
    assert!(matches!(transport.fetch(&stale).unwrap(), Fetched::Body { .. }));

    let log = nginx.requests(3);
    let statuses: Vec<(u16, u64)> = log.iter().map(|r| (r.status, r.body_bytes_sent)).collect();
    assert_eq!(statuses, [(200, TIMESTAMP.len() as u64), (304, 0), (200, TIMESTAMP.len() as u64)]);
}

/// Fetches a file that is too large and checks how much the transport read before stopping.
fn check_too_large(base: &str, path: &str, max_len: u64, read: std::ops::RangeInclusive<u64>) {
    let started = std::time::Instant::now();
    let transport = check_fetch(base, path, max_len, Outcome::TooLarge);
    assert!(
        read.contains(&transport.bytes_received()),
        "{path}: read {} bytes, {read:?} expected",
        transport.bytes_received()
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{path} took {:?}", started.elapsed());
}

#[test]
fn oversized_bodies_are_refused_without_reading_them() {
    let feed = feed_dir();
    let endless = RawServer::endless();
    let nginx = feed_server(feed.path(), &endless);
    let base = nginx.base_url();
    // Content-Length says so: nothing is read.
    check_too_large(&base, "big.bin", MIB, 0..=0);
    // Chunked, with no length announced: reading stops one piece past the limit.
    check_too_large(&base, "chunked/big.bin", MIB, MIB..=MIB + 128 * 1024);
    check_too_large(&base, "endless.bin", MIB, MIB..=MIB + 128 * 1024);
    let log = nginx.requests(3);
    assert!(log.iter().all(|r| r.body_bytes_sent < 50 * MIB), "{log:?}");
}

#[test]
fn interrupted_pack_download_resumes_with_a_range_request() {
    let feed = feed_dir();
    let nginx = Nginx::serve(feed.path());
    let pack = std::fs::read(feed.path().join(PACK_PATH)).unwrap();
    let partial_dir = tempfile::tempdir().unwrap();

    // The connection drops after 100,000 bytes: they are kept.
    let cut = RawServer::cut_off(pack.clone(), 100_000);
    let mut dropped = http(&cut.base_url(), partial_dir.path());
    assert_eq!(outcome(dropped.fetch(&request(PACK_PATH, MIB))), Outcome::Unreachable);
    let kept = dropped.partial_path(PACK_PATH).unwrap();
    assert_eq!(std::fs::read(&kept).unwrap(), pack[..100_000]);

    // The next attempt asks only for the rest, and cleans up.
    let mut transport = http(&nginx.base_url(), partial_dir.path());
    assert_eq!(outcome(transport.fetch(&request(PACK_PATH, MIB))), Outcome::Body(pack.clone()));
    assert_eq!(transport.bytes_received(), 200_000);
    assert!(!kept.exists());
    let log = nginx.requests(1);
    assert_eq!(
        log,
        [LoggedRequest {
            status: 206,
            body_bytes_sent: 200_000,
            range: "bytes=100000-".to_string(),
            request: format!("GET /{PACK_PATH} HTTP/1.1"),
        }]
    );
}

#[test]
fn server_that_ignores_the_range_sends_everything_again() {
    let pack = pack_bytes(300_000);
    let partial_dir = tempfile::tempdir().unwrap();
    let whole = RawServer::cut_off(pack.clone(), pack.len());
    let mut transport = http(&whole.base_url(), partial_dir.path());
    let kept = transport.partial_path(PACK_PATH).unwrap();
    std::fs::write(&kept, &pack[..1000]).unwrap();
    assert_eq!(outcome(transport.fetch(&request(PACK_PATH, MIB))), Outcome::Body(pack.clone()));
    assert_eq!(transport.bytes_received(), pack.len() as u64);
    assert!(!kept.exists());
}

#[test]
fn kept_part_that_does_not_fit_is_dropped() {
    let feed = feed_dir();
    let nginx = Nginx::serve(feed.path());
    let pack = std::fs::read(feed.path().join(PACK_PATH)).unwrap();
    let partial_dir = tempfile::tempdir().unwrap();
    let mut transport = http(&nginx.base_url(), partial_dir.path());
    let kept = transport.partial_path(PACK_PATH).unwrap();
    // Longer than the file: the server cannot send "the rest" (416), so it starts over.
    std::fs::write(&kept, vec![0u8; 400_000]).unwrap();
    assert_eq!(outcome(transport.fetch(&request(PACK_PATH, MIB))), Outcome::Body(pack.clone()));
    let statuses: Vec<u16> = nginx.requests(2).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [416, 200]);
    // Not shorter than the limit: it cannot be part of an acceptable file, no range is sent.
    std::fs::write(&kept, vec![0u8; 300_000]).unwrap();
    assert_eq!(outcome(transport.fetch(&request(PACK_PATH, 300_000))), Outcome::Body(pack));
    assert_eq!(nginx.requests(3)[2].range, "-");
    assert!(!kept.exists());
}

#[test]
fn metadata_is_never_resumed() {
    let feed = feed_dir();
    let nginx = Nginx::serve(feed.path());
    let partial_dir = tempfile::tempdir().unwrap();
    let mut transport = http(&nginx.base_url(), partial_dir.path());
    assert_eq!(transport.partial_path("timestamp.json"), None);
    assert_eq!(outcome(transport.fetch(&request("timestamp.json", MIB))), Outcome::Body(TIMESTAMP.to_vec()));
    assert_eq!(std::fs::read_dir(partial_dir.path()).unwrap().count(), 0);
}

#[test]
fn only_https_and_this_device_are_accepted() {
    let partial = tempfile::tempdir().unwrap();
    let accepted = [
        ("https://feed.example.org/wegwijs", "https://feed.example.org/wegwijs/"),
        ("https://feed.example.org/", "https://feed.example.org/"),
        ("http://127.0.0.1:8080/feed/", "http://127.0.0.1:8080/feed/"),
        ("http://localhost:8080", "http://localhost:8080/"),
        ("http://[::1]:8080/", "http://[::1]:8080/"),
    ];
    for (url, base) in accepted {
        assert_eq!(http(url, partial.path()).base_url(), base, "{url}");
    }
    let refused = [
        "http://feed.example.org/",
        "http://10.0.0.1/",
        "http://127.0.0.1.example.org/",
        "ftp://127.0.0.1/",
        "file:///tmp/feed",
        "https://feed.example.org/?key=1",
        "feed.example.org",
        "",
    ];
    for url in refused {
        match HttpTransport::new(url, partial.path()) {
            Err(error @ Error::InvalidUpdateSource { .. }) => assert_eq!(error.code(), "error-update-no-source"),
            other => panic!("{url}: expected InvalidUpdateSource, got {other:?}"),
        }
    }
}

#[test]
fn closed_port_is_unreachable() {
    let base = format!("http://127.0.0.1:{}/", free_port());
    check_fetch(&base, "timestamp.json", MIB, Outcome::Unreachable);
}

// --- Update files ---

fn sample_file() -> UpdateFile {
    let mut file = UpdateFile::default();
    file.entries.insert("1.root.json".to_string(), b"{\"root\": 1}".to_vec());
    file.entries.insert("timestamp.json".to_string(), TIMESTAMP.to_vec());
    file.entries.insert(PACK_PATH.to_string(), pack_bytes(5_000));
    file.entries.insert("targets/gm0794/ff.empty.pack".to_string(), Vec::new());
    file
}

/// An update file written by hand: magic, `count`, then each entry as given (in order).
fn raw_file(count: u32, entries: &[(&[u8], &[u8])]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&count.to_le_bytes());
    for (path, data) in entries {
        out.extend_from_slice(&(path.len() as u32).to_le_bytes());
        out.extend_from_slice(path);
        out.extend_from_slice(&(data.len() as u64).to_le_bytes());
        out.extend_from_slice(data);
    }
    out
}

/// Reads `bytes` as an update file and checks it is refused as `kind`, for a reason that
/// mentions `reason`.
fn check_refused(case: &str, bytes: &[u8], kind: UpdateFileErrorKind, reason: &str) {
    match UpdateFile::from_bytes(bytes) {
        Err(error @ Error::UpdateFile { .. }) => {
            let Error::UpdateFile { kind: got, detail } = &error else { unreachable!() };
            assert_eq!(*got, kind, "{case}: {detail}");
            assert!(detail.contains(reason), "{case}: {detail:?} should mention {reason:?}");
            assert_eq!(error.code(), kind.code(), "{case}");
            assert!(error.code().starts_with("error-update-file-"), "{case}");
            let dutch = error.localized(&Localizer::bundled(), Lang::Nl);
            assert!(dutch.contains("updatebestand"), "{case}: {dutch}");
        }
        other => panic!("{case}: expected {kind:?}, got {other:?}"),
    }
}

#[test]
fn base64_of_an_oversized_update_file_is_refused_before_decoding() {
    // Regression: the shell decoded a picked file's base64 whole before any size check.
    use wegwijs_core::sync::file::{MAX_BASE64_LEN, check_base64_len};
    check_base64_len(MAX_BASE64_LEN as usize).unwrap();
    match check_base64_len(MAX_BASE64_LEN as usize + 1) {
        Err(error) => assert_eq!(error.code(), "error-update-file-too-large"),
        Ok(()) => panic!("{} characters were accepted", MAX_BASE64_LEN + 1),
    }
}

#[test]
fn update_file_roundtrips() {
    let file = sample_file();
    let bytes = file.to_bytes();
    assert!(bytes.starts_with(b"WEGWIJS\x01"));
    assert_eq!(UpdateFile::from_bytes(&bytes).unwrap(), file);
    assert_eq!(UpdateFile::from_bytes(&UpdateFile::default().to_bytes()).unwrap(), UpdateFile::default());
    // The format is fixed: this layout is what other phones' apps read.
    let one = UpdateFile { entries: [("a".to_string(), b"xy".to_vec())].into() };
    assert_eq!(one.to_bytes(), raw_file(1, &[(b"a", b"xy")]));
}

#[test]
fn update_file_is_strict() {
    use UpdateFileErrorKind::{Damaged, NotAnUpdateFile, TooLarge};
    let good = sample_file().to_bytes();
    let mut wrong_version = good.clone();
    wrong_version[7] = 2;
    let mut trailing = good.clone();
    trailing.push(0);
    let cases: Vec<(&str, Vec<u8>, UpdateFileErrorKind, &str)> = vec![
        ("empty", Vec::new(), NotAnUpdateFile, "does not start"),
        ("zip file", b"PK\x03\x04 some zip".to_vec(), NotAnUpdateFile, "does not start"),
        ("newer format", wrong_version, NotAnUpdateFile, "does not start"),
        ("no count", MAGIC.to_vec(), Damaged, "entry count"),
        ("cut in the last data", good[..good.len() - 1].to_vec(), Damaged, "ends inside"),
        ("cut between entries", raw_file(2, &[(b"a", b"1")]), Damaged, "ends inside a path length"),
        ("trailing bytes", trailing, Damaged, "1 bytes follow"),
        ("unsorted", raw_file(2, &[(b"b", b"1"), (b"a", b"2")]), Damaged, "sorted"),
        ("duplicate", raw_file(2, &[(b"a", b"1"), (b"a", b"2")]), Damaged, "sorted and unique"),
        ("empty path", raw_file(1, &[(b"", b"1")]), Damaged, "path of 0 bytes"),
        ("long path", raw_file(1, &[(&[b'a'; 1025], b"1")]), Damaged, "path of 1025 bytes"),
        ("not UTF-8", raw_file(1, &[(b"\xff.json", b"1")]), Damaged, "not UTF-8"),
        ("parent", raw_file(1, &[(b"../timestamp.json", b"1")]), Damaged, ".. segment"),
        ("parent inside", raw_file(1, &[(b"targets/../../x", b"1")]), Damaged, ".. segment"),
        ("dot", raw_file(1, &[(b"./timestamp.json", b"1")]), Damaged, ".. segment"),
        ("double slash", raw_file(1, &[(b"targets//x", b"1")]), Damaged, "empty"),
        ("absolute", raw_file(1, &[(b"/etc/passwd", b"1")]), Damaged, "absolute"),
        ("backslash", raw_file(1, &[(b"targets\\..\\x", b"1")]), Damaged, "backslash"),
        ("control", raw_file(1, &[(b"a\nb", b"1")]), Damaged, "control"),
        ("too many entries", raw_file(MAX_ENTRIES + 1, &[]), TooLarge, "20001 entries"),
    ];
    for (case, bytes, kind, reason) in &cases {
        check_refused(case, bytes, *kind, reason);
    }
    // A data length that claims more than the file holds.
    let mut huge_length = raw_file(1, &[(b"a", b"xy")]);
    let at = huge_length.len() - 10;
    huge_length[at..at + 8].copy_from_slice(&u64::MAX.to_le_bytes());
    check_refused("huge data length", &huge_length, Damaged, "ends inside the data of a");
    // Over the size cap: refused before anything is parsed (the zeroed pages are never touched).
    let oversized = vec![0u8; MAX_FILE_LEN as usize + 1];
    check_refused("over 256 MiB", &oversized, TooLarge, "at most 268435456");
}

#[test]
fn file_transport_serves_entries() {
    let mut transport = FileTransport::new(sample_file());
    let cases: &[(&str, u64, Option<&str>, Outcome)] = &[
        ("timestamp.json", MIB, None, Outcome::Body(TIMESTAMP.to_vec())),
        // An entity tag means nothing to a file: the body comes back.
        ("timestamp.json", MIB, Some("\"etag\""), Outcome::Body(TIMESTAMP.to_vec())),
        ("timestamp.json", TIMESTAMP.len() as u64, None, Outcome::Body(TIMESTAMP.to_vec())),
        ("timestamp.json", TIMESTAMP.len() as u64 - 1, None, Outcome::TooLarge),
        ("targets/gm0794/ff.empty.pack", 0, None, Outcome::Body(Vec::new())),
        ("2.root.json", MIB, None, Outcome::NotFound),
        ("../timestamp.json", MIB, None, Outcome::NotFound),
    ];
    for (path, max_len, if_none_match, expected) in cases {
        let got = outcome(transport.fetch(&Request { path, max_len: *max_len, if_none_match: *if_none_match }));
        assert_eq!(got, *expected, "{path} (max {max_len})");
    }
}

#[test]
fn dir_transport_stays_inside_its_folder() {
    let outer = tempfile::tempdir().unwrap();
    std::fs::write(outer.path().join("secret.json"), b"secret").unwrap();
    let feed = outer.path().join("feed");
    std::fs::create_dir_all(feed.join("targets/nl")).unwrap();
    std::fs::write(feed.join("timestamp.json"), TIMESTAMP).unwrap();
    std::os::unix::fs::symlink(outer.path().join("secret.json"), feed.join("link.json")).unwrap();
    std::os::unix::fs::symlink(feed.join("timestamp.json"), feed.join("inside-link.json")).unwrap();
    let mut transport = DirTransport::new(&feed);
    let cases: &[(&str, u64, Outcome)] = &[
        ("timestamp.json", MIB, Outcome::Body(TIMESTAMP.to_vec())),
        ("inside-link.json", MIB, Outcome::Body(TIMESTAMP.to_vec())),
        ("timestamp.json", 10, Outcome::TooLarge),
        ("2.root.json", MIB, Outcome::NotFound),
        ("targets/nl", MIB, Outcome::NotFound),
        ("../secret.json", MIB, Outcome::Malformed),
        ("targets/../../secret.json", MIB, Outcome::Malformed),
        ("/etc/passwd", MIB, Outcome::Malformed),
        ("targets\\..\\..\\secret.json", MIB, Outcome::Malformed),
        ("link.json", MIB, Outcome::Malformed),
    ];
    for (path, max_len, expected) in cases {
        assert_eq!(outcome(transport.fetch(&request(path, *max_len))), *expected, "{path}");
    }
}
