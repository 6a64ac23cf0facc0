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
    let sync = |phone: &str, from: &str, extra: &[&str]| {
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
    };
    let checked = sync("phone-a", &url, &["--check"]);
    assert!(checked["download_bytes"].as_u64().unwrap() > 100_000, "{checked}");
    let applied = sync("phone-a", &url, &[]);
    assert_eq!(applied["applied"], serde_json::json!([["nl", 1], ["GM0794", 1]]));
    assert_eq!(sync("phone-a", &url, &["--check"])["download_bytes"], 0);

    // By file, for a phone without network.
    ok(dir, &["feed", "bundle", "--out", "update.wegwijs"]);
    assert_eq!(sync("phone-b", "update.wegwijs", &[])["applied"], applied["applied"]);

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
