/**
 * The nutrients. Other modules use {@link nl.supplementguidelines.nutrient.Nutrients} (find by name or ids) and
 * the records it hands out; the row class and its reader are package-private. Knows nothing of guidelines: they
 * answer {@link nl.supplementguidelines.nutrient.NutrientUsage} for it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"dose", "evidence", "language", "referencelevel", "web", "web :: problem"})
package nl.supplementguidelines.nutrient;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
