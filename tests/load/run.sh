#!/usr/bin/env bash
# Load check at the park's real size, measured with wrk against servers on 127.0.0.1:
#   - a fresh 30-item site (the Banan recipe), output cache off;
#   - a 10,030-item site (the Banan recipe plus 10,000 generated enterprises, one setup recipe), started
#     twice on one data folder: with the output cache and with it off;
#   - nginx serving the bytes the cached site served, saved with curl, for each encoding.
# Pages: home, a cluster, directory page 1, an enterprise; each without Accept-Encoding and with
# "br, gzip". Every URL is checked first (200, a page with <h1>, the encoding asked for, cached or not
# as expected; nginx's copy byte for byte). A run with errors, or whose bytes per response are not the
# checked page's, is reported as such, never as a ratio, and the script then exits 1. Everything it
# starts is stopped, and its folder removed, on exit.
#
#   tests/load/run.sh [--quick | seconds-per-run]   (default 10 s per run, --quick 3 s; needs wrk, nginx, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."

case "${1:-}" in
  "") duration=10 ;;
  --quick) duration=3 ;;
  *[!0-9]* | 0*) echo "usage: tests/load/run.sh [--quick | seconds-per-run]" >&2; exit 2 ;;
  *) duration="$1" ;;
esac
warmup=$(( duration < 10 ? 1 : 3 ))
generated=10000
small=30
big=$(( small + generated ))
threads=2
connections=32
pages=("/" "/clusters/new-display-industry-cluster" "/enterprises" "/enterprises/chang-an-suzuki")
encodings=("identity" "br, gzip")
# shellcheck source=tests/load/lib.sh
source tests/load/lib.sh
needs wrk nginx curl dotnet python3

say "building the site and the benchmarks project (Release)"
dotnet build tests/BananPark.Cms.Benchmarks -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
mkdir -p "$work/recipes" "$work/www" "$work/nginx"
recipe="banan-park-generated-$generated"
dotnet "$bench" write-recipe "$generated" "$work/recipes/$recipe.recipe.json" --setup >&2

say "setting up the $small-item site and the $big-item site ($generated generated enterprises imported at setup)"
start_cms small "$work/small" Cms__Theming__OutputCacheDuration=00:00:00
start_cms cached "$work/big" Cms__Recipes__Path="$work/recipes" Cms__Setup__Recipe="$recipe"
wait_ready small
wait_ready cached
# A second instance on the same data with the output cache off: what rendering itself costs.
start_cms render "$work/big" Cms__Theming__OutputCacheDuration=00:00:00
wait_ready render

file_of() { [ "$1" = / ] && echo index.html || echo "${1#/}.html"; }

# Every CMS URL: 200, the encoding asked for, a page with a heading once decoded; the uncached instances
# render again (no Age header), the cached one serves its second answer from the cache (with Age).
say "checking every URL"
for name in small render cached; do
  for page in "${pages[@]}"; do
    for enc in "${encodings[@]}"; do
      url="http://127.0.0.1:${port[$name]}$page"
      fetch "$url" "$enc" "$work/first" >/dev/null
      read -r status ce bytes age < <(fetch "$url" "$enc" "$work/body")
      [ "$status" = 200 ] || fail "$name $page ($enc) answered $status"
      [ "$ce" = "$(expected_encoding "$enc")" ] || fail "$name $page ($enc) came with Content-Encoding $ce"
      curl -sS --compressed -H "Accept-Encoding: $enc" -o "$work/decoded" "$url"
      grep -q '<h1' "$work/decoded" || fail "$name $page ($enc) has no <h1>: not a page"
      if [ "$name" = cached ]; then [ "$age" != - ] || fail "$name $page ($enc) was not served from the output cache"
      else [ "$age" = - ] || fail "$name $page ($enc) was served from the output cache"; fi
      size["$name $page $enc"]=$bytes
      if [ "$name" = cached ]; then # nginx serves exactly these bytes
        saved="$work/www/$(expected_encoding "$enc")/$(file_of "$page")"
        mkdir -p "$(dirname "$saved")"
        cp "$work/body" "$saved"
      fi
    done
  done
done

# nginx: the cached site's bytes for each encoding, chosen as the site chooses (br when offered), with the
# same Content-Type and Content-Encoding; no compression of its own. Workers run as the current user, so
# they can read the 0700 temporary folder.
port[nginx]=$(free_port)
cat >"$work/nginx.conf" <<CONF
user $(id -un) $(id -gn);
worker_processes 2;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  types { text/html html; }
  charset utf-8;
  map \$http_accept_encoding \$page_encoding { default identity; "~*(^|[\\s,])br(\$|[\\s,;])" br; }
  map \$page_encoding \$page_content_encoding { default ""; br br; }
  server {
    listen 127.0.0.1:${port[nginx]};
    root $work/www/\$page_encoding;
    add_header Content-Encoding \$page_content_encoding;
    add_header Vary Accept-Encoding;
    location = / { try_files /index.html =404; }
    location / { try_files \$uri.html =404; }
  }
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work/nginx" >"$work/nginx/test.log" 2>&1 || { cat "$work/nginx/test.log"; exit 1; }
nginx -c "$work/nginx.conf" -p "$work/nginx" 2>"$work/nginx/start.log" &
pids+=($!)
for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:${port[nginx]}/" && break; sleep 0.25; done
for page in "${pages[@]}"; do
  for enc in "${encodings[@]}"; do
    read -r status ce bytes _ < <(fetch "http://127.0.0.1:${port[nginx]}$page" "$enc" "$work/body")
    [ "$status" = 200 ] || fail "nginx $page ($enc) answered $status: $(cat "$work/nginx/start.log" "$work/nginx/error.log" 2>/dev/null)"
    [ "$ce" = "$(expected_encoding "$enc")" ] || fail "nginx $page ($enc) came with Content-Encoding $ce"
    cmp -s "$work/body" "$work/www/$(expected_encoding "$enc")/$(file_of "$page")" || fail "nginx $page ($enc) did not serve the site's bytes"
    size["nginx $page $enc"]=$bytes
  done
done

# Warm every site on every URL first: under load, the JIT's tiering and the content caches take seconds.
say "warming up"
for name in small render cached; do
  for page in "${pages[@]}"; do
    for enc in "${encodings[@]}"; do
      accept=()
      [ "$enc" = identity ] || accept=(-H "Accept-Encoding: $enc")
      wrk -t"$threads" -c"$connections" -d"${warmup}s" "${accept[@]}" "http://127.0.0.1:${port[$name]}$page" >/dev/null
    done
  done
done
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Interleaved, so the figures compared with each other were measured close together in time.
for page in "${pages[@]}"; do
  for enc in "${encodings[@]}"; do
    for name in small render cached nginx; do measure "$name" "$page" "$enc"; done
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

short() { [ "$1" = identity ] && echo identity || echo br; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
row() { # page encoding reference-key measured-key ratio verdict
  local ar ap br bp
  read -r ar ap <<<"${result[$3]}"
  read -r br bp <<<"${result[$4]}"
  printf '%-40s %-8s %7s %7s %11s %8s %11s %8s %6s  %s\n' "$1" "$(short "$2")" "$(kb "${size[$3]}")" "$(kb "${size[$4]}")" \
    "$ar" "${ap:-}" "$br" "${bp:-}" "$5" "$6"
}
header() { printf '%-40s %-8s %7s %7s %11s %8s %11s %8s %6s  %s\n' page encoding "KB $1" "KB $2" "req/s $1" "p99 ms" "req/s $2" "p99 ms" ratio verdict; }
table() { # reference measured target-ratio max-p99-ms|-
  local page enc r verdict
  for page in "${pages[@]}"; do
    for enc in "${encodings[@]}"; do
      r=$(ratio "$2 $page $enc" "$1 $page $enc")
      if [ "$r" = - ]; then verdict=ERRORS
      elif awk -v r="$r" -v t="$3" -v p="$(echo "${result[$2 $page $enc]}" | cut -d' ' -f2)" -v max="$4" \
        'BEGIN { exit !(r < t || (max != "-" && p > max)) }'; then verdict="below target"
      else verdict=ok; fi
      row "$page" "$enc" "$1 $page $enc" "$2 $page $enc" "$r" "$verdict"
    done
  done
}

echo
echo "Rendering at size, output cache off: $big items (30 + $generated generated) ÷ $small items; target ratio ≥ 0.5, p99 ≤ 20 ms"
header "$small" "$big"
table small render 0.5 20
echo
echo "Output cache ($big items) ÷ nginx serving the same bytes; target ratio ≥ 0.9"
header nginx cms
table nginx cached 0.9 -
echo
echo "wrk -t$threads -c$connections -d${duration}s --latency, after ${warmup} s of warm-up (and a first pass over every URL); client and"
echo "servers share the same $(nproc) cores. KB: one response on the wire, headers included; a page at $big items may show more rows."
echo "Load average $load_start at the start, $load_end at the end. br: \"Accept-Encoding: br, gzip\" (both servers send br)."
report_problems
