-- Loaded by the benchmark scripts into a wrk script: when wrk ends, and only if $WRK_HISTOGRAM names a file, writes its
-- latency histogram there (microseconds and counts, after wrk's coordinated-omission correction) with the run's
-- duration and answers, for recorded_p99 in lib.sh. wrk's latency(i) scans its histogram from the fastest value for
-- each i, so the dump takes about a second after a 10 s run whose slowest answer took 140 ms: the scripts ask for it
-- after measured runs only.
if os.getenv("WRK_HISTOGRAM") then
  done = function(summary, latency, requests)
    local f = assert(io.open(os.getenv("WRK_HISTOGRAM"), "w"))
    f:write(string.format("duration %d answers %d\n", summary.duration, summary.requests))
    for i = 1, #latency do
      local value, count = latency(i)
      f:write(string.format("%d %d\n", value, count))
    end
    f:close()
  end
end
