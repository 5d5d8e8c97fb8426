/**
 * The application. Every direct sub-package is a Spring Modulith application module (verified by
 * {@code ModularityTest}): its root package is what other modules may use, its sub-packages are its own unless it
 * names them as interfaces.
 */
@NullMarked
package nl.supplementguidelines;

import org.jspecify.annotations.NullMarked;
