package nl.supplementguidelines.dose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Units a daily dose can be expressed in, with their UCUM codes (see {@code shared/reference/units.md}).
 * The enum name is what the database stores; the UCUM code is what the API exposes, because it is the
 * code other health systems understand.
 */
public enum DoseUnit {

    GRAM("g", "g", "gram", Dimension.MASS, new BigDecimal("1000000")),
    MILLIGRAM("mg", "mg", "milligram", Dimension.MASS, new BigDecimal("1000")),
    MICROGRAM("ug", "µg", "microgram", Dimension.MASS, BigDecimal.ONE),
    COLONY_FORMING_UNIT("{CFU}", "CFU", "colony forming units", Dimension.COUNT, null),
    INTERNATIONAL_UNIT("[IU]", "IU", "international unit", Dimension.BIOLOGICAL_ACTIVITY, null);

    /**
     * What a unit measures. Only units of one dimension convert into each other, exactly; international
     * units convert to mass only through a factor of the substance (see {@link UnitConversion}).
     */
    public enum Dimension {
        MASS, COUNT, BIOLOGICAL_ACTIVITY
    }

    /**
     * Every spelling the API accepts, folded to lower case: UCUM codes, the symbols of the source documents
     * (µg as micro sign or Greek mu, mcg, ug) and the Dutch names (kve, IE).
     */
    private static final Map<String, DoseUnit> ALIASES = Map.ofEntries(
            Map.entry("g", GRAM), Map.entry("gr", GRAM), Map.entry("gram", GRAM), Map.entry("grams", GRAM),
            Map.entry("mg", MILLIGRAM), Map.entry("milligram", MILLIGRAM), Map.entry("milligrams", MILLIGRAM),
            Map.entry("ug", MICROGRAM), Map.entry("µg", MICROGRAM), Map.entry("μg", MICROGRAM), Map.entry("mcg", MICROGRAM),
            Map.entry("microgram", MICROGRAM), Map.entry("micrograms", MICROGRAM), Map.entry("microgram(s)", MICROGRAM),
            Map.entry("{cfu}", COLONY_FORMING_UNIT), Map.entry("cfu", COLONY_FORMING_UNIT), Map.entry("kve", COLONY_FORMING_UNIT),
            Map.entry("[iu]", INTERNATIONAL_UNIT), Map.entry("iu", INTERNATIONAL_UNIT), Map.entry("ie", INTERNATIONAL_UNIT),
            Map.entry("i.e.", INTERNATIONAL_UNIT), Map.entry("i.u.", INTERNATIONAL_UNIT));

    private final String ucumCode;
    private final String symbol;
    private final String displayName;
    private final Dimension dimension;
    private final BigDecimal micrograms;

    DoseUnit(String ucumCode, String symbol, String displayName, Dimension dimension, BigDecimal micrograms) {
        this.ucumCode = ucumCode;
        this.symbol = symbol;
        this.displayName = displayName;
        this.dimension = dimension;
        this.micrograms = micrograms;
    }

    /** The unit a text names, in any accepted spelling ({@code mcg}, {@code µg}, {@code ug}, {@code IE}, {@code kve}, ...). */
    public static Optional<DoseUnit> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALIASES.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many micrograms one of this unit is; only for mass units. */
    BigDecimal micrograms() {
        return micrograms;
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
