# The helpers tests/load/run.sh and tests/load/two-node.sh share; sourced, never run. The sourcing script sets
# `threads`, `connections`, `warmup` and `duration` before it measures, and `web` and `lua` (below) may be used as is.
# Everything started with start_cms (or added to pids) is stopped, and the work folder removed, on exit.

web=src/BananPark.Cms.Web/bin/Release/net10.0/BananPark.Cms.Web.dll
bench=tests/BananPark.Cms.Benchmarks/bin/Release/net10.0/BananPark.Cms.Benchmarks.dll
lua=tests/load/report.lua

needs() { # tool...
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk nginx curl python3)" >&2; exit 2; }
  done
}

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
say() { echo "== $*" >&2; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# A throwaway password, so setup prints none; the data is deleted on exit. Each site listens on a port the
# system picks (never one another server holds), read from its log.
password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
declare -A port
start_cms() { # name data-folder [VAR=value ...]
  local name=$1 data=$2; shift 2
  env Cms__DataPath="$data" Cms__Setup__AdminPassword="$password" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Microsoft.Hosting.Lifetime=Information "$@" \
    dotnet "$web" --urls "http://127.0.0.1:0" >"$work/$name.log" 2>&1 &
  pids+=($!)
  echo $! >"$work/$name.pid"
}
wait_ready() { # name -> port[name]
  local started=$SECONDS found
  for _ in $(seq 1 1200); do
    found=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$work/$1.log" | head -n 1 | sed 's/.*://') || true
    if [ -n "$found" ] && curl -fsS -o /dev/null "http://127.0.0.1:$found/health/ready" 2>/dev/null; then
      port[$1]=$found
      say "$1 ready on 127.0.0.1:$found after $(( SECONDS - started )) s"
      return 0
    fi
    kill -0 "$(cat "$work/$1.pid")" 2>/dev/null || break
    sleep 0.5
  done
  tail -n 30 "$work/$1.log" >&2
  fail "$1 did not become ready"
}

# A port nothing listens on now, for nginx (the sites pick their own).
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# fetch url encoding file [curl-args...] -> "status content-encoding wire-bytes age". The body as sent (compressed,
# de-chunked) goes to file; wire-bytes counts headers and body as wrk counts them (chunk framing included: --raw's file).
fetch() {
  local args=(-sS -D "$3.headers" "${@:4}")
  [ "$2" = identity ] || args+=(-H "Accept-Encoding: $2")
  local status wire ce age
  status=$(curl "${args[@]}" -o "$3" -w '%{http_code}' "$1") || status=000
  curl "${args[@]}" --raw -o "$3.raw" "$1" || true
  wire=$(cat "$3.headers" "$3.raw" | wc -c)
  ce=$(awk -F': *' 'tolower($1) == "content-encoding" { gsub("\r", "", $2); print $2 }' "$3.headers")
  age=$(awk -F': *' 'tolower($1) == "age" { gsub("\r", "", $2); print $2 }' "$3.headers")
  echo "$status ${ce:-identity} $wire ${age:--}"
}
expected_encoding() { [ "$1" = identity ] && echo identity || echo br; }

declare -A size
# measure name page encoding [wrk-args...] -> result["name page enc"] = "req/s p99-ms", or "ERROR" with the reason in
# problem[]. Extra arguments go to wrk (a header, or -s with a script that ends by loading report.lua's `done`).
declare -A result problem
failed=0
measure() {
  local key="$1 $2 $3" url="http://127.0.0.1:${port[$1]}$2" args=(-t"$threads" -c"$connections" --latency -s "$lua" "${@:4}")
  [ "$3" = identity ] || args+=(-H "Accept-Encoding: $3")
  say "$key"
  wrk "${args[@]}" -d"${warmup}s" "$url" >/dev/null
  wrk "${args[@]}" -d"${duration}s" "$url" >"$work/wrk.txt"
  local line field socket per expected=${size[$key]}
  line=$(grep '^RESULT ' "$work/wrk.txt") || fail "wrk printed no result: $(cat "$work/wrk.txt")"
  local -A r=()
  for field in ${line#RESULT }; do r[${field%%=*}]=${field#*=}; done
  socket=$(( r[connect] + r[read] + r[write] + r[timeout] ))
  per=$(( r[requests] > 0 ? r[bytes] / r[requests] : 0 ))
  # A 3xx, a 304 or another body would change the bytes per response (wrk's own counter sees only status >= 400).
  if (( r[status_errors] > 0 || socket > 0 || r[requests] == 0 || per * 100 < expected * 99 || per * 100 > expected * 101 )); then
    result[$key]=ERROR
    failed=$(( failed + 1 ))
    problem[$key]="${r[requests]} responses, ${r[status_errors]} with status >= 400, $socket socket errors, $per bytes per response where the checked page had $expected"
  else
    result[$key]=$(awk -v n="${r[requests]}" -v us="${r[micros]}" -v p99="${r[p99us]}" 'BEGIN { printf "%.0f %.2f", n / (us / 1e6), p99 / 1000 }')
  fi
}
ok() { [ "${result[$1]}" != ERROR ]; }
ratio() { if ok "$1" && ok "$2"; then awk -v a="${result[$1]%% *}" -v b="${result[$2]%% *}" 'BEGIN { printf "%.2f", a / b }'; else echo -; fi; }
# The runs measure() refused, with why; exits 1 when there were any (their figures were not reported).
report_problems() {
  (( failed > 0 )) || return 0
  echo
  for key in "${!problem[@]}"; do echo "ERRORS in $key: ${problem[$key]}"; done
  echo "$failed run(s) had errors or responses of another size: their figures are not reported." >&2
  exit 1
}
