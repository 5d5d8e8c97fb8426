/** What the guideline slugs and nutrient names of a request stand for, and the field errors where they stand for nothing. */
@NullMarked
package nl.supplementguidelines.resolve;

import org.jspecify.annotations.NullMarked;
