package io.ledgerbridge.demo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * A plain Felix launcher: finds the framework through {@link ServiceLoader}, brings the installed bundles in line
 * with the bundles folder plus the demo host bundle ({@link BundleFolder}), and starts them by start level
 * ({@link StartLevelOrder}).
 */
public final class DemoFramework {
    /** Framework property: the demo host's data folder. */
    public static final String PROP_DATA_DIR = "ledgerbridge.demo.data-dir";
    /** Framework property: the absolute URL of the host UI's root. */
    public static final String PROP_HOST_URL = "ledgerbridge.demo.host-url";

    /** Framework property: whether the host registers its example UI contributions. */
    public static final String PROP_EXAMPLES = "ledgerbridge.demo.example-contributions";

    private final Framework framework;

    private DemoFramework(Framework framework) {
        this.framework = framework;
    }

    /**
     * @param options the launcher options
     * @param target the QuickBooks the connector should talk to
     * @return the started framework
     * @throws BundleException when a bundle cannot be installed or started
     * @throws IOException when the bundles folder cannot be read
     */
    public static DemoFramework start(LauncherOptions options, ConnectorTarget target)
            throws BundleException, IOException {
        Map<String, String> properties = frameworkProperties(options, target, System.getProperties());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow(
                () -> new IllegalStateException("No OSGi framework on the class path; keep lib/ next to the jar"));
        Framework framework = factory.newFramework(properties);
        framework.init();
        try {
            if (BundleFolder.synchronize(framework.getBundleContext(), bundleJars(options))) {
                refresh(framework);
            }
            // Raises the start level tier by tier (StartLevelOrder): weaving, logging, infrastructure, LedgerBridge, host.
            framework.start();
        } catch (BundleException | IOException | RuntimeException e) {
            framework.stop();
            throw e;
        }
        return new DemoFramework(framework);
    }

    static Map<String, String> frameworkProperties(LauncherOptions options, ConnectorTarget target,
            Properties system) {
        Map<String, String> p = new HashMap<>();
        // Pass -Dorg.osgi.* and -Dorg.apache.felix.* through, so any framework or Felix HTTP setting can be tuned.
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith("org.osgi.") || name.startsWith("org.apache.felix.") || name.startsWith("felix.")) {
                p.put(name, system.getProperty(name));
            }
        }
        p.put(Constants.FRAMEWORK_STORAGE, options.dataDir().resolve("felix-cache").toString());
        // The cache is kept between starts (ConfigurationAdmin's configurations and bundles' data live there);
        // BundleFolder updates a bundle whose jar was rebuilt and uninstalls one whose jar is gone.
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(StartLevelOrder.values().length));
        // Bundles see only the JDK, never the launcher's class path (which holds this jar and Felix).
        p.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_BOOT);
        p.put("org.osgi.service.http.port", Integer.toString(options.port()));
        // The only property that binds Felix HTTP to loopback; org.osgi.service.http.host is ignored (osgi-stack.md §5).
        p.put("org.apache.felix.http.host", "127.0.0.1");
        p.put(PROP_DATA_DIR, options.dataDir().toString());
        p.put(PROP_HOST_URL, "http://127.0.0.1:" + options.port());
        p.put(PROP_EXAMPLES, Boolean.toString(options.exampleContributions()));
        p.putAll(target.frameworkProperties());
        return p;
    }

    private static void refresh(Framework framework) throws BundleException {
        CountDownLatch refreshed = new CountDownLatch(1);
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> refreshed.countDown());
        try {
            if (!refreshed.await(30, TimeUnit.SECONDS)) {
                throw new BundleException("Refreshing the updated bundles took more than 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException("Interrupted while refreshing the updated bundles", e);
        }
    }

    private static List<Path> bundleJars(LauncherOptions options) throws IOException {
        if (!Files.isDirectory(options.bundlesDir())) {
            throw new IOException("No bundles folder at " + options.bundlesDir()
                    + "; build with 'mvn -DskipTests package' or pass --bundles-dir");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(options.bundlesDir())) {
            jars = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList());
        }
        if (options.hostBundle() == null || !Files.isRegularFile(options.hostBundle())) {
            throw new IOException("The demo host bundle " + options.hostBundle() + " is not a jar; run the packaged"
                    + " target/demo-host.jar, not the classes folder");
        }
        jars.add(options.hostBundle());
        return jars;
    }

    /**
     * Stops the framework and waits for it.
     *
     * @throws BundleException when the framework cannot be stopped
     * @throws InterruptedException when interrupted while waiting
     */
    public void stop() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(30_000);
    }

    /**
     * @return the event that ended the framework
     * @throws InterruptedException when interrupted while waiting
     */
    public FrameworkEvent awaitStop() throws InterruptedException {
        return framework.waitForStop(0);
    }
}
