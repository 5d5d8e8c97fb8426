package nl.supplementguidelines.guideline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface GuidelineTranslationRepository extends JpaRepository<GuidelineTranslation, Long> {

    Optional<GuidelineTranslation> findByGuidelineIdAndLanguage(Long guidelineId, String language);
}
