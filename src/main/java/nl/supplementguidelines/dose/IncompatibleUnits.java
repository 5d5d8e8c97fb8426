package nl.supplementguidelines.dose;

/** An amount cannot be expressed in the other unit: the units measure different things. */
public class IncompatibleUnits extends IllegalArgumentException {

    private final DoseUnit from;
    private final DoseUnit to;

    private IncompatibleUnits(DoseUnit from, DoseUnit to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    static IncompatibleUnits between(DoseUnit from, DoseUnit to, boolean missingIuFactor) {
        String why = missingIuFactor
                ? "IU converts to mass only for a substance that defines a factor, and this one defines none"
                : from == DoseUnit.COLONY_FORMING_UNIT || to == DoseUnit.COLONY_FORMING_UNIT
                ? "colony forming units are counts and never convert to mass"
                : "the units measure different things";
        return new IncompatibleUnits(from, to, from.symbol() + " cannot be converted to " + to.symbol() + ": " + why);
    }

    public DoseUnit from() {
        return from;
    }

    public DoseUnit to() {
        return to;
    }
}
