package nl.supplementguidelines.editing;

/** Twenty concurrent editors of one draft over real HTTP on H2. */
@EditingH2Test
class H2ConcurrentEditorsTest extends ConcurrentEditorsContract {
}
