//! Project automation, so that shell scripts stay trivial: `cargo xtask <task>`.
//!
//! - `ci`: the local gate, the same as CI: fmt --check, clippy -D warnings, every test,
//!   locale completeness, content check. Ends with one `ci: N passed, N failed` line.
//! - `check-locales`, `check-content`: the single checks.
//! - `bench`: the criterion benchmarks, with their report lines.
//! - `codegen`: regenerate checked-in generated files (the licence list); `ci` fails when stale.

use anyhow::{Context, Result, bail};
use std::process::{Command, Stdio};

fn main() -> Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "ci" => ci(),
        "check-locales" => cargo(&[
            "run",
            "--quiet",
            "-p",
            "wegwijs-cli",
            "--",
            "locales",
            "check",
            "locales",
        ]),
        "check-content" => cargo(&[
            "run",
            "--quiet",
            "-p",
            "wegwijs-cli",
            "--",
            "content",
            "check",
            "assets/content",
        ]),
        "bench" => cargo(&["bench", "-p", "wegwijs-core", "--bench", "store"]),
        "codegen" => codegen(Mode::Write),
        _ => {
            eprintln!("usage: cargo xtask <ci | check-locales | check-content | bench | codegen>");
            bail!("unknown task {task:?}")
        }
    }
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn cargo(args: &[&str]) -> Result<()> {
    eprintln!("$ cargo {}", args.join(" "));
    let status = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(root())
        .status()
        .with_context(|| format!("running cargo {args:?}"))?;
    if !status.success() {
        bail!("cargo {} failed", args.join(" "));
    }
    Ok(())
}

fn ci() -> Result<()> {
    cargo(&["fmt", "--all", "--", "--check"])?;
    codegen(Mode::Check)?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    cargo(&[
        "run",
        "--quiet",
        "-p",
        "wegwijs-cli",
        "--",
        "content",
        "check",
        "assets/content",
    ])?;
    cargo(&[
        "run",
        "--quiet",
        "-p",
        "wegwijs-cli",
        "--",
        "locales",
        "check",
        "locales",
    ])?;
    let (passed, failed) = tests()?;
    println!("ci: {passed} passed, {failed} failed");
    if failed > 0 {
        bail!("{failed} tests failed");
    }
    Ok(())
}

/// Runs every test, echoing the output, and adds up cargo's per-target result lines.
fn tests() -> Result<(u64, u64)> {
    eprintln!("$ cargo test --workspace");
    let output = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--no-fail-fast"])
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo test")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    let (mut passed, mut failed) = (0, 0);
    for line in stdout.lines().filter(|l| l.starts_with("test result:")) {
        let number_before = |word: &str| -> u64 {
            line.split(';')
                .find(|part| part.trim().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        passed += number_before("passed");
        failed += number_before("failed");
    }
    if !output.status.success() && failed == 0 {
        bail!("cargo test failed before running tests");
    }
    Ok((passed, failed))
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Write,
    Check,
}

/// Generated files that are checked in: written by `codegen`, compared by `ci`.
fn codegen(mode: Mode) -> Result<()> {
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

/// The licences of every crate the shipped code links (normal dependencies of the core),
/// from `cargo metadata`, so About lists exactly what is inside the app.
fn licence_list() -> Result<String> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()?;
    if !output.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let packages: std::collections::BTreeMap<&str, &serde_json::Value> = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let nodes: std::collections::BTreeMap<&str, &serde_json::Value> = metadata["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let roots: Vec<&str> = packages
        .iter()
        .filter(|(_, p)| p["name"] == "wegwijs-core")
        .map(|(id, _)| *id)
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = roots;
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
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
    lines.sort();
    lines.dedup();
    Ok(format!(
        "Wegwijs is open-source software (EUPL-1.2). It contains these components, each under its own licence:\n\nSQLite (bundled): public domain\n{}\n",
        lines.join("\n")
    ))
}
