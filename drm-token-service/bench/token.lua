-- wrk script: POST /hms/fp/token with a fresh media token per request (the gate is single-use). Thread i reads
-- $TOKENS_DIR/tokens-<i> (one serializedToken a line) and sends each exactly once; when its file is used up it stops
-- (wrk.thread:stop) and reports it, so a token is never replayed. Env: DRM_AUTHENTICATOR, DRM_KID (default ^bench-ref30).
local threads, all = 0, {}
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
  all[threads] = thread
end

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local tokens, n, i, prefix
function init(args)
  tokens, n, i = {}, 0, 0
  for line in io.lines(os.getenv("TOKENS_DIR") .. "/tokens-" .. id) do
    if #line > 0 then n = n + 1; tokens[n] = enc(line) end
  end
  local iv = string.format("%08x%08x%08x%08x", 0x0badcafe, 0x12345678, id, 0x9abcdef0)
  prefix = "customerAuthenticator=" .. enc(os.getenv("DRM_AUTHENTICATOR")) .. "&kid=" ..
    enc(os.getenv("DRM_KID") or "^bench-ref30") .. "&iv=" .. iv .. "&mediaToken="
  available, used, ranout = n, 0, 0   -- globals of this thread's state: done() reads them with thread:get
end

local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
function request()
  if not tokens then -- wrk's main state calls request() once to check the script; it sends nothing
    return wrk.format("POST", nil, headers, "")
  end
  i = i + 1
  if i > n then
    -- out of tokens: stop this thread; the request returned here carries no media token (an error, never a replay)
    ranout = 1
    wrk.thread:stop()
    return wrk.format("POST", nil, headers, prefix)
  end
  used = i
  local t = tokens[i]
  tokens[i] = nil
  return wrk.format("POST", nil, headers, prefix .. t)
end

function done(summary, latency, requests)
  local used, available, ranout = 0, 0, 0
  for _, t in ipairs(all) do
    used = used + t:get("used"); available = available + t:get("available"); ranout = ranout + t:get("ranout")
  end
  io.write(string.format("media tokens used %d of %d; threads that ran out %d\n", used, available, ranout))
end
