-- The well-behaved clients of bench/admission.sh: GET a guideline and a small dose check, alternately, each request
-- from one of 10,000 client addresses (X-Forwarded-For; the API runs with server.forward-headers-strategy=native), so
-- no single address comes near its rate limit and only the server's capacity is measured.
local dose = '{"guidelines":["leaky-gut"],"intakes":[{"nutrient":"Zinc","amount":30,"unit":"mg"}]}'
local n = 0
local threads = 0

-- Each thread starts at its own place in the range of addresses (setup sets the global "base" in the thread).
function setup(thread)
  threads = threads + 1
  thread:set("base", threads * 3001)
end

function request()
  n = n + 1
  local client = "10.1." .. math.floor((((base or 0) + n) % 10000) / 100) .. "." .. (((base or 0) + n) % 100)
  if n % 2 == 0 then
    return wrk.format("GET", "/api/v1/guidelines/leaky-gut", { ["X-Forwarded-For"] = client })
  end
  return wrk.format("POST", "/api/v1/dose-checks",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = client }, dose)
end
