-- Cycles through the request paths of a file (one per line), each thread from its own offset, so that consecutive
-- requests ask for different things (cache misses, a crawler). Usage: wrk ... -s bench/paths.lua <url> -- <file>
local paths = {}
local next_index = 1
local counter = 0

setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

init = function(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  next_index = ((offset or 1) * 7919) % #paths + 1
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
