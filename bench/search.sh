#!/usr/bin/env bash
# Search on a large archive: builds the benchmark corpus (../shared/bench/make-corpus.py) into a site,
# then measures three queries in headless Chromium: bytes transferred and time to results.
# Usage: bench/search.sh [MEETINGS] [QUERY ...]   (defaults: 5000 meetings, three queries)
# ARKIV_BENCH_JAVA_OPTS=-Ddetail=true also lists each file a query fetched, with its timing.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
meetings=${1:-5000}
shift || true
[ $# -gt 0 ] || set -- "klimaalliancen" "grønt danmark" "klimahandlingsplaner"
work=${ARKIV_BENCH_DIR:-/tmp/arkiv-bench-$meetings}

if [ ! -d "$work/content" ]; then
  python3 "$repo/../shared/bench/make-corpus.py" --meetings "$meetings" "$work"
fi
"$repo/arkiv" build --content "$work/content" --out "$work/site"
du -sh "$work/site/soeg/indeks" | sed 's/^/search index: /'

cd "$repo/generator"
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java ${ARKIV_BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dk.arkiv.bench.SearchBenchmark "$work/site" "$@"
