/**
 * Request ids: accepted from {@code X-Request-Id} when well-formed, generated otherwise, echoed, logged and put in
 * every problem.
 */
@NullMarked
package nl.supplementguidelines.web.requestid;

import org.jspecify.annotations.NullMarked;
