package io.ledgerbridge.sandbox.oauth;

import java.util.ArrayList;
import java.util.List;

/**
 * An app registered with Intuit: client credentials, allowed redirect URIs and its webhook subscription.
 * A redirect URI may use {@code *} as its port ({@code http://127.0.0.1:*}/path), a sandbox convenience for tests
 * on free ports; Intuit itself matches redirect URIs exactly.
 */
public final class App {
    public String clientId;
    public String clientSecret;
    public String name = "LedgerBridge";
    public List<String> redirectUris = new ArrayList<>();
    public volatile String webhookUrl = "";
    public volatile String webhookVerifierToken = "";
    /** {@code classic} (eventNotifications) or {@code cloudevents}. */
    public volatile String webhookFormat = "classic";

    public boolean allowsRedirect(String uri) {
        if (uri == null) {
            return false;
        }
        for (String allowed : redirectUris) {
            if (allowed.equals(uri) || wildcardPortMatches(allowed, uri)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wildcardPortMatches(String pattern, String uri) {
        int star = pattern.indexOf(":*/");
        if (star < 0) {
            return false;
        }
        String prefix = pattern.substring(0, star + 1);
        String suffix = pattern.substring(star + 2);
        if (!uri.startsWith(prefix)) {
            return false;
        }
        String rest = uri.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        return rest.substring(0, slash).chars().allMatch(Character::isDigit) && rest.substring(slash).equals(suffix);
    }
}
