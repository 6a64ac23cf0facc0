//! Crash safety of applying an update: `wegwijs sync` is killed (SIGKILL) at random moments,
//! 100 times; each time content.db must hold the old content or the new, never a mix, pass
//! SQLite's integrity check, and user.db must be untouched.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::copy_dir;
use wegwijs_core::bundled;
use wegwijs_core::content_store::ContentStore;
use wegwijs_core::lang::Lang;
use wegwijs_core::model::ItemKind;
use wegwijs_core::user_store::UserStore;

const RUNS: usize = 100;
const MARK: &str = "Crash-test:";

fn wegwijs(args: &[&str]) {
    let output = Command::new(env!("CARGO_BIN_EXE_wegwijs")).args(args).output().expect("run wegwijs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// A feed whose national titles all start with [`MARK`], as one update file.
fn marked_update_file(dir: &Path) -> (PathBuf, PathBuf) {
    let content = dir.join("content");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/content"), &content);
    for item in std::fs::read_dir(content.join("nl")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()) {
        for file in std::fs::read_dir(&item).unwrap().map(|e| e.unwrap().path()) {
            if file.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&file).unwrap();
                std::fs::write(&file, text.replacen("title = \"", &format!("title = \"{MARK} "), 1)).unwrap();
            }
        }
    }
    let keys = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/keys/insecure-dev");
    let (feed, keys) = (dir.join("feed"), keys.to_str().unwrap().to_string());
    let feed_arg = feed.to_str().unwrap();
    wegwijs(&["feed", "init", "--feed", feed_arg, "--keys", &keys]);
    for municipality in ["GM0794", "GM0867", "GM1783", "GM1894"] {
        let key = format!("{keys}/{municipality}.pub");
        wegwijs(&["feed", "delegate", municipality, "--key", &key, "--feed", feed_arg, "--keys", &keys]);
    }
    wegwijs(&["feed", "publish", "--content", content.to_str().unwrap(), "--feed", feed_arg, "--keys", &keys]);
    let file = dir.join("update.wegwijs");
    wegwijs(&["feed", "bundle", "--feed", feed_arg, "--out", file.to_str().unwrap()]);
    (file, feed.join("1.root.json"))
}

/// Which content the phone shows: `Some(true)` all new, `Some(false)` all old, `None` a mix.
fn content_generation(store: &ContentStore) -> Option<bool> {
    let rights = store.list(&[ItemKind::Right, ItemKind::Task], Some("nl"), Lang::En).unwrap();
    let marked = rights.iter().filter(|item| item.title.starts_with(MARK)).count();
    let new_versions = store.feed_versions().unwrap().get("nl") == Some(&1);
    match (marked, new_versions) {
        (0, false) => Some(false),
        (n, true) if n == rights.len() => Some(true),
        _ => None,
    }
}

#[test]
fn sync_killed_at_random_moments_leaves_old_or_new_content() {
    let dir = tempfile::tempdir().unwrap();
    let (update, root) = marked_update_file(dir.path());
    let pristine = dir.path().join("pristine");
    std::fs::create_dir_all(&pristine).unwrap();
    drop(ContentStore::open_or_build(&pristine.join("content.db"), &bundled::content_tree()).unwrap());
    let user = UserStore::open(&pristine.join("user.db")).unwrap();
    user.set_setting("text_size", "large").unwrap();
    drop(user);
    let user_bytes = std::fs::read(pristine.join("user.db")).unwrap();

    let phone = dir.path().join("phone");
    let run = |kill_after: Option<Duration>| {
        let _ = std::fs::remove_dir_all(&phone);
        copy_dir(&pristine, &phone);
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_wegwijs"))
            .args(["sync", "--from", update.to_str().unwrap(), "--data", phone.to_str().unwrap()])
            .args(["--municipality", "GM0794", "--root", root.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if let Some(delay) = kill_after {
            std::thread::sleep(delay);
            let _ = child.kill();
        }
        let status = child.wait().unwrap();
        (status, started.elapsed())
    };

    let (status, full_run) = run(None);
    assert!(status.success());
    assert_eq!(content_generation(&ContentStore::open(&phone.join("content.db")).unwrap()), Some(true));

    // A fixed seed, so a failure can be replayed.
    let mut seed: u64 = 0x5eed_cafe;
    let mut outcomes = [0usize; 2];
    for round in 0..RUNS {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let fraction = (seed >> 33) as f64 / (1u64 << 31) as f64;
        let delay = full_run.mul_f64(fraction * 1.1);
        run(Some(delay));
        let store = ContentStore::open(&phone.join("content.db")).unwrap();
        assert!(store.integrity_check().unwrap(), "round {round} (killed after {delay:?}): integrity check failed");
        let generation = content_generation(&store)
            .unwrap_or_else(|| panic!("round {round} (killed after {delay:?}): a mix of old and new content"));
        outcomes[usize::from(generation)] += 1;
        assert_eq!(std::fs::read(phone.join("user.db")).unwrap(), user_bytes, "round {round}: user.db changed");
    }
    // The kills landed both before and after the commit.
    assert!(outcomes[0] > 0 && outcomes[1] > 0, "old {} / new {}", outcomes[0], outcomes[1]);
}
