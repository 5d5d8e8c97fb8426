-- Loaded by the benchmark scripts into a wrk script: when wrk ends, writes its latency histogram (microseconds and
-- counts, after wrk's coordinated-omission correction) and the run's duration and answers to $WRK_HISTOGRAM, for
-- recorded_p99 in lib.sh.
done = function(summary, latency, requests)
  local f = assert(io.open(os.getenv("WRK_HISTOGRAM"), "w"))
  f:write(string.format("duration %d answers %d\n", summary.duration, summary.requests))
  for i = 1, #latency do
    local value, count = latency(i)
    f:write(string.format("%d %d\n", value, count))
  end
  f:close()
end
