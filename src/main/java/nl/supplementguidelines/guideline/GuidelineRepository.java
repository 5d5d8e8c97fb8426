package nl.supplementguidelines.guideline;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every row is one published version. Published content is read through the CURRENT row of a slug only; the other
 * versions only through {@link #findVersion} and {@link #findBySlug(String, Pageable)} (the version history).
 */
interface GuidelineRepository extends JpaRepository<Guideline, Long>, JpaSpecificationExecutor<Guideline> {

    /**
     * The live version of a slug: CURRENT, or WITHDRAWN when the guideline was withdrawn (at most one, V9). With its
     * recommendations in the same statement (the one collection fetched by join; its other parts come in one more).
     */
    @Query("select g from Guideline g left join fetch g.recommendations where g.slug = :slug and g.status <> nl.supplementguidelines.guideline.GuidelineStatus.SUPERSEDED")
    Optional<Guideline> findLive(String slug);

    @Query("select g from Guideline g where g.slug in :slugs and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT")
    List<Guideline> findCurrentBySlugIn(Collection<String> slugs);

    /** One published version, whatever its status, with its recommendations (as {@link #findLive}). */
    @Query("select g from Guideline g left join fetch g.recommendations where g.slug = :slug and g.publication.version = :version")
    Optional<Guideline> findVersion(String slug, int version);

    /**
     * The version, or the one 404 of a version by number: the guideline's when the slug has no published version
     * (only a draft, or nothing), else the version's.
     */
    default Guideline getVersion(String slug, int version) {
        return findVersion(slug, version).orElseThrow(() -> findPublishedSlugs(java.util.List.of(slug)).isEmpty()
                ? GuidelineNotFound.forSlug(slug) : GuidelineNotFound.forVersion(slug, version));
    }

    /** The versions of a slug, a page at a time (the caller sorts). */
    Page<Guideline> findBySlug(String slug, Pageable pageable);

    /** Which of these slugs name a guideline the public can read (CURRENT): used to resolve related-guideline references. */
    @Query("select g.slug from Guideline g where g.slug in :slugs and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT")
    Set<String> findCurrentSlugs(Collection<String> slugs);

    /** Every published version as slug, number and status: the index of what refs can name (three columns a row). */
    @Query("select g.slug, g.publication.version, g.status from Guideline g")
    List<Object[]> findAllVersionKeys();

    /** Which of these slugs have any published version: tells an unknown slug from a withdrawn one or an unknown version. */
    @Query("select distinct g.slug from Guideline g where g.slug in :slugs")
    Set<String> findPublishedSlugs(Collection<String> slugs);
}
