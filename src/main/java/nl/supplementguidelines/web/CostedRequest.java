package nl.supplementguidelines.web;

/**
 * A request body whose price in rate-limit tokens grows with its items (intakes, guidelines, medicines): the rate
 * limiter charges it once the body is read, before it is validated or processed (README "Admission control").
 */
public interface CostedRequest {

    /**
     * The items this request asks the API to work on, each list counted at most up to its documented limit: a longer
     * list is refused by validation anyway, so it costs no more than the largest valid request.
     */
    int pricedItems();

    /** The size of a list that may be missing, capped at its limit. */
    static int count(java.util.List<?> items, int limit) {
        return items == null ? 0 : Math.min(items.size(), limit);
    }
}
