package nl.supplementguidelines.nutrient;

/** What kind of substance a nutrient is. */
public enum NutrientCategory {
    PROBIOTIC,
    PREBIOTIC,
    AMINO_ACID,
    PROTEIN,
    VITAMIN,
    MINERAL
}
