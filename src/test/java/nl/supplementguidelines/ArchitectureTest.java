package nl.supplementguidelines;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature structure the code relies on, kept by the build rather than by memory. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.supplementguidelines");
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("nl.supplementguidelines.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nutrientsDoNotKnowAboutGuidelines() {
        noClasses().that().resideInAPackage("..nutrient..")
                .should().dependOnClassesThat().resideInAPackage("..guideline..")
                .check(classes);
    }

    @Test
    void controllersNeverSeeEntitiesOrRepositories() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void onlyTheContentRevisionTriggerKnowsH2() {
        // H2 is on the compile classpath for that trigger alone; everything else must run on PostgreSQL as well.
        noClasses().that().doNotHaveFullyQualifiedName("nl.supplementguidelines.ops.H2ContentRevisionTrigger")
                .should().dependOnClassesThat().resideInAPackage("org.h2..")
                .check(classes);
    }

    @Test
    void theSharedWebLayerDependsOnNoFeature() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..guideline..", "..nutrient..", "..dose..", "..evidence..")
                .check(classes);
    }
}
