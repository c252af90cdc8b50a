package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.sandbox.QboSandbox;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The crash proof (a command, not part of the test run: surefire only picks *Test classes). Run it with
 * {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=CrashProof
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dproof.records=10000] [-Dproof.kills=5]}. The connector runs in its own
 * JVM ({@link CrashNode}) and is killed with SIGKILL at random moments while it pushes, then restarted, until it has
 * pushed every customer; then QuickBooks' state (the sandbox, in this JVM) is compared with the host's and the connector's:
 * every host customer must be in QuickBooks exactly once, and linked to that one.
 */
class CrashProof {
    private static final int RECORDS = Integer.getInteger("proof.records", 10_000);
    private static final int KILLS = Integer.getInteger("proof.kills", 5);
    private static final double SCALE = Double.parseDouble(System.getProperty("proof.scale", "60"));

    @Test
    void crash() throws Exception {
        Result r = run(RECORDS, KILLS, SCALE, 4_000);
        System.out.printf("crash: %d records, %d kills, lost %d, duplicated %d%n", r.records(), r.kills(), r.lost(),
                r.duplicated());
        assertThat(r.lost()).isZero();
        assertThat(r.duplicated()).isZero();
    }

    /** What a run found. */
    record Result(int records, int kills, int lost, int duplicated) {
    }

    /**
     * @param records customers to push
     * @param kills how many times to kill the node (fewer if it finishes first)
     * @param scale the sandbox's time scale
     * @param killWindowMillis the node is killed 0.5 s plus up to this long after it starts pushing
     * @return what the comparison found
     */
    static Result run(int records, int kills, double scale, int killWindowMillis) throws Exception {
        Path dir = Files.createTempDirectory("lb-crash");
        Random random = new Random(Long.getLong("proof.seed", System.nanoTime()));
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(scale).start()) {
            int killed = 0;
            while (true) {
                Process node = start(dir, sandbox.baseUrl(), records, scale);
                CountDownLatch pushing = watch(node, dir.resolve("node-" + killed + ".log"));
                if (killed < kills && pushing.await(5, TimeUnit.MINUTES)
                        && !node.waitFor(500 + random.nextInt(killWindowMillis), TimeUnit.MILLISECONDS)) {
                    node.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no finally block runs
                    killed++;
                    continue;
                }
                assertThat(node.waitFor(30, TimeUnit.MINUTES)).as("the node finished").isTrue();
                if (node.exitValue() == 0) {
                    break;
                }
                // The node died on its own (it should not): the next start must still lose nothing.
                System.out.println("the node exited with " + node.exitValue() + "; restarting it");
            }
            int[] lostAndDuplicated = compare(sandbox, dir, records);
            return new Result(records, killed, lostAndDuplicated[0], lostAndDuplicated[1]);
        }
    }

    private static Process start(Path dir, String baseUrl, int records, double scale) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashNode.class.getName(), dir.toString(), baseUrl,
                String.valueOf(records), String.valueOf(scale))
                .redirectErrorStream(true).start();
    }

    /** Copies the node's output to a log file; the latch opens when the node starts pushing (or ends). */
    private static CountDownLatch watch(Process node, Path log) {
        CountDownLatch pushing = new CountDownLatch(1);
        Thread copier = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(log)) {
                for (String line; (line = in.readLine()) != null;) {
                    out.write(line);
                    out.newLine();
                    if (line.equals(CrashNode.PUSHING)) {
                        pushing.countDown();
                    }
                }
            } catch (IOException e) {
                // the node was killed mid-line; its log ends there
            } finally {
                pushing.countDown();
            }
        }, "crash-node-output");
        copier.setDaemon(true);
        copier.start();
        return pushing;
    }

    /** @return lost (a host customer not in QuickBooks, or not linked to its one) and duplicated (extra copies) */
    private static int[] compare(QboSandbox sandbox, Path dir, int records) throws Exception {
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
            for (int i = 0; i < records; i++) {
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
