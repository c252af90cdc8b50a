package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.sandbox.QboSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The connector's process in the crash proof ({@link CrashProof} starts it and kills it with SIGKILL): the sync
 * engine, the QuickBooks client and the H2 file database of the production wiring, against a sandbox in another
 * process. The host hands over one change per customer (once: a marker file records that the intake finished) and
 * the node pushes until the outbox is empty, then exits 0. A restarted node keeps its name, as a restarted host does.
 */
final class CrashNode {
    static final String NODE = "crash-node";
    static final String PUSHING = "pushing";
    private static final String INTAKE_DONE = "intake-done";

    private CrashNode() {
    }

    static HostCustomer customer(int i) {
        return new HostCustomer("c" + i, "Crash Customer " + i, "Pat Lee", "k" + i + "@crash.example", null, null,
                null, Instant.parse("2026-03-01T10:00:00Z"));
    }

    /**
     * @param args data directory, sandbox base URL, records, time scale
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String baseUrl = args[1];
        int records = Integer.parseInt(args[2]);
        double scale = Double.parseDouble(args[3]);
        FakeHost host = new FakeHost();
        for (int i = 0; i < records; i++) {
            host.add(customer(i));
        }
        HttpClient http = HttpClient.newHttpClient();
        try (Database db = TestDatabase.open(dir.resolve("db"));
                SandboxEngine e = new SandboxEngine(baseUrl, realm -> token(http, baseUrl, realm), db, host, scale,
                        NODE)) {
            if (!Files.exists(dir.resolve(INTAKE_DONE))) {
                // Killed during the intake, the next start hands everything over again; the outbox coalesces.
                for (int i = 0; i < records; i++) {
                    e.changed(HostEventKind.CUSTOMER_CHANGED, "c" + i);
                }
                Files.createFile(dir.resolve(INTAKE_DONE));
            }
            System.out.println(PUSHING); // the proof kills the node only from here on: mid-push
            e.module.engine().drain();
        }
        System.exit(0);
    }

    static String token(HttpClient http, String baseUrl, String realm) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + QboSandbox.DEFAULT_CLIENT_ID
                            + "\",\"realmId\":\"" + realm + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox gave no token: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
