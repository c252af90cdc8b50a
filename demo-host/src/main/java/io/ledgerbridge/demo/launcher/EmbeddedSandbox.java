package io.ledgerbridge.demo.launcher;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the local QuickBooks sandbox ({@code qbo-sandbox}) inside the launcher's JVM, outside the OSGi framework:
 * the sandbox stands for Intuit's servers, so it must not share the connector's class space.
 *
 * <p>The seam: {@code qbo-sandbox} is built on its own branch and is not yet a dependency of this module, so this
 * class finds {@code io.ledgerbridge.sandbox.QboSandbox} by name and calls
 * {@code QboSandbox.builder().port(p).snapshotFile(path).start()}. When the module joins the build, add it (and its
 * dependencies) to the launcher's {@code Class-Path} and replace the reflection by those three direct calls.
 */
final class EmbeddedSandbox implements AutoCloseable {
    static final String SANDBOX_CLASS = "io.ledgerbridge.sandbox.QboSandbox";

    private final Object running;

    private EmbeddedSandbox(Object running) {
        this.running = running;
    }

    /**
     * @param port the port to listen on (127.0.0.1)
     * @param snapshotFile where the sandbox keeps its state between runs
     * @return the running sandbox, or empty when qbo-sandbox is not on the class path
     * @throws IllegalStateException when the sandbox is present but fails to start
     */
    static Optional<EmbeddedSandbox> start(int port, Path snapshotFile) {
        Class<?> type;
        try {
            type = Class.forName(SANDBOX_CLASS, true, EmbeddedSandbox.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            Object builder = type.getMethod("builder").invoke(null);
            builder = invoke(builder, "port", int.class, port);
            builder = invoke(builder, "snapshotFile", Path.class, snapshotFile);
            return Optional.of(new EmbeddedSandbox(builder.getClass().getMethod("start").invoke(builder)));
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("The local QuickBooks sandbox did not start on port " + port + ": "
                    + cause.getMessage() + ". Free the port or start with --sandbox-port N or --no-sandbox.", cause);
        }
    }

    private static Object invoke(Object target, String name, Class<?> parameter, Object value)
            throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(name, parameter);
        return method.invoke(target, value);
    }

    @Override
    public void close() throws Exception {
        if (running instanceof AutoCloseable closeable) {
            closeable.close();
        } else {
            running.getClass().getMethod("stop").invoke(running);
        }
    }
}
