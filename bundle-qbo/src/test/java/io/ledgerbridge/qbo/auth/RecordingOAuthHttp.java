package io.ledgerbridge.qbo.auth;

import java.net.URI;
import java.util.Set;

/** Passes every call through and remembers every token issued, so a test can look for them where they must not be. */
final class RecordingOAuthHttp implements OAuthHttp {
    private final OAuthHttp delegate;
    private final Set<String> issued;

    RecordingOAuthHttp(OAuthHttp delegate, Set<String> issued) {
        this.delegate = delegate;
        this.issued = issued;
    }

    @Override
    public TokenResponse exchangeCode(String code, URI redirectUri) {
        return remember(delegate.exchangeCode(code, redirectUri));
    }

    @Override
    public TokenResponse refresh(String refreshToken) {
        return remember(delegate.refresh(refreshToken));
    }

    @Override
    public void revoke(String token) {
        delegate.revoke(token);
    }

    private TokenResponse remember(TokenResponse tokens) {
        issued.add(tokens.accessToken());
        issued.add(tokens.refreshToken());
        return tokens;
    }
}
