package io.ledgerbridge.demo.host.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where sign-in may send the browser afterwards: a path on this site only. Browsers read {@code /\evil.example} and
 * {@code /\t/evil.example} (tabs and line breaks are dropped) as {@code //evil.example}, another site, so a backslash or
 * a control character anywhere refuses the target, as do a scheme, an authority and a second leading slash.
 */
final class SameSitePath {
    private SameSitePath() {
    }

    /**
     * @param next the requested target, or {@code null}
     * @return {@code next} when it is a path on this site, else {@code /}
     */
    static String orHome(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return "/";
            }
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
