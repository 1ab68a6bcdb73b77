#!/usr/bin/env bash
# run.sh [N] [SEED]: mutate the CII seeds, run the reference (en16931 only) and ours, compare BR-* ids.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"; shared="$root/../shared/einvoice"
n="${1:-500}"; seed="${2:-1}"; out="${OUT:-/tmp/cii-diff-$seed}"
rm -rf "$out"; mkdir -p "$out/m"
python3 "$here/mutate.py" "$out/m" "$n" "$seed" "$shared/examples/en16931/cii" "$shared/examples/facturx-akretion" \
  "$shared/xrechnung/testsuite" "$shared/zugferd" "$shared/xrechnung/rule-tests/cii"
ORACLE_RULES=en16931 /work/shared/tools/einvoice-oracle/batch.sh "$out/oracle.tsv" "$out/m" -- --flags 2>"$out/oracle.log"
(cd "$root" && dotnet run scripts/cii-diff/ours.cs -- "$out/m" > "$out/ours.tsv")
python3 "$here/compare.py" "$out/oracle.tsv" "$out/ours.tsv" "$out/m/manifest.tsv" --show "${SHOW:-40}"
