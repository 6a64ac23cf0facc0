#!/usr/bin/env bash
# Sets up and runs the Wegwijs app (a release build; the UI is built into the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npx tauri build --no-bundle)
exec target/release/wegwijs-app
