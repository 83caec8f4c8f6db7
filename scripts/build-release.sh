#!/usr/bin/env bash
# The release build of the page, as it is published: `trunk build --release`, with the standard library rebuilt for
# size. Rust's prebuilt standard library carries the machinery to print a panic (its messages, each call site's file
# and line, the formatting code behind them); the page never shows them, since a panic in WebAssembly only stops it.
# Rebuilt with `panic=immediate-abort` and no location details, the page's WebAssembly is 15 KB smaller (brotli) and
# its worker 12 KB. Rebuilding the standard library needs a nightly toolchain's `-Zbuild-std`, so this build pins one
# (scripts/setup.sh installs it); the command and every native test stay on stable.
#   scripts/build-release.sh [trunk build options]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTUP_TOOLCHAIN="$(sed -n 's/^NIGHTLY=//p' scripts/setup.sh)"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Without reference types, which the wasm-split that splits the page in two (scripts/split-wasm.mjs, binaryen 108)
# cannot read; wasm-bindgen then keeps the page's JavaScript objects in a table of its own script instead.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Ctarget-feature=-reference-types"
# Its own target directory, so that switching toolchains does not rebuild the stable builds' caches.
export CARGO_TARGET_DIR="$PWD/target/release-page"
exec trunk build --release "$@"
