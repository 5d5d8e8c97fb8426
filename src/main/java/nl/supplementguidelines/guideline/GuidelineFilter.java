package nl.supplementguidelines.guideline;

import nl.supplementguidelines.evidence.EvidenceLevel;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the guideline list; each is optional. The list holds CURRENT versions only.
 *
 * @param text        the search words ({@code q}), found and ranked by {@link RankedSearch}, not by this filter's SQL
 * @param nutrientSlug only guidelines that recommend this nutrient
 * @param minEvidence only guidelines with a recommendation of at least this evidence level
 *                    (of the nutrient's recommendation when a nutrient is given)
 */
record GuidelineFilter(@Nullable String text, @Nullable String nutrientSlug, @Nullable EvidenceLevel minEvidence) {

    /**
     * The list without {@code q}: the nutrient and evidence filters as SQL over the guideline row {@code g}, their values
     * bound as parameters; the very conditions RankedSearch applies with {@code q}, so the two lists cannot drift.
     *
     * @param nutrientId the id of the nutrient {@code nutrientSlug} names, resolved through the nutrient module
     *                   (recommendations keep ids, not the nutrient), or null when no nutrient is asked for
     */
    RankedSearch.Filter toSql(@Nullable Long nutrientId) {
        return RankedSearch.filter(nutrientId, minEvidence);
    }
}
