package nl.supplementguidelines.guideline;

import org.jspecify.annotations.Nullable;

/**
 * A point of attention for the practitioner ("Aandachtspunt"), possibly about one nutrient. Read from the version's
 * parts ({@link GuidelineParts}), written only by VersionWriter, with plain SQL.
 */
final class AttentionPoint {

    private final int position;
    private final String text;
    private final @Nullable Long nutrientId;
    private final @Nullable String editorialNote;

    AttentionPoint(int position, String text, @Nullable Long nutrientId, @Nullable String editorialNote) {
        this.position = position;
        this.text = text;
        this.nutrientId = nutrientId;
        this.editorialNote = editorialNote;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    /** The nutrient module's id of the nutrient the point is about, or null when it is about none. */
    @Nullable Long getNutrientId() {
        return nutrientId;
    }

    @Nullable String getEditorialNote() {
        return editorialNote;
    }
}
