#!/usr/bin/env bash
# Load check of the content API at the park's real size, measured with wrk against servers on 127.0.0.1:
#   - a 10,030-item site (the Banan recipe plus 10,000 generated enterprises, `write-recipe 10000 … --setup`) with an
#     Roles step (ApiReader: ViewContent) and an OpenIdApplication step for a machine client in that role (client
#     credentials, scope api; its secret generated for this run),
#     started twice on one data folder: with the output cache (as visitors get it) and with it off;
#   - GET /api/content?type=Enterprise&limit=50 anonymous and with a bearer token from /connect/token, against the
#     public directory page /enterprises (50 rows) on both instances; and POST /connect/token (client credentials).
# Every URL is checked first: 200, the API's JSON with 50 items (also with the token, and a tampered token refused
# with 401), the directory a page with <h1>, the token endpoint a token. A run with errors, or whose bytes per response
# are not the checked response's, is reported as ERRORS, never as a ratio, and the script then exits 1. Everything it
# starts is stopped, and its folder removed, on exit.
#
#   tests/load/api.sh [--quick | seconds-per-run]   (default 10 s per run, --quick 3 s; needs wrk, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."

case "${1:-}" in
  "") duration=10 ;;
  --quick) duration=3 ;;
  *[!0-9]* | 0*) echo "usage: tests/load/api.sh [--quick | seconds-per-run]" >&2; exit 2 ;;
  *) duration="$1" ;;
esac
warmup=$(( duration < 10 ? 1 : 3 ))
generated=10000
threads=2
connections=32
list="/api/content?type=Enterprise&limit=50"
directory="/enterprises"
token_path="/connect/token"
client=load-test
# shellcheck source=tests/load/lib.sh
source tests/load/lib.sh
needs wrk curl dotnet python3

say "building the site and the benchmarks project (Release)"
dotnet build tests/BananPark.Cms.Benchmarks -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
mkdir -p "$work/recipes"
recipe="banan-park-generated-$generated"
dotnet "$bench" write-recipe "$generated" "$work/recipes/$recipe.recipe.json" --setup >&2
# The machine client, appended to the setup recipe with a secret made now (given to python3 through the environment).
export CLIENT_SECRET
CLIENT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
python3 - "$work/recipes/$recipe.recipe.json" "$client" <<'PY'
import json, os, sys
path, client = sys.argv[1], sys.argv[2]
recipe = json.load(open(path, encoding="utf-8"))
# An application holds what its roles grant plus what Anonymous grants (never Authenticated's): a role that reads content.
recipe["steps"].append({"name": "Roles", "Roles": [{
    "Name": "ApiReader", "Description": "Reads content through the API (tests/load/api.sh's machine client).",
    "Permissions": ["ViewContent"],
}]})
recipe["steps"].append({
    "name": "OpenIdApplication", "ClientId": client, "ClientSecret": os.environ["CLIENT_SECRET"],
    "Type": "confidential", "DisplayName": "Load test (tests/load/api.sh)", "AllowClientCredentialsFlow": True,
    "RoleEntries": [{"Name": "ApiReader", "Selected": True}], "ScopeEntries": [{"Name": "api", "Selected": True}],
})
json.dump(recipe, open(path, "w", encoding="utf-8"))
PY
export TOKEN_FORM="grant_type=client_credentials&client_id=$client&client_secret=$CLIENT_SECRET&scope=api"

# Local http (no TLS); the API's per-client limit raised to its maximum, or wrk's single address would get 429s.
settings=(Cms__OpenId__RequireHttps=false Cms__Api__RequestsPerMinute=1000000)
say "setting up the $(( 30 + generated ))-item site with the machine client"
start_cms api "$work/data" Cms__Recipes__Path="$work/recipes" Cms__Setup__Recipe="$recipe" "${settings[@]}"
wait_ready api
start_cms render "$work/data" Cms__Theming__OutputCacheDuration=00:00:00 "${settings[@]}"
wait_ready render
port[bearer]=${port[api]}

base="http://127.0.0.1:${port[api]}"
form() { printf '%s' "$TOKEN_FORM"; }
status=$(form | curl -sS -o "$work/token.json" -w '%{http_code}' --data-binary @- -H "Content-Type: application/x-www-form-urlencoded" "$base$token_path") || status=000
[ "$status" = 200 ] || fail "$token_path answered $status: $(cat "$work/token.json")"
token=$(python3 -c 'import json, sys; t = json.load(open(sys.argv[1])); assert t["token_type"].lower() == "bearer"; print(t["access_token"])' "$work/token.json") \
  || fail "$token_path gave no bearer token: $(cat "$work/token.json")"
auth=(-H "Authorization: Bearer $token")

say "checking every URL"
items() { python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d["items"]))' "$1" 2>/dev/null || echo none; }
for name in api bearer; do
  extra=()
  [ "$name" = bearer ] && extra=("${auth[@]}")
  read -r status _ bytes _ < <(fetch "$base$list" identity "$work/body" "${extra[@]}")
  [ "$status" = 200 ] || fail "$list ($name) answered $status: $(head -c 300 "$work/body")"
  [ "$(items "$work/body")" = 50 ] || fail "$list ($name) did not list 50 items: $(head -c 300 "$work/body")"
  size["$name $list identity"]=$bytes
done
# The token must be what the bearer run uses: one changed character is refused, not read as anonymous.
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token%?}x" "$base$list") || status=000
[ "$status" = 401 ] || fail "$list with a tampered token answered $status, not 401: the bearer run would not measure token validation"
for name in api render; do
  read -r status _ bytes _ < <(fetch "http://127.0.0.1:${port[$name]}$directory" identity "$work/body")
  [ "$status" = 200 ] || fail "$directory ($name) answered $status"
  grep -q '<h1' "$work/body" || fail "$directory ($name) has no <h1>: not a page"
  size["$name $directory identity"]=$bytes
done
form >"$work/form" # in the 0700 work folder, removed at once
read -r status _ bytes _ < <(fetch "$base$token_path" identity "$work/body" --data-binary "@$work/form" -H "Content-Type: application/x-www-form-urlencoded")
rm -f "$work/form"
[ "$status" = 200 ] || fail "$token_path answered $status on the second token"
size["api $token_path identity"]=$bytes

say "warming up"
for name in api render; do wrk -t"$threads" -c"$connections" -d"${warmup}s" "http://127.0.0.1:${port[$name]}$directory" >/dev/null; done
wrk -t"$threads" -c"$connections" -d"${warmup}s" "$base$list" >/dev/null
wrk -t"$threads" -c"$connections" -d"${warmup}s" "${auth[@]}" "$base$list" >/dev/null
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
measure api "$directory" identity
measure render "$directory" identity
measure api "$list" identity
measure bearer "$list" identity "${auth[@]}"
# A token costs a hash check of the secret (PBKDF2), a signed token and a row: 8 connections and a 10 s timeout,
# so the queue of 32 does not turn into wrk's 2 s timeouts.
measure api "$token_path" identity -s tests/load/token.lua -c8 --timeout 10s
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
row() { # label key reference-key
  local rq p99 r
  read -r rq p99 <<<"${result[$2]}"
  r=$(ratio "$2" "$3")
  printf '%-58s %7s %9s %8s %9s\n' "$1" "$(kb "${size[$2]}")" "$rq" "${p99:-}" "$r"
}
echo
echo "Content API at $(( 30 + generated )) items ($generated generated enterprises), page of 50, against the directory page (50 rows)"
printf '%-58s %7s %9s %8s %9s\n' request "KB" "req/s" "p99 ms" "÷ cached"
row "GET $directory (output cache)" "api $directory identity" "api $directory identity"
row "GET $directory (output cache off)" "render $directory identity" "api $directory identity"
row "GET $list, anonymous" "api $list identity" "api $directory identity"
row "GET $list, bearer token" "bearer $list identity" "api $directory identity"
row "POST $token_path (client credentials, 8 connections)" "api $token_path identity" "api $directory identity"
echo
echo "÷ cached: req/s over the cached directory page's. Bearer ÷ anonymous: $(ratio "bearer $list identity" "api $list identity");" \
  "API anonymous ÷ directory rendered: $(ratio "api $list identity" "render $directory identity")."
echo "wrk -t$threads -c$connections -d${duration}s --latency, after ${warmup} s of warm-up; client and servers share the same $(nproc) cores."
echo "KB: one response on the wire, headers included, no compression asked for. Load average $load_start at the start, $load_end at the end."
report_problems
