package io.ledgerbridge.qbo.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.internal.RuntimeDelegateImpl;

/**
 * The one place JAX-RS clients are built, for the QuickBooks API and for the OAuth token calls alike. Works inside
 * OSGi and on a plain class path. Close the returned client when its owner stops.
 */
public final class JaxRsClients {
    private JaxRsClients() {
    }

    /** A Jersey client with the QuickBooks Jackson configuration ({@link QboJson#newObjectMapper()}). */
    public static Client newClient(Duration connectTimeout, Duration readTimeout) {
        return newClient(connectTimeout, readTimeout, QboJson.newObjectMapper());
    }

    /**
     * A Jersey client that reads and writes JSON with {@code mapper}.
     * <p>
     * JAX-RS 3.1 finds its implementation only through {@code ServiceLoader} on the thread context class loader,
     * which inside OSGi is not Jersey's. So the TCCL is pointed at Jersey's own bundle loader while
     * {@code RuntimeDelegate} is first looked up (the API caches it for the JVM) and the client is built, then
     * restored; {@code JerseyClientBuilder} is instantiated directly for the same reason (osgi-stack.md §3).
     *
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for a response (QuickBooks ends requests after 120 s)
     * @param mapper the Jackson mapper for request and response bodies
     */
    public static Client newClient(Duration connectTimeout, Duration readTimeout, ObjectMapper mapper) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RuntimeDelegateImpl.class.getClassLoader());
        try {
            RuntimeDelegate.getInstance();
            return new JerseyClientBuilder()
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .register(new JacksonJsonProvider(mapper))
                    .build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
