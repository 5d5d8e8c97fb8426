package nl.supplementguidelines.guideline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface GuidelineRepository extends JpaRepository<Guideline, Long>, JpaSpecificationExecutor<Guideline> {

    /** The version the public reads: the CURRENT one (a slug has at most one). */
    @Query("select g from Guideline g where g.slug = :slug and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT")
    Optional<Guideline> findBySlug(String slug);

    @Query("select g from Guideline g where g.slug in :slugs and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT")
    List<Guideline> findBySlugIn(Collection<String> slugs);

    /** Which of these slugs name a guideline we serve: used to resolve related-guideline references. */
    @Query("select g.slug from Guideline g where g.slug in :slugs and g.status = nl.supplementguidelines.guideline.GuidelineStatus.CURRENT")
    Set<String> findExistingSlugs(Collection<String> slugs);

    @Query("select g from Guideline g where g.slug = :slug and g.publication.version = :version")
    Optional<Guideline> findVersion(String slug, int version);

    /** The live version (CURRENT or WITHDRAWN), if the slug has been published. */
    @Query("select g from Guideline g where g.slug = :slug and g.status <> nl.supplementguidelines.guideline.GuidelineStatus.SUPERSEDED")
    Optional<Guideline> findLive(String slug);
}
