package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The JDK's {@link java.net.http.HttpClient}, which compresses nothing itself: the test gzips and deflates bodies
 * both ways by hand, as clients built on it do, and uses its own 100-continue, streamed (chunked) bodies and HEAD.
 */
class JdkHttpClientConformanceTest extends SandboxTestBase {
    /** HTTP/1.1 only, as most QuickBooks clients on this stack configure it. */
    private static final HttpClient HTTP11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The default: tries an h2c upgrade on a plain-HTTP URL, which the sandbox, like Intuit's edge, declines. */
    private static final HttpClient DEFAULT = HttpClient.newHttpClient();

    private static HttpRequest.Builder request(String rest) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v3/company/" + QboSandbox.US_REALM + "/" + rest))
                .header("Authorization", "Bearer " + us.token).header("Accept", "application/json");
    }

    private static String queryPath(String statement) {
        return "query?query=" + URLEncoder.encode(statement, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String coding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("identity");
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        String text = switch (coding(response)) {
            case "gzip" -> Codings.gunzip(response.body());
            case "deflate" -> Codings.inflate(response.body());
            default -> new String(response.body(), StandardCharsets.UTF_8);
        };
        return Api.json(text);
    }

    @Test
    void gzipBodiesBothWays() {
        HttpResponse<byte[]> created = send(HTTP11, request("customer?minorversion=75").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Codings.gzip("{\"DisplayName\":\"Gzip Both Ways\"}"))).build());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(coding(created)).isEqualTo("gzip");
        assertThat(created.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(json(created).at("/Customer/DisplayName").asText()).isEqualTo("Gzip Both Ways");
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Customer"))
                .anyMatch(c -> c.path("DisplayName").asText().equals("Gzip Both Ways"));
    }

    @Test
    void deflateBodiesBothWaysWithOrWithoutTheZlibWrapper() {
        for (byte[] body : new byte[][] {Codings.zlib("select * from customer where id = '3'"),
                Codings.rawDeflate("select * from customer where id = '3'")}) {
            HttpResponse<byte[]> r = send(HTTP11, request("query").header("Content-Type", "application/text")
                    .header("Content-Encoding", "deflate").header("Accept-Encoding", "gzip;q=0.5, deflate")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(coding(r)).isEqualTo("deflate");
            assertThat(json(r).at("/QueryResponse/Customer/0/Id").asText()).isEqualTo("3");
        }
    }

    @Test
    void getWithContentEncodingGzipAndNoBodyIsServedOnAKeptAliveConnection() {
        for (int i = 0; i < 20; i++) {
            HttpResponse<byte[]> r = send(HTTP11, request(queryPath("select * from Customer where Id = '1'"))
                    .header("Content-Encoding", "gzip").header("Accept-Encoding", "gzip").GET().build());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).at("/QueryResponse/Customer/0/Id").asText()).isEqualTo("1");
        }
    }

    @Test
    void identityWhenCompressionIsNotAskedForOrRefused() {
        HttpResponse<byte[]> none = send(HTTP11, request("customer/1").GET().build());
        assertThat(coding(none)).isEqualTo("identity");
        HttpResponse<byte[]> refused = send(HTTP11, request("customer/1").header("Accept-Encoding", "gzip;q=0, br, identity").GET().build());
        assertThat(coding(refused)).isEqualTo("identity");
        assertThat(json(refused).at("/Customer/Id").asText()).isEqualTo("1");
        HttpResponse<byte[]> anything = send(HTTP11, request("customer/1").header("Accept-Encoding", "*").GET().build());
        assertThat(coding(anything)).isEqualTo("gzip");
    }

    @Test
    void expectContinueAndAStreamedChunkedBody() {
        byte[] gz = Codings.gzip("{\"DisplayName\":\"Streamed Ltd\"}");
        HttpResponse<byte[]> r = send(HTTP11, request("customer").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").expectContinue(true)
                // no known length: the client sends Transfer-Encoding: chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(gz))).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).at("/Customer/DisplayName").asText()).isEqualTo("Streamed Ltd");
    }

    @Test
    void headMirrorsGetWithoutABody() {
        HttpResponse<byte[]> gzipHead = send(HTTP11, request("customer/1").header("Accept-Encoding", "gzip")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(gzipHead.statusCode()).isEqualTo(200);
        assertThat(gzipHead.body()).isEmpty();
        assertThat(coding(gzipHead)).isEqualTo("gzip");
        // Uncompressed, so the length does not depend on how well the answer's "time" compresses this millisecond.
        HttpResponse<byte[]> get = send(HTTP11, request("customer/1").header("Accept-Encoding", "identity").GET()
                .build());
        HttpResponse<byte[]> head = send(HTTP11, request("customer/1").header("Accept-Encoding", "identity")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);
    }

    @Test
    void caseInsensitiveQueriesAndRefusalsThroughTheDefaultClient() {
        HttpResponse<byte[]> count = send(DEFAULT, request(queryPath("select count(*) from vendor where active in (true, false)")).GET().build());
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(json(count).at("/QueryResponse/totalCount").asInt()).isEqualTo(4);
        HttpResponse<byte[]> zstd = send(DEFAULT, request("customer").header("Content-Type", "application/json")
                .header("Content-Encoding", "zstd").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(zstd.statusCode()).isEqualTo(415);
        HttpResponse<byte[]> truncated = send(DEFAULT, request("customer").header("Content-Type", "application/json")
                .header("Content-Encoding", "deflate").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x78, (byte) 0x9c, 1})).build());
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(json(truncated).at("/Fault/Error/0/Detail").asText()).contains("not valid deflate");
        HttpResponse<byte[]> parse = send(DEFAULT, request(queryPath("select * from invoice group by CustomerRef")).GET().build());
        assertThat(parse.statusCode()).isEqualTo(400);
        assertThat(json(parse).at("/Fault/Error/0/code").asText()).isEqualTo("4000");
    }
}
