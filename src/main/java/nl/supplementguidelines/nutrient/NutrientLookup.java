package nl.supplementguidelines.nutrient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds nutrients the way clients name them: by slug ({@code vitamine-d}), Dutch name ({@code Vitamine D}) or
 * English name ({@code Vitamin D}), ignoring case, accents, hyphens and extra spaces.
 */
@Service
@Transactional(readOnly = true)
public class NutrientLookup {

    private final NutrientRepository nutrients;

    NutrientLookup(NutrientRepository nutrients) {
        this.nutrients = nutrients;
    }

    /** Every nutrient, for resolving many names at once with {@link #match}. The catalogue is small. */
    public List<NutrientInfo> all() {
        return nutrients.findAll().stream().map(NutrientInfo::of).toList();
    }

    public Optional<NutrientInfo> find(String slugOrName) {
        return match(slugOrName, all());
    }

    public static Optional<NutrientInfo> match(String slugOrName, Collection<NutrientInfo> candidates) {
        if (slugOrName == null || slugOrName.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(slugOrName);
        return candidates.stream()
                .filter(n -> wanted.equals(fold(n.slug())) || wanted.equals(fold(n.name()))
                        || (n.englishName() != null && wanted.equals(fold(n.englishName()))))
                .findFirst();
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }
}
