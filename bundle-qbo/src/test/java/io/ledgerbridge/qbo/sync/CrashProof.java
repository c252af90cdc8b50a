package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The crash proof (a command, not part of the test run: surefire only picks *Test classes). Run it with
 * {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=CrashProof
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dproof.records=10000] [-Dproof.kills=5]}. The connector runs in its own
 * JVM ({@link CrashNode}) and is killed with SIGKILL at random moments, then restarted, until it has pushed every
 * customer; then QuickBooks' state (the sandbox, in this JVM) is compared with the host's and the connector's:
 * every host customer must be in QuickBooks exactly once, and linked to that one.
 */
class CrashProof {
    private static final int RECORDS = Integer.getInteger("proof.records", 10_000);
    private static final int KILLS = Integer.getInteger("proof.kills", 5);
    private static final double SCALE = Double.parseDouble(System.getProperty("proof.scale", "60"));

    @Test
    void crash() throws Exception {
        Path dir = Files.createTempDirectory("lb-crash");
        Random random = new Random(Long.getLong("proof.seed", System.nanoTime()));
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(SCALE).start()) {
            int kills = 0;
            while (true) {
                Process node = start(dir, sandbox.baseUrl());
                if (kills < KILLS && !node.waitFor(500 + random.nextInt(4_000), TimeUnit.MILLISECONDS)) {
                    node.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally block runs
                    kills++;
                    continue;
                }
                assertThat(node.waitFor(30, TimeUnit.MINUTES)).as("the node finished").isTrue();
                if (node.exitValue() == 0) {
                    break;
                }
                // The node died on its own (it should not): the next start must still lose nothing.
                System.out.println("the node exited with " + node.exitValue() + "; restarting it");
            }
            int[] lostAndDuplicated = compare(sandbox, dir);
            System.out.printf("crash: %d records, %d kills, lost %d, duplicated %d%n", RECORDS, kills,
                    lostAndDuplicated[0], lostAndDuplicated[1]);
            assertThat(lostAndDuplicated).containsExactly(0, 0);
        }
    }

    private static Process start(Path dir, String baseUrl) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashNode.class.getName(), dir.toString(), baseUrl,
                String.valueOf(RECORDS), String.valueOf(SCALE))
                .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
    }

    /** @return lost (a host customer not in QuickBooks, or not linked to its one) and duplicated (extra copies) */
    private static int[] compare(QboSandbox sandbox, Path dir) throws Exception {
        List<ObjectNode> customers = sandbox.admin().entities(QboSandbox.US_REALM, "Customer");
        Map<String, List<ObjectNode>> byEmail = customers.stream()
                .filter(c -> c.path("PrimaryEmailAddr").path("Address").asText().endsWith("@crash.example"))
                .collect(Collectors.groupingBy(c -> c.path("PrimaryEmailAddr").path("Address").asText()));
        Map<String, ObjectNode> byId = customers.stream()
                .collect(Collectors.toMap(c -> c.path("Id").asText(), Function.identity()));
        int lost = 0;
        int duplicated = 0;
        try (Database db = TestDatabase.open(dir.resolve("db"))) {
            LinkStore links = new LinkStore(db);
            for (int i = 0; i < RECORDS; i++) {
                String email = CrashNode.customer(i).email();
                List<ObjectNode> inQbo = byEmail.getOrDefault(email, List.of());
                duplicated += Math.max(0, inQbo.size() - 1);
                String linked = links.qboId(SandboxEngine.T, RecordRef.of(RecordType.CUSTOMER, "c" + i)).orElse(null);
                ObjectNode target = linked == null ? null : byId.get(linked);
                if (inQbo.isEmpty() || target == null
                        || !email.equals(target.path("PrimaryEmailAddr").path("Address").asText())) {
                    lost++;
                }
            }
        }
        return new int[] {lost, duplicated};
    }
}
