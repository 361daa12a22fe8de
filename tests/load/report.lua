-- wrk's report for tests/load/run.sh: one line of figures when the run ends, read by the script.
-- Only `done` is defined: a `response` hook would count 3xx too, but it makes wrk copy every header
-- and body into Lua, which halved wrk's own throughput against nginx here and so would flatter every
-- ratio to nginx. The script checks instead that the bytes per response match the checked page.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d bytes=%d micros=%d status_errors=%d connect=%d read=%d write=%d timeout=%d p50us=%d p99us=%d\n",
    summary.requests, summary.bytes, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
