package nl.supplementguidelines.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler that may answer for good (a published version). Such a handler says per answer whether it is
 * immutable by setting {@code Cache-Control:} {@link #CACHE_CONTROL} (an answer that may still change, such as a version in
 * Dutch for lack of the translation asked for, does not), and may set {@code Last-Modified} (when the version was
 * published); the HTTP cache filter keeps both for these handlers only, ETag and 304 as for every answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Immutable {

    /** A year, the longest RFC 9111 advises, and {@code immutable} (RFC 8246): no revalidation while fresh. */
    String CACHE_CONTROL = "public, max-age=31536000, immutable";
}
