/**
 * The one error contract (RFC 9457): problem types, the one writer ({@link nl.supplementguidelines.web.problem.Problems})
 * used by the exception handler, {@code /error}, Tomcat's error valve, the filters and the OpenAPI examples, and the
 * field errors ({@link nl.supplementguidelines.web.problem.InvalidItem}) features report. A named interface of the
 * {@code web} module: features throw its exceptions and report its field errors.
 */
@NullMarked
@NamedInterface("problem")
package nl.supplementguidelines.web.problem;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
