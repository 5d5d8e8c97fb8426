package nl.supplementguidelines.guideline;

import nl.supplementguidelines.guideline.GuidelineViews.Availability;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.RelatedGuidelineView;
import nl.supplementguidelines.language.Wording;
import nl.supplementguidelines.nutrient.Nutrients;
import nl.supplementguidelines.referencelevel.LevelWording;
import nl.supplementguidelines.referencelevel.ReferenceLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({GuidelineService.class, Nutrients.class, ReferenceLevels.class, LevelWording.class, Wording.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class GuidelineServiceTest {

    @Autowired
    GuidelineService service;

    @Test
    void reportsRelatedGuidelinesWeDoNotHaveAsNotYetAvailable() {
        GuidelineDetails leakyGut = service.get("leaky-gut");

        assertThat(leakyGut.relatedGuidelines())
                .extracting(RelatedGuidelineView::slug, RelatedGuidelineView::title, RelatedGuidelineView::availability, RelatedGuidelineView::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dysbiose", "Dysbiose", Availability.NOT_YET_AVAILABLE, null),
                        org.assertj.core.groups.Tuple.tuple("chronische-inflammatie", "Chronische inflammatie", Availability.NOT_YET_AVAILABLE, null));
    }

    @Test
    @Sql("/fixtures/dysbiose-guideline.sql")
    void resolvesARelatedGuidelineOnceItExistsWithoutTouchingTheLinkingGuideline() {
        GuidelineDetails leakyGut = service.get("leaky-gut");

        assertThat(leakyGut.relatedGuidelines().get(0).availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(leakyGut.relatedGuidelines().get(0).href()).isEqualTo("/api/v1/guidelines/dysbiose");
        assertThat(leakyGut.relatedGuidelines().get(1).availability()).isEqualTo(Availability.NOT_YET_AVAILABLE);
    }

    @Test
    void resolvesTheDoseFootnoteOfARecommendation() {
        var probiotics = service.recommendations("leaky-gut").items().get(0);

        assertThat(probiotics.doseFootnote().marker()).isEqualTo("*");
        assertThat(probiotics.doseFootnote().text()).startsWith("cfu = colony forming units");
        assertThat(service.recommendations("leaky-gut").items().get(1).doseFootnote()).isNull();
    }

    @Test
    void throwsNotFoundForAnUnknownSlug() {
        assertThatThrownBy(() -> service.get("unknown")).isInstanceOf(GuidelineNotFound.class)
                .hasMessage("There is no guideline with slug 'unknown'.");
        assertThatThrownBy(() -> service.recommendations("unknown")).isInstanceOf(GuidelineNotFound.class);
    }
}
