package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.sync.AuthorizationStart;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.qbo.ConnectorRuntime;
import io.ledgerbridge.qbo.testing.HostWebhookEndpoint;
import io.ledgerbridge.qbo.testing.SandboxBrowser;
import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fault soak (a command, not part of the test run: surefire only picks *Test classes; {@link SoakProofTest} runs
 * a short one). Run it with {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=SoakProof
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dsoak.minutes=30]}, or call {@link #main}. The connector, as
 * {@link ConnectorRuntime} builds it for a plain class path and with Intuit's webhooks routed to it, pushes host
 * customers continuously (new ones and changes) into the time-scaled sandbox under {@link SoakFaults}, has its tokens
 * revoked a third of the way through and is reconnected by the administrator a little later, then drains with the
 * faults off and prints {@code soak: <minutes> min, <records> records, lost <n>, duplicated <n>,
 * failures visible <n> of <n>}.
 */
class SoakProof {
    private static final TenantId T = TenantId.of("acme");
    private static final String US = QboSandbox.US_REALM;
    private static final String DOMAIN = "@soak.example";

    /**
     * What a run found.
     *
     * @param conflicts records that ended in conflict: the soak's QuickBooks user only edits {@code Notes}, which the
     *        host does not own, so every one would be false
     */
    record Result(double minutes, int records, int lost, int duplicated, int visible, int failed, int conflicts) {
        String line() {
            return String.format(java.util.Locale.ROOT,
                    "soak: %s min, %d records, lost %d, duplicated %d, failures visible %d of %d",
                    new java.math.BigDecimal(Double.toString(minutes)).stripTrailingZeros().toPlainString(), records,
                    lost, duplicated, visible, failed);
        }
    }

    /**
     * @param minutes how long to push under faults
     * @param seed the random seed
     * @return what the comparison of the host, the connector and QuickBooks found
     */
    static Result run(double minutes, long seed) throws Exception {
        Path dir = Files.createTempDirectory("lb-soak");
        Random random = new Random(seed);
        FakeHost host = new FakeHost();
        long until = System.nanoTime() + (long) (minutes * 60e9);
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(60).start();
                ConnectorRuntime runtime = SandboxRuntime.start(sandbox, dir, host, "soak")) {
            AccountingConnector connector = runtime.connector();
            connect(connector, "session-1");
            connector.settings().updateSettings(T, ConnectorSettings.defaults().toBuilder().enabled(true)
                    .autoSyncInterval(null).build());
            try (HostWebhookEndpoint endpoint = new HostWebhookEndpoint(connector.webhooks())) {
                endpoint.receiveFrom(sandbox, "cloudevents");
                SoakFaults faults = new SoakFaults(sandbox, random);
                int records = push(connector, host, sandbox, faults, random, until);
                Map<String, Long> counts = sandbox.admin().faultCounts();
                faults.stop();
                drain(connector, records, minutes);
                sandbox.admin().app(QboSandbox.DEFAULT_CLIENT_ID).webhookUrl = "";
                System.out.printf("soak seed %d: faults %s, %d QuickBooks edits%n", seed, counts, faults.edited());
                return compare(connector, sandbox, records, minutes);
            }
        }
    }

    private static int push(AccountingConnector connector, FakeHost host, QboSandbox sandbox, SoakFaults faults,
            Random random, long until) throws Exception {
        long start = System.nanoTime();
        long span = until - start;
        boolean revoked = false;
        boolean reconnected = false;
        faults.start();
        int records = 0;
        long nextTick = start;
        while (System.nanoTime() < until) {
            long elapsed = System.nanoTime() - start;
            if (!revoked && elapsed > span / 3) {
                revoked = true;
                System.out.println("soak: revoked " + sandbox.admin().revokeTokens(US, QboSandbox.DEFAULT_CLIENT_ID)
                        + " tokens");
            } else if (revoked && !reconnected && elapsed > span / 3 + Math.min(span / 10, 20_000_000_000L)) {
                reconnected = true;
                connect(connector, "session-2");
            }
            host.add(customer(records, "Soak Co " + records));
            connector.accept(HostEvent.of(T, HostEventKind.CUSTOMER_CHANGED, "c" + records));
            records++;
            if (records > 10 && random.nextInt(4) == 0) {
                int changed = random.nextInt(records);
                host.add(customer(changed, "Soak Co " + changed + " v" + random.nextInt(1000)));
                connector.accept(HostEvent.of(T, HostEventKind.CUSTOMER_CHANGED, "c" + changed));
            }
            if (System.nanoTime() >= nextTick) {
                nextTick += 500_000_000L;
                int probe = random.nextInt(records);
                String qboId = connector.sync().status(T, ref(probe)).remoteId();
                if (qboId != null) {
                    // A QuickBooks user edits it, then the host changes it: the push carries a stale SyncToken.
                    faults.editAsQuickBooksUser(qboId);
                    host.add(customer(probe, "Soak Co " + probe + " edited " + random.nextInt(1000)));
                    connector.accept(HostEvent.of(T, HostEventKind.CUSTOMER_CHANGED, "c" + probe));
                }
                faults.tick();
            }
            TimeUnit.MILLISECONDS.sleep(50); // the host's pace: 20 new customers a second
        }
        if (!reconnected) {
            connect(connector, "session-2");
        }
        return records;
    }

    /**
     * Waits until no record is pending any more (up to the run's own length, at least 5 minutes), asking only about the
     * records still pending, so the waiting does not crowd the connector's own database work.
     */
    private static void drain(AccountingConnector connector, int records, double minutes) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos((long) (Math.max(5, minutes) * 60));
        BitSet pending = new BitSet(records);
        pending.set(0, records);
        while (true) {
            for (int i = pending.nextSetBit(0); i >= 0; i = pending.nextSetBit(i + 1)) {
                SyncState state = connector.sync().status(T, ref(i)).state();
                if (state != SyncState.PENDING && state != SyncState.NOT_SYNCED) {
                    pending.clear(i);
                }
            }
            if (pending.isEmpty()) {
                System.out.printf("soak: drained in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                return;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf("soak: %d records still pending after %d s of draining%n", pending.cardinality(),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static Result compare(AccountingConnector connector, QboSandbox sandbox, int records, double minutes) {
        // Statuses first: a record the connector calls synced was written to QuickBooks before it said so.
        List<RecordSyncStatus> statuses = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            statuses.add(connector.sync().status(T, ref(i)));
        }
        Map<String, List<ObjectNode>> byEmail = sandbox.admin().entities(US, "Customer").stream()
                .filter(c -> c.path("PrimaryEmailAddr").path("Address").asText().endsWith(DOMAIN))
                .collect(Collectors.groupingBy(c -> c.path("PrimaryEmailAddr").path("Address").asText()));
        int lost = 0;
        int duplicated = 0;
        int visible = 0;
        int failed = 0;
        Map<SyncState, Integer> states = new java.util.EnumMap<>(SyncState.class);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            List<ObjectNode> inQbo = byEmail.getOrDefault(email(i), List.of());
            duplicated += Math.max(0, inQbo.size() - 1);
            RecordSyncStatus s = statuses.get(i);
            states.merge(s.state(), 1, Integer::sum);
            boolean failure = s.state() == SyncState.FAILED || s.state() == SyncState.CONFLICT;
            if (failure) {
                failed++;
                if (blank(s.message()) || blank(s.remedy())) {
                    samples.add("invisible " + s);
                } else {
                    visible++;
                    if (samples.size() < 5) {
                        samples.add(s.state() + ": " + s.message() + " / " + s.remedy());
                    }
                }
            }
            boolean there = inQbo.stream().anyMatch(c -> c.path("Id").asText().equals(s.remoteId()));
            if (!there && !failure) {
                lost++;
                samples.add("lost " + s);
            }
        }
        System.out.println("soak: records ended " + states);
        samples.stream().limit(20).forEach(x -> System.out.println("  " + x));
        return new Result(minutes, records, lost, duplicated, visible, failed,
                states.getOrDefault(SyncState.CONFLICT, 0));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RecordRef ref(int i) {
        return RecordRef.of(RecordType.CUSTOMER, "c" + i);
    }

    private static String email(int i) {
        return "c" + i + DOMAIN;
    }

    private static HostCustomer customer(int i, String company) {
        return new HostCustomer("c" + i, company, "Pat Lee", email(i), "555-0100", null, null, Instant.now());
    }

    /** Connects as the administrator would: when QuickBooks refuses (a 429 burst), they read why and try again. */
    private static void connect(AccountingConnector connector, String session) throws Exception {
        for (int attempt = 1;; attempt++) {
            AuthorizationStart begin = connector.connection().beginConnect(T, session, null);
            try {
                connector.connection().completeConnect(T, session,
                        new SandboxBrowser().authorize(begin.authorizationUrl(), US, true));
                return;
            } catch (LedgerBridgeException e) {
                if (attempt == 10) {
                    throw e;
                }
                System.out.println("soak: reconnect attempt " + attempt + " failed (" + e.getMessage()
                        + "); the administrator tries again");
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    /**
     * @param args optional: minutes (default {@code soak.minutes}, else 30) and seed
     */
    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : minutes();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : Long.getLong("soak.seed", System.nanoTime());
        Result r = run(minutes, seed);
        System.out.println(r.line());
        System.exit(r.lost() == 0 && r.duplicated() == 0 && r.visible() == r.failed() && r.conflicts() == 0 ? 0 : 1);
    }

    private static double minutes() {
        return Double.parseDouble(System.getProperty("soak.minutes", "30"));
    }

    @Test
    void soak() throws Exception {
        Result r = run(minutes(), Long.getLong("soak.seed", System.nanoTime()));
        System.out.println(r.line());
        assertThat(r.lost()).isZero();
        assertThat(r.duplicated()).isZero();
        assertThat(r.visible()).isEqualTo(r.failed());
    }
}
