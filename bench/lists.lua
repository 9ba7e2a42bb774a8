-- wrk script for bench/lists.sh: GETs the URL given to wrk with one of the signed-in sessions in BENCH_SESSIONS
-- (a file of "name=value" session cookies, one a line, made by lists.sh through the login form), taking the sessions
-- in turn (wrk does not say which connection a request goes on, so a session is not tied to one connection).
-- Without BENCH_SESSIONS it sends no cookie (the ceiling). Counts every answer but 200 (a redirect to /login would
-- otherwise pass for a success) and prints one line: p50 p95 p99 in ms, req/s, that count.
-- BENCH_THINK_MS (optional) makes each connection a user who waits before the next page: a random pause between half
-- and one and a half times that many milliseconds (wrk's delay()); without it every connection asks again at once.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  sessions = {}
  local file = os.getenv("BENCH_SESSIONS")
  if file and file ~= "" then
    for line in io.lines(file) do
      table.insert(sessions, line)
    end
  end
  n = id
  not_ok = 0
  think = tonumber(os.getenv("BENCH_THINK_MS") or "") or 0
  math.randomseed(os.time() + id)
end

function delay()
  if think <= 0 then
    return 0
  end
  return math.floor(think * (0.5 + math.random()))
end

function request()
  n = n + 1
  if #sessions == 0 then
    return wrk.format("GET")
  end
  return wrk.format("GET", nil, { Cookie = sessions[(n % #sessions) + 1] })
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
  end
  io.write(string.format("bench: %.2f %.2f %.2f %.1f %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6), bad))
end
