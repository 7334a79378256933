#!/usr/bin/env bash
# The preview server on a large archive: time from a saved meeting file to the rebuilt site.
# Builds the benchmark corpus (../shared/bench/make-corpus.py) if it is not there, then saves one
# meeting over and over in one process, as `arkiv serve` does, and prints each save's time and
# the medians. Not part of the tests.
# Usage: bench/preview.sh [MEETINGS] [EDIT] [SAVES]   (defaults: 5000 meetings, text, 30 saves)
#   EDIT: text (a sentence added to an item), title, place, attendance (an attendee removed
#   on every other save and put back on the next), kind (agenda to minutes and back), or date
#   (the meeting moved to the next free day, a new file name, and back)
# ARKIV_BENCH_DIR: where the corpus is (default /tmp/arkiv-bench-MEETINGS, shared with search.sh).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
meetings=${1:-5000}
edit=${2:-text}
saves=${3:-30}
work=${ARKIV_BENCH_DIR:-/tmp/arkiv-bench-$meetings}

if [ ! -d "$work/content" ]; then
  python3 "$repo/../shared/bench/make-corpus.py" --meetings "$meetings" --seed 1 "$work"
fi

cd "$repo/generator"
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java ${ARKIV_BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dk.arkiv.bench.PreviewBenchmark "$work/content" "$repo/templates" "$edit" "$saves"
