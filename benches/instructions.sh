#!/usr/bin/env bash
# Instructions executed by one-thread extraction of 1 MB of news text.
#
# Wall time on a shared machine moves by 10-16% between identical runs;
# the instruction count under valgrind (cachegrind, no cache simulation)
# is the same from run to run, so a change of 1% shows. Uses the first
# 1 MB of the corpus benches/scale.sh builds from the fixtures (the same
# bytes whatever its size).
#
#   benches/instructions.sh                  # the release binary
#   benches/instructions.sh old/claimex new/claimex   # compare binaries
#   PROFILE=1 benches/instructions.sh        # also per function (callgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "needs valgrind" >&2; exit 2; }

corpus=${TMPDIR:-/tmp}/claimex-scale-2.corpus
sample=${TMPDIR:-/tmp}/claimex-1mb.corpus
if [[ ! -s $sample ]]; then
  [[ -s $corpus ]] || SIZE_MB=2 RUNS=1 benches/scale.sh > /dev/null
  head -c 1000000 "$corpus" > "$sample"
fi

if [[ $# -eq 0 ]]; then
  cargo build --release --quiet
  set -- target/release/claimex
fi
for bin in "$@"; do
  n=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$bin" extract --threads 1 "$sample" 2>&1 > /dev/null | awk '/I *refs/ { print $NF }')
  echo "$bin: $n instructions for 1 MB"
done
if [[ -n ${PROFILE:-} ]]; then
  out=${TMPDIR:-/tmp}/claimex.callgrind
  valgrind --tool=callgrind --callgrind-out-file="$out" "$1" extract --threads 1 "$sample" \
    > /dev/null 2>&1
  callgrind_annotate --inclusive=yes "$out" | grep 'claimex::' | head -40
fi
