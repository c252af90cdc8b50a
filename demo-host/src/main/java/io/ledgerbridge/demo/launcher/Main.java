package io.ledgerbridge.demo.launcher;

import io.ledgerbridge.sandbox.QboSandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code java -jar demo-host.jar}: starts the local QuickBooks sandbox (unless Intuit credentials are given), then
 * Felix with the bundles, and waits. Ctrl-C stops the framework (which closes H2) and the sandbox.
 */
public final class Main {
    /** Where bundle-qbo registers Intuit's webhook endpoint on the whiteboard (its {@code WebhookServletComponent}). */
    private static final String WEBHOOK_PATH = "/ledgerbridge/quickbooks/webhooks";
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final java.util.logging.Logger SPIFLY = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private static FileChannel dataLock;

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
        // Held until the JVM exits: a second demo host on the same data folder would find H2's files locked.
        dataLock = FileChannel.open(options.dataDir().resolve(".demo-host.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        if (dataLock.tryLock() == null) {
            exit("the data folder " + options.dataDir() + " is used by another demo host; stop that one or start"
                    + " with --data-dir DIR");
        }
        if (!portIsFree(options.port())) {
            exit("port " + options.port() + " on 127.0.0.1 is in use; stop what uses it or start with --port N");
        }

        ConnectorTarget target = options.usesIntuit() ? ConnectorTarget.intuit(options)
                : ConnectorTarget.localSandbox(options.sandboxPort());
        Optional<QboSandbox> sandbox = Optional.empty();
        if (!options.usesIntuit() && options.sandbox()) {
            try {
                sandbox = Optional.of(EmbeddedSandbox.start(options.sandboxPort(),
                        options.dataDir().resolve("qbo-sandbox-snapshot.json")));
            } catch (IllegalStateException e) {
                exit(e.getMessage());
                return;
            }
            target = ConnectorTarget.localSandbox(sandbox.get().port());
            // The sandbox plays Intuit: it sends its signed webhooks to the connector's endpoint on this host.
            sandbox.get().admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl = "http://127.0.0.1:" + options.port()
                    + WEBHOOK_PATH;
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

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void exit(String message) {
        System.err.println("demo-host: " + message + (message.endsWith(".") ? "" : "."));
        System.exit(1);
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
