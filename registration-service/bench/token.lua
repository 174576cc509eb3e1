-- wrk script: POST /o/client/token (client_credentials) as many different devices.
-- Each request carries its own X-Forwarded-For from the IPv6 documentation prefix (2001:db8::/32), so the
-- per-device throttle (1 req/s, burst 10) is exercised on every call but never trips: we measure the token path.
local cid = os.getenv("CLIENT_ID")
local secret = os.getenv("CLIENT_SECRET")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&client_id=" .. cid .. "&client_secret=" .. secret
local n = 0
local prefix = ""
function setup(thread)
  thread:set("tid", tostring(math.random(1, 65535)))
end
function init(args)
  prefix = string.format("2001:db8:%x:", tonumber(tid or "1"))
end
function request()
  n = n + 1
  wrk.headers["X-Forwarded-For"] = prefix .. string.format("%x:%x::1", math.floor(n / 65536) % 65536, n % 65536)
  return wrk.format()
end
