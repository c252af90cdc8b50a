package io.ledgerbridge.demo.host.store;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.Notification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The demo outbox: every e-mail the host "sent". Every method works inside the caller's transaction. */
public final class Notifications {

    /**
     * One sent notification.
     *
     * @param id its number
     * @param notification the message
     * @param sentAt when it was sent
     */
    public record Sent(long id, Notification notification, Instant sentAt) {
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param notification the message
     * @param sentAt when it was sent
     * @throws SQLException on a database failure
     */
    public void add(Connection c, TenantId tenant, Notification notification, Instant sentAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO notification (tenant, recipients, subject, body, sent_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, String.join(", ", notification.recipients()));
            s.setString(3, notification.subject());
            s.setString(4, notification.body());
            Jdbc.setInstant(s, 5, sentAt);
            s.executeUpdate();
        }
    }

    /**
     * @param c the connection
     * @param tenant the tenant
     * @param limit how many to return at most
     * @return the newest notifications first
     * @throws SQLException on a database failure
     */
    public List<Sent> latest(Connection c, TenantId tenant, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT notification_id, recipients, subject, body, sent_at"
                + " FROM notification WHERE tenant = ? ORDER BY notification_id DESC LIMIT ?")) {
            s.setString(1, tenant.value());
            s.setInt(2, limit);
            List<Sent> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new Sent(r.getLong("notification_id"),
                            new Notification(Arrays.asList(r.getString("recipients").split(",\\s*")),
                                    r.getString("subject"), r.getString("body")),
                            Jdbc.instant(r, "sent_at")));
                }
            }
            return result;
        }
    }
}
