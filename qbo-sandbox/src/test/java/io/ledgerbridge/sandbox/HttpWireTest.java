package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 on the wire, byte by byte: pipelining, 100-continue, chunked and compressed bodies, HEAD, refusals. */
class HttpWireTest extends SandboxTestBase {

    private static String path(String rest) {
        return "/v3/company/" + QboSandbox.US_REALM + "/" + rest;
    }

    private static String auth() {
        return "Authorization: Bearer " + us.token;
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("GET", path("customer/1"), auth(), "Accept: application/json")
                    + RawHttp.head("GET", path("customer/2"), auth(), "Accept: application/json", "Content-Encoding: gzip")
                    + RawHttp.head("GET", path("query?query=select%20count(*)%20from%20vendor"), auth(), "Accept-Encoding: gzip"));
            RawHttp.Answer first = wire.read();
            RawHttp.Answer second = wire.read();
            RawHttp.Answer third = wire.read();
            assertThat(Api.json(first.text()).at("/Customer/Id").asText()).isEqualTo("1");
            assertThat(Api.json(second.text()).at("/Customer/Id").asText()).isEqualTo("2");
            assertThat(third.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(Api.json(Codings.gunzip(third.body())).at("/QueryResponse/totalCount").asInt()).isEqualTo(3);
            assertThat(first.header("intuit_tid")).isNotEqualTo(second.header("intuit_tid")).startsWith("1-");
        }
    }

    @Test
    void expectContinueGetsAnInterim100BeforeTheBodyIsSent() throws Exception {
        byte[] body = Codings.gzip("{\"DisplayName\":\"Continued Ltd\"}");
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("POST", path("customer"), auth(), "Content-Type: application/json",
                    "Content-Encoding: gzip", "Expect: 100-continue", "Content-Length: " + body.length));
            assertThat(wire.read().status()).isEqualTo(100);
            RawHttp.Answer created = wire.send(body).read();
            assertThat(created.status()).isEqualTo(200);
            assertThat(Api.json(created.text()).at("/Customer/DisplayName").asText()).isEqualTo("Continued Ltd");
        }
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Customer"))
                .anyMatch(c -> c.path("DisplayName").asText().equals("Continued Ltd"));
    }

    @Test
    void chunkedGzipBodyIsReassembledAndDecompressed() throws Exception {
        byte[] body = Codings.gzip("{\"DisplayName\":\"Chunky Ltd\"}");
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        int half = body.length / 2;
        chunked.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(body, 0, half);
        chunked.writeBytes(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(body, half, body.length - half);
        chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("POST", path("customer"), auth(), "Content-Type: application/json",
                    "Content-Encoding: gzip", "Transfer-Encoding: chunked"));
            RawHttp.Answer created = wire.send(chunked.toByteArray()).read();
            assertThat(created.status()).isEqualTo(200);
            assertThat(Api.json(created.text()).at("/Customer/DisplayName").asText()).isEqualTo("Chunky Ltd");
        }
    }

    @Test
    void headAnswersTheGetsHeadersWithoutItsBody() throws Exception {
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("HEAD", path("customer/1"), auth())
                    + RawHttp.head("GET", path("customer/1"), auth()));
            RawHttp.Answer head = wire.read(true);
            RawHttp.Answer get = wire.read();
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.body().length));
            // had the HEAD carried a body, the GET's status line would not parse where it did
            assertThat(Api.json(get.text()).at("/Customer/Id").asText()).isEqualTo("1");
        }
    }

    @Test
    void unknownCodingIs415AndACorruptBodyIs400AndTheConnectionLivesOn() throws Exception {
        byte[] json = "{\"DisplayName\":\"Never Ltd\"}".getBytes(StandardCharsets.UTF_8);
        byte[] corrupt = Codings.gzip("{\"DisplayName\":\"Never Ltd\"}");
        corrupt[corrupt.length / 2] ^= 0x5a;
        corrupt[corrupt.length - 3] ^= 0x5a;
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("POST", path("customer"), auth(), "Content-Type: application/json",
                    "Content-Encoding: br", "Content-Length: " + json.length)).send(json);
            RawHttp.Answer brotli = wire.read();
            assertThat(brotli.status()).isEqualTo(415);
            assertThat(Api.json(brotli.text()).at("/Fault/Error/0/Detail").asText()).contains("'br'", "gzip, deflate");
            wire.send(RawHttp.head("POST", path("customer"), auth(), "Content-Type: application/json",
                    "Content-Encoding: gzip", "Content-Length: " + corrupt.length)).send(corrupt);
            RawHttp.Answer broken = wire.read();
            assertThat(broken.status()).isEqualTo(400);
            assertThat(Api.json(broken.text()).at("/Fault/Error/0/Detail").asText()).contains("not valid gzip");
            wire.send(RawHttp.head("GET", path("customer/1"), auth()));
            assertThat(wire.read().status()).isEqualTo(200);
        }
        assertThat(sandbox.admin().entities(QboSandbox.US_REALM, "Customer"))
                .noneMatch(c -> c.path("DisplayName").asText().equals("Never Ltd"));
    }

    @Test
    void anEncodedSlashInAnIdIsAQuickBooksFaultNotAServerPage() throws Exception {
        try (RawHttp wire = new RawHttp(sandbox)) {
            RawHttp.Answer odd = wire.send(RawHttp.head("GET", path("customer/1%2F2"), auth())).read();
            assertThat(odd.status()).isEqualTo(400);
            assertThat(Api.json(odd.text()).at("/Fault/Error/0/code").asText()).isNotEmpty();
        }
    }

    @Test
    void anInjectedDropClosesTheConnectionWithoutAnAnswer() throws Exception {
        sandbox.admin().faults().dropNext(1);
        try (RawHttp wire = new RawHttp(sandbox)) {
            wire.send(RawHttp.head("GET", path("customer/1"), auth()));
            assertThat(wire.closedByServer()).isTrue();
        }
    }
}
