package nl.supplementguidelines.resolve;

import nl.supplementguidelines.guideline.GuidelineDoseSet;
import nl.supplementguidelines.guideline.GuidelineDoses;
import nl.supplementguidelines.guideline.GuidelineDoses.Missing;
import nl.supplementguidelines.guideline.GuidelineRef;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientNames;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.Levels;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns the guideline slugs and nutrient names of a request into what they name, and what they do not name into
 * field errors: the one place these errors are worded, for every feature that takes them. Answers from the content
 * kept in memory for the current content version ({@link ContentMemory}), so a check reads nothing from the database
 * while the content is unchanged.
 */
@Component
public class RequestResolver {

    static final String UNKNOWN_GUIDELINE = "is not a guideline this API has (GET /api/v1/guidelines lists them)";
    static final String LISTED_TWICE = "is listed twice";
    static final String MALFORMED_GUIDELINE = "is not " + GuidelineRef.SYNTAX;
    static final String UNKNOWN_NUTRIENT = "is not a nutrient this API knows (give a slug, Dutch or English name)";
    static final String UNKNOWN_NUTRIENT_EXAMPLE = "is not a nutrient this API knows (give a slug, Dutch or English name, such as zink or Zinc)";

    /** Whether a slug given twice is an error (a plan or a check against one guideline twice) or simply the same guideline. */
    public enum Repeats {
        REJECTED, ALLOWED
    }

    private final ContentMemory.View<CheckContent> content;

    RequestResolver(GuidelineDoses guidelines, Nutrients nutrients, ReferenceLevels referenceLevels, ContentMemory memory) {
        DatabaseContent database = new DatabaseContent(guidelines, nutrients, referenceLevels);
        this.content = memory.view("check content", () -> MemoryContent.build(guidelines, nutrients, referenceLevels), () -> database);
    }

    /**
     * The guidelines these refs name ({@code leaky-gut} or {@code leaky-gut@1}, see {@link GuidelineRef}), in the order
     * given, keyed by the version each resolved to ({@code leaky-gut@1}); each malformed, unknown or (if rejected)
     * repeated ref is an error at {@code list[i]} that names the earlier field. Two refs of one slug are a repeat whatever
     * their versions; allowed repeats must name the same version too (a request never mixes two versions of a guideline).
     */
    public Map<String, GuidelineDoseSet> guidelines(List<String> refs, FieldPath list, Repeats repeats, FieldErrors errors) {
        return resolve(refs, list::at, repeats, errors);
    }

    /** The guideline one ref names, or an error at {@code field}. */
    public Optional<GuidelineDoseSet> guideline(String ref, FieldPath field, FieldErrors errors) {
        return resolve(List.of(ref), index -> field, Repeats.ALLOWED, errors).values().stream().findFirst();
    }

    private Map<String, GuidelineDoseSet> resolve(List<String> refs, IntFunction<FieldPath> pathOf, Repeats repeats, FieldErrors errors) {
        List<Optional<GuidelineRef>> parsed = refs.stream().map(GuidelineRef::parse).toList();
        List<GuidelineRef> valid = parsed.stream().flatMap(Optional::stream).toList();
        CheckContent current = content.current();
        Map<GuidelineRef, GuidelineDoseSet> found = current.find(valid);
        List<GuidelineRef> missing = valid.stream().filter(ref -> !found.containsKey(ref)).toList();
        Map<GuidelineRef, Missing> why = missing.isEmpty() ? Map.of() : current.whyMissing(missing);
        Map<String, GuidelineDoseSet> resolved = new LinkedHashMap<>();
        Map<String, Integer> firstOfSlug = new HashMap<>();
        // In the request's order, so the problem lists its errors as the client wrote the list.
        for (int i = 0; i < refs.size(); i++) {
            GuidelineRef ref = parsed.get(i).orElse(null);
            GuidelineDoseSet set = ref == null ? null : found.get(ref);
            if (ref == null) {
                errors.add(pathOf.apply(i), MALFORMED_GUIDELINE, refs.get(i));
            } else if (set == null) {
                errors.add(pathOf.apply(i), message(ref, why.get(ref)), refs.get(i));
            } else {
                Integer first = firstOfSlug.putIfAbsent(ref.slug(), i);
                boolean sameVersion = resolved.putIfAbsent(set.guideline().citation(), set) != null;
                if (first != null && (repeats == Repeats.REJECTED || !sameVersion)) {
                    String as = refs.get(first).equals(ref.slug()) ? "" : " (as " + refs.get(first) + ")";
                    errors.add(pathOf.apply(i), LISTED_TWICE + ": " + pathOf.apply(first) + " names '" + ref.slug() + "' too" + as
                            + "; a request uses one version of a guideline, once", refs.get(i));
                }
            }
        }
        return resolved;
    }

    private static String message(GuidelineRef ref, Missing why) {
        return switch (why) {
            case UNKNOWN -> UNKNOWN_GUIDELINE;
            case WITHDRAWN -> "was withdrawn (GET /api/v1/guidelines/" + ref.slug() + " says why); name one of its versions, such as "
                    + ref.slug() + "@1, to use it anyway";
            case NO_SUCH_VERSION -> "is not a published version (GET /api/v1/guidelines/" + ref.slug() + "/versions lists them)";
        };
    }

    /** Every nutrient, to resolve many names with {@link #nutrient} against one version of the catalogue. */
    public NutrientNames catalogue() {
        return content.current().nutrients();
    }

    /** The reference levels of each of these nutrients, to check doses with; every id is a key, with no levels where our sources set none. */
    public Map<Long, Levels> levels(Collection<Long> nutrientIds) {
        return content.current().levels(nutrientIds);
    }

    /** The nutrient a slug or name stands for, or an error at {@code field} ({@code example}: the error names zink and Zinc). */
    public Optional<NutrientInfo> nutrient(String name, NutrientNames catalogue, FieldPath field, boolean example, FieldErrors errors) {
        Optional<NutrientInfo> found = catalogue.find(name);
        if (found.isEmpty()) {
            errors.add(field, example ? UNKNOWN_NUTRIENT_EXAMPLE : UNKNOWN_NUTRIENT, name);
        }
        return found;
    }
}
