#!/usr/bin/env bash
# A full build repeated in one JVM: the first build is what `arkiv build` pays, code run for the
# first time included; the later ones are the build's own work once the JIT has compiled it.
# Builds the benchmark corpus (../shared/bench/make-corpus.py) if it is not there, and runs
# dk.arkiv.bench.WarmBuildBenchmark with the JVM options the launcher gives an archive of that
# size (ARKIV_JAVA_OPTS adds to them). Outputs go to tmpfs when there is one. Not part of the tests.
# Usage: bench/warm.sh [MEETINGS] [BUILDS]   (defaults: 1000 meetings, 5 builds)
# ARKIV_BENCH_DIR: where the corpus is (default /tmp/arkiv-bench-MEETINGS, shared with the others).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
meetings=${1:-1000}
builds=${2:-5}
corpus=${ARKIV_BENCH_DIR:-/tmp/arkiv-bench-$meetings}

if [ ! -d "$corpus/content" ]; then
  python3 "$repo/../shared/bench/make-corpus.py" --meetings "$meetings" --seed 1 "$corpus"
fi
options=$(ARKIV_PRINT_JAVA_OPTIONS=1 "$repo/arkiv" build --content "$corpus/content")
# Maven's output only when it fails: even when quiet it writes terminal escapes.
log=$(cd "$repo/generator" && mvn -q -B -o -Dstyle.color=never test-compile 2>&1) || { echo "$log" >&2; exit 1; }
work=$(mktemp -d "$( [ -w /dev/shm ] && echo /dev/shm || echo /tmp )/arkiv-warm.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "JVM options: $options"
# shellcheck disable=SC2086  # the options are words
java $options -cp "$repo/generator/target/arkiv.jar:$repo/generator/target/test-classes" \
  dk.arkiv.bench.WarmBuildBenchmark "$corpus/content" "$repo/templates" "$work" "$builds"
