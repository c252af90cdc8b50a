package io.ledgerbridge.itests.demo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged demo host ({@code demo-host/target/demo-host.jar}) as a separate process, started the way its README
 * says, on free ports (its own and its local QuickBooks') with its own data folder; its output goes to a log file that
 * a failing test prints. Shared by the browser tests and the end-to-end sync test.
 */
public final class DemoHostProcess implements AutoCloseable {
    private static final String READY = "LedgerBridge demo host: http://";
    /**
     * The connector's pages are in the host: the connector starts on the configuration admin's thread once it has its
     * configuration, after the banner (a loaded machine showed the configuration page without them).
     */
    private static final String CONNECTOR_PAGES = "UI contribution 'quickbooks' (QuickBooks) added";

    private final Process process;
    private final Path log;
    private final int port;
    private final int sandboxPort;

    private DemoHostProcess(Process process, Path log, int port, int sandboxPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.sandboxPort = sandboxPort;
    }

    /**
     * Starts the host and waits until it answers its sign-in page and has started every bundle.
     *
     * @param dataDir an empty folder for H2, the Felix cache and the sandbox snapshot
     * @param log where the host's output goes
     * @return the running host
     * @throws IOException when the jar is missing or the process cannot start
     */
    public static DemoHostProcess start(Path dataDir, Path log) throws IOException {
        Path reactor = Path.of(System.getProperty("ledgerbridge.reactor.dir", "..")).toAbsolutePath().normalize();
        Path jar = reactor.resolve("demo-host/target/demo-host.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: run 'mvn -DskipTests package' in " + reactor + " first");
        }
        int port = freePort();
        int sandboxPort = freePort();
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", Integer.toString(port), "--data-dir", dataDir.toString(),
                "--sandbox-port", Integer.toString(sandboxPort))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        DemoHostProcess host = new DemoHostProcess(process, log, port, sandboxPort);
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest signIn = HttpRequest.newBuilder(URI.create(host.url("/signin"))).build();
            // The banner is printed once the framework reached its last start level; the connector and its pages
            // follow on the configuration admin's thread.
            await("the demo host on port " + port).atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions().failFast("the demo host exited", () -> !process.isAlive())
                    .until(() -> http.send(signIn, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                            && host.output().contains(READY) && host.output().contains(CONNECTOR_PAGES));
        } catch (ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
            host.close();
            throw new AssertionError(e.getMessage() + (process.isAlive() ? "" : " (exit code " + process.exitValue()
                    + ")") + "\n--- demo host output ---\n" + host.output(), e);
        }
        return host;
    }

    /**
     * @param path a path on the host, e.g. {@code /signin}
     * @return the absolute URL on the host's canonical name (127.0.0.1, which its cookies and redirect URI use)
     */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * @param path a path on the embedded local QuickBooks, e.g. {@code /_sandbox/requests/counts}
     * @return its absolute URL
     */
    public String sandboxUrl(String path) {
        return "http://127.0.0.1:" + sandboxPort + path;
    }

    /** @return everything the host printed so far */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    /** Stops the host as Ctrl-C would (it writes the sandbox snapshot and closes H2), forcibly if it hangs. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
