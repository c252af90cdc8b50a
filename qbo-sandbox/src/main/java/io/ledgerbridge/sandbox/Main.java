package io.ledgerbridge.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar qbo-sandbox.jar [--port 8089] [--seed file] [--snapshot file] [--time-scale 1] [--latency off] [--latency-seed n] [--threads 200]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        QboSandbox sandbox = start(args);
        if (sandbox == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "qbo-sandbox-shutdown"));
        System.out.println("QuickBooks Online sandbox on " + sandbox.baseUrl());
        System.out.println("  Accounting API  " + sandbox.baseUrl() + "/v3/company/{realmId}/...");
        System.out.println("  OAuth discovery " + sandbox.baseUrl() + "/.well-known/openid_sandbox_configuration");
        System.out.println("  Admin UI        " + sandbox.baseUrl() + "/_sandbox/ui");
        new CountDownLatch(1).await();
    }

    /** Parses the command line and starts the sandbox; null after {@code --help}. */
    static QboSandbox start(String[] args) {
        QboSandbox.Builder builder = QboSandbox.builder().port(QboSandbox.DEFAULT_PORT);
        LatencyModel latency = LatencyModel.off();
        Long seed = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
                case "--seed" -> builder.seed(Path.of(value(args, ++i, arg)));
                case "--snapshot" -> builder.snapshotFile(Path.of(value(args, ++i, arg)));
                case "--time-scale" -> builder.timeScale(Double.parseDouble(value(args, ++i, arg)));
                case "--latency" -> latency = LatencyModel.parse(value(args, ++i, arg));
                case "--latency-seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--threads" -> builder.threads(Integer.parseInt(value(args, ++i, arg)));
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar qbo-sandbox.jar [--port 8089] [--seed <file>] [--snapshot <file>] [--time-scale <factor>]"
                            + " [--latency off|intuit|<fixed>|<median>,<p99>] [--latency-seed <n>] [--threads <n>]");
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + " (try --help)");
            }
        }
        return builder.latency(seed == null ? latency : latency.seeded(seed)).start();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
