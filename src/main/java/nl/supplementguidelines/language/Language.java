package nl.supplementguidelines.language;

import nl.supplementguidelines.web.AcceptLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;


/**
 * The language of the explanations the API writes (dose verdicts, reference-level comparisons). Dutch by
 * default, like the guideline content; English when the client asks for it with {@code Accept-Language}.
 * Source texts (guideline wording, reference citations, interaction rows) are always served as the source
 * words them.
 */
public enum Language {

    NL("nl"),
    EN("en");

    private static final Language[] VALUES = values();

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /**
     * The best supported language for an {@code Accept-Language} header; Dutch when it names neither or is malformed.
     * The negotiation is web/AcceptLanguage's, the one the HTTP cache keys answers by.
     */
    public static Language fromAcceptLanguage(@Nullable String header) {
        return ofTag(AcceptLanguage.negotiate(header));
    }

    /** The constant of a supported tag. */
    public static Language ofTag(String tag) {
        for (Language language : VALUES) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("not a supported language: " + tag);
    }

    /**
     * A 200 answer written in this language: says so in {@code Content-Language}, and tells caches that the answer
     * depends on {@code Accept-Language}.
     */
    public <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, tag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }

    /** Picks the text of this language. */
    public String pick(String dutch, String english) {
        return this == EN ? english : dutch;
    }
}
