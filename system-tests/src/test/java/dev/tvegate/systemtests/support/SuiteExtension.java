package dev.tvegate.systemtests.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Suite} once for the whole test run (stored in the root context, which closes it after the last
 * test class: tenant removed, processes stopped, also on failure) and injects it into test classes and methods.
 */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    /** A failed start is reported once; later test classes fail at once instead of starting the suite again. */
    private static volatile RuntimeException startFailure;

    private static Suite suite(ExtensionContext context) {
        if (startFailure != null) {
            throw new IllegalStateException("the suite did not start (see the first failing test class)", startFailure);
        }
        try {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Suite.class, key -> Suite.start(),
                    Suite.class);
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }
}
