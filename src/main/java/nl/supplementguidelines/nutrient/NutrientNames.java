package nl.supplementguidelines.nutrient;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue of nutrients indexed by every way clients name them, so a name is found with one fold and one lookup
 * instead of folding every candidate's names: the same answers as {@link Nutrients#match} (the first candidate, in
 * catalogue order, any of whose names folds to the same text), for views kept in memory.
 */
public final class NutrientNames {

    private final List<NutrientInfo> all;
    private final Map<String, NutrientInfo> byFoldedName;

    private NutrientNames(List<NutrientInfo> all, Map<String, NutrientInfo> byFoldedName) {
        this.all = all;
        this.byFoldedName = byFoldedName;
    }

    public static NutrientNames of(Collection<NutrientInfo> catalogue) {
        Map<String, NutrientInfo> index = new HashMap<>();
        for (NutrientInfo nutrient : catalogue) {
            index.putIfAbsent(Nutrients.fold(nutrient.slug()), nutrient);
            index.putIfAbsent(Nutrients.fold(nutrient.name()), nutrient);
            if (nutrient.englishName() != null) {
                index.putIfAbsent(Nutrients.fold(nutrient.englishName()), nutrient);
            }
        }
        return new NutrientNames(List.copyOf(catalogue), Map.copyOf(index));
    }

    /** Every nutrient, in catalogue order. */
    public List<NutrientInfo> all() {
        return all;
    }

    /** The nutrient a slug, Dutch or English name stands for: the first in catalogue order, as the index keeps the first. */
    public Optional<NutrientInfo> find(@Nullable String slugOrName) {
        if (slugOrName == null || slugOrName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byFoldedName.get(Nutrients.fold(slugOrName)));
    }
}
