package dev.tvegate.sandbox;

import org.junit.jupiter.api.Test;

import dev.tvegate.testsupport.HexagonalArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. Stricter
 * than the Mutiny services: every layer exists, the application uses no SmallRye at all, ports nest no types.
 */
class ArchitectureTest {

    private static final HexagonalArchitecture ARCHITECTURE = HexagonalArchitecture.of("dev.tvegate.sandbox")
            .domainServices("domain.service..")
            .adapter("rest", "adapter.in.rest..")
            .adapter("web", "adapter.in.web..")
            .adapter("health", "adapter.in.health..")
            .adapter("memory", "adapter.out.memory..")
            .adapter("file", "adapter.out.file..")
            .adapter("jose", "adapter.out.jose..")
            .noOptionalLayers()
            .withoutMutiny()
            .applicationMayNotUse("org.jose4j..", "org.jboss..")
            .portsWithoutNestedTypes();

    @Test
    void hexagonalLayersDependInward() {
        ARCHITECTURE.layersDependInward().check(ARCHITECTURE.javaClasses());
    }

    @Test
    void domainUsesOnlyTheJdkAndTheKernel() {
        ARCHITECTURE.domainUsesOnlyTheJdkAndTheKernel().check(ARCHITECTURE.javaClasses());
    }

    @Test
    void applicationUsesNoFramework() {
        ARCHITECTURE.applicationUsesNoFramework().check(ARCHITECTURE.javaClasses());
    }

    @Test
    void outboundPortsAreInterfaces() {
        ARCHITECTURE.portsAreInterfaces().check(ARCHITECTURE.javaClasses());
    }

    @Test
    void onlyTheControlAdapterAndTheWiringReadConfiguration() {
        noClasses().that().resideOutsideOfPackages(ARCHITECTURE.pkg("config.."), ARCHITECTURE.pkg("adapter.in.rest.control.."))
                .should().dependOnClassesThat().resideInAPackage(ARCHITECTURE.pkg("config.."))
                .check(ARCHITECTURE.javaClasses());
    }
}
