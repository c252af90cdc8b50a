package io.ledgerbridge.demo.host.ui;

import io.ledgerbridge.api.host.HostUser;

/**
 * Who is signed in to this session, with the session's CSRF token and an id of the session that is safe to hand to
 * contributions (not the session cookie's value).
 *
 * @param user the user
 * @param csrfToken the token every POST must carry
 * @param sessionRef the session's id for contributions
 */
public record SignedIn(HostUser user, String csrfToken, String sessionRef) {
}
