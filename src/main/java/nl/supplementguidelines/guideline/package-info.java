/**
 * The guidelines. Other modules use {@link nl.supplementguidelines.guideline.GuidelineDoses} (the daily doses of
 * guidelines, as detached records) and the records it hands out; rows, their readers and the service stay in this
 * package, package-private. Recommendations keep the nutrient's id and ask the nutrient module for the rest.
 */
@NullMarked
package nl.supplementguidelines.guideline;

import org.jspecify.annotations.NullMarked;
