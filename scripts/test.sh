#!/usr/bin/env bash
# Sets up and runs every test: the same gate as `cargo xtask ci` (fmt, clippy, content and
# locale checks, all tests). Ends with one "ci: N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build-essential pkg-config
cargo xtask ci
