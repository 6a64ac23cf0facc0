#!/usr/bin/env bash
# Sets up and runs Wegwijs. Until the app window lands, this runs the helpdesk CLI on the
# bundled content: a search and a checklist, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build-essential pkg-config
cargo build --release -p wegwijs-cli
bin=target/release/wegwijs
"$bin" search --lang pl "zasiłek rodzinny"
"$bin" checklist --lang ro --arrived 2026-11-20 --work-start 2026-11-23 --stay long --children 2
echo "More: $bin --help"
