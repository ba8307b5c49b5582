#!/usr/bin/env bash
# Issue 18 item 2: the load benchmark. Creates the database, loads a 200,000-member province with the virtual
# users' accounts (bench --only load), starts two instances (prod profile) on that database, waits for readiness,
# runs the Gatling simulation (mvn -Pgatling), stops the instances and prints the summary.
#
#   bench/load.sh                                  # the full run: 200 users, 5 minutes
#   LOAD_USERS=20 LOAD_DURATION=60 bench/load.sh   # a smoke run
#   KEEP_DATA=1 bench/load.sh                      # reuse the database and feeders of an earlier run
#
# Environment: LOAD_USERS (200), LOAD_DURATION seconds (300), LOAD_RAMP seconds (30), LOAD_MEMBERS (200000),
# LOAD_DB (tuyengiao_load_bench; the name must contain "bench": it is dropped and re-created), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), PGPASSWORD, PORTS ("8181 8182"), INSTANCE_HEAP (768m), KEEP_DATA (0),
# SKIP_BUILD (0), LOAD_WARMUP (1: every page of the mix served 3 times by each instance before the run). Output: target/load/ (instance logs, feeders, summary.txt), Gatling's report under target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${LOAD_USERS:-200}
DURATION=${LOAD_DURATION:-300}
RAMP=${LOAD_RAMP:-30}
MEMBERS=${LOAD_MEMBERS:-200000}
DB=${LOAD_DB:-tuyengiao_load_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PORTS=(${PORTS:-8181 8182})
HEAP=${INSTANCE_HEAP:-768m}
OUT=target/load
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
JAR=target/tuyengiao.jar
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
log() { echo "load.sh $(date -u +%H:%M:%S) $*" | tee -a "$SUMMARY"; }
: > "$SUMMARY"

case "$DB" in *bench*) ;; *) echo "LOAD_DB must contain \"bench\" (it is dropped and re-created): $DB" >&2; exit 2 ;; esac
for p in "${PORTS[@]}"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then echo "port $p is in use" >&2; exit 2; fi
done

log "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "users $USERS, duration ${DURATION}s, ramp ${RAMP}s, members $MEMBERS, database $DB, ports ${PORTS[*]}"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  log "building the jar"
  ./mvnw -q -o package -DskipTests
fi

if [ "${KEEP_DATA:-0}" = 1 ] && [ -f "$OUT/secretaries.csv" ]; then
  log "keeping the data of an earlier run ($OUT/*.csv)"
else
  log "loading the data (bench --only load: drops and re-creates $DB)"
  start=$(date +%s)
  java -Xmx2g -jar "$JAR" bench --only load --url "$URL" --user "$PGUSER" --password "${PGPASSWORD:-}" \
       --tree-members "$MEMBERS" --out "$OUT/data.md" > "$OUT/data.log" 2>&1 \
    || { tail -40 "$OUT/data.log"; log "data load failed, see $OUT/data.log"; exit 1; }
  log "data loaded in $(( $(date +%s) - start )) s: $(grep -c . "$OUT/secretaries.csv") secretary lines; $OUT/data.md"
fi

# A deployed PostgreSQL runs autovacuum (on by default); a development server may have it off, and then the tables
# the run writes (commitments, copy findings) keep the statistics of an empty table and the planner probes every
# pair (a home page took 0.6 s instead of 0.1 s). The run turns it on for its duration and restores it after, and
# starts from fresh statistics, as a database that has been in use for a while has.
PSQL=(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -qAt)
AUTOVACUUM=$("${PSQL[@]}" -d "$DB" -c "show autovacuum")
restore_autovacuum() {
  if [ "$AUTOVACUUM" = off ]; then
    "${PSQL[@]}" -d "$DB" -c "alter system reset autovacuum" -c "select pg_reload_conf()" > /dev/null || true
  fi
}
if [ "$AUTOVACUUM" = off ]; then
  log "autovacuum is off on this server: on for the run (alter system), reset after"
  "${PSQL[@]}" -d "$DB" -c "alter system set autovacuum = on" -c "select pg_reload_conf()" > /dev/null
fi
"${PSQL[@]}" -d "$DB" -c "vacuum analyze" > /dev/null
log "vacuum analyze of $DB done"

PIDS=()
stop_instances() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap 'stop_instances; restore_autovacuum' EXIT

BASE_URLS=""
i=0
for p in "${PORTS[@]}"; do
  i=$((i + 1))
  SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" TUYENGIAO_SECURE_COOKIE=false TUYENGIAO_ADMIN_PASSWORD=LoadAdmin2026 \
    java -Xmx"$HEAP" -jar "$JAR" --server.port="$p" \
    > "$OUT/instance-$i.log" 2>&1 &
  PIDS+=($!)
  BASE_URLS="${BASE_URLS:+$BASE_URLS,}http://127.0.0.1:$p"
  # one at a time: the first migrates, the second finds the schema ready
  start=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/actuator/health/readiness")" = 200 ]; do
    if ! kill -0 "${PIDS[-1]}" 2>/dev/null; then tail -30 "$OUT/instance-$i.log"; log "instance $i died"; exit 1; fi
    if [ $(( $(date +%s) - start )) -gt 300 ]; then log "instance $i not ready after 300 s"; exit 1; fi
    sleep 2
  done
  log "instance $i ready on port $p after $(( $(date +%s) - start )) s (pid ${PIDS[-1]})"
done

# Warm-up (LOAD_WARMUP=1, the default): each instance serves every page of the mix a few times before the measured
# run, as a deployed instance has; LOAD_WARMUP=0 measures cold instances.
warm() { # port user url...
  local base="http://127.0.0.1:$1" user=$2 jar="$OUT/warm-cookies" csrf
  shift 2
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
       --data-urlencode "_csrf=$csrf" "$base/login"
  for url in "$@"; do curl -s -o /dev/null -b "$jar" "$base$url"; done
  rm -f "$jar"
}
if [ "${LOAD_WARMUP:-1}" = 1 ]; then
  start=$(date +%s)
  IFS=, read -r SEC PASSWORD CELL MEETING SESSION STUDY COMMIT MEMBERS < <(sed -n 2p "$OUT/secretaries.csv")
  IFS=, read -r XA _ COMMUNE _ _ < <(sed -n 2p "$OUT/officers-commune.csv")
  IFS=, read -r TINH _ PROVINCE _ _ < <(sed -n 2p "$OUT/officers-province.csv")
  for p in "${PORTS[@]}"; do
    for round in 1 2 3; do
      warm "$p" "$SEC" / "/meetings/cells/$CELL" "/meetings/$MEETING" "/study/sessions/$SESSION/cells/$CELL" \
           "/commitments/campaigns/$COMMIT/members/${MEMBERS%%;*}?mode=TEXT"
      for o in "$XA:$COMMUNE" "$TINH:$PROVINCE"; do
        u=${o#*:}
        warm "$p" "${o%%:*}" / "/meetings?unit=$u" "/study/campaigns/$STUDY?unit=$u" \
             "/commitments/campaigns/$COMMIT?unit=$u" "/members?unit=$u" "/members?unit=$u&q=nguyen" \
             "/study/campaigns/$STUDY/missing?unit=$u" "/study/campaigns/$STUDY/report.docx?unit=$u" \
             "/study/campaigns/$STUDY/report.pdf?unit=$u" "/meetings.xlsx?unit=$u" \
             "/study/campaigns/$STUDY/missing.xlsx?unit=$u"
      done
    done
  done
  log "warm-up of both instances (3 rounds of every page of the mix) took $(( $(date +%s) - start )) s"
fi

log "compiling and running the simulation (mvn -Pgatling); load average $(cut -d' ' -f1-3 /proc/loadavg)"
( while sleep 30; do echo "load.sh $(date -u +%H:%M:%S) load average $(cut -d' ' -f1-3 /proc/loadavg)"; done ) \
  >> "$OUT/loadavg.log" &
LOADAVG_PID=$!
set +e
./mvnw -q -o -Pgatling -Dspring-javaformat.skip=true test-compile gatling:test -Dload.users="$USERS" -Dload.duration="$DURATION" \
  -Dload.ramp="$RAMP" -Dload.data="$PWD/$OUT" -Dload.baseUrls="$BASE_URLS" 2>&1 | tee "$OUT/gatling.log"
RC=${PIPESTATUS[0]}
set -e
kill "$LOADAVG_PID" 2>/dev/null || true
log "simulation ended (exit $RC); load average $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$OUT/loadavg.log" >> "$SUMMARY"; rm -f "$OUT/loadavg.log"
stop_instances

for i in $(seq 1 ${#PORTS[@]}); do
  n=$(grep -c '"level":"ERROR"' "$OUT/instance-$i.log" || true)
  log "instance $i: $n ERROR lines in $OUT/instance-$i.log"
done
REPORT=$(ls -td target/gatling/*/ 2>/dev/null | head -1 || true)
python3 bench/load-summary.py "$OUT/gatling.log" | tee -a "$SUMMARY" || true
log "Gatling report: ${REPORT}index.html; this summary: $SUMMARY"
exit "$RC"
