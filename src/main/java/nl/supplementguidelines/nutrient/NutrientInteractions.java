package nl.supplementguidelines.nutrient;

/**
 * Whether medicine interactions of a nutrient are known. Implemented by the interaction feature, which depends
 * on nutrients, so that this feature does not depend on it.
 */
public interface NutrientInteractions {

    InteractionSummary summaryOf(NutrientInfo nutrient);
}
