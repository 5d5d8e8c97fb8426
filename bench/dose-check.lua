-- One realistic dose check: three intakes (mg, IU with a bracketed µg equivalent, Dutch dose wording)
-- against the leaky-gut guideline, English explanations.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "en"
wrk.body = '{"guidelines":["leaky-gut"],"intakes":[{"nutrient":"Zinc","amount":30,"unit":"mg"},{"nutrient":"vitamine-d","dose":"1000 IE (25 µg)"},{"nutrient":"L-glutamine","dose":"1,5 g"}]}'

local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("dose checks per second: %.0f (p50 %.1f ms, p99 %.1f ms, errors %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
