#!/usr/bin/env bash
# Shows how the pipeline's output on the golden pages differs from the committed expectations.
# Writes proposals to target/golden/<case>/expected.json (+ text.txt with the full text) and prints
# a diff per case. Nothing under src/ is changed: copy a proposal over expected.json only after
# reading it, and never to make a failing segment go away without fixing the extractor.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -DincludeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" io.gazette.golden.GoldenRegenerate target/golden
for d in src/test/resources/golden/*/; do
  name=$(basename "$d")
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), indent=2, ensure_ascii=False, sort_keys=True))' \
    "$d/expected.json" > "target/golden/$name/committed.sorted.json"
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), indent=2, ensure_ascii=False, sort_keys=True))' \
    "target/golden/$name/expected.json" > "target/golden/$name/proposed.sorted.json"
  if ! diff -u "target/golden/$name/committed.sorted.json" "target/golden/$name/proposed.sorted.json" \
       --label "$name (committed)" --label "$name (now)"; then echo; fi
done
