package nl.supplementguidelines.language;

/**
 * A piece of text that reads differently per language (a nutrient's name, an amount written the Dutch or the English
 * way), given to {@link Wording} as an argument of a sentence.
 */
@FunctionalInterface
public interface Localized {

    String in(Language language);
}
