/**
 * Editing the series: drafts of guidelines (one per slug), their publication as the next immutable version (four
 * eyes), withdrawal, new nutrients, and the structured difference between two versions. Guideline internals stay in
 * the guideline module behind {@link nl.supplementguidelines.guideline.GuidelineVersions}; this module keeps the
 * drafts (table {@code guideline_draft}) and the rules of an edit (validation, If-Match, four eyes).
 */
@NullMarked
package nl.supplementguidelines.editing;

import org.jspecify.annotations.NullMarked;
