package nl.supplementguidelines.guideline;

import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.guideline.GuidelineViews.Availability;
import nl.supplementguidelines.guideline.GuidelineViews.GuidelineDetails;
import nl.supplementguidelines.guideline.GuidelineViews.RelatedGuidelineView;
import nl.supplementguidelines.support.JdbcSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JdbcSliceTest
class GuidelineServiceTest {

    @Autowired
    GuidelineService service;

    @Test
    void reportsRelatedGuidelinesWeDoNotHaveAsNotYetAvailable() {
        GuidelineDetails leakyGut = service.get("leaky-gut", Language.NL).body();

        assertThat(leakyGut.relatedGuidelines())
                .extracting(RelatedGuidelineView::slug, RelatedGuidelineView::title, RelatedGuidelineView::availability, RelatedGuidelineView::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dysbiose", "Dysbiose", Availability.NOT_YET_AVAILABLE, null),
                        org.assertj.core.groups.Tuple.tuple("chronische-inflammatie", "Chronische inflammatie", Availability.NOT_YET_AVAILABLE, null));
    }

    @Test
    @Sql("/fixtures/dysbiose-guideline.sql")
    void resolvesARelatedGuidelineOnceItExistsWithoutTouchingTheLinkingGuideline() {
        GuidelineDetails leakyGut = service.get("leaky-gut", Language.NL).body();

        assertThat(leakyGut.relatedGuidelines().get(0).availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(leakyGut.relatedGuidelines().get(0).href()).isEqualTo("/api/v1/guidelines/dysbiose");
        assertThat(leakyGut.relatedGuidelines().get(1).availability()).isEqualTo(Availability.NOT_YET_AVAILABLE);
    }

    @Test
    void resolvesTheDoseFootnoteOfARecommendation() {
        var probiotics = service.recommendations("leaky-gut", Language.NL).body().items().get(0);

        assertThat(probiotics.doseFootnote().marker()).isEqualTo("*");
        assertThat(probiotics.doseFootnote().text()).startsWith("cfu = colony forming units");
        assertThat(service.recommendations("leaky-gut", Language.NL).body().items().get(1).doseFootnote()).isNull();
    }

    @Test
    void throwsNotFoundForAnUnknownSlug() {
        assertThatThrownBy(() -> service.get("unknown", Language.NL).body()).isInstanceOf(GuidelineNotFound.class)
                .hasMessage("There is no guideline with slug 'unknown'.");
        assertThatThrownBy(() -> service.recommendations("unknown", Language.NL).body()).isInstanceOf(GuidelineNotFound.class);
    }
}
