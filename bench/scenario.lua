-- wrk script of the logs benchmark: `wrk -s scenario.lua URL -- REQUESTS_FILE EXPECTED_STATUS THINK_MS`.
-- REQUESTS_FILE (written by bench/load.py) returns a list of {method, path, headers, body}: the
-- signed-in clients' requests. Each thread cycles through them from its own offset. Each connection
-- waits THINK_MS after a response before its next request, as a person reads a page (0: none, to find
-- the most the system serves). Responses with
-- another status than expected (a sign-in redirect, an error page) are counted, so a run whose
-- sessions lapsed cannot pass for a fast one. done() prints one JSON line for load.py.

local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

function init(args)
  local specs = dofile(args[1])
  expected = tonumber(args[2])
  think = tonumber(args[3])
  unexpected = 0
  prepared = {}
  for _, spec in ipairs(specs) do
    table.insert(prepared, wrk.format(spec[1], spec[2], spec[3], spec[4]))
  end
  position = (number * 17) % #prepared
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function delay()
  return think
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "duration_us": %d, "unexpected_status": %d, "socket_errors": %d, '
      .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, bad, errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max
  ))
end
