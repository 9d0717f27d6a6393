#!/usr/bin/env bash
# Starts the app as the README says, on a fresh embedded database, and checks it answers.
set -uo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-4455}
data_dir=$(mktemp -d)
log=$(mktemp)

PORT=$port LIAISON_DATA_DIR=$data_dir npm start >"$log" 2>&1 &
npm_pid=$!
server_pids() { pgrep -f '^node( [^ ]+)* packages/server/dist/main.js' || true; }
cleanup() {
  kill -TERM "$npm_pid" $(server_pids) 2>/dev/null
  rm -rf "$data_dir"
}
trap cleanup EXIT

ok=false
for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then ok=true; break; fi
  kill -0 "$npm_pid" 2>/dev/null || break
  sleep 1
done
if [ "$ok" != true ]; then
  echo "the server did not become healthy:"; tail -40 "$log"; exit 1
fi

answer=$(curl -fsS "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d '{"query":"{ version }"}')
echo "version query: $answer"
echo "$answer" | grep -q '"version":"[0-9]' || { echo "unexpected answer"; exit 1; }
grep -q 'demo data' "$log" || { echo "the first embedded start did not seed demo data:"; tail -20 "$log"; exit 1; }

# The node process itself, not the shell npm runs it from.
server_pid=$(server_pids | head -1)
[ -n "$server_pid" ] || { echo "no server process found"; exit 1; }
kill -TERM "$server_pid"
for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$server_pid" 2>/dev/null; then echo "the server did not stop on SIGTERM"; exit 1; fi
grep -q '"msg":"stopped"' "$log" || { echo "the server did not drain and stop cleanly:"; tail -20 "$log"; exit 1; }
echo "smoke test passed"
