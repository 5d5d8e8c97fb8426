package nl.supplementguidelines.web;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one negotiation of {@code Accept-Language}: the languages the API answers in, and which of them a header asks
 * for. The features (language/Language) and the HTTP cache (which keys answers by it) both use this, so a header can
 * never be answered in one language and cached as another. Any spelling of the header (q-values, regions, other
 * languages, garbage) collapses onto one of these few.
 *
 * <p>Every GET (its cache key) and every check negotiates, and parsing the header is most of that work, while clients
 * send a handful of distinct headers. So the answers for up to {@link #REMEMBERED_HEADERS} distinct headers of at most
 * {@link #REMEMBERED_LENGTH} characters are remembered (when that many are, they are forgotten and collected again);
 * a longer header is negotiated each time.
 */
public final class AcceptLanguage {

    /** The supported language tags, the default first. language/Language has one constant per tag. */
    public static final List<String> SUPPORTED = List.of("nl", "en");

    static final int REMEMBERED_HEADERS = 256;
    static final int REMEMBERED_LENGTH = 200;
    private static final ConcurrentMap<String, String> REMEMBERED = new ConcurrentHashMap<>();

    private AcceptLanguage() {
    }

    /** The best supported tag for the header; the default (Dutch) when it names none or is malformed. */
    public static String negotiate(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        String remembered = REMEMBERED.get(header);
        if (remembered != null) {
            return remembered;
        }
        String best = lookUp(header);
        if (header.length() <= REMEMBERED_LENGTH) {
            // Full (a client that sends ever new headers): start again, so that headers seen later get remembered too.
            if (REMEMBERED.size() >= REMEMBERED_HEADERS) {
                REMEMBERED.clear();
            }
            REMEMBERED.putIfAbsent(header, best);
        }
        return best;
    }

    /** How many headers are remembered now (for tests: never more than {@link #REMEMBERED_HEADERS}). */
    static int remembered() {
        return REMEMBERED.size();
    }

    /** Whether this header's answer is remembered (for tests). */
    static boolean isRemembered(String header) {
        return REMEMBERED.containsKey(header);
    }

    private static String lookUp(String header) {
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? SUPPORTED.get(0) : best;
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.get(0);
        }
    }
}
