#!/usr/bin/env bash
# The repository's two entry points (README.md):
#   ./build.sh demo   pack the library, then run samples/TravelPlanner.Sample (which consumes the package)
#                     against a migrated, airport-seeded PostgreSQL and a Redis: ConnectionStrings__TravelPlanner
#                     and ConnectionStrings__Redis when set, else throwaway local servers
#   ./build.sh test   pack, run the whole test suite against real PostgreSQL and Redis servers (including
#                     the package-content tests), install the console as a .NET tool and run the sample
#   ./build.sh test-citus   the Citus suite: the service, cache, constraint, migration and Citus test classes
#                     against a Citus cluster (TRAVELPLANNER_TEST_CITUS, else a local coordinator + 2 workers;
#                     TRAVELPLANNER_CITUS_INSTALLER names a script that installs Citus when it is missing)
# Helper: ./build.sh pack   the packages into artifacts/packages (TravelPlanner.Data, .Redis, .AspNetCore, .OpenTelemetry,
#                     TravelPlanner.Migrator)
# All install what is missing (redis-server, PostgreSQL) when run as root on Debian/Ubuntu.
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

have_pgbouncer() {
  command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ]
}

ensure_postgres() { have_postgres || apt_install postgresql; }
ensure_redis() { have_redis || apt_install redis-server; }
ensure_pgbouncer() { have_pgbouncer || apt_install pgbouncer; }

packages=artifacts/packages
migrator_dll=samples/TravelPlanner.Migrator/bin/Release/net10.0/travelplanner-db.dll
sample_dll=samples/TravelPlanner.Sample/bin/Release/net10.0/TravelPlanner.Sample.dll

pack() {
  rm -f "$packages"/TravelPlanner.*.nupkg "$packages"/TravelPlanner.*.snupkg
  local project
  for project in src/TravelPlanner.Data src/TravelPlanner.Data.Redis src/TravelPlanner.Data.AspNetCore src/TravelPlanner.Data.OpenTelemetry; do
    dotnet pack "$project" -c Release -o "$packages"
  done
  dotnet pack samples/TravelPlanner.Migrator -c Release -o "$packages"
}

# The sample restores TravelPlanner.Data from the local feed into its own package folder; the old
# copy goes first, since a re-pack keeps the version number.
build_sample() {
  rm -rf artifacts/sample-packages/travelplanner.data artifacts/sample-packages/travelplanner.data.*
  dotnet build samples/TravelPlanner.Sample -c Release
}

# The web sample restores the packages from the local feed into its own package folder, like the console sample; the
# tests (tests/TravelPlanner.Data.Tests/Api) start the built dll.
build_api() {
  rm -rf artifacts/api-packages/travelplanner.data artifacts/api-packages/travelplanner.data.*
  dotnet build samples/TravelPlanner.Api -c Release
}

# Through the console's sandbox command: migrated + seeded PostgreSQL and a Redis, throwaway unless configured.
run_sample() {
  [ -n "${ConnectionStrings__TravelPlanner:-}" ] || ensure_postgres
  [ -n "${ConnectionStrings__Redis:-}" ] || ensure_redis
  dotnet "$migrator_dll" sandbox -- dotnet "$sample_dll"
}

# The console installs from the local feed as a .NET tool, as README.md says, and answers --help. From
# outside the repository (its nuget.config maps TravelPlanner.* to the feed already, and NuGet refuses
# --add-source beside source mapping), into a package folder of its own so a re-pack is not shadowed.
check_tool() {
  local root tools
  root="$(pwd)"
  tools="$root/artifacts/tools"
  rm -rf "$tools" "$root/artifacts/tool-packages"
  (cd /tmp && NUGET_PACKAGES="$root/artifacts/tool-packages" \
    dotnet tool install --tool-path "$tools" --add-source "$root/$packages" TravelPlanner.Migrator)
  "$tools/travelplanner-db" --help >/dev/null
  echo "travelplanner-db installed from $packages and answers --help."
}

# One closing line any CI can read: "N passed, N failed", from the trx files in $1; fails when nothing passed.
summarise() {
  local passed=0 failed=0 counters trx
  for trx in "$1"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  done
  echo "tests: $passed passed, $failed failed"
  [ "$passed" != 0 ]
}

# The test classes that run against both targets. Within them, tests traited Target=postgres stay single-node
# (each says why: the failed-reissue test's trigger, analyze's statistics, undo-then-migrate's schema dump,
# the airport search's plan shape); CascadeTests checks cross-user foreign keys the cluster drops by design
# (docs/scaling.md).
citus_filter='(FullyQualifiedName~.Services.|FullyQualifiedName~.Caching.CachedServicesOn|FullyQualifiedName~.Caching.CacheConsistencyOn|FullyQualifiedName~.Schema.ConstraintTests|FullyQualifiedName~.Migrations.MigrationSafetyTests|FullyQualifiedName~.Migrations.MigrationUndoTests|FullyQualifiedName~.Citus.)&Target!=postgres'

case "${1:-}" in
  pack)
    pack
    ;;
  demo)
    pack
    build_sample
    run_sample
    ;;
  test)
    # Local binaries whatever the variables say: the replica tests clone a local primary (pg_basebackup), the
    # cluster tests start three redis-server masters, and the service tests go through a local PgBouncer.
    ensure_postgres
    ensure_redis
    ensure_pgbouncer
    results="$(pwd)/artifacts/test-results"
    rm -rf "$results"
    status=0
    # Packed first: tests/TravelPlanner.Data.Tests/Packaging reads the nupkg from artifacts/packages.
    pack || status=$?
    build_api || status=$?
    # Tests traited Target=citus need a cluster (./build.sh test-citus).
    dotnet test TravelPlanner.Data.sln -c Release --filter "Target!=citus" --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?
    if [ "$status" = 0 ]; then
      check_tool || status=$?
      { build_sample && run_sample; } || status=$?
    fi
    summarise "$results" || status=1
    exit "$status"
    ;;
  test-citus)
    [ -n "${TRAVELPLANNER_TEST_CITUS:-}" ] || ensure_postgres
    [ -n "${TRAVELPLANNER_TEST_REDIS:-}" ] || ensure_redis
    results="$(pwd)/artifacts/test-results-citus"
    rm -rf "$results"
    status=0
    TRAVELPLANNER_TEST_TARGET=citus dotnet test tests/TravelPlanner.Data.Tests -c Release --filter "$citus_filter" \
      --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?
    summarise "$results" || status=1
    exit "$status"
    ;;
  *)
    echo "usage: ./build.sh demo|test|test-citus|pack" >&2
    exit 2
    ;;
esac
