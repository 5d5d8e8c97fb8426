package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.Nutrients;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.supplementguidelines.language.Language;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The guideline module's face for editing: the published versions of a guideline as documents, and the writes that
 * move them (a new version, the previous one superseded; a withdrawal). The caller owns the transaction of a write
 * (publication runs in the editing module's transaction with the draft's deletion), so the writes require one.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineVersions {

    /** The version of a slug that is live (CURRENT or WITHDRAWN) and the highest version number it has; when it was withdrawn. */
    public record LiveVersion(String slug, int version, boolean withdrawn, String title, @Nullable Instant withdrawnAt) {
    }

    /** A published version as an index entry; {@code status} is CURRENT, SUPERSEDED or WITHDRAWN. */
    public record VersionEntry(String slug, int version, String status, Instant publishedAt) {
    }

    /**
     * Which versions a search wants: all of these that are given. {@code compactSlugPrefix} is the start of the slug
     * without its hyphens, in lower-case letters and digits ({@code leakyg} finds {@code leaky-gut}).
     */
    public record VersionQuery(@Nullable String slug, @Nullable Integer version, @Nullable String compactSlugPrefix, Set<String> statuses) {
        public VersionQuery {
            if (compactSlugPrefix != null && !compactSlugPrefix.matches("[a-z0-9]*")) {
                throw new IllegalArgumentException("a compact slug prefix has lower-case letters and digits only");
            }
            statuses = Set.copyOf(statuses);
            if (statuses.isEmpty() || !ALL_STATUSES.containsAll(statuses)) {
                throw new IllegalArgumentException("statuses must be some of " + ALL_STATUSES);
            }
        }
    }

    private static final Set<String> ALL_STATUSES = Set.of("CURRENT", "SUPERSEDED", "WITHDRAWN");

    private final GuidelineRows guidelines;
    private final GuidelineService service;
    private final Nutrients nutrients;
    private final VersionWriter writer;
    private final JdbcTemplate jdbc;

    private final VersionIndex index;

    GuidelineVersions(GuidelineRows guidelines, GuidelineService service, Nutrients nutrients, VersionWriter writer, JdbcTemplate jdbc,
            VersionIndex index) {
        this.index = index;
        this.guidelines = guidelines;
        this.service = service;
        this.nutrients = nutrients;
        this.writer = writer;
        this.jdbc = jdbc;
    }

    public Optional<LiveVersion> live(String slug) {
        return guidelines.findLive(slug).map(g -> new LiveVersion(g.getSlug(), g.getPublication().version(),
                g.getStatus() == GuidelineStatus.WITHDRAWN, g.getTitle(), g.getWithdrawal() == null ? null : g.getWithdrawal().at()));
    }

    /** The highest version number of the slug, 0 when it has none. */
    public int latestVersion(String slug) {
        Integer latest = jdbc.queryForObject("select max(version) from guideline where slug = ?", Integer.class, slug);
        return latest == null ? 0 : latest;
    }

    /**
     * The languages a version is translated into. A new version starts without translations (each was checked against
     * its own version's structure and texts), so publication tells which of these are to be redone.
     */
    public List<String> translationLanguages(String slug, int version) {
        return jdbc.queryForList("select t.language from guideline_translation t join guideline g on g.id = t.guideline_id "
                + "where g.slug = ? and g.version = ? order by t.language", String.class, slug, version);
    }

    /** A version as the document that would publish it again. */
    public Optional<GuidelineDocument> document(String slug, int version) {
        return guidelines.findVersion(slug, version).map(this::toDocument);
    }

    /** The published versions a query wants, by slug then number, at most {@code limit} from {@code offset}. */
    public List<VersionEntry> find(VersionQuery query, int offset, int limit) {
        return index.find(query, offset, limit);
    }

    /** How many published versions a query wants. */
    public long count(VersionQuery query) {
        return index.count(query);
    }

    /** One published version as an index entry, if the slug has it. */
    public Optional<VersionEntry> entry(String slug, int version) {
        List<VersionEntry> found = index.find(new VersionQuery(slug, version, null, ALL_STATUSES), 0, 1);
        return found.stream().findFirst();
    }

    /** When and why a version was withdrawn, if it is withdrawn (what a FHIR resource of a retired version says). */
    public record WithdrawalNote(Instant at, String reason) {
    }

    /** The withdrawal of a version, if it is WITHDRAWN. */
    public Optional<WithdrawalNote> withdrawal(String slug, int version) {
        return jdbc.query("select withdrawn_at, withdrawal_reason from guideline where slug = ? and version = ? and status = 'WITHDRAWN'",
                (rs, i) -> new WithdrawalNote(rs.getTimestamp(1).toInstant(), rs.getString(2)), slug, version).stream().findFirst();
    }

    /** When a version was published: the Last-Modified of what is derived from it alone (the diff of two versions). */
    public Optional<Instant> publishedAt(String slug, int version) {
        return guidelines.findVersion(slug, version).map(g -> g.getPublication().publishedAt());
    }

    /** The document of the live version, withdrawn or not: where a draft of an existing guideline starts. */
    public Optional<GuidelineDocument> liveDocument(String slug) {
        return guidelines.findLive(slug).map(this::toDocument);
    }

    /** What {@code GET /guidelines/{slug}} serializes (Dutch, the stored language): withdrawal compares its ETag. */
    public Object currentRepresentation(String slug) {
        return service.get(slug, Language.NL).body();
    }

    /**
     * Publishes the document as version {@code version} (the next number, which the caller checked). The version before
     * it is superseded by compare-and-set on the status the caller expects (CURRENT; WITHDRAWN only for a deliberate
     * reinstatement): false, and nothing written, when it is no longer so (a withdrawal or publication committed since
     * the caller looked). The document was validated.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publish(GuidelineDocument document, int version, boolean reinstates, String publishedBy, String changeNote, Instant at) {
        if (version > 1 && jdbc.update("update guideline set status = 'SUPERSEDED' where slug = ? and version = ? and status = ?",
                document.slug(), version - 1, (reinstates ? GuidelineStatus.WITHDRAWN : GuidelineStatus.CURRENT).name()) != 1) {
            return false;
        }
        Map<String, Long> ids = nutrients.all().stream().collect(Collectors.toMap(NutrientInfo::slug, NutrientInfo::id));
        writer.insert(document, version, publishedBy, changeNote, at, ids);
        return true;
    }

    /** Withdraws the CURRENT version {@code version}; false when it is not (any more) the CURRENT one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(String slug, int version, String by, String reason, Instant at) {
        return jdbc.update("update guideline set status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? "
                + "where slug = ? and version = ? and status = 'CURRENT'", at.atOffset(ZoneOffset.UTC), by, reason, slug, version) == 1;
    }

    private GuidelineDocument toDocument(Guideline guideline) {
        Stream<Long> ids = Stream.concat(guideline.getRecommendations().stream().map(Recommendation::getNutrientId),
                guideline.getAttentionPoints().stream().map(AttentionPoint::getNutrientId).filter(Objects::nonNull));
        List<Long> all = ids.toList();
        Map<Long, NutrientInfo> byId = nutrients.byIds((Collection<Long>) all);
        return GuidelineDocuments.of(guideline, byId);
    }
}
