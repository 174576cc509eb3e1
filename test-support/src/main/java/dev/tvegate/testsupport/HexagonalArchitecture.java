package dev.tvegate.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/**
 * The dependency rule of STYLE.md for one service, {@code <base>.domain ← <base>.application ← <base>.adapter.*} and
 * {@code <base>.config}, with nothing framework-ish inside. Package arguments are relative to the base package
 * ({@code "adapter.out.redis.."}) and use ArchUnit's package syntax.
 *
 * <pre>
 * HexagonalArchitecture.of("dev.tvegate.drm")
 *         .adapter("rest", "adapter.in..")
 *         .adapter("redis", "adapter.out.redis..")
 *         .domainMayUse("javax.crypto..");
 * </pre>
 *
 * The default is the shape of the Mutiny services: domain services anywhere under {@code domain}, optional layers,
 * and an application layer that may use Mutiny but not Quarkus, Jakarta, Vert.x, MicroProfile, SmallRye JWT or
 * Jackson, nor the service's adapters and config. {@link HexagonalArchitectureTest} runs the four rules as JUnit
 * tests.
 */
public final class HexagonalArchitecture {

    /** What no application layer may depend on (besides its own service's adapters and config). */
    private static final List<String> FRAMEWORKS = List.of("io.quarkus..", "jakarta..", "io.vertx..",
            "org.eclipse.microprofile..");

    private final String base;
    private final Map<String, String> adapters = new LinkedHashMap<>();
    private final List<String> domainMayUse = new ArrayList<>();
    private final List<String> applicationMayNotUse = new ArrayList<>();
    private String domainServices = "domain..";
    private boolean optionalLayers = true;
    private boolean mutiny = true;
    private boolean portsMayNestTypes = true;
    private JavaClasses imported;

    private HexagonalArchitecture(String base) {
        this.base = base;
    }

    /** @param base the service's root package, e.g. {@code dev.tvegate.authz} */
    public static HexagonalArchitecture of(String base) {
        return new HexagonalArchitecture(base);
    }

    /** An adapter layer: {@code name} and its package relative to the base, e.g. {@code "adapter.out.redis.."}. */
    public HexagonalArchitecture adapter(String name, String relativePackage) {
        adapters.put(name, relativePackage);
        return this;
    }

    /** Packages the domain may use besides the JDK ({@code java..}), the kernel and itself, e.g. {@code javax.crypto..}. */
    public HexagonalArchitecture domainMayUse(String... packages) {
        domainMayUse.addAll(List.of(packages));
        return this;
    }

    /** Packages the application layer may not use, in addition to the common frameworks. */
    public HexagonalArchitecture applicationMayNotUse(String... packages) {
        applicationMayNotUse.addAll(List.of(packages));
        return this;
    }

    /** Domain services live in this package (relative), not anywhere under {@code domain}. */
    public HexagonalArchitecture domainServices(String relativePackage) {
        domainServices = relativePackage;
        return this;
    }

    /** Every layer and adapter must have classes. */
    public HexagonalArchitecture noOptionalLayers() {
        optionalLayers = false;
        return this;
    }

    /** The application layer may not use SmallRye at all, Mutiny included. */
    public HexagonalArchitecture withoutMutiny() {
        mutiny = false;
        return this;
    }

    /** Every class of {@code application.port.out}, nested ones too, must be an interface. */
    public HexagonalArchitecture portsWithoutNestedTypes() {
        portsMayNestTypes = false;
        return this;
    }

    /** @return the service's production classes (tests excluded), imported once */
    public synchronized JavaClasses javaClasses() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(base);
        }
        return imported;
    }

    /** domain ← application ← adapters; config may depend on anything. */
    public ArchRule layersDependInward() {
        OnionArchitecture onion = onionArchitecture()
                .domainModels(pkg("domain.model.."))
                .domainServices(pkg(domainServices))
                .applicationServices(pkg("application.."));
        adapters.forEach((name, relative) -> onion.adapter(name, pkg(relative)));
        return onion.withOptionalLayers(optionalLayers)
                .ignoreDependency(DescribedPredicate.describe("config",
                        c -> c.getPackageName().startsWith(base + ".config")), DescribedPredicate.alwaysTrue());
    }

    /** The domain uses only the JDK, the kernel, itself and the packages of {@link #domainMayUse}. */
    public ArchRule domainUsesOnlyTheJdkAndTheKernel() {
        List<String> allowed = new ArrayList<>(List.of("java.."));
        allowed.addAll(domainMayUse);
        allowed.add("dev.tvegate.kernel..");
        allowed.add(pkg("domain.."));
        return classes().that().resideInAPackage(pkg("domain.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new));
    }

    /** No framework in the application layer (but Mutiny, unless {@link #withoutMutiny}), nor adapters or config. */
    public ArchRule applicationUsesNoFramework() {
        List<String> forbidden = new ArrayList<>(FRAMEWORKS);
        forbidden.add(mutiny ? "io.smallrye.jwt.." : "io.smallrye..");
        forbidden.add("com.fasterxml..");
        forbidden.addAll(applicationMayNotUse);
        forbidden.add(pkg("adapter.."));
        forbidden.add(pkg("config.."));
        return noClasses().that().resideInAPackage(pkg("application.."))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new));
    }

    /** Outbound ports are interfaces; their nested records (request/result types) are allowed unless told otherwise. */
    public ArchRule portsAreInterfaces() {
        var ports = classes().that().resideInAPackage(pkg("application.port.out.."));
        return (portsMayNestTypes ? ports.and().areTopLevelClasses() : ports).should().beInterfaces();
    }

    /** @return the absolute package of {@code relative} (e.g. {@code config..}) */
    public String pkg(String relative) {
        return base + "." + relative;
    }
}
