#!/usr/bin/env bash
# Load check: the home page and an enterprise page of the CMS, side by side with nginx serving
# saved copies of the same HTML, measured with wrk in one run. Reports requests/s, p99 latency
# and the CMS/nginx ratio. Every server binds to 127.0.0.1 and stops when the script ends.
#
#   tests/load/run.sh [seconds-per-run]     (default 10; needs wrk and nginx: apt-get install -y wrk nginx)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
threads=2
connections=32
cms_port=5181
nginx_port=5182
render_port=5183
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk nginx curl)" >&2; exit 2; }
done

dotnet build src/BananPark.Cms.Web -c Release -v quiet -nologo >/dev/null
Cms__DataPath="$work/data" dotnet run --project src/BananPark.Cms.Web -c Release --no-build -- \
  --urls "http://127.0.0.1:$cms_port" --Logging:LogLevel:Default=Warning >"$work/cms.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$cms_port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$cms_port/health/ready" >/dev/null || { cat "$work/cms.log"; exit 1; }
# A second instance on the same data with the output cache off: what rendering itself costs.
Cms__DataPath="$work/data" Cms__Theming__OutputCacheDuration=00:00:00 dotnet run --project src/BananPark.Cms.Web -c Release --no-build -- \
  --urls "http://127.0.0.1:$render_port" --Logging:LogLevel:Default=Warning >"$work/render.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$render_port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

pages=("/" "/enterprises/chang-an-suzuki")
mkdir -p "$work/www/enterprises"
curl -fsS "http://127.0.0.1:$cms_port/" -o "$work/www/index.html"
curl -fsS "http://127.0.0.1:$cms_port/enterprises/chang-an-suzuki" -o "$work/www/enterprises/chang-an-suzuki"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; index index.html; }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
sleep 1

measure() { # url -> "requests/s p99"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$1" >"$work/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  echo "$rps $p99"
}

printf '%-30s %-18s %12s %10s %8s\n' "page" "server" "req/s" "p99" "ratio"
for page in "${pages[@]}"; do
  read -r nginx_rps nginx_p99 < <(measure "http://127.0.0.1:$nginx_port$page")
  printf '%-30s %-18s %12s %10s %8s\n' "$page" "nginx (saved copy)" "$nginx_rps" "$nginx_p99" "1.00"
  for server in "cms:$cms_port:cms (output cache)" "render:$render_port:cms (rendering)"; do
    IFS=: read -r _ port label <<<"$server"
    read -r rps p99 < <(measure "http://127.0.0.1:$port$page")
    printf '%-30s %-18s %12s %10s %8s\n' "$page" "$label" "$rps" "$p99" "$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')"
  done
done
echo "wrk -t$threads -c$connections -d${duration}s, client and servers on the same $(nproc) cores; ratio = requests/s ÷ nginx's"
