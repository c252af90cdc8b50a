package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apache HttpClient 5 (classic, pooled, keep-alive) configured as Intuit's Java SDK behaves: every request, bodiless
 * GETs included, says {@code Content-Encoding: gzip} and {@code Accept-Encoding: gzip}, and bodies go gzipped.
 */
class ApacheHttpClientConformanceTest extends SandboxTestBase {
    private static final int POOL = 2;
    private static PoolingHttpClientConnectionManager pool;
    private static CloseableHttpClient client;
    /** The client-side port of the connection each answer came on: one per TCP connection opened. */
    private static final Set<Integer> localPorts = ConcurrentHashMap.newKeySet();
    /** Content-Encoding of each answer as it came off the wire, before the client decompressed it. */
    private static final List<String> wireEncodings = java.util.Collections.synchronizedList(new ArrayList<>());

    private record Answer(int status, String body) {
        JsonNode json() {
            return Api.json(body);
        }
    }

    @BeforeAll
    static void startClient() {
        pool = PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(POOL).setMaxConnPerRoute(POOL).build();
        // no automatic retries (HttpClient 5 resends 429/503 after a second): every answer is the sandbox's first
        client = HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries()
                .addRequestInterceptorLast((request, entity, context) -> {
                    if (!request.containsHeader("Content-Encoding")) {
                        request.setHeader("Content-Encoding", "gzip");
                    }
                    request.setHeader("Accept-Encoding", "gzip");
                    request.setHeader("Accept", "application/json");
                    request.setHeader("Authorization", "Bearer " + us.token);
                })
                .addResponseInterceptorLast((response, entity, context) -> {
                    var local = HttpCoreContext.adapt(context).getEndpointDetails().getLocalAddress();
                    localPorts.add(((InetSocketAddress) local).getPort());
                    var coding = response.getFirstHeader("Content-Encoding");
                    wireEncodings.add(coding == null ? "identity" : coding.getValue());
                })
                .build();
    }

    @AfterAll
    static void stopClient() throws IOException {
        client.close();
    }

    @BeforeEach
    void forgetConnections() {
        localPorts.clear();
        wireEncodings.clear();
    }

    private static String url(String rest) {
        return sandbox.baseUrl() + "/v3/company/" + QboSandbox.US_REALM + "/" + rest;
    }

    private static Answer send(HttpUriRequestBase request) {
        try {
            return client.execute(request, response -> new Answer(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer get(String rest) {
        return send(new HttpGet(url(rest)));
    }

    private static Answer query(String statement) {
        return get("query?query=" + URLEncoder.encode(statement, StandardCharsets.UTF_8).replace("+", "%20") + "&minorversion=75");
    }

    private static Answer post(String rest, String contentType, String body) {
        HttpPost post = new HttpPost(url(rest));
        post.setEntity(new ByteArrayEntity(Codings.gzip(body), ContentType.parse(contentType)));
        return send(post);
    }

    @Test
    void everyOrdinaryCallSucceedsWithGzipOnEveryRequestOverAFewKeptAliveConnections() {
        String invoiceId = post("invoice?minorversion=75", "application/json", invoiceJson("1", "40")).json()
                .at("/Invoice/Id").asText();
        String since = java.time.Instant.now().minusSeconds(3600).toString();
        for (int i = 0; i < 40; i++) {
            assertThat(get("customer/1").json().at("/Customer/DisplayName").asText()).isNotEmpty();
            assertThat(query("select * from customer where displayname like 'Acme%'").json()
                    .at("/QueryResponse/Customer/0/Id").asText()).isEqualTo("1");
            assertThat(post("query?minorversion=75", "application/text", "select count(*) from invoice").json()
                    .at("/QueryResponse/totalCount").asInt()).isEqualTo(1);
            assertThat(post("customer?minorversion=75", "application/json", "{\"DisplayName\":\"Pooled " + i + "\"}").status())
                    .isEqualTo(200);
            assertThat(get("cdc?entities=Customer&changedSince=" + since).json().findValuesAsText("DisplayName"))
                    .contains("Pooled " + i);
        }
        Answer voided = post("invoice?operation=void&minorversion=75", "application/json",
                "{\"Id\":\"" + invoiceId + "\",\"SyncToken\":\"0\"}");
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Invoice", invoiceId).at("/TotalAmt").decimalValue()).isZero();
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Customer")).filteredOn(c -> c.path("DisplayName").asText()
                .startsWith("Pooled ")).hasSize(40);
        assertThat(localPorts).hasSizeLessThanOrEqualTo(POOL);
        assertThat(wireEncodings).hasSize(202).containsOnly("gzip");
    }

    @Test
    void concurrentCallersShareThePooledConnections() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                calls.add(callers.submit(() -> n % 3 == 0
                        ? post("customer", "application/json", "{\"DisplayName\":\"Concurrent " + n + "\"}").status()
                        : query("SELECT * FROM Customer WHERE Id IN ('1', '2') ORDERBY Id").status()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Customer"))
                .filteredOn(c -> c.path("DisplayName").asText().startsWith("Concurrent ")).hasSize(40);
        assertThat(localPorts).hasSizeLessThanOrEqualTo(POOL);
    }

    @Test
    void headAndRefusalsLeaveThePooledConnectionUsable() {
        Answer head = send(new HttpHead(url("customer/1")));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpPost brotli = new HttpPost(url("customer"));
        brotli.setHeader("Content-Encoding", "br");
        brotli.setEntity(new ByteArrayEntity("{}".getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
        Answer refused = send(brotli);
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().at("/Fault/Error/0/Message").asText()).isEqualTo("Unsupported Media Type");
        HttpPost plain = new HttpPost(url("customer"));
        plain.setEntity(new ByteArrayEntity("{\"DisplayName\":\"Not gzip\"}".getBytes(StandardCharsets.UTF_8),
                ContentType.APPLICATION_JSON));
        assertThat(send(plain).status()).isEqualTo(400);
        Answer badQuery = query("select * from customer where displayname = 'a' or displayname = 'b'");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.json().at("/Fault/Error/0/code").asText()).isEqualTo("4000");
        assertThat(get("customer/2").json().at("/Customer/Id").asText()).isEqualTo("2");
        assertThat(localPorts).hasSizeLessThanOrEqualTo(POOL);
    }
}
