package nl.supplementguidelines.referencelevel;

/** The kinds of level in {@code shared/reference/upper-intake-levels.md}, with that file's definitions. */
public enum ReferenceLevelKind {

    UL("Tolerable Upper Intake Level",
            "The highest chronic daily intake from all sources (food and supplements) unlikely to cause adverse effects."),
    OSL("Observed Safe Level",
            "The highest intake with convincing evidence of safety where no adverse-effect level could be set.");

    private final String fullName;
    private final String definition;

    ReferenceLevelKind(String fullName, String definition) {
        this.fullName = fullName;
        this.definition = definition;
    }

    public String fullName() {
        return fullName;
    }

    public String definition() {
        return definition;
    }
}
