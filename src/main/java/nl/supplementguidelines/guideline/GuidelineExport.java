package nl.supplementguidelines.guideline;

import nl.supplementguidelines.dose.DoseView;
import nl.supplementguidelines.evidence.EvidenceLevelView;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.RecommendationView;
import nl.supplementguidelines.nutrient.NutrientInfo;
import nl.supplementguidelines.nutrient.NutrientReference;
import nl.supplementguidelines.nutrient.Nutrients;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The guideline module's face for the bulk export: published versions a batch at a time in id order (keyset paging),
 * each as exactly the representation of {@code GET /guidelines/{slug}/versions/{n}} in Dutch (the same mapper, so the
 * two cannot drift) with its table as rows. The caller owns the transaction that makes the batches one snapshot.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineExport {

    /** Which versions: the CURRENT ones (what the list serves: no withdrawn guideline), or every published version. */
    public enum Scope { LATEST, ALL }

    /**
     * One published version.
     *
     * @param id             the row's id: the keyset of the next batch
     * @param status         CURRENT, SUPERSEDED or WITHDRAWN (as the version history says)
     * @param representation what the version endpoint serialises
     */
    public record ExportedVersion(long id, String slug, int version, String status, String sourceTitle, Object representation,
            List<ExportedRecommendation> recommendations) {
    }

    /** One row of a version's table, taken from the same representation. */
    public record ExportedRecommendation(int position, NutrientReference nutrient, @Nullable String qualifier, DoseView dose,
            EvidenceLevelView evidence, @Nullable String footnoteMarker, @Nullable String footnoteText) {
    }

    private final GuidelineRows guidelines;
    private final JdbcClient jdbc;
    private final Nutrients nutrients;

    GuidelineExport(GuidelineRows guidelines, JdbcClient jdbc, Nutrients nutrients) {
        this.guidelines = guidelines;
        this.jdbc = jdbc;
        this.nutrients = nutrients;
    }

    /**
     * Up to {@code limit} versions with an id above {@code afterId}, in id order (oldest publication first). Nothing is
     * kept once the batch is mapped, so a long export holds no more than one batch of rows.
     */
    public List<ExportedVersion> batch(Scope scope, long afterId, int limit) {
        List<Guideline> versions = guidelines.afterId(afterId, scope == Scope.LATEST, limit);
        Map<Long, NutrientInfo> byId = nutrients.byIds(versions.stream().flatMap(g -> Stream.concat(
                g.getRecommendations().stream().map(Recommendation::getNutrientId),
                g.getAttentionPoints().stream().map(AttentionPoint::getNutrientId).filter(Objects::nonNull))).distinct().toList());
        return versions.stream().map(g -> toExported(g, byId)).toList();
    }

    /** When what the export holds last changed: the latest publication or withdrawal; null when nothing is published. */
    public @Nullable Instant lastChange() {
        return jdbc.sql("select max(published_at) as published_at, max(withdrawn_at) as withdrawn_at from guideline").query(rs -> {
            rs.next();
            Instant published = GuidelineColumns.nullableInstant(rs, "published_at");
            Instant withdrawn = GuidelineColumns.nullableInstant(rs, "withdrawn_at");
            return published == null || (withdrawn != null && withdrawn.isAfter(published)) ? withdrawn : published;
        });
    }

    private static ExportedVersion toExported(Guideline guideline, Map<Long, NutrientInfo> nutrients) {
        GuidelineDetails details = GuidelineMapper.toDetails(guideline, null, null, nutrients, Translated.ORIGINAL);
        List<ExportedRecommendation> rows = details.recommendations().stream().map(GuidelineExport::toRow).toList();
        return new ExportedVersion(guideline.getId(), guideline.getSlug(), guideline.getPublication().version(), guideline.getStatus().name(),
                details.source().title(), details, rows);
    }

    private static ExportedRecommendation toRow(RecommendationView view) {
        return new ExportedRecommendation(view.position(), view.nutrient(), view.qualifier(), view.dailyDose(), view.evidence(),
                view.doseFootnote() == null ? null : view.doseFootnote().marker(), view.doseFootnote() == null ? null : view.doseFootnote().text());
    }
}
