package nl.supplementguidelines.dose;

/** Thrown when a dose range would break one of its invariants. */
public class InvalidDoseRange extends IllegalArgumentException {

    InvalidDoseRange(String message) {
        super(message);
    }
}
