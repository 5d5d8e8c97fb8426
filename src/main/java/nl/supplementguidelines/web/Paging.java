package nl.supplementguidelines.web;

/** The documented bounds of the paging parameters every collection shares. */
public final class Paging {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    public static final String PAGE_DESCRIPTION = "Zero-based page number, 0 to " + MAX_PAGE + ".";
    public static final String SIZE_DESCRIPTION = "Items per page, 1 to " + MAX_SIZE + ".";

    private Paging() {
    }
}
