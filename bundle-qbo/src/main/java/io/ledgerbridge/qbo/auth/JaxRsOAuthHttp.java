package io.ledgerbridge.qbo.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.config.ConnectorConfig;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@link OAuthHttp} over a JAX-RS client (Jersey), against the token and revocation URLs of the configuration, so
 * Intuit and the local sandbox differ only in configuration. The client comes from the caller, built with the
 * connector's timeouts and the OSGi class-loader workaround.
 */
public final class JaxRsOAuthHttp implements OAuthHttp {
    private final Client client;
    private final ConnectorConfig config;
    private final ObjectMapper json;

    /**
     * @param client the JAX-RS client (shared, thread-safe; closed by its owner)
     * @param config the token and revoke URLs and the app's credentials
     * @param json the JSON reader
     */
    public JaxRsOAuthHttp(Client client, ConnectorConfig config, ObjectMapper json) {
        this.client = client;
        this.config = config;
        this.json = json;
    }

    @Override
    public TokenResponse exchangeCode(String code, URI redirectUri) {
        Form form = new Form().param("grant_type", "authorization_code").param("code", code)
                .param("redirect_uri", redirectUri.toString());
        return tokens(post(config.tokenUrl(), form), null);
    }

    @Override
    public TokenResponse refresh(String refreshToken) {
        Form form = new Form().param("grant_type", "refresh_token").param("refresh_token", refreshToken);
        // Intuit "may" rotate the refresh token; an answer without one means the current one stays valid.
        return tokens(post(config.tokenUrl(), form), refreshToken);
    }

    /**
     * Intuit's revoke page and its own .NET and JavaScript SDKs send {@code {"token":"…"}} as
     * {@code application/json} with HTTP Basic client authentication (qbo-api.md §10): that documented form, not a
     * form body, which only the Java SDK uses.
     */
    @Override
    public void revoke(String token) {
        post(config.revokeUrl(), Entity.json(json.createObjectNode().put("token", token).toString()));
    }

    private Answer post(URI url, Form form) {
        return post(url, Entity.form(form));
    }

    private Answer post(URI url, Entity<?> entity) {
        String basic = Base64.getEncoder().encodeToString(
                (config.clientId() + ":" + config.clientSecret()).getBytes(StandardCharsets.UTF_8));
        try (Response response = client.target(url).request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .post(entity)) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            Answer answer = new Answer(response.getStatus(), body, response.getHeaderString("intuit_tid"));
            if (answer.status / 100 != 2) {
                throw failure(answer);
            }
            return answer;
        } catch (ProcessingException e) {
            // No answer at all (connect or read timeout, connection reset): the grant may be fine, so retryable.
            throw new OAuthException(OAuthException.Kind.TRANSIENT, 0, null,
                    "Intuit's OAuth endpoint did not answer: " + e.getMessage(), null);
        }
    }

    private OAuthException failure(Answer answer) {
        String error = null;
        String description = null;
        try {
            JsonNode node = json.readTree(answer.body);
            error = node == null ? null : text(node, "error");
            description = node == null ? null : text(node, "error_description");
        } catch (IOException e) {
            description = "unreadable error body";
        }
        OAuthException.Kind kind;
        if (answer.status >= 500 || answer.status == 429) {
            kind = OAuthException.Kind.TRANSIENT;
        } else if ("invalid_grant".equals(error)) {
            kind = OAuthException.Kind.INVALID_GRANT;
        } else if ("invalid_client".equals(error) || answer.status == 401) {
            kind = OAuthException.Kind.INVALID_CLIENT;
        } else {
            kind = OAuthException.Kind.PROTOCOL;
        }
        return new OAuthException(kind, answer.status, error,
                description != null ? description : "Intuit refused the OAuth request", answer.intuitTid);
    }

    private TokenResponse tokens(Answer answer, String currentRefreshToken) {
        try {
            JsonNode node = json.readTree(answer.body);
            String refreshToken = text(node, "refresh_token");
            return new TokenResponse(text(node, "access_token"), node.path("expires_in").asLong(3600),
                    refreshToken != null ? refreshToken : currentRefreshToken,
                    node.path("x_refresh_token_expires_in").asLong(8_726_400));
        } catch (IOException e) {
            throw new OAuthException(OAuthException.Kind.PROTOCOL, answer.status, null,
                    "the token endpoint's answer is not JSON", answer.intuitTid);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private record Answer(int status, String body, String intuitTid) {
        @Override
        public String toString() {
            return "Answer[status=" + status + "]"; // the body may hold tokens
        }
    }
}
