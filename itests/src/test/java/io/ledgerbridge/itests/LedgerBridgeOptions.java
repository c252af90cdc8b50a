package io.ledgerbridge.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;

/**
 * The OSGi runtime every integration test boots: Felix with SCR, EventAdmin, ConfigAdmin, Metatype, the Jakarta
 * servlet whiteboard on loopback, Jersey, Jackson, EclipseLink, H2 and PostgreSQL drivers, and the reactor's own
 * bundles by file URL (so {@code mvn verify} needs no {@code mvn install}). Third-party bundles come from
 * target/pax-runtime (copied by the build, never on the test class path); Pax Exam resolves only from the local
 * repository.
 */
public final class LedgerBridgeOptions {
    /** Start order matters: SPI Fly before the slf4j API it weaves, the slf4j provider before Jetty logs. */
    private static final List<String> RUNTIME = List.of(
            "asm", "asm-tree", "asm-analysis", "asm-commons", "asm-util", "org.apache.aries.spifly.dynamic.bundle",
            "slf4j-api", "slf4j-simple",
            "org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component", "org.apache.felix.scr",
            "org.apache.felix.eventadmin", "org.apache.felix.configadmin", "org.apache.felix.metatype",
            "org.apache.felix.http.servlet-api", "commons-io", "commons-fileupload", "org.apache.felix.http.jetty12",
            "jackson-annotations", "jackson-core", "jackson-databind", "jackson-datatype-jsr310",
            "jakarta.annotation-api", "jakarta.inject-api", "jakarta.ws.rs-api", "jakarta.activation-api",
            "osgi-resource-locator", "hk2-utils", "hk2-api", "aopalliance-repackaged", "javassist", "hk2-locator",
            "jersey-common", "jersey-client", "jersey-hk2", "jackson-jakarta-rs-base",
            "jackson-jakarta-rs-json-provider",
            "jakarta.persistence-api", "org.osgi.service.jdbc", "h2", "postgresql", "HikariCP",
            "org.eclipse.persistence.asm", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql",
            "org.eclipse.persistence.jpa", "freemarker");

    private LedgerBridgeOptions() {
    }

    /**
     * @param httpPort the port the servlet whiteboard listens on, on 127.0.0.1
     * @return the options
     */
    public static Option runtime(int httpPort) {
        List<Option> options = new ArrayList<>();
        options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository")
                .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")));
        options.add(systemProperty("org.ops4j.pax.url.mvn.repositories").value(""));
        options.add(systemProperty("org.ops4j.pax.url.mvn.useFallbackRepositories").value("false"));
        options.add(frameworkProperty("org.osgi.service.http.port").value(String.valueOf(httpPort)));
        options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("info"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        String runtimeDir = required("ledgerbridge.runtime.dir");
        for (String name : RUNTIME) {
            options.add(bundle(new File(runtimeDir, name + ".jar").toURI().toString()));
        }
        for (String module : List.of("bundle-api", "bundle-qbo", "bundle-ui")) {
            options.add(bundle(reactorJar(module)));
        }
        options.add(junitBundles());
        options.add(cleanCaches());
        return composite(options.toArray(new Option[0]));
    }

    /**
     * @param names third-party bundles copied to target/pax-runtime, e.g. {@code org.apache.felix.healthcheck.api}
     * @return them, installed and started
     */
    public static Option extra(String... names) {
        String runtimeDir = required("ledgerbridge.runtime.dir");
        return composite(java.util.Arrays.stream(names)
                .map(name -> bundle(new File(runtimeDir, name + ".jar").toURI().toString())).toArray(Option[]::new));
    }

    /**
     * @param module a reactor module
     * @return the file URL of its built jar
     */
    public static String reactorJar(String module) {
        File jar = new File(required("ledgerbridge.reactor.dir"),
                module + "/target/" + module + "-" + required("ledgerbridge.version") + ".jar");
        if (!jar.isFile()) {
            throw new IllegalStateException(jar + " is missing: run the tests with 'mvn verify' from the top");
        }
        return jar.toURI().toString();
    }

    /** @return a free port on the loopback interface */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set; run through failsafe");
        }
        return value;
    }
}
