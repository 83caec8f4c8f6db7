#!/usr/bin/env bash
# Installs whatever this project needs that the machine does not have yet, and nothing it already has.
#   scripts/setup.sh serve   the wasm target, trunk, wasm-bindgen-cli and the npm tools (wasm-opt)
#   scripts/setup.sh test    all of that, plus Chromium and ChromeDriver for the browser tests
# Versions are pinned: trunk 0.21.14 is the newest that builds with Rust 1.95; wasm-bindgen-cli must equal the crate;
# wasm-opt comes from npm because older Debian binaryen cannot read what rustc emits.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The nightly toolchain that the release build rebuilds the standard library with, for size (scripts/build-release.sh),
# and that the fuzzer runs on.
NIGHTLY=nightly-2026-05-20
# The wasm-bindgen CLI must match the wasm-bindgen crate exactly; Cargo.toml pins it with "=".
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

need_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

need_trunk() {
  if trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then return; fi
  say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

need_wasm_bindgen() {
  if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then return; fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # --locked can fail where the registry lacks a pinned dependency (a pinned dependency is missing from the registry): fall back without it.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
}

need_npm_tools() {
  if [ -x node_modules/.bin/wasm-opt ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "installing the npm tools (wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
  touch node_modules/.package-lock.json
}

need_wasm_split() {
  # binaryen's wasm-split, which splits the release build's WebAssembly in two (scripts/split-wasm.mjs): from
  # Debian's binaryen package, unpacked into target/tools rather than installed, so that its older wasm-opt does not
  # stand in for npm's. The split also runs the page in Chromium, to see which functions its form uses.
  # Pinned: the split's feature flags and the stand-ins it patches into wasm-bindgen's script are those of this
  # version (scripts/split-wasm.mjs), and another could split differently without a word.
  local version=108-1
  if [ -x target/tools/binaryen/usr/bin/wasm-split ] && [ "$(cat target/tools/binaryen/.version 2>/dev/null)" = "$version" ]; then return; fi
  say "unpacking binaryen $version's wasm-split from Debian into target/tools"
  rm -rf target/tools/binaryen
  local download
  download=$(mktemp -d)
  (cd "$download" && { apt-get download "binaryen=$version" >/dev/null 2>&1 || { as_root apt-get update -qq && apt-get download "binaryen=$version" >/dev/null; }; }) || {
    echo "[setup] binaryen $version is not in this machine's package lists; scripts/split-wasm.mjs is written for it" >&2
    exit 1
  }
  mkdir -p target/tools/binaryen
  dpkg -x "$download"/binaryen_*.deb target/tools/binaryen
  echo "$version" > target/tools/binaryen/.version
  rm -rf "$download"
}

need_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then return; fi
  say "installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}

need_nginx() {
  # The published configuration (deploy/nginx) is what the end-to-end test runs against.
  if command -v nginx >/dev/null && ls /etc/nginx/modules-enabled/*brotli-static* >/dev/null 2>&1; then return; fi
  say "installing nginx and its brotli module from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
}

need_cjk_fonts() {
  # Chromium renders the test letters to PDF (scripts/letters-to-pdf.mjs) with these, Chinese ones included.
  if fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei'; then return; fi
  say "installing a Chinese font from Debian (fonts-wqy-microhei), for the letters rendered to PDF"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null
}

need_nightly() {
  if rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
    && rustup target list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then return; fi
  say "installing the pinned nightly toolchain $NIGHTLY with its library sources (about 20 seconds, once)"
  rustup toolchain install "$NIGHTLY" --profile minimal -c rust-src -t wasm32-unknown-unknown
}

need_std_sources() {
  # The release build rebuilds the standard library (scripts/build-release.sh) with Trunk, which runs cargo offline
  # (Trunk.toml): the crates the standard library and the page depend on must be on this machine first.
  local marker="target/tools/.fetched-$NIGHTLY-$(sha256sum Cargo.lock | cut -c1-16)"
  if [ -e "$marker" ]; then return; fi
  say "fetching the crates the release build needs (once)"
  local library
  library="$(rustc "+$NIGHTLY" --print sysroot)/lib/rustlib/src/rust/library"
  cargo "+$NIGHTLY" fetch --manifest-path "$library/Cargo.toml" >/dev/null
  cargo "+$NIGHTLY" fetch --locked --target wasm32-unknown-unknown >/dev/null
  mkdir -p target/tools && touch "$marker"
}

need_cargo_fuzz() {
  if cargo fuzz --version >/dev/null 2>&1; then return; fi
  say "installing cargo-fuzz (about 2 minutes, once)"
  cargo install cargo-fuzz --locked
}

case "${1:-test}" in
  serve) need_wasm_target; need_nightly; need_std_sources; need_trunk; need_wasm_bindgen; need_npm_tools; need_wasm_split; need_chromium ;;
  test) need_wasm_target; need_nightly; need_std_sources; need_trunk; need_wasm_bindgen; need_npm_tools; need_wasm_split; need_chromium; need_cjk_fonts; need_nginx; need_cargo_fuzz ;;
  *) echo "usage: scripts/setup.sh serve|test" >&2; exit 2 ;;
esac
