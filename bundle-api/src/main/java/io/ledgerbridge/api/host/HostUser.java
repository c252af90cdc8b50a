package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.TenantId;
import java.util.Set;

/**
 * The person signed in to the host. The host puts one into every request it dispatches to a contributed page or
 * panel (see {@link io.ledgerbridge.api.ui.UiContribution#ATTR_USER}); the connector uses it to refuse
 * non-administrators and to bind an OAuth flow to the administrator who started it.
 *
 * @param userId the host's id of the user
 * @param displayName the user's name, for display
 * @param email the user's e-mail address, or {@code null}
 * @param tenant the tenant the user is working in
 * @param administrator whether the user administers that tenant's integrations
 */
public record HostUser(String userId, String displayName, String email, TenantId tenant, boolean administrator) {
    public HostUser {
        Checks.requiredText(userId, "userId");
        Checks.requiredText(displayName, "displayName");
        email = Checks.blankToNull(email);
        Checks.required(tenant, "tenant");
    }

    /** @return the roles of this user, as {@link io.ledgerbridge.api.ui.UiContribution} names them */
    public Set<String> roles() {
        return administrator ? Set.of(io.ledgerbridge.api.ui.UiContribution.ROLE_USER,
                io.ledgerbridge.api.ui.UiContribution.ROLE_ADMINISTRATOR)
                : Set.of(io.ledgerbridge.api.ui.UiContribution.ROLE_USER);
    }
}
