/** The languages the API writes in, and the sentences it writes, rendered from the message bundles. */
@NullMarked
package nl.supplementguidelines.language;

import org.jspecify.annotations.NullMarked;
