package nl.supplementguidelines.guideline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

interface GuidelineRepository extends JpaRepository<Guideline, Long>, JpaSpecificationExecutor<Guideline> {

    Optional<Guideline> findBySlug(String slug);

    List<Guideline> findBySlugIn(Collection<String> slugs);

    /** Which of these slugs name a guideline we have: used to resolve related-guideline references. */
    @Query("select g.slug from Guideline g where g.slug in :slugs")
    Set<String> findExistingSlugs(Collection<String> slugs);
}
