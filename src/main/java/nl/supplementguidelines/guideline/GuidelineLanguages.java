package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineService.Served;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** How a guideline representation says what language it is in: Content-Language, and Vary for caches between. */
final class GuidelineLanguages {

    static final String ACCEPT_LANGUAGE_DESCRIPTION = "`en` for the version's English translation when it has one; Dutch (the original) otherwise";

    private GuidelineLanguages() {
    }

    static <T> ResponseEntity<T> answer(Served<T> served) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, served.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(served.body());
    }
}
