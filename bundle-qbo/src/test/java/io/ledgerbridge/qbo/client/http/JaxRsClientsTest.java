package io.ledgerbridge.qbo.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.Client;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.Test;

class JaxRsClientsTest {

    @Test
    void buildsAJerseyClientAndRestoresTheContextClassLoader() {
        ClassLoader foreign = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(foreign);
        Client client;
        try {
            client = JaxRsClients.newClient(Duration.ofSeconds(3), Duration.ofSeconds(7));
            assertThat(thread.getContextClassLoader()).isSameAs(foreign);
        } finally {
            thread.setContextClassLoader(original);
        }
        try {
            assertThat(client.getConfiguration().getProperty(ClientProperties.CONNECT_TIMEOUT)).isEqualTo(3000);
            assertThat(client.getConfiguration().getProperty(ClientProperties.READ_TIMEOUT)).isEqualTo(7000);
            assertThat(client.getConfiguration().getInstances())
                    .anyMatch(p -> p instanceof com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider);
        } finally {
            client.close();
        }
    }
}
