#!/usr/bin/env bash
# Sets up and runs the Wegwijs app: a release build made by the Tauri CLI (the path packagers
# and the mobile builds take), with the UI inside, then opens it.
#
# It pins the feed root made with the public development keys (feature insecure-dev-root):
# this is a build for trying the app out. A release names its own root in WEGWIJS_FEED_ROOT
# and leaves the feature out (docs/updates.md).
#
# WEGWIJS_SMOKE=1: build exactly so, start the app under Xvfb, wait until its first screen has
# painted, and quit with status 0 (CI runs this; any other outcome fails within 3 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Run from the repository root: the CLI finds src-tauri/tauri.conf.json below it, and runs the
# beforeBuildCommand (npm run build) in ui/, the folder of package.json.
#
# Optimised, but without the distribution profile's whole-program LTO over one codegen unit
# (it makes the phone packages small and costs many minutes on a small machine; a build to try
# the app here gains nothing from it). A packager's build leaves these variables unset.
export CARGO_PROFILE_RELEASE_LTO="${CARGO_PROFILE_RELEASE_LTO:-false}"
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS="${CARGO_PROFILE_RELEASE_CODEGEN_UNITS:-16}"
ui/node_modules/.bin/tauri build --no-bundle --features insecure-dev-root
app="${CARGO_TARGET_DIR:-target}/release/wegwijs-app"
if [ -z "${WEGWIJS_SMOKE:-}" ]; then
  exec "$app"
fi
# Twice, in a HOME of its own: a first start (content.db built from the bundled content) and a
# second start, each reporting the time from start to its first painted screen.
home=$(mktemp -d)
for start in first second; do
  log=$(mktemp)
  status=0
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" WEGWIJS_SMOKE=1 \
    timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" "$app" >"$log" 2>&1 || status=$?
  cat "$log"
  painted=$(grep -o "first screen painted [0-9]* ms after start" "$log" || true)
  if [ "$status" -ne 0 ] || [ -z "$painted" ]; then
    echo "run: smoke FAILED: the release app did not paint its first screen (exit status $status)" >&2
    exit 1
  fi
  echo "run: smoke $start start: $painted"
done
echo "run: smoke passed: the release app opened and painted its first screen"
