#!/usr/bin/env bash
# bench/run.sh [N ...]: times Arkiv against Hugo on synthetic archives of N meetings each
# (default: 1000), and Arkiv's peak memory with a 1 GB heap. Not part of the tests.
#
# Needs python3, hugo (Debian: apt-get install hugo), and the benchmark tools make-corpus.py and
# compare.sh: set ARKIV_BENCH_TOOLS to their directory (default: ../shared/bench beside this
# repository). Corpora and outputs go to a temporary directory on tmpfs when there is one.
# Prints, per N, each of the six alternating runs, the medians and their ratio (compare.sh's last
# lines, "ratio ours/hugo = ..." last), and the peak RSS. A ratio from one pair can be far from the
# median on a shared machine: the runs show the spread.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=${ARKIV_BENCH_TOOLS:-$repo/../shared/bench}
[ -f "$tools/compare.sh" ] || { echo "bench: no compare.sh in $tools; set ARKIV_BENCH_TOOLS" >&2; exit 2; }
command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 1000

"$repo/arkiv" --version >/dev/null   # builds the jar and its class-data archive once, outside the timings
work=$(mktemp -d "$( [ -w /dev/shm ] && echo /dev/shm || echo /tmp )/arkiv-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

for n in "$@"; do
  echo "== $n meetings"
  BENCH_WORK="$work" bash "$tools/compare.sh" "$n" "$repo/arkiv build -q --content {content} --out {out}" \
    | tee "$work/compare-$n.txt" | tail -n 9
  rm -rf "$work/memory-out"
  ARKIV_JAVA_OPTS="-Xmx1g" /usr/bin/time -v "$repo/arkiv" build -q --content "$work/compare-$n/corpus/content" \
    --out "$work/memory-out" 2> "$work/time-$n.txt" >/dev/null \
    && grep -E "Maximum resident|Elapsed" "$work/time-$n.txt" | sed 's/^\s*/   with -Xmx1g: /' \
    || { echo "   with -Xmx1g: the build failed"; tail -n 3 "$work/time-$n.txt"; }
done
