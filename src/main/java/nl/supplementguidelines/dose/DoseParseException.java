package nl.supplementguidelines.dose;

/** Dose wording that {@link DoseParser} cannot read; the message says what is wrong, for a person. */
public class DoseParseException extends IllegalArgumentException {

    DoseParseException(String message) {
        super(message);
    }
}
