package dev.tvegate.sandbox;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/** The dependency rule of STYLE.md: domain ← application ← adapters/config, and nothing framework-ish inside. */
class ArchitectureTest {

    private static final String BASE = "dev.tvegate.sandbox";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void hexagonalLayersDependInward() {
        onionArchitecture()
                .domainModels(BASE + ".domain.model..")
                .domainServices(BASE + ".domain.service..")
                .applicationServices(BASE + ".application..")
                .adapter("rest", BASE + ".adapter.in.rest..")
                .adapter("web", BASE + ".adapter.in.web..")
                .adapter("health", BASE + ".adapter.in.health..")
                .adapter("memory", BASE + ".adapter.out.memory..")
                .adapter("file", BASE + ".adapter.out.file..")
                .adapter("jose", BASE + ".adapter.out.jose..")
                .ignoreDependency(DescribedPredicate.describe("config",
                        c -> c.getPackageName().startsWith(BASE + ".config")), DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void domainUsesOnlyTheJdkAndTheKernel() {
        classes().that().resideInAPackage(BASE + ".domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.tvegate.kernel..", BASE + ".domain..")
                .check(CLASSES);
    }

    @Test
    void applicationUsesNoFramework() {
        noClasses().that().resideInAPackage(BASE + ".application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..", "org.eclipse.microprofile..",
                        "io.smallrye..", "com.fasterxml..", "org.jose4j..", "org.jboss..", BASE + ".adapter..",
                        BASE + ".config..")
                .check(CLASSES);
    }

    @Test
    void outboundPortsAreInterfaces() {
        classes().that().resideInAPackage(BASE + ".application.port.out..")
                .should().beInterfaces()
                .check(CLASSES);
    }

    @Test
    void onlyTheControlAdapterAndTheWiringReadConfiguration() {
        noClasses().that().resideOutsideOfPackages(BASE + ".config..", BASE + ".adapter.in.rest.control..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".config..")
                .check(CLASSES);
    }
}
