package nl.supplementguidelines;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules of the structure that Spring Modulith does not check ({@link ModularityTest} verifies the modules: no cycles,
 * faces only, web depending on no module, nutrients not knowing guidelines).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.supplementguidelines");
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirModule() {
        // Modules exchange ids and records: nothing outside a module's package can name its entities or repositories.
        noClasses().that().areAnnotatedWith(Entity.class).or().haveSimpleNameEndingWith("Repository")
                .should().bePublic()
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
    void onlyTheH2TriggersKnowH2() {
        // H2 is on the compile classpath for the triggers in ops alone; everything else must run on PostgreSQL as well.
        noClasses().that().resideOutsideOfPackage("nl.supplementguidelines.ops")
                .should().dependOnClassesThat().resideInAPackage("org.h2..")
                .check(classes);
    }
}
