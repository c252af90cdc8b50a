package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.error.ErrorDetails;
import io.ledgerbridge.qbo.client.error.QboAuthenticationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intuit's OAuth endpoints and CompanyInfo in memory, for the unit ring: codes map to realms, every refresh
 * rotates the refresh token and retires the old one, revoked grants answer invalid_grant.
 */
final class FakeIntuit implements OAuthHttp, CompanyReader {
    final AtomicInteger codeExchanges = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final List<String> revoked = new ArrayList<>();
    final Map<String, CompanyFacts> companies = new HashMap<>();
    volatile int transientFailuresLeft;
    volatile boolean revokeFails;
    volatile Runnable duringRefresh = () -> { };

    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> liveRefresh = new HashMap<>(); // refresh token -> realm
    private final Map<String, String> liveAccess = new HashMap<>(); // access token -> realm
    private final Set<String> usedCodes = new HashSet<>();
    private int counter;

    synchronized String code(String realm) {
        String code = "code-" + (++counter);
        codes.put(code, realm);
        return code;
    }

    @Override
    public synchronized TokenResponse exchangeCode(String code, URI redirectUri) {
        codeExchanges.incrementAndGet();
        String realm = codes.get(code);
        if (realm == null || !usedCodes.add(code)) {
            throw new OAuthException(OAuthException.Kind.INVALID_GRANT, 400, "invalid_grant", "bad code", "tid");
        }
        return issue(realm);
    }

    @Override
    public TokenResponse refresh(String refreshToken) {
        refreshes.incrementAndGet();
        duringRefresh.run();
        synchronized (this) {
            if (transientFailuresLeft > 0) {
                transientFailuresLeft--;
                throw new OAuthException(OAuthException.Kind.TRANSIENT, 503, null, "unavailable", "tid");
            }
            String realm = liveRefresh.remove(refreshToken);
            if (realm == null) {
                throw new OAuthException(OAuthException.Kind.INVALID_GRANT, 400, "invalid_grant", "gone", "tid");
            }
            return issue(realm);
        }
    }

    @Override
    public synchronized void revoke(String token) {
        if (revokeFails) {
            throw new OAuthException(OAuthException.Kind.TRANSIENT, 503, null, "unavailable", "tid");
        }
        revoked.add(token);
        String realm = liveRefresh.remove(token);
        if (realm != null) {
            liveAccess.values().removeIf(realm::equals);
        }
    }

    /** Revokes every grant of a realm, as an administrator removing the app inside QuickBooks would. */
    synchronized void revokeRealm(String realm) {
        liveRefresh.values().removeIf(realm::equals);
        liveAccess.values().removeIf(realm::equals);
    }

    synchronized boolean isLiveRefresh(String token) {
        return liveRefresh.containsKey(token);
    }

    /** Reads like the QuickBooks client: the current token, and once more after a refresh on a 401. */
    @Override
    public CompanyFacts read(String realmId, AccessTokenSource tokens) {
        String token = tokens.currentToken();
        if (!accepts(realmId, token)) {
            token = tokens.refreshAfterRejection(token);
            if (!accepts(realmId, token)) {
                throw new QboAuthenticationException("QB API error (401): QB token expired or was revoked",
                        new ErrorDetails("read CompanyInfo", 401, "3200", "AuthenticationFailed", null, null, "tid"),
                        null);
            }
        }
        synchronized (this) {
            return companies.getOrDefault(realmId, new CompanyFacts("Company " + realmId, "US", "USD", false, true,
                    null));
        }
    }

    private synchronized boolean accepts(String realmId, String accessToken) {
        return realmId.equals(liveAccess.get(accessToken));
    }

    private TokenResponse issue(String realm) {
        counter++;
        String access = "AT-" + realm + "-" + counter + "-secretaccess";
        String refresh = "RT-" + realm + "-" + counter + "-secretrefresh";
        liveAccess.put(access, realm);
        liveRefresh.put(refresh, realm);
        return new TokenResponse(access, 3600, refresh, 8_726_400);
    }
}
