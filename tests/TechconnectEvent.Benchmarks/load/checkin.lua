-- Drives POST /api/checkin as a fleet of scanners would during the morning rush (see README.md).
-- codes.txt: one badge code per line; KEY: a valid device key (environment variable CHECKIN_KEY).
local codes = {}
local key = os.getenv("CHECKIN_KEY") or ""
local gate = os.getenv("CHECKIN_GATE") or "main"
local codes_file = os.getenv("CHECKIN_CODES") or "codes.txt"
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(codes_file) do
    if #line > 0 then codes[#codes + 1] = line end
  end
  thread_id = id
  math.randomseed(os.time() + id * 7919)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Device-Key"] = key
end

function request()
  counter = counter + 1
  local code = codes[math.random(#codes)]
  local nonce = string.format("w%d-%d-%d", thread_id, os.time(), counter)
  return wrk.format(nil, "/api/checkin", nil,
    string.format('{"code":"%s","gate":"%s","nonce":"%s"}', code, gate, nonce))
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; non-2xx/3xx: %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status))
end
