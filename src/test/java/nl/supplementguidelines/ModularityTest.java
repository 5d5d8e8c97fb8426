package nl.supplementguidelines;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure, verified by Spring Modulith: no cycles between modules, and a module reaches into another only
 * through its root package or a named interface it declares. Also writes the module documentation.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SupplementGuidelinesApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirFaces() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("guideline", "nutrient", "evidence", "referencelevel", "interaction", "dosecheck",
                        "regimen", "dose", "language", "resolve", "web");
    }

    @Test
    void theWebLayerDependsOnNoModuleAndNutrientsKnowNothingOfGuidelines() {
        // Declared in the package-infos (allowedDependencies) and enforced by verify(); checked here on the real graph.
        assertThat(MODULES.getModuleByName("web").orElseThrow().getDirectDependencies(MODULES).isEmpty()).isTrue();
        assertThat(MODULES.getModuleByName("nutrient").orElseThrow().getDirectDependencies(MODULES).containsModuleNamed("guideline"))
                .isFalse();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
    }
}
