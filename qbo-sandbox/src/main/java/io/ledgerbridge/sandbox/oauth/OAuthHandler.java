package io.ledgerbridge.sandbox.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.http.Handler;
import io.ledgerbridge.sandbox.http.Request;
import io.ledgerbridge.sandbox.http.Response;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Intuit's OAuth 2.0 endpoints: the authorize page (company picker, Connect / Cancel), the token endpoint
 * (authorization_code and refresh_token grants, HTTP Basic or form client authentication), revoke, discovery.
 */
public final class OAuthHandler implements Handler {
    public static final String AUTHORIZE = "/connect/oauth2";
    public static final String TOKEN = "/oauth2/v1/tokens/bearer";
    public static final String REVOKE = "/v2/oauth2/tokens/revoke";
    public static final String ACCOUNTING_SCOPE = "com.intuit.quickbooks.accounting";
    private final AppRegistry apps;
    private final TokenService tokens;
    private final CompanyRegistry companies;
    private final Supplier<String> baseUrl;

    public OAuthHandler(AppRegistry apps, TokenService tokens, CompanyRegistry companies, Supplier<String> baseUrl) {
        this.apps = apps;
        this.tokens = tokens;
        this.companies = companies;
        this.baseUrl = baseUrl;
    }

    @Override
    public Response handle(Request r) {
        String path = r.path();
        if (path.startsWith(AUTHORIZE)) {
            return authorize(r);
        }
        if (path.equals(TOKEN) && "POST".equals(r.method())) {
            return token(r);
        }
        if (path.equals(REVOKE) && "POST".equals(r.method())) {
            return revoke(r);
        }
        if (path.startsWith("/.well-known/openid_")) {
            return Response.json(200, discovery());
        }
        return Response.text(404, "text/plain", "Not Found");
    }

    private Response authorize(Request r) {
        Map<String, String> p = "POST".equals(r.method()) ? r.form() : r.params();
        App app = apps.get(p.get("client_id"));
        if (app == null) {
            return AuthorizePage.error(400, "invalid_client", "The client_id is not registered with this sandbox.");
        }
        String redirect = p.get("redirect_uri");
        if (!app.allowsRedirect(redirect)) {
            return AuthorizePage.error(400, "invalid_request",
                    "The redirect_uri query parameter value is invalid. Make sure it is listed in the Redirect URIs section of the app's keys.");
        }
        String state = p.get("state");
        if (!"code".equals(p.get("response_type"))) {
            return Response.redirect(withParams(redirect, "error", "unsupported_response_type", "state", state));
        }
        String scope = p.get("scope");
        if (scope == null || !scope.contains("com.intuit.quickbooks.")) {
            return Response.redirect(withParams(redirect, "error", "invalid_scope", "state", state));
        }
        if ("GET".equals(r.method())) {
            return AuthorizePage.picker(app, companies.all(), p);
        }
        if (!"connect".equals(p.get("action"))) {
            return Response.redirect(withParams(redirect, "error", "access_denied", "state", state));
        }
        String realmId = p.get("realmId");
        if (companies.get(realmId) == null) {
            return AuthorizePage.error(400, "invalid_request", "Choose a company to connect.");
        }
        String code = tokens.issueCode(app.clientId, realmId, redirect, scope);
        return Response.redirect(withParams(redirect, "code", code, "state", state, "realmId", realmId));
    }

    private Response token(Request r) {
        try {
            Map<String, String> form = r.form();
            App app = authenticate(r, form);
            String grantType = form.get("grant_type");
            TokenService.Tokens t;
            if ("authorization_code".equals(grantType)) {
                t = tokens.exchange(app.clientId, form.get("code"), form.get("redirect_uri"));
            } else if ("refresh_token".equals(grantType)) {
                t = tokens.refresh(app.clientId, form.get("refresh_token"));
            } else {
                throw new OAuthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
            }
            ObjectNode body = Json.object().put("token_type", "bearer").put("access_token", t.accessToken())
                    .put("expires_in", t.expiresIn()).put("refresh_token", t.refreshToken())
                    .put("x_refresh_token_expires_in", t.refreshExpiresIn());
            return Response.json(200, body).withHeader("Cache-Control", "no-store");
        } catch (OAuthError e) {
            return oauthError(e);
        }
    }

    /**
     * Intuit's revocation endpoint: the client authenticates with HTTP Basic only (its page and every Intuit SDK do; a
     * bearer token or {@code client_id}/{@code client_secret} in the body gets 401), and names the token in a JSON body
     * {@code {"token":"…"}} sent as {@code application/json} (the page, the .NET and JavaScript SDKs) or in a form body
     * (the Java SDK). A body of any other type, unreadable JSON or no token is a 400.
     */
    private Response revoke(Request r) {
        try {
            App app = authenticateBasic(r);
            String type = mediaType(r);
            String token;
            if ("application/json".equals(type)) {
                JsonNode json = Json.parse(r.bodyText());
                token = json != null && json.isObject() ? Json.text(json, "token") : null;
            } else if ("application/x-www-form-urlencoded".equals(type)) {
                token = r.form().get("token");
            } else {
                throw new OAuthError(400, "invalid_request",
                        "the body must be application/json {\"token\":\"...\"}, not " + (type == null ? "missing" : type));
            }
            if (token == null || token.isBlank()) {
                throw new OAuthError(400, "invalid_request", "token is required");
            }
            tokens.revoke(app.clientId, token);
            return Response.empty(200);
        } catch (OAuthError e) {
            return oauthError(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return oauthError(new OAuthError(400, "invalid_request", "the body is not valid JSON"));
        }
    }

    /** The request's media type without parameters, lower case, or null. */
    public static String mediaType(Request r) {
        String type = r.header("Content-Type");
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private App authenticateBasic(Request r) {
        String header = r.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthError.invalidClient();
        }
        return authenticate(r, Map.of());
    }

    /** HTTP Basic ({@code client_secret_basic}) or form fields ({@code client_secret_post}). */
    private App authenticate(Request r, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String header = r.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = decoded.substring(0, colon);
                    secret = decoded.substring(colon + 1);
                }
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient();
            }
        }
        App app = apps.get(id);
        if (app == null || !app.clientSecret.equals(secret)) {
            throw OAuthError.invalidClient();
        }
        return app;
    }

    private static Response oauthError(OAuthError e) {
        ObjectNode body = Json.object().put("error", e.error());
        if (e.getMessage() != null) {
            body.put("error_description", e.getMessage());
        }
        Response resp = Response.json(e.status(), body);
        return e.status() == 401 ? resp.withHeader("WWW-Authenticate", "Basic realm=\"Intuit\"") : resp;
    }

    public ObjectNode discovery() {
        String base = baseUrl.get();
        ObjectNode d = Json.object();
        d.put("issuer", base + "/op/v1");
        d.put("authorization_endpoint", base + AUTHORIZE);
        d.put("token_endpoint", base + TOKEN);
        d.put("userinfo_endpoint", base + "/v1/openid_connect/userinfo");
        d.put("revocation_endpoint", base + REVOKE);
        d.put("jwks_uri", base + "/op/v1/jwks");
        d.putArray("response_types_supported").add("code");
        d.putArray("subject_types_supported").add("public");
        d.putArray("id_token_signing_alg_values_supported").add("RS256");
        d.putArray("scopes_supported").add("openid").add("email").add("profile").add("address").add("phone")
                .add(ACCOUNTING_SCOPE).add("com.intuit.quickbooks.payment");
        d.putArray("token_endpoint_auth_methods_supported").add("client_secret_post").add("client_secret_basic");
        d.putArray("claims_supported").add("aud").add("exp").add("iat").add("iss").add("realmid").add("sub");
        return d;
    }

    static String withParams(String uri, String... kv) {
        StringBuilder b = new StringBuilder(uri);
        char sep = uri.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                continue;
            }
            b.append(sep).append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }
}
