package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostUser;
import java.util.List;
import java.util.Optional;

/**
 * The demo's users. There are no passwords (it is a demo), but sign-in creates a real session and every screen and
 * contributed page checks the signed-in user's tenant and role.
 */
public final class DemoUsers {
    private static final List<HostUser> USERS = List.of(
            new HostUser("admin", "Ada Admin", "ada.admin@demo.example", TenantId.of("demo"), true),
            new HostUser("clerk", "Carl Clerk", "carl.clerk@demo.example", TenantId.of("demo"), false),
            new HostUser("admin2", "Bea Boss", "bea.boss@demo2.example", TenantId.of("demo2"), true));

    private DemoUsers() {
    }

    /** @return every user */
    public static List<HostUser> all() {
        return USERS;
    }

    /**
     * @param userId a user id
     * @return the user, or empty
     */
    public static Optional<HostUser> find(String userId) {
        return USERS.stream().filter(u -> u.userId().equals(userId)).findFirst();
    }
}
