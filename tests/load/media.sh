#!/usr/bin/env bash
# Load check of the media library's resized pictures, measured with wrk against servers on 127.0.0.1:
#   - the site (Release build), set up from the Banan recipe plus a Media step that puts a 12-megapixel photo-like
#     JPEG at /media/park/photo.jpg (`write-media-recipe`, through the upload pipeline like an editor's upload);
#   - nginx serving the very bytes the site sent for the render (saved with curl), with the same Content-Type.
# The URL is /media/park/photo.jpg?width=480 (one of Orchard's default sizes, allowed unsigned) without an Accept
# header (so a JPEG, not WebP). It is requested until the render is on disk in the site's MediaCache; then it must
# answer 200 image/jpeg with the cached file's bytes, and nginx's copy byte for byte. A run with errors, or whose
# bytes per response are not the checked response's, is reported as ERRORS, never as a ratio, and the script then
# exits 1. Everything it starts is stopped, and its folder removed, on exit.
#
#   tests/load/media.sh [--quick | seconds-per-run]   (default 10 s per run, --quick 3 s; needs wrk, nginx, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."

case "${1:-}" in
  "") duration=10 ;;
  --quick) duration=3 ;;
  *[!0-9]* | 0*) echo "usage: tests/load/media.sh [--quick | seconds-per-run]" >&2; exit 2 ;;
  *) duration="$1" ;;
esac
warmup=$(( duration < 10 ? 1 : 3 ))
threads=2
connections=32
width=480
page="/media/park/photo.jpg?width=$width"
# shellcheck source=tests/load/lib.sh
source tests/load/lib.sh
needs wrk nginx curl dotnet python3

say "building the site and the benchmarks project (Release)"
dotnet build tests/BananPark.Cms.Benchmarks -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
mkdir -p "$work/recipes" "$work/www/media/park" "$work/nginx"
dotnet "$bench" write-media-recipe "$work/recipes" >&2

say "setting up the site (the Banan recipe and a 12-megapixel photo)"
# 16 more sizes allowed unsigned, for the burst of concurrent renders below (none is 480).
burst=()
sizes=()
for i in $(seq 0 15); do burst+=($(( 410 + 20 * i ))); sizes+=("Cms__Media__AllowedSizes__$i=${burst[$i]}"); done
start_cms media "$work/data" Cms__Recipes__Path="$work/recipes" Cms__Setup__Recipe=banan-park-media "${sizes[@]}"
wait_ready media
url="http://127.0.0.1:${port[media]}$page"

# The original is in the library, and the first request renders the thumbnail into the disk cache.
status=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[media]}/media/park/photo.jpg") || status=000
[ "$status" = 200 ] || fail "the original /media/park/photo.jpg answered $status"
first_ms=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' "$url" | awk '{ if ($1 != 200) exit 1; printf "%.0f", $2 * 1000 }') \
  || fail "$page answered $(curl -sS -o /dev/null -w '%{http_code}' "$url") on its first request"
cached=""
for _ in $(seq 1 40); do
  cached=$(find "$work/data" -path '*/MediaCache/*' -name '*.jpg' | head -n 1)
  [ -n "$cached" ] && break
  curl -sS -o /dev/null "$url" || true
  sleep 0.25
done
[ -n "$cached" ] || fail "no render of $page in the site's MediaCache"

# Peak memory of the site's process while 16 renders of distinct keys run at once: the peak (VmHWM) is reset
# first ("5" into clear_refs), so it is the burst's, on top of what the warm site holds.
pid=$(cat "$work/media.pid")
echo 5 >"/proc/$pid/clear_refs"
rss_before=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
say "16 concurrent renders of distinct sizes"
burst_start=$(date +%s.%N)
curls=()
for w in "${burst[@]}"; do
  curl -sS -o /dev/null -w '%{http_code} %{content_type}\n' "http://127.0.0.1:${port[media]}/media/park/photo.jpg?width=$w" >"$work/burst-$w" &
  curls+=($!)
done
wait "${curls[@]}" || true
burst_s=$(awk -v a="$burst_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
rss_peak=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
for w in "${burst[@]}"; do
  [ "$(cat "$work/burst-$w")" = "200 image/jpeg" ] || fail "width=$w answered $(cat "$work/burst-$w") during the burst"
done

say "checking the site's and nginx's answers"
content_type() { awk -F': *' 'tolower($1) == "content-type" { gsub("\r", "", $2); print $2 }' "$1.headers"; }
read -r status ce bytes _ < <(fetch "$url" identity "$work/body")
[ "$status" = 200 ] || fail "$page answered $status"
[ "$ce" = identity ] || fail "$page came with Content-Encoding $ce"
[ "$(content_type "$work/body")" = image/jpeg ] || fail "$page came as $(content_type "$work/body"), not image/jpeg"
cmp -s "$work/body" "$cached" || fail "$page did not serve the cached render's bytes"
python3 - "$work/body" "$width" <<'PY' || fail "$page is not a $width-pixel-wide JPEG"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:2] == b"\xff\xd8", "no JPEG start marker"
i = 2
while i < len(data):
    marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
    if marker in (0xC0, 0xC1, 0xC2):
        height, width = struct.unpack(">HH", data[i + 5:i + 9])
        sys.exit(0 if width == int(sys.argv[2]) else 1)
    i += 2 + length
sys.exit(1)
PY
size["media $page identity"]=$bytes
render_bytes=$(wc -c <"$work/body")
cp "$work/body" "$work/www/media/park/photo.jpg"

# nginx: the same bytes at the same path (the query string is not part of the file's name), as image/jpeg, with
# sendfile as a static-file server is usually run. Workers run as the current user, so they can read the 0700
# temporary folder.
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
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  types { image/jpeg jpg; }
  server {
    listen 127.0.0.1:${port[nginx]};
    root $work/www;
    location / { try_files \$uri =404; }
  }
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work/nginx" >"$work/nginx/test.log" 2>&1 || { cat "$work/nginx/test.log"; exit 1; }
nginx -c "$work/nginx.conf" -p "$work/nginx" 2>"$work/nginx/start.log" &
pids+=($!)
for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:${port[nginx]}/" && break; sleep 0.25; done
read -r status ce bytes _ < <(fetch "http://127.0.0.1:${port[nginx]}$page" identity "$work/body")
[ "$status" = 200 ] || fail "nginx $page answered $status: $(cat "$work/nginx/start.log" "$work/nginx/error.log" 2>/dev/null)"
[ "$(content_type "$work/body")" = image/jpeg ] || fail "nginx $page came as $(content_type "$work/body")"
cmp -s "$work/body" "$work/www/media/park/photo.jpg" || fail "nginx $page did not serve the site's bytes"
size["nginx $page identity"]=$bytes

say "warming up"
for name in media nginx; do wrk -t"$threads" -c"$connections" -d"${warmup}s" "http://127.0.0.1:${port[$name]}$page" >/dev/null; done
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
measure nginx "$page" identity
measure media "$page" identity
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

r=$(ratio "media $page identity" "nginx $page identity")
if [ "$r" = - ]; then verdict=ERRORS
elif awk -v r="$r" 'BEGIN { exit !(r < 0.8) }'; then verdict="below target"
else verdict=ok; fi
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
read -r nr np <<<"${result[nginx $page identity]}"
read -r mr mp <<<"${result[media $page identity]}"
echo
echo "Cached resized picture ($page, $(kb "$render_bytes") KB JPEG; first request, which rendered it: $first_ms ms) ÷ nginx serving the same bytes; target ratio ≥ 0.8"
printf '%-8s %9s %11s %8s %6s  %s\n' server "KB wire" "req/s" "p99 ms" ratio verdict
printf '%-8s %9s %11s %8s %6s  %s\n' nginx "$(kb "${size[nginx $page identity]}")" "$nr" "${np:-}" "" ""
printf '%-8s %9s %11s %8s %6s  %s\n' cms "$(kb "${size[media $page identity]}")" "$mr" "${mp:-}" "$r" "$verdict"
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
peak_verdict=ok
(( rss_peak <= 300 * 1024 )) || peak_verdict="over target"
echo
echo "Peak resident memory of the site's process, 16 renders of distinct sizes at once (${burst_s} s in all); target ≤ 300 MiB"
echo "before: $(mib "$rss_before") MiB, peak: $(mib "$rss_peak") MiB, increase: $(mib $(( rss_peak - rss_before ))) MiB  $peak_verdict"
echo
echo "wrk -t$threads -c$connections -d${duration}s --latency, after ${warmup} s of warm-up; client and servers share the same $(nproc) cores."
echo "KB wire: one response, headers included. Load average $load_start at the start, $load_end at the end."
report_problems
