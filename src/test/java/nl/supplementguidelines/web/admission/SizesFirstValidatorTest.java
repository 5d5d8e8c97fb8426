package nl.supplementguidelines.web.admission;

import jakarta.validation.Valid;
import jakarta.validation.valueextraction.Unwrapping;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.supplementguidelines.web.BodyValidation.Sizes;
import nl.supplementguidelines.web.BodyValidation.SizesFirst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SizesFirstValidatorTest {

    record Item(@NotBlank String name, @Positive BigDecimal amount) {
    }

    record Body(@NotNull(groups = Sizes.class) @Size(min = 1, max = 3, groups = Sizes.class) List<@NotBlank @Size(max = 5) String> names,
                @NotNull(groups = Sizes.class) @Size(max = 2, groups = Sizes.class) List<@NotNull @Valid Item> items,
                @Size(max = 4) String note) {
    }

    record Part(@Size(max = 1, groups = Sizes.class) List<String> effects) {
    }

    record Document(@Size(max = 2, groups = Sizes.class) List<@Valid Part> parts) {
    }

    record Tree(@Size(max = 1, groups = Sizes.class) List<@Valid Tree> children) {
    }

    record Legacy(@Size(max = 1, groups = Sizes.class) List<String> names, @Valid List<Part> parts) {
    }

    static class Open {
        @NotBlank
        String name = "x";
    }

    record Holder(@Size(max = 1, groups = Sizes.class) List<String> names, @Valid Open open) {
    }

    record SizedText(@Size(max = 2, groups = Sizes.class) String name) {
    }

    record OtherSizeConstraint(@NotEmpty(groups = Sizes.class) List<String> names) {
    }

    record Unwrapped(@Size(max = 5, groups = Sizes.class, payload = Unwrapping.Unwrap.class) List<String> names) {
    }

    record SizedByGetter(List<String> names) {
        @Size(max = 1, groups = Sizes.class)
        public List<String> getNames() {
            return names;
        }
    }

    record SizedElements(List<@Size(max = 2, groups = Sizes.class) String> names) {
    }

    private static LocalValidatorFactoryBean factory;
    private static SizesFirstValidator sizesFirst;

    @BeforeAll
    static void validators() {
        factory = new LocalValidatorFactoryBean();
        factory.afterPropertiesSet();
        sizesFirst = new SizesFirstValidator(factory, factory.getValidator());
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void givesTheGroupSequencesErrorsForBodiesRightAndWrong() {
        Item good = new Item("zinc", BigDecimal.TEN);
        List<Body> bodies = List.of(
                new Body(List.of("a"), List.of(good), null),
                new Body(List.of("a", "b"), List.of(), "long note"),
                new Body(List.of(" ", "toolong"), List.of(new Item("", BigDecimal.ONE.negate())), null),
                new Body(List.of("a", "b", "c", "d"), List.of(new Item("", BigDecimal.ZERO)), "long note"),
                new Body(null, List.of(good), null),
                new Body(List.of(), null, null),
                new Body(List.of("a"), Arrays.asList(good, null), null),
                new Body(List.of("a"), List.of(good, good, good), null),
                new Body(Collections.nCopies(4, " "), List.of(good), "long note"));
        for (Body body : bodies) {
            assertThat(errors(sizesFirst, body)).as("%s", body).isEqualTo(errors(factory, body));
        }
        // The walk is really saved where the sizes hold, and left to the sequence where they do not.
        assertThat(bodies).filteredOn(sizesFirst::sizesHold).hasSize(4);
        assertThat(errors(sizesFirst, bodies.get(0))).isEmpty();
        assertThat(errors(sizesFirst, bodies.get(2))).extracting(error -> error.split(" ")[0])
                .containsExactlyInAnyOrder("names[0]", "names[1]", "items[0].name", "items[0].amount");
        assertThat(errors(sizesFirst, bodies.get(3))).containsExactlyInAnyOrderElementsOf(errors(factory, bodies.get(3)))
                .hasSize(1).first().asString().startsWith("names ");
    }

    @Test
    void keepsTheSequenceWhereSizesAreFoundBelowTheBodysOwnProperties() {
        jakarta.validation.Validator validator = factory.getValidator();
        assertThat(SizesFirstValidator.ownListSizes(validator, Body.class)).hasValueSatisfying(sizes -> assertThat(sizes)
                .extracting(size -> size.field().getName() + " " + size.required() + " " + size.min() + "-" + size.max())
                .containsExactlyInAnyOrder("names true 1-3", "items true 0-2"));
        assertThat(SizesFirstValidator.ownListSizes(validator, Item.class)).contains(List.of());
        for (Class<?> type : List.of(Document.class, Tree.class, Legacy.class, Holder.class, SizedElements.class,
                SizedText.class, OtherSizeConstraint.class, Open.class, Unwrapped.class, SizedByGetter.class)) {
            assertThat(SizesFirstValidator.ownListSizes(validator, type)).as("%s", type.getSimpleName()).isEmpty();
        }
        Document document = new Document(List.of(new Part(List.of("a", "b"))));
        assertThat(sizesFirst.sizesHold(document)).isFalse();
        assertThat(errors(sizesFirst, document)).isEqualTo(errors(factory, document)).hasSize(1);
    }

    @Test
    void theChecksBodiesAreValidatedInOneWalkAndGuidelineDocumentsByTheSequence() throws ClassNotFoundException {
        jakarta.validation.Validator validator = factory.getValidator();
        for (String body : List.of("dosecheck.DoseCheckRequest", "regimen.RegimenRequest")) {
            assertThat(SizesFirstValidator.ownListSizes(validator, Class.forName("nl.supplementguidelines." + body)))
                    .as(body).isPresent();
        }
        for (String body : List.of("guideline.GuidelineDocument", "guideline.TranslationTexts", "interaction.InteractionCheckRequest")) {
            assertThat(SizesFirstValidator.ownListSizes(validator, Class.forName("nl.supplementguidelines." + body)))
                    .as(body).isEmpty();
        }
    }

    /** Each field error as text: field, code, message and rejected value, in a stable order. */
    private static List<String> errors(SmartValidator validator, Object body) {
        Errors errors = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, errors, SizesFirst.class);
        assertThat(errors.getGlobalErrors()).isEmpty();
        List<String> texts = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            texts.add(error.getField() + " " + error.getCode() + " " + error.getDefaultMessage() + " " + error.getRejectedValue()
                    + " " + Set.of(error.getCodes()).stream().sorted().collect(Collectors.joining(",")));
        }
        Collections.sort(texts);
        return texts;
    }
}
