package nl.supplementguidelines.nutrient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The nutrient module's face: what other modules may ask about nutrients, answered with detached {@link NutrientInfo}
 * records, never the row. Finds nutrients the way clients name them: by slug ({@code vitamine-d}), Dutch name
 * ({@code Vitamine D}) or English name ({@code Vitamin D}), ignoring case, accents, hyphens and extra spaces; and by
 * id, for modules that keep a nutrient's id in their own rows.
 */
@Service
@Transactional(readOnly = true)
public class Nutrients {

    // Compiled once: every check folds the names it is given.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private final NutrientRows nutrients;

    Nutrients(NutrientRows nutrients) {
        this.nutrients = nutrients;
    }

    /** Every nutrient, for resolving many names at once with {@link #match}. The catalogue is small. */
    public List<NutrientInfo> all() {
        return nutrients.all().stream().map(NutrientInfo::of).toList();
    }

    /** The nutrients with these ids, in one statement whatever their number; ids no nutrient has are left out. */
    public Map<Long, NutrientInfo> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, NutrientInfo> found = new HashMap<>();
        nutrients.byIds(Set.copyOf(ids)).forEach(nutrient -> found.put(nutrient.getId(), NutrientInfo.of(nutrient)));
        return found;
    }

    /** The id of the nutrient with exactly this slug, if there is one. */
    public Optional<Long> idOfSlug(String slug) {
        return nutrients.idOfSlug(slug);
    }

    /** The first of these nutrients that a slug, Dutch or English name stands for (folded: case, accents, separators). */
    public static Optional<NutrientInfo> match(String slugOrName, Collection<NutrientInfo> candidates) {
        return NutrientNames.of(candidates).find(slugOrName);
    }

    static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(Objects.requireNonNull(text), Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
