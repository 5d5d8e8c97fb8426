package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every row is one published version. Published content is read through the live row of a slug only; the other
 * versions only through {@link #findVersion} and {@link #versions} (the version history). Each method reads the rows
 * in one statement; their collections follow on first use, a batch at a time ({@link GuidelineBatch}).
 */
@Repository
class GuidelineRows {

    private static final String SELECT = "select " + GuidelineColumns.GUIDELINE + " from guideline g";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    GuidelineRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The live version of a slug: CURRENT, or WITHDRAWN when the guideline was withdrawn (at most one, V9). With its
     * recommendations in the same statement (the one collection read by join; its other parts come in one more).
     */
    Optional<Guideline> findLive(String slug) {
        return withRecommendations(jdbc.sql(withRecommendationsSql("g.slug = :slug and g.status <> 'SUPERSEDED'")).param("slug", slug));
    }

    /** One published version, whatever its status, with its recommendations (as {@link #findLive}). */
    Optional<Guideline> findVersion(String slug, int version) {
        return withRecommendations(jdbc.sql(withRecommendationsSql("g.slug = :slug and g.version = :version"))
                .param("slug", slug).param("version", version));
    }

    /**
     * The version, or the one 404 of a version by number: the guideline's when the slug has no published version
     * (only a draft, or nothing), else the version's.
     */
    Guideline getVersion(String slug, int version) {
        return findVersion(slug, version).orElseThrow(() -> findPublishedSlugs(List.of(slug)).isEmpty()
                ? GuidelineNotFound.forSlug(slug) : GuidelineNotFound.forVersion(slug, version));
    }

    /** The CURRENT versions of these slugs. */
    List<Guideline> findCurrentBySlugIn(Collection<String> slugs) {
        return batch(jdbc.sql(SELECT + " where g.slug in (:slugs) and g.status = 'CURRENT'").param("slugs", slugs));
    }

    /** These rows, in no particular order; ids no row has are left out. */
    List<Guideline> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return batch(jdbc.sql(SELECT + " where g.id in (:ids)").param("ids", ids));
    }

    /** The versions of a slug, oldest first, a page at a time. */
    ResultPage<Guideline> versions(String slug, int page, int size) {
        List<Guideline> content = batch(jdbc.sql(SELECT + " where g.slug = :slug order by g.version limit :size offset :offset")
                .param("slug", slug).param("size", size).param("offset", (long) page * size));
        return ResultPage.of(page, size, content,
                () -> jdbc.sql("select count(*) from guideline g where g.slug = :slug").param("slug", slug).query(Long.class).single());
    }

    /**
     * A page of the CURRENT versions in title order (the slug breaks ties) that pass the filter; the filter's SQL
     * binds its values as parameters.
     */
    ResultPage<Guideline> current(RankedSearch.Filter filter, int page, int size) {
        String where = " where g.status = 'CURRENT'" + filter.sql();
        List<Guideline> content = batch(filter.bind(jdbc.sql(SELECT + where + " order by g.title, g.slug limit :size offset :offset"))
                .param("size", size).param("offset", (long) page * size));
        return ResultPage.of(page, size, content,
                () -> filter.bind(jdbc.sql("select count(*) from guideline g" + where)).query(Long.class).single());
    }

    /** Up to {@code limit} versions (only the CURRENT ones, or all) with an id above {@code afterId}, in id order. */
    List<Guideline> afterId(long afterId, boolean currentOnly, int limit) {
        return batch(jdbc.sql(SELECT + " where g.id > :after" + (currentOnly ? " and g.status = 'CURRENT'" : "") + " order by g.id limit :limit")
                .param("after", afterId).param("limit", limit));
    }

    /** Every published version as slug, number and status: the index of what refs can name (three columns a row). */
    List<VersionKey> findAllVersionKeys() {
        return jdbc.sql("select slug, version, status from guideline")
                .query((rs, rowNum) -> new VersionKey(rs.getString("slug"), rs.getInt("version"), GuidelineStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Which of these slugs have any published version: tells an unknown slug from a withdrawn one or an unknown version. */
    Set<String> findPublishedSlugs(Collection<String> slugs) {
        return new HashSet<>(jdbc.sql("select distinct slug from guideline where slug in (:slugs)").param("slugs", slugs).query(String.class).list());
    }

    /** A version's key. */
    record VersionKey(String slug, int version, GuidelineStatus status) {
    }

    private List<Guideline> batch(JdbcClient.StatementSpec statement) {
        return GuidelineBatch.of(jdbc, dataSource, statement.query((rs, rowNum) -> GuidelineColumns.guideline(rs)).list());
    }

    // Package-private for the test of a statement that is not unique after all.
    static String withRecommendationsSql(String where) {
        return "select " + GuidelineColumns.GUIDELINE + ", " + GuidelineColumns.RECOMMENDATION
                + " from guideline g left join recommendation r on r.guideline_id = g.id where " + where + " order by g.id, r.position";
    }

    /**
     * The one guideline the statement reads (slug and version, or the live one, are unique), with its recommendations.
     * Rows of a second guideline mean the uniqueness the schema promises broke: that fails, as Hibernate's non-unique
     * result did, rather than giving one guideline the other's recommendations.
     */
    Optional<Guideline> withRecommendations(JdbcClient.StatementSpec statement) {
        // An Optional, not null: JdbcClient refuses an extractor without a result.
        Optional<Guideline> guideline = statement.query(rs -> {
            @Nullable Guideline read = null;
            List<Recommendation> recommendations = new ArrayList<>();
            while (rs.next()) {
                if (read == null) {
                    read = GuidelineColumns.guideline(rs);
                } else if (rs.getLong("id") != read.getId()) {
                    throw new IncorrectResultSizeDataAccessException("more than one guideline where one was expected: "
                            + read.getSlug() + " version " + read.getPublication().version() + " and row " + rs.getLong("id"), 1);
                }
                rs.getLong("r_guideline_id");
                if (!rs.wasNull()) {
                    recommendations.add(GuidelineColumns.recommendation(rs, read));
                }
            }
            if (read != null) {
                read.setRecommendations(recommendations);
            }
            return Optional.ofNullable(read);
        });
        return guideline.map(read -> GuidelineBatch.of(jdbc, dataSource, List.of(read)).get(0));
    }
}
