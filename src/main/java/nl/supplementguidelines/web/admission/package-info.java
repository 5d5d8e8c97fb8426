/**
 * What is let in before any work is done: body size, JSON read limits and strict JSON types, the Accept header,
 * strict integer parameters and string lengths in code points.
 */
@NullMarked
package nl.supplementguidelines.web.admission;

import org.jspecify.annotations.NullMarked;
