#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (engine, data, command, examples, letter corpus, property
# tests), the browser tests in headless Chromium, a release build of the page with the size report against the
# first-load budget, a short fuzzing run, Lighthouse, and the end-to-end test against the release build (with
# axe-core), then every speed figure beside its budget (failing only past twice the budget).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step() { printf '\n==> %s\n' "$*"; }

step "native tests: rules, catalogue, data checks, the command and the shared examples"
cargo test --locked

step "letter reader: fields right on the tuning letters (tests/letters) and the held-out splits (tests/letters/unseen, fresh, fresh2 … fresh26)"
cargo test --locked --quiet --test letters -- --nocapture 2>/dev/null | grep -E '^fields right'

step "letters as files: PDFs rendered afresh by Chromium, read as the same letters pasted (tuning, then held-out letters)"
node scripts/letters-to-pdf.mjs target/pdf-letters >/dev/null
STV_PDF_LETTERS=target/pdf-letters cargo test --locked --quiet --test files pdf_letters -- --nocapture 2>/dev/null | grep -E '^PDF letters'
node scripts/letters-to-pdf.mjs target/pdf-unseen tests/files/pdf-unseen.json >/dev/null
STV_PDF_MANIFEST=tests/files/pdf-unseen.json STV_PDF_LETTERS=target/pdf-unseen STV_PDF_FLOOR=0.91 \
  cargo test --locked --quiet --test files pdf_letters -- --nocapture 2>/dev/null | grep -E '^PDF letters'

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web --no-default-features --features test-page

step "release build of the page (the standard library rebuilt for size: see the script)"
scripts/build-release.sh

step "size of the first load"
node scripts/size-report.mjs dist

step "fuzzing: the letter reader, the case JSON, the batch CSV, the PDF, e-mail and workbook readers, 20 seconds each (cargo-fuzz)"
scripts/fuzz.sh 20

step "Lighthouse (mobile), three runs against the release build served with compression"
node scripts/lighthouse.mjs dist

step "end-to-end test (headless Chromium, axe-core), against the published nginx configuration (deploy/nginx)"
scripts/nginx.sh dist 127.0.0.1:8093 &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null http://127.0.0.1:8093/ && break; sleep 0.2; done
E2E_ORIGIN=http://127.0.0.1:8093 node tests/e2e/run.mjs dist
kill $nginx_pid 2>/dev/null || true

step "speed figures against their budgets (native benchmarks and the end-to-end test's browser figures)"
node scripts/budgets.mjs
