package nl.supplementguidelines.web.ratelimit;

import nl.supplementguidelines.web.ApiPaths;
import nl.supplementguidelines.web.problem.Problems;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.supplementguidelines.web.problem.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client (its address; behind a proxy set {@code server.forward-headers-strategy} so that is the
 * caller's address). Every answer carries the RateLimit and RateLimit-Policy headers of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers); a request over the limit gets a 429 problem with Retry-After.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String POLICY_NAME = "per-client";
    /** The request attribute holding the {@link Charge} through which a request pays the rest of its price. */
    static final String CHARGE = RateLimitFilter.class.getName() + ".charge";

    private final RateLimitProperties properties;
    private final Problems problems;
    private final ClientBuckets buckets;
    private final String policyHeader;

    RateLimitFilter(RateLimitProperties properties, Problems problems, ClientBuckets buckets) {
        this.properties = properties;
        this.problems = problems;
        this.buckets = buckets;
        this.policyHeader = "\"" + POLICY_NAME + "\";q=" + properties.capacity() + ";w=" + properties.windowSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Probes and scrapes of the platform are not clients' requests; the management port has its own filters anyway.
        String path = request.getRequestURI();
        return !properties.enabled() || path.equals("/livez") || path.equals("/readyz") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientOf(request);
        // The bulk export is priced on arrival, before its work starts (README "Bulk export"); every other request costs 1 here.
        boolean export = "GET".equals(request.getMethod()) && ApiPaths.isExport(ApiPaths.mappedPath(request));
        long price = export ? properties.exportPrice() : 1;
        ConsumptionProbe probe = buckets.take(client, price);
        response.setHeader("RateLimit-Policy", policyHeader);
        if (probe.isConsumed()) {
            response.setHeader("RateLimit", "\"" + POLICY_NAME + "\";r=" + probe.getRemainingTokens()
                    + ";t=" + seconds(probe.getNanosToWaitForReset()));
            request.setAttribute(CHARGE, new Charge(client, response));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        // What remains: 0 for a request of 1 token, perhaps more than 0 for an export that costs more.
        response.setHeader("RateLimit", "\"" + POLICY_NAME + "\";r=" + probe.getRemainingTokens() + ";t=" + retryAfter);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        if (export) {
            problems.write(request, response, ProblemType.TOO_MANY_REQUESTS, "The bulk export costs " + price + " of this client's "
                    + "rate-limit tokens; " + probe.getRemainingTokens() + " remain of a limit of " + properties.capacity()
                    + ". Retry after " + retryAfter + " seconds.");
            return;
        }
        problems.write(request, response, ProblemType.TOO_MANY_REQUESTS, "This client exceeded its limit of "
                + properties.capacity() + " requests in a burst and " + properties.refillTokens() + " per "
                + properties.refillPeriod().toString().substring(2).toLowerCase() + ". Retry after " + retryAfter + " seconds.");
    }

    /** The rest of a request's price, taken from the same bucket once its body tells what it asks for. */
    final class Charge {

        private final String client;
        private final HttpServletResponse response;

        private Charge(String client, HttpServletResponse response) {
            this.client = client;
            this.response = response;
        }

        /** The rest of the price of a request that lists {@code items} items (1 token was taken on arrival). */
        void payForItems(int items) {
            take(properties.priceOf(items) - 1, properties.priceOf(items), properties.postCost() + " per request and "
                    + properties.itemCost() + " per item, " + items + " items");
        }

        /** Takes {@code tokens} more, or takes none and throws the 429 problem when fewer remain. */
        private void take(long tokens, long price, String what) {
            if (tokens <= 0) {
                return;
            }
            ConsumptionProbe probe = buckets.take(client, tokens);
            if (probe.isConsumed()) {
                response.setHeader("RateLimit", "\"" + POLICY_NAME + "\";r=" + probe.getRemainingTokens()
                        + ";t=" + seconds(probe.getNanosToWaitForReset()));
                return;
            }
            // A price above the whole bucket can never be paid: then the wait is that of a full refill.
            long retryAfter = Math.max(1, tokens > properties.capacity() ? properties.windowSeconds()
                    : Math.min(properties.windowSeconds(), seconds(probe.getNanosToWaitForRefill())));
            response.setHeader("RateLimit", "\"" + POLICY_NAME + "\";r=" + probe.getRemainingTokens() + ";t=" + retryAfter);
            throw new CostOverBudget("This request costs " + price + " of this client's rate-limit tokens (" + what
                    + "); " + probe.getRemainingTokens() + " remain of a limit of " + properties.capacity()
                    + ". Retry after " + retryAfter + " seconds, or send fewer items per request.", retryAfter);
        }
    }

    private static String clientOf(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
