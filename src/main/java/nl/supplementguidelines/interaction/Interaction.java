package nl.supplementguidelines.interaction;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One row of the interaction table: a nutrient, a medicine group with its ATC codes, what happens, the advice
 * the source gives (none, where it gives none) and the sources. No severity: the sources grade none.
 */
class Interaction {

    private final int position;
    private final long nutrientId;
    private final String nutrientText;
    private final String medicineGroup;
    private final String effect;
    private final @Nullable String advice;
    private final @Nullable String editorialNote;
    private final List<String> atcCodes;
    private final List<String> sourceCodes;

    Interaction(int position, long nutrientId, String nutrientText, String medicineGroup, String effect,
            @Nullable String advice, @Nullable String editorialNote, List<String> atcCodes, List<String> sourceCodes) {
        this.position = position;
        this.nutrientId = nutrientId;
        this.nutrientText = nutrientText;
        this.medicineGroup = medicineGroup;
        this.effect = effect;
        this.advice = advice;
        this.editorialNote = editorialNote;
        this.atcCodes = List.copyOf(atcCodes);
        this.sourceCodes = List.copyOf(sourceCodes);
    }

    int getPosition() {
        return position;
    }

    long getNutrientId() {
        return nutrientId;
    }

    String getNutrientText() {
        return nutrientText;
    }

    String getMedicineGroup() {
        return medicineGroup;
    }

    String getEffect() {
        return effect;
    }

    @Nullable String getAdvice() {
        return advice;
    }

    @Nullable String getEditorialNote() {
        return editorialNote;
    }

    List<String> getAtcCodes() {
        return atcCodes;
    }

    List<String> getSourceCodes() {
        return sourceCodes;
    }
}
