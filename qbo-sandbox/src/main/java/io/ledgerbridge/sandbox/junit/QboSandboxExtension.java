package io.ledgerbridge.sandbox.junit;

import io.ledgerbridge.sandbox.LatencyModel;
import io.ledgerbridge.sandbox.QboSandbox;
import io.ledgerbridge.sandbox.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one sandbox per test class on a free port (default seed, time scale 1) and injects it as a
 * {@link QboSandbox} parameter into constructors, lifecycle methods and tests; {@link SandboxOptions} on the class
 * sets the time scale, the latency or a seed resource. Call {@code sandbox.admin().reset()}
 * in a {@code @BeforeEach} when tests must not see each other's data.
 */
public final class QboSandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(QboSandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        QboSandbox sandbox = context.getStore(NS).remove(key(context), QboSandbox.class);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) throws ParameterResolutionException {
        return parameter.getParameter().getType() == QboSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) throws ParameterResolutionException {
        return sandbox(context);
    }

    private static QboSandbox sandbox(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NS).getOrComputeIfAbsent(key(classContext), k -> start(testClass), QboSandbox.class);
    }

    private static QboSandbox start(Class<?> testClass) {
        QboSandbox.Builder builder = QboSandbox.builder().port(0);
        SandboxOptions options = testClass.getAnnotation(SandboxOptions.class);
        if (options != null) {
            builder.timeScale(options.timeScale());
            builder.latency(LatencyModel.parse(options.latency()));
            if (!options.seedResource().isEmpty()) {
                try (InputStream in = testClass.getResourceAsStream(options.seedResource())) {
                    if (in == null) {
                        throw new IllegalArgumentException("seed resource not found: " + options.seedResource());
                    }
                    builder.seed(Json.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return builder.start();
    }

    private static String key(ExtensionContext context) {
        return "sandbox:" + context.getRequiredTestClass().getName();
    }
}
