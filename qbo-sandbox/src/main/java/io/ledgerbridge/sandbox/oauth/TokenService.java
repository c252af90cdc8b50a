package io.ledgerbridge.sandbox.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxClock;
import io.ledgerbridge.sandbox.json.Json;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Authorization codes, grants (one app's connection to one company), access and refresh tokens, with Intuit's
 * lifetimes: access 1 hour; refresh 100 days from last use and never past 5 years from the grant; a refresh
 * rotates the refresh token and the old one stops working; a revoke ends the whole grant.
 */
public final class TokenService {
    public static final Duration ACCESS_LIFETIME = Duration.ofHours(1);
    public static final Duration REFRESH_IDLE = Duration.ofDays(100);
    public static final Duration REFRESH_HARD_LIMIT = Duration.ofDays(5 * 365 + 1);
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One app connected to one company. */
    public static final class Grant {
        public final String id;
        public final String clientId;
        public final String realmId;
        public final String scope;
        public final Instant createdAt;
        public volatile boolean revoked;

        Grant(String clientId, String realmId, String scope, Instant createdAt) {
            this(random(12), clientId, realmId, scope, createdAt);
        }

        Grant(String id, String clientId, String realmId, String scope, Instant createdAt) {
            this.id = id;
            this.clientId = clientId;
            this.realmId = realmId;
            this.scope = scope;
            this.createdAt = createdAt;
        }
    }

    record Code(String clientId, String realmId, String redirectUri, String scope, Instant expiresAt) {
    }

    record Access(Grant grant, Instant expiresAt) {
    }

    record Refresh(Grant grant, Instant expiresAt, boolean superseded) {
    }

    /** A token response: what {@code /oauth2/v1/tokens/bearer} returns. */
    public record Tokens(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn, String realmId) {
    }

    /** Outcome of checking a bearer token on an API call. */
    public record Check(Grant grant, String problem) {
    }

    private final SandboxClock clock;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    // Tokens are kept by their SHA-256 only, as Intuit would: a saved state never holds a usable token.
    private final Map<String, Access> access = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refresh = new ConcurrentHashMap<>();

    public TokenService(SandboxClock clock) {
        this.clock = clock;
    }

    public String issueCode(String clientId, String realmId, String redirectUri, String scope) {
        String code = "AB11" + random(24);
        codes.put(code, new Code(clientId, realmId, redirectUri, scope, clock.now().plus(CODE_LIFETIME)));
        return code;
    }

    public synchronized Tokens exchange(String clientId, String code, String redirectUri) {
        Code c = code == null ? null : codes.remove(code); // single use
        if (c == null || !c.clientId().equals(clientId)) {
            throw OAuthError.invalidGrant("The authorization code is invalid or was already used");
        }
        if (clock.now().isAfter(c.expiresAt())) {
            throw OAuthError.invalidGrant("The authorization code has expired");
        }
        if (!c.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("redirect_uri does not match the one used to authorize");
        }
        return issue(new Grant(clientId, c.realmId(), c.scope(), clock.now()));
    }

    public synchronized Tokens refresh(String clientId, String refreshToken) {
        Refresh r = refreshToken == null ? null : refresh.get(key(refreshToken));
        Instant now = clock.now();
        if (r == null || !r.grant().clientId.equals(clientId)) {
            throw OAuthError.invalidGrant("Incorrect or invalid refresh token");
        }
        if (r.grant().revoked) {
            throw OAuthError.invalidGrant("The refresh token was revoked");
        }
        if (r.superseded()) {
            throw OAuthError.invalidGrant("The refresh token was replaced by a newer one");
        }
        if (!now.isBefore(r.expiresAt())) {
            throw OAuthError.invalidGrant("The refresh token has expired");
        }
        refresh.put(key(refreshToken), new Refresh(r.grant(), r.expiresAt(), true));
        return issue(r.grant());
    }

    /** Direct issue for tests and the admin API: connects {@code clientId} to {@code realmId} without the browser. */
    public synchronized Tokens connect(String clientId, String realmId, String scope) {
        return issue(new Grant(clientId, realmId, scope, clock.now()));
    }

    private Tokens issue(Grant grant) {
        Instant now = clock.now();
        String accessToken = "eyJsYW5kYm94Ijp0cnVlfQ." + random(48);
        String refreshToken = "AB11" + random(36);
        Instant accessExpiry = now.plus(ACCESS_LIFETIME);
        Instant hard = grant.createdAt.plus(REFRESH_HARD_LIMIT);
        Instant idle = now.plus(REFRESH_IDLE);
        Instant refreshExpiry = idle.isBefore(hard) ? idle : hard;
        access.put(key(accessToken), new Access(grant, accessExpiry));
        refresh.put(key(refreshToken), new Refresh(grant, refreshExpiry, false));
        return new Tokens(accessToken, ACCESS_LIFETIME.toSeconds(), refreshToken,
                Math.max(0, Duration.between(now, refreshExpiry).toSeconds()), grant.realmId);
    }

    /** Revokes the grant an access or refresh token belongs to; true when the token was known. */
    public boolean revoke(String clientId, String token) {
        Grant g = null;
        String k = token == null ? null : key(token);
        if (k != null && access.containsKey(k)) {
            g = access.get(k).grant();
        } else if (k != null && refresh.containsKey(k)) {
            g = refresh.get(k).grant();
        }
        if (g == null || (clientId != null && !g.clientId.equals(clientId))) {
            return false;
        }
        g.revoked = true;
        return true;
    }

    /** Revokes every grant to a company (optionally of one app); returns how many. */
    public int revokeRealm(String realmId, String clientId) {
        Set<Grant> grants = grants().stream()
                .filter(g -> g.realmId.equals(realmId) && (clientId == null || g.clientId.equals(clientId)) && !g.revoked)
                .collect(Collectors.toSet());
        grants.forEach(g -> g.revoked = true);
        return grants.size();
    }

    public Check check(String accessToken) {
        Access a = accessToken == null ? null : access.get(key(accessToken));
        if (a == null) {
            return new Check(null, accessToken == null ? "missing" : "invalid");
        }
        if (a.grant().revoked) {
            return new Check(a.grant(), "revoked");
        }
        if (!clock.now().isBefore(a.expiresAt())) {
            return new Check(a.grant(), "expired");
        }
        return new Check(a.grant(), null);
    }

    /** Apps with a live connection to a company: they receive its webhooks. */
    public Set<String> connectedApps(String realmId) {
        return grants().stream().filter(g -> g.realmId.equals(realmId) && !g.revoked)
                .map(g -> g.clientId).collect(Collectors.toSet());
    }

    private List<Grant> grants() {
        return java.util.stream.Stream.concat(access.values().stream().map(Access::grant),
                refresh.values().stream().map(Refresh::grant)).distinct().toList();
    }

    public void clear() {
        codes.clear();
        access.clear();
        refresh.clear();
    }

    /**
     * Grants and live tokens (by their hashes), for a snapshot: a demo restarted from it keeps its connections.
     * Authorization codes live five minutes and are not kept.
     *
     * @return the state as JSON
     */
    public synchronized ObjectNode state() {
        ObjectNode root = Json.object();
        Map<Grant, String> ids = new IdentityHashMap<>();
        ArrayNode grants = root.putArray("grants");
        java.util.stream.Stream.concat(access.values().stream().map(Access::grant),
                refresh.values().stream().map(Refresh::grant)).distinct().forEach(g -> {
                    ids.put(g, g.id);
                    grants.addObject().put("id", g.id).put("clientId", g.clientId).put("realmId", g.realmId)
                            .put("scope", g.scope).put("createdAt", g.createdAt.toString()).put("revoked", g.revoked);
                });
        ArrayNode a = root.putArray("access");
        access.forEach((k, v) -> a.addObject().put("key", k).put("grant", ids.get(v.grant()))
                .put("expiresAt", v.expiresAt().toString()));
        ArrayNode r = root.putArray("refresh");
        refresh.forEach((k, v) -> r.addObject().put("key", k).put("grant", ids.get(v.grant()))
                .put("expiresAt", v.expiresAt().toString()).put("superseded", v.superseded()));
        return root;
    }

    /**
     * Loads what {@link #state()} wrote, replacing every grant and token.
     *
     * @param state the saved state
     */
    public synchronized void restore(JsonNode state) {
        clear();
        Map<String, Grant> grants = new HashMap<>();
        for (JsonNode g : state.path("grants")) {
            Grant grant = new Grant(g.path("id").asText(), g.path("clientId").asText(), g.path("realmId").asText(),
                    g.path("scope").asText(), Instant.parse(g.path("createdAt").asText()));
            grant.revoked = g.path("revoked").asBoolean();
            grants.put(grant.id, grant);
        }
        for (JsonNode t : state.path("access")) {
            Grant g = grants.get(t.path("grant").asText());
            if (g != null) {
                access.put(t.path("key").asText(), new Access(g, Instant.parse(t.path("expiresAt").asText())));
            }
        }
        for (JsonNode t : state.path("refresh")) {
            Grant g = grants.get(t.path("grant").asText());
            if (g != null) {
                refresh.put(t.path("key").asText(), new Refresh(g, Instant.parse(t.path("expiresAt").asText()),
                        t.path("superseded").asBoolean()));
            }
        }
    }

    private static String key(String token) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
