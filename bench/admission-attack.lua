-- The hostile client of bench/admission.sh: the most expensive requests the limits allow, in turn: the largest body
-- accepted (50 intakes padded to just under 64 KB), 20,000 blank guideline slugs (60 KB) and 50 intakes.
-- ATTACKERS (env) = how many client addresses it spreads over: 1 is one client, which its rate limit slows down;
-- 10000 is as many clients (a botnet, or a limit set high), so only the size limits bound its cost.
local forms = { "25 µg (1000 IE)", "30 mg", "1,5 g" }
local names = { "vitamine-d", "zink", "L-glutamine" }
local items = {}
for i = 1, 50 do
  local k = (i % 3) + 1
  items[i] = '{"nutrient":"' .. names[k] .. '","dose":"' .. forms[k] .. '"}'
end
local fifty = '{"guidelines":["leaky-gut"],"intakes":[' .. table.concat(items, ",") .. ']}'
local padded = "{" .. string.rep(" ", 65536 - 100 - #fifty) .. string.sub(fifty, 2)
local blanks = {}
for i = 1, 20000 do blanks[i] = '""' end
local attack = '{"guidelines":[' .. table.concat(blanks, ",") .. '],"intakes":[{"nutrient":"zink","dose":"30 mg"}]}'
local bodies = { padded, attack, fifty }
local clients = tonumber(os.getenv("ATTACKERS") or "1")
local n = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

function request()
  n = n + 1
  local client = "10.2." .. math.floor((n % clients) / 100) .. "." .. (n % clients % 100)
  return wrk.format("POST", "/api/v1/dose-checks",
    { ["Content-Type"] = "application/json", ["X-Forwarded-For"] = client }, bodies[(n % 3) + 1])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do table.insert(parts, status .. ":" .. count) end
  table.sort(parts)
  io.write(string.format("attacker: %d requests, %.0f/s, statuses %s, body sizes %d/%d/%d bytes\n", summary.requests,
    summary.requests / (summary.duration / 1e6), table.concat(parts, " "), #padded, #attack, #fifty))
end
