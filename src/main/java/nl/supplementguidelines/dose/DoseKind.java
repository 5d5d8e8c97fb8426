package nl.supplementguidelines.dose;

/** The shape of a dose guideline, derived from which bounds it has. */
public enum DoseKind {
    /** One amount, e.g. {@code 500 mg}. */
    FIXED,
    /** A lower and an upper bound, e.g. {@code 15-20 mg}. */
    RANGE,
    /** Only a lower bound ("Minimaal"), e.g. {@code Minimaal 25 mcg}. */
    AT_LEAST,
    /** Only an upper bound, e.g. {@code max. 100 µg}. */
    AT_MOST
}
