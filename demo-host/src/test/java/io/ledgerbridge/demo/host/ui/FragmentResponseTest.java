package io.ledgerbridge.demo.host.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FragmentResponseTest {

    /** A response that records what reaches the client. */
    static final class Client {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final PrintWriter writer = new PrintWriter(body, true, StandardCharsets.UTF_8);
        final Map<String, String> headers = new HashMap<>();
        int status = 200;
        String contentType;
        String redirect;

        String body() {
            writer.flush();
            return body.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getWriter" -> writer;
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "getContentType" -> contentType;
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "containsHeader" -> headers.containsKey((String) args[0]);
                        case "sendRedirect" -> {
                            status = 302;
                            redirect = (String) args[0];
                            yield null;
                        }
                        case "isCommitted" -> redirect != null;
                        default -> null;
                    });
        }
    }

    @Test
    void anHtmlAnswerWithStatus200IsKeptBackAsAFragment() throws Exception {
        Client client = new Client();
        FragmentResponse response = new FragmentResponse(client.response(), false);

        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Length", "16");
        response.getWriter().write("<p>Connected</p>");

        assertThat(response.isFragment()).isTrue();
        assertThat(client.headers).as("the fragment's length is not the page's").doesNotContainKey("Content-Length");
        assertThat(response.fragment()).isEqualTo("<p>Connected</p>");
        assertThat(client.body.size()).isZero();
    }

    @Test
    void jsonARedirectAndAStandalonePageGoStraightToTheClient() throws Exception {
        Client json = new Client();
        FragmentResponse response = new FragmentResponse(json.response(), false);
        response.setContentType("application/json");
        response.getWriter().write("{\"ok\":true}");
        assertThat(response.isFragment()).isFalse();
        assertThat(json.body()).isEqualTo("{\"ok\":true}");

        Client redirected = new Client();
        response = new FragmentResponse(redirected.response(), false);
        response.sendRedirect("/ledgerbridge/qbo");
        assertThat(response.isFragment()).isFalse();
        assertThat(redirected.redirect).isEqualTo("/ledgerbridge/qbo");

        Client standalone = new Client();
        response = new FragmentResponse(standalone.response(), false);
        response.setContentType("text/html");
        response.setHeader(UiContribution.HEADER_STANDALONE, "true");
        response.getWriter().write("<!DOCTYPE html><html></html>");
        assertThat(response.isFragment()).isFalse();
        assertThat(standalone.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anErrorStatusIsPassedThroughWithItsBody() throws Exception {
        Client client = new Client();
        FragmentResponse response = new FragmentResponse(client.response(), false);

        response.setStatus(409);
        response.setContentType("text/html");
        response.getWriter().write("<p>conflict</p>");

        assertThat(response.isFragment()).isFalse();
        assertThat(client.status).isEqualTo(409);
        assertThat(client.body()).isEqualTo("<p>conflict</p>");
    }

    @Test
    void aPanelNeverReachesTheClientEvenWhenItRedirects() throws Exception {
        Client client = new Client();
        FragmentResponse response = new FragmentResponse(client.response(), true);

        response.sendRedirect("/elsewhere");

        assertThat(response.isFragment()).isFalse();
        assertThat(response.status()).isEqualTo(302);
        assertThat(client.redirect).isNull();
    }
}
