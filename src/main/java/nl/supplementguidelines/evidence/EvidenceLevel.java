package nl.supplementguidelines.evidence;

/**
 * Evidence strength ("Bewijskracht") as the guideline series shows it: a number of dots, more dots
 * meaning stronger evidence. The series' legend is not in our copy, so a level has no name and no
 * known maximum; it is only its count of dots.
 */
public record EvidenceLevel(int value) implements Comparable<EvidenceLevel> {

    private static final String DOT = "●";

    public EvidenceLevel {
        if (value < 1) {
            throw new IllegalArgumentException("an evidence level has at least one dot, was " + value);
        }
    }

    public static EvidenceLevel of(int value) {
        return new EvidenceLevel(value);
    }

    public String dots() {
        return DOT.repeat(value);
    }

    public boolean isAtLeast(EvidenceLevel other) {
        return value >= other.value;
    }

    @Override
    public int compareTo(EvidenceLevel other) {
        return Integer.compare(value, other.value);
    }
}
