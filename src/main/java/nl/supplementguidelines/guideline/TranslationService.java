package nl.supplementguidelines.guideline;

import nl.supplementguidelines.audit.AuditTrail;
import nl.supplementguidelines.changes.ChangeFeed;
import nl.supplementguidelines.changes.ChangeType;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.web.security.Editor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Publishes the translation of a published version: checked against the version's structure, stored once, never
 * changed. Publishing the same texts again is a no-op (a retried PUT: no audit record, no feed event); other texts for a
 * published one are a 409.
 */
@Service
class TranslationService {

    /** Whether the PUT created the translation (201) or found it published already with the same texts (200). */
    enum Outcome {
        CREATED, UNCHANGED
    }

    private final GuidelineRows guidelines;
    private final TranslationRows translations;
    private final ObjectMapper objectMapper;
    private final AuditTrail audit;
    private final ChangeFeed changeFeed;
    private final Clock clock;

    TranslationService(GuidelineRows guidelines, TranslationRows translations, ObjectMapper objectMapper,
                       AuditTrail audit, ChangeFeed changeFeed) {
        this.guidelines = guidelines;
        this.translations = translations;
        this.objectMapper = objectMapper;
        this.audit = audit;
        this.changeFeed = changeFeed;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Outcome publish(String slug, int versionNumber, String languageTag, TranslationTexts texts, Editor editor) {
        TranslationErrors parameters = new TranslationErrors();
        Optional<Language> language = TranslationLanguages.parse(languageTag, parameters);
        parameters.throwIfAnyParameter();
        Guideline version = guidelines.getVersion(slug, versionNumber);
        TranslationErrors errors = new TranslationErrors();
        TranslationStructure.check(texts, version, errors);
        errors.throwIfAny();

        String tag = language.orElseThrow().tag();
        String document = stored(texts);
        Optional<GuidelineTranslation> existing = translations.find(version.getId(), tag);
        if (existing.isPresent()) {
            if (sameTexts(existing.get().texts(), document)) {
                return Outcome.UNCHANGED;
            }
            throw new TranslationExists(slug, versionNumber, tag);
        }
        try {
            translations.insert(new GuidelineTranslation(version.getId(), tag, document, Instant.now(clock), editor.subject()));
        } catch (DataIntegrityViolationException concurrent) {
            // Another PUT published this translation between the read above and this insert. This transaction is spoilt
            // (PostgreSQL aborts it), so the caller asks again in a new one, which compares with what the other published.
            throw new LostRace(concurrent);
        }
        // In this transaction: the audit record, and the feed event as its last write (appended at commit).
        audit.record(editor, "translation.publish", slug, versionNumber, "version " + versionNumber + " without '" + tag + "'",
                "version " + versionNumber + " in '" + tag + "': " + texts.title());
        changeFeed.appendAtCommit(ChangeType.TRANSLATION_PUBLISHED, slug, versionNumber, tag, null);
        return Outcome.CREATED;
    }

    /** A concurrent PUT inserted the same translation first; {@link #publish} again answers as for a retry. */
    static final class LostRace extends RuntimeException {
        LostRace(Throwable cause) {
            super("a concurrent PUT published the translation first", cause);
        }
    }

    /** The texts as stored: the document without the (empty) collector of unknown members. */
    private String stored(TranslationTexts texts) {
        JsonNode tree = objectMapper.valueToTree(texts);
        strip(tree);
        return objectMapper.writeValueAsString(tree);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("unknown");
        }
        node.forEach(TranslationService::strip);
    }

    private boolean sameTexts(String stored, String given) {
        JsonNode a = objectMapper.readTree(stored);
        JsonNode b = objectMapper.readTree(given);
        return a.equals(b);
    }

}
