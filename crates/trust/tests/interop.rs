//! Interop with python-tuf, the reference TUF implementation, both ways:
//!
//! - a repository written by python-tuf's Metadata API (`tests/interop/make_repo.py`) verifies in
//!   our client: root rotation, timestamp, snapshot, targets, a delegated role, both targets'
//!   bytes and non-ASCII `custom`; tampered copies are refused;
//! - a repository written by our [`Repository`] verifies in python-tuf's `ngclient.Updater`
//!   (`tests/interop/verify_repo.py`); tampered copies are refused there;
//! - our [`Repository`] loads python-tuf's repository and publishes on top of it, and
//!   python-tuf's client accepts the result.
//!
//! - a string with a control character (`\n` in a target's `custom`) survives both ways: our
//!   files escape it, though canonical JSON (what signatures cover) keeps it raw (regression).
//!
//! Needs `python3` with python-tuf (tests/interop/requirements.txt): `scripts/setup.sh`
//! installs it. Without it these tests fail; they never pass silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use wegwijs_trust::transport::{Fetched, Request, Transport, TransportError};
use wegwijs_trust::{
    Client, ErrorKind, Freshness, Lifetimes, PublishedFile, Refresh, Repository, RepositoryConfig, RoleSetup,
    SigningKey, TargetFile, target_fetch_path,
};

/// A repository's files by path.
type Files = BTreeMap<String, Vec<u8>>;

const NL: &str = "nl/pack.bin";
const GM: &str = "gm0794/pack.bin";

fn interop_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/interop")
}

/// Runs an interop script with `python3`, after checking once that python-tuf is installed.
fn python(script: &str, args: &[&Path]) -> Output {
    static READY: OnceLock<Result<(), String>> = OnceLock::new();
    let ready = READY.get_or_init(|| {
        let check = Command::new("python3")
            .args(["-c", "import tuf, securesystemslib.signer, cryptography; print(tuf.__version__)"])
            .output()
            .map_err(|error| format!("cannot run python3: {error}"))?;
        if check.status.success() {
            Ok(())
        } else {
            let stderr = String::from_utf8_lossy(&check.stderr);
            Err(format!("python-tuf is not installed ({})", stderr.trim().lines().last().unwrap_or("")))
        }
    });
    if let Err(reason) = ready {
        panic!(
            "{reason}\nThe interop tests need python3 with python-tuf (tests/interop/requirements.txt): \
             run scripts/setup.sh"
        );
    }
    Command::new("python3")
        .arg(interop_dir().join(script))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run python3 {script}: {error}"))
}

fn describe(output: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A repository's files in memory, served by path as the client asks for them.
#[derive(Debug, Clone, Default)]
struct MemoryTransport {
    files: Files,
    requested: Vec<String>,
}

impl MemoryTransport {
    /// Every file under `dir`, by its path relative to `dir` with `/` separators.
    fn from_dir(dir: &Path) -> MemoryTransport {
        fn walk(base: &Path, dir: &Path, files: &mut Files) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(base, &path, files);
                } else {
                    let relative = path.strip_prefix(base).unwrap();
                    let key = relative.components().map(|part| part.as_os_str().to_str().unwrap()).collect::<Vec<_>>();
                    files.insert(key.join("/"), std::fs::read(&path).unwrap());
                }
            }
        }
        let mut files = BTreeMap::new();
        walk(dir, dir, &mut files);
        MemoryTransport { files, requested: Vec::new() }
    }

    fn file(&mut self, path: &str) -> &mut Vec<u8> {
        self.files.get_mut(path).unwrap_or_else(|| panic!("no file {path}"))
    }

    /// Changes a metadata file's JSON (written back indented, as python-tuf writes it).
    fn edit_json(&mut self, path: &str, change: impl FnOnce(&mut Value)) {
        let file = self.file(path);
        let mut value: Value = serde_json::from_slice(file).unwrap();
        change(&mut value);
        *file = serde_json::to_vec_pretty(&value).unwrap();
    }
}

impl Transport for MemoryTransport {
    fn fetch(&mut self, request: &Request<'_>) -> Result<Fetched, TransportError> {
        self.requested.push(request.path.to_owned());
        match self.files.get(request.path) {
            Some(bytes) if bytes.len() as u64 > request.max_len => {
                Err(TransportError::TooLarge { path: request.path.to_owned(), max_len: request.max_len })
            }
            Some(bytes) => Ok(Fetched::Body { bytes: bytes.clone(), etag: None }),
            None => Ok(Fetched::NotFound),
        }
    }
}

fn flip_middle_byte(bytes: &mut [u8]) {
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
}

// ---------------------------------------------------------------------------------------------
// python-tuf's repository in our client
// ---------------------------------------------------------------------------------------------

/// A repository made by `make_repo.py`, its files, and the summary the script printed.
struct PythonRepository {
    _dir: tempfile::TempDir,
    transport: MemoryTransport,
    summary: Value,
}

impl PythonRepository {
    fn make() -> PythonRepository {
        let dir = tempfile::tempdir().unwrap();
        let repo = dir.path().join("repo");
        let output = python("make_repo.py", &[&repo]);
        assert!(output.status.success(), "make_repo.py failed: {}", describe(&output));
        let summary: Value = serde_json::from_slice(&output.stdout).expect("make_repo.py prints a JSON summary");
        PythonRepository { transport: MemoryTransport::from_dir(&repo), summary, _dir: dir }
    }

    fn pinned_root(&self) -> Vec<u8> {
        self.transport.files["1.root.json"].clone()
    }

    /// The bytes python wrote for a target, and the repository path it wrote them to.
    fn target(&self, path: &str) -> (String, Vec<u8>) {
        let file = self.summary["targets"][path]["file"].as_str().unwrap().to_owned();
        let bytes = self.transport.files[&file].clone();
        (file, bytes)
    }
}

fn now() -> DateTime<Utc> {
    Utc::now()
}

/// Refreshes from the pinned `1.root.json` and loads role GM0794.
fn client_over(transport: &mut MemoryTransport, pinned_root: &[u8]) -> wegwijs_trust::Result<Client> {
    let mut client = Client::load(pinned_root, None)?;
    client.refresh(transport, now(), Freshness::Online)?;
    client.load_role(transport, now(), Freshness::Online, "GM0794")?;
    Ok(client)
}

#[test]
fn our_client_verifies_a_python_tuf_repository() {
    let python_repo = PythonRepository::make();
    let mut transport = python_repo.transport.clone();
    let mut client = Client::load(&python_repo.pinned_root(), None).unwrap();
    assert_eq!(client.root_version(), 1);

    assert_eq!(client.refresh(&mut transport, now(), Freshness::Online).unwrap(), Refresh::Updated);
    assert_eq!(client.root_version(), 2, "the root rotation to 2.root.json was followed");
    assert_eq!(client.timestamp_version(), Some(1));
    assert_eq!(client.snapshot_version(), Some(1));
    assert_eq!(client.targets_version("targets"), Some(1));
    client.load_role(&mut transport, now(), Freshness::Online, "GM0794").unwrap();
    assert_eq!(client.targets_version("GM0794"), Some(1));

    for (path, role) in [(NL, "targets"), (GM, "GM0794")] {
        let resolved = client.resolve_target(path).unwrap_or_else(|| panic!("{path} not resolved"));
        assert_eq!(resolved.role, role, "{path}");
        let expected = &python_repo.summary["targets"][path];
        assert_eq!(resolved.target.length, expected["length"].as_u64().unwrap(), "{path}");
        assert_eq!(resolved.target.hashes["sha256"], expected["sha256"].as_str().unwrap(), "{path}");
        assert_eq!(resolved.target.custom.as_ref(), Some(&expected["custom"]), "{path}: custom as python wrote it");

        let (file, python_bytes) = python_repo.target(path);
        assert_eq!(target_fetch_path(path, &resolved.target).unwrap(), file, "{path}: where ngclient looks");
        let bytes = client.fetch_target(&mut transport, path, &resolved.target).unwrap();
        assert_eq!(bytes, python_bytes, "{path}: the bytes python wrote");
    }
    let custom = client.resolve_target(NL).unwrap().target.custom.unwrap();
    assert_eq!(custom["naam"], "Nederland — landelijk pakket");
    assert_eq!(custom["\u{fb00}"], "ligatuur ff");
    assert_eq!(custom["\u{1f6b2}"], "fiets");
    assert_eq!(custom["regels"], "een\ttwee\ndrie");
    assert!(client.resolve_target("gm0794/other.bin").is_none());

    // Nothing new: a second refresh changes nothing, and the stored state reloads.
    assert_eq!(client.refresh(&mut transport, now(), Freshness::Online).unwrap(), Refresh::Unchanged);
    let reloaded = Client::load(&python_repo.pinned_root(), Some(&client.state())).unwrap();
    assert_eq!(reloaded.root_version(), 2);
    assert_eq!(reloaded.resolve_target(GM).map(|resolved| resolved.role).as_deref(), Some("GM0794"));
}

#[test]
fn our_client_refuses_a_tampered_python_tuf_repository() {
    let python_repo = PythonRepository::make();
    let pinned = python_repo.pinned_root();
    let pristine = &python_repo.transport;
    // The untouched repository passes, so each failure below comes from its tampering.
    client_over(&mut pristine.clone(), &pinned).unwrap();

    let mut cases: Vec<(&str, MemoryTransport, ErrorKind)> = Vec::new();
    let mut case = |name, kind, tamper: &dyn Fn(&mut MemoryTransport)| {
        let mut transport = pristine.clone();
        tamper(&mut transport);
        cases.push((name, transport, kind));
    };
    case("custom changed in 1.targets.json", ErrorKind::Signature, &|t| {
        t.edit_json("1.targets.json", |v| v["signed"]["targets"][NL]["custom"]["naam"] = json!("België"))
    });
    case("target hash changed in 1.GM0794.json", ErrorKind::Signature, &|t| {
        t.edit_json("1.GM0794.json", |v| v["signed"]["targets"][GM]["hashes"]["sha256"] = json!("00".repeat(32)))
    });
    case("2.root.json missing (timestamp signed by the new key)", ErrorKind::Signature, &|t| {
        t.files.remove("2.root.json");
    });
    case("2.root.json without the old root key's signature", ErrorKind::Signature, &|t| {
        let old_root: Value = serde_json::from_slice(&t.files["1.root.json"]).unwrap();
        let old_key_id = old_root["signed"]["roles"]["root"]["keyids"][0].clone();
        t.edit_json("2.root.json", |v| {
            v["signatures"].as_array_mut().unwrap().retain(|signature| signature["keyid"] != old_key_id)
        })
    });
    case("timestamp version changed", ErrorKind::Signature, &|t| {
        t.edit_json("timestamp.json", |v| v["signed"]["version"] = json!(2))
    });
    case("snapshot bytes changed (timestamp pins its hash)", ErrorKind::Tampered, &|t| {
        flip_middle_byte(t.file("1.snapshot.json"))
    });
    case("2.root.json with a corrupt signature of the old root key", ErrorKind::Signature, &|t| {
        let old_root: Value = serde_json::from_slice(&t.files["1.root.json"]).unwrap();
        let old_key_id = old_root["signed"]["roles"]["root"]["keyids"][0].clone();
        t.edit_json("2.root.json", |v| {
            for signature in v["signatures"].as_array_mut().unwrap() {
                if signature["keyid"] == old_key_id {
                    let sig = signature["sig"].as_str().unwrap();
                    let flipped = if sig.starts_with('0') { "1" } else { "0" };
                    signature["sig"] = json!(format!("{flipped}{}", &sig[1..]));
                }
            }
        })
    });

    for (name, mut transport, kind) in cases {
        let error = client_over(&mut transport, &pinned).expect_err(name);
        assert_eq!(error.kind(), kind, "{name}: {error}");
    }

    // Target files: the metadata verifies, the bytes do not.
    for path in [NL, GM] {
        let mut transport = pristine.clone();
        let (file, _) = python_repo.target(path);
        flip_middle_byte(transport.file(&file));
        let client = client_over(&mut transport, &pinned).unwrap();
        let resolved = client.resolve_target(path).unwrap();
        let error = client.fetch_target(&mut transport, path, &resolved.target).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Tampered, "{path}: {error}");
    }
}

// ---------------------------------------------------------------------------------------------
// our repository in python-tuf's client
// ---------------------------------------------------------------------------------------------

fn key(seed: u8) -> SigningKey {
    SigningKey::from_seed_hex(&hex::encode([seed; 32])).unwrap()
}

fn nl_custom() -> Value {
    json!({
        "naam": "Nederland — landelijk pakket",
        "beschrijving": "Één \"pakket\" met \\ en ü, ß, 中文",
        "\u{fb00}": "ligatuur ff",
        "\u{1f6b2}": "fiets",
        "é": ["ä", "ö", 1, true, null],
    })
}

const NL_PACK: &[u8] = b"Wegwijs NL pack from wegwijs-trust\n\x00\x01\xfe\xff";
const GM_PACK_V1: &[u8] = b"GM0794 pack, first edition";
const GM_PACK_V2: &[u8] = b"GM0794 pack, second edition: \xc3\xa9\r\n";

/// Publishes with our writer: root v1 with a delegation to GM0794 and both targets, then root
/// v2 (new root key and timestamp key, signed by old and new root keys) with a new GM0794
/// pack. `nl/pack.bin` carries `nl_custom`. Returns the files as they would be uploaded (later
/// files replace earlier ones).
fn publish_our_repository(nl_custom: Value) -> Files {
    let (root_v1, root_v2, timestamp_v1, timestamp_v2) = (key(1), key(2), key(3), key(4));
    let (snapshot, targets, gm0794) = (key(5), key(6), key(7));
    let config = RepositoryConfig {
        root: RoleSetup::single(root_v1.public_key()),
        targets: RoleSetup::single(targets.public_key()),
        snapshot: RoleSetup::single(snapshot.public_key()),
        timestamp: RoleSetup::single(timestamp_v1.public_key()),
        lifetimes: Lifetimes::default(),
    };
    let mut repository = Repository::create(config).unwrap();
    repository.delegate("targets", "GM0794", vec![gm0794.public_key()], 1, vec!["gm0794/*".to_owned()]).unwrap();
    let mut files = BTreeMap::new();
    let add_target = |files: &mut Files, path: &str, bytes: &[u8], custom: Option<Value>| {
        let target = TargetFile::from_bytes(bytes, custom);
        files.insert(target_fetch_path(path, &target).unwrap(), bytes.to_vec());
        target
    };
    let nl = add_target(&mut files, NL, NL_PACK, Some(nl_custom));
    repository.set_target("targets", NL, nl).unwrap();
    let gm = add_target(&mut files, GM, GM_PACK_V1, Some(json!({ "gemeente": "Helmond" })));
    repository.set_target("GM0794", GM, gm).unwrap();
    let publish = |repository: &mut Repository, files: &mut Files, signers: &[&SigningKey]| {
        for PublishedFile { path, bytes } in repository.publish(now(), signers).unwrap() {
            files.insert(path, bytes);
        }
    };
    publish(&mut repository, &mut files, &[&root_v1, &targets, &snapshot, &timestamp_v1, &gm0794]);

    repository.rotate_root(RoleSetup::single(root_v2.public_key())).unwrap();
    repository.set_top_level_keys("timestamp", RoleSetup::single(timestamp_v2.public_key())).unwrap();
    let gm = add_target(&mut files, GM, GM_PACK_V2, Some(json!({ "gemeente": "Helmond", "editie": 2 })));
    repository.set_target("GM0794", GM, gm).unwrap();
    publish(&mut repository, &mut files, &[&root_v1, &root_v2, &targets, &snapshot, &timestamp_v2, &gm0794]);
    files
}

fn write_files(dir: &Path, files: &Files) {
    for (path, bytes) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, bytes).unwrap();
    }
}

/// Runs `verify_repo.py` over `files`, trusting `1.root.json`; the downloaded targets go to
/// `<tempdir>/out`.
fn python_verifies(files: &Files) -> (Output, Files) {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    let out = dir.path().join("out");
    write_files(&repo, files);
    let pinned = dir.path().join("pinned-root.json");
    std::fs::write(&pinned, &files["1.root.json"]).unwrap();
    let output = python("verify_repo.py", &[Path::new("--out"), &out, &repo, &pinned]);
    let downloaded = if out.exists() { MemoryTransport::from_dir(&out).files } else { BTreeMap::new() };
    (output, downloaded)
}

#[test]
fn python_tuf_verifies_our_repository() {
    let files = publish_our_repository(nl_custom());
    assert!(files.contains_key("2.root.json") && files.contains_key("2.GM0794.json"), "{:?}", files.keys());
    let (output, downloaded) = python_verifies(&files);
    assert!(output.status.success(), "python-tuf refused our repository: {}", describe(&output));

    let report: Value = serde_json::from_slice(&output.stdout).expect("verify_repo.py prints a JSON report");
    assert_eq!(report["root_version"], 2, "python-tuf followed the root rotation");
    assert_eq!(report["targets"][NL]["custom"], nl_custom(), "non-ASCII custom as we wrote it");
    assert_eq!(report["targets"][GM]["custom"], json!({ "gemeente": "Helmond", "editie": 2 }));
    assert_eq!(downloaded.get(NL).map(Vec::as_slice), Some(NL_PACK));
    assert_eq!(downloaded.get(GM).map(Vec::as_slice), Some(GM_PACK_V2), "the newest GM0794 pack");

    // Our own client agrees on the same files.
    let mut transport = MemoryTransport { files: files.clone(), requested: Vec::new() };
    let client = client_over(&mut transport, &files["1.root.json"]).unwrap();
    let resolved = client.resolve_target(GM).unwrap();
    assert_eq!(client.fetch_target(&mut transport, GM, &resolved.target).unwrap(), GM_PACK_V2);
}

/// A control character in a string: canonical JSON (what signatures cover) leaves it raw, but a
/// metadata file must escape it, since raw control characters are not JSON. python-tuf writes
/// `\n`; our writer writes the canonical bytes as the file, which python-tuf (and our own
/// client's parser) refuse.
#[test]
fn control_characters_in_custom_survive_both_ways() {
    let custom = json!({ "regels": "een\ttwee\ndrie" });
    let files = publish_our_repository(custom.clone());
    let mut transport = MemoryTransport { files: files.clone(), requested: Vec::new() };
    let ours = client_over(&mut transport, &files["1.root.json"]).map(|client| client.resolve_target(NL));
    let (output, _) = python_verifies(&files);
    assert!(output.status.success() && ours.is_ok(), "python-tuf: {}\nour client: {ours:?}", describe(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["targets"][NL]["custom"], custom);
    let resolved = ours.unwrap().expect("nl/pack.bin resolves");
    assert_eq!(resolved.target.custom, Some(custom));
}

#[test]
fn python_tuf_refuses_our_repository_tampered() {
    let files = publish_our_repository(nl_custom());
    let targets_file = |files: &Files, path: &str, bytes: &[u8]| {
        let target = TargetFile::from_bytes(bytes, None);
        let fetch_path = target_fetch_path(path, &target).unwrap();
        assert!(files.contains_key(&fetch_path), "{fetch_path}");
        fetch_path
    };
    let mut cases: Vec<(&str, Files)> = Vec::new();
    let mut case = |name, tamper: &dyn Fn(&mut Files)| {
        let mut copy = files.clone();
        tamper(&mut copy);
        cases.push((name, copy));
    };
    case("national target bytes", &|f| flip_middle_byte(f.get_mut(&targets_file(f, NL, NL_PACK)).unwrap()));
    case("delegated target bytes", &|f| flip_middle_byte(f.get_mut(&targets_file(f, GM, GM_PACK_V2)).unwrap()));
    case("custom in 1.targets.json", &|f| {
        let file = f.get_mut("1.targets.json").unwrap();
        let mut value: Value = serde_json::from_slice(file).unwrap();
        value["signed"]["targets"][NL]["custom"]["naam"] = json!("België");
        *file = serde_json::to_vec(&value).unwrap();
    });
    case("2.root.json missing", &|f| {
        f.remove("2.root.json");
    });
    case("2.GM0794.json signed by another key", &|f| {
        let mut value: Value = serde_json::from_slice(&f["2.GM0794.json"]).unwrap();
        let signed = value["signed"].take();
        let bytes = wegwijs_trust::repository::sign_value(signed, &[&key(99)]).unwrap();
        f.insert("2.GM0794.json".to_owned(), bytes);
    });

    for (name, copy) in cases {
        let (output, _) = python_verifies(&copy);
        assert!(!output.status.success(), "python-tuf accepted our repository with {name} tampered");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("verify_repo: FAILED"),
            "{name}: {}",
            describe(&output)
        );
    }
}

/// Our publisher loads python-tuf's repository (`2.root.json`, `timestamp.json`,
/// `1.snapshot.json`, `1.targets.json`, `1.GM0794.json`) with make_repo.py's keys (seed byte
/// 4 timestamp after the rotation, 5 snapshot, 6 targets, 7 GM0794).
fn continue_python_repository(python_repo: &PythonRepository) -> Repository {
    let files = &python_repo.transport.files;
    let targets = BTreeMap::from([
        ("targets".to_owned(), files["1.targets.json"].clone()),
        ("GM0794".to_owned(), files["1.GM0794.json"].clone()),
    ]);
    Repository::load(
        &files["2.root.json"],
        &files["timestamp.json"],
        &files["1.snapshot.json"],
        &targets,
        Lifetimes::default(),
    )
    .unwrap()
}

fn python_repo_keys() -> [SigningKey; 4] {
    [key(4), key(5), key(6), key(7)]
}

/// Our publisher continues python-tuf's repository with a new GM0794 pack; python-tuf's client
/// accepts the result.
#[test]
fn our_writer_continues_a_python_tuf_repository() {
    let python_repo = PythonRepository::make();
    let mut repository = continue_python_repository(&python_repo);
    let unknown = &repository.targets("targets").unwrap().unrecognized;
    assert_eq!(unknown.get("x-wegwijs-opmerking"), Some(&json!({ "tekst": "onbekend veld \u{2713}" })));

    let mut files = python_repo.transport.files.clone();
    let pack = b"GM0794 pack published by wegwijs-trust".as_slice();
    let target = TargetFile::from_bytes(pack, Some(json!({ "gemeente": "Helmond" })));
    files.insert(target_fetch_path(GM, &target).unwrap(), pack.to_vec());
    repository.set_target("GM0794", GM, target).unwrap();
    let keys = python_repo_keys();
    let published = repository.publish(now(), &keys.iter().collect::<Vec<_>>()).unwrap();
    let paths: Vec<&str> = published.iter().map(|file| file.path.as_str()).collect();
    assert_eq!(paths, ["2.GM0794.json", "2.snapshot.json", "timestamp.json"]);
    for PublishedFile { path, bytes } in published {
        files.insert(path, bytes);
    }

    let (output, downloaded) = python_verifies(&files);
    assert!(output.status.success(), "python-tuf refused the continued repository: {}", describe(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["targets"][NL]["custom"], python_repo.summary["targets"][NL]["custom"]);
    assert_eq!(downloaded.get(GM).map(Vec::as_slice), Some(pack));
    assert_eq!(downloaded.get(NL), Some(&python_repo.target(NL).1));
}

/// The same, re-signing python's top-level targets, whose `custom` has a tab and a newline and
/// which has a field the specification does not define.
#[test]
fn our_writer_re_signs_python_tuf_targets() {
    let python_repo = PythonRepository::make();
    let mut repository = continue_python_repository(&python_repo);
    repository.renew("targets").unwrap();
    let keys = python_repo_keys();
    let mut files = python_repo.transport.files.clone();
    for PublishedFile { path, bytes } in repository.publish(now(), &keys.iter().collect::<Vec<_>>()).unwrap() {
        files.insert(path, bytes);
    }
    let (output, _) = python_verifies(&files);
    assert!(output.status.success(), "python-tuf refused the re-signed targets: {}", describe(&output));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["targets"][NL]["custom"], python_repo.summary["targets"][NL]["custom"]);
    let targets_v2: Value = serde_json::from_slice(&files["2.targets.json"]).unwrap();
    assert_eq!(targets_v2["signed"]["x-wegwijs-opmerking"], json!({ "tekst": "onbekend veld \u{2713}" }));
}

#[test]
fn python_tuf_verifies_its_own_repository_and_refuses_it_tampered() {
    // The scripts' self-check: if this fails, the failure above is in the scripts, not in us.
    let output = python("selftest.py", &[]);
    assert!(output.status.success(), "selftest.py failed: {}", describe(&output));
}
