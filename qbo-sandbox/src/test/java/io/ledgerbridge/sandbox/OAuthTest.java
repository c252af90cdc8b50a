package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OAuthTest {
    static final String REDIRECT = "http://127.0.0.1:8080/ledgerbridge/oauth/callback";
    static SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-01T12:00:00Z"));
    static QboSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = QboSandbox.builder().clock(clock).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static String authorizeUrl(String clientId, String redirect) {
        return sandbox.baseUrl() + "/connect/oauth2?client_id=" + clientId + "&response_type=code&scope="
                + "com.intuit.quickbooks.accounting&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&state=xyz";
    }

    static Api.Resp postForm(String path, String form, String basicUser, String basicSecret) {
        return postForm(sandbox, path, form, basicUser, basicSecret);
    }

    static Api.Resp postForm(QboSandbox target, String path, String form, String basicUser, String basicSecret) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicUser != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + basicSecret).getBytes(StandardCharsets.UTF_8)));
        }
        return Api.raw(b.build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Walks the browser flow: authorize page, Connect for a company, callback parameters. */
    static Map<String, String> connectInBrowser(String redirect, String realm) {
        return connectInBrowser(sandbox, redirect, realm);
    }

    static Map<String, String> connectInBrowser(QboSandbox target, String redirect, String realm) {
        Api.Resp page = Api.raw(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/connect/oauth2?client_id=ledgerbridge-dev"
                + "&response_type=code&scope=com.intuit.quickbooks.accounting&redirect_uri=" + enc(redirect) + "&state=xyz")).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Connect").contains("Sandbox Company US").contains("Sandbox Company CA");
        Api.Resp back = postForm(target, "/connect/oauth2", "client_id=ledgerbridge-dev&response_type=code&scope=com.intuit.quickbooks.accounting"
                + "&redirect_uri=" + enc(redirect) + "&state=xyz&realmId=" + realm + "&action=connect", null, null);
        assertThat(back.status()).isEqualTo(302);
        String location = back.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        return io.ledgerbridge.sandbox.http.Request.parseForm(location.substring(location.indexOf('?') + 1));
    }

    static JsonNode exchange(String code, String redirect) {
        return exchange(sandbox, code, redirect);
    }

    static JsonNode exchange(QboSandbox target, String code, String redirect) {
        Api.Resp r = postForm(target, "/oauth2/v1/tokens/bearer", "grant_type=authorization_code&code=" + enc(code)
                + "&redirect_uri=" + enc(redirect), "ledgerbridge-dev", "ledgerbridge-dev-secret");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static Api.Resp refresh(String refreshToken) {
        return refresh(sandbox, refreshToken);
    }

    static Api.Resp refresh(QboSandbox target, String refreshToken) {
        return postForm(target, "/oauth2/v1/tokens/bearer", "grant_type=refresh_token&refresh_token=" + enc(refreshToken),
                "ledgerbridge-dev", "ledgerbridge-dev-secret");
    }

    @Test
    void fullFlowGivesCodeStateRealmAndWorkingTokens() {
        Map<String, String> cb = connectInBrowser(REDIRECT, QboSandbox.US_REALM);
        assertThat(cb).containsEntry("state", "xyz").containsEntry("realmId", QboSandbox.US_REALM).containsKey("code");
        JsonNode tokens = exchange(cb.get("code"), REDIRECT);
        assertThat(tokens.get("token_type").asText()).isEqualTo("bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(tokens.get("x_refresh_token_expires_in").asLong()).isEqualTo(Duration.ofDays(100).toSeconds());
        Api api = new Api(sandbox, QboSandbox.US_REALM, tokens.get("access_token").asText());
        assertThat(api.get("companyinfo/" + QboSandbox.US_REALM).status()).isEqualTo(200);
    }

    @Test
    void codeIsSingleUseAndExpires() {
        String code = connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code");
        exchange(code, REDIRECT);
        Api.Resp again = postForm("/oauth2/v1/tokens/bearer", "grant_type=authorization_code&code=" + enc(code)
                + "&redirect_uri=" + enc(REDIRECT), "ledgerbridge-dev", "ledgerbridge-dev-secret");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");

        String late = connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code");
        clock.advance(Duration.ofMinutes(6));
        Api.Resp expired = postForm("/oauth2/v1/tokens/bearer", "grant_type=authorization_code&code=" + enc(late)
                + "&redirect_uri=" + enc(REDIRECT), "ledgerbridge-dev", "ledgerbridge-dev-secret");
        assertThat(expired.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void wildcardPortRedirectIsAccepted() {
        String redirect = "http://127.0.0.1:41234/ledgerbridge/oauth/callback";
        assertThat(connectInBrowser(redirect, QboSandbox.CA_REALM)).containsEntry("realmId", QboSandbox.CA_REALM);
    }

    @Test
    void badClientAndBadRedirectShowErrorPagesAndNeverRedirect() {
        Api.Resp badClient = Api.raw(HttpRequest.newBuilder(URI.create(authorizeUrl("nobody", REDIRECT))).GET().build());
        assertThat(badClient.status()).isEqualTo(400);
        assertThat(badClient.body()).contains("invalid_client");
        Api.Resp badRedirect = Api.raw(HttpRequest.newBuilder(URI.create(authorizeUrl("ledgerbridge-dev", "https://evil.example/cb"))).GET().build());
        assertThat(badRedirect.status()).isEqualTo(400);
        assertThat(badRedirect.body()).contains("redirect_uri");
        assertThat(badRedirect.raw().headers().firstValue("Location")).isEmpty();
    }

    @Test
    void userWhoDeclinesIsSentBackWithAccessDenied() {
        Api.Resp back = postForm("/connect/oauth2", "client_id=ledgerbridge-dev&response_type=code&scope=com.intuit.quickbooks.accounting"
                + "&redirect_uri=" + enc(REDIRECT) + "&state=s1&realmId=" + QboSandbox.US_REALM + "&action=cancel", null, null);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.raw().headers().firstValue("Location").orElseThrow()).isEqualTo(REDIRECT + "?error=access_denied&state=s1");
    }

    @Test
    void wrongSecretIsInvalidClient() {
        Api.Resp r = postForm("/oauth2/v1/tokens/bearer", "grant_type=refresh_token&refresh_token=x", "ledgerbridge-dev", "wrong");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("invalid_client");
        Api.Resp grant = postForm("/oauth2/v1/tokens/bearer", "grant_type=password", "ledgerbridge-dev", "ledgerbridge-dev-secret");
        assertThat(grant.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void refreshRotatesAndTheOldTokenIsSuperseded() {
        JsonNode first = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        Api.Resp second = refresh(first.get("refresh_token").asText());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        Api.Resp reuse = refresh(first.get("refresh_token").asText());
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(refresh(second.json().get("refresh_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void accessTokenExpiresAfterOneHour() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        Api api = new Api(sandbox, QboSandbox.US_REALM, tokens.get("access_token").asText());
        clock.advance(Duration.ofMinutes(59));
        assertThat(api.get("customer/1").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        Api.Resp expired = api.get("customer/1");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.raw().headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(expired.json().at("/fault/error/0/code").asText()).isEqualTo("3200");
        assertThat(expired.json().at("/fault/error/0/detail").asText()).startsWith("Token expired");
        assertThat(expired.json().at("/fault/type").asText()).isEqualTo("AUTHENTICATION");
        assertThat(expired.json().get("time").isNumber()).isTrue();
        Api renewed = new Api(sandbox, QboSandbox.US_REALM, refresh(tokens.get("refresh_token").asText()).json().get("access_token").asText());
        assertThat(renewed.get("customer/1").status()).isEqualTo(200);
    }

    @Test
    void refreshTokenExpiresAfterHundredDaysUnused() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        clock.advance(Duration.ofDays(99));
        Api.Resp used = refresh(tokens.get("refresh_token").asText());
        assertThat(used.status()).isEqualTo(200);
        clock.advance(Duration.ofDays(100).plusSeconds(1));
        Api.Resp stale = refresh(used.json().get("refresh_token").asText());
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenStopsAtTheFiveYearHardLimit() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        String refreshToken = tokens.get("refresh_token").asText();
        long expiresIn = Long.MAX_VALUE;
        for (int i = 0; i < 19; i++) { // 19 x 96 days = 5 years
            clock.advance(Duration.ofDays(96));
            Api.Resp r = refresh(refreshToken);
            assertThat(r.status()).as("refresh %d", i).isEqualTo(200);
            refreshToken = r.json().get("refresh_token").asText();
            expiresIn = r.json().get("x_refresh_token_expires_in").asLong();
        }
        assertThat(expiresIn).isLessThan(Duration.ofDays(100).toSeconds());
        clock.advance(Duration.ofSeconds(expiresIn + 1));
        assertThat(refresh(refreshToken).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void revokeEndsAccessAndRefresh() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        Api.Resp revoke = postForm("/v2/oauth2/tokens/revoke", "token=" + enc(tokens.get("refresh_token").asText()),
                "ledgerbridge-dev", "ledgerbridge-dev-secret");
        assertThat(revoke.status()).isEqualTo(200);
        Api api = new Api(sandbox, QboSandbox.US_REALM, tokens.get("access_token").asText());
        Api.Resp call = api.get("customer/1");
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.json().at("/fault/error/0/detail").asText()).startsWith("Token revoked");
        assertThat(refresh(tokens.get("refresh_token").asText()).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void revokeAcceptsJsonBody() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        HttpRequest req = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/oauth2/tokens/revoke"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("ledgerbridge-dev:ledgerbridge-dev-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + tokens.get("access_token").asText() + "\"}")).build();
        assertThat(Api.raw(req).status()).isEqualTo(200);
        assertThat(new Api(sandbox, QboSandbox.US_REALM, tokens.get("access_token").asText()).get("customer/1").status()).isEqualTo(401);
    }

    private static Api.Resp revoke(String contentType, String authorization, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/oauth2/tokens/revoke"))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return Api.raw(b.build());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void revokeTakesIntuitsDocumentedJsonWithBasicAuthAndAnswers200() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        Api.Resp ok = revoke("application/json; charset=UTF-8", basic("ledgerbridge-dev", "ledgerbridge-dev-secret"),
                "{\"token\":\"" + tokens.get("refresh_token").asText() + "\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(refresh(tokens.get("refresh_token").asText()).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void revokeRefusesClientCredentialsOutsideBasicAuth() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        String refreshToken = tokens.get("refresh_token").asText();
        Api.Resp inBody = revoke("application/x-www-form-urlencoded", null, "token=" + enc(refreshToken)
                + "&client_id=ledgerbridge-dev&client_secret=ledgerbridge-dev-secret");
        assertThat(inBody.status()).isEqualTo(401);
        assertThat(inBody.json().get("error").asText()).isEqualTo("invalid_client");
        Api.Resp bearer = revoke("application/json", "Bearer " + tokens.get("access_token").asText(),
                "{\"token\":\"" + refreshToken + "\"}");
        assertThat(bearer.status()).isEqualTo(401);
        Api.Resp wrongSecret = revoke("application/json", basic("ledgerbridge-dev", "wrong"),
                "{\"token\":\"" + refreshToken + "\"}");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(refresh(refreshToken).status()).as("nothing was revoked").isEqualTo(200);
    }

    @Test
    void revokeRefusesBodiesWithoutAReadableToken() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        String refreshToken = tokens.get("refresh_token").asText();
        String auth = basic("ledgerbridge-dev", "ledgerbridge-dev-secret");
        String json = "{\"token\":\"" + refreshToken + "\"}";
        assertThat(revoke("text/plain", auth, json).status()).as("JSON under another type").isEqualTo(400);
        assertThat(revoke(null, auth, json).status()).as("no Content-Type").isEqualTo(400);
        assertThat(revoke("application/json", auth, "{\"token\":").status()).as("broken JSON").isEqualTo(400);
        Api.Resp noToken = revoke("application/json", auth, "{\"refresh_token\":\"" + refreshToken + "\"}");
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(refresh(refreshToken).status()).as("nothing was revoked").isEqualTo(200);
    }

    @Test
    void theRequestLogNamesTheBodyTypeOfOAuthCalls() {
        JsonNode tokens = exchange(connectInBrowser(REDIRECT, QboSandbox.US_REALM).get("code"), REDIRECT);
        sandbox.admin().clearRequestLog();
        revoke("application/json; charset=UTF-8", basic("ledgerbridge-dev", "ledgerbridge-dev-secret"),
                "{\"token\":\"" + tokens.get("refresh_token").asText() + "\"}");
        assertThat(sandbox.admin().requests()).singleElement()
                .satisfies(e -> assertThat(e.contentType()).isEqualTo("application/json"));
    }

    @Test
    void missingOrUnknownTokenIs401AndOtherCompanyIs403() {
        Api none = new Api(sandbox, QboSandbox.US_REALM, null);
        assertThat(none.get("customer/1").status()).isEqualTo(401);
        Api junk = new Api(sandbox, QboSandbox.US_REALM, "not-a-token");
        assertThat(junk.get("customer/1").json().at("/fault/error/0/code").asText()).isEqualTo("3200");
        Api caToken = Api.connect(sandbox, QboSandbox.CA_REALM);
        Api wrongRealm = new Api(sandbox, QboSandbox.US_REALM, caToken.token);
        Api.Resp forbidden = wrongRealm.get("customer/1");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().at("/fault/error/0/code").asText()).isEqualTo("3100");
        assertThat(forbidden.json().at("/fault/type").asText()).isEqualTo("SERVICE");
    }

    @Test
    void discoveryNamesThisSandboxsEndpoints() {
        for (String path : new String[] {"/.well-known/openid_sandbox_configuration", "/.well-known/openid_configuration"}) {
            Api.Resp d = Api.raw(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET().build());
            assertThat(d.status()).isEqualTo(200);
            assertThat(d.json().get("authorization_endpoint").asText()).isEqualTo(sandbox.baseUrl() + "/connect/oauth2");
            assertThat(d.json().get("token_endpoint").asText()).isEqualTo(sandbox.baseUrl() + "/oauth2/v1/tokens/bearer");
            assertThat(d.json().get("revocation_endpoint").asText()).isEqualTo(sandbox.baseUrl() + "/v2/oauth2/tokens/revoke");
            assertThat(d.json().get("issuer").asText()).startsWith(sandbox.baseUrl());
        }
    }
}
