package nl.supplementguidelines.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The interaction table of one content version, as views, indexed by what a check looks up: the rows of a nutrient,
 * and the ATC codes a medicine group's name stands for (folded once here, not for every row of every request).
 */
final class InteractionTable {

    private final List<InteractionView> rows;
    private final Map<String, List<InteractionView>> byNutrientSlug;
    private final Map<String, Set<String>> codesByGroupName;

    InteractionTable(List<InteractionView> rows) {
        this.rows = List.copyOf(rows);
        Map<String, List<InteractionView>> byNutrient = new HashMap<>();
        Map<String, Set<String>> codes = new HashMap<>();
        for (InteractionView row : rows) {
            if (row.nutrient() != null) {
                byNutrient.computeIfAbsent(row.nutrient().slug(), slug -> new ArrayList<>()).add(row);
            }
            // The whole group name, or one of its comma-separated names: "statins".
            Stream.concat(Stream.of(row.medicineGroup()), Arrays.stream(row.medicineGroup().split(",")))
                    .map(Interactions::fold).distinct()
                    .forEach(name -> codes.computeIfAbsent(name, key -> new LinkedHashSet<>()).addAll(row.atcCodes()));
        }
        Map<String, List<InteractionView>> nutrientRows = new HashMap<>();
        byNutrient.forEach((slug, list) -> nutrientRows.put(slug, List.copyOf(list)));
        this.byNutrientSlug = Map.copyOf(nutrientRows);
        Map<String, Set<String>> frozen = new HashMap<>();
        codes.forEach((name, set) -> frozen.put(name, Collections.unmodifiableSet(set)));
        this.codesByGroupName = Map.copyOf(frozen);
    }

    /** Every row, in table order. */
    List<InteractionView> rows() {
        return rows;
    }

    /** The rows of the nutrient with this slug, in table order. */
    List<InteractionView> rowsOf(String nutrientSlug) {
        return byNutrientSlug.getOrDefault(nutrientSlug, List.of());
    }

    /**
     * The ATC codes a medicine stands for: its own code when it is one, else the codes of the medicine group(s) in
     * the table it names (the whole group name, or one of its comma-separated names). Empty when neither.
     */
    Set<String> codesFor(String medicine) {
        if (AtcCode.isValid(medicine)) {
            return Set.of(AtcCode.parse(medicine).value());
        }
        return codesByGroupName.getOrDefault(Interactions.fold(medicine), Set.of());
    }
}
