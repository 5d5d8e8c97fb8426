package nl.supplementguidelines.dose;

/**
 * Units a daily dose can be expressed in, with their UCUM codes (see {@code shared/reference/units.md}).
 * The enum name is what the database stores; the UCUM code is what the API exposes, because it is the
 * code other health systems understand.
 */
public enum DoseUnit {

    GRAM("g", "g", "gram"),
    MILLIGRAM("mg", "mg", "milligram"),
    MICROGRAM("ug", "µg", "microgram"),
    COLONY_FORMING_UNIT("{CFU}", "CFU", "colony forming units"),
    INTERNATIONAL_UNIT("[IU]", "IU", "international unit");

    private final String ucumCode;
    private final String symbol;
    private final String displayName;

    DoseUnit(String ucumCode, String symbol, String displayName) {
        this.ucumCode = ucumCode;
        this.symbol = symbol;
        this.displayName = displayName;
    }

    public String ucumCode() {
        return ucumCode;
    }

    public String symbol() {
        return symbol;
    }

    public String displayName() {
        return displayName;
    }
}
