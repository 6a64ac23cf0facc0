//! Project automation, so that shell scripts stay trivial: `cargo xtask <task>`.
//!
//! - `ci`: the local gate, the same as CI: fmt --check, generated files fresh, clippy
//!   -D warnings, content and locale checks, the UI's checks and size budget, every Rust test,
//!   and the end-to-end tests of the real app. Ends with one `ci: N passed, N failed` line.
//! - `check-locales`, `check-content`, `ui`, `e2e`: the single steps.
//! - `codegen`: regenerate checked-in generated files (bindings, licence list).
//! - `bench`: the search evaluation's top-1/top-3 hit rates on the bundled content, then the
//!   criterion benchmarks (search p50/p95/p99 on 20,000 items x 13 languages), as `report:` lines.
//! - `bench-sync`: what updates cost over real HTTP (nginx on loopback), as `report:` lines,
//!   then the benchmark of applying a 1,000-item update.
//! - `fuzz [seconds]`: each fuzz target for that long (default 60) with cargo-fuzz on nightly.
//! - `tuf-conformance`: the public TUF client conformance suite against wegwijs-trust.
//! - `size`: release binary size and gzipped JS size.
//! - `tauri-versions`: the Tauri crates and their npm packages on the same major.minor (the
//!   Tauri CLI refuses to build otherwise); part of `ci`.
//! - `check-android`: clippy over the app for aarch64-linux-android, so code that only phones
//!   compile (`cfg(mobile)`, `cfg(target_os = "android")`) cannot rot unseen; part of `ci`.
//! - `android-init`: `tauri android init`, then the repository's additions to the generated
//!   Android project (src-tauri/android/) copied into src-tauri/gen/android.

use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Gzipped size budget of the UI's initial JavaScript.
const JS_BUDGET_BYTES: u64 = 60 * 1024;

fn main() -> Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "ci" => ci(),
        "check-locales" => cargo(&["run", "--quiet", "-p", "wegwijs-cli", "--", "locales", "check", "locales"]),
        "check-content" => cargo(&["run", "--quiet", "-p", "wegwijs-cli", "--", "content", "check", "assets/content"]),
        "ui" => ui().map(|_| ()),
        "e2e" => e2e().map(|_| ()),
        // Benchmarks are optimised builds: they pin the development root by name.
        "bench" => bench(),
        "bench-sync" => bench_sync(),
        "fuzz" => fuzz(std::env::args().nth(2).as_deref()),
        "tuf-conformance" => tuf_conformance().and_then(|counts| fail_on(counts, "TUF conformance")),
        "codegen" => codegen(Mode::Write),
        "size" => size(),
        "tauri-versions" => tauri_versions(),
        "app-without-signing" => app_without_signing(),
        "check-android" => check_android(),
        "android-init" => android_init(),
        _ => {
            eprintln!(
                "usage: cargo xtask <ci | check-locales | check-content | ui | e2e | codegen | bench | bench-sync | fuzz [seconds] | size | tauri-versions | check-android | android-init>"
            );
            bail!("unknown task {task:?}")
        }
    }
}

fn root() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(program: &str, args: &[&str], dir: &std::path::Path) -> Result<()> {
    run_with_env(program, args, dir, &[])
}

fn run_with_env(program: &str, args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Result<()> {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .status()
        .with_context(|| format!("running {program}"))?;
    if !status.success() {
        bail!("{program} {} failed", args.join(" "));
    }
    Ok(())
}

/// A binary of the debug build in target/debug (the Rust tests and the conformance client build them).
fn built(name: &str) -> PathBuf {
    root().join("target/debug").join(name)
}

fn cargo(args: &[&str]) -> Result<()> {
    run(env!("CARGO"), args, &root())
}

/// Runs a command, echoing its output, and returns stdout for counting results.
fn run_captured(program: &str, args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Result<(bool, String)> {
    eprintln!("$ {program} {}", args.join(" "));
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("running {program}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    print!("{stdout}");
    Ok((output.status.success(), stdout))
}

#[derive(Default, Debug)]
struct Counts {
    passed: u64,
    failed: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

fn ci() -> Result<()> {
    let mut counts = Counts::default();
    let mut failures = Vec::new();
    let mut steps = Steps::default();
    steps.time("fmt", || cargo(&["fmt", "--all", "--", "--check"]))?;
    steps.time("tauri-versions", tauri_versions)?;
    steps.time("app-without-signing", app_without_signing)?;
    counts += steps.time("ui", ui)?;
    steps.time("codegen", || codegen(Mode::Check))?;
    steps.time("clippy", || cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    steps.time("check-android", check_android)?;
    let suites: [(&str, Suite); 4] = [
        ("rust tests", rust_tests),
        ("content and locale checks", content_and_locale_checks),
        ("e2e", e2e_of_tested_app),
        ("tuf-conformance", tuf_conformance),
    ];
    for (name, suite) in suites {
        match steps.time(name, suite) {
            Ok(c) => counts += c,
            Err(e) => failures.push(e.to_string()),
        }
    }
    println!("ci steps: {}", steps.summary());
    println!("ci: {} passed, {} failed", counts.passed, counts.failed);
    if counts.failed > 0 || !failures.is_empty() {
        bail!("ci failed: {}", failures.join("; "));
    }
    Ok(())
}

/// A test suite that reports its counts.
type Suite = fn() -> Result<Counts>;

/// How long each step of `ci` took, so a slow CI run says where its time went.
#[derive(Default)]
struct Steps(Vec<(&'static str, std::time::Duration)>);

impl Steps {
    fn time<T>(&mut self, name: &'static str, step: impl FnOnce() -> Result<T>) -> Result<T> {
        let start = std::time::Instant::now();
        let result = step();
        self.0.push((name, start.elapsed()));
        result
    }

    fn summary(&self) -> String {
        self.0.iter().map(|(name, took)| format!("{name} {} s", took.as_secs())).collect::<Vec<_>>().join(", ")
    }
}

/// A single step's counts as its outcome: an error when anything failed.
fn fail_on(counts: Counts, what: &str) -> Result<()> {
    if counts.failed > 0 {
        bail!("{what}: {} failed", counts.failed);
    }
    Ok(())
}

/// Every Rust test; adds up cargo's per-target result lines.
fn rust_tests() -> Result<Counts> {
    // With the app's production protocol (the UI from ui/dist, as `e2e` needs): the app binary
    // these tests build is then the one the end-to-end tests run, not a second build of Tauri.
    let args = ["test", "--workspace", "--no-fail-fast", "--features", APP_E2E_FEATURES];
    let (ok, stdout) = run_captured(env!("CARGO"), &args, &root(), &[])?;
    let mut counts = Counts::default();
    for line in stdout.lines().filter(|l| l.starts_with("test result:")) {
        counts.passed += number_before(line, "passed");
        counts.failed += number_before(line, "failed");
    }
    if !ok && counts.failed == 0 {
        bail!("cargo test failed before running tests");
    }
    Ok(counts)
}

/// `wegwijs content check` and `wegwijs locales check` with the CLI the Rust tests built (a
/// `cargo run` of the CLI alone would build it a second time with other features).
fn content_and_locale_checks() -> Result<Counts> {
    let cli = built("wegwijs");
    let cli = cli.to_string_lossy();
    let mut counts = Counts::default();
    for args in [["content", "check", "assets/content"], ["locales", "check", "locales"]] {
        match run(&cli, &args, &root()) {
            Ok(()) => counts.passed += 1,
            Err(error) => {
                eprintln!("{error:#}");
                counts.failed += 1;
            }
        }
    }
    Ok(counts)
}

/// The number just before `word` in a `;`- or `,`-separated summary line.
fn number_before(line: &str, word: &str) -> u64 {
    line.split([';', ',', '|', '('])
        .find(|part| part.trim().ends_with(word))
        .and_then(|part| part.split_whitespace().rev().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The UI: type check, unit tests, production build and the gzipped size budget.
fn ui() -> Result<Counts> {
    let ui = root().join("ui");
    run("npx", &["tsc", "--noEmit"], &ui)?;
    let (ok, stdout) = run_captured("npx", &["vitest", "run", "--reporter=default"], &ui, &[("NO_COLOR", "1")])?;
    let line = stdout.lines().find(|l| l.trim_start().starts_with("Tests")).unwrap_or_default().to_string();
    let counts = Counts { passed: number_before(&line, "passed"), failed: number_before(&line, "failed") };
    if !ok && counts.failed == 0 {
        bail!("vitest failed");
    }
    run("npx", &["vite", "build"], &ui)?;
    // The studio's pages, which the CLI embeds when it is built (its own bundle, no budget).
    run("npx", &["vite", "build", "--config", "vite.studio.config.ts"], &ui)?;
    let js = gzipped_js_size()?;
    println!("ui: initial JS {:.1} KiB gzipped (budget {} KiB)", js as f64 / 1024.0, JS_BUDGET_BYTES / 1024);
    if js > JS_BUDGET_BYTES {
        bail!("the UI's JS is over budget: {js} bytes gzipped");
    }
    Ok(counts)
}

fn gzipped_js_size() -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(root().join("ui/dist/assets"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "js") {
            let output = Command::new("gzip").args(["-9", "-c"]).arg(&path).output()?;
            total += output.stdout.len() as u64;
        }
    }
    Ok(total)
}

/// Builds the real app (custom protocol: the UI served from the binary) and drives it through
/// tauri-driver and WebKitWebDriver under Xvfb with Node's test runner.
/// The app's features for the end-to-end tests: the UI served from ui/dist, as in a release.
const APP_E2E_FEATURES: &str = "tauri/custom-protocol";

fn e2e() -> Result<Counts> {
    cargo(&["build", "-p", "wegwijs-app", "--features", APP_E2E_FEATURES])?;
    // The update tests publish feeds with the CLI: always the current one.
    cargo(&["build", "-p", "wegwijs-cli"])?;
    run_e2e(&[])
}

/// In `ci`, after `rust_tests`: their build left target/debug/wegwijs-app and wegwijs (built
/// for the integration tests, with [`APP_E2E_FEATURES`]), so nothing is built again.
/// The CLI was built after `ui` built the studio's pages, so the studio's test takes it as it
/// is (`WEGWIJS_CLI`) instead of building both again.
fn e2e_of_tested_app() -> Result<Counts> {
    let cli = built("wegwijs");
    run_e2e(&[("WEGWIJS_CLI", &cli.to_string_lossy())])
}

fn run_e2e(env: &[(&str, &str)]) -> Result<Counts> {
    let binary = built("wegwijs-app");
    let binary = binary.to_string_lossy().into_owned();
    let mut env = env.to_vec();
    env.push(("WEGWIJS_APP", &binary));
    let (ok, stdout) = run_captured(
        "xvfb-run",
        &["-a", "-s", "-screen 0 1280x1024x24", "node", "--test", "--test-reporter=tap", "tests/e2e/"],
        &root(),
        &env,
    )?;
    let count = |prefix: &str| {
        stdout.lines().find_map(|l| l.strip_prefix(prefix)).and_then(|n| n.trim().parse().ok()).unwrap_or(0)
    };
    let counts = Counts { passed: count("# pass "), failed: count("# fail ") };
    if !ok && counts.failed == 0 {
        bail!("the end-to-end tests did not run");
    }
    Ok(counts)
}

/// The Android target that phones run and CI type-checks.
const ANDROID_TARGET: &str = "aarch64-linux-android";

/// Clippy (a type check plus lints) over the app for Android. Without the NDK the C parts
/// (SQLite, zstd) compile with Debian's clang against glibc's arm64 headers, so only the Rust is
/// really checked; scripts/setup.sh installs the target, clang and libc6-dev-arm64-cross.
fn check_android() -> Result<()> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    if let Ok(output) = installed
        && !String::from_utf8_lossy(&output.stdout).lines().any(|line| line.trim() == ANDROID_TARGET)
    {
        bail!("the Rust target {ANDROID_TARGET} is missing: run scripts/setup.sh (rustup target add {ANDROID_TARGET})");
    }
    let args = [
        "clippy",
        "-p",
        "wegwijs-app",
        "--target",
        ANDROID_TARGET,
        "--features",
        "tauri/custom-protocol",
        "--",
        "-D",
        "warnings",
    ];
    eprintln!("$ cargo {}", args.join(" "));
    let status = Command::new(env!("CARGO"))
        .args(args)
        .env("CC_aarch64_linux_android", "clang")
        .env("AR_aarch64_linux_android", "llvm-ar")
        .env(
            "CFLAGS_aarch64_linux_android",
            "--target=aarch64-linux-android -isystem /usr/aarch64-linux-gnu/include -D__ANDROID_API__=24",
        )
        .current_dir(root())
        .status()
        .context("running cargo clippy for Android")?;
    if !status.success() {
        bail!("the app does not compile (or is not clippy-clean) for {ANDROID_TARGET}");
    }
    Ok(())
}

/// Generates the Android project with the Tauri CLI (it needs the Android SDK and NDK) unless
/// it exists, then merges the repository's additions into it (src-tauri/gen/android is not kept
/// in git; src-tauri/android mirrors its layout): the activity that hands the platform verifier
/// its context and that hook's Kotlin side, copied as they are; `wegwijs.gradle.kts`, applied
/// from the app's build.gradle.kts; the manifest and ProGuard additions, each as one marked
/// block that a second run replaces. Safe to run again, e.g. after a Tauri upgrade.
fn android_init() -> Result<()> {
    let generated = root().join("src-tauri/gen/android");
    if !generated.join("app/build.gradle.kts").exists() {
        run("ui/node_modules/.bin/tauri", &["android", "init", "--ci"], &root())?;
    }
    let additions = root().join("src-tauri/android/app");
    let app = generated.join("app");
    let java = "src/main/java/nl/wegwijs/app";
    // rs/tts/Bridge.java: the tts crate's JNI_OnLoad looks it up when the library loads.
    for file in [
        &format!("{java}/MainActivity.kt"),
        &format!("{java}/PlatformVerifier.kt"),
        "src/main/java/rs/tts/Bridge.java",
        "wegwijs.gradle.kts",
    ] {
        std::fs::create_dir_all(app.join(file).parent().context("a file has a folder")?)?;
        std::fs::copy(additions.join(file), app.join(file)).with_context(|| format!("copying {file}"))?;
    }
    let merges = [
        ("src/main/AndroidManifest.xml", "src/main/AndroidManifest.additions.xml", Some("</manifest>"), Comment::Xml),
        ("proguard-rules.pro", "proguard-rules.additions.pro", None, Comment::Hash),
    ];
    for (target, addition, before, comment) in merges {
        let path = app.join(target);
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let block = std::fs::read_to_string(additions.join(addition))?;
        std::fs::write(&path, with_block(&text, &block, before, comment))?;
    }
    let gradle = app.join("build.gradle.kts");
    let text = std::fs::read_to_string(&gradle)?;
    std::fs::write(&gradle, with_block(&text, "apply(from = \"wegwijs.gradle.kts\")\n", None, Comment::Slashes))?;
    println!("android-init: src-tauri/android merged into {}", generated.display());
    Ok(())
}

/// How a file type writes a comment line, for the markers around a merged block.
#[derive(Clone, Copy)]
enum Comment {
    Xml,
    Hash,
    Slashes,
}

/// `text` with `block` between two marker lines, in place of an earlier block, else before the
/// last line holding `before` (at the end without one).
fn with_block(text: &str, block: &str, before: Option<&str>, comment: Comment) -> String {
    let marker = match comment {
        Comment::Xml => "<!-- WEGWIJS ADDITIONS (src-tauri/android, cargo xtask android-init) -->",
        Comment::Hash => "# WEGWIJS ADDITIONS (src-tauri/android, cargo xtask android-init)",
        Comment::Slashes => "// WEGWIJS ADDITIONS (src-tauri/android, cargo xtask android-init)",
    };
    let mut lines: Vec<&str> = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.trim() == marker {
            inside = !inside;
        } else if !inside {
            lines.push(line);
        }
    }
    let at = before.and_then(|tag| lines.iter().rposition(|line| line.contains(tag))).unwrap_or(lines.len());
    let mut merged: Vec<&str> = lines[..at].to_vec();
    merged.push(marker);
    merged.extend(block.lines());
    merged.push(marker);
    merged.extend(&lines[at..]);
    merged.join("\n") + "\n"
}

/// Search (the evaluation's hit rates, latency on the 20,000-item corpus) and applying an update.
fn bench() -> Result<()> {
    optimised(&["bench", "-p", "wegwijs-core", "--features", "insecure-dev-root", "--bench", "store"])?;
    apply_bench()
}

/// The bytes report over nginx at national scale (tests/support/nginx.rs, shared with the HTTP
/// tests), then the apply benchmark (whose own `report:` line gives the apply's peak memory)
/// with its medians against the apply's target.
fn bench_sync() -> Result<()> {
    // Optimised: the simulated year is 342 municipalities x 52 weekly publishes.
    optimised(&[
        "run",
        "--quiet",
        "--release",
        "-p",
        "wegwijs-core",
        "--features",
        "insecure-dev-root",
        "--example",
        "bench_sync",
    ])?;
    apply_bench()
}

/// A cargo command in the release profile as scripts/run.sh builds it: without the distribution
/// profile's whole-program LTO over one codegen unit, which costs a small machine many minutes
/// of building and the figures little (unless the caller sets these variables).
fn optimised(args: &[&str]) -> Result<()> {
    let unset = |name: &str| std::env::var_os(name).is_none();
    let env: Vec<(&str, &str)> =
        [("CARGO_PROFILE_RELEASE_LTO", "false"), ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")]
            .into_iter()
            .filter(|(name, _)| unset(name))
            .collect();
    run_with_env(env!("CARGO"), args, &root(), &env)
}

/// The criterion benchmark of applying a 1,000-item update, with its medians against the target.
fn apply_bench() -> Result<()> {
    optimised(&["bench", "-p", "wegwijs-core", "--features", "insecure-dev-root", "--bench", "sync"])?;
    let group = root().join("target/criterion/sync");
    for (benchmark, target_ms) in [
        ("apply a 1,000-item update", Some(200.0)),
        ("checkpoint after the apply, on a thread of its own", None),
        ("index a language the update left for later", None),
        ("apply a 1,000-item update, all 13 languages indexed", None),
    ] {
        let estimates = group.join(benchmark).join("new/estimates.json");
        let text = std::fs::read_to_string(&estimates).with_context(|| format!("reading {}", estimates.display()))?;
        let json: serde_json::Value = serde_json::from_str(&text)?;
        let median_ms = json["median"]["point_estimate"].as_f64().context("no median in criterion's estimates")? / 1e6;
        let verdict = match target_ms {
            Some(target) if median_ms < target => format!(" (target < {target:.0} ms: met)"),
            Some(target) => format!(" (target < {target:.0} ms: not met)"),
            None => String::new(),
        };
        println!("report: sync {benchmark}: median {median_ms:.1} ms{verdict}");
    }
    Ok(())
}

/// Runs the public TUF client conformance suite (theupdateframework/tuf-conformance, a copy
/// in ../shared/tuf-conformance or `$TUF_CONFORMANCE_SUITE`) against wegwijs-trust's client CLI
/// (crates/trust/examples/tuf_conformance_client.rs). The suite is copied and installed into
/// a virtual environment under target/tuf-conformance once; it needs python3 and faketime.
/// Cases listed in tuf_conformance_client.xfails (the documented deviations) must fail.
/// Ends with one `tuf-conformance:` line.
fn tuf_conformance() -> Result<Counts> {
    let suite = std::env::var_os("TUF_CONFORMANCE_SUITE")
        .map_or_else(|| root().join("../shared/tuf-conformance"), PathBuf::from);
    let work = root().join("target/tuf-conformance");
    let venv = work.join("venv");
    let copy = work.join("suite");
    if Command::new("faketime").arg("--version").output().is_err() {
        bail!("the suite needs faketime (apt-get install faketime)");
    }
    cargo(&["build", "--quiet", "-p", "wegwijs-trust", "--example", "tuf_conformance_client"])?;
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&work)?;
    run("cp", &["-r", &suite.to_string_lossy(), &copy.to_string_lossy()], &root())?;
    run("chmod", &["-R", "u+w", &copy.to_string_lossy()], &root())?;
    let python = venv.join("bin/python");
    if !python.exists() {
        run("python3", &["-m", "venv", &venv.to_string_lossy()], &root())?;
        let installed = run(&python.to_string_lossy(), &["-m", "pip", "install", "--quiet", "."], &copy);
        if let Err(error) = installed {
            let _ = std::fs::remove_dir_all(&venv);
            return Err(error);
        }
    }
    // The suite reads the expected failures from `<entrypoint>.xfails`.
    let client = built("examples/tuf_conformance_client");
    let xfails = root().join("crates/trust/examples/tuf_conformance_client.xfails");
    std::fs::copy(&xfails, client.with_extension("xfails")).with_context(|| format!("copying {}", xfails.display()))?;
    let entrypoint = format!("--entrypoint={}", client.display());
    let (_, stdout) = run_captured(
        &python.to_string_lossy(),
        &["-m", "pytest", "-q", "-p", "no:cacheprovider", "tuf_conformance", &entrypoint],
        &copy,
        &[("PYTHONDONTWRITEBYTECODE", "1")],
    )?;
    // pytest ends with `== 2 failed, 110 passed, 1 xfailed in 9.01s ==`.
    let summary = stdout.lines().rev().find(|line| line.contains(" in ")).unwrap_or_default();
    let count = |word: &str| -> u64 {
        let words: Vec<&str> = summary.split([',', ' ']).filter(|w| !w.is_empty()).collect();
        words.windows(2).find(|pair| pair[1] == word).and_then(|pair| pair[0].parse().ok()).unwrap_or(0)
    };
    let (passed, failed, xfailed, xpassed) = (count("passed"), count("failed"), count("xfailed"), count("xpassed"));
    println!(
        "tuf-conformance: {passed} passed, {failed} failed, {xfailed} expected failures, {xpassed} unexpected passes"
    );
    if passed == 0 || (failed == 0 && xpassed > 0) {
        bail!("the TUF conformance suite did not run as expected (an expected failure passed?)");
    }
    Ok(Counts { passed, failed: failed + xpassed })
}

/// The targets in fuzz/fuzz_targets.
const FUZZ_TARGETS: [&str; 3] = ["metadata", "pack", "update_file"];

/// Runs every fuzz target for `seconds` (default 60). The committed seeds in
/// fuzz/corpus/<target> are read only; what libFuzzer finds goes to target/fuzz-corpus, a
/// crash to fuzz/artifacts/<target>. Ends with one `fuzz:` line per target.
fn fuzz(seconds: Option<&str>) -> Result<()> {
    let seconds: u64 = seconds.unwrap_or("60").parse().context("fuzz takes a number of seconds")?;
    let fuzz_dir = root().join("fuzz");
    let mut summaries = Vec::new();
    let mut crashed = Vec::new();
    for target in FUZZ_TARGETS {
        let work = root().join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&work)?;
        let seeds = fuzz_dir.join("corpus").join(target);
        let log = root().join("target/fuzz-corpus").join(format!("{target}.log"));
        let args = [
            "+nightly".to_string(),
            "fuzz".to_string(),
            "run".to_string(),
            target.to_string(),
            work.display().to_string(),
            seeds.display().to_string(),
            "--".to_string(),
            format!("-max_total_time={seconds}"),
        ];
        eprintln!("$ cargo {} (log: {})", args.join(" "), log.display());
        // The rustup proxy `cargo`, not this cargo, so that +nightly picks the toolchain.
        let status = Command::new("cargo")
            .args(&args)
            .env_remove("RUSTUP_TOOLCHAIN")
            .current_dir(&fuzz_dir)
            .stdout(std::fs::File::create(&log)?)
            .stderr(std::fs::File::options().append(true).open(&log)?)
            .status()
            .context("running cargo +nightly fuzz (install it with `cargo install cargo-fuzz --locked`)")?;
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        // libFuzzer ends with `Done 123456 runs in 61 second(s)`.
        let runs = text.lines().rev().find_map(|line| line.strip_prefix("Done ")).unwrap_or("no summary");
        let crash = text.lines().find(|line| line.contains("Test unit written to"));
        let summary = match (status.success(), crash) {
            (true, _) => format!("fuzz: {target}: {runs}, no crash"),
            (false, Some(crash)) => format!("fuzz: {target}: CRASH ({})", crash.trim()),
            (false, None) => format!("fuzz: {target}: failed, see {}", log.display()),
        };
        if !status.success() {
            crashed.push(target);
        }
        summaries.push(summary);
    }
    for summary in &summaries {
        println!("{summary}");
    }
    if !crashed.is_empty() {
        bail!("fuzzing found problems in {}", crashed.join(", "));
    }
    Ok(())
}

/// The release binary size and the gzipped JS size. Built as `scripts/run.sh` builds it.
fn size() -> Result<()> {
    run("ui/node_modules/.bin/tauri", &["build", "--no-bundle", "--features", "insecure-dev-root"], &root())?;
    let binary = std::fs::metadata(root().join("target/release/wegwijs-app"))?.len();
    println!("size: release binary {:.1} MiB ({binary} bytes)", binary as f64 / 1048576.0);
    println!("size: initial JS {:.1} KiB gzipped", gzipped_js_size()? as f64 / 1024.0);
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Write,
    Check,
}

/// Generated files that are checked in: written by `codegen`, compared by `ci`.
fn codegen(mode: Mode) -> Result<()> {
    // The bindings test compares, or with UPDATE_BINDINGS writes, ui/src/ipc/bindings.ts.
    let mut test = Command::new(env!("CARGO"));
    test.args(["test", "--quiet", "-p", "wegwijs-app", "--test", "bindings"]).current_dir(root());
    if mode == Mode::Write {
        test.env("UPDATE_BINDINGS", "1");
    }
    if !test.status()?.success() {
        bail!("ui/src/ipc/bindings.ts is stale: run `cargo xtask codegen`");
    }
    let licences = licence_list()?;
    let path = root().join("assets/LICENSES.txt");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    match mode {
        Mode::Write => std::fs::write(&path, licences)?,
        Mode::Check if current != licences => {
            bail!("assets/LICENSES.txt is stale: run `cargo xtask codegen`")
        }
        Mode::Check => {}
    }
    Ok(())
}

/// The licences of every crate the app links (normal dependencies of wegwijs-app),
/// from `cargo metadata`, so About lists exactly what is inside the app.
fn licence_list() -> Result<String> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()?;
    if !output.status.success() {
        bail!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let packages: std::collections::BTreeMap<&str, &serde_json::Value> =
        metadata["packages"].as_array().into_iter().flatten().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes: std::collections::BTreeMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let roots: Vec<&str> = packages.iter().filter(|(_, p)| p["name"] == "wegwijs-app").map(|(id, _)| *id).collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = roots;
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes.get(id).and_then(|n| n["deps"].as_array()).into_iter().flatten() {
            let normal = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].is_null());
            if normal && let Some(pkg) = dep["pkg"].as_str() {
                stack.push(pkg);
            }
        }
    }
    let mut lines: Vec<String> = seen
        .iter()
        .filter_map(|id| packages.get(id))
        .filter(|p| !p["name"].as_str().unwrap_or("").starts_with("wegwijs"))
        .map(|p| {
            format!(
                "{} {}: {}",
                p["name"].as_str().unwrap_or("?"),
                p["version"].as_str().unwrap_or("?"),
                p["license"].as_str().unwrap_or("see the crate")
            )
        })
        .collect();
    lines.extend(ui_licences()?);
    lines.sort();
    lines.dedup();
    Ok(format!(
        "Wegwijs is open-source software (EUPL-1.2). It contains these components, each under its own licence:\n\nSQLite (bundled): public domain\n{}\n",
        lines.join("\n")
    ))
}

/// The licences of the npm packages bundled into the UI: the runtime dependencies of
/// ui/package.json and theirs, read from ui/node_modules.
fn ui_licences() -> Result<Vec<String>> {
    let modules = root().join("ui/node_modules");
    let read = |name: &str| -> Result<serde_json::Value> {
        let path = modules.join(name).join("package.json");
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("reading {}: run npm ci in ui/", path.display()))?;
        Ok(serde_json::from_str(&text)?)
    };
    let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root().join("ui/package.json"))?)?;
    let mut stack: Vec<String> =
        manifest["dependencies"].as_object().into_iter().flatten().map(|(k, _)| k.clone()).collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut lines = Vec::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let package = read(&name)?;
        lines.push(format!(
            "{name} {} (npm): {}",
            package["version"].as_str().unwrap_or("?"),
            package["license"].as_str().unwrap_or("see the package")
        ));
        stack.extend(package["dependencies"].as_object().into_iter().flatten().map(|(k, _)| k.clone()));
    }
    Ok(lines)
}

/// Fails when a Tauri crate and its npm package differ in major.minor version, as the Tauri
/// CLI does when it builds (`scripts/run.sh`, mobile builds) - but before anything is built.
/// Phones ship no signing code: the app's dependency tree (every platform) must not hold the
/// publishers' crate or wegwijs-trust's `sign` feature.
fn app_without_signing() -> Result<()> {
    let args = ["tree", "-p", "wegwijs-app", "--target", "all", "-e", "normal,features", "--prefix", "none"];
    let output = Command::new(env!("CARGO")).args(args).current_dir(root()).output()?;
    if !output.status.success() {
        bail!("cargo tree failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let tree = String::from_utf8_lossy(&output.stdout);
    let signing = signing_parts(&tree);
    if !signing.is_empty() {
        bail!("the app links signing code: {}", signing.join(", "));
    }
    println!("app-without-signing: ok (no wegwijs-publish, no wegwijs-trust \"sign\")");
    Ok(())
}

/// The lines of a `cargo tree -e features` listing that bring signing into the app.
fn signing_parts(tree: &str) -> Vec<String> {
    let mut parts: Vec<String> = tree
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("wegwijs-publish ") || line.starts_with("wegwijs-trust feature \"sign\""))
        .map(str::to_string)
        .collect();
    parts.sort();
    parts.dedup();
    parts
}

fn tauri_versions() -> Result<()> {
    let cargo_lock = std::fs::read_to_string(root().join("Cargo.lock"))?;
    let package_lock = std::fs::read_to_string(root().join("ui/package-lock.json"))?;
    let drift = tauri_version_drift(&cargo_lock, &package_lock)?;
    if !drift.is_empty() {
        bail!("Tauri crates and npm packages differ (pin both to the same major.minor):\n  {}", drift.join("\n  "));
    }
    println!("tauri-versions: crates and npm packages match");
    Ok(())
}

/// One line per npm package of Tauri (`@tauri-apps/api`, `@tauri-apps/plugin-*`) whose crate
/// (`tauri`, `tauri-plugin-*`) is locked at another major.minor, or is missing.
fn tauri_version_drift(cargo_lock: &str, package_lock: &str) -> Result<Vec<String>> {
    let mut crates = std::collections::BTreeMap::new();
    let mut name = None;
    for line in cargo_lock.lines() {
        if let Some(value) = line.strip_prefix("name = ") {
            name = Some(value.trim_matches('"').to_owned());
        } else if let (Some(value), Some(crate_name)) = (line.strip_prefix("version = "), name.take()) {
            crates.insert(crate_name, value.trim_matches('"').to_owned());
        }
    }
    let lock: serde_json::Value = serde_json::from_str(package_lock).context("ui/package-lock.json")?;
    let mut drift = Vec::new();
    for (path, package) in lock["packages"].as_object().into_iter().flatten() {
        let Some(npm_name) = path.strip_prefix("node_modules/@tauri-apps/") else { continue };
        let crate_name = match npm_name {
            "api" => "tauri".to_owned(),
            plugin if plugin.starts_with("plugin-") => format!("tauri-{plugin}"),
            _ => continue,
        };
        let npm_version = package["version"].as_str().unwrap_or("?");
        match crates.get(&crate_name) {
            Some(crate_version) if major_minor(crate_version) == major_minor(npm_version) => {}
            Some(crate_version) => drift.push(format!(
                "@tauri-apps/{npm_name} {npm_version} (ui/package-lock.json) vs {crate_name} {crate_version} (Cargo.lock)"
            )),
            None => drift.push(format!("@tauri-apps/{npm_name} {npm_version} has no crate {crate_name} in Cargo.lock")),
        }
    }
    Ok(drift)
}

fn major_minor(version: &str) -> (&str, &str) {
    let mut parts = version.split('.');
    (parts.next().unwrap_or(""), parts.next().unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::{signing_parts, tauri_version_drift};

    #[test]
    fn signing_in_the_apps_tree_is_found() {
        // (cargo tree lines, what must be reported)
        let cases: &[(&str, &[&str])] = &[
            ("wegwijs-app v0.1.0\nwegwijs-trust v0.1.0\nwegwijs-trust feature \"default\"", &[]),
            ("wegwijs-trust feature \"sign\"\nwegwijs-trust feature \"sign\"", &["wegwijs-trust feature \"sign\""]),
            ("  wegwijs-publish v0.1.0 (/x)", &["wegwijs-publish v0.1.0 (/x)"]),
        ];
        for (tree, expected) in cases {
            assert_eq!(signing_parts(tree), *expected, "{tree}");
        }
    }

    fn cargo_lock(crates: &[(&str, &str)]) -> String {
        crates
            .iter()
            .map(|(name, version)| format!("[[package]]\nname = \"{name}\"\nversion = \"{version}\"\n\n"))
            .collect()
    }

    fn package_lock(packages: &[(&str, &str)]) -> String {
        let packages: serde_json::Map<String, serde_json::Value> = packages
            .iter()
            .map(|(name, version)| (format!("node_modules/{name}"), serde_json::json!({ "version": version })))
            .collect();
        serde_json::json!({ "packages": packages }).to_string()
    }

    #[test]
    fn tauri_crates_and_npm_packages_must_match_in_major_minor() {
        let crates = cargo_lock(&[("tauri", "2.11.6"), ("tauri-plugin-opener", "2.5.5"), ("tauri-build", "2.6.3")]);
        // (npm packages, expected drift lines containing)
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
        let cases: &[Case] = &[
            (&[("@tauri-apps/api", "2.11.1"), ("@tauri-apps/plugin-opener", "2.5.0")], &[]),
            // The CLI and packages that are not tied to a crate do not count.
            (&[("@tauri-apps/cli", "2.12.5"), ("@tauri-apps/cli-linux-x64-gnu", "2.12.5")], &[]),
            (&[("@tauri-apps/api", "2.12.5")], &["@tauri-apps/api 2.12.5 (ui/package-lock.json) vs tauri 2.11.6"]),
            (
                &[("@tauri-apps/plugin-opener", "2.7.3")],
                &["plugin-opener 2.7.3 (ui/package-lock.json) vs tauri-plugin-opener 2.5.5"],
            ),
            (&[("@tauri-apps/plugin-barcode-scanner", "2.4.6")], &["has no crate tauri-plugin-barcode-scanner"]),
        ];
        for (packages, expected) in cases {
            let drift = tauri_version_drift(&crates, &package_lock(packages)).unwrap();
            assert_eq!(drift.len(), expected.len(), "{packages:?}: {drift:?}");
            for (line, part) in drift.iter().zip(expected.iter()) {
                assert!(line.contains(part), "{line:?} lacks {part:?}");
            }
        }
    }

    #[test]
    fn android_additions_are_merged_once_and_replaced_on_a_second_run() {
        let manifest = "<manifest>\n  <application />\n</manifest>\n";
        let once = super::with_block(manifest, "<queries />\n", Some("</manifest>"), super::Comment::Xml);
        assert!(once.starts_with("<manifest>\n  <application />\n<!-- WEGWIJS ADDITIONS"), "{once}");
        assert!(
            once.ends_with(
                "<queries />\n<!-- WEGWIJS ADDITIONS (src-tauri/android, cargo xtask android-init) -->\n</manifest>\n"
            ),
            "{once}"
        );
        let again = super::with_block(&once, "<queries />\n", Some("</manifest>"), super::Comment::Xml);
        assert_eq!(again, once);
        let changed = super::with_block(&once, "<uses-permission />\n", Some("</manifest>"), super::Comment::Xml);
        assert!(changed.contains("<uses-permission />") && !changed.contains("<queries />"), "{changed}");
        let gradle = super::with_block("plugins {}\n", "apply(from = \"x\")\n", None, super::Comment::Slashes);
        assert!(
            gradle.starts_with("plugins {}\n// WEGWIJS")
                && gradle.ends_with(
                    "apply(from = \"x\")\n// WEGWIJS ADDITIONS (src-tauri/android, cargo xtask android-init)\n"
                ),
            "{gradle}"
        );
    }

    /// The repository's own locks.
    #[test]
    fn this_repository_has_no_drift() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let cargo_lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
        let package_lock = std::fs::read_to_string(root.join("ui/package-lock.json")).unwrap();
        assert_eq!(tauri_version_drift(&cargo_lock, &package_lock).unwrap(), Vec::<String>::new());
    }
}
