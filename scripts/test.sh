#!/usr/bin/env bash
# Runs every test project on SQLite and PostgreSQL. Installs and starts a throwaway PostgreSQL cluster on
# 127.0.0.1 (scripts/pg.sh), stops it afterwards, and ends with one line: "tests: N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
logs="$root/.tmp/test-logs"
rm -rf "$logs" && mkdir -p "$logs"

cleanup() { bash "$root/scripts/pg.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

if ! bash "$root/scripts/deps.sh"; then
  echo "scripts/test.sh: could not install the Debian packages the tests need (scripts/deps.sh)" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

if ! bash "$root/scripts/pg.sh" start; then
  echo "scripts/test.sh: could not start PostgreSQL" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
eval "$(bash "$root/scripts/pg.sh" env)"
export ENCAISSE_TEST_PG ENCAISSE_REQUIRE_PG=1

if ! dotnet build Encaisse.slnx -c Release -nologo -v q >"$logs/build.log" 2>&1; then
  grep -E " error " "$logs/build.log" | sort -u | head -40 >&2
  echo "scripts/test.sh: build failed (see $logs/build.log)" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# The last "Passed: N" (or Failed, Skipped) line of a test log.
count() { sed -nE "s/^ *$1: *([0-9]+).*/\\1/p" "$logs/$name.log" | tail -1; }

passed=0 failed=0 skipped=0 status=0
for proj in tests/*.Tests/*.csproj; do
  name="$(basename "$proj" .csproj)"
  echo "== $name"
  dotnet test "$proj" -c Release --no-build -nologo --logger "console;verbosity=normal" >"$logs/$name.log" 2>&1
  rc=$?
  # The closing block of `dotnet test` (normal verbosity): "Total tests: N", "Passed: N", "Failed: N", "Skipped: N".
  total="$(sed -nE 's/^ *Total tests: *([0-9]+).*/\1/p' "$logs/$name.log" | tail -1)"
  if [[ -z "$total" ]]; then
    echo "   no test summary (exit $rc): see $logs/$name.log" >&2
    tail -30 "$logs/$name.log" >&2
    failed=$((failed + 1)); status=1; continue
  fi
  p="$(count Passed)"; f="$(count Failed)"; s="$(count Skipped)"
  p="${p:-0}"; f="${f:-0}"; s="${s:-0}"
  summary="total $total: $p passed, $f failed, $s skipped"
  echo "   $summary"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [[ $rc -ne 0 || $f -ne 0 ]]; then
    status=1
    grep -E '^\s+Failed |Error Message|Assert' "$logs/$name.log" | head -40 >&2
  fi
done

line="tests: $passed passed, $failed failed"
[[ $skipped -gt 0 ]] && line="$line, $skipped skipped"
echo "$line"
exit $status
