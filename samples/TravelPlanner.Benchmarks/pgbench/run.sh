#!/usr/bin/env bash
# Runs the pgbench scripts beside this file (-M prepared) against a database that the benchmarks seeded,
# with the variables the 'ceiling' command passes (the fixed rows of Seed/fixtures.sql).
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=travelplanner_bench ./run.sh [seconds] [clients...]
# The 'ceiling' command does the same (and seeds first): dotnet run -c Release --project
# samples/TravelPlanner.Benchmarks -- ceiling
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-10}"
shift || true
clients=("${@:-1 32}")
pgbench="$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1 || true)"
pgbench="${pgbench:-pgbench}"
owner=b0000000-0000-4000-8000-000000000001
writer=b0000000-0000-4000-8000-000000000002
today="$(date -u +%F)"
# seed-*: the seed's statements for the same two reads ('ceiling --seed').
for script in get-airport get-trip list-user-trips trip-details airport-search voucher-attach create-trip seed-trip-details seed-airport-search; do
  user=$owner; trip=b1000000-0000-4000-8000-000000000001; limit=20
  [ "$script" = create-trip ] && user=$writer
  [ "$script" = get-trip ] && trip=b1000000-0000-4000-8000-000000000002
  [ "$script" = airport-search ] && limit=10
  for c in ${clients[*]}; do
    tps=$("$pgbench" -n -M prepared -c "$c" -j "$(( c < $(nproc) ? c : $(nproc) ))" -T "$seconds" -f "${script/get-trip/trip-details}.sql" \
      -D UserId=$user -D TripId=$trip -D Filter=upcoming -D Today="$today" -D Limit=$limit -D Offset=0 \
      -D Code=LHR -D Query=chicago -D Pattern=%chicago% -D FlightId=b3000000-0000-4000-8000-000000000001 \
      -D TravelerType=USER -D TravelerId=$owner -D Amount=0.01 -D "Name=Benchmark trip" -D DepartureDate=2031-03-01 \
      -D ReturnDate=2031-03-09 -D Purpose=business -D "Description=Created by the benchmark" \
      | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
    echo "$script -c $c: $tps tps"
  done
done
