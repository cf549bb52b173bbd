#!/usr/bin/env bash
# Builds the solution, runs every test project and prints the total as "N passed, N failed" on the last line.
# Exits non-zero when the build fails, any test fails, or no test ran.
# The end-to-end tests need Debian's Chromium and a CJK font: installed here when missing and run as root.
# The store tests run on SQLite and on PostgreSQL: unless AGGLO_TEST_POSTGRES names a server (or is "off"), a throwaway
# cluster of Debian's postgresql (installed when missing and run as root) serves them and is removed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

has_cjk_font() {
  if command -v fc-list >/dev/null 2>&1; then
    # Not grep -q: it would stop reading early, and under pipefail fc-list's broken pipe would fail the check.
    fc-list 2>/dev/null | grep "Noto Sans CJK" >/dev/null
  else
    compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK-*" >/dev/null
  fi
}

if [ ! -x /usr/bin/chromium ] || ! has_cjk_font; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing the browser for the end-to-end tests: chromium fonts-noto-cjk"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }; then
      echo "could not install chromium and fonts-noto-cjk with apt-get"
      echo "0 passed, 0 failed"
      exit 1
    fi
  else
    echo "The end-to-end tests need Chromium and a CJK font. Install them with:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk"
    echo "0 passed, 0 failed"
    exit 1
  fi
fi

results="$(mktemp -d)"
AGGLO_TEST_POSTGRES_DIR=""
trap 'rm -rf "$results"; [ -n "$AGGLO_TEST_POSTGRES_DIR" ] && bash tests/postgres.sh stop "$AGGLO_TEST_POSTGRES_DIR"' EXIT

if [ -z "${AGGLO_TEST_POSTGRES:-}" ]; then
  # shellcheck source=tests/postgres.sh
  if ! source tests/postgres.sh start; then
    echo "could not start PostgreSQL for the store tests"
    echo "0 passed, 0 failed"
    exit 1
  fi
fi

if ! dotnet build AggloDashboard.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 0 failed"
  exit 1
fi

status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"
  status=1
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
