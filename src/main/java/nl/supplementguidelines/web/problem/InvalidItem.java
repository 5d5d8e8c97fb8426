package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.Nullable;

/**
 * One invalid parameter or field of a problem's {@code errors}: which one, why it was refused and what was sent
 * (shortened; null when nothing was sent). Features build them for their own checks, the exception handler for
 * Spring's.
 */
public record InvalidItem(String name, String message, @Nullable Object rejectedValue) {
}
