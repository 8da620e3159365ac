-- wrk script for ops/load.py: cycles through the paths given after `--` (a path starting
-- with "hx:" is requested as htmx would, with HX-Request: true), counts responses by
-- status class per thread, and prints one JSON line of results at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for _, arg in ipairs(args) do
    table.insert(paths, arg)
  end
  if #paths == 0 then paths = {"/"} end
  index = 0
  s2xx, s3xx, s4xx, s500, s503, s5xx = 0, 0, 0, 0, 0, 0
end

function request()
  index = index % #paths + 1
  local path = paths[index]
  if string.sub(path, 1, 3) == "hx:" then
    return wrk.format("GET", string.sub(path, 4), {["HX-Request"] = "true"})
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then s2xx = s2xx + 1
  elseif status < 400 then s3xx = s3xx + 1
  elseif status < 500 then s4xx = s4xx + 1
  elseif status == 500 then s500 = s500 + 1
  elseif status == 503 then s503 = s503 + 1
  else s5xx = s5xx + 1 end
end

function done(summary, latency, requests)
  local counts = {s2xx = 0, s3xx = 0, s4xx = 0, s500 = 0, s503 = 0, s5xx = 0}
  for _, thread in ipairs(threads) do
    for key, _ in pairs(counts) do
      counts[key] = counts[key] + thread:get(key)
    end
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, '
      .. '"p99_ms": %.2f, "max_ms": %.2f, "status_2xx": %d, "status_3xx": %d, '
      .. '"status_4xx": %d, "status_500": %d, "status_503": %d, "status_5xx_other": %d, '
      .. '"socket_connect": %d, "socket_read": %d, "socket_write": %d, "socket_timeout": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, counts.s2xx, counts.s3xx, counts.s4xx, counts.s500, counts.s503,
    counts.s5xx, errors.connect, errors.read, errors.write, errors.timeout))
end
