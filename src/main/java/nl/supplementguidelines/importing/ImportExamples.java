package nl.supplementguidelines.importing;

/** The OpenAPI document's example sheet: two rows of the leaky-gut sheet, with its layout. */
final class ImportExamples {

    static final String SHEET = """
            Suppletierichtlijn Leaky gut
            Bij een leaky gut (lekkende darm) is er sprake van een verhoogde intestinale permeabiliteit.
            Suppletie heeft als doel de inflammatie in het maagdarmkanaal te remmen.

            Nutriënten Richtlijn voor
            dagdosering
            Bewijskracht
            Probiotica: multi-strain, multi-species
            Herstelt butyraatproducerende bacteriën
            Minimaal 1x109 cfu* ● ●
            Zink
            Moduleert tight junctions
            15-20 mg ● ●
            *  cfu = colony forming units / kolonievormende eenheden (kve).
            """;

    private ImportExamples() {
    }
}
