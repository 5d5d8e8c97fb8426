package nl.supplementguidelines.language;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A sentence of ours in both languages. Resources that do not vary by {@code Accept-Language} (and so can be
 * cached by URL alone) carry both; answers to checks carry the one the client asked for.
 */
@Schema(name = "LocalizedText", description = "The same explanation in Dutch and English")
public record Text(
        @Schema(description = "Dutch", example = "Geen vastgesteld in onze bronnen.") String nl,
        @Schema(description = "English", example = "None set in our sources.") String en) implements Localized {

    @Override
    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    public Text append(Text more) {
        return new Text(nl + " " + more.nl, en + " " + more.en);
    }
}
