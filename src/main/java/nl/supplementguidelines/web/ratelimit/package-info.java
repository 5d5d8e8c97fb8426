/**
 * Per-client rate limiting (bucket4j): one token per request in the filter, the rest of a request's price once its
 * body is read.
 */
@NullMarked
package nl.supplementguidelines.web.ratelimit;

import org.jspecify.annotations.NullMarked;
