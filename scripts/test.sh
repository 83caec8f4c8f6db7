#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (engine, data, command, examples), the browser tests in
# headless Chromium, a release build of the page, the end-to-end test against it (with axe-core), and the size
# report against the first-load budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step() { printf '\n==> %s\n' "$*"; }

step "native tests: rules, catalogue, data checks, the command and the shared examples"
cargo test --locked

step "letter reader: share of fields right on the corpus (tests/letters)"
cargo test --locked --quiet --test letters -- --nocapture 2>/dev/null | sed -n '/^per field:/,/^fields right/p'

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build of the page"
trunk build --release

step "size of the first load"
node scripts/size-report.mjs dist

step "end-to-end test (headless Chromium, axe-core)"
node tests/e2e/run.mjs dist
