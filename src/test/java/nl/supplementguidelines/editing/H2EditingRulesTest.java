package nl.supplementguidelines.editing;

/** The rules of an edit over real HTTP on H2. */
@EditingH2Test
class H2EditingRulesTest extends EditingRulesContract {
}
