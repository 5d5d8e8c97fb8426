package nl.supplementguidelines.web.security;

import org.jspecify.annotations.Nullable;

/**
 * The {@code WWW-Authenticate} value of a refusal (RFC 6750, section 3): {@code Bearer}, then the error code, its
 * description and, for a missing scope, the scope. A request without any token gets the bare challenge.
 */
final class BearerChallenge {

    static final String REALM = "supplement-guidelines";
    private static final int MAX_DESCRIPTION = 200;

    private BearerChallenge() {
    }

    static String of(@Nullable String error, @Nullable String description, @Nullable String scope) {
        StringBuilder challenge = new StringBuilder("Bearer realm=\"").append(REALM).append('"');
        if (error != null) {
            challenge.append(", error=\"").append(error).append('"');
        }
        if (description != null) {
            challenge.append(", error_description=\"").append(quotable(description)).append('"');
        }
        if (scope != null) {
            challenge.append(", scope=\"").append(scope).append('"');
        }
        return challenge.toString();
    }

    /** RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E in the description: no quote, no backslash, no control. */
    static String quotable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DESCRIPTION));
        for (int i = 0; i < text.length() && out.length() < MAX_DESCRIPTION; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : ' ');
        }
        return out.toString();
    }
}
