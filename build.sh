#!/usr/bin/env bash
# The repository's two entry points (README.md):
#   ./build.sh demo   migrate a database (ConnectionStrings__TravelPlanner, or a throwaway local
#                     PostgreSQL when unset) and print its status
#   ./build.sh test   run the whole test suite against real PostgreSQL and Redis servers
# Both install what is missing (redis-server, PostgreSQL) when run as root on Debian/Ubuntu.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

apt_updated=0
apt_install() {
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
    echo "error: $1 is missing; install it (Debian: sudo apt-get install -y $1) or set the connection-string variables (README.md)." >&2
    exit 1
  fi
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  echo "Installing $1..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

have_postgres() {
  ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null
}

have_redis() {
  command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ]
}

ensure_postgres() { have_postgres || apt_install postgresql; }
ensure_redis() { have_redis || apt_install redis-server; }

case "${1:-}" in
  demo)
    [ -n "${ConnectionStrings__TravelPlanner:-}" ] || ensure_postgres
    dotnet run --project samples/TravelPlanner.Migrator -c Release -- migrate
    ;;
  test)
    [ -n "${TRAVELPLANNER_TEST_POSTGRES:-}" ] || ensure_postgres
    [ -n "${TRAVELPLANNER_TEST_REDIS:-}" ] || ensure_redis
    results="$(pwd)/artifacts/test-results"
    rm -rf "$results"
    status=0
    dotnet test TravelPlanner.Data.sln -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?
    # One closing line any CI can read: "N passed, N failed".
    passed=0 failed=0
    for trx in "$results"/*.trx; do
      [ -f "$trx" ] || continue
      counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
      passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
      failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
    done
    echo "tests: $passed passed, $failed failed"
    if [ "$passed" = 0 ] && [ "$status" = 0 ]; then status=1; fi
    exit "$status"
    ;;
  *)
    echo "usage: ./build.sh demo|test" >&2
    exit 2
    ;;
esac
