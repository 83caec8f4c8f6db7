#!/usr/bin/env bash
# Fuzzes the letter reader, the case JSON, the batch CSV, the readers of letters' files (PDF, e-mail) and the page's
# reader of Excel workbooks with cargo-fuzz (libFuzzer, nightly toolchain), each
# for SECONDS (default 20), starting from the seeds in fuzz/seeds. A crash, a timeout or running out of memory stops
# the run and leaves its input in fuzz/artifacts/TARGET/; turn it into a regression test.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# The pinned nightly toolchain (scripts/setup.sh installs it).
nightly="$(sed -n 's/^NIGHTLY=//p' scripts/setup.sh)"
seconds="${1:-20}"
shift || true
targets=("${@:-letter case batch pdf eml workbook}")
for target in ${targets[@]}; do
  mkdir -p "fuzz/corpus/$target"
  cp -n fuzz/seeds/"$target"/* "fuzz/corpus/$target/" 2>/dev/null || true
  echo "==> fuzzing $target for ${seconds}s"
  log="fuzz/artifacts/$target.log"
  mkdir -p fuzz/artifacts
  # cargo-fuzz's own status says whether the target built and ran: a build error or a crash fails the run.
  status=0
  cargo "+$nightly" fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=20000 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" "$log" || true
  if [ "$status" != 0 ]; then
    tail -n 40 "$log" >&2
    echo "fuzz: $target failed (exit $status); the whole output is in $log" >&2
    exit 1
  fi
  # A crash, an input that takes over 10 seconds, or one that needs over 2 GB, all break a promise of the readers.
  if ls "fuzz/artifacts/$target"/crash-* "fuzz/artifacts/$target"/timeout-* "fuzz/artifacts/$target"/oom-* >/dev/null 2>&1; then
    echo "fuzz: $target failed; the input is in fuzz/artifacts/$target" >&2
    exit 1
  fi
done
echo "fuzz: no crash"
