package nl.supplementguidelines.language;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Locale;

/**
 * The language of the explanations the API writes (dose verdicts, reference-level comparisons). Dutch by
 * default, like the guideline content; English when the client asks for it with {@code Accept-Language}.
 * Source texts (guideline wording, reference citations, interaction rows) are always served as the source
 * words them.
 */
public enum Language {

    NL("nl"),
    EN("en");

    private static final List<String> SUPPORTED = List.of("nl", "en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The best supported language for an {@code Accept-Language} header; Dutch when it names neither or is malformed. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NL;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
            return "en".equals(best) ? EN : NL;
        } catch (IllegalArgumentException malformed) {
            return NL;
        }
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
