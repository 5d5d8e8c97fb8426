package nl.supplementguidelines.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose 200 answers never change for their URL (a published version): the HTTP cache filter
 * answers them with {@link #CACHE_CONTROL} instead of the configured max-age, ETag and 304 as for every answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Immutable {

    /** A year, the longest RFC 9111 advises, and {@code immutable} (RFC 8246): no revalidation while fresh. */
    String CACHE_CONTROL = "public, max-age=31536000, immutable";
}
