package nl.supplementguidelines.referencelevel;

import nl.supplementguidelines.dose.Amount;
import nl.supplementguidelines.dose.DoseFormatter;
import nl.supplementguidelines.dose.DoseRange;
import nl.supplementguidelines.language.Language;
import nl.supplementguidelines.language.Localized;
import nl.supplementguidelines.language.Text;
import nl.supplementguidelines.language.Wording;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the words of level verdicts from the message bundles: once in the language asked for (checks), or in both
 * for the resources that serve both (a guideline's doses).
 */
@Component
public class LevelWording {

    private final Wording wording;

    LevelWording(Wording wording) {
        this.wording = wording;
    }

    /** The verdict explained in one language. {@code subject} names what was compared ("The intake (30 mg)"). */
    public LevelCheckResult result(LevelsVerdict verdict, Localized subject, Language language) {
        return new LevelCheckResult(verdict.status(), verdict.passes(), summary(verdict, language),
                verdict.comparisons().stream().map(c -> new LevelCheckResult.Comparison(c.level().view(), c.verdict(), c.passes(),
                        c.unit().ucumCode(), c.unit().symbol(), c.minimum(), c.maximum(), c.levelAmount(),
                        c.maximumPercent() != null ? c.maximumPercent() : c.minimumPercent(), explanation(c, subject, language))).toList(),
                verdict.notes());
    }

    /** The verdict explained in Dutch and English. */
    public LevelCheck both(LevelsVerdict verdict, Localized subject) {
        return new LevelCheck(verdict.status(), verdict.passes(), new Text(summary(verdict, Language.NL), summary(verdict, Language.EN)),
                verdict.comparisons().stream().map(c -> new LevelComparison(c.level().view(), c.verdict(), c.passes(), c.unit().ucumCode(),
                        c.unit().symbol(), c.minimum(), c.maximum(), c.levelAmount(), c.minimumPercent(), c.maximumPercent(),
                        new Text(explanation(c, subject, Language.NL), explanation(c, subject, Language.EN)))).toList(),
                verdict.notes());
    }

    /** The levels of a nutrient as the nutrient resource shows them. */
    public NutrientLevels view(Levels levels) {
        List<ReferenceLevelView> views = levels.levels().stream().map(Level::view).toList();
        if (views.isEmpty()) {
            return new NutrientLevels(NutrientLevels.Status.NONE_SET_IN_OUR_SOURCES, wording.both("levels.noneSet"), views, levels.notes());
        }
        return new NutrientLevels(NutrientLevels.Status.SET, wording.both("levels.set", views.size()), views, levels.notes());
    }

    /** "The dose of guideline Leaky gut (15-30 g)": what a guideline's dose check is about. */
    Localized guidelineDoseSubject(String guidelineTitle, DoseRange dose) {
        return language -> wording.in(language, "levels.subject.guidelineDose", guidelineTitle, dose.sourceText());
    }

    /** Said once wherever a UL is compared: the UL is about total intake, not only the supplement. */
    public String ulCoversAllSources(Language language) {
        return wording.in(language, "levels.ulCoversAllSources");
    }

    private String summary(LevelsVerdict verdict, Language language) {
        String summary = switch (verdict.status()) {
            case NONE_SET_IN_OUR_SOURCES -> wording.in(language, "levels.noneSet");
            case EXCEEDS_A_REFERENCE_LEVEL -> exceeds(verdict, language);
            case NOT_COMPARABLE -> wording.in(language, "levels.notComparable");
            case NO_MAXIMUM_TO_COMPARE -> wording.in(language, "levels.noMaximum");
            case WITHIN_REFERENCE_LEVELS -> wording.in(language, "levels.within");
        };
        return verdict.comparesUl() ? summary + " " + ulCoversAllSources(language) : summary;
    }

    // Names the levels exceeded: a level for children says nothing about an adult, so the reader must see whose it is.
    private String exceeds(LevelsVerdict verdict, Language language) {
        List<String> exceeded = verdict.comparisons().stream().filter(LevelVerdict::exceeds)
                .map(c -> wording.in(language, "levels.exceeded", c.level().kind(), c.level().amountText(), c.level().bodyName(), c.level().population()))
                .toList();
        String key = exceeded.size() < verdict.comparisons().size() ? "levels.exceeds.some" : "levels.exceeds.all";
        return wording.in(language, key, exceeded.size(), String.join("; ", exceeded));
    }

    private String explanation(LevelVerdict comparison, Localized subject, Language language) {
        Level level = comparison.level();
        String levelText = wording.in(language, "levels.level", level.kind(), level.kind().fullName(), level.amountText(), level.bodyName(),
                level.population(), level.citation());
        String words = switch (comparison.verdict()) {
            case NOT_COMPARABLE -> null;
            case ABOVE -> wording.in(language, comparison.fixed() ? "levels.verdict.ABOVE.fixed" : "levels.verdict.ABOVE.range");
            case OPEN_ENDED -> wording.in(language, "levels.verdict.OPEN_ENDED", amount(comparison.minimum(), comparison), comparison.minimumPercent());
            case PARTLY_ABOVE -> wording.in(language, "levels.verdict.PARTLY_ABOVE", amount(comparison.maximum(), comparison));
            case AT_OR_BELOW -> wording.in(language, comparison.fixed() ? "levels.verdict.AT_OR_BELOW.fixed" : "levels.verdict.AT_OR_BELOW.range");
        };
        if (words == null) {
            return wording.in(language, "levels.notComparableWith", subject, levelText, comparison.incompatibility());
        }
        return wording.in(language, "levels.comparison", subject, words, levelText);
    }

    private static Localized amount(BigDecimal value, LevelVerdict comparison) {
        return language -> DoseFormatter.format(new Amount(value, comparison.unit()), language);
    }
}
