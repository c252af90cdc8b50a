package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The "bad input" proof (not part of the test run: surefire only picks *Test classes; {@link FuzzProofTest} runs a
 * short version). Run it with {@code mvn -q -B -pl bundle-api,qbo-sandbox,bundle-qbo verify -Dtest=FuzzProof
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.size=10000 -Dfuzz.seed=1}, or call {@link #main}. Sends
 * {@code fuzz.size} hostile webhook bodies through the webhook endpoint and {@code fuzz.size} hostile values through
 * the push, look-up, settings and mapping paths, then prints
 * {@code fuzz: <n> inputs, accepted forged <n>, crashes <n>, injected queries <n>}. The same seed repeats a run.
 */
class FuzzProof {
    /**
     * @param size hostile webhook bodies, and as many hostile values
     * @param seed the random seed
     * @return the counts
     */
    static FuzzTally run(int size, long seed) throws Exception {
        Path dir = Files.createTempDirectory("lb-fuzz");
        FuzzTally tally = new FuzzTally();
        NastyInputs inputs = new NastyInputs(seed);
        QueryAudit audit = new QueryAudit();
        long t0 = System.nanoTime();
        new WebhookFuzz(inputs, tally).run(dir.resolve("webhooks"), size);
        long t1 = System.nanoTime();
        // A high time scale: the proof is about what QuickBooks is sent, not the throttle's pace.
        double scale = 600;
        try (QboSandbox sandbox = QboSandbox.builder().port(0).timeScale(scale).start()) {
            ValueFuzz values = new ValueFuzz(inputs, tally, audit);
            values.run(sandbox, dir.resolve("values"), size, scale);
            int statements = audit.audit(sandbox, tally);
            System.out.printf("fuzz seed %d, size %d: webhooks %.1f s, values %.1f s, %d query statements audited%n",
                    seed, size, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, statements);
            System.out.println("  pushed records ended as " + values.outcomes);
            values.reasons.forEach((reason, n) -> System.out.println("    " + n + " x " + reason));
        }
        tally.findings.forEach(f -> System.out.println("  " + f));
        System.out.println(tally.line());
        return tally;
    }

    /**
     * @param args optional: size (default 10000) and seed (default: random, printed)
     */
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("fuzz.size", 10_000);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : seed();
        System.exit(run(size, seed).clean() ? 0 : 1);
    }

    private static long seed() {
        String given = System.getProperty("fuzz.seed");
        return given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given);
    }

    @Test
    void proof() throws Exception {
        run(Integer.getInteger("fuzz.size", 10_000), seed());
    }
}
