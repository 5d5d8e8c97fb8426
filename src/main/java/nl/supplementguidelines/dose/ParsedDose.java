package nl.supplementguidelines.dose;

/**
 * What {@link DoseParser} read from dose wording: the dose, and the equivalent the wording gives in
 * brackets, if any ({@code 25 µg (1000 IE)} has the equivalent 1000 IU).
 */
public record ParsedDose(DoseRange range, Amount equivalent) {

    /** The dose as one amount, when the wording names one ({@code 500 mg}); null for a range or a bound. */
    public Amount singleAmount() {
        return range.kind() == DoseKind.FIXED ? new Amount(range.minimum(), range.unit()) : null;
    }
}
