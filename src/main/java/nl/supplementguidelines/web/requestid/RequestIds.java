package nl.supplementguidelines.web.requestid;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.modulith.NamedInterface;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The id of a request: taken from the caller's {@code X-Request-Id} when it is well-formed (so one id follows a call
 * through every service), otherwise generated. It is echoed in the response, put in the MDC for every log line of the
 * request and added to problem responses. A named interface of the {@code web} module: the audit trail records it.
 */
@NamedInterface("request-id")
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** Bounded length and a charset that is safe in headers, logs and JSON: letters, digits and {@code - _ . : / + =}. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:/+=-]{1,128}");

    private RequestIds() {
    }

    /** The id of the request being handled, or null outside a request. */
    public static @Nullable String current(@Nullable HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : MDC.get(MDC_KEY);
    }

    public static boolean isAcceptable(@Nullable String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    /**
     * A random 128-bit id. Not a security token, so it comes from ThreadLocalRandom: a UUID would take SecureRandom's
     * lock on every request.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return toHex(random.nextLong()) + toHex(random.nextLong());
    }

    private static String toHex(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
