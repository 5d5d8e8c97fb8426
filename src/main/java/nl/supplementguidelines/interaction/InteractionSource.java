package nl.supplementguidelines.interaction;

/** A source of the interaction table, by its short code ({@code ODS-Zn}). */
record InteractionSource(String code, String citation) {
}
