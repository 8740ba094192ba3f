-- wrk script of bench/wrong-tokens.sh: every request carries a token nobody issued, a different one each time
-- (so no cache can answer it), and each thread stops after WRONG_PER_THREAD answers and appends a line to
-- WRK_DONE_FILE (wrk itself runs until its -d; the script interrupts it once every thread is done). done()
-- prints the answers' status codes over all threads.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  limit = tonumber(os.getenv("WRONG_PER_THREAD") or "625")
  sent, answered, c401, c429, cother = 0, 0, 0, 0, 0
end

function request()
  sent = sent + 1
  local token = string.format("lf_wrong%02d%035d", id, sent)
  return wrk.format("GET", nil, { ["X-Auth-Token"] = token })
end

function response(status, headers, body)
  answered = answered + 1
  if status == 401 then c401 = c401 + 1
  elseif status == 429 then c429 = c429 + 1
  else cother = cother + 1 end
  if answered == limit then
    local file = io.open(os.getenv("WRK_DONE_FILE"), "a")
    file:write(id, "\n")
    file:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local t401, t429, tother = 0, 0, 0
  for _, thread in ipairs(threads) do
    t401 = t401 + thread:get("c401")
    t429 = t429 + thread:get("c429")
    tother = tother + thread:get("cother")
  end
  io.write(string.format("wrong-token answers: 401=%d 429=%d other=%d\n", t401, t429, tother))
  io.write(string.format("wrong-token latency ms: p50=%.1f p99=%.1f max=%.1f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
