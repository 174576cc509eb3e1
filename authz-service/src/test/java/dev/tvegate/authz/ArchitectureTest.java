package dev.tvegate.authz;

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

    private static final String BASE = "dev.tvegate.authz";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void hexagonalLayersDependInward() {
        onionArchitecture()
                .domainModels(BASE + ".domain.model..")
                .domainServices(BASE + ".domain..")
                .applicationServices(BASE + ".application..")
                .adapter("rest", BASE + ".adapter.in..")
                .adapter("redis", BASE + ".adapter.out.redis..")
                .adapter("registration", BASE + ".adapter.out.registration..")
                .adapter("authn", BASE + ".adapter.out.authn..")
                .adapter("mvpd", BASE + ".adapter.out.mvpd..")
                .adapter("signing", BASE + ".adapter.out.signing..")
                .withOptionalLayers(true)
                .ignoreDependency(DescribedPredicate.describe("config",
                        c -> c.getPackageName().startsWith(BASE + ".config")), DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void domainUsesOnlyTheJdkAndTheKernel() {
        classes().that().resideInAPackage(BASE + ".domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.w3c.dom..", "dev.tvegate.kernel..", BASE + ".domain..")
                .check(CLASSES);
    }

    @Test
    void applicationUsesNoFrameworkButMutiny() {
        // service-support (dev.tvegate.support) is edge code: adapters and config only
        noClasses().that().resideInAPackage(BASE + ".application..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..", "org.eclipse.microprofile..",
                        "io.smallrye.jwt..", "io.smallrye.faulttolerance..", "com.fasterxml..", "dev.tvegate.support..",
                        BASE + ".adapter..",
                        BASE + ".config..")
                .check(CLASSES);
    }

    @Test
    void portsAreInterfaces() {
        // nested records of a port (its request/result types) are allowed
        classes().that().resideInAPackage(BASE + ".application.port.out..").and().areTopLevelClasses()
                .should().beInterfaces()
                .check(CLASSES);
    }
}
