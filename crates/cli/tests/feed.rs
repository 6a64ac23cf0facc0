//! An editor's way from new keys to updated phones, with the `wegwijs` binary only: over HTTP
//! (nginx serving the feed folder) and by update file; a municipality publishing its own folder.

mod support;

#[path = "../../core/tests/support/nginx.rs"]
#[allow(dead_code)]
mod nginx;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};
use support::copy_dir;

fn wegwijs(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegwijs")).args(args).current_dir(dir).output().expect("run wegwijs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let output = wegwijs(dir, args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(dir, args)).unwrap()
}

/// `wegwijs sync --json` for a phone following GM0794 that pins the feed's first root.
fn sync_phone(dir: &Path, phone: &str, from: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "sync",
        "--from",
        from,
        "--data",
        phone,
        "--municipality",
        "GM0794",
        "--root",
        "feed/1.root.json",
        "--json",
    ];
    args.extend_from_slice(extra);
    json(dir, &args)
}

#[test]
fn from_keys_generate_to_phones_updated_over_http_and_by_file() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let content = content.to_str().unwrap();
    for name in ["root", "targets", "snapshot", "timestamp", "GM0794", "GM0867", "GM1783", "GM1894"] {
        ok(dir, &["keys", "generate", name]);
    }
    // A key is never overwritten.
    assert!(!wegwijs(dir, &["keys", "generate", "root"]).status.success());
    ok(dir, &["feed", "init"]);
    for gm in ["GM0794", "GM0867", "GM1783", "GM1894"] {
        ok(dir, &["feed", "delegate", gm, "--key", &format!("keys/{gm}.pub")]);
    }
    let published = json(dir, &["feed", "publish", "--content", content, "--json"]);
    assert_eq!(published["scopes"].as_array().unwrap().len(), 5, "{published:#}");
    let verified = json(dir, &["feed", "verify", "feed", "--root", "feed/1.root.json", "--json"]);
    assert_eq!(verified["packs"].as_array().unwrap().len(), 5, "{verified:#}");

    // Over HTTP: size first, then the update, then nothing more to do.
    let server = nginx::Nginx::serve(&dir.join("feed"));
    let url = server.base_url();
    let sync = |phone: &str, from: &str, extra: &[&str]| sync_phone(dir, phone, from, extra);
    let checked = sync("phone-a", &url, &["--check"]);
    assert!(checked["download_bytes"].as_u64().unwrap() > 100_000, "{checked}");
    let applied = sync("phone-a", &url, &[]);
    assert_eq!(applied["applied"], serde_json::json!([["nl", 1], ["GM0794", 1]]));
    assert_eq!(sync("phone-a", &url, &["--check"])["download_bytes"], 0);

    // By file, for a phone without network.
    ok(dir, &["feed", "bundle", "--out", "update.wegwijs"]);
    assert_eq!(sync("phone-b", "update.wegwijs", &[])["applied"], applied["applied"]);

    // Pruning: the listing first, then the superseded metadata goes; roots stay, phones sync.
    let roots: Vec<String> = files_of(&dir.join("feed"))
        .into_keys()
        .map(|path| path.to_string_lossy().into_owned())
        .filter(|name| name.ends_with("root.json"))
        .collect();
    let listed = json(dir, &["feed", "prune", "--keep-days", "0", "--dry-run", "--json"]);
    let removed = listed["removed"].as_array().unwrap();
    // Each delegation rewrote the list of delegations; the superseded ones go, gzip copies too.
    for superseded in ["1.municipalities.json", "1.municipalities.json.gz"] {
        assert!(removed.contains(&superseded.into()), "{listed:#}");
    }
    assert!(dir.join("feed/1.municipalities.json").exists(), "a dry run removes nothing");
    // A publish prunes as it goes, keeping what was superseded within the grace period.
    let republished = json(dir, &["feed", "publish", "--content", content, "--json"]);
    assert_eq!(republished["pruned"]["removed"], serde_json::json!([]), "{republished:#}");
    let republished = json(dir, &["feed", "publish", "--content", content, "--keep-days", "0", "--json"]);
    assert_eq!(republished["pruned"]["removed"], listed["removed"]);
    assert!(!dir.join("feed/1.municipalities.json").exists());
    assert_eq!(json(dir, &["feed", "prune", "--keep-days", "0", "--json"])["removed"], serde_json::json!([]));
    for root in &roots {
        assert!(dir.join("feed").join(root).exists(), "{root} is kept");
    }
    ok(dir, &["feed", "verify", "feed", "--root", "feed/1.root.json"]);
    assert_eq!(sync("phone-p", &url, &[])["applied"], applied["applied"]);

    // A municipality publishes its own folder with its own key (and the host's online keys).
    let own = dir.join("gm0794/GM0794");
    copy_dir(&Path::new(content).join("GM0794"), &own);
    let desk = own.join("gm0794-municipality-desk/en.md");
    let text = std::fs::read_to_string(&desk).unwrap();
    std::fs::write(&desk, text.replacen("title = \"", "title = \"Moved: ", 1)).unwrap();
    std::fs::remove_file(dir.join("keys/targets.key")).unwrap();
    let own_publish = json(dir, &["feed", "publish", "--content", "gm0794/GM0794", "--json"]);
    assert_eq!(own_publish["scopes"][0]["scope"], "GM0794", "{own_publish:#}");
    assert_eq!(own_publish["scopes"][0]["deltas"], 1);
    assert_eq!(sync("phone-a", &url, &[])["applied"], serde_json::json!([["GM0794", 2]]));

    // A phone refuses a feed it has no trust in, with a message for people.
    let stranger = wegwijs(dir, &["sync", "--from", &url, "--data", "phone-c"]);
    assert!(!stranger.status.success());
    let message = String::from_utf8_lossy(&stranger.stderr);
    assert!(message.contains("Nothing was changed") || message.contains("nothing was changed"), "{message}");
}

/// Every file under `dir` with its bytes, to compare a folder before and after.
fn files_of(dir: &Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut to_visit = vec![dir.to_path_buf()];
    while let Some(folder) = to_visit.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap()) {
            if entry.file_type().unwrap().is_dir() {
                to_visit.push(entry.path());
            } else {
                files.insert(
                    entry.path().strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(entry.path()).unwrap(),
                );
            }
        }
    }
    files
}

fn keys_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// The national editor, a municipality and the host each keep their own key folder: the
/// municipality sends only its public key, the national editor publishes national content with
/// national keys, the municipality publishes its own folder, and a phone gets both.
#[test]
fn a_municipality_key_stays_with_the_municipality() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    let content = content.to_str().unwrap();
    for name in ["root", "targets", "snapshot", "timestamp"] {
        ok(dir, &["keys", "generate", name, "--keys", "national"]);
    }
    ok(dir, &["keys", "generate", "GM0794", "--keys", "gm0794-keys"]);
    assert_eq!(keys_in(&dir.join("gm0794-keys")), ["GM0794.key", "GM0794.pub"]);
    // The host runs the publish job with the online keys only.
    std::fs::create_dir(dir.join("host")).unwrap();
    for name in ["snapshot.key", "timestamp.key"] {
        std::fs::copy(dir.join("national").join(name), dir.join("host").join(name)).unwrap();
    }
    ok(dir, &["feed", "init", "--keys", "national"]);

    // Before its delegation a municipality cannot publish, and says why.
    let own = dir.join("municipality/GM0794");
    copy_dir(&Path::new(content).join("GM0794"), &own);
    let own_args = ["feed", "publish", "--content", "municipality/GM0794", "--keys", "gm0794-keys", "--keys", "host"];
    let early = wegwijs(dir, &own_args);
    assert!(!early.status.success());
    assert!(String::from_utf8_lossy(&early.stderr).contains("not delegated yet"), "{early:?}");

    // Regression: delegating failed with "0 valid signatures, 1 needed" without GM0794.key.
    let delegated = ok(dir, &["feed", "delegate", "GM0794", "--key", "gm0794-keys/GM0794.pub", "--keys", "national"]);
    assert!(delegated.contains("GM0794 may now publish"), "{delegated}");

    // Regression: national content was refused until every municipality folder was delegated
    // (and with its key). Now each municipal folder is skipped with one line.
    let published = ok(dir, &["feed", "publish", "--content", content, "--keys", "national"]);
    let lines: Vec<&str> = published.lines().collect();
    assert!(lines.iter().any(|line| line.starts_with("nl: version 1 ")), "{published}");
    assert!(lines.contains(&"GM0794: skipped, the key folder has no GM0794.key (the municipality publishes its own folder with its key)"), "{published}");
    for gm in ["GM0867", "GM1783", "GM1894"] {
        let line = format!(
            "{gm}: skipped, not delegated yet (the national editor runs `wegwijs feed delegate {gm} --key {gm}.pub`)"
        );
        assert!(lines.contains(&line.as_str()), "{published}");
    }
    // Nothing superseded yet on a first publish; the prune line says so.
    assert!(lines.contains(&"pruned 0 superseded files (0 bytes)"), "{published}");
    assert_eq!(lines.len(), 6, "one line per scope and the prune line: {published}");
    let verified = json(dir, &["feed", "verify", "feed", "--root", "feed/1.root.json", "--json"]);
    assert_eq!(verified["packs"].as_array().unwrap().len(), 1, "{verified:#}");
    // Regression: until its first publish a delegated municipality has no metadata, and phones
    // following it reported its part as refused. It has published nothing: nothing is skipped.
    let early_phone = sync_phone(dir, "phone-early", "feed", &[]);
    assert_eq!(early_phone["applied"], serde_json::json!([["nl", 1]]), "{early_phone:#}");
    assert_eq!(early_phone["skipped"], serde_json::json!([]), "{early_phone:#}");

    // Without the host's online keys the municipality's publish fails and changes nothing.
    let before = files_of(&dir.join("feed"));
    let alone = wegwijs(dir, &["feed", "publish", "--content", "municipality/GM0794", "--keys", "gm0794-keys"]);
    assert!(!alone.status.success());
    assert_eq!(files_of(&dir.join("feed")), before);

    // The municipality publishes its own folder: its role is signed for the first time.
    let mut args = own_args.to_vec();
    args.push("--json");
    let own_publish = json(dir, &args);
    assert_eq!(own_publish["scopes"][0]["scope"], "GM0794", "{own_publish:#}");
    assert_eq!(own_publish["scopes"][0]["version"], 1);
    assert!(own_publish["metadata_files"].as_array().unwrap().contains(&"1.GM0794.json".into()), "{own_publish:#}");
    let verified = json(dir, &["feed", "verify", "feed", "--root", "feed/1.root.json", "--json"]);
    assert_eq!(verified["packs"].as_array().unwrap().len(), 2, "{verified:#}");

    // A phone gets national and municipal content, from the folder and from an update file.
    let sync = |phone: &str, from: &str| sync_phone(dir, phone, from, &[]);
    let synced = sync("phone-a", "feed");
    assert_eq!(synced["applied"], serde_json::json!([["nl", 1], ["GM0794", 1]]));
    assert_eq!(synced["skipped"], serde_json::json!([]));
    ok(dir, &["feed", "bundle", "--out", "update.wegwijs"]);
    assert_eq!(sync("phone-b", "update.wegwijs")["applied"], serde_json::json!([["nl", 1], ["GM0794", 1]]));

    // The national editor publishes again with national keys: GM0794's packs stay as they are.
    let again = ok(dir, &["feed", "publish", "--content", content, "--keys", "national"]);
    assert!(again.contains("nothing changed"), "{again}");
    assert_eq!(sync("phone-a", "feed")["applied"], serde_json::json!([]));
}

/// Regression: a publish that stopped half-way left the packs of the scopes it had done.
#[test]
fn a_failed_publish_leaves_the_feed_folder_as_it_was() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content");
    for name in ["root", "targets", "snapshot", "timestamp"] {
        ok(dir, &["keys", "generate", name]);
    }
    ok(dir, &["feed", "init"]);
    let before = files_of(&dir.join("feed"));
    std::fs::remove_file(dir.join("keys/timestamp.key")).unwrap();
    let failed = wegwijs(dir, &["feed", "publish", "--content", content.to_str().unwrap()]);
    assert!(!failed.status.success());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("timestamp"), "{failed:?}");
    assert_eq!(files_of(&dir.join("feed")), before);
}
