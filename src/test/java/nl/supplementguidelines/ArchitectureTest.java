package nl.supplementguidelines;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules of the structure that Spring Modulith does not check ({@link ModularityTest} verifies the modules: no cycles,
 * faces only, web depending on no module, nutrients not knowing guidelines).
 */
class ArchitectureTest {

    /** The rows each module reads with its own row readers (the {@code @Repository} classes), as plain classes. */
    private static final List<String> ROWS = List.of("guideline.Guideline", "guideline.Recommendation", "guideline.GuidelineTranslation",
            "nutrient.Nutrient", "referencelevel.ReferenceLevel", "referencelevel.ReferenceLevelNote", "interaction.Interaction",
            "interaction.InteractionSource");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.supplementguidelines");
    }

    @Test
    void rowsAndRowReadersStayInsideTheirModule() {
        // Modules exchange ids and records: nothing outside a module's package can name its rows or what reads them.
        noClasses().that().areAnnotatedWith(Repository.class).or().haveSimpleNameEndingWith("Repository").or(rows())
                .should().bePublic()
                .check(classes);
    }

    @Test
    void theRowsAreThere() {
        // Not vacuous: each named row class exists (a rename would otherwise drop it from the rules unseen).
        ROWS.forEach(row -> classes.get("nl.supplementguidelines." + row));
    }

    @Test
    void controllersNeverSeeEntitiesOrRepositories() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat(rows())
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void onlyTheH2TriggersKnowH2() {
        // H2 is on the compile classpath for the triggers in ops alone; everything else must run on PostgreSQL as well.
        noClasses().that().resideOutsideOfPackage("nl.supplementguidelines.ops")
                .should().dependOnClassesThat().resideInAPackage("org.h2..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> rows() {
        return DescribedPredicate.describe("rows read by a module's row readers",
                javaClass -> ROWS.contains(javaClass.getName().replace("nl.supplementguidelines.", "")));
    }
}
