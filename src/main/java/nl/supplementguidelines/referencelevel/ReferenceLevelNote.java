package nl.supplementguidelines.referencelevel;

/** A sourced statement about a nutrient's safety that is not a level (an exposure estimate, for example). */
class ReferenceLevelNote {

    private final long nutrientId;
    private final String text;
    private final String citation;

    ReferenceLevelNote(long nutrientId, String text, String citation) {
        this.nutrientId = nutrientId;
        this.text = text;
        this.citation = citation;
    }

    long getNutrientId() {
        return nutrientId;
    }

    String getText() {
        return text;
    }

    String getCitation() {
        return citation;
    }
}
