#!/usr/bin/env bash
# Two-node check at the park's real size (10,030 items: the Banan recipe plus 10,000 generated enterprises, one
# setup recipe), measured with wrk against servers on 127.0.0.1, in one run:
#   - PostgreSQL ÷ SQLite: one node on each store, each with the output cache and without (a second instance on the
#     same store with Cms__Theming__OutputCacheDuration=00:00:00), requested directly;
#   - two nodes ÷ one node behind nginx (round robin, keep-alive to the nodes), on PostgreSQL with Redis, with the
#     output cache and without.
# Pages: home, a cluster, directory page 1, with "Accept-Encoding: br, gzip". Every URL is checked first (200, a
# page with <h1>, Brotli, cached or not as expected); a run with errors, or whose bytes per response are not the
# checked page's, is reported as such, never as a ratio, and the script then exits 1. Everything it starts is
# stopped, and its folder removed, on exit, and the PostgreSQL schemas and Redis keys it made (a prefix of their own) dropped.
#
#   tests/load/two-node.sh [--quick | seconds-per-run] [--sqlite]
#     needs wrk, nginx, curl, python3, and CMS_TEST_POSTGRES / CMS_TEST_REDIS (eval "$(.ci/services start)");
#     --sqlite: the nodes share one SQLite data folder instead (no PostgreSQL/Redis, no PostgreSQL ÷ SQLite table).
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() { echo "usage: tests/load/two-node.sh [--quick | seconds-per-run] [--sqlite]" >&2; exit 2; }
duration=10
store=postgresql
for arg in "$@"; do
  case "$arg" in
    --quick) duration=3 ;;
    --sqlite) store=sqlite ;;
    "" | *[!0-9]* | 0*) usage ;;
    *) duration="$arg" ;;
  esac
done
warmup=$(( duration < 10 ? 1 : 3 ))
generated=10000
threads=2
connections=32
pages=("/" "/clusters/new-display-industry-cluster" "/enterprises")
enc="br, gzip"
# shellcheck source=tests/load/lib.sh
source tests/load/lib.sh
needs wrk nginx curl dotnet python3
if [ "$store" = postgresql ] && { [ -z "${CMS_TEST_POSTGRES:-}" ] || [ -z "${CMS_TEST_REDIS:-}" ]; }; then
  echo 'needs PostgreSQL and Redis: eval "$(.ci/services start)" sets CMS_TEST_POSTGRES and CMS_TEST_REDIS (or run with --sqlite)' >&2
  exit 2
fi

say "building the site and the benchmarks project (Release)"
dotnet build tests/BananPark.Cms.Benchmarks -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
mkdir -p "$work/recipes" "$work/nginx"
recipe="banan-park-generated-$generated"
dotnet "$bench" write-recipe "$generated" "$work/recipes/$recipe.recipe.json" --setup >&2
setup=(Cms__Recipes__Path="$work/recipes" Cms__Setup__Recipe="$recipe")
uncached=(Cms__Theming__OutputCacheDuration=00:00:00)
id="$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# On exit, after the nodes are stopped: the PostgreSQL schemas and Redis keys this run made (psql and redis-cli, when there).
drop_store() {
  [ "$store" = postgresql ] || return 0
  if command -v psql >/dev/null; then
    local pair key value
    local -A pg=()
    IFS=';' read -ra pairs <<<"$CMS_TEST_POSTGRES"
    for pair in "${pairs[@]}"; do key=${pair%%=*}; value=${pair#*=}; pg[${key,,}]=$value; done
    PGHOST=${pg[host]:-127.0.0.1} PGPORT=${pg[port]:-5432} PGDATABASE=${pg[database]:-} PGUSER=${pg[username]:-${pg[user id]:-}} \
      PGPASSWORD=${pg[password]:-} psql -qtA -v ON_ERROR_STOP=1 >/dev/null 2>&1 <<SQL || echo "could not drop the schemas load${id}_* (psql)" >&2
SELECT format('DROP SCHEMA %I CASCADE', nspname) FROM pg_namespace WHERE nspname LIKE 'load${id}\_%' \gexec
SQL
  fi
  if command -v redis-cli >/dev/null; then
    local address=${CMS_TEST_REDIS%%,*}
    redis-cli -h "${address%:*}" -p "${address##*:}" --scan --pattern "banan-load-$id:*" 2>/dev/null \
      | xargs -r redis-cli -h "${address%:*}" -p "${address##*:}" del >/dev/null 2>&1 || true
  fi
}
trap 'cleanup; drop_store' EXIT
shared=(Cms__DatabaseProvider=PostgreSql Cms__ConnectionString="${CMS_TEST_POSTGRES:-}" Cms__SchemaPrefix="load${id}_"
  Cms__Redis__Configuration="${CMS_TEST_REDIS:-}" Cms__Redis__InstanceName="banan-load-$id")

# SQLite: one data folder, the cached instance sets it up, the uncached one reads the same store.
say "setting up the SQLite site ($generated generated enterprises imported at setup)"
start_cms sqlite "$work/sqlite" "${setup[@]}"
wait_ready sqlite
start_cms sqlite-render "$work/sqlite" "${uncached[@]}"
wait_ready sqlite-render
if [ "$store" = postgresql ]; then
  # PostgreSQL: every node has a data folder of its own; they share the store and Redis.
  say "setting up the PostgreSQL site (schema prefix load${id}_)"
  started=$SECONDS
  start_cms pg "$work/pg-1" "${shared[@]}" "${setup[@]}"
  wait_ready pg
  say "PostgreSQL setup with the $generated-enterprise recipe took $(( SECONDS - started )) s (start included)"
  [ ! -e "$work/pg-1/Sites/Default/cms.db" ] || fail "the site kept its store in its data folder: Cms:DatabaseProvider=PostgreSql was ignored"
  start_cms pg-render "$work/pg-2" "${shared[@]}" "${uncached[@]}"
  start_cms pg-b "$work/pg-3" "${shared[@]}"
  start_cms pg-b-render "$work/pg-4" "${shared[@]}" "${uncached[@]}"
  for name in pg-render pg-b pg-b-render; do wait_ready "$name"; done
  node=pg
else
  start_cms sqlite-b "$work/sqlite"
  start_cms sqlite-b-render "$work/sqlite" "${uncached[@]}"
  for name in sqlite-b sqlite-b-render; do wait_ready "$name"; done
  node=sqlite
fi

# nginx: one port per arrangement; round robin, keep-alive connections to the nodes, no compression or caching of
# its own. Which node answered is logged (buffered) for the two-node ports, to show the load was shared.
declare -A upstreams=([one]="${port[$node]}" [two]="${port[$node]} ${port[$node-b]}"
  [one-render]="${port[$node-render]}" [two-render]="${port[$node-render]} ${port[$node-b-render]}")
{
  echo "user $(id -un) $(id -gn);"
  echo "worker_processes 2; daemon off; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  access_log off; log_format node '\$upstream_addr';"
  echo "  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;"
  for name in one two one-render two-render; do
    port[$name]=$(free_port)
    echo "  upstream $name { $(for p in ${upstreams[$name]}; do printf 'server 127.0.0.1:%s; ' "$p"; done) keepalive 32; }"
    echo "  server { listen 127.0.0.1:${port[$name]};"
    [[ $name == two* ]] && echo "    access_log $work/nginx/$name.log node buffer=256k flush=1s;"
    echo "    location / { proxy_pass http://$name; proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_set_header Host \$http_host;"
    echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto \$scheme; } }"
  done
  echo "}"
} >"$work/nginx.conf"
nginx -t -c "$work/nginx.conf" -p "$work/nginx" >"$work/nginx/test.log" 2>&1 || { cat "$work/nginx/test.log"; exit 1; }
nginx -c "$work/nginx.conf" -p "$work/nginx" 2>"$work/nginx/start.log" &
pids+=($!)
for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:${port[one]}/health/ready" && break; sleep 0.25; done

# Every URL: 200, Brotli, a page with a heading; the uncached instances render again (no Age header), the cached
# ones serve from their output cache (with Age). The nodes first, so both cached nodes hold every page before
# nginx's round robin asks them; through nginx each page is asked four times so both nodes answered it.
names=(sqlite sqlite-render)
[ "$store" = postgresql ] && names+=(pg pg-render)
names+=("$node-b" "$node-b-render" one two one-render two-render)
say "checking every URL"
for name in "${names[@]}"; do
  for page in "${pages[@]}"; do
    url="http://127.0.0.1:${port[$name]}$page"
    for _ in 1 2 3; do fetch "$url" "$enc" "$work/first" >/dev/null; done
    read -r status ce bytes age < <(fetch "$url" "$enc" "$work/body")
    [ "$status" = 200 ] || fail "$name $page answered $status: $(tail -n 5 "$work/${name%%-render}.log" 2>/dev/null)"
    [ "$ce" = br ] || fail "$name $page came with Content-Encoding $ce"
    curl -sS --compressed -H "Accept-Encoding: $enc" -o "$work/decoded" "$url"
    grep -q '<h1' "$work/decoded" || fail "$name $page has no <h1>: not a page"
    if [[ $name == *render ]]; then [ "$age" = - ] || fail "$name $page was served from the output cache"
    else [ "$age" != - ] || fail "$name $page was not served from the output cache"; fi
    size["$name $page $enc"]=$bytes
  done
done

# The share of the machine's CPU time that was busy (all cores) between two readings of /proc/stat.
cpu() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }
declare -A busy
measured() { # name page
  local before after
  before=$(cpu)
  measure "$1" "$2" "$enc"
  after=$(cpu)
  busy["$1 $2 $enc"]=$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); u = y[1] - x[1]; i = y[2] - x[2]; printf "%.0f", 100 * u / (u + i) }')
}
say "warming up"
for name in "${names[@]}"; do
  for page in "${pages[@]}"; do wrk -t"$threads" -c"$connections" -d"${warmup}s" -H "Accept-Encoding: $enc" "http://127.0.0.1:${port[$name]}$page" >/dev/null; done
done
for name in one two one-render two-render; do : >"$work/nginx/$name.log" 2>/dev/null || true; done
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Interleaved, so the figures compared with each other were measured close together in time.
for page in "${pages[@]}"; do
  [ "$store" = postgresql ] && for name in sqlite pg sqlite-render pg-render; do measured "$name" "$page"; done
  for name in one two one-render two-render; do measured "$name" "$page"; done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

row() { # page mode reference-key measured-key
  local ar ap br bp
  read -r ar ap <<<"${result[$3]}"
  read -r br bp <<<"${result[$4]}"
  printf '%-40s %-9s %9s %8s %5s%% %9s %8s %5s%% %6s\n' "$1" "$2" "$ar" "${ap:-}" "${busy[$3]}" "$br" "${bp:-}" "${busy[$4]}" "$(ratio "$4" "$3")"
}
header() { printf '%-40s %-9s %9s %8s %6s %9s %8s %6s %6s\n' page cache "req/s $1" "p99 ms" "CPU" "req/s $2" "p99 ms" "CPU" ratio; }
table() { # reference measured reference-uncached measured-uncached
  local page
  for page in "${pages[@]}"; do
    row "$page" cached "$1 $page $enc" "$2 $page $enc"
    row "$page" uncached "$3 $page $enc" "$4 $page $enc"
  done
}

echo
if [ "$store" = postgresql ]; then
  echo "PostgreSQL ÷ SQLite, one node each, requested directly; $((30 + generated)) items (30 + $generated generated)"
  header sqlite pg
  table sqlite pg sqlite-render pg-render
  echo
fi
echo "Two nodes ÷ one node, both through nginx (round robin, keep-alive), on $([ "$store" = postgresql ] && echo "PostgreSQL + Redis" || echo "one SQLite data folder")"
header "1 node" "2 nodes"
table one two one-render two-render
for name in two two-render; do
  share=$(sort "$work/nginx/$name.log" 2>/dev/null | uniq -c | awk '{ printf "%s%s %d", sep, $2, $1; sep = ", " }')
  echo "requests per node behind '$name': ${share:-none logged}"
done
echo
echo "wrk -t$threads -c$connections -d${duration}s --latency -H 'Accept-Encoding: $enc', after ${warmup} s of warm-up (and a first pass over"
echo "every URL). wrk, nginx, the nodes$([ "$store" = postgresql ] && echo ", PostgreSQL and Redis") share the same $(nproc) cores: CPU is the share of all cores busy"
echo "during the run; when it is near 100 % with one node, a second node on the same cores has no idle core to use, so"
echo "two nodes cannot double the throughput here (on two machines each node would have its own)."
echo "Load average $load_start at the start, $load_end at the end."
report_problems
