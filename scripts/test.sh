#!/usr/bin/env bash
# Sets up and runs every test: the same gate as `cargo xtask ci` (fmt, generated files, clippy,
# content and locale checks, the UI's checks and size budget, all Rust tests, and the
# end-to-end tests of the real app under Xvfb). Ends with one "ci: N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo xtask ci
