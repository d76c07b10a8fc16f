#!/usr/bin/env bash
# Run claimex over a large corpus with GNU parallel on one machine or many.
#
# parallel --pipe cuts standard input into blocks that start at an article
# header (--recstart), so no article is split; each block goes through its
# own `claimex extract`; --keep-order writes the claims in input order.
#
#   tests/scale_out/parallel.sh big.corpus > claims.jsonl
#   CLAIMEX=./target/release/claimex JOBS=8 BLOCK=64M tests/scale_out/parallel.sh big.corpus
#
# Add --sshloginfile nodes.txt to the parallel line to spread over machines
# (claimex must be on their PATH). `span.line` then counts lines within each
# block; every other field is what one `claimex extract` run gives.
set -euo pipefail
claimex=${CLAIMEX:-claimex}
jobs=${JOBS:-100%}   # 100%: one job per core
block=${BLOCK:-32M}

cat -- "${@:--}" |
  parallel --pipe --keep-order --jobs "$jobs" --block "$block" \
    --recstart '<<<FILE ' \
    "$claimex" extract --threads 1
