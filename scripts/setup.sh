#!/usr/bin/env bash
# Installs what Wegwijs needs on a fresh Debian 12 machine, skipping what is already there:
# Debian packages for Tauri (WebKitGTK), its end-to-end tests (chromium and chromedriver for the
# studio's) and the Android type check, read
# aloud on Linux (speech-dispatcher with espeak-ng's voices; libspeechd-dev for the tts crate), Rust
# components and the Android target, the UI's npm packages and tauri-driver. Used by both README
# commands; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev librsvg2-dev
  libayatana-appindicator3-dev xvfb xauth webkit2gtk-driver nodejs npm gzip poppler-utils nginx-light
  clang llvm libc6-dev-arm64-cross faketime
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libspeechd-dev
  chromium chromium-driver)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# A newer Node.js installed outside Debian counts too.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "setup: Rust is required (rustup: https://rustup.rs)" >&2; exit 2; }
for component in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
done
# `cargo xtask check-android` type-checks the app for Android phones (the C parts compile with
# clang and libc6-dev-arm64-cross above). rustup downloads the target's standard library from
# static.rust-lang.org: a machine without that host needs it installed beforehand.
rustup target list --installed 2>/dev/null | grep -qx aarch64-linux-android || rustup target add aarch64-linux-android

# The UI's packages, exactly as locked.
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm ci --prefix ui --no-audit --no-fund
fi

# tauri-driver 2.x (3.0 is an alpha for Tauri 3). It has no --version: cargo's install list
# says which version is there.
if ! command -v tauri-driver >/dev/null || ! cargo install --list | grep -q '^tauri-driver v2\.'; then
  cargo install tauri-driver --version '^2' --locked
fi

# python-tuf, the other TUF implementation the trust crate's interop tests run against
# (crates/trust/tests/interop.rs, tests/interop/), at the versions pinned there.
tuf_version=$(sed -n 's/^tuf==//p' tests/interop/requirements.txt)
if ! python3 -c "import sys, tuf, securesystemslib.signer, cryptography; sys.exit(tuf.__version__ != '$tuf_version')" 2>/dev/null; then
  echo "setup: installing python-tuf $tuf_version (tests/interop/requirements.txt)"
  if ! python3 -m pip --version >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-pip
  fi
  # Debian's own python3 refuses pip installs outside a venv (PEP 668) unless told otherwise.
  python3 -m pip install -q --disable-pip-version-check -r tests/interop/requirements.txt 2>/dev/null ||
    python3 -m pip install -q --disable-pip-version-check --break-system-packages -r tests/interop/requirements.txt
fi
