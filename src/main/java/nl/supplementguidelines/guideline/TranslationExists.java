package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.ProblemException;
import nl.supplementguidelines.web.problem.ProblemType;

import java.util.Map;

/** The version has a published translation into the language with other texts: translations never change. 409. */
class TranslationExists extends ProblemException {

    TranslationExists(String slug, int version, String language) {
        super(ProblemType.TRANSLATION_EXISTS, "Version " + version + " of '" + slug + "' already has a published translation into '" + language
                + "' with other texts; a published translation never changes.", Map.of("translation", GuidelineViews.versionHrefOf(slug, version)));
    }
}
