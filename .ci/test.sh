#!/usr/bin/env bash
# The whole test suite, as the README says: installs what the tests need, builds with zero
# warnings, runs every test project and prints one closing line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); the load test uses wrk.
ontbrekend=""
command -v chromium >/dev/null 2>&1 || ontbrekend="$ontbrekend chromium fonts-dejavu-core"
command -v wrk >/dev/null 2>&1 || ontbrekend="$ontbrekend wrk"
if [ -n "$ontbrekend" ]; then
    echo "Installeren via apt:$ontbrekend"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $ontbrekend >/dev/null
fi

dotnet tool restore
dotnet build Wmo.Portal.sln -c Release -warnaserror -nologo

results="$(mktemp -d)"
status=0
# One project after another: the fault and load tests measure the portal and must not share the two cores
# with the other test projects.
for project in tests/Wmo.Domain.Tests tests/Wmo.Cli.Tests tests/Wmo.Web.Tests tests/Wmo.Browser.Tests; do
    dotnet test "$project" -c Release --no-build --logger "trx" --results-directory "$results" || status=$?
done

# One closing line over all test assemblies, read from the TRX result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ]; then
    echo "Er is geen enkele test uitgevoerd." >&2
    exit 1
fi
exit "$status"
