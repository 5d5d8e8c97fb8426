package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the guideline slugs and nutrient names of a request into what they name, and what they do not name into
 * field errors: the one place these errors are worded, for every feature that takes them.
 */
@Component
public class RequestResolver {

    static final String UNKNOWN_GUIDELINE = "is not a guideline this API has (GET /api/v1/guidelines lists them)";
    static final String LISTED_TWICE = "is listed twice";
    static final String UNKNOWN_NUTRIENT = "is not a nutrient this API knows (give a slug, Dutch or English name)";
    static final String UNKNOWN_NUTRIENT_EXAMPLE = "is not a nutrient this API knows (give a slug, Dutch or English name, such as zink or Zinc)";

    /** Whether a slug given twice is an error (a plan or a check against one guideline twice) or simply the same guideline. */
    public enum Repeats {
        REJECTED, ALLOWED
    }

    private final GuidelineDoses guidelines;
    private final Nutrients nutrients;

    RequestResolver(GuidelineDoses guidelines, Nutrients nutrients) {
        this.guidelines = guidelines;
        this.nutrients = nutrients;
    }

    /** The guidelines of these slugs, in the order given; each unknown (or, if rejected, repeated) slug is an error at {@code list[i]}. */
    public Map<String, GuidelineDoseSet> guidelines(List<String> slugs, FieldPath list, Repeats repeats, FieldErrors errors) {
        Map<String, GuidelineDoseSet> found = guidelines.find(slugs);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            if (!found.containsKey(slug)) {
                errors.add(list.at(i), UNKNOWN_GUIDELINE, slug);
            } else if (!seen.add(slug) && repeats == Repeats.REJECTED) {
                errors.add(list.at(i), LISTED_TWICE, slug);
            }
        }
        return found;
    }

    /** The guideline of one slug, or an error at {@code field}. */
    public Optional<GuidelineDoseSet> guideline(String slug, FieldPath field, FieldErrors errors) {
        Optional<GuidelineDoseSet> found = Optional.ofNullable(guidelines.find(List.of(slug)).get(slug));
        if (found.isEmpty()) {
            errors.add(field, UNKNOWN_GUIDELINE, slug);
        }
        return found;
    }

    /** Every nutrient, to resolve many names with {@link #nutrient} against one read of the catalogue. */
    public List<NutrientInfo> catalogue() {
        return nutrients.all();
    }

    /** The nutrient a slug or name stands for, or an error at {@code field} ({@code example}: the error names zink and Zinc). */
    public Optional<NutrientInfo> nutrient(String name, Collection<NutrientInfo> catalogue, FieldPath field, boolean example, FieldErrors errors) {
        Optional<NutrientInfo> found = Nutrients.match(name, catalogue);
        if (found.isEmpty()) {
            errors.add(field, example ? UNKNOWN_NUTRIENT_EXAMPLE : UNKNOWN_NUTRIENT, name);
        }
        return found;
    }
}
