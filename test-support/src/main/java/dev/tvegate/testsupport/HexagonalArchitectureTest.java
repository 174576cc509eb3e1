package dev.tvegate.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The four rules of {@link HexagonalArchitecture} as JUnit tests: a service's {@code ArchitectureTest} extends it and
 * passes its own rule set to the constructor. One instance per class, so the classes are imported once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HexagonalArchitectureTest {

    private final HexagonalArchitecture architecture;

    protected HexagonalArchitectureTest(HexagonalArchitecture architecture) {
        this.architecture = architecture;
    }

    @Test
    void hexagonalLayersDependInward() {
        architecture.layersDependInward().check(architecture.javaClasses());
    }

    @Test
    void domainUsesOnlyTheJdkAndTheKernel() {
        architecture.domainUsesOnlyTheJdkAndTheKernel().check(architecture.javaClasses());
    }

    @Test
    void applicationUsesNoFrameworkButMutiny() {
        architecture.applicationUsesNoFramework().check(architecture.javaClasses());
    }

    @Test
    void portsAreInterfaces() {
        architecture.portsAreInterfaces().check(architecture.javaClasses());
    }
}
