package io.ledgerbridge.demo.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The demo host's command line. Each option can also come from a system property ({@code -Dledgerbridge.demo.port})
 * and the Intuit credentials from the environment ({@code INTUIT_CLIENT_ID}, {@code INTUIT_CLIENT_SECRET}), so the
 * secret need not appear in the process list.
 *
 * @param port the host UI's HTTP port
 * @param dataDir where H2, the Felix cache and the sandbox snapshot live
 * @param bundlesDir the folder of bundles to install
 * @param hostBundle the demo host bundle (by default this very jar)
 * @param sandboxPort the local QuickBooks sandbox's port
 * @param sandbox whether to start the local sandbox (ignored when Intuit credentials are given)
 * @param intuitClientId the Intuit app's client id, or {@code null} to use the local sandbox
 * @param intuitClientSecret the Intuit app's client secret, or {@code null}
 * @param intuitEnvironment {@code sandbox} or {@code production}, for Intuit credentials
 * @param exampleContributions whether the host registers its example page and record panel
 */
public record LauncherOptions(int port, Path dataDir, Path bundlesDir, Path hostBundle, int sandboxPort,
        boolean sandbox, String intuitClientId, String intuitClientSecret, String intuitEnvironment,
        boolean exampleContributions) {

    static final String USAGE = """
            Usage: java -jar demo-host.jar [options]
              --port N                   host UI port (default 8080; -Dledgerbridge.demo.port)
              --data-dir DIR             H2 database, Felix cache, sandbox state (default ./data)
              --bundles-dir DIR          bundles to install (default: bundles/ next to the jar)
              --sandbox-port N           local QuickBooks sandbox port (default 8089; 0 picks a free one)
              --no-sandbox               do not start the local QuickBooks sandbox
              --intuit-client-id ID      use Intuit instead of the sandbox (or env INTUIT_CLIENT_ID)
              --intuit-client-secret S   (or env INTUIT_CLIENT_SECRET)
              --intuit-environment E     sandbox (default) or production
              --example-contributions    add an example settings page and record panel (the UI contract at work)
            """;

    /**
     * @param args the command line
     * @param env the process environment
     * @param system the system properties
     * @param jarDir the folder holding the launcher jar
     * @param ownJar the launcher jar itself
     * @return the options
     * @throws IllegalArgumentException naming the option that is wrong and what to write instead
     */
    public static LauncherOptions parse(String[] args, Map<String, String> env, Properties system, Path jarDir,
            Path ownJar) {
        Map<String, String> values = new java.util.HashMap<>();
        boolean noSandbox = Boolean.parseBoolean(system.getProperty("ledgerbridge.demo.no-sandbox", "false"));
        boolean examples = Boolean.parseBoolean(system.getProperty("ledgerbridge.demo.example-contributions", "false"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-sandbox")) {
                noSandbox = true;
                continue;
            }
            if (arg.equals("--example-contributions")) {
                examples = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                name = arg.substring(2);
                value = args[++i];
            } else {
                throw new IllegalArgumentException("'" + arg + "' is not an option or lacks its value");
            }
            values.put(name, value);
        }
        String clientId = first(values.get("intuit-client-id"), system.getProperty("ledgerbridge.demo.intuit-client-id"),
                env.get("INTUIT_CLIENT_ID"));
        String clientSecret = first(values.get("intuit-client-secret"),
                system.getProperty("ledgerbridge.demo.intuit-client-secret"), env.get("INTUIT_CLIENT_SECRET"));
        if ((clientId == null) != (clientSecret == null)) {
            throw new IllegalArgumentException(
                    "give both --intuit-client-id and --intuit-client-secret (or INTUIT_CLIENT_ID and"
                            + " INTUIT_CLIENT_SECRET), or neither to use the local sandbox");
        }
        String environment = first(values.get("intuit-environment"),
                system.getProperty("ledgerbridge.demo.intuit-environment"), "sandbox");
        if (!environment.equals("sandbox") && !environment.equals("production")) {
            throw new IllegalArgumentException("--intuit-environment: '" + environment
                    + "' is not an Intuit environment; write sandbox or production");
        }
        return new LauncherOptions(
                port("port", first(values.get("port"), system.getProperty("ledgerbridge.demo.port"), "8080")),
                Path.of(first(values.get("data-dir"), system.getProperty("ledgerbridge.demo.data-dir"), "data"))
                        .toAbsolutePath().normalize(),
                Path.of(first(values.get("bundles-dir"), system.getProperty("ledgerbridge.demo.bundles-dir"),
                        jarDir.resolve("bundles").toString())).toAbsolutePath().normalize(),
                ownJar,
                port("sandbox-port",
                        first(values.get("sandbox-port"), system.getProperty("ledgerbridge.demo.sandbox-port"), "8089")),
                !noSandbox, clientId, clientSecret, environment, examples);
    }

    /** @return whether real Intuit credentials were given */
    public boolean usesIntuit() {
        return intuitClientId != null;
    }

    private static int port(String option, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the remedy
        }
        throw new IllegalArgumentException("--" + option + ": '" + value + "' is not a port; write a number from 1 to 65535");
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }
}
