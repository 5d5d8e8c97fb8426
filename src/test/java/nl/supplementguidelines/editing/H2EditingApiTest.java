package nl.supplementguidelines.editing;

/** Drafts, publication and versions over real HTTP on H2. */
@EditingH2Test
class H2EditingApiTest extends EditingApiContract {
}
