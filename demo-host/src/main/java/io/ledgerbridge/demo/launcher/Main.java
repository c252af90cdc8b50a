package io.ledgerbridge.demo.launcher;

import io.ledgerbridge.sandbox.QboSandbox;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code java -jar demo-host.jar}: starts the local QuickBooks sandbox (unless Intuit credentials are given), then
 * Felix with the bundles, and waits. Ctrl-C stops the framework (which closes H2) and the sandbox.
 */
public final class Main {
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final java.util.logging.Logger SPIFLY = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private Main() {
    }

    /**
     * @param args see {@link LauncherOptions#USAGE}
     * @throws Exception when the demo host cannot start
     */
    public static void main(String[] args) throws Exception {
        Path ownJar = ownJar();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv(), System.getProperties(),
                    ownJar == null ? Path.of(".") : ownJar.toAbsolutePath().getParent(), ownJar);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals("help")) {
                System.err.println("demo-host: " + e.getMessage());
            }
            System.err.print(LauncherOptions.USAGE);
            System.exit(e.getMessage().equals("help") ? 0 : 2);
            return;
        }
        // SPI Fly (java.util.logging) and Jetty log every start at INFO; keep the console for what the demo host says.
        SPIFLY.setLevel(java.util.logging.Level.WARNING);
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty",
                System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn"));
        Files.createDirectories(options.dataDir());

        ConnectorTarget target = options.usesIntuit() ? ConnectorTarget.intuit(options)
                : ConnectorTarget.localSandbox(options.sandboxPort());
        Optional<QboSandbox> sandbox = Optional.empty();
        if (!options.usesIntuit() && options.sandbox()) {
            sandbox = Optional.of(EmbeddedSandbox.start(options.sandboxPort(),
                    options.dataDir().resolve("qbo-sandbox-snapshot.json")));
            target = ConnectorTarget.localSandbox(sandbox.get().port());
        }
        DemoFramework framework;
        try {
            framework = DemoFramework.start(options, target);
        } catch (Exception e) {
            sandbox.ifPresent(QboSandbox::close);
            throw e;
        }
        Optional<QboSandbox> started = sandbox;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, started), "demo-host-shutdown"));
        System.out.println("LedgerBridge demo host: http://127.0.0.1:" + options.port() + "/  (data in "
                + options.dataDir() + "; QuickBooks: " + target.environment() + " " + target.baseUrl() + ")");
        framework.awaitStop();
    }

    private static void stop(DemoFramework framework, Optional<QboSandbox> sandbox) {
        try {
            framework.stop();
        } catch (Exception e) {
            System.err.println("demo-host: the framework did not stop cleanly: " + e);
        }
        sandbox.ifPresent(s -> {
            try {
                s.close();
            } catch (RuntimeException e) {
                System.err.println("demo-host: the sandbox did not stop cleanly: " + e);
            }
        });
        System.out.println("LedgerBridge demo host stopped.");
    }

    private static Path ownJar() throws URISyntaxException {
        var source = Main.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        Path path = Path.of(source.getLocation().toURI());
        return Files.isRegularFile(path) ? path : null;
    }
}
