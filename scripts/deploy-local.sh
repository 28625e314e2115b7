#!/usr/bin/env bash
# One machine running the distributed setup of docs/deploy.md: PostgreSQL and Redis (started when
# down), two `dateline worker`s and the server, all on this machine. Stop with Ctrl-C (or SIGTERM):
# the workers finish the jobs in hand and the server closes.
#
#   scripts/deploy-local.sh                      # then, from another shell:
#   dateline ingest --queue redis://127.0.0.1:6379 --db postgres://postgres@127.0.0.1:5432/dateline pages/
#
# Settings (environment): DATELINE_DB (a postgres:// URL; its database is created if missing),
# DATELINE_QUEUE (redis:// URL), DATELINE_WORKERS (default 2), PORT (default 8080), DATELINE (how
# to run the CLI; default: the checkout's sources through tsx, so no build is needed).
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${DATELINE_DB:-postgres://postgres@127.0.0.1:5432/dateline}"
QUEUE="${DATELINE_QUEUE:-redis://127.0.0.1:6379}"
WORKERS="${DATELINE_WORKERS:-2}"
PORT="${PORT:-8080}"
read -r -a CLI <<< "${DATELINE:-node --import tsx src/cli/main.ts}"

if ! pg_isready -h 127.0.0.1 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  until pg_isready -h 127.0.0.1 -q; do sleep 0.5; done
fi
if ! redis-cli -u "$QUEUE" ping >/dev/null 2>&1; then
  redis-server --daemonize yes --save '' --appendonly no >/dev/null
  until redis-cli -u "$QUEUE" ping >/dev/null 2>&1; do sleep 0.2; done
fi
# The database itself (the store creates its tables on first use).
name="${DB##*/}"; name="${name%%\?*}"
psql "${DB%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 || psql "${DB%/*}/postgres" -qc "CREATE DATABASE \"$name\""

pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop INT TERM
for _ in $(seq "$WORKERS"); do
  "${CLI[@]}" worker --db "$DB" --queue "$QUEUE" --quiet &
  pids+=($!)
done
"${CLI[@]}" serve --db "$DB" --port "$PORT" &
pids+=($!)
echo "dateline: $WORKERS workers on $QUEUE, server on http://127.0.0.1:$PORT, store $DB" >&2
wait
