package nl.supplementguidelines.regimen;

/** How a regimen merges the doses of several guidelines: served with every regimen and in the API's documentation. */
final class MergeRules {

    static final String TEXT = "One line per nutrient. A nutrient in one guideline keeps that guideline's dose (SINGLE_SOURCE). "
            + "Doses of several guidelines are put in one common unit (the finest mass unit among them; IU converts to mass only with the "
            + "nutrient's factor) and merged to their overlap: the highest minimum and the lowest maximum, a missing bound leaving the other "
            + "side open (OVERLAP). Where the highest minimum exceeds the lowest maximum the doses cannot all be met: the line has no dose "
            + "and is flagged CONFLICT. Doses in units that do not convert (CFU against mass) are flagged INCOMPATIBLE_UNITS. Doses are not "
            + "added up: a nutrient taken once serves every guideline. The merged dose is checked against the reference levels; for a "
            + "CONFLICT the span from the lowest minimum to the highest maximum is checked, so that any of the sources' doses is covered. "
            + "Each source keeps its own evidence level; no combined evidence level is invented.";

    private MergeRules() {
    }
}
