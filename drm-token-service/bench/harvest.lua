-- wrk script: harvests media tokens from authz. POSTs BENCH_BODY to authorize (Bearer BENCH_TOKEN, AP-Device-Identifier
-- BENCH_DEVICE) and appends every "serializedToken" of a 200 answer to $HARVEST_DIR/harvest-<thread>, one a line.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["AP-Device-Identifier"] = os.getenv("BENCH_DEVICE")
wrk.headers["X-Forwarded-For"] = "198.51.100.8"

local out, n
function init(args)
  out = assert(io.open(os.getenv("HARVEST_DIR") .. "/harvest-" .. id, "a"))
  n = 0
end

function response(status, headers, body)
  if status == 200 then
    local token = body:match('"serializedToken":"([^"]+)"')
    if token then
      out:write(token, "\n")
      n = n + 1
      if n % 256 == 0 then out:flush() end
    end
  end
end
-- wrk returns from main() when done: the C library flushes and closes every open stream
