package nl.supplementguidelines.web.admission;

import org.jspecify.annotations.Nullable;

import java.io.IOException;

/**
 * A request body went past the API's size limit while it was being read (a chunked body has no Content-Length to
 * refuse up front). An {@link IOException}, so that the JSON reader gives up at once; the exception handler finds it
 * in the cause chain and answers 413.
 */
public class ContentTooLarge extends IOException {

    private final long limitBytes;

    public ContentTooLarge(long limitBytes) {
        super("The request body exceeds " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The detail of the 413 problem, the same from the filter (by Content-Length) and from the reader (counted). */
    public static String detail(long limitBytes) {
        return "The request body is larger than this API accepts: at most " + limitBytes + " bytes ("
                + (limitBytes / 1024) + " KB). Send fewer or shorter items.";
    }

    /** This exception anywhere in the causes of {@code failure}, or null. */
    public static @Nullable ContentTooLarge in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentTooLarge tooLarge) {
                return tooLarge;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }
}
